import { buildSuffixAutomaton } from './suffixAutomaton';
import { keptText, normalizeForComparison, type NormalizedText } from './normalizedText';
import type { SharedPassage } from './types';

/**
 * Shortest passage counted. Eight characters still catch set phrases of this genre (对口支援新疆工作,
 * 新疆生产建设兵团, 对口支援工作座谈会在喀什市); a quoted clause is longer.
 */
export const DEFAULT_MIN_PASSAGE_LENGTH = 14;

/** A shared run in normalised coordinates. */
interface NormalizedMatch {
  aStart: number;
  bStart: number;
  length: number;
}

export interface SharedPassagesResult {
  passages: SharedPassage[];
  coverage: { a: number; b: number };
}

/**
 * The maximal passages B shares with A, ignoring whitespace, page breaks and Markdown markup.
 * Every character of B belongs to at most one passage (longest first); a passage of A may be quoted
 * several times in B. Linear time: a suffix automaton of A, then one walk over B.
 */
export function findSharedPassages(textA: string, textB: string, minLength = DEFAULT_MIN_PASSAGE_LENGTH): SharedPassagesResult {
  const a = normalizeForComparison(textA);
  const b = normalizeForComparison(textB);
  const matches = tileLongestFirst(maximalMatches(a, b, minLength), b.length, minLength)
    .map((m) => trimPunctuation(m, b))
    .filter((m) => m.length >= minLength);
  matches.sort((x, y) => x.bStart - y.bStart);
  const passages = matches.map((m) => toOriginal(m, a, b, textB));
  return { passages, coverage: { a: share(coveredCount(matches, 'a', a.length), a.length), b: share(coveredCount(matches, 'b', b.length), b.length) } };
}

/** Matches of B in A that extend neither left nor right (each ending where the next would not continue it). */
function maximalMatches(a: NormalizedText, b: NormalizedText, minLength: number): NormalizedMatch[] {
  if (a.length === 0 || b.length === 0) return [];
  const { lengths, textEnds } = buildSuffixAutomaton(a.codes).matchEndingAt(b.codes);
  const found: NormalizedMatch[] = [];
  for (let i = 0; i < b.length; i++) {
    const length = lengths[i];
    const extendsRight = i + 1 < b.length && lengths[i + 1] === length + 1;
    if (length >= minLength && !extendsRight) found.push({ aStart: textEnds[i] - length + 1, bStart: i - length + 1, length });
  }
  return found;
}

/** Greedy tiling of B: longest match first; later ones keep only their uncovered runs that are long enough. */
function tileLongestFirst(candidates: NormalizedMatch[], bLength: number, minLength: number): NormalizedMatch[] {
  candidates.sort((x, y) => y.length - x.length || x.bStart - y.bStart);
  const covered = new Uint8Array(bLength);
  const tiles: NormalizedMatch[] = [];
  for (const m of candidates) {
    const before = tiles.length;
    let runStart = -1;
    for (let k = 0; k <= m.length; k++) {
      const free = k < m.length && covered[m.bStart + k] === 0;
      if (free && runStart < 0) runStart = k;
      if (!free && runStart >= 0) {
        if (k - runStart >= minLength) tiles.push({ aStart: m.aStart + runStart, bStart: m.bStart + runStart, length: k - runStart });
        runStart = -1;
      }
    }
    for (let t = before; t < tiles.length; t++) covered.fill(1, tiles[t].bStart, tiles[t].bStart + tiles[t].length);
  }
  return tiles;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Punctuation that may close a passage: the end of the quoted sentence. */
const CLOSING = new Set('。！？…”’」』）)'.split('').map((c) => c.charCodeAt(0)));

/** Passages start at a word and end at a word or a sentence end, not at the comma before or after. */
function trimPunctuation(m: NormalizedMatch, b: NormalizedText): NormalizedMatch {
  const isWord = (i: number) => WORD_CHAR.test(String.fromCharCode(b.codes[i]));
  let start = m.bStart;
  let end = m.bStart + m.length;
  while (start < end && !isWord(start)) start++;
  while (end > start && !isWord(end - 1) && !CLOSING.has(b.codes[end - 1])) end--;
  return { aStart: m.aStart + (start - m.bStart), bStart: start, length: end - start };
}

function toOriginal(m: NormalizedMatch, a: NormalizedText, b: NormalizedText, textB: string): SharedPassage {
  const end = (n: NormalizedText, start: number) => n.offsets[start + m.length - 1] + 1;
  return {
    a: { start: a.offsets[m.aStart], end: end(a, m.aStart) },
    b: { start: b.offsets[m.bStart], end: end(b, m.bStart) },
    text: keptText(textB, b, m.bStart, m.bStart + m.length),
  };
}

function coveredCount(matches: NormalizedMatch[], side: 'a' | 'b', length: number): number {
  const covered = new Uint8Array(length);
  for (const m of matches) {
    const start = side === 'a' ? m.aStart : m.bStart;
    covered.fill(1, start, start + m.length);
  }
  let count = 0;
  for (let i = 0; i < length; i++) count += covered[i];
  return count;
}

function share(count: number, length: number): number {
  return length === 0 ? 0 : Math.round((count / length) * 10000) / 10000;
}
