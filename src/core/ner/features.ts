/**
 * Features of each character for the sequence labeller, as 32-bit hashes of integer codes: no string is built
 * per feature. Templates: characters, bigrams and trigrams in a window of two, character classes, the
 * segmenter's word (its position in it, its tag, its identity, the words beside it), how likely a character is
 * as a surname or in a given name, gazetteer matches, a title word before or after, and how much the characters
 * around are those of transliterated foreign names.
 */
import nameStats from '../../../data/name-stats.json';
import titles from '../../../data/titles.json';
import transliteration from '../../../data/transliteration.json';
import nameBoundaries from '../../../data/name-boundaries.json';
import type { Token } from '../text/tokens';
import { getGazetteer } from '../places/gazetteer';

export const FEATURES_PER_CHAR = 31;

const BEFORE_TEXT = 1;
const AFTER_TEXT = 2;

/** Full-width ASCII read as ASCII, every digit as 0 and every Latin letter as a: numbers and codes generalise. */
function normalizedCode(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  if (code >= 0x30 && code <= 0x39) return 0x30;
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return 0x61;
  return code;
}

const CHINESE_NUMERALS = new Set([...'〇零一二三四五六七八九十百千万亿两'].map((ch) => ch.charCodeAt(0)));
const MIDDLE_DOT_CODES = new Set([...'·•‧・'].map((ch) => ch.charCodeAt(0)));

/**
 * The class of each normalised code: 0 Han, 1 digit, 2 Latin, 3 Chinese numeral, 4 middle dot, 5 punctuation or
 * other, 6 outside the sentence. Filled range by range, each later class over the earlier (a function asked for
 * every code unit cost 2-3 ms of each process's start).
 */
const CHARACTER_CLASS = new Uint8Array(0x10000).fill(5).fill(0, 0x3400, 0x9fff + 1);
for (const code of MIDDLE_DOT_CODES) CHARACTER_CLASS[code] = 4;
for (const code of CHINESE_NUMERALS) CHARACTER_CLASS[code] = 3;
CHARACTER_CLASS[0x61] = 2;
CHARACTER_CLASS[0x30] = 1;
CHARACTER_CLASS[BEFORE_TEXT] = CHARACTER_CLASS[AFTER_TEXT] = 6;

/** Surname share and given-name odds in coarse steps, indexed by character code (0: none). */
const SURNAME_STEP = new Uint8Array(0x10000);
const GIVEN_STEP = new Uint8Array(0x10000);
for (const [ch, logShare] of Object.entries(nameStats.surname as Record<string, number>)) {
  if (ch.length === 1) SURNAME_STEP[ch.charCodeAt(0)] = 1 + Math.min(4, Math.max(0, Math.floor(-logShare / 2) - 1));
}
for (const [ch, odds] of Object.entries(nameStats.given as Record<string, number>)) {
  if (ch.length === 1) GIVEN_STEP[ch.charCodeAt(0)] = 5 + Math.max(-4, Math.min(4, Math.round(odds)));
}

/**
 * How much a character is one of transliterated foreign names (科雷, 帕塔亚): 3 mostly used in them, 2 frequent
 * in them, 1 in the hand list of such characters only, 0 not (data/transliteration.json, name-boundaries.json).
 */
const TRANSLITERATION_STEP = new Uint8Array(0x10000);
for (const ch of nameBoundaries.transliteration) TRANSLITERATION_STEP[ch.charCodeAt(0)] = 1;
for (const ch of transliteration.weak) TRANSLITERATION_STEP[ch.charCodeAt(0)] = 2;
for (const ch of transliteration.strong) TRANSLITERATION_STEP[ch.charCodeAt(0)] = 3;
/** A run of transliteration characters is counted up to this many on either side. */
const LONGEST_RUN = 7;

const TITLE_WORDS = new Set<string>([...titles.officialHeads, ...titles.nonOfficialHeads]);
const TITLES_AFTER_NAME = new Set<string>(titles.titlesAfterName);

/**
 * A trie of the gazetteer's names and short forms over character codes, built once. Its first level is an array
 * by code (every character starts a lookup); deeper levels are maps.
 */
interface TrieNode { next: Map<number, TrieNode>; kind: number }
let gazetteerTrie: (TrieNode | undefined)[] | undefined;
function getGazetteerTrie(): (TrieNode | undefined)[] {
  if (gazetteerTrie) return gazetteerTrie;
  const gazetteer = getGazetteer();
  const root: (TrieNode | undefined)[] = new Array<TrieNode | undefined>(0x10000).fill(undefined);
  for (const name of gazetteer.labellerNames()) {
    if (name.length < 2) continue;
    const first = name.charCodeAt(0);
    let node = (root[first] ??= { next: new Map(), kind: 0 });
    for (let i = 1; i < name.length; i++) {
      const code = name.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { next: new Map(), kind: 0 }));
      node = child;
    }
    // The level of the place (0 country … 4 other), and 5 for a short form: kept small for hashing.
    node.kind = 1 + (gazetteer.lookup(name)[0]?.level ?? 4) + (gazetteer.fullName(name) === name ? 0 : 5);
  }
  gazetteerTrie = root;
  return root;
}

/** Per character: 0 none, else 1 + (position B/M/E/S) * 16 + kind of the longest gazetteer match, left to right. */
function gazetteerMarks(text: string, start: number, end: number, marks: Int32Array): Int32Array {
  const root = getGazetteerTrie();
  marks.fill(0, 0, end - start);
  for (let i = start; i < end; ) {
    let node = root[text.charCodeAt(i)];
    let matchEnd = -1;
    let kind = 0;
    if (node?.kind) { matchEnd = i + 1; kind = node.kind; }
    for (let j = i + 1; j < end && node; j++) {
      node = node.next.get(text.charCodeAt(j));
      if (node && node.kind) { matchEnd = j + 1; kind = node.kind; }
    }
    if (matchEnd < 0) { i++; continue; }
    for (let j = i; j < matchEnd; j++) {
      const position = j === i ? 0 : j === matchEnd - 1 ? 2 : 1;
      marks[j - start] = 1 + position * 16 + kind;
    }
    i = matchEnd;
  }
  return marks;
}

function mix(hash: number, value: number): number {
  hash = Math.imul(hash ^ value, 0x9e3779b1);
  return hash ^ (hash >>> 15);
}

function stringHash(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = mix(hash, normalizedCode(text.charCodeAt(i)));
  return hash;
}

/** Hash of a tag, by tag: the tag set is small and closed. */
const tagHashes = new Map<string, number>();
function tagHash(tag: string): number {
  let hash = tagHashes.get(tag);
  if (hash === undefined) tagHashes.set(tag, (hash = stringHash(tag, 0, tag.length)));
  return hash;
}

/** What the features read of each segmenter word (by token index), computed once per text rather than per character. */
export interface WordFeatures {
  tags: Int32Array;
  words: Int32Array;
  /** The word's length, at most 6. */
  lengths: Uint8Array;
  /** 1 a title word before a name, 2 a title after a name, 0 neither. */
  titles: Uint8Array;
}

/**
 * The features of the words tokens[from, to), written into `into` (the features of all the tokens, of which
 * only these are written) or into new arrays for all the tokens: a re-analysis reads only its changed pieces.
 */
export function wordFeatures(tokens: Token[], from = 0, to = tokens.length, into?: WordFeatures): WordFeatures {
  const count = tokens.length;
  const features: WordFeatures = into ?? { tags: new Int32Array(count), words: new Int32Array(count), lengths: new Uint8Array(count), titles: new Uint8Array(count) };
  for (let i = from; i < to; i++) {
    const { word, tag } = tokens[i];
    features.tags[i] = tagHash(tag);
    features.words[i] = stringHash(word, 0, word.length);
    features.lengths[i] = Math.min(word.length, 6);
    features.titles[i] = TITLE_WORDS.has(word) ? 1 : TITLES_AFTER_NAME.has(word) ? 2 : 0;
  }
  return features;
}

/**
 * extractFeatures' per-character working arrays, reused from piece to piece (grown as needed): a 10 MB text has
 * some 70,000 pieces, and fresh arrays for each were most of the analysis' short-lived off-heap memory. Each
 * call writes every entry it reads.
 */
interface FeatureScratch { codes: Int32Array; classes: Int32Array; foreign: Int32Array; placeMarks: Int32Array; runBefore: Uint8Array; runAfter: Uint8Array; wordPlaces: Int32Array }
let scratch: FeatureScratch | undefined;
function scratchFor(length: number): FeatureScratch {
  if (scratch && scratch.codes.length >= length + 4) return scratch;
  const size = Math.max(length, 2048) + 4;
  scratch = { codes: new Int32Array(size), classes: new Int32Array(size), foreign: new Int32Array(size), placeMarks: new Int32Array(size), runBefore: new Uint8Array(size), runAfter: new Uint8Array(size), wordPlaces: new Int32Array(size) };
  return scratch;
}

/** The features of no word (a character the segmenter dropped, or beyond the sentence). */
const NO_TAG = 0x5f5f;

/**
 * Writes FEATURES_PER_CHAR hashes for each character of text[start, end) into `out` (from 0). `tokens` are the
 * segmenter's words of the whole text, sorted, with their `words` features; `firstToken` is the index of the
 * first one ending after `start`; template k is the character's feature k − 1. The templates are written by
 * three loops of their own: V8 inlines a function's
 * calls of mix only up to a budget, and with the sixty-one of all templates in one loop it left thirty-four of
 * them calls (--trace-turbo-inlining).
 */
export function extractFeatures(text: string, start: number, end: number, tokens: Token[], words: WordFeatures, firstToken: number, out: Int32Array): void {
  const length = end - start;
  const { codes, classes, foreign, placeMarks, runBefore, runAfter, wordPlaces } = scratchFor(length);
  // Codes with two sentinels on each side, so every window reads inside the array.
  codes[0] = codes[1] = BEFORE_TEXT;
  codes[length + 2] = codes[length + 3] = AFTER_TEXT;
  for (let i = 0; i < length; i++) codes[i + 2] = normalizedCode(text.charCodeAt(start + i));
  for (let i = 0; i < length + 4; i++) classes[i] = CHARACTER_CLASS[codes[i]];
  const gazetteer = gazetteerMarks(text, start, end, placeMarks);
  for (let i = 0; i < length + 4; i++) foreign[i] = TRANSLITERATION_STEP[codes[i] & 0xffff];
  // Runs of transliteration characters before and after each one: a long run is a foreign name (君士坦丁堡).
  runBefore[0] = 0;
  for (let i = 0; i < length; i++) runBefore[i + 1] = foreign[i + 2] ? Math.min(LONGEST_RUN, runBefore[i] + 1) : 0;
  runAfter[length] = 0;
  for (let i = length - 1; i >= 0; i--) runAfter[i] = foreign[i + 2] ? Math.min(LONGEST_RUN, runAfter[i + 1] + 1) : 0;
  characterTemplates(codes, classes, length, out);
  wordTemplates(start, end, tokens, words, firstToken, codes, wordPlaces, out);
  nameTemplates(codes, foreign, runBefore, runAfter, gazetteer, wordPlaces, length, out);
}

/**
 * Templates 1–13 of each character: the codes in a window of two and their classes. Each template hashes its own
 * number first, so two templates reading the same codes differ. No constant feature: a label's prior is the same
 * as its moves' scores (every label is entered by a move).
 */
function characterTemplates(codes: Int32Array, classes: Int32Array, length: number, out: Int32Array): void {
  for (let i = 0; i < length; i++) {
    const c = i + 2;
    const l2 = codes[c - 2], l1 = codes[c - 1], c0 = codes[c], r1 = codes[c + 1], r2 = codes[c + 2];
    let o = i * FEATURES_PER_CHAR;
    out[o++] = mix(1, l2);
    out[o++] = mix(2, l1);
    out[o++] = mix(3, c0);
    out[o++] = mix(4, r1);
    out[o++] = mix(5, r2);
    out[o++] = mix(mix(6, l2), l1);
    out[o++] = mix(mix(7, l1), c0);
    out[o++] = mix(mix(8, c0), r1);
    out[o++] = mix(mix(9, r1), r2);
    out[o++] = mix(mix(mix(10, l1), c0), r1);
    out[o++] = mix(mix(mix(11, l2), l1), c0);
    out[o++] = mix(mix(mix(12, c0), r1), r2);
    out[o] = mix(13, classes[c - 2] | (classes[c - 1] << 3) | (classes[c] << 6) | (classes[c + 1] << 9) | (classes[c + 2] << 12));
  }
}

/**
 * Templates 14–20, 26 and 27 of each character: the segmenter's word around it and the words beside it. Also
 * writes, per character, its place in its word and the title words around for nameTemplates (wordPlaceOf).
 */
function wordTemplates(start: number, end: number, tokens: Token[], words: WordFeatures, firstToken: number, codes: Int32Array, wordPlaces: Int32Array, out: Int32Array): void {
  let tokenIndex = firstToken;
  // The previous, current and next word's features (NO_TAG and zeros: no word).
  let previousTag = NO_TAG, previousWord = 0, previousTitle = 0;
  let currentTag = NO_TAG, currentWord = 0, currentLength = 0, currentTitle = 0;
  let nextTag = NO_TAG, nextWord = 0, nextTitle = 0;
  let wordStart = -1;
  let wordEnd = -1;
  for (let i = 0; i < end - start; i++) {
    const at = start + i;
    if (at >= wordEnd) {
      // Move to the token covering `at`, if any; characters the segmenter dropped get no word.
      while (tokenIndex < tokens.length && tokens[tokenIndex].end <= at) tokenIndex++;
      const token = tokens[tokenIndex];
      if (token && token.start <= at) {
        const previous = tokenIndex > 0 && tokens[tokenIndex - 1].end === token.start ? tokenIndex - 1 : -1;
        previousTag = previous < 0 ? NO_TAG : words.tags[previous];
        previousWord = previous < 0 ? 0 : words.words[previous];
        previousTitle = previous < 0 ? 0 : words.titles[previous];
        currentTag = words.tags[tokenIndex];
        currentWord = words.words[tokenIndex];
        currentLength = words.lengths[tokenIndex];
        currentTitle = words.titles[tokenIndex];
        const next = tokens[tokenIndex + 1];
        const hasNext = next !== undefined && next.start === token.end && next.start < end;
        nextTag = hasNext ? words.tags[tokenIndex + 1] : NO_TAG;
        nextWord = hasNext ? words.words[tokenIndex + 1] : 0;
        nextTitle = hasNext ? words.titles[tokenIndex + 1] : 0;
        wordStart = token.start;
        wordEnd = token.end;
      } else {
        previousTag = currentTag = nextTag = NO_TAG;
        previousWord = currentWord = nextWord = 0;
        previousTitle = currentTitle = nextTitle = 0;
        currentLength = 0;
        wordStart = at;
        wordEnd = at + 1;
      }
    }
    const inWord = wordEnd - wordStart === 1 ? 3 : at === wordStart ? 0 : at === wordEnd - 1 ? 2 : 1;
    const fromStart = Math.min(at - wordStart, 3);
    const toEnd = Math.min(wordEnd - 1 - at, 3);
    const c0 = codes[i + 2];
    wordPlaces[i] = wordPlaceOf(inWord, fromStart, toEnd, currentLength, previousTitle, currentTitle, nextTitle);
    let o = i * FEATURES_PER_CHAR + 13;
    out[o++] = mix(mix(14, currentTag), inWord);
    out[o++] = mix(mix(mix(15, currentTag), inWord), c0);
    out[o++] = mix(mix(mix(16, currentWord), fromStart), toEnd);
    out[o++] = mix(mix(mix(17, previousTag), currentTag), inWord);
    out[o++] = mix(mix(mix(18, nextTag), currentTag), inWord);
    out[o++] = mix(mix(mix(19, previousWord), fromStart), currentLength);
    out[o] = mix(mix(mix(20, nextWord), toEnd), currentLength);
    // Word pairs: where an organisation's name ends (…委员会|召开) or begins (在|国务院…).
    o = i * FEATURES_PER_CHAR + 25;
    out[o++] = mix(mix(mix(26, currentWord), nextWord), toEnd);
    out[o] = mix(mix(mix(27, previousWord), currentWord), fromStart);
  }
}

/** A character's place in its word (each 0–3), its word's length (0–6) and the title kinds (0–2) of the words around, in one number. */
const wordPlaceOf = (inWord: number, fromStart: number, toEnd: number, currentLength: number, previousTitle: number, currentTitle: number, nextTitle: number) =>
  inWord | (fromStart << 2) | (toEnd << 4) | (currentLength << 6) | (previousTitle << 9) | (currentTitle << 11) | (nextTitle << 13);

/** Templates 21–25 and 28–31 of each character: how it reads as part of a name, a place or a foreign name, and the titles around. */
function nameTemplates(codes: Int32Array, foreign: Int32Array, runBefore: Uint8Array, runAfter: Uint8Array, gazetteer: Int32Array, wordPlaces: Int32Array, length: number, out: Int32Array): void {
  for (let i = 0; i < length; i++) {
    const place = wordPlaces[i];
    const inWord = place & 3, fromStart = (place >> 2) & 3, toEnd = (place >> 4) & 3, currentLength = (place >> 6) & 7;
    const previousTitle = (place >> 9) & 3, currentTitle = (place >> 11) & 3, nextTitle = (place >> 13) & 3;
    const c = i + 2;
    const l1 = codes[c - 1], c0 = codes[c], r1 = codes[c + 1], r2 = codes[c + 2];
    const surname = SURNAME_STEP[c0 & 0xffff];
    const given = GIVEN_STEP[c0 & 0xffff];
    const givenLeft = GIVEN_STEP[l1 & 0xffff];
    const givenRight = GIVEN_STEP[r1 & 0xffff];
    let o = i * FEATURES_PER_CHAR + 20;
    out[o++] = mix(21, surname | (givenRight << 4) | (GIVEN_STEP[r2 & 0xffff] << 8) | (surname > 0 ? 0 : given << 12));
    out[o++] = mix(22, SURNAME_STEP[l1 & 0xffff] | (givenLeft << 4) | (given << 8) | (givenRight << 12));
    out[o++] = mix(mix(23, gazetteer[i]), currentLength);
    out[o++] = mix(24, previousTitle | (nextTitle << 2) | (fromStart << 4) | (toEnd << 6) | (currentTitle << 8));
    out[o] = mix(mix(25, c0), previousTitle | (currentTitle << 2) | (inWord << 4));
    o = i * FEATURES_PER_CHAR + 27;
    out[o++] = mix(28, foreign[c - 2] | (foreign[c - 1] << 2) | (foreign[c] << 4) | (foreign[c + 1] << 6) | (foreign[c + 2] << 8));
    out[o++] = mix(29, runBefore[i] | (runAfter[i + 1] << 3) | (foreign[c] << 6));
    // A name's start: a title word before or after, a surname here, a given-name character next.
    out[o++] = mix(30, previousTitle | (currentTitle << 2) | (nextTitle << 4) | (surname << 6) | (givenRight << 9) | (fromStart << 13));
    out[o] = mix(mix(31, c0), fromStart | (toEnd << 2));
  }
}
