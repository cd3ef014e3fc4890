/**
 * `npm run build:not-names`: writes data/not-names.json, the words jieba's dictionary tags as personal names (nr)
 * that People's Daily never writes as one: 祝贺, 扬言, 祝寿, 封斋 … (the dictionary tags hundreds of common words nr).
 * A word is listed when the training articles of ../shared/pd1998's dev split (every article but the held-out tenth,
 * as scripts/train.ts) hold it at least MIN_OCCURRENCES times and never inside a gold person. Deterministic.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isHeldOut, readPd1998 } from '../bench/pd1998Eval';

const root = join(__dirname, '..', '..');
/** Fewer occurrences say too little of how the newspaper uses a word. */
const MIN_OCCURRENCES = 3;
/** The lengths of a Chinese name the rules read from a name word (2 to 4 characters). */
const NAME_LENGTHS = { min: 2, max: 4 };

const dictionary = readFileSync(require.resolve('nodejieba/submodules/cppjieba/dict/jieba.dict.utf8'), 'utf8');
const nameWords = new Set<string>();
for (const line of dictionary.split('\n')) {
  const [word, , tag] = line.split(' ');
  if (tag === 'nr' && word.length >= NAME_LENGTHS.min && word.length <= NAME_LENGTHS.max) nameWords.add(word);
}

const occurrences = new Map<string, number>();
const asPerson = new Set<string>();
const articles = readPd1998(join(root, '..', 'shared', 'pd1998', 'dev')).filter((_, i) => !isHeldOut(i));
for (const { text, gold } of articles) {
  const people = gold.filter((s) => s.type === 'PER');
  for (let at = 0; at < text.length; at++) {
    for (let length = NAME_LENGTHS.min; length <= NAME_LENGTHS.max; length++) {
      const word = text.slice(at, at + length);
      if (!nameWords.has(word)) continue;
      occurrences.set(word, (occurrences.get(word) ?? 0) + 1);
      if (people.some((p) => p.start <= at && at + length <= p.end)) asPerson.add(word);
    }
  }
}

const words = [...occurrences].filter(([word, count]) => count >= MIN_OCCURRENCES && !asPerson.has(word)).map(([word]) => word).sort();
const out = join(root, 'data', 'not-names.json');
writeFileSync(out, `${JSON.stringify({
  comment: 'Words jieba\'s dictionary tags nr that People\'s Daily (pd1998 dev, training articles) writes at least 3 times and never as a person. Made by scripts/buildNotNames.ts; do not edit by hand.',
  words,
}, null, 1)}\n`);
console.log(`${words.length} words from ${articles.length} articles → ${out}`);
