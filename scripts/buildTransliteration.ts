/**
 * Derives data/transliteration.json: the characters that transliterated foreign names are written with, for the
 * labeller's features. Counted on the training part of ../shared/pd1998/dev (never its held-out articles nor the
 * test split): a PER span of four or more characters, or one written with a middle dot, that does not begin
 * with a compound Chinese surname is taken as a transliteration (阿拉法特, 内塔尼亚胡; Chinese names are shorter); a character is kept when it stands in enough of them and a large enough
 * share of its uses in the text are inside them. Run: npm run build && node out/scripts/buildTransliteration.js
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import surnames from '../data/surnames.json';
import { isHeldOut, readPd1998 } from '../bench/pd1998Eval';
import { MIDDLE_DOTS } from '../src/core/text/characters';

/** Strong: mostly used in such names (娃, 诺); weak: frequent in them though common elsewhere too (斯, 克, 特). */
const STRONG = { count: 5, share: 0.15 };
const WEAK = { count: 15, share: 0.02 };

const root = join(__dirname, '..', '..');
const compoundSurnames = new Set<string>(surnames.compound);
const isTransliteration = (name: string) => (name.length >= 4 || [...MIDDLE_DOTS].some((dot) => name.includes(dot))) && !compoundSurnames.has(name.slice(0, 2));
const inForeignNames = new Map<string, number>();
const inText = new Map<string, number>();
const bump = (map: Map<string, number>, ch: string) => map.set(ch, (map.get(ch) ?? 0) + 1);

readPd1998(join(root, '..', 'shared', 'pd1998', 'dev')).forEach((article, index) => {
  if (isHeldOut(index)) return;
  for (const ch of article.text) bump(inText, ch);
  for (const span of article.gold) {
    const name = article.text.slice(span.start, span.end);
    if (span.type !== 'PER' || !isTransliteration(name)) continue;
    for (const ch of name) if (/\p{Script=Han}/u.test(ch)) bump(inForeignNames, ch);
  }
});
const passing = (limits: typeof STRONG) => [...inForeignNames]
  .filter(([ch, count]) => count >= limits.count && count / inText.get(ch)! >= limits.share)
  .map(([ch]) => ch);
const strong = passing(STRONG).sort().join('');
const weak = passing(WEAK).filter((ch) => !strong.includes(ch)).sort().join('');
writeFileSync(join(root, 'data', 'transliteration.json'), `${JSON.stringify({
  comment: `Characters common in transliterated foreign names, from scripts/buildTransliteration.ts, counted in the PER spans of PD1998 dev's training articles that have four or more characters or a middle dot and no compound Chinese surname first. strong: in at least ${STRONG.count} of them and at least ${STRONG.share * 100} % of their uses in the text there; weak: the others in at least ${WEAK.count} and ${WEAK.share * 100} %.`,
  strong,
  weak,
}, null, 1)}\n`);
console.log(`strong ${strong.length}: ${strong}\nweak ${weak.length}: ${weak}`);
