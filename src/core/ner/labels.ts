/** The labels of the sequence labeller: BIOES over person, place and organisation, and the moves allowed between them. */

export const ENTITY_TYPES = ['PER', 'LOC', 'ORG'] as const;
export type NerType = (typeof ENTITY_TYPES)[number];

/** Position of a character in an entity: Begin, Inside, End, Single. */
const POSITIONS = ['B', 'I', 'E', 'S'] as const;
export const OUTSIDE = 0;
/** O, then B/I/E/S for each type in ENTITY_TYPES order. */
export const LABEL_COUNT = 1 + ENTITY_TYPES.length * POSITIONS.length;

export const labelOf = (type: number, position: 0 | 1 | 2 | 3) => 1 + type * POSITIONS.length + position;
const typeOf = (label: number) => (label - 1) >> 2;
const positionOf = (label: number) => (label - 1) & 3;

/** Whether an entity may end at a label (O, E, S) — what a sentence may start after and end on. */
export function closesEntity(label: number): boolean {
  return label === OUTSIDE || positionOf(label) >= 2;
}

/** Whether `next` may follow `previous`: inside an entity only I or E of the same type; outside, O, B or S. */
export function allowedTransition(previous: number, next: number): boolean {
  if (closesEntity(previous)) return next === OUTSIDE || positionOf(next) === 0 || positionOf(next) === 3;
  return next !== OUTSIDE && typeOf(next) === typeOf(previous) && (positionOf(next) === 1 || positionOf(next) === 2);
}

const LABELS = Array.from({ length: LABEL_COUNT }, (_, y) => y);
/**
 * The labels by their part in the moves: after a closer (O, or E or S of any type) only an opener (O, or B or S
 * of any type) may come, and a type's B or I is followed only by its I or E. Decoding and the span margins write
 * their recursions out over these groups, the previous character's scores in locals: a loop over each label's
 * allowed moves through index tables was twice as slow. Both keep a loop's order (labels in increasing order).
 */
export const CLOSERS = Uint8Array.from(LABELS.filter(closesEntity));
export const OPENERS = Uint8Array.from(LABELS.filter((y) => allowedTransition(OUTSIDE, y)));
export const ENTITY_LABELS = ENTITY_TYPES.map((_, t) => ({ begin: labelOf(t, 0), inside: labelOf(t, 1), last: labelOf(t, 2) }));
const GROUP_MOVES = [
  ...[...CLOSERS].flatMap((p) => [...OPENERS].map((y) => [p, y])),
  ...ENTITY_LABELS.flatMap(({ begin, inside, last }) => [[begin, inside], [begin, last], [inside, inside], [inside, last]]),
];
const ALLOWED_MOVES = LABELS.flatMap((p) => LABELS.filter((y) => allowedTransition(p, y))).length;
if (CLOSERS.length !== 7 || OPENERS.length !== 7 || CLOSERS[0] !== OUTSIDE || ALLOWED_MOVES !== GROUP_MOVES.length || !GROUP_MOVES.every(([p, y]) => allowedTransition(p, y))) {
  throw new Error('The written-out recursions expect seven closers (O first), seven openers and BIOES moves inside an entity');
}

/** The largest of seven scores (those over the seven closers or openers), the first where equal. */
export function largestOfSeven(a: number, b: number, c: number, d: number, e: number, f: number, g: number): number {
  let top = a;
  if (b > top) top = b;
  if (c > top) top = c;
  if (d > top) top = d;
  if (e > top) top = e;
  if (f > top) top = f;
  if (g > top) top = g;
  return top;
}

export interface NerSpan {
  type: NerType;
  start: number;
  end: number;
}

/** Spans of a valid label sequence, offset by `base`. */
export function spansOfLabels(labels: ArrayLike<number>, base = 0): NerSpan[] {
  const spans: NerSpan[] = [];
  let start = -1;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (label === OUTSIDE) { start = -1; continue; }
    const position = positionOf(label);
    if (position === 0 || position === 3) start = i;
    if ((position === 2 || position === 3) && start >= 0) {
      spans.push({ type: ENTITY_TYPES[typeOf(label)], start: base + start, end: base + i + 1 });
      start = -1;
    }
  }
  return spans;
}

/** Labels of `length` characters from spans relative to them; overlapping spans keep the first. */
export function labelsOfSpans(length: number, spans: NerSpan[]): Uint8Array {
  const labels = new Uint8Array(length);
  for (const { type, start, end } of spans) {
    if (start < 0 || end > length || end <= start) continue;
    let free = true;
    for (let i = start; i < end && free; i++) free = labels[i] === OUTSIDE;
    if (!free) continue;
    const t = ENTITY_TYPES.indexOf(type);
    if (end - start === 1) { labels[start] = labelOf(t, 3); continue; }
    labels[start] = labelOf(t, 0);
    for (let i = start + 1; i < end - 1; i++) labels[i] = labelOf(t, 1);
    labels[end - 1] = labelOf(t, 2);
  }
  return labels;
}
