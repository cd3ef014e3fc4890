/**
 * Chooses the arbitration margins (data/model-margins.json) by cross-validation rather than on one held-out tenth:
 * run once per labeller trained without one tenth of PD1998 dev (`node out/scripts/train.js --held-out-tenth K`),
 * bundled with that model in place of data/ner-model.bin (`node scripts/buildMarginFolds.mjs MODEL.bin OUT.js`),
 * on that tenth's articles.
 * For the shipped margins and for each margin changed alone to each candidate value, it prints one JSON line of
 * gold / predicted / correct counts per type and article, so that the folds can be pooled and resampled
 * (scripts/poolMarginFolds.mjs, a paired bootstrap of each change against the starting margins).
 * `node out/bench/marginFoldsK.js K [--around JSON] [--base-only]`
 */
import { join } from 'node:path';
import modelMargins from '../data/model-margins.json';
import { analyzeText } from '../src/core/analyze';
import { AnalysisMemo } from '../src/core/analysisMemo';
import { ENTITY_TYPES } from '../src/core/ner/labels';
import { SpanTally } from '../src/core/ner/spanScores';
import { loadSegmenter } from '../src/core/segment/loadSegmenter';
import { isHeldOut, readPd1998 } from './pd1998Eval';

const TYPE_OF: Record<string, string> = { person: 'PER', place: 'LOC', organization: 'ORG' };

/** The values tried for each margin; `--around '{"key":value,…}'` starts from those instead of the shipped ones. */
const CANDIDATES: Record<string, number[]> = {
  titledPerson: [0, 25, 40, 50, 60, 75, 100, 150, 250, 1e6],
  copiedPerson: [25, 60, 100, 150, 250, 1e6],
  titledPersonRebounded: [0, 25, 40, 50, 60, 75, 100, 150, 250],
  untitledPerson: [0, 10, 15, 20, 25, 30, 40, 80],
  dottedPerson: [20, 50, 75, 100, 200],
  place: [0, 20, 30, 40, 50, 80, 150],
  organization: [0, 10, 20, 40],
  surePerson: [25, 40, 50, 60, 80, 120, 1e6],
  modelPerson: [0, 10, 15, 20, 25, 30, 40, 50, 80],
};

const tenth = Number(process.argv[2]);
const articles = readPd1998(join(__dirname, '..', '..', '..', 'shared', 'pd1998', 'dev')).filter((_, i) => isHeldOut(i, tenth));
const { segmenter } = loadSegmenter();
const aroundAt = process.argv.indexOf('--around');
const shipped = { ...modelMargins, ...(aroundAt >= 0 ? JSON.parse(process.argv[aroundAt + 1]) : {}) } as Record<string, unknown>;
const margins = modelMargins as unknown as Record<string, number>;
// One memo over all the articles: the labeller reads each sentence once, only the arbitration is run per setting.
const memo = new AnalysisMemo(1e9);
for (const article of articles) analyzeText(article.text, segmenter, {}, memo);

function score(key: string, value: number | undefined): void {
  Object.assign(margins, shipped);
  if (value !== undefined) margins[key] = value;
  const perArticle = articles.map((article) => {
    const tally = new SpanTally();
    const entities = analyzeText(article.text, segmenter, {}, memo).entities;
    tally.add(article.gold, entities.filter((e) => TYPE_OF[e.type]).map((e) => ({ type: TYPE_OF[e.type], start: e.start, end: e.end })));
    return ENTITY_TYPES.map((type) => { const s = tally.scores(type); return [s.gold, s.predicted, s.correct]; });
  });
  console.log(JSON.stringify({ tenth, key, value, perArticle }));
}

score('shipped', undefined);
if (!process.argv.includes('--base-only')) for (const [key, values] of Object.entries(CANDIDATES)) for (const value of values) if (value !== shipped[key]) score(key, value);
