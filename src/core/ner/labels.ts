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
