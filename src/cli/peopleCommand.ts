/** `news-annotator people DIR… [--csv|--jsonl] [--excel] [--out PATH]`: officials and their titles across reports. */
import { writeFileSync } from 'node:fs';
import { analyzeText } from '../core';
import { peopleTable, personTitleRows, type PersonTitleRow } from '../core/officials';
import { loadSegmenter } from '../core/segment/loadSegmenter';
import { defineCommand, parseCommand, referenceDateOption, UsageError } from './args';
import { newsFilesUnder, pathKind } from './newsFiles';
import { InputError, readNewsFile } from './readNewsFile';

export const PEOPLE_HELP = `Writes one row per person, title and report:
  name,title,official,date,date_source,file,start,end
date is the report's date: its own day (date_source reference-date: a dateline,
front matter date:, a date in the file name, else --reference-date), else its first
full date in its reference year (first-date), else that year (reference-year);
empty when the report gives none: such rows are kept. start/end are UTF-16 code
units into the file: the mention that states the title.`;

/** The .txt / .md files under each argument (a folder, walked recursively, or a file); a missing path is a usage error. */
export function reportFiles(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    const kind = pathKind(path);
    if (!kind) throw new InputError(`${path}: no such file or folder`);
    return kind === 'folder' ? newsFilesUnder(path) : [path];
  });
}

/**
 * Every report's rows; a report that cannot be read is named on stderr and left out, not fatal. Each report is
 * dated as annotate dates it (its file name, then `referenceDate`).
 */
export function peopleRows(files: readonly string[], warn: (message: string) => void, referenceDate?: string): PersonTitleRow[] {
  const segmenter = loadSegmenter().segmenter;
  const rows: PersonTitleRow[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readNewsFile(file);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      warn(`${error.message} (skipped)`);
      continue;
    }
    rows.push(...personTitleRows(analyzeText(text, segmenter, { fileName: file, referenceDate }), file));
  }
  return rows;
}

interface PeopleOptions {
  csv?: boolean;
  jsonl?: boolean;
  excel?: boolean;
  out?: string;
  referenceDate?: string;
}

export function peopleCommand() {
  return defineCommand('people', 'officials and their titles across reports: one row per person, title and report')
    .argument('<paths...>', 'folders of reports (walked recursively for .txt and .md) or files')
    .option('--csv', 'RFC 4180 CSV with a header (the default)')
    .option('--jsonl', 'one JSON object per line')
    .option('--excel', 'CSV with a UTF-8 byte order mark, for Excel')
    .option('--out <path>', 'write to PATH instead of stdout')
    .addOption(referenceDateOption())
    .addHelpText('after', `\n${PEOPLE_HELP}`);
}

export function runPeople(argv: string[]): number {
  const parsed = parseCommand(peopleCommand(), argv);
  if (!parsed) return 0;
  const options = parsed.options as PeopleOptions;
  if (options.jsonl && (options.csv || options.excel)) throw new UsageError('--jsonl cannot be combined with --csv or --excel');
  const files = reportFiles(parsed.args);
  if (files.length === 0) throw new UsageError(`no .txt or .md reports in ${parsed.args.join(', ')}`);
  const rows = peopleRows(files, (message) => process.stderr.write(`news-annotator: ${message}\n`), options.referenceDate);
  const table = peopleTable(rows, options.jsonl ? 'jsonl' : 'csv', { excel: options.excel });
  if (options.out === undefined) process.stdout.write(table);
  else {
    try {
      writeFileSync(options.out, table);
    } catch (error) {
      throw new UsageError(`cannot write ${options.out} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  }
  return 0;
}
