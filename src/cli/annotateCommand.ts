/** `news-annotator annotate FILE [--json]`: one file (a corpus, `--jsonl` / `--stdin-jsonl`, is corpusRun.ts). */
import { analyzeText, type Analysis, type Entity, type ReferenceDate } from '../core';
import { describeReferenceSource, referenceDateValue } from '../core/dates';
import { toJson } from '../core/export/json';
import { loadSegmenter } from '../core/segment/loadSegmenter';
import { readNewsFile } from './readNewsFile';
import { readCorrectionsConfig } from './readCorrectionsConfig';
import { parseCommand, UsageError } from './args';
import { annotateCommand } from './annotateOptions';

/** The published JSON shapes live with the other exports in the core; `compare --json` takes events from here. */
export { toEventJson } from '../core/export/json';

function describe(e: Entity): string {
  switch (e.type) {
    // No title in this report says nothing about the person's office (何立峰及…陪同): only a title like 村民 does.
    case 'person': return e.role ? [e.role, e.official === false ? '(not an official)' : ''].filter(Boolean).join(' ') : '(no title in this report)';
    case 'place': return [e.kind, e.parent && `→ ${e.parent}`].filter(Boolean).join(' ');
    case 'date': return `${e.open === 'after' ? 'since ' : e.open === 'before' ? 'until ' : ''}${e.value}  (${e.resolvedBy})`;
    default: return '';
  }
}

/** Where a reference date came from, as the command line says it (the option is --reference-date). */
function referenceSource(reference: Pick<ReferenceDate, 'kind' | 'from'>): string {
  return reference.kind === 'referenceDate' ? `--reference-date ${reference.from}` : describeReferenceSource(reference.kind, reference.from);
}

export function formatTable(analysis: Analysis): string {
  const reference = analysis.reference?.reference;
  const lines = [
    `reference year: ${analysis.referenceYear ?? 'unknown'}`,
    `reference date: ${reference ? `${referenceDateValue(reference)} (from ${referenceSource(reference)})` : 'none'}`,
    ...(analysis.reference?.overridden ?? []).map((r) => `  also given, not used: ${referenceDateValue(r)} (${referenceSource(r)})`),
    '',
    'ENTITIES',
  ];
  for (const e of analysis.entities) {
    const canonical = e.canonical && e.canonical !== e.text ? ` = ${e.canonical}` : '';
    lines.push(`${String(e.start).padStart(6)}-${String(e.end).padEnd(6)} ${e.type.padEnd(12)} ${e.text.replace(/\s+/g, '⏎')}${canonical}  ${describe(e)}`);
  }
  lines.push('', 'EVENTS');
  analysis.events.forEach((ev, i) => {
    lines.push(`${String(i).padStart(3)} ${ev.date ?? '????'}  ${ev.label}`);
    if (ev.participants.length) lines.push(`      who:   ${ev.participants.join('、')}`);
    if (ev.places.length) lines.push(`      where: ${ev.places.join('、')}`);
    if (ev.children?.length) lines.push(`      contains: ${ev.children.join(', ')}`);
  });
  return lines.join('\n') + '\n';
}

/** One file: a readable table, or `--json`. (A corpus run, `--jsonl` / `--stdin-jsonl`, is `runAnnotateCorpus`.) */
export function runAnnotate(argv: string[]): number {
  const parsed = parseCommand(annotateCommand(), argv);
  if (!parsed) return 0;
  const { args, options } = parsed;
  if (options.jsonl || options.stdinJsonl) throw new UsageError('--jsonl and --stdin-jsonl run on a pool of workers: use the news-annotator command');
  if (options.jobs !== undefined) throw new UsageError('--jobs goes with --jsonl or --stdin-jsonl');
  if (args.length !== 1) throw new UsageError(`annotate takes one FILE (or --jsonl FILES… / --stdin-jsonl); see annotate --help`);
  const file = args[0];
  const text = readNewsFile(file);
  const gazetteerExtension = readCorrectionsConfig(options.config);
  const { segmenter } = loadSegmenter();
  // The document's own date (dateline, front matter, file name) comes first; --reference-date is the last resort.
  const analysis = analyzeText(text, segmenter, { referenceDate: options.referenceDate, fileName: file, gazetteerExtension });
  for (const rejected of analysis.reference?.rejected ?? []) process.stderr.write(`news-annotator: ignored ${referenceSource(rejected)}: not a date\n`);
  process.stdout.write(options.json ? `${JSON.stringify(toJson(file, analysis), null, 2)}\n` : formatTable(analysis));
  return 0;
}
