/** People, places and organisations as the learned labeller reads them. */
import { firstTokenFrom, type Token } from '../text/tokens';
import type { TextLru } from '../textLru';
import { FEATURES_PER_CHAR, wordFeatures, type WordFeatures } from './features';
import { spansOfLabels, type NerSpan } from './labels';
import { viterbi, type NerModel } from './model';
import { pieceBounds, pieceFeatures, pieceKey } from './sentences';
import type { TextPiece } from './spanMargins';

/** What the labeller made of one piece: its emission scores and best labels. */
export interface LabelledPiece {
  model: NerModel;
  emissions: Float32Array;
  labels: Uint8Array;
}

/** Reused from piece to piece: a piece's features are read once, into its emission scores or labels. */
let featureBuffer = new Int32Array(0);

/**
 * The labeller's spans; when `pieces` is given, also the pieces of text it read one by one with their emission
 * scores (decoding them is then model.decode written out, so that the scores are kept for the margins). With a
 * `memo` (keyed by pieceKey: all a piece's features read), a piece read before is not read again.
 */
export function recognizeWithModel(model: NerModel, text: string, tokens: Token[], pieces?: TextPiece[], memo?: TextLru<LabelledPiece>): NerSpan[] {
  const spans: NerSpan[] = [];
  let words: WordFeatures | undefined;
  for (const bounds of pieceBounds(text, tokens)) {
    const { start, end } = bounds;
    const key = memo && pieceKey(text, bounds, tokens);
    let read = key === undefined ? undefined : memo!.get(key);
    if (read?.model !== model) read = undefined;
    let labels: Uint8Array;
    if (read) {
      pieces?.push({ start, end, emissions: read.emissions });
      labels = read.labels;
    } else {
      if (featureBuffer.length < (end - start) * FEATURES_PER_CHAR) featureBuffer = new Int32Array(Math.max(end - start, 2048) * FEATURES_PER_CHAR);
      // The words extractFeatures reads: the one touching the piece's first, and those starting inside it.
      words = wordFeatures(tokens, Math.max(0, bounds.firstToken - 1), firstTokenFrom(tokens, end), words);
      const features = pieceFeatures(text, bounds, tokens, words, featureBuffer);
      if (pieces || key !== undefined) {
        const emissions = model.emissions(features, end - start);
        pieces?.push({ start, end, emissions });
        labels = viterbi(emissions, end - start, model.transitions);
        if (key !== undefined) memo!.set(key, { model, emissions, labels }, end - start);
      } else labels = model.decode(features, end - start);
    }
    for (const span of spansOfLabels(labels, start)) spans.push(span);
  }
  return spans;
}
