/** WordMemo (src/core/text/wordMemo.ts) answers as its function does, computes each word once, and forgets when full or told; scanOnce scans a text once. */
import * as assert from 'node:assert/strict';
import { WordMemo } from '../../src/core/text/wordMemo';
import { scanOnce } from '../../src/core/dates/scanDateExpressions';

describe('WordMemo', () => {
  it('computes a word once, undefined answers included, and starts again when full', () => {
    const asked: string[] = [];
    const memo = new WordMemo((word) => (asked.push(word), word.length > 1 ? word.length : undefined), 2);
    assert.deepEqual([memo.get('甲乙'), memo.get('丙'), memo.get('甲乙'), memo.get('丙')], [2, undefined, 2, undefined]);
    assert.deepEqual(asked, ['甲乙', '丙']);
    memo.get('丁戊');
    assert.equal(memo.get('甲乙'), 2);
    assert.deepEqual(asked, ['甲乙', '丙', '丁戊', '甲乙']);
    memo.clear();
    memo.get('丁戊');
    assert.equal(asked.length, 5);
  });
});

describe('scanOnce', () => {
  it('gives a text scanned twice the same expressions, and another text its own', () => {
    const scan = scanOnce();
    const first = scan('张明1月5日到访，次日离开。');
    assert.equal(scan('张明1月5日到访，次日离开。'), first);
    assert.notDeepEqual(scan('李华3月8日出发。'), first);
  });
});
