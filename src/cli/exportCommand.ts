/** `news-annotator export FILE --format json|brat|conll [--out PATH]`. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { analyzeText } from '../core';
import { EXPORT_FORMATS, isExportFormat, toBrat, toConll, toJson, flatEntities, type ExportFormat } from '../core/export';
import { loadSegmenter } from '../core/segment/loadSegmenter';
import { readNewsFile } from './readNewsFile';
import { readCorrectionsConfig } from './readCorrectionsConfig';
import { parseArgs, UsageError } from './args';

const USAGE = 'usage: news-annotator export FILE --format json|brat|conll [--out PATH] [--reference-date YYYY-MM-DD] [--config PATH]';

export const EXPORT_HELP = `${USAGE}

Writes the annotations of FILE for other tools.

  --format json    the document of \`annotate --json\` (offsets: UTF-16 code units)
  --format brat    brat standoff: PATH.txt (the text, LF line endings) and PATH.ann
                   (T-lines Person/Place/Organization/Date; A-lines Official, Role,
                   PlaceKind, DateValue; AnnotatorNotes with canonical, parent,
                   resolvedBy). Offsets are Unicode code points into PATH.txt; an
                   entity across a line break is written as fragments "a b;c d".
                   --out PATH may end in .ann or .txt; both files are written. An
                   existing PATH.txt with other text is never overwritten.
                   Without --out both files go to stdout, each after a header line
                   "==> NAME.txt <==" / "==> NAME.ann <==" (as head(1) prints files).
  --format conll   character-level BIO: one code point per line, CHAR<TAB>TAG with
                   B-/I-PER, LOC, ORG, DATE and O; a blank line ends each sentence
                   (after 。！？ and at line breaks, never inside an entity); white
                   space is left out. Nested entities keep the outer one.
  --out PATH       write to PATH instead of stdout
  --reference-date YYYY-MM-DD   year for dates when the text states none
  --config PATH    a corrections file (.vscode/news-annotator.json) to apply`;

/** Writes a file; a path that cannot be written is the user's to fix (exit code 2), not an internal error. */
function writeOutput(path: string, content: string): void {
  try {
    writeFileSync(path, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot write ${path}${code === 'ENOENT' ? ': no such directory' : ` (${code ?? String(error)})`}`);
  }
}

/** `dir/name.ann`, `dir/name.txt` or `dir/name` → `dir/name`. */
function bratBase(out: string): string {
  return out.replace(/\.(ann|txt)$/i, '');
}

/** The brat .txt is the document itself as often as not: leave an identical file alone, refuse to replace another. */
function writeBratText(path: string, txt: string): void {
  if (existsSync(path)) {
    if (readFileSync(path, 'utf8') === txt) return;
    throw new UsageError(`${path} exists with other text; brat needs the .ann beside its own .txt: choose another --out`);
  }
  writeOutput(path, txt);
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop()!.replace(/\.[^.]*$/, '');
}

export function runExport(argv: string[]): number {
  const args = parseArgs(argv, ['--help', '-h'], ['--format', '--out', '--reference-date', '--config']);
  if (args.flags.has('--help') || args.flags.has('-h')) {
    process.stdout.write(`${EXPORT_HELP}\n`);
    return 0;
  }
  const format = args.values.get('--format');
  if (args.positional.length !== 1 || format === undefined) throw new UsageError(USAGE);
  if (!isExportFormat(format)) throw new UsageError(`--format takes ${EXPORT_FORMATS.map((f) => f.id).join(', ')}, not ${format}`);
  const referenceDate = args.values.get('--reference-date');
  if (referenceDate !== undefined && !/^\d{4}(?:-\d{2}-\d{2})?$/.test(referenceDate)) throw new UsageError(`--reference-date takes YYYY-MM-DD or YYYY, not ${referenceDate}`);

  const file = args.positional[0];
  const text = readNewsFile(file);
  const gazetteerExtension = readCorrectionsConfig(args.values.get('--config'));
  const analysis = analyzeText(text, loadSegmenter().segmenter, { referenceDate, fileName: file, gazetteerExtension });
  const out = args.values.get('--out');
  write(format, file, text, analysis, out);
  return 0;
}

function write(format: ExportFormat, file: string, text: string, analysis: ReturnType<typeof analyzeText>, out: string | undefined): void {
  const emit = (content: string) => (out === undefined ? process.stdout.write(content) : writeOutput(out, content));
  switch (format) {
    case 'json':
      return void emit(`${JSON.stringify(toJson(file, analysis), null, 2)}\n`);
    case 'conll': {
      const { dropped } = flatEntities(analysis.entities);
      if (dropped.length) process.stderr.write(`news-annotator: ${dropped.length} nested entities left out of the BIO tags (the outer ones are kept)\n`);
      return void emit(toConll(text, analysis));
    }
    case 'brat': {
      const { txt, ann } = toBrat(text, analysis);
      if (out === undefined) {
        const name = baseName(file);
        process.stdout.write(`==> ${name}.txt <==\n${txt}${txt.endsWith('\n') ? '' : '\n'}\n==> ${name}.ann <==\n${ann}`);
        return;
      }
      const base = bratBase(out);
      writeBratText(`${base}.txt`, txt);
      writeOutput(`${base}.ann`, ann);
    }
  }
}
