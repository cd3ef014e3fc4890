/** `news-annotator compare A B [--json] [--config PATH]`: what B copied from A, added, left out, changed. */
import { analyzeText } from '../core';
import { compareReports, type ComparedEvent, type ComparisonResult, type NameSplit } from '../core/compare';
import { loadSegmenter } from '../core/segment/loadSegmenter';
import { toEventJson } from './annotateCommand';
import { configOption, defineCommand, parseCommand } from './args';
import { readNewsFile } from './readNewsFile';
import { readCorrectionsConfig } from './readCorrectionsConfig';

export function compareCommand() {
  return defineCommand('compare', 'what report B copied from A, added, left out and changed (people, roles, events, passages)')
    .argument('<A>', 'the first report (UTF-8 text)')
    .argument('<B>', 'the second report')
    .option('--json', 'the comparison as JSON')
    .addOption(configOption());
}

/** A comparison with the two file names, for the human-readable output. */
type NamedComparison = { a: string; b: string } & ComparisonResult;

function formatSplit(title: string, split: NameSplit): string[] {
  return [
    `${title}:`,
    `  both:   ${split.both.join(' / ') || '—'}`,
    `  only A: ${split.onlyA.join(' / ') || '—'}`,
    `  only B: ${split.onlyB.join(' / ') || '—'}`,
  ];
}

export function formatComparison(report: NamedComparison): string {
  const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `A: ${report.a}`,
    `B: ${report.b}`,
    `Shared passages: ${report.passages.length} (A ${percent(report.coverage.a)}, B ${percent(report.coverage.b)})`,
    ...report.passages.map((p) => `  A ${p.a.start}-${p.a.end}  B ${p.b.start}-${p.b.end}  ${p.text}`),
    ...formatSplit('People', report.persons),
    ...formatSplit('Places', report.places),
    'Role differences:',
    ...report.roleDifferences.map((d) => `  ${d.person}: A ${d.a} | B ${d.b}`),
    'Events matched:',
    ...report.events.matched.map((m) => `  ${m.a.date ?? '?'}${m.a.yearInferred ? ' (year from B)' : ''} ${m.a.label} ⇔ ${m.b.date ?? '?'}${m.b.yearInferred ? ' (year from A)' : ''} ${m.b.label}`),
    `Events only in A: ${report.events.onlyA.map((e) => e.label).join(' / ') || '—'}`,
    `Events only in B: ${report.events.onlyB.map((e) => e.label).join(' / ') || '—'}`,
    'Conflicts:',
    ...report.conflicts.map((c) => `  ${c.what}: A ${c.a} | B ${c.b}`),
  ];
  return lines.join('\n') + '\n';
}

/** An event exactly as `annotate --json` writes it, plus `yearInferred` when the other report lent the year. */
function eventJson(event: ComparedEvent) {
  const annotated = toEventJson(event);
  return event.yearInferred ? { ...annotated, yearInferred: true } : annotated;
}

/** The comparison in the published `compare --json` shape and key order. */
export function toCompareJson(a: string, b: string, result: ComparisonResult) {
  const { matched, onlyA, onlyB } = result.events;
  return {
    a,
    b,
    persons: result.persons,
    places: result.places,
    roleDifferences: result.roleDifferences,
    events: {
      matched: matched.map((m) => ({ a: eventJson(m.a), b: eventJson(m.b) })),
      onlyA: onlyA.map(eventJson),
      onlyB: onlyB.map(eventJson),
    },
    conflicts: result.conflicts,
    passages: result.passages,
    coverage: result.coverage,
  };
}

/** Runs the subcommand; returns the exit code (usage and unreadable files throw UsageError / InputError for main). */
export async function runCompare(args: string[]): Promise<number> {
  const parsed = parseCommand(compareCommand(), args);
  if (!parsed) return 0;
  const { options: flags } = parsed;
  const [fileA, fileB] = parsed.args;
  const [textA, textB] = [readNewsFile(fileA), readNewsFile(fileB)];
  const { segmenter } = loadSegmenter();
  const options = { gazetteerExtension: readCorrectionsConfig(flags.config) };
  const result = compareReports({ text: textA, analysis: analyzeText(textA, segmenter, options) }, { text: textB, analysis: analyzeText(textB, segmenter, options) });
  process.stdout.write(flags.json ? `${JSON.stringify(toCompareJson(fileA, fileB, result), null, 2)}\n` : formatComparison({ a: fileA, b: fileB, ...result }));
  return 0;
}
