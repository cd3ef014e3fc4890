import type { Segmenter, TaggedWord } from '../segment/segmenter';
import type { TextLru } from '../textLru';

/** The segmenter's tag of a word it does not know. */
export const UNKNOWN_WORD_TAG = 'x';

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

/** Index of the token ending at `offset`, or -1: the twin of tokenStartingAt. */
export function tokenEndingAt(tokens: Token[], offset: number): number {
  const index = firstTokenFrom(tokens, offset) - 1;
  return index >= 0 && tokens[index].end === offset ? index : -1;
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

/** Added to a memo key's numbers, so that a word starting before the keyed text (a negative offset) fits a character. */
const KEY_NUMBER_BIAS = 0x1000;
/** Arguments given to String.fromCharCode at once: far below the engine's limit on a call's arguments. */
const KEY_CHUNK = 8192;

/**
 * A memo key: a text, then numbers and words, one character per number (offsets written as decimal numbers cost
 * a string each and lengthen the key that every lookup hashes). Every part is written with its length or count,
 * so two different contents never give the same key; a number that does not fit a character (never within a
 * piece the tagger reads, MAX_PIECE long) gives no key, and the caller reads without the memo.
 */
export class MemoKey {
  private readonly codes: number[] = [];
  private fits = true;

  /** A key that starts with text[start, end) (end clamped to the text's length, as slice does). */
  constructor(text: string, start: number, end: number) {
    const until = Math.min(end, text.length);
    this.number(until - start);
    this.characters(text, start, until);
  }

  number(value: number): void {
    const code = value + KEY_NUMBER_BIAS;
    if (code < 0 || code > 0xffff) this.fits = false;
    this.codes.push(code);
  }

  private characters(text: string, start = 0, end = text.length): void {
    for (let i = start; i < end; i++) this.codes.push(text.charCodeAt(i));
  }

  /**
   * The words from index `first` on that start before `until`: their count, then for each its offsets from
   * `start` and its tag; a word reaching outside text[start, textEnd) is written out (inside, the key's text says it).
   */
  words(tokens: Token[], first: number, start: number, until: number, textEnd: number): void {
    const countAt = this.codes.length;
    this.codes.push(0);
    let index = first;
    for (; index < tokens.length && tokens[index].start < until; index++) {
      const { start: wordStart, end: wordEnd, tag, word } = tokens[index];
      const outside = wordStart < start || wordEnd > textEnd;
      this.number(wordStart - start);
      this.number(wordEnd - start);
      this.number(outside ? -1 - tag.length : tag.length);
      this.characters(tag);
      if (outside) this.characters(word);
    }
    const count = index - first + KEY_NUMBER_BIAS;
    if (count > 0xffff) this.fits = false;
    this.codes[countAt] = count;
  }

  /** The key, or undefined when some number did not fit. */
  toString(): string | undefined {
    if (!this.fits) return undefined;
    if (this.codes.length <= KEY_CHUNK) return String.fromCharCode(...this.codes);
    let key = '';
    for (let i = 0; i < this.codes.length; i += KEY_CHUNK) key += String.fromCharCode(...this.codes.slice(i, i + KEY_CHUNK));
    return key;
  }
}
