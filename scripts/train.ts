/**
 * `npm run train`: trains the learned labeller on the dev split of ../shared/pd1998 (never its test split) and
 * writes data/ner-model.bin. Deterministic: fixed article order, fixed seed → the same bytes on every run.
 * Options: --epochs N, --log2-buckets N, --all (train on all of dev; by default every tenth article is held out
 * and scored after each epoch), --held-out-tenth K (hold out the articles whose index ends in K, 0–9, instead of
 * 9: a cross-validation model), --out PATH.
 */
import { writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { prepareSegmenter } from '../src/core/segment/userWords';
import { getGazetteer } from '../src/core/places/gazetteer';
import { loadSegmenter } from '../src/core/segment/loadSegmenter';
import { tokenize } from '../src/core/text/tokens';
import { ENTITY_TYPES, labelsOfSpans, spansOfLabels } from '../src/core/ner/labels';
import { trainPerceptron, type TrainingSentence } from '../src/core/ner/perceptron';
import { sentencePieces } from '../src/core/ner/sentences';
import { SpanTally, formatScores } from '../src/core/ner/spanScores';
import { isHeldOut, readPd1998, type Pd1998Article } from '../bench/pd1998Eval';

const root = join(__dirname, '..', '..');
const argument = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const epochs = argument('--epochs', 15);
const log2Buckets = argument('--log2-buckets', 19);
const trainOnAll = process.argv.includes('--all');
const heldOutTenth = argument('--held-out-tenth', 9);
const outAt = process.argv.indexOf('--out');
const out = outAt >= 0 ? process.argv[outAt + 1] : join(root, 'data', 'ner-model.bin');

const { segmenter } = loadSegmenter();
prepareSegmenter(segmenter, getGazetteer());

interface PreparedArticle { article: Pd1998Article; sentences: (TrainingSentence & { start: number })[] }

function prepare(article: Pd1998Article): PreparedArticle {
  const tokens = tokenize(article.text, segmenter);
  const sentences = [...sentencePieces(article.text, tokens)].map(({ start, end, features }) => {
    const inside = article.gold.filter((s) => s.start >= start && s.end <= end).map((s) => ({ ...s, start: s.start - start, end: s.end - start }));
    return { start, features, labels: labelsOfSpans(end - start, inside) };
  });
  return { article, sentences };
}

const started = performance.now();
const articles = readPd1998(join(root, '..', 'shared', 'pd1998', 'dev'));
const prepared = articles.map(prepare);
const training = prepared.filter((_, i) => trainOnAll || !isHeldOut(i, heldOutTenth));
const heldOut = trainOnAll ? [] : prepared.filter((_, i) => isHeldOut(i, heldOutTenth));
const sentences = training.flatMap((a) => a.sentences);
console.log(`${training.length} training articles, ${sentences.length} sentences, ${heldOut.length} held out; features in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const model = trainPerceptron(sentences, {
  log2Buckets,
  epochs,
  seed: 1998,
  afterEpoch: (epoch, averaged) => {
    if (!heldOut.length) return console.log(`epoch ${epoch} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    const tally = new SpanTally();
    for (const { article, sentences: pieces } of heldOut) {
      tally.add(article.gold, pieces.flatMap((p) => spansOfLabels(averaged.decode(p.features, p.labels.length), p.start)));
    }
    const f1 = ENTITY_TYPES.map((type) => `${type} ${tally.scores(type).f1.toFixed(4)}`).join('  ');
    console.log(`epoch ${epoch} (${((performance.now() - started) / 1000).toFixed(0)} s): held-out F1 ${f1}`);
    if (epoch === epochs) for (const type of ENTITY_TYPES) console.log(`  ${type} ${formatScores(tally.scores(type))}`);
  },
});
const bytes = model.toBytes();
writeFileSync(out, bytes);
console.log(`wrote ${out}: ${(bytes.length / 1024 / 1024).toFixed(1)} MB, sha256 ${createHash('sha256').update(bytes).digest('hex')}`);
