/** The learned labeller: valid decoding, the shipped model, a few clear cases, a deterministic trainer. */
import * as assert from 'node:assert/strict';
import { analyzeText } from '../../src/core';
import { loadSegmenter } from '../../src/core/segment/loadSegmenter';
import { tokenize } from '../../src/core/text/tokens';
import { LABEL_COUNT, OUTSIDE, allowedTransition, closesEntity, labelsOfSpans, spansOfLabels, type NerSpan } from '../../src/core/ner/labels';
import { NerModel, PackedWeights, forbidInvalidMoves, viterbi } from '../../src/core/ner/model';
import { getNerModel } from '../../src/core/ner/loadModel';
import { trainPerceptron } from '../../src/core/ner/perceptron';
import { sentencePieces } from '../../src/core/ner/sentences';

const { segmenter } = loadSegmenter();
const entity = (text: string, type: string, name: string) => analyzeText(text, segmenter).entities.find((e) => e.type === type && e.text === name);

describe('learned labeller', function () {
  this.timeout(20000);

  it('decodes any scores into a valid label sequence', () => {
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32) * 20 - 10;
    for (let round = 0; round < 50; round++) {
      const length = 1 + (round % 17);
      const scores = Float32Array.from({ length: length * LABEL_COUNT }, random);
      const moves = forbidInvalidMoves(Float32Array.from({ length: (1 + LABEL_COUNT) * LABEL_COUNT }, random));
      const labels = viterbi(scores, length, moves);
      assert.ok(allowedTransition(OUTSIDE, labels[0]));
      for (let i = 1; i < length; i++) assert.ok(allowedTransition(labels[i - 1], labels[i]), `${labels}`);
      assert.ok(closesEntity(labels[length - 1]));
      const spans = spansOfLabels(labels);
      for (const s of spans) assert.ok(s.start >= 0 && s.start < s.end && s.end <= length);
      assert.deepEqual(spansOfLabels(labelsOfSpans(length, spans)), spans);
    }
  });

  it('loads the shipped model, and writes and reads it back unchanged', () => {
    const model = getNerModel();
    assert.ok(model, 'data/ner-model.bin holds a model');
    const again = NerModel.fromBytes(model.toBytes());
    assert.ok(again);
    assert.deepEqual(again.transitions, model.transitions);
    assert.equal(again.weights.length, model.weights.length);
    const [read, written] = [model.weights, again.weights];
    assert.ok(read instanceof PackedWeights && written instanceof PackedWeights);
    for (let i = 0; i < read.length; i += 997) assert.equal(written.get(i), read.get(i));
    assert.equal(NerModel.fromBytes(new Uint8Array([1, 2, 3])), undefined);
  });

  it('finds a name after a title, a county and a committee', () => {
    assert.ok(entity('国务院总理王建华昨天在京会见了来访的代表团。', 'person', '王建华'));
    assert.ok(entity('记者日前来到河北省阜平县，走访了几户农民。', 'place', '阜平县'));
    assert.ok(entity('国家经济贸易委员会近日发出通知，要求各地做好节日供应。', 'organization', '国家经济贸易委员会'));
  });

  it('trains the same bytes from the same corpus and seed', () => {
    const corpus: [string, NerSpan[]][] = [
      ['张明在北京工作。', [{ type: 'PER', start: 0, end: 2 }, { type: 'LOC', start: 3, end: 5 }]],
      ['李华去了上海市人民政府。', [{ type: 'PER', start: 0, end: 2 }, { type: 'ORG', start: 4, end: 11 }]],
      ['王强说，天津很美。', [{ type: 'PER', start: 0, end: 2 }, { type: 'LOC', start: 4, end: 6 }]],
    ];
    const sentences = corpus.flatMap(([text, spans]) =>
      [...sentencePieces(text, tokenize(text, segmenter))].map(({ start, end, features }) => ({ features, labels: labelsOfSpans(end - start, spans) })));
    const train = (seed: number) => trainPerceptron(sentences, { log2Buckets: 12, epochs: 4, seed }).toBytes();
    assert.deepEqual(train(3), train(3));
    const model = NerModel.fromBytes(train(3))!;
    const text = '张明在北京工作。';
    const [{ features }] = sentencePieces(text, tokenize(text, segmenter));
    assert.deepEqual(spansOfLabels(model.decode(features, text.length)), corpus[0][1]);
  });
});
