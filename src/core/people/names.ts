import surnames from '../../../data/surnames.json';
import boundaries from '../../../data/name-boundaries.json';
import { type Token, tokenStartingAt } from '../text/tokens';

const SINGLE_SURNAMES = new Set(surnames.single);
const FOLLOWERS = new Set(boundaries.followers);
const NEVER_IN_NAME = new Set(boundaries.neverInName);
const HAN = /[\u3400-\u9fff]/;
const TRANSLITERATION = `[${boundaries.transliteration}]`;
/**
 * Transliterated names join their parts with a middle dot (艾尔肯·吐尼亚孜); OCR gives several dot forms.
 * Parts use the characters of transliteration, which keeps the verbs around them (走进, 看望, 是) out.
 */
export const DOTTED_NAME = new RegExp(`${TRANSLITERATION}{1,10}(?:[·•‧・]${TRANSLITERATION}{1,10})+`, 'y');
/** Tags of words that may be (part of) a name: names, unknown runs, name morphemes, proper nouns. */
const NAME_LIKE_TAGS = /^(nr|nrfg|nrt|x|ng|nz)$/;

export function isNameChar(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch) && !NEVER_IN_NAME.has(ch);
}

/** A segmenter word that is an ordinary word (干部, 来到), not a name or an unknown run of characters. */
function isCommonWord(token: Token | undefined): boolean {
  return token !== undefined && token.word.length >= 2 && !NAME_LIKE_TAGS.test(token.tag);
}

/** A name cannot start with an ordinary word unless what follows it is unknown (信长|星率: 信长星). */
function startsWithOrdinaryWords(tokens: Token[], at: number): boolean {
  const index = tokenStartingAt(tokens, at);
  if (!isCommonWord(tokens[index])) return false;
  const next = tokens[index + 1];
  return !next || !NAME_LIKE_TAGS.test(next.tag) || !HAN.test(next.word);
}

function surnameLength(text: string, at: number): number {
  if (surnames.compound.some((s) => text.startsWith(s, at))) return 2;
  return SINGLE_SURNAMES.has(text[at]) ? 1 : 0;
}

/**
 * The end of a Chinese personal name starting at `at`, or -1. Dotted names are taken whole; otherwise a
 * surname and one or two given-name characters, the second only when it does not start the next word.
 */
export function nameEndAt(text: string, at: number, tokens: Token[]): number {
  DOTTED_NAME.lastIndex = at;
  const dotted = DOTTED_NAME.exec(text);
  if (dotted) return at + dotted[0].length;
  const surname = surnameLength(text, at);
  if (!surname || startsWithOrdinaryWords(tokens, at)) return -1;
  const given = at + surname;
  // 殷殷 is a word, not a name; 向|老人 is a preposition before a word.
  if (!isNameChar(text[given]) || text[given] === text[at] || isCommonWord(tokens[tokenStartingAt(tokens, given)])) return -1;
  const second = given + 1;
  if (!isNameChar(text[second]) || FOLLOWERS.has(text[second])) return second;
  // A word starting at the second given character (出席, 一道, 介绍) means the name ended before it.
  if (isCommonWord(tokens[tokenStartingAt(tokens, second)])) return second;
  return second + 1;
}

/** The name starting at `at` if it looks like one, else undefined. */
export function nameAt(text: string, at: number, tokens: Token[]): string | undefined {
  const end = nameEndAt(text, at, tokens);
  return end > at ? text.slice(at, end) : undefined;
}

export function hasSurname(name: string): boolean {
  return surnameLength(name, 0) > 0;
}
