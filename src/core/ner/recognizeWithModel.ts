/** People, places and organisations as the learned labeller reads them. */
import type { Token } from '../text/tokens';
import { spansOfLabels, type NerSpan } from './labels';
import type { NerModel } from './model';
import { sentencePieces } from './sentences';
import type { TextPiece } from './spanMargins';

/** The labeller's spans, and the pieces of text it read one by one when `pieces` is given. */
export function recognizeWithModel(model: NerModel, text: string, tokens: Token[], pieces?: TextPiece[]): NerSpan[] {
  const spans: NerSpan[] = [];
  for (const { start, end, features } of sentencePieces(text, tokens)) {
    pieces?.push({ start, end });
    for (const span of spansOfLabels(model.decode(features, end - start), start)) spans.push(span);
  }
  return spans;
}
