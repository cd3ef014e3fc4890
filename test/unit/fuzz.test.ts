/**
 * Property / fuzz tests of the core: random and hostile text never throws, every span it reports lies inside
 * the text and entities are exact slices of it, and analysis time grows linearly with the text.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeText } from '../../src/core';
import type { Analysis } from '../../src/core/types';
import { loadSegmenter } from '../../src/core/segment/loadSegmenter';
import { createWasmSegmenter } from '../../src/core/segment/wasmSegmenter';
import type { Segmenter } from '../../src/core/segment/segmenter';
import { GROWTH, LINEAR_BOUND, growthRatio } from './timing';

const { segmenter: nativeSegmenter } = loadSegmenter();
/** FUZZ_SCALE=20 for a deeper hunt than the suite's default. */
const SCALE = Math.max(1, Number(process.env.FUZZ_SCALE) || 1);
const runs = (n: number) => ({ numRuns: n * SCALE });

/** Every invariant of an Analysis over `source`; throws with the offending item. */
function assertValidAnalysis(source: string, analysis: Analysis): void {
  const inside = (what: string, span: { start: number; end: number }) => {
    assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: non-integer span ${JSON.stringify(span)}`);
    assert.ok(0 <= span.start && span.start < span.end && span.end <= source.length, `${what}: span ${span.start}..${span.end} outside 0..${source.length}`);
  };
  for (const entity of analysis.entities) {
    inside(`${entity.type} ${JSON.stringify(entity.text)}`, entity);
    assert.equal(entity.text, source.slice(entity.start, entity.end), `entity text is not the source slice at ${entity.start}`);
  }
  analysis.events.forEach((event, i) => {
    inside(`event ${i} ${JSON.stringify(event.label)}`, event);
    for (const child of event.children ?? []) {
      assert.ok(Number.isInteger(child) && child >= 0 && child < analysis.events.length && child !== i, `event ${i}: bad child index ${child}`);
    }
  });
  for (const heading of analysis.headings) inside(`heading ${JSON.stringify(heading.text)}`, heading);
  assert.ok(analysis.referenceYear === null || Number.isInteger(analysis.referenceYear));
}

function checkText(text: string, segmenter: Segmenter = nativeSegmenter): void {
  assertValidAnalysis(text, analyzeText(text, segmenter));
}

// Pieces of news and of hostile text, glued at random: the recognisers' triggers next to their edge cases.
const NEWS_PIECES = [
  '陈吉宁', '马兴瑞', '艾尔肯·吐尼亚孜', '上海市委书记', '新疆维吾尔自治区党委书记', '自治区主席', '副书记', '总书记',
  '喀什地区', '泽普县', '北京', '中美', '沪疆', '香港特别行政区', '台湾地区', '乡', '村', '镇',
  '2023年', '8月', '27日', '上午', '下午', '至', '—', '–', '~', '今年', '去年', '次日', '当天', '本月',
  '二〇二三年', '八月二十七日', '十一日', '第一', '１２月', '３日', '1999', '12', '0', '31日', '32日', '2月30日', '13月',
  '出席', '会见', '考察', '座谈会', '在', '举行', '率', '陪同', '讲话', '代表团', '委员会', '人民政府', '有限公司',
  '，', '。', '、', '：', '；', '（', '）', '《', '》', '“', '”', '·', '…', '！', '？', ' ', '\u3000', '\t',
  '\n', '\n\n', '\r\n', '\f', '\u2028', '# ', '## ', '**', '[', '](', ')', '![图](http://x/y.png)', '<b>', '</b>', '&amp;',
  '年年年', '、、、', '月月', '日日日日', '书记书记', '省省省', '县县', '——', '……', '（（（', '））', '“”“”', '年月日',
  '記者', '臺灣', '國務院', '習近平', '會見', '書記', '縣', '\uFFFD', '\u0000', '\u200B', '\uFEFF', '😀', '𠀀', '\uD800', '\uDC00',
];

const newsPiece = fc.constantFrom(...NEWS_PIECES);
const cjkChar = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c));
const digitOrPunct = fc.constantFrom(...'0123456789０１２３４５６７８９年月日时分，。、；：？！（）《》“”【】—…·-/.:');

/** CJK mixed with digits, punctuation, markup and recogniser triggers. */
const hostileNews = fc.array(fc.oneof({ weight: 5, arbitrary: newsPiece }, { weight: 3, arbitrary: cjkChar }, { weight: 2, arbitrary: digitOrPunct }), { maxLength: 300 }).map((parts) => parts.join(''));
/** A piece repeated many times (年年年…, 、、、…): the shape that makes backtracking regexes explode. */
const repeated = fc.tuple(fc.oneof(newsPiece, digitOrPunct), fc.integer({ min: 2, max: 3000 })).map(([piece, n]) => piece.repeat(n));

describe('core fuzz: never throws, spans always valid', function () {
  this.timeout(120_000 * SCALE);

  it('any UTF-16 string, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => checkText(text)), runs(300));
  });

  it('any string of code points, astral ones included', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => checkText(text)), runs(200));
  });

  it('CJK mixed with digits, punctuation, markup and recogniser triggers', () => {
    fc.assert(fc.property(hostileNews, (text) => checkText(text)), runs(600));
  });

  // How their cost grows is checked below (linear growth), not a wall-clock budget a loaded machine can miss.
  it('repeated patterns (年年年, 、、、) stay valid', () => {
    fc.assert(fc.property(repeated, (text) => checkText(text)), runs(150));
  });

  it('the wasm segmenter (browser and fallback) holds the same invariants', () => {
    const wasm = createWasmSegmenter();
    fc.assert(fc.property(fc.oneof(hostileNews, fc.string({ unit: 'binary', maxLength: 200 })), (text) => checkText(text, wasm)), runs(150));
  });

  it('hostile options: any reference date, odd user gazetteer entries', () => {
    const name = fc.oneof(newsPiece, fc.string({ unit: 'binary', maxLength: 6 }));
    const options = fc.record({
      referenceDate: fc.oneof(fc.constantFrom('2023-08-27', '0000-00-00', '9999-12-31', '2023-02-30', ''), fc.string({ maxLength: 12 })),
      gazetteerExtension: fc.record({
        persons: fc.array(fc.record({ name, role: fc.option(name, { nil: undefined }) }), { maxLength: 4 }),
        places: fc.array(fc.record({ name, kind: fc.option(name, { nil: undefined }), parent: fc.option(name, { nil: undefined }) }), { maxLength: 4 }),
        organizations: fc.array(name, { maxLength: 3 }),
        notEntities: fc.array(name, { maxLength: 3 }),
      }),
    });
    fc.assert(fc.property(hostileNews, options, (text, opts) => assertValidAnalysis(text, analyzeText(text, nativeSegmenter, opts))), runs(300));
  });

  it('huge single lines and huge runs of one character', () => {
    const sentence = '8月27日至28日，上海市委书记陈吉宁率上海市代表团在新疆喀什地区学习考察，与马兴瑞一道出席座谈会。';
    for (const text of [
      sentence.repeat(3000), // ~150 k characters, no line break
      '年'.repeat(200_000),
      '、'.repeat(200_000),
      '1'.repeat(100_000) + '年',
      '陈'.repeat(50_000) + '书记',
      '\uD800'.repeat(50_000),
      '\n'.repeat(100_000),
    ]) {
      checkText(text);
    }
  });
});

/** News-like text of about `length` characters from a seeded generator: paragraphs of dated official events. */
function newsLikeText(length: number, seed: number): string {
  const paragraphs = fc.sample(
    fc.tuple(
      fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }),
      fc.constantFrom('上海市委书记陈吉宁', '新疆维吾尔自治区党委书记马兴瑞', '自治区主席艾尔肯·吐尼亚孜', '国务院总理李强', '省长王晓晖'),
      fc.constantFrom('喀什地区', '泽普县', '北京', '四川省成都市', '西藏自治区拉萨市'),
      fc.constantFrom('出席座谈会并讲话', '会见代表团一行', '考察调研', '主持召开常委会会议', '看望慰问援疆干部'),
      fc.array(cjkChar, { minLength: 20, maxLength: 80 }),
    ),
    { numRuns: Math.ceil(length / 60), seed },
  ).map(([month, day, person, place, action, filler]) => `${month}月${day}日上午，${person}在${place}${action}，${filler.join('')}。\n\n`);
  return paragraphs.join('').slice(0, length);
}

describe('core fuzz: time grows linearly', function () {
  this.timeout(180_000);

  it(`news-like text ${GROWTH}× as long takes well under ${LINEAR_BOUND}× the time`, () => {
    const n = 20_000;
    const texts = new Map([1, GROWTH].map((scale) => [scale, newsLikeText(scale * n, 7)]));
    const { ratio, smallMs, largeMs } = growthRatio((scale) => assertValidAnalysis(texts.get(scale)!, analyzeText(texts.get(scale)!, nativeSegmenter)));
    console.log(`      analysis time: ${n} chars ${smallMs.toFixed(0)} ms, ${GROWTH * n} chars ${largeMs.toFixed(0)} ms, ratio ${ratio.toFixed(2)}`);
    assert.ok(ratio < LINEAR_BOUND, `time ratio ${ratio.toFixed(2)} for ${GROWTH}× the text: not linear`);
  });

  it(`a repeated pattern ${GROWTH}× as long takes well under ${LINEAR_BOUND}× the time`, () => {
    // A quadratic search that only shows on long texts (a dot looked for to the end of the document) costs 40× here.
    for (const unit of ['年', '、', '1', '\n', '陈', '8月27日，', '书记', '陈吉宁、', '艾尔肯·吐尼亚孜王涛']) {
      const n = 10_000;
      const { ratio, smallMs, largeMs } = growthRatio((scale) => analyzeText(unit.repeat(Math.ceil((scale * n) / unit.length)), nativeSegmenter));
      assert.ok(ratio < LINEAR_BOUND, `${JSON.stringify(unit)} repeated: ${smallMs.toFixed(0)} ms → ${largeMs.toFixed(0)} ms (ratio ${ratio.toFixed(2)})`);
    }
  });
});
