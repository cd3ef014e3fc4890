import * as assert from 'node:assert/strict';
import * as OpenCC from 'opencc-js/t2cn';
import { isHanCode } from '../../src/core/text/characters';
import { looksTraditional, simplifyCharacters } from '../../src/core/text/simplify';

describe('simplify: Traditional → Simplified, one character for one', () => {
  it('gives every Han code the character OpenCC\'s Taiwan → mainland Converter gives it alone', () => {
    const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const differing: string[] = [];
    for (let code = 0x3400; code <= 0xfaff; code++) {
      const character = String.fromCharCode(code);
      const converted = convert(character);
      const expected = converted.length === 1 ? converted : character;
      // simplifyCharacters converts the unified ranges; looksTraditional also counts compatibility ideographs.
      const simplified = code <= 0x9fff ? simplifyCharacters(character) : character;
      if (isHanCode(code) && (code <= 0x9fff ? simplified !== expected : looksTraditional(character) !== (expected !== character))) differing.push(`${character}→${simplified} (OpenCC ${converted})`);
    }
    assert.deepEqual(differing.slice(0, 10), []);
  });

  it('keeps the length and every character outside the Han ranges', () => {
    const text = '國務院總理 ABC １２３ 𠮷 臺灣';
    const simple = simplifyCharacters(text);
    assert.equal(simple.length, text.length);
    assert.equal(simple, '国务院总理 ABC １２３ 𠮷 台湾');
    assert.ok(looksTraditional(text));
    assert.ok(!looksTraditional(simple));
  });

  it('takes no sentence for Traditional for one character the table maps that Simplified writing keeps too (著 of 著名)', () => {
    assert.ok(!looksTraditional('访问期间，他还参观了沃尔沃、爱立信等瑞典著名企业。'));
    assert.ok(looksTraditional('訪問期間，他還參觀了瑞典著名企業。'));
  });
});
