/** The labeller reads a text sentence by sentence: its pieces, and each piece's features. */
import { MemoKey, pieceEnd, type Token } from '../text/tokens';
import { FEATURES_PER_CHAR, extractFeatures, wordFeatures, type WordFeatures } from './features';

export interface PieceBounds {
  start: number;
  end: number;
  /** Index of the first token ending after `start`. */
  firstToken: number;
}

export interface SentencePiece {
  start: number;
  end: number;
  features: Int32Array;
}

/** The tagger's pieces of text (pieceEnd) that hold some character other than white space. */
export function* pieceBounds(text: string, tokens: Token[]): Generator<PieceBounds> {
  let tokenIndex = 0;
  let start = 0;
  while (start < text.length) {
    const end = pieceEnd(text, start);
    if (/\S/.test(text.slice(start, end))) {
      while (tokenIndex < tokens.length && tokens[tokenIndex].end <= start) tokenIndex++;
      yield { start, end, firstToken: tokenIndex };
    }
    start = end;
  }
}

/**
 * The features of one piece (`words`: wordFeatures of all the tokens), in `into` when it is long enough (its
 * first (end − start) × FEATURES_PER_CHAR entries), else in a new array.
 */
export function pieceFeatures(text: string, { start, end, firstToken }: PieceBounds, tokens: Token[], words: WordFeatures, into?: Int32Array): Int32Array {
  const size = (end - start) * FEATURES_PER_CHAR;
  const features = into && into.length >= size ? into : new Int32Array(size);
  extractFeatures(text, start, end, tokens, words, firstToken, features);
  return features;
}

/** Pieces of text that hold some character other than white space, with their features. */
export function* sentencePieces(text: string, tokens: Token[]): Generator<SentencePiece> {
  const words = wordFeatures(tokens);
  for (const bounds of pieceBounds(text, tokens)) yield { start: bounds.start, end: bounds.end, features: pieceFeatures(text, bounds, tokens, words) };
}

/**
 * Everything a piece's features read, as one string: its text, and the segmenter's words that cover it, with
 * the word just before it when that one touches the first (extractFeatures reads the previous word's features
 * across the piece's start). Two pieces with the same key have the same features, wherever they stand.
 */
export function pieceKey(text: string, { start, end, firstToken }: PieceBounds, tokens: Token[]): string | undefined {
  const key = new MemoKey(text, start, end);
  const first = tokens[firstToken];
  const previous = tokens[firstToken - 1];
  key.words(tokens, first && previous && previous.end === first.start ? firstToken - 1 : firstToken, start, end, end);
  return key.toString();
}
