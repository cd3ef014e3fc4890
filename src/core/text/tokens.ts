import type { Segmenter, TaggedWord } from '../segment/segmenter';
import type { TextLru } from '../textLru';

/** A segmenter word with its offsets in the text it was cut from. */
export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/** Jieba's tagger is fed line by line: its cost and its buffers stay bounded on huge single documents. */
const MAX_PIECE = 2000;

/**
 * Tags the text and gives each word its offsets; words the tagger altered or dropped are skipped safely. With a
 * `memo` (the tagger's words by piece text), a piece tagged before is not tagged again: the tagger reads a piece
 * alone, so its words are the same wherever the piece stands.
 */
export function tokenize(text: string, segmenter: Segmenter, memo?: TextLru<TaggedWord[]>): Token[] {
  const tokens: Token[] = [];
  for (let start = 0, end = 0; start < text.length; start = end) {
    end = pieceEnd(text, start);
    const piece = text.slice(start, end);
    let cursor = start;
    let tagged = memo?.get(piece);
    if (!tagged) {
      tagged = segmenter.tag(piece);
      memo?.set(piece, tagged);
    }
    for (const { word, tag } of tagged) {
      if (!word) continue;
      const at = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
      if (at < 0 || at >= end) continue;
      tokens.push({ word, tag, start: at, end: at + word.length });
      cursor = at + word.length;
    }
  }
  return tokens;
}

/**
 * Where the piece of text from `start` ends: after its line break or sentence end (。！？), or MAX_PIECE on, so
 * that no piece is huge. The tagger and the labeller read a text in these pieces.
 */
export function pieceEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && end - start < MAX_PIECE) {
    const code = text.charCodeAt(end++);
    if (code === 0x0a || code === 0x3002 || code === 0xff01 || code === 0xff1f) break;
  }
  // Never cut a surrogate pair in two.
  if (end < text.length && end - start === MAX_PIECE && (text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end--;
  return end;
}

/** Index of the token that starts exactly at `offset`, or -1 (tokens are sorted by start). */
export function tokenStartingAt(tokens: Token[], offset: number): number {
  const index = firstTokenFrom(tokens, offset);
  return tokens[index]?.start === offset ? index : -1;
}

/** Index of the token covering `offset`, or -1. */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < tokens[mid].start) hi = mid - 1;
    else if (offset >= tokens[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the first token (or other span sorted by start) starting at or after `offset` (tokens.length when none). */
export function firstTokenFrom(tokens: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The words from index `first` on that start before `until`, as parts of a memo key: their offsets from `start`
 * and their tags; a word reaching outside text[start, textEnd) is written out (inside, the key's text says it).
 */
export function pushWordKeys(parts: string[], tokens: Token[], first: number, start: number, until: number, textEnd: number): void {
  for (let index = first; index < tokens.length && tokens[index].start < until; index++) {
    const token = tokens[index];
    const outside = token.start < start || token.end > textEnd;
    parts.push(`${token.start - start},${token.end - start},${token.tag}${outside ? `,${token.word}` : ''}`);
  }
}
