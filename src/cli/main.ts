/** The `news-annotator` command line: the same core as the extension, one subcommand per module. */
import { isMainThread, workerData } from 'node:worker_threads';
import { Command } from 'commander';
import { version } from '../../package.json';
import { annotateCommand, isCorpusRun } from './annotateOptions';
import { runAnnotateCorpus } from './corpusRun';
import { isCorpusWorkerData } from './corpusProtocol';
import { InputError } from './readNewsFile';
import { parseCommand, UsageError } from './args';

/**
 * The commands that analyse, required when run (esbuild makes each a lazily initialised module of the bundle):
 * the main thread of a corpus run only reads files and writes lines, and never loads the core that its workers
 * load (gazetteers, the labeller's model, the segmenters).
 */
const annotate = () => require('./annotateCommand') as typeof import('./annotateCommand');
const compare = () => require('./compareCommand') as typeof import('./compareCommand');
const exporting = () => require('./exportCommand') as typeof import('./exportCommand');
const people = () => require('./peopleCommand') as typeof import('./peopleCommand');

const SUBCOMMANDS: Record<string, (args: string[]) => number | Promise<number>> = {
  // A corpus run starts workers on this very script (they see workerData and run `runCorpusWorker`).
  annotate: (args) => (isCorpusRun(args) ? runAnnotateCorpus(args, __filename) : annotate().runAnnotate(args)),
  compare: (args) => compare().runCompare(args),
  export: (args) => exporting().runExport(args),
  people: (args) => people().runPeople(args),
};

/** The top level: `--help` listing the subcommands, `--version`, one line for anything else. */
function program(): Command {
  return new Command('news-annotator')
    .description('Chinese political news: officials with their titles, places, organisations, dates and events')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', '\nEach command has its own help: news-annotator annotate --help')
    .addCommand(annotateCommand())
    .addCommand(compare().compareCommand())
    .addCommand(exporting().exportCommand())
    .addCommand(people().peopleCommand())
    .exitOverride()
    .configureOutput({ outputError: () => undefined });
}

async function main(argv: string[]): Promise<number> {
  try {
    const [name, ...rest] = argv;
    const run = name === undefined ? undefined : SUBCOMMANDS[name];
    if (run) return await run(rest);
    if (argv.length === 0) {
      process.stderr.write(program().helpInformation());
      return 2;
    }
    parseCommand(program(), argv);
    return 0;
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError) {
      process.stderr.write(`news-annotator: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`news-annotator: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

if (isMainThread) {
  // Piped into head(1) or a reader that stops early: nothing more to write, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
else if (isCorpusWorkerData(workerData)) (require('./corpusWorker') as typeof import('./corpusWorker')).runCorpusWorker(workerData);
