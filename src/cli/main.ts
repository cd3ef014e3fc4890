/** The `news-annotator` command line: the same core as the extension, one subcommand per module. */
import { runAnnotate } from './annotateCommand';
import { runCompare } from './compareCommand';
import { runExport } from './exportCommand';
import { runPeople } from './peopleCommand';
import { InputError } from './readNewsFile';
import { UsageError } from './args';

const USAGE = `usage:
  news-annotator annotate FILE [--json] [--reference-date YYYY-MM-DD] [--config PATH]
  news-annotator compare A B [--json] [--config PATH]
  news-annotator export FILE --format json|brat|conll [--out PATH]   (export --help for the formats)
  news-annotator people DIR… [--csv|--jsonl] [--excel] [--out PATH]   (people --help for the columns)`;

const SUBCOMMANDS: Record<string, (args: string[]) => number | Promise<number>> = {
  annotate: runAnnotate,
  compare: runCompare,
  export: runExport,
  people: runPeople,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const run = name ? SUBCOMMANDS[name] : undefined;
  if (!run) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    return await run(rest);
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError) {
      process.stderr.write(`news-annotator: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`news-annotator: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
