/** WordMemo (src/core/text/wordMemo.ts) answers as its function does, computes each word once, and forgets when full or told; scanOnce scans a text once. */
import * as assert from 'node:assert/strict';
import { WordMemo } from '../../src/core/text/wordMemo';
import { scanDateExpressions, scanOnce } from '../../src/core/dates/scanDateExpressions';
import type { DateExpression } from '../../src/core/dates/dateTypes';
import { TextLru } from '../../src/core/textLru';

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

  it('with a memo, gives every version of an edited text the expressions of a fresh scan, lines moved or not', () => {
    const memo = new TextLru<DateExpression[]>(10_000);
    const lines = ['2023年5月', '张明1月5日到访，次日离开。', '约8点', '今年以来', '', '十二月三十一日至2024年1月2日', '第3日'];
    const versions = [lines, ['新华社北京电', ...lines], [...lines.slice(1), lines[0]], lines.map((line) => `${line}的`), lines.slice(2)];
    for (const version of versions) {
      for (const text of [version.join('\n'), `${version.join('\n')}\n`]) assert.deepEqual(scanOnce(memo)(text), scanDateExpressions(text));
    }
  });
});
