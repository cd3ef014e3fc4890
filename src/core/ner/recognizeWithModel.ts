/** People, places and organisations as the learned labeller reads them. */
import type { Token } from '../text/tokens';
import { spansOfLabels, type NerSpan } from './labels';
import { viterbi, type NerModel } from './model';
import { sentencePieces } from './sentences';
import type { TextPiece } from './spanMargins';

/**
 * The labeller's spans; when `pieces` is given, also the pieces of text it read one by one with their emission
 * scores (decoding them is then model.decode written out, so that the scores are kept for the margins).
 */
export function recognizeWithModel(model: NerModel, text: string, tokens: Token[], pieces?: TextPiece[]): NerSpan[] {
  const spans: NerSpan[] = [];
  for (const { start, end, features } of sentencePieces(text, tokens)) {
    let labels: Uint8Array;
    if (pieces) {
      const emissions = model.emissions(features, end - start);
      pieces.push({ start, end, emissions });
      labels = viterbi(emissions, end - start, model.transitions);
    } else labels = model.decode(features, end - start);
    for (const span of spansOfLabels(labels, start)) spans.push(span);
  }
  return spans;
}
