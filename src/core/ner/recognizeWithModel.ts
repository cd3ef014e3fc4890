/** People, places and organisations as the learned labeller reads them. */
import type { Token } from '../text/tokens';
import { spansOfLabels, type NerSpan } from './labels';
import type { NerModel } from './model';
import { sentencePieces } from './sentences';

export function recognizeWithModel(model: NerModel, text: string, tokens: Token[]): NerSpan[] {
  const spans: NerSpan[] = [];
  for (const { start, end, features } of sentencePieces(text, tokens)) {
    for (const span of spansOfLabels(model.decode(features, end - start), start)) spans.push(span);
  }
  return spans;
}
