// The words fed to a segmenter's user dictionary before it tags anything, once per segmenter (prepareSegmenter);
// a jieba-wasm restored from a snapshot taken with them has them already (wasmSnapshot.ts).
import knownOfficials from '../../../data/known-officials.json';
import segmenterWords from '../../../data/segmenter-words.json';
import type { Gazetteer } from '../places/gazetteer';
import type { Segmenter } from './segmenter';

export type UserWord = readonly [word: string, tag: string];

/** The gazetteer's names of three characters or more, the known officials and set phrases, in the order they are added. */
export function segmenterUserWords(gazetteer: Gazetteer): UserWord[] {
  const words: UserWord[] = [];
  for (const name of gazetteer.labellerNames()) if (name.length >= 3) words.push([name, 'ns']);
  for (const names of [...Object.values(knownOfficials.groups), ...Object.values(knownOfficials.earlierTerms), ...Object.values(knownOfficials.ministers)]) for (const name of names) words.push([name, 'nr']);
  for (const { word, tag } of segmenterWords.words) words.push([word, tag]);
  return words;
}

const prepared = new WeakSet<Segmenter>();

/** Feeds segmenterUserWords to the segmenter's user dictionary once: 泽普县, 王东峰, 山水林田湖草沙 segment whole. */
export function prepareSegmenter(segmenter: Segmenter, gazetteer: Gazetteer): void {
  if (prepared.has(segmenter)) return;
  for (const [word, tag] of segmenterUserWords(gazetteer)) segmenter.addWord(word, tag);
  prepared.add(segmenter);
}

/** A segmenter whose dictionary holds segmenterUserWords already: prepareSegmenter leaves it as it is. */
export function markSegmenterPrepared(segmenter: Segmenter): void {
  prepared.add(segmenter);
}
