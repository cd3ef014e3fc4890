/**
 * PER / LOC / ORG precision, recall and F1 on People's Daily Jan 1998 (../shared/pd1998): exact spans,
 * micro-averaged, scored per article. Rows: the learned labeller alone, the rules alone, and the full analysis.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText, type Segmenter } from '../src/core';
import type { CombineTrace } from '../src/core/types';
import { prepareSegmenter } from '../src/core/segment/userWords';
import { getGazetteer } from '../src/core/places/gazetteer';
import { tokenize } from '../src/core/text/tokens';
import { ENTITY_TYPES, type NerSpan } from '../src/core/ner/labels';
import { getNerModel } from '../src/core/ner/loadModel';
import type { NerModel } from '../src/core/ner/model';
import { recognizeWithModel } from '../src/core/ner/recognizeWithModel';
import { SpanTally, formatScores } from '../src/core/ner/spanScores';

export interface Pd1998Article { name: string; text: string; gold: NerSpan[] }

/** The articles of one split: `dir` holds gold.json and docs/. */
export function readPd1998(dir: string): Pd1998Article[] {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')).docs as Record<string, NerSpan[]>;
  return Object.keys(gold).sort().map((name) => ({ name, text: readFileSync(join(dir, 'docs', name), 'utf8'), gold: gold[name] }));
}

/**
 * Every tenth dev article (by sorted name) is held out of training, for choosing features and epochs; `tenth`
 * picks another tenth, for the cross-validation models that choose the arbitration margins (bench/marginFolds.ts).
 */
export const isHeldOut = (index: number, tenth = 9) => index % 10 === tenth;

const TYPE_OF: Record<string, string> = { person: 'PER', place: 'LOC', organization: 'ORG' };

/** Spans of the labeller alone on an article, over the same segmenter words as the analysis. */
export function modelSpans(model: NerModel, text: string, segmenter: Segmenter): NerSpan[] {
  prepareSegmenter(segmenter, getGazetteer());
  return recognizeWithModel(model, text, tokenize(text, segmenter));
}

export function analysisSpans(text: string, segmenter: Segmenter, learnedModel: boolean, traceCombine?: CombineTrace): NerSpan[] {
  return analyzeText(text, segmenter, { learnedModel, traceCombine }).entities
    .filter((e) => TYPE_OF[e.type])
    .map((e) => ({ type: TYPE_OF[e.type] as NerSpan['type'], start: e.start, end: e.end }));
}

/** The labeller's own time against the bare tagger and the full analysis, on the same text (best of three). */
function modelShare(model: NerModel, text: string, segmenter: Segmenter): Record<string, string> {
  const best = (run: () => void) => Math.min(...[0, 1, 2].map(() => { const start = performance.now(); run(); return performance.now() - start; }));
  const tokens = tokenize(text, segmenter);
  const tagger = best(() => { for (const line of text.split('\n')) segmenter.tag(line); });
  const labeller = best(() => recognizeWithModel(model, text, tokens));
  const analysis = best(() => analyzeText(text, segmenter));
  return {
    'time on the test articles: tagger line by line': `${tagger.toFixed(0)} ms`,
    'time: learned labeller alone (features + decoding)': `${labeller.toFixed(0)} ms (${(labeller / tagger).toFixed(2)}× the tagger)`,
    'time: full analysis': `${analysis.toFixed(0)} ms (${(analysis / tagger).toFixed(2)}× the tagger; labeller ${((100 * labeller) / analysis).toFixed(0)} % of it)`,
  };
}

/** Rows of scores per split and recogniser. */
export async function benchPd1998(): Promise<Record<string, string>> {
  const { loadSegmenter } = await import('../src/core/segment/loadSegmenter');
  const shared = join(__dirname, '..', '..', '..', 'shared', 'pd1998');
  if (!existsSync(join(shared, 'gold.json'))) return { 'PD1998': `not found at ${shared}` };
  const { segmenter } = loadSegmenter();
  const model = getNerModel();
  const rows: Record<string, string> = {};
  const splits: [string, Pd1998Article[]][] = [
    ['dev held-out', readPd1998(join(shared, 'dev')).filter((_, i) => isHeldOut(i))],
    ['test', readPd1998(shared)],
  ];
  for (const [split, articles] of splits) {
    const recognisers: [string, (text: string) => NerSpan[]][] = [
      ['rules alone', (text) => analysisSpans(text, segmenter, false)],
      ['model alone', (text) => (model ? modelSpans(model, text, segmenter) : [])],
      ['analysis (model + rules)', (text) => analysisSpans(text, segmenter, true)],
    ];
    for (const [name, recognise] of recognisers) {
      const tally = new SpanTally();
      const started = performance.now();
      for (const article of articles) tally.add(article.gold, recognise(article.text));
      const seconds = (performance.now() - started) / 1000;
      for (const type of ENTITY_TYPES) rows[`${split} ${name} ${type}`] = formatScores(tally.scores(type));
      rows[`${split} ${name} time`] = `${seconds.toFixed(1)} s for ${articles.length} articles`;
    }
  }
  rows['targets (test, analysis)'] = 'PER F1 ≥ 0.93, LOC ≥ 0.90, ORG ≥ 0.82';
  if (model) Object.assign(rows, modelShare(model, splits[1][1].map((a) => a.text).join('\n'), segmenter));
  return rows;
}
