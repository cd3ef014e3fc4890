/** `news-annotator compare A B [--json]`: what B copied from A, added, left out, changed. */
import { readFile } from 'node:fs/promises';
import { analyzeText } from '../core';
import { compareReports, type ComparisonResult, type NameSplit } from '../core/compare';
import { loadSegmenter } from '../core/segment/loadSegmenter';

const USAGE = 'usage: news-annotator compare A B [--json]';

/** The `compare --json` document (issue 4): file names first, then the comparison. */
export type CompareJson = { a: string; b: string } & ComparisonResult;

function formatSplit(title: string, split: NameSplit): string[] {
  return [
    `${title}:`,
    `  both:   ${split.both.join('、') || '—'}`,
    `  only A: ${split.onlyA.join('、') || '—'}`,
    `  only B: ${split.onlyB.join('、') || '—'}`,
  ];
}

export function formatComparison(report: CompareJson): string {
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
    `Events only in A: ${report.events.onlyA.map((e) => e.label).join('、') || '—'}`,
    `Events only in B: ${report.events.onlyB.map((e) => e.label).join('、') || '—'}`,
    'Conflicts:',
    ...report.conflicts.map((c) => `  ${c.what}: A ${c.a} | B ${c.b}`),
  ];
  return lines.join('\n') + '\n';
}

/** Runs the subcommand; returns the process exit code (0 ok, 1 unreadable file, 2 usage). */
export async function runCompare(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((arg) => arg !== '--json');
  if (files.length !== 2 || files.some((f) => f.startsWith('-'))) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let texts: string[];
  try {
    texts = await Promise.all(files.map((f) => readFile(f, 'utf8')));
  } catch (error) {
    process.stderr.write(`news-annotator compare: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const { segmenter } = loadSegmenter();
  const [a, b] = texts.map((text) => ({ text, analysis: analyzeText(text, segmenter) }));
  const report: CompareJson = { a: files[0], b: files[1], ...compareReports(a, b) };
  process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : formatComparison(report));
  return 0;
}
