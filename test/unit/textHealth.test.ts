// Bad inputs, before analysis: what the extension says about empty, binary, undecodable and long texts.
import * as assert from 'node:assert/strict';
import { analysedPrefixLength, inspectText, looksBinary } from '../../src/documentModel/textHealth';

describe('text health', () => {
  it('empty: only white space', () => {
    assert.equal(inspectText('', 100).empty, true);
    assert.equal(inspectText(' \n\u3000\t', 100).empty, true);
    assert.equal(inspectText('\n\n新闻', 100).empty, false);
  });

  it('binary: more than 1 % control characters, but not tabs, page breaks or line ends', () => {
    assert.equal(looksBinary('\u0000PNG\u0001\u0002' + 'x'.repeat(50)), true);
    assert.equal(looksBinary('新闻\t正文\f第二页\r\n'.repeat(100)), false);
    assert.equal(looksBinary('新闻'.repeat(1000) + '\u0001'), false, 'one stray control character is not binary');
  });

  it('undecodable: counts replacement characters (GBK bytes read as UTF-8)', () => {
    assert.equal(inspectText('\uFFFD\uFFFD新闻\uFFFD', 100).undecodable, 3);
    assert.equal(inspectText('新闻', 100).undecodable, 0);
  });

  it('truncated: the analysed prefix never splits a surrogate pair', () => {
    assert.equal(inspectText('新闻'.repeat(10), 100).truncatedAt, undefined);
    assert.equal(inspectText('新闻'.repeat(10), 5).truncatedAt, 5);
    const text = 'ab𠀀cd'; // 𠀀 is two UTF-16 units at 2..4
    assert.equal(analysedPrefixLength(text, 3), 2);
    assert.equal(analysedPrefixLength(text, 4), 4);
    assert.equal(analysedPrefixLength(text, 0), text.length, 'a nonsensical limit falls back to the default');
  });
});
