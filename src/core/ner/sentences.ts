/** The labeller reads a text sentence by sentence: its pieces, and each piece's features. */
import type { Token } from '../text/tokens';
import { FEATURES_PER_CHAR, extractFeatures, wordFeatures } from './features';

/** Decoding memory grows with a piece's length: pieces end at line breaks and sentence ends, and at this length. */
const MAX_PIECE = 2000;

export interface SentencePiece {
  start: number;
  end: number;
  features: Int32Array;
}

/** Pieces of text that hold some character other than white space, with their features. */
export function* sentencePieces(text: string, tokens: Token[]): Generator<SentencePiece> {
  let tokenIndex = 0;
  let start = 0;
  const words = wordFeatures(tokens);
  while (start < text.length) {
    let end = start;
    while (end < text.length && end - start < MAX_PIECE) {
      const ch = text.charCodeAt(end++);
      if (ch === 0x0a || ch === 0x3002 || ch === 0xff01 || ch === 0xff1f) break;
    }
    // Never cut a surrogate pair in two.
    if (end < text.length && end - start === MAX_PIECE && (text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end--;
    if (/\S/.test(text.slice(start, end))) {
      while (tokenIndex < tokens.length && tokens[tokenIndex].end <= start) tokenIndex++;
      const features = new Int32Array((end - start) * FEATURES_PER_CHAR);
      extractFeatures(text, start, end, tokens, words, tokenIndex, features);
      yield { start, end, features };
    }
    start = end;
  }
}
