/**
 * A name the labeller found once stands for the same thing wherever else the document writes it as a whole word:
 * the labeller reads each sentence alone and can miss a name where the sentence gives no clue (a headline).
 */
import type { Token } from '../text/tokens';
import type { NerSpan } from './labels';

/** Shorter names (王, 京) are too often part of other words to be repeated blindly. */
const MIN_LENGTH = 2;

export function repeatNames(spans: NerSpan[], text: string, tokens: Token[]): NerSpan[] {
  const covered = new Uint8Array(text.length);
  for (const s of spans) covered.fill(1, s.start, s.end);
  const boundary = new Uint8Array(text.length + 1);
  for (const t of tokens) boundary[t.start] = boundary[t.end] = 1;
  // Names by their first character, longest first; a name written with two types keeps the first type found.
  const byFirst = new Map<number, NerSpan[]>();
  const seen = new Set<string>();
  for (const s of spans) {
    const name = text.slice(s.start, s.end);
    if (name.length < MIN_LENGTH || seen.has(name)) continue;
    seen.add(name);
    const first = text.charCodeAt(s.start);
    byFirst.set(first, [...(byFirst.get(first) ?? []), s].sort((a, b) => b.end - b.start - (a.end - a.start)));
  }
  if (!byFirst.size) return spans;
  const added: NerSpan[] = [];
  for (let i = 0; i < text.length; i++) {
    const candidates = covered[i] || !boundary[i] ? undefined : byFirst.get(text.charCodeAt(i));
    if (!candidates) continue;
    for (const s of candidates) {
      const length = s.end - s.start;
      if (!boundary[i + length] || !text.startsWith(text.slice(s.start, s.end), i)) continue;
      let free = true;
      for (let j = i; j < i + length && free; j++) free = !covered[j];
      if (!free) continue;
      added.push({ type: s.type, start: i, end: i + length });
      covered.fill(1, i, i + length);
      i += length - 1;
      break;
    }
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}
