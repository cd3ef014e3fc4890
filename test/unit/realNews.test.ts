/** Real-news cases (issue 9), on snippets written for these tests: titles, boundaries, consistency, places. */
import * as assert from 'node:assert/strict';
import { analyzeText } from '../../src/core';
import { loadSegmenter } from '../../src/core/segment/loadSegmenter';

const { segmenter } = loadSegmenter();
const people = (text: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === 'person');
const texts = (text: string, type: string) => analyzeText(text, segmenter).entities.filter((e) => e.type === type).map((e) => e.text);

describe('real news: people and titles', () => {
  it('reads a chain of the most senior titles, which is no organisation', () => {
    const text = '中共中央政治局常委、全国人大常委会委员长赵乐际今天在京出席座谈会。';
    const [person] = people(text);
    assert.equal(person?.canonical, '赵乐际');
    assert.equal(person?.role, '中共中央政治局常委、全国人大常委会委员长');
    assert.ok(!texts(text, 'organization').includes('中共中央政治局常委'));
  });

  it('keeps a name whole where the segmenter glues its last character to the next word', () => {
    assert.deepEqual(people('国务院总理李克强强调，要做好秋粮收购。').map((p) => p.text), ['李克强']);
    assert.deepEqual(people('总理李鹏今天下午会见了来宾。').map((p) => p.text), ['李鹏']);
  });

  it('cuts back-to-back bylines into two reporters', () => {
    assert.deepEqual(people('新华社记者贾永黄秋生报道：').map((p) => p.text), ['贾永', '黄秋生']);
  });

  it('takes a country before a title for a place, not a person', () => {
    const text = '格林纳达总理托马斯会见记者。';
    assert.deepEqual(people(text).map((p) => p.text), ['托马斯']);
    assert.ok(texts(text, 'place').includes('格林纳达'));
  });
});

describe('real news: one reading of a name per document', () => {
  it('finds a headline name once the body gives it, with the body title', () => {
    const found = people('李克强主持会议\n国务院总理李克强强调，要做好秋粮收购。');
    assert.deepEqual(found.map((p) => p.text), ['李克强', '李克强']);
    assert.equal(found[0].role, '国务院总理');
  });

  it('never cuts one name shorter in one place than in another', () => {
    const found = people('外交部长王毅同林芳正会谈。日本外相林芳正表示，愿意合作。林芳正说，要加强交流。');
    assert.deepEqual([...new Set(found.map((p) => p.canonical))].sort(), ['林芳正', '王毅'].sort());
  });
});

describe('real news: places', () => {
  it('knows every country and the major world regions', () => {
    assert.deepEqual(texts('圣卢西亚和巴巴多斯都是加勒比地区国家。', 'place'), ['圣卢西亚', '巴巴多斯', '加勒比地区']);
  });
});
