// A huge text is analysed in paragraph pieces (bounded memory): where no paragraph depends on another, the
// result is the whole-text analysis, offsets and all.
import * as assert from 'node:assert/strict';
import { analyzeText } from '../../src/core';
import { analyzeInPieces } from '../../src/core/analyze';
import { loadSegmenter } from '../../src/core/segment/loadSegmenter';

const { segmenter } = loadSegmenter();

const PARAGRAPHS = [
  '本报北京1998年1月5日讯 国务院副总理王建华今天在人民大会堂会见了日本客人。',
  '河北省阜平县的农民李小明说，今年的收成比去年好得多。',
  '国家经济贸易委员会近日发出通知，要求各地做好节日市场供应。',
  '上海市市长陈国强昨天到浦东新区考察，看望了一线工人。',
  '在广州举行的座谈会上，广东省委书记张德华讲了话。',
  '𠀀字不在常用字表中，记者赵文华在湖南省长沙市采访时了解到这一情况。',
];

describe('analysis in pieces', () => {
  it('equals the whole-text analysis when the paragraphs stand alone', function () {
    this.timeout(20000);
    const text = PARAGRAPHS.join('\n\n') + '\n';
    const whole = analyzeText(text, segmenter);
    assert.ok(whole.entities.length >= 10, 'the paragraphs have entities to compare');
    for (const pieceLength of [60, 100]) {
      const pieces = analyzeInPieces(text, segmenter, {}, pieceLength);
      assert.deepEqual(pieces.entities, whole.entities, `pieces of ${pieceLength}`);
      assert.deepEqual(pieces.events, whole.events);
      assert.deepEqual(pieces.headings, whole.headings);
      assert.deepEqual(pieces.reference, whole.reference);
      for (const e of pieces.entities) assert.equal(text.slice(e.start, e.end), e.text);
    }
  });
});
