import * as assert from 'node:assert/strict';
import { WordList } from '../../src/core/text/wordList';

describe('WordList', () => {
  it('answers as find, some and includes over its words do, at every place and in every range', () => {
    const lists = [new WordList(['不再担任', '不再', '辞去']), new WordList(['局', '']), new WordList([])];
    const text = '甲不再担任乙辞去丙局';
    for (const list of lists) {
      for (let at = -2; at <= text.length + 1; at++) {
        assert.equal(list.startingAt(text, at), list.words.find((w) => text.startsWith(w, at)));
        assert.equal(list.endingAt(text, at), list.words.some((w) => at >= w.length && text.startsWith(w, at - w.length)));
      }
      for (const word of ['', '局', '税务局', '不再', '丙']) {
        assert.equal(list.endOf(word), list.words.some((w) => word.endsWith(w)));
        assert.equal(list.includes(word), list.words.includes(word));
      }
      for (let from = 0; from <= text.length; from++) {
        for (let to = from; to <= text.length + 1; to++) assert.equal(list.occursIn(text, from, to), list.words.some((w) => text.slice(from, to).includes(w)));
      }
    }
  });
});
