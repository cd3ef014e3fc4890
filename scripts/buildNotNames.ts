/**
 * `npm run build:not-names`: writes data/not-names.json, the words jieba's dictionary tags as personal names (nr,
 * or nrt as 崇高) that People's Daily never writes as one: 祝贺, 扬言, 祝寿, 封斋, 崇高 … (the dictionary tags hundreds of common words nr).
 * A word is listed when the training articles of ../shared/pd1998's dev split (every article but the held-out tenth,
 * as scripts/train.ts) hold it at least MIN_OCCURRENCES times and never inside a gold person; and the one-character
 * surnames those articles write before a title (任|副主席) but never as a person there. Deterministic.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import titles from '../data/titles.json';
import { isSurname } from '../src/core/people/names';
import { loadSegmenter } from '../src/core/segment/loadSegmenter';
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
  if ((tag === 'nr' || tag === 'nrt') && word.length >= NAME_LENGTHS.min && word.length <= NAME_LENGTHS.max) nameWords.add(word);
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

// One-character surnames written right before a title a surname alone may take (任|副主席, 党|主席, 罗|总统) at least
// MIN_OCCURRENCES times and never a gold person there: a verb, a word or a country's short form, no lone surname.
const surnameOnlyTitles = [...titles.surnameOnlyTitles].sort((a, b) => b.length - a.length);
const beforeTitle = new Map<string, number>();
const beforeTitleAsPerson = new Set<string>();
const { segmenter } = loadSegmenter();
for (const { text, gold } of articles) {
  const people = new Set(gold.filter((s) => s.type === 'PER').map((s) => `${s.start}:${s.end}`));
  // Only where the segmenter reads the character as a word of its own (党|主席), as the rules take a lone surname;
  // not inside a word (园林|局长).
  let at = 0;
  for (const { word } of segmenter.tag(text)) {
    const end = at + word.length;
    if (word.length === 1 && isSurname(word) && surnameOnlyTitles.some((title) => text.startsWith(title, end))) {
      beforeTitle.set(word, (beforeTitle.get(word) ?? 0) + 1);
      if (people.has(`${at}:${end}`)) beforeTitleAsPerson.add(word);
    }
    at = end;
  }
}
const surnamesAsWords = [...beforeTitle].filter(([ch, count]) => count >= MIN_OCCURRENCES && !beforeTitleAsPerson.has(ch)).map(([ch]) => ch).sort();
const out = join(root, 'data', 'not-names.json');
writeFileSync(out, `${JSON.stringify({
  comment: 'Words jieba\'s dictionary tags nr or nrt that People\'s Daily (pd1998 dev, training articles) writes at least 3 times and never as a person. Made by scripts/buildNotNames.ts; do not edit by hand.',
  words,
  surnamesBeforeTitlesComment: 'One-character surnames that those articles write right before a title a surname alone may take (titles.json surnameOnlyTitles) at least 3 times and never as a person there (任|副主席, 党|主席, 罗|总统): the rules read no lone surname in them.',
  surnamesBeforeTitles: surnamesAsWords,
}, null, 1)}\n`);
console.log(`${words.length} words and ${surnamesAsWords.length} surnames before titles from ${articles.length} articles → ${out}`);
