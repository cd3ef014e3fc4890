/**
 * `annotate`'s options and the parsing of a corpus run's command line, apart from the analysis: the main thread
 * of a corpus run parses its arguments and hands files to the workers, and never loads the core (main.ts).
 */
import { availableParallelism } from 'node:os';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { configOption, defineCommand, parseCommand, referenceDateOption, UsageError } from './args';

/** Default pool size: every core but one (for the process that reads and writes), at least one. */
export const DEFAULT_JOBS = Math.max(1, availableParallelism() - 1);

export function annotateCommand(): Command {
  return defineCommand('annotate', 'people with their titles, places, organisations, dates and events of news reports')
    .argument('[files...]', 'a text file (UTF-8); with --jsonl any number of files and directories (their .txt and .md files)')
    .option('--json', 'the JSON document {file, referenceYear, entities[], events[]} (UTF-16 offsets)')
    .addOption(new Option('--jsonl', 'one JSON document per line for each FILE or file under DIR, in input order').conflicts(['json', 'stdinJsonl']))
    .addOption(new Option('--stdin-jsonl', 'read {"id", "text"[, "referenceDate"]} lines on stdin, write {"id", referenceYear, entities, events} lines').conflicts('json'))
    .addOption(new Option('--jobs <N>', `worker threads for --jsonl / --stdin-jsonl (default: cores − 1 = ${DEFAULT_JOBS})`).argParser(parseJobs))
    .addOption(referenceDateOption())
    .addOption(configOption());
}

function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new InvalidArgumentError(`--jobs takes a whole number ≥ 1, not ${value}`);
  return jobs;
}

/** Whether the words after `annotate` ask for a corpus run (asynchronous, on a pool of workers). */
export function isCorpusRun(argv: string[]): boolean {
  return argv.some((arg) => arg === '--jsonl' || arg === '--stdin-jsonl');
}

export interface CorpusArgs {
  /** FILES and DIRS of --jsonl (none with --stdin-jsonl). */
  paths: string[];
  options: { stdinJsonl: boolean; jobs: number; referenceDate?: string; config?: string };
}

/** The words after `annotate` of a corpus run; undefined when --help answered. */
export function parseCorpusArgs(argv: string[]): CorpusArgs | undefined {
  const parsed = parseCommand(annotateCommand(), argv);
  if (!parsed) return undefined;
  const { args, options } = parsed;
  if (options.stdinJsonl && args.length > 0) throw new UsageError('--stdin-jsonl reads stdin and takes no FILE');
  if (options.jsonl && args.length === 0) throw new UsageError('--jsonl needs at least one FILE or DIR');
  return {
    paths: args,
    options: { stdinJsonl: options.stdinJsonl === true, jobs: options.jobs ?? DEFAULT_JOBS, referenceDate: options.referenceDate, config: options.config },
  };
}
