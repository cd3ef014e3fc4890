/**
 * A name the labeller found stands for the same thing wherever else the document writes it as a whole word: the
 * labeller reads each sentence alone and can miss a name where the sentence gives no clue (a headline). But where
 * it passed over the name more often than it read it (清真寺 read as a place once in thirty), that one reading is
 * the odd one out, and repeating it would copy a mistake through the document.
 */
import type { Token } from '../text/tokens';
import type { NerSpan } from './labels';
import { ByFirstCode } from '../text/byFirstCode';

/** Shorter names (王, 京) are too often part of other words to be repeated blindly. */
const MIN_LENGTH = 2;

export function repeatNames(spans: NerSpan[], text: string, tokens: Token[]): NerSpan[] {
  const covered = new Uint8Array(text.length);
  for (const s of spans) covered.fill(1, s.start, s.end);
  const boundary = new Uint8Array(text.length + 1);
  for (const t of tokens) boundary[t.start] = boundary[t.end] = 1;
  // Names by their first character, longest first (a stable sort: equal lengths in the order found); a name
  // written with two types keeps the first type found. Each with its text, read once, not at each position.
  const byFirst = new ByFirstCode<{ type: NerSpan['type']; name: string }>();
  const found = new Map<string, number>();
  for (const s of spans) {
    const name = text.slice(s.start, s.end);
    if (name.length < MIN_LENGTH) continue;
    const count = (found.get(name) ?? 0) + 1;
    found.set(name, count);
    if (count > 1) continue;
    byFirst.add(text.charCodeAt(s.start), { type: s.type, name });
  }
  if (!byFirst.size) return spans;
  for (const names of byFirst.allLists()) names.sort((a, b) => b.name.length - a.name.length);
  const addedByName = new Map<string, NerSpan[]>();
  for (let i = 0; i < text.length; i++) {
    const candidates = covered[i] || !boundary[i] ? undefined : byFirst.at(text.charCodeAt(i));
    if (!candidates) continue;
    for (const s of candidates) {
      const { name } = s;
      const length = name.length;
      if (!boundary[i + length] || !text.startsWith(name, i)) continue;
      let free = true;
      for (let j = i; j < i + length && free; j++) free = !covered[j];
      if (!free) continue;
      const more = addedByName.get(name) ?? [];
      if (!more.length) addedByName.set(name, more);
      more.push({ type: s.type, start: i, end: i + length });
      covered.fill(1, i, i + length);
      i += length - 1;
      break;
    }
  }
  const added = [...addedByName].filter(([name, more]) => more.length <= found.get(name)!).flatMap(([, more]) => more);
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}
