/**
 * The editor's memo (src/core/analysisMemo.ts) never changes a result: a document edited step by step and
 * analysed with the memo at each version gives exactly the fresh analysis of that version.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyzeText } from '../../src/core';
import { AnalysisMemo } from '../../src/core/analysisMemo';
import { analyzeInPieces } from '../../src/core/analyze';
import { loadSegmenter } from '../../src/core/segment/loadSegmenter';
import { createWasmSegmenter } from '../../src/core/segment/wasmSegmenter';
import { TextLru } from '../../src/core/textLru';
import { MemoKey, tokenize, type Token } from '../../src/core/text/tokens';
import { getGazetteer } from '../../src/core/places/gazetteer';
import { recognizePlaces, type PiecePlaces } from '../../src/core/places/recognizePlaces';
import shortForms from '../../data/place-short-forms.json';
import placePatterns from '../../data/place-patterns.json';

const { segmenter } = loadSegmenter();
const seed = readFileSync(join(__dirname, '..', '..', '..', 'seeds', '002_743d57c06baac69f.txt'), 'utf8');

/** Edits a user makes: a character typed, a stretch deleted, a sentence end or line break typed, a name pasted. */
const INSERTS = ['的', '。', '\n', '！', ' ', '张建国', '北京市', '国务院副总理', '，', '𠀀', '2024年'];
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(12), insert: fc.constantFrom('', ...INSERTS) });
type Edit = { at: number; remove: number; insert: string };
const apply = (text: string, { at, remove, insert }: Edit) => {
  const start = Math.floor(at * text.length);
  return text.slice(0, start) + insert + text.slice(start + remove);
};

describe('analysis memo', () => {
  it('gives the fresh analysis after every edit of a report (random edits, a memo with room and one barely larger than the report)', function () {
    this.timeout(120000);
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), fc.constantFrom(60_000, 3_500), (edits, memoChars) => {
        const memo = new AnalysisMemo(memoChars);
        let text = seed;
        assert.deepEqual(analyzeText(text, segmenter, {}, memo), analyzeText(text, segmenter));
        for (const e of edits) {
          text = apply(text, e);
          assert.deepEqual(analyzeText(text, segmenter, {}, memo), analyzeText(text, segmenter));
        }
      }),
      { numRuns: 12 },
    );
  });

  it('reuses the unchanged sentences: a one-character edit adds one piece, and the memo stays within its budget', function () {
    this.timeout(30000);
    const memo = new AnalysisMemo(50_000);
    analyzeText(seed, segmenter, {}, memo);
    const held = memo.labels.size;
    analyzeText(apply(seed, { at: 0.5, remove: 0, insert: '的' }), segmenter, {}, memo);
    assert.equal(memo.labels.size, held + 1);
    for (let i = 0; i < 30; i++) analyzeText(apply(seed, { at: i / 30, remove: 1, insert: '' }), segmenter, {}, memo);
    assert.ok(memo.labels.heldChars <= 50_000 && memo.heldChars <= 100_000);
  });

  it('reads a text larger than itself without it (it would only push out its own sentences)', () => {
    const memo = new AnalysisMemo(1_000);
    assert.deepEqual(analyzeText(seed, segmenter, {}, memo), analyzeText(seed, segmenter));
    assert.equal(memo.heldChars, 0);
  });

  it('gives the fresh analysis of a text read in pieces, and after its segmenter changes', function () {
    this.timeout(30000);
    const memo = new AnalysisMemo();
    const text = `${seed}\n\n${seed.slice(0, 600)}`;
    assert.deepEqual(analyzeInPieces(text, segmenter, {}, 700, memo), analyzeInPieces(text, segmenter, {}, 700));
    const wasm = createWasmSegmenter();
    assert.deepEqual(analyzeText(text, wasm, {}, memo), analyzeText(text, wasm));
    assert.deepEqual(analyzeText(text, segmenter, {}, memo), analyzeText(text, segmenter));
  });
});

describe('places read piece by piece', () => {
  const PIECE_ENDS = ['\n', '。', '！', '？'];

  it("finds no name holding a piece's end, and no word read after a name starting with one", () => {
    const names = [...getGazetteer().labellerNames()];
    for (const end of PIECE_ENDS) {
      assert.equal(names.find((name) => name.includes(end)), undefined);
      const after = [...shortForms.pairSuffixes, ...shortForms.countryPairSuffixes, ...shortForms.singleBefore, ...placePatterns.stateSuffixes];
      assert.equal(after.find((word) => word.startsWith(end)), undefined);
    }
  });

  it('gives the places of the whole text, piece by piece and then from the memo', () => {
    const gazetteer = getGazetteer();
    const memo = new TextLru<PiecePlaces>(60_000);
    for (const text of [seed, apply(seed, { at: 0.4, remove: 0, insert: '北京市' }), `${seed.slice(0, 300)}。新疆`]) {
      const tokens = tokenize(text, segmenter);
      const whole = recognizePlaces(text, tokens, gazetteer);
      assert.ok(whole.length > 0);
      assert.deepEqual(recognizePlaces(text, tokens, gazetteer, memo), whole);
      assert.deepEqual(recognizePlaces(text, tokens, gazetteer, memo), whole);
    }
    assert.ok(memo.size > 0);
  });
});

describe('TextLru', () => {
  it('keeps the most recently used entries within its characters', () => {
    const lru = new TextLru<number>(10);
    lru.set('abcd', 1);
    lru.set('efgh', 2);
    assert.equal(lru.get('abcd'), 1);
    lru.set('ijkl', 3); // 12 characters: the least recently used, efgh, goes
    assert.equal(lru.get('efgh'), undefined);
    assert.deepEqual([lru.get('abcd'), lru.get('ijkl'), lru.heldChars], [1, 3, 8]);
    lru.set('k', 4, 20); // larger than the whole budget: not kept
    assert.equal(lru.get('k'), undefined);
    lru.set('abcd', 5, 2);
    assert.deepEqual([lru.get('abcd'), lru.heldChars], [5, 6]);
  });

  it('when every entry was used since it was passed over, forgets the oldest, never the one just stored', () => {
    const lru = new TextLru<number>(10);
    lru.set('abcd', 1);
    lru.set('efgh', 2);
    lru.get('efgh');
    lru.get('abcd');
    lru.set('ijkl', 3);
    assert.deepEqual([lru.get('abcd'), lru.get('efgh'), lru.get('ijkl'), lru.heldChars], [undefined, 2, 3, 8]);
  });
});

describe('MemoKey', () => {
  const word = (word: string, tag: string, start: number): Token => ({ word, tag, start, end: start + word.length });
  const keyOf = (text: string, start: number, end: number, tokens: Token[]) => {
    const key = new MemoKey(text, start, end);
    key.words(tokens, 0, start, end, end);
    return key.toString();
  };

  it('is the same for the same text and words wherever they stand, and differs with any word, tag or outside word', () => {
    const here = keyOf('甲乙丙丁', 1, 3, [word('乙', 'n', 1), word('丙', 'v', 2)]);
    assert.equal(keyOf('乙丙', 0, 2, [word('乙', 'n', 0), word('丙', 'v', 1)]), here);
    const others = [
      keyOf('甲乙丙丁', 1, 3, [word('乙丙', 'n', 1)]),
      keyOf('甲乙丙丁', 1, 3, [word('乙', 'nr', 1), word('丙', 'v', 2)]),
      keyOf('甲乙丙丁', 1, 3, [word('甲乙', 'n', 0), word('丙', 'v', 2)]),
      keyOf('戊乙丙丁', 1, 3, [word('戊乙', 'n', 0), word('丙', 'v', 2)]),
      keyOf('甲乙丙丁', 1, 4, [word('乙', 'n', 1), word('丙', 'v', 2)]),
    ];
    assert.equal(new Set([here, ...others]).size, others.length + 1);
  });

  it('gives no key when an offset does not fit one character', () => {
    const far = 70_000;
    assert.equal(keyOf('甲'.repeat(far + 2), far, far + 2, [word('甲'.repeat(far + 1), 'n', 0)]), undefined);
  });
});
