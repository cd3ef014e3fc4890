/** `news-annotator annotate FILE [--json] [--reference-date YYYY-MM-DD]`. */
import { analyzeText, type Analysis, type Entity, type NewsEvent } from '../core';
import { loadSegmenter } from '../core/segment/loadSegmenter';
import { readNewsFile } from './readNewsFile';
import { parseArgs, UsageError } from './args';

const USAGE = 'usage: news-annotator annotate FILE [--json] [--reference-date YYYY-MM-DD]';
const ENTITY_KEYS = ['type', 'text', 'start', 'end', 'canonical', 'role', 'official', 'kind', 'parent', 'value', 'resolvedBy'] as const;
const EVENT_KEYS = ['label', 'date', 'start', 'end', 'participants', 'places', 'children'] as const;

function pick<T extends object>(item: T, keys: readonly string[]): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if ((item as Record<string, unknown>)[key] !== undefined) out[key] = (item as Record<string, unknown>)[key];
  return out as Partial<T>;
}

/** An event exactly as `annotate --json` writes it (also used by `compare --json`). */
export function toEventJson(event: NewsEvent): Partial<NewsEvent> {
  return pick(event, EVENT_KEYS);
}

/** The `annotate --json` document: exactly the fields of the published format, in its order. */
export function toAnnotateJson(file: string, analysis: Analysis) {
  return {
    file,
    referenceYear: analysis.referenceYear,
    entities: analysis.entities.map((e) => pick(e, ENTITY_KEYS)),
    events: analysis.events.map(toEventJson),
  };
}

function describe(e: Entity): string {
  switch (e.type) {
    case 'person': return [e.role, e.official === false ? '(not an official)' : ''].filter(Boolean).join(' ');
    case 'place': return [e.kind, e.parent && `→ ${e.parent}`].filter(Boolean).join(' ');
    case 'date': return `${e.value}  (${e.resolvedBy})`;
    default: return '';
  }
}

export function formatTable(analysis: Analysis): string {
  const lines = [`reference year: ${analysis.referenceYear ?? 'unknown'}`, '', 'ENTITIES'];
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

export function runAnnotate(argv: string[]): number {
  const args = parseArgs(argv, ['--json'], ['--reference-date', '--config']);
  if (args.positional.length !== 1) throw new UsageError(USAGE);
  const referenceDate = args.values.get('--reference-date');
  if (referenceDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(referenceDate)) throw new UsageError(`--reference-date takes YYYY-MM-DD, not ${referenceDate}`);
  const file = args.positional[0];
  const text = readNewsFile(file);
  const { segmenter } = loadSegmenter();
  const analysis = analyzeText(text, segmenter, { referenceDate });
  process.stdout.write(args.flags.has('--json') ? `${JSON.stringify(toAnnotateJson(file, analysis), null, 2)}\n` : formatTable(analysis));
  return 0;
}
