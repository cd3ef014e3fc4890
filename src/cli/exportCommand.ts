/** `news-annotator export FILE --format json|brat|conll [--out PATH]`. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { analyzeText } from '../core';
import { EXPORT_FORMATS, isExportFormat, toBrat, toConll, toJson, flatEntities, type ExportFormat } from '../core/export';
import { loadSegmenter } from '../core/segment/loadSegmenter';
import { readNewsFile } from './readNewsFile';
import { readCorrectionsConfig } from './readCorrectionsConfig';
import { Option } from 'commander';
import { configOption, defineCommand, parseCommand, referenceDateOption, UsageError } from './args';

/** What each format writes, after the generated option list of `export --help`. */
const FORMATS_HELP = `
Formats:
  json    the document of \`annotate --json\` (offsets: UTF-16 code units)
  brat    brat standoff: PATH.txt (the text, LF line endings) and PATH.ann
          (T-lines Person/Place/Organization/Date; A-lines Official, Role,
          PlaceKind, DateValue; AnnotatorNotes with canonical, parent,
          resolvedBy). Offsets are Unicode code points into PATH.txt; an
          entity across a line break is written as fragments "a b;c d".
          --out PATH may end in .ann or .txt; both files are written. An
          existing PATH.txt with other text is never overwritten.
          Without --out both files go to stdout, each after a header line
          "==> NAME.txt <==" / "==> NAME.ann <==" (as head(1) prints files).
  conll   character-level BIO: one code point per line, CHAR<TAB>TAG with
          B-/I-PER, LOC, ORG, DATE and O; a blank line ends each sentence
          (after 。！？ and at line breaks, never inside an entity); white
          space is left out. Nested entities keep the outer one.`;

export function exportCommand() {
  return defineCommand('export', 'writes the annotations of FILE for other tools (brat, doccano, INCEpTION, training pipelines)')
    .argument('<FILE>', 'the report (UTF-8 text)')
    .addOption(new Option('--format <FORMAT>', 'json, brat or conll').choices(EXPORT_FORMATS.map((f) => f.id)).makeOptionMandatory())
    .option('--out <PATH>', 'write to PATH instead of stdout')
    .addOption(referenceDateOption())
    .addOption(configOption())
    .addHelpText('after', FORMATS_HELP);
}

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
  const parsed = parseCommand(exportCommand(), argv);
  if (!parsed) return 0;
  const { options } = parsed;
  const format: string = options.format;
  if (!isExportFormat(format)) throw new UsageError(`--format takes ${EXPORT_FORMATS.map((f) => f.id).join(', ')}, not ${format}`);
  const file = parsed.args[0];
  const text = readNewsFile(file);
  const gazetteerExtension = readCorrectionsConfig(options.config);
  const analysis = analyzeText(text, loadSegmenter().segmenter, { referenceDate: options.referenceDate, fileName: file, gazetteerExtension });
  write(format, file, text, analysis, options.out);
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
