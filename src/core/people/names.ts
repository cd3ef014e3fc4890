import surnames from '../../../data/surnames.json';
import titles from '../../../data/titles.json';
import boundaries from '../../../data/name-boundaries.json';
import nameStats from '../../../data/name-stats.json';
import nameThresholds from '../../../data/name-stats-threshold.json';
import notNames from '../../../data/not-names.json';
import { type Token, UNKNOWN_WORD_TAG, tokenAt, tokenStartingAt } from '../text/tokens';
import { WordList } from '../text/wordList';
import { ALL_HAN, HAN, HAN_RANGE, MIDDLE_DOT, MIDDLE_DOTS, MIDDLE_DOTS_CLASS, isSurrogatePair, FULL_STOP } from '../text/characters';

const SINGLE_SURNAMES = new Set(surnames.single);
const COMPOUND_SURNAMES = new Set(surnames.compound);
// By code unit: surnameLength runs at nearly every position of a document, and reading a code allocates nothing.
// Tables by code unit, not sets: a typed array's read is cheaper than any hashed lookup.
const SINGLE_SURNAME_CODES = codeTable(surnames.single);
const COMPOUND_FIRST_CODES = codeTable(surnames.compound);
/** The log-odds of a character in a given name by its code (0: none): givenNameLikelihood runs for every piece of every run of names. */
const GIVEN_NAME_ODDS = new Float64Array(0x10000);
for (const [ch, odds] of Object.entries(nameStats.given as Record<string, number>)) if (ch.length === 1) GIVEN_NAME_ODDS[ch.charCodeAt(0)] = odds;
const FOLLOWERS = new Set(boundaries.followers);
const NEVER_IN_NAME_CODES = codeTable([...boundaries.neverInName]);
/** Surnames that are also function words (和, 向, 经): a name starting with one needs the segmenter's word for it. */
export const FUNCTION_WORD_SURNAMES = new Set(nameThresholds.functionWordSurnames);
const DOCTRINE_SUFFIXES = titles.doctrineSuffixes;
/** The most characters of a doctrine's name before its suffix (马克思列宁, “三个代表”重要). */
const LONGEST_DOCTRINE_NAME = 8;
const HONORIFICS_AFTER_SURNAME = new Set(titles.honorificsAfterSurname);

/** 1 at the code unit each word starts with. */
function codeTable(words: readonly string[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const word of words) table[word.charCodeAt(0)] = 1;
  return table;
}

/** The surname's length where a word is a surname and a form of address (朱师傅, 何大爷), else 0: the name is the surname. */
export function surnameBeforeHonorific(word: string): number {
  const surname = surnameLength(word, 0);
  return surname && HONORIFICS_AFTER_SURNAME.has(word.slice(surname)) ? surname : 0;
}

/** Whether a word is a form of address written after a surname (师傅, 女士, 同志): no role. */
export const isHonorific = (word: string): boolean => HONORIFICS_AFTER_SURNAME.has(word);

/** Whether a form of address follows at `end` (何|大爷, 韩|女士): what stands before it is a surname. */
export function honorificAt(text: string, end: number): boolean {
  for (const honorific of HONORIFICS_AFTER_SURNAME) if (text.startsWith(honorific, end)) return true;
  return false;
}

const INSTITUTIONS_AFTER_NAMES = new WordList(titles.institutionsAfterNames);
const INSTITUTION_NAME_PLACES = titles.institutionNamePlaces;
const INSTITUTIONS_NOT_BEFORE = titles.institutionsNotBefore;
/** How many characters of a dotted name's rest (·华盛顿), or of the institution's name a dotted name was read into (盛顿), to try. */
const LONGEST_NAME_REST = 4;
const LONGEST_CUT_REST = 2;
const DOTTED_NAME_BEFORE = new RegExp(`[${MIDDLE_DOTS_CLASS}]\\p{Script=Han}{1,6}$`, 'u');

/** The segmenter's tag of a conjunction (和/c). */
export const CONJUNCTION_TAG = 'c';
const LIST_JOINER_WORDS = new Set(titles.listJoiners);
/** Whether a token is a joiner of a list's items (和, 及, 与) that the segmenter reads as a conjunction of its own. */
export const isListJoinerToken = (token: Token | undefined): boolean => token !== undefined && token.tag === CONJUNCTION_TAG && LIST_JOINER_WORDS.has(token.word);

/**
 * A reading that takes in the institution or brand after a name of two characters or more (李宁|牌, 金日成|广场): none
 * of them is a person's (赵|中心 may be: a given name).
 */
export function endsAsInstitution(name: string): boolean {
  return INSTITUTIONS_AFTER_NAMES.endOf(name) && INSTITUTIONS_AFTER_NAMES.words.some((ending) => name.endsWith(ending) && name.length - ending.length >= 2);
}

/** Words the dictionary tags as names that People's Daily never writes as one (祝贺, 崇高, 养老: data/not-names.json). */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(notNames.words);

/** Whether a name ends in an institution's word (…创新实验室, …大学): titles.json institutionsAfterNames. */
export const endsInInstitutionWord = (name: string): boolean => INSTITUTIONS_AFTER_NAMES.endOf(name);

const KINSHIP_BEFORE_NAMES: readonly string[] = boundaries.kinshipBeforeNames;
/** A relative's word ends at `at` (何厚铧的父亲|何贤): name-boundaries.json kinshipBeforeNames. */
export const kinshipEndsAt = (text: string, at: number): boolean => KINSHIP_BEFORE_NAMES.some((word) => text.startsWith(word, at - word.length));
/** 曾孙女, 夫人: a word for a relative (name-boundaries.json kinshipBeforeNames, titles.json relationsAfterTitle) is no name. */
const RELATIVE_WORDS = new Set([...KINSHIP_BEFORE_NAMES, ...titles.relationsAfterTitle]);
export const isRelativeWord = (word: string): boolean => RELATIVE_WORDS.has(word);

const ADMINISTRATION_WORDS: readonly string[] = boundaries.administrationWords;
/** A word for a government named after its leader (奥巴马|政府, 布什|团队) starts at `end`: name-boundaries.json administrationWords. */
export const namesAdministration = (text: string, end: number): boolean => ADMINISTRATION_WORDS.some((word) => text.startsWith(word, end));

/**
 * A name ending at `end` names a building or an institution (罗纳德·里根|大厦, 金日成|广场): data institutionsAfterNames,
 * also after the rest of a dotted name (乔治|·华盛顿大学) or a dotted name read into the institution's name (乔治·华|盛顿大学).
 */
export function namesInstitution(text: string, end: number): boolean {
  const froms = [end];
  const [restFrom, longest] = isMiddleDot(text[end]) ? [end + 1, LONGEST_NAME_REST] : DOTTED_NAME_BEFORE.test(text.slice(Math.max(0, end - 7), end)) ? [end, LONGEST_CUT_REST] : [-1, 0];
  for (let at = restFrom; at >= 0 && at < restFrom + longest && HAN.test(text[at] ?? ''); at++) froms.push(at + 1);
  for (const from of froms) {
    for (const place of ['', ...INSTITUTION_NAME_PLACES]) {
      if (!text.startsWith(place, from)) continue;
      const suffix = INSTITUTIONS_AFTER_NAMES.startingAt(text, from + place.length);
      if (suffix !== undefined && !INSTITUTIONS_NOT_BEFORE.some((word) => text.startsWith(word, from + place.length + suffix.length))) return true;
    }
  }
  return false;
}

/**
 * Whether a doctrine word follows a name ending at `end` (邓小平|理论): the name is then part of the doctrine's name
 * (PD1998's guideline), unless the doctrine stands in a list of doctrines (坚持马克思列宁主义、毛泽东思想、邓小平理论…),
 * which names the people it lists (as ../shared/realnews/dev's gold counts them): a boilerplate of Party reports,
 * rare in People's Daily of 1998 (6 lists in 2,203 articles).
 */
export function namesDoctrine(text: string, end: number): boolean {
  const suffix = DOCTRINE_SUFFIXES.find((word) => text.startsWith(word, end));
  if (suffix !== undefined) return !inListOfDoctrines(text, end, end + suffix.length);
  // 马克思|列宁主义经典作家: a name that opens a doctrine of two names, written alone.
  return DOCTRINE_LIST_NAMES.some(({ doctrine, people, suffix: doctrineSuffix }) => people.some((person) => {
    const at = end - doctrine.indexOf(person) - person.length;
    return at >= 0 && text.startsWith(doctrine, at) && !inListOfDoctrines(text, at + doctrine.length - doctrineSuffix.length, at + doctrine.length);
  }));
}
// Items joined by 、, the boilerplate's way; a pair joined by 和 (马克思主义和毛泽东思想) is read as PD1998 reads it.
const DOCTRINE_AFTER = new RegExp(`^、[^、，。；：\\s]{2,${LONGEST_DOCTRINE_NAME}}?(?:${DOCTRINE_SUFFIXES.join('|')})`);
const DOCTRINE_BEFORE = new RegExp(`(?:${DOCTRINE_SUFFIXES.join('|')})、[^、，。；：\\s]{2,${LONGEST_DOCTRINE_NAME}}$`);
/** Each doctrine of data doctrineListNames with the people it names and its suffix (马克思列宁主义: 马克思, 列宁; 主义). */
const DOCTRINE_LIST_NAMES = Object.entries(titles.doctrineListNames as Record<string, string[]>).flatMap(([doctrine, people]) => {
  const suffix = DOCTRINE_SUFFIXES.find((word) => doctrine.endsWith(word));
  return suffix ? [{ doctrine, people, suffix }] : [];
});

/** The people a list of doctrines names (坚持马克思列宁主义、毛泽东思想、邓小平理论: 马克思, 列宁, 毛泽东, 邓小平), by position. */
export function namesInDoctrineLists(text: string): { start: number; end: number; canonical: string }[] {
  const names: { start: number; end: number; canonical: string }[] = [];
  for (const { doctrine, people, suffix } of DOCTRINE_LIST_NAMES) {
    for (let at = text.indexOf(doctrine); at >= 0; at = text.indexOf(doctrine, at + doctrine.length)) {
      if (!inListOfDoctrines(text, at + doctrine.length - suffix.length, at + doctrine.length)) continue;
      for (const person of people) {
        const start = at + doctrine.indexOf(person);
        names.push({ start, end: start + person.length, canonical: person });
      }
    }
  }
  return names;
}

/** What may follow a doctrine that is an item of a list: the list's comma, its end, a conjunction. */
const DOCTRINE_ITEM_END = /^(?:[、，。；：,;:和与及为\s”]|)$/;
/** The doctrine ending at `end` (its name at nameEnd) is an item of a 、-list of doctrines: another one written right before or after it. */
function inListOfDoctrines(text: string, nameEnd: number, end: number): boolean {
  // 马克思主义中国化时代化、: an item that goes on after the doctrine names a process, not the doctrine.
  if (!DOCTRINE_ITEM_END.test(text[end] ?? '')) return false;
  // 坚持马克思主义、坚持中国特色社会主义: items that each open with the same verb are acts, the doctrine one's object.
  const ownStart = itemStart(text, nameEnd);
  const verb = text.slice(ownStart, ownStart + PARALLEL_VERB);
  const parallel = (otherStart: number) => text.startsWith(verb, otherStart);
  const after = DOCTRINE_AFTER.test(text.slice(end, end + LONGEST_DOCTRINE_NAME + 4));
  const before = DOCTRINE_BEFORE.test(text.slice(Math.max(0, nameEnd - LONGEST_DOCTRINE_NAME - 3), nameEnd));
  return (after && !parallel(end + 1)) || (before && !parallel(itemStart(text, ownStart - 1)));
}
/** Where the list item holding text[at - 1] starts: after the mark before it, a doctrine's length back at most. */
function itemStart(text: string, at: number): number {
  const from = Math.max(0, at - LONGEST_DOCTRINE_NAME - PARALLEL_VERB);
  const reach = text.slice(from, at);
  return from + reach.search(/[^、，。；：\s]*$/);
}
/** The length of a verb two parallel items open with (坚持). */
const PARALLEL_VERB = 2;
/** The middle dot between the parts of a transliterated name, in the forms OCR and fonts give it. */
const MIDDLE_DOT_SET = new Set(MIDDLE_DOTS);

export function isMiddleDot(ch: string | undefined): boolean {
  return ch !== undefined && MIDDLE_DOT_SET.has(ch);
}
const TRANSLITERATION = `[${boundaries.transliteration}${boundaries.transliterationRulesOnly}]`;
/** The most characters of one part of a dotted name. */
const DOTTED_PART_MAX = 10;
/**
 * Transliterated names join their parts with a middle dot (艾尔肯·吐尼亚孜); OCR gives several dot forms.
 * Parts use the characters of transliteration, which keeps the verbs around them (走进, 看望, 是) out.
 */
export const DOTTED_NAME = new RegExp(`${TRANSLITERATION}{1,${DOTTED_PART_MAX}}(?:[${MIDDLE_DOTS_CLASS}]${TRANSLITERATION}{1,${DOTTED_PART_MAX}})+`, 'y');
const ANY_DOT = new RegExp(MIDDLE_DOT.source, 'g');

/** The note a list of members puts right after a name: （回族）, （女）, （女，藏族）. */
export const PERSONAL_NOTE = `[（(](?:[女男](?:[，,][${HAN_RANGE}]{1,5}族)?|[${HAN_RANGE}]{1,5}族)[）)]`;

/**
 * The first dotted name (DOTTED_NAME) starting at or after `from`, or null. Its first part ends at the first dot
 * after its start, so only the few characters before each dot can start one: a text is not tried at every
 * character (most hold no dot at all).
 */
export function nextDottedName(text: string, from: number): RegExpExecArray | null {
  ANY_DOT.lastIndex = from;
  for (let dot = ANY_DOT.exec(text); dot; dot = ANY_DOT.exec(text)) {
    for (let start = Math.max(from, dot.index - DOTTED_PART_MAX); start < dot.index; start++) {
      DOTTED_NAME.lastIndex = start;
      const match = DOTTED_NAME.exec(text);
      if (match) return match;
    }
    from = dot.index + 1;
  }
  return null;
}
/**
 * A dotted name of any Chinese characters, where the context already says names stand there (a list of members,
 * a list after a title): 阿沛·阿旺晋美, whose parts are not all transliteration characters.
 */
export const LISTED_DOTTED_NAME = new RegExp(`[${HAN_RANGE}]{1,4}(?:[${MIDDLE_DOTS_CLASS}][${HAN_RANGE}]{1,6})+`, 'y');

/** The end of a listed dotted name starting at `at` (…、王兆国、阿沛·阿旺晋美、洪学智), -1 if none. */
export function listedDottedNameEnd(text: string, at: number): number {
  LISTED_DOTTED_NAME.lastIndex = at;
  const match = LISTED_DOTTED_NAME.exec(text);
  return match ? at + match[0].length : -1;
}
/** Tags of a name the segmenter knows (卢卡申科/nr). */
export const KNOWN_NAME_TAGS = /^(nr|nrfg|nrt)$/;
/** Tags of words that may be (part of) a name: names, unknown runs, name morphemes, proper nouns. */
const NAME_LIKE_TAGS = /^(nr|nrfg|nrt|x|ng|nz)$/;

const SPEECH = new Set(boundaries.speechVerbs);

/** A word of what a person does (说, 表示, 参加), also where the segmenter joined it to its object (主持会议, 出席会议). */
export function isSpeechWord(word: string): boolean {
  return SPEECH.has(word) || (word.length > 2 && SPEECH.has(word.slice(0, 2)));
}

/** A character that ends a name when it comes after one (说, 在, 同, 等): data/name-boundaries.json followers. */
export function isFollower(ch: string): boolean {
  return FOLLOWERS.has(ch);
}

export function isNameChar(ch: string | undefined): boolean {
  return ch !== undefined && isNameCharAt(ch, 0);
}

/** isNameChar(text[at]) without making the one-character string: tested by the code unit's range, as HAN. */
export function isNameCharAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0x3400 && code <= 0x9fff && NEVER_IN_NAME_CODES[code] === 0;
}

/** Whether every code unit of text[start, end) is a name character. */
export function nameCharsOnly(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isNameCharAt(text, i)) return false;
  return true;
}

/** A segmenter word that is an ordinary word (干部, 来到), not a name or an unknown run of characters. */
export function isCommonWord(token: Token | undefined): boolean {
  return token !== undefined && token.word.length >= 2 && !NAME_LIKE_TAGS.test(token.tag);
}

/**
 * A name cannot start with an ordinary word unless what follows it is unknown and the word's given-name character
 * is no rarer in names than in words (信长|星率: 信长星; not 领导|干部|更要: 部), or the word is a compound surname
 * alone (欧阳/ns|昌琼/x: the given name is the unknown word after it).
 */
function startsWithOrdinaryWords(tokens: Token[], at: number): boolean {
  const index = tokenStartingAt(tokens, at);
  if (!isCommonWord(tokens[index])) return false;
  const next = tokens[index + 1];
  if (!next || !NAME_LIKE_TAGS.test(next.tag) || !HAN.test(next.word)) return true;
  return !COMPOUND_SURNAMES.has(tokens[index].word) && givenNameLikelihood(tokens[index].word) < 0;
}

/** The segmenter's tags of idioms, set phrases and other proper nouns (齐聚一堂/nz), and their fewest characters. */
const SET_PHRASE_TAGS = /^(i|l|nz)$/;
const SET_PHRASE_LENGTH = 4;

/** A Chinese name's most characters: a compound surname and a two-character given name. */
export const LONGEST_CHINESE_NAME = 4;

export function surnameLength(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (COMPOUND_FIRST_CODES[code] === 1 && COMPOUND_SURNAMES.has(text.slice(at, at + 2))) return 2;
  return SINGLE_SURNAME_CODES[code] === 1 ? 1 : 0;
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
  // 尹|首一/m|应邀: the segmenter's numeral word of two characters over the given name (a name's 一 read as a count).
  const givenWord = tokens[tokenStartingAt(tokens, given)];
  if (givenWord?.tag === NUMERAL_TAG && givenWord.end === given + 2 && text[given + 1] === NAME_FINAL_NUMERAL && isNameCharAt(text, given)) return given + 2;
  // 殷殷 is a word, not a name; 向|老人 is a preposition before a word.
  if (!isNameCharAt(text, given) || text.charCodeAt(given) === text.charCodeAt(at) || isCommonWord(givenWord)) return -1;
  const own = tokens[tokenStartingAt(tokens, at)];
  // 齐聚一堂/nz, 毛泽东思想/nz: a set phrase of four characters or more the segmenter read from the surname on holds no
  // name (a name would end inside it).
  if (own && own.end - at >= SET_PHRASE_LENGTH && SET_PHRASE_TAGS.test(own.tag)) return -1;
  // The segmenter's own name word, when a word of its own follows: 李克强|强调, 李鹏|今天下午.
  if (own && KNOWN_NAME_TAGS.test(own.tag) && own.end > given && own.end <= given + 2 && nameCharsOnly(text, given, own.end)) {
    const next = tokens[tokenStartingAt(tokens, own.end)];
    // 班禅|还/d|到: so does an adverb of one character that is no given name's (isAdverbAfterName); 贺国强|到/v: or a verb
    // (not one of transliteration's, which may go on a foreign name: 乌日|勒/v|苏赫).
    if (!next || (next.word.length >= 2 && !givenCharGluedToFollower(text, next)) || !isNameCharAt(text, own.end) || isAdverbAfterName(text, own.end, tokens) || (next.word.length === 1 && VERB_TAG.test(next.tag) && !isTransliterated(next.word))) return own.end;
  }
  const second = given + 1;
  if (followerEndsUnknownName(text, own, second, tokens) || numeralEndsName(text, own, second, tokens)) return second + 1;
  if (own?.end === second && givenCharGluedToFollower(text, tokens[tokenStartingAt(tokens, second)])) return second + 1;
  if (!isNameCharAt(text, second) || FOLLOWERS.has(text[second]) || startsNamedWord(tokens, second)) return second;
  // A word starting at the second given character (出席, 一道, 介绍) means the name ended before it; so does a proper
  // noun of the segmenter's there after its unknown word of the surname and one character, when its first character
  // is rarer in given names than elsewhere (孙淦/x|汇报/nz, not 刘焕/x|华以/nz).
  const next = tokens[tokenStartingAt(tokens, second)];
  if (isCommonWord(next) || (next?.tag === PROPER_NOUN_TAG && next.word.length >= 2 && own?.tag === UNKNOWN_WORD_TAG && own.end === second && GIVEN_NAME_ODDS[text.charCodeAt(second)] < 0)) return second;
  return second + 1;
}

/** The longest word givenCharGluedToFollower reads: the character, the follower and an aspect particle (先作了/x). */
const GLUED_FOLLOWER_WORD = 3;
/**
 * 李成/nrfg|钢作/x|了, 陈耀/x|先作了/x: a word the segmenter does not know, of a given name's character and a follower
 * (作, 说) right after a name of two characters: the character is the name's third (not where it is a follower rarer in
 * given names than elsewhere).
 */
function givenCharGluedToFollower(text: string, word: Token | undefined): boolean {
  if (word?.tag !== UNKNOWN_WORD_TAG || word.word.length > GLUED_FOLLOWER_WORD || !isNameCharAt(text, word.start) || !FOLLOWERS.has(word.word[1] ?? '')) return false;
  return !FOLLOWERS.has(word.word[0]) || GIVEN_NAME_ODDS[text.charCodeAt(word.start)] > 0;
}

/**
 * 局长朱宏任|建议, 副组长赵洪祝|出席会议: a follower that ends the segmenter's unknown word of a three-character name, with
 * no post after it but a speech word or a mark, is the name's own character where it takes a post (任, 兼: not the verb
 * of 方鸣|任|主任) or is no rarer in given names than elsewhere (祝).
 */
function followerEndsUnknownName(text: string, own: Token | undefined, second: number, tokens: Token[]): boolean {
  if (own?.tag !== UNKNOWN_WORD_TAG || own.end !== second + 1) return false;
  if (!OFFICE_VERB_FOLLOWERS.has(text[second]) && !(FOLLOWERS.has(text[second]) && GIVEN_NAME_ODDS[text.charCodeAt(second)] > 0)) return false;
  // 陈耀先/x|在|会上: or a preposition, which opens what the person does.
  const next = tokens[tokenStartingAt(tokens, own.end)];
  return isNameBoundary(text, own.end) || isSpeechWord(next?.word ?? '') || next?.tag === PREPOSITION_TAG;
}
const PREPOSITION_TAG = 'p';
const OFFICE_VERB_FOLLOWERS = new Set(boundaries.officeVerbFollowers);
const IN_TURN_WORDS = new Set(boundaries.afterJoinerJoiningNothing);
/** 先后, 分别 (name-boundaries.json afterJoinerJoiningNothing): how listed people act, in turn or each; no name's part. */
export const isInTurnWord = (word: string): boolean => IN_TURN_WORDS.has(word);
/**
 * 贺定/x|一作/x|了发言: the numeral that ends given names (刘结一) after the segmenter's unknown word of a surname and one
 * character, glued into another unknown word with a follower (作, 说) after it: the name's last character, not the 一
 * of 一行 or 一同 (words the segmenter knows).
 */
function numeralEndsName(text: string, own: Token | undefined, second: number, tokens: Token[]): boolean {
  if (own?.tag !== UNKNOWN_WORD_TAG || own.end !== second || text[second] !== NAME_FINAL_NUMERAL || !FOLLOWERS.has(text[second + 1] ?? '')) return false;
  return tokens[tokenStartingAt(tokens, second)]?.tag === UNKNOWN_WORD_TAG;
}

/** The segmenter's tag of adverbs (还/d, 就/d). */
const ADVERB_TAG = 'd';
/** The segmenter's tags of verbs (v, vn, vd). */
const VERB_TAG = /^v/;

/**
 * 班禅|还/d|主持: the segmenter's adverb of one character at `at`, rarer in given names than elsewhere (还, 就, 并; not
 * 才, 又), which ends the name before it rather than being its last character.
 */
export function isAdverbAfterName(text: string, at: number, tokens: Token[]): boolean {
  const token = tokens[tokenStartingAt(tokens, at)];
  return token !== undefined && token.end === at + 1 && token.tag === ADVERB_TAG && GIVEN_NAME_ODDS[text.charCodeAt(at)] < 0;
}
/** The segmenter's tag of other proper nouns, which it gives some ordinary words too (汇报/nz). */
const PROPER_NOUN_TAG = 'nz';
/** The segmenter's tag of numerals (一/m, 首一/m). */
export const NUMERAL_TAG = 'm';
/** The one numeral that ends given names (刘结一, 尹首一). */
const NAME_FINAL_NUMERAL = '一';

/** Another name the segmenter knows starts at `at`: back-to-back bylines, 贾永|黄秋生. */
function startsNamedWord(tokens: Token[], at: number): boolean {
  const token = tokens[tokenStartingAt(tokens, at)];
  return token !== undefined && KNOWN_NAME_TAGS.test(token.tag) && token.word.length >= 2 && hasSurname(token.word);
}

/** Punctuation, a line end, 等, or a byline's 报道 or 摄 right after a name: where a name in a title's or a list's context must end. */
const NAME_BOUNDARY = /^(?:[、，。；：！？）)（(\s“”‘’]|等|报道|摄|$)/;

export function isNameBoundary(text: string, at: number): boolean {
  return NAME_BOUNDARY.test(text.slice(at, at + 2));
}

/** 和, 向, 经 at `at` start a name only where the segmenter's own word there is a name: 主席和叶利钦 has no 和叶利. */
export function startsWithFunctionWord(text: string, at: number, tokens: Token[]): boolean {
  if (opensInvitation(text, at)) return true;
  if (!FUNCTION_WORD_SURNAMES.has(text[at])) return false;
  const index = tokenStartingAt(tokens, at);
  const token = tokens[index];
  return !/^nr/.test(token?.tag ?? '') && !unknownWordBeforeComma(text, token) && !opensForeignName(token, tokens[index + 1]);
}

/**
 * 执行官|比/p|克斯/nrt: a function word that is a transliteration character, alone before a foreign name the segmenter
 * knows, is that name's first character (主席和|叶利钦: 和 is no transliteration character).
 */
function opensForeignName(token: Token | undefined, next: Token | undefined): boolean {
  return token?.word.length === 1 && next?.tag === 'nrt' && next.start === token.end && next.word.length >= 2 && isTransliterated(token.word + next.word);
}

const INVITATION = boundaries.invitationFrame;
/** 应|沙特王储兼首相穆罕默德|邀请: the 应 of an invitation's frame (name-boundaries.json invitationFrame), no surname. */
function opensInvitation(text: string, at: number): boolean {
  if (text[at] !== INVITATION.opener) return false;
  const closer = text.indexOf(INVITATION.closer, at + 1);
  return closer > at && closer - at <= INVITATION.reach && !/[，。；：]/.test(text.slice(at, closer));
}

/**
 * A word the segmenter does not know, of a name's length, closed by a comma (委员于会文、) or by a word that follows names
 * (主任委员于伟国|分别作): no function word.
 */
function unknownWordBeforeComma(text: string, token: Token | undefined): boolean {
  // 人大代表|和市/x|、区、镇人大负责同志: a joiner and a division's level (市, 区) in a list of levels, no name.
  if (token !== undefined && token.word.length === 2 && DIVISION_LEVELS.has(token.word[1])) return false;
  // Not before a title (依次|向习/x|主席: 向 and the surname of 习主席).
  return token !== undefined && token.tag === 'x' && token.word.length >= 2 && token.word.length <= 3 &&
    (/^[、，]/.test(text[token.end] ?? '') || (isFollower(text[token.end] ?? '') && OFFICIAL_HEAD_WORDS.startingAt(text, token.end) === undefined));
}
/** The levels of divisions (省, 市, 县, 区, 镇 …: titles.json levelsAfterJoiner). */
const DIVISION_LEVELS = new Set(titles.levelsAfterJoiner);

/**
 * A name closed off by punctuation (记者金学耕、 or 主任逄先知，): a surname and one or two given-name characters,
 * trusted where the context already says a person comes, even when the segmenter cut them as words. -1 if none.
 * The caller has ruled out a function word at `at` (startsWithFunctionWord).
 */
export function boundedNameEnd(text: string, at: number, tokens: Token[], afterByline = false): number {
  const given = at + surnameLength(text, at);
  if (given === at) return -1;
  const token = tokens[tokenStartingAt(tokens, at)];
  // The shorter name first: 李舸|摄）is a photographer's credit, 尹鸿祝）a three-character name, but 许军|说： a
  // two-character one: a follower as rare in given names as 说 is the next word.
  for (const end of [given + 1, given + 2]) {
    if (end === given + 2 && isFollower(text[end - 1]) && GIVEN_NAME_ODDS[text.charCodeAt(end - 1)] < nameThresholds.boundedFollowerThreshold) continue;
    // 领导干部，: the segmenter's ordinary word is no name; a place word may be one (记者沈安、: 沈安/ns), and after a
    // byline's 记者 any word of a name's length closed off so is the reporter (新华社记者朱幼棣、: 朱幼棣/n).
    // A rare word may be a name too (书记|强卫/v|，), when its characters are a given name's rather than a word's (强调).
    if (token?.end === end && isCommonWord(token) && token.tag !== 'ns' && !afterByline &&
      givenNameLikelihood(token.word) < nameThresholds.boundedWordThreshold) continue;
    if (nameCharsOnly(text, given, end) && isNameBoundary(text, end)) return end;
  }
  return -1;
}

/** The name starting at `at` if it looks like one, else undefined. */
export function nameAt(text: string, at: number, tokens: Token[]): string | undefined {
  const end = nameEndAt(text, at, tokens);
  return end > at ? text.slice(at, end) : undefined;
}

/** Tags the segmenter gives a foreign name it knows (克林顿/nr, 叶利钦/nr) or does not know (亨特/x). */
const FOREIGN_NAME_TAGS = /^(nr|nrt|nrfg|x)$/;
const TRANSLITERATION_CHAR = new RegExp(TRANSLITERATION);
/** The most characters of a transliterated name without a dot. */
export const MAX_TRANSLITERATED = 8;
/** Whether every character of `word` is one transliterations are written with (热合曼; not 信心). */
export function isTransliterated(word: string): boolean {
  return word.length > 0 && [...word].every((ch) => TRANSLITERATION_CHAR.test(ch));
}

/** Whether all of a word's characters but one are transliteration's (季耶夫), and it has two of them at least. */
export function transliteratedButOne(word: string): boolean {
  const others = [...word].filter((ch) => !isTransliterated(ch)).length;
  return others <= 1 && word.length - others >= 2;
}

/** The fewest characters of a transliterated name that may take one more before it (普金斯 → 希普金斯). */
const WIDENED_TRANSLITERATION_MIN = 3;

/**
 * Where a transliterated name read from `start` to `end` starts when the character before it is one of
 * transliterations too and stands alone, after a mark or a function word (同希|普金斯, 。希|普金斯表示: the segmenter
 * took 同希 or 希 for a word of its own): one character earlier; else `start`.
 */
export function transliteratedNameStartBefore(text: string, start: number, end: number, tokens: Token[]): number {
  const added = text[start - 1];
  if (start < 1 || end - start < WIDENED_TRANSLITERATION_MIN || !isTransliterated(text.slice(start, end)) || !TRANSLITERATION_CHAR.test(added) || FUNCTION_WORD_SURNAMES.has(added)) return start;
  // Not the end of a word the segmenter knows (经理|罗宾逊): only a lone character or one glued to the function word (同希/x).
  const word = tokens[tokenAt(tokens, start - 1)];
  if (!word || (word.end - word.start > 1 && word.tag !== UNKNOWN_WORD_TAG)) return start;
  const before = start - 2;
  return before < 0 || !isNameCharAt(text, before) || FUNCTION_WORD_SURNAMES.has(text[before]) ? start - 1 : start;
}

/**
 * 同|拉马/ns|福萨|总统: where the segmenter took a foreign name's first part for a place's word (transliteration
 * characters only, no place `isPlace` knows) right after a function word or a mark, the name starts at that word;
 * else `start`.
 */
export function transliteratedPlaceWordBefore(text: string, start: number, end: number, tokens: Token[], isPlace: (token: Token) => boolean): number {
  const index = tokenAt(tokens, start - 1);
  const word = tokens[index];
  if (!word || word.end !== start || word.tag !== PLACE_WORD_TAG || !isTransliterated(text.slice(start, end)) || !isTransliterated(word.word) || isPlace(word)) return start;
  if (end - word.start > MAX_TRANSLITERATED) return start;
  const before = text[word.start - 1] ?? '';
  return FUNCTION_WORD_SURNAMES.has(before) || !isNameCharAt(text, word.start - 1) ? word.start : start;
}

/**
 * 主席|同呼/x|日勒/x|苏赫|总统: where the segmenter left a foreign name's first parts as words it does not know, the
 * first glued to the preposition before it, the name starts after that preposition, over those words; else `start`.
 * Only before a title written after the name: unknown words are many things, a name with its title is a name.
 */
export function unknownWordsBefore(text: string, start: number, end: number, tokens: Token[], titleAfter: boolean): number {
  if (!titleAfter || !isTransliterated(text.slice(start, end))) return start;
  let index = tokenAt(tokens, start - 1);
  let from = start;
  // Words of name characters (not 这是/x) that do not end in a preposition (我愿同/x|特朗普, 他同/x|菲拉利).
  const namePart = (token: Token) => token.tag === UNKNOWN_WORD_TAG && ALL_HAN.test(token.word) && !FUNCTION_WORD_SURNAMES.has(token.word[token.word.length - 1]) && nameCharsOnly(text, token.start + (FUNCTION_WORD_SURNAMES.has(token.word[0]) ? 1 : 0), token.end);
  while (index >= 0 && tokens[index].end === from && namePart(tokens[index]) && end - tokens[index].start <= MAX_TRANSLITERATED + 1) {
    from = tokens[index].start;
    index--;
  }
  // The first word opens with the preposition glued to it (同呼/x): what the segmenter read so is no word of its own.
  return from < start && FUNCTION_WORD_SURNAMES.has(text[from]) && from + 1 < start ? from + 1 : start;
}
/** The segmenter's tag of a place's word. */
const PLACE_WORD_TAG = 'ns';
export { UNKNOWN_WORD_TAG } from '../text/tokens';

/**
 * A transliterated name without a dot (克林顿, 亨特) spanning whole segmenter words from `at`: only in a
 * title's context, since its characters are common ones too.
 */
export function transliteratedNameEnd(at: number, tokens: Token[], anyTag = false): number {
  let index = tokenStartingAt(tokens, at);
  let end = at;
  // 米|舒斯京: a first character the segmenter took for a measure word, before a foreign name's other part.
  const leading = index >= 0 && tokens[index].word.length === 1 && FOREIGN_NAME_TAGS.test(tokens[index + 1]?.tag ?? '') && tokens[index + 1].word.length >= 2 ? index : -1;
  // 姆|南加/ns|古瓦: a piece the segmenter took for a place word, between two pieces of a foreign name.
  const placeWordInside = (i: number) => end > at && tokens[i].tag === 'ns' && FOREIGN_NAME_TAGS.test(tokens[i + 1]?.tag ?? '') && tokens[i + 1].start === tokens[i].end && isTransliterated(tokens[i + 1].word);
  while (index >= 0 && index < tokens.length && (anyTag || index === leading || FOREIGN_NAME_TAGS.test(tokens[index].tag) || placeWordInside(index)) && end - at < MAX_TRANSLITERATED) {
    const word = tokens[index].word;
    if (!isTransliterated(word)) break;
    end = tokens[index].end;
    index++;
  }
  return end - at >= 2 ? end : -1;
}

const MAX_WORD_NAME = 4;

/**
 * The segmenter's own word at `at` read as the name after a title: two to four name characters, not ending in
 * a function word glued on (王毅同), and either a name it knows (卢卡申科/nr) or, after an official's title, a
 * place it guesses that the gazetteer does not know, of transliteration characters (总统普京/ns; not
 * 群众扎根/ns), or such a proper noun closed off by punctuation (总理奥利/nz、). -1 if none.
 */
export function titledWordNameEnd(text: string, at: number, tokens: Token[], isPlace: (token: Token) => boolean, official: boolean): number {
  const token = tokens[tokenStartingAt(tokens, at)];
  if (!token || token.word.length < 2 || token.word.length > MAX_WORD_NAME || isFollower(token.word[token.word.length - 1])) return -1;
  // 高高兴兴 is a word; 埃文 before ·毛赛尔 is only the first part of a dotted name.
  if (token.word[0] === token.word[1] || isMiddleDot(text[token.end]) || !nameCharsOnly(text, at, token.end)) return -1;
  const known = KNOWN_NAME_TAGS.test(token.tag);
  const guessedPlace = official && token.tag === 'ns' && !isPlace(token) && isTransliterated(token.word);
  // 总理|奥利/nz|、首席大法官: or a proper noun of its guessing, so, that punctuation closes off.
  const guessedProperNoun = official && token.tag === PROPER_NOUN_TAG && !isPlace(token) && isTransliterated(token.word) && isNameBoundary(text, token.end);
  return known || guessedPlace || guessedProperNoun ? token.end : -1;
}

/** Every title's head of two characters (外长, 省长), whichever kind. */
const TWO_CHARACTER_HEADS = new Set([...titles.officialHeads, ...titles.officialHeadsRulesOnly, ...titles.nonOfficialHeads].filter((head) => head.length === 2));

/**
 * 老挝|外/f|长沙/ns|伦赛/x: a place word of two characters the segmenter read across a title's head (外 + 长: 外长) and
 * the first character of the name after it, the rest of the name glued after it: where that name ends (伦赛's end), -1
 * if the token at `index` is no such place word.
 */
export function nameAfterSplitHead(text: string, tokens: Token[], index: number): number {
  const [previous, word, next] = [tokens[index - 1], tokens[index], tokens[index + 1]];
  if (!previous || !word || !next || word.word.length !== 2 || word.tag !== PLACE_WORD_TAG || previous.end !== word.start || next.start !== word.end) return -1;
  if (!TWO_CHARACTER_HEADS.has(previous.word.slice(-1) + word.word[0]) || !SPLIT_NAME_REST_TAGS.test(next.tag) || next.word.length > MAX_SPLIT_NAME_REST) return -1;
  const name = word.word[1] + next.word;
  const closed = isNameBoundary(text, next.end) || FOLLOWERS.has(text[next.end] ?? '');
  return closed && nameCharsOnly(text, word.start + 1, next.end) && (isTransliterated(name) || surnameLength(text, word.start + 1) > 0) ? next.end : -1;
}
/** What the segmenter tags the rest of such a name (伦赛/x), and its most characters. */
const SPLIT_NAME_REST_TAGS = /^(x|nr|nrt|nrfg)$/;
const MAX_SPLIT_NAME_REST = 3;

const JAPANESE_SURNAMES = new Set(surnames.japanese);
const MAX_JAPANESE_SURNAME = 3;
/** The longest Japanese given name read in Chinese characters (那津男, 纯一郎). */
const MAX_JAPANESE_GIVEN = 3;

/**
 * A Japanese name after a title (日本首相岸田文雄): a Japanese family name and a given name of one to three name
 * characters, ending where a segmenter word ends. -1 if none.
 */
export function japaneseNameEnd(text: string, at: number, tokens: Token[]): number {
  for (let length = MAX_JAPANESE_SURNAME; length >= 1; length--) {
    if (!JAPANESE_SURNAMES.has(text.slice(at, at + length)) && !(length === KOKUJI_SURNAME_LENGTH && japaneseSurnameLength(text, at) === length)) continue;
    for (const end of [at + length + 3, at + length + 2, at + length + 1]) {
      const given = text.slice(at + length, end);
      // A follower's character (作) may end the given name where the segmenter reads the whole name as one word (池田大作/ns)
      // and the family name is no single character that opens words (原|则上).
      const oneWord = length >= 2 && tokens[tokenStartingAt(tokens, at)]?.end === end;
      const nameLike = nameCharsOnly(text, at + length, end) && (oneWord || ![...given].some(isFollower));
      const closed = isNameBoundary(text, end) || FOLLOWERS.has(text[end]);
      // The name ends where a word does, or before punctuation or a follower the segmenter glued on (铃木俊|男说); a
      // given name of three (山口那津男，) only before punctuation or a follower, as the segmenter cuts it anywhere.
      if (nameLike && (closed || (given.length < MAX_JAPANESE_GIVEN && tokenStartingAt(tokens, end) >= 0))) return end;
    }
  }
  return -1;
}

/** Where a Japanese name ends right before a title written after it starts (野田佳彦|首相), at a word's start; -1 if none. */
export function japaneseNameStartBefore(text: string, at: number, tokens: Token[]): number {
  for (let length = MAX_JAPANESE_SURNAME + MAX_JAPANESE_GIVEN; length >= 2; length--) {
    const start = at - length;
    if (start >= 0 && tokenStartingAt(tokens, start) >= 0 && japaneseNameEnd(text, start, tokens) === at) return start;
  }
  return -1;
}

/** The length of the longest Japanese family name starting at `at` (山口 of 山口那津男), 0 if none. */
export function japaneseSurnameLength(text: string, at: number): number {
  for (let length = MAX_JAPANESE_SURNAME; length >= 1; length--) if (JAPANESE_SURNAMES.has(text.slice(at, at + length))) return length;
  return JAPANESE_ONLY_CHARACTERS.has(text[at]) && isNameCharAt(text, at + 1) ? KOKUJI_SURNAME_LENGTH : 0;
}
const JAPANESE_ONLY_CHARACTERS = new Set(surnames.japaneseOnlyCharacters);
/** A family name opened by a character made in Japan: it and the next (榊原, 畑中, 辻本). */
const KOKUJI_SURNAME_LENGTH = 2;

/** After a title, a transliterated name the segmenter took for a common noun (国务卿|基辛格/n), closed off by punctuation. */
export function boundedTransliteratedNameEnd(text: string, at: number, tokens: Token[]): number {
  const end = transliteratedNameEnd(at, tokens, true);
  return end - at >= 3 && isNameBoundary(text, end) ? end : -1;
}

/** What closes a list of people (…等在会上致辞). */
export const LIST_CLOSER = '等';
/** The 时 (when) that closes a clause, which the segmenter may glue to the word before it (会见…总理菲佐时/x，). */
export const GLUED_WHEN = '时';
/** The fewest characters of a foreign name read before a glued 时. */
const MIN_NAME_BEFORE_WHEN = 2;

/**
 * How many characters at the end of the name text[start, end) belong to a couple's word or a mutual verb after it
 * (敦夫妇: 2; 伊提蓬夫|妇: 1; 巴育互|致: 1; data/name-boundaries.json coupleWordsAfterNames, mutualVerbsAfterNames): 0
 * where none does or nothing of the name would be left.
 */
export function wordAfterNameGlued(text: string, start: number, end: number): number {
  for (const word of WORDS_AFTER_NAMES) {
    for (let inside = word.length; inside >= 1; inside--) {
      if (end - start > inside && text.startsWith(word, end - inside)) return inside;
    }
  }
  return 0;
}
const WORDS_AFTER_NAMES: readonly string[] = [...boundaries.coupleWordsAfterNames, ...boundaries.mutualVerbsAfterNames];

/**
 * 在会见…主席|马特维延科时/x|，: text[start, end) is a transliterated name of two characters or more and the 时 (when) the
 * segmenter glued to it, which closes the clause the name's meeting opens (a comma after it).
 */
export function endsInGluedWhen(text: string, start: number, end: number): boolean {
  if (!(end - start > MIN_NAME_BEFORE_WHEN && text.startsWith(GLUED_WHEN, end - GLUED_WHEN.length) && /^[，,]/.test(text[end] ?? ''))) return false;
  // 会见…总理孔特时|，, 会见…首相特雷莎·梅时|，: any name, in a clause that 在 opens (在…时, when), not only one of
  // transliteration's characters (孔, 容 are Chinese surnames too).
  return isTransliterated(text.slice(start, end - GLUED_WHEN.length)) || inWhenClause(text, start);
}

/** How far before a name the 在 that opens its clause (在会见…时) is looked for. */
const WHEN_CLAUSE_REACH = 40;
const WHEN_CLAUSE_OPENER = '在';
/** Whether the clause holding text[at] opens with 在 (after the last mark before it, within WHEN_CLAUSE_REACH). */
function inWhenClause(text: string, at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - WHEN_CLAUSE_REACH); i--) {
    if (WHEN_CLAUSE_EDGE.test(text[i])) return text[i + 1] === WHEN_CLAUSE_OPENER;
  }
  return at - WHEN_CLAUSE_REACH <= 0 && text[0] === WHEN_CLAUSE_OPENER;
}
const WHEN_CLAUSE_EDGE = /[，。；！？：\n]/;
const OFFICIAL_HEAD_WORDS = new WordList(titles.officialHeads);
/** How far after a comma the next item's title is looked for (，|塞尔维亚总统|武契奇). */
const NEXT_TITLE_REACH = 12;
/** Whether the next item of a list of titled names starts after the mark at `at`: an official's title before the next mark. */
function titledItemFollows(text: string, at: number): boolean {
  for (let i = at + 1; i < Math.min(text.length, at + 1 + NEXT_TITLE_REACH) && !CLAUSE_MARKS.test(text[i]); i++) if (OFFICIAL_HEAD_WORDS.startingAt(text, i) !== undefined) return true;
  return false;
}
const CLAUSE_MARKS = /[，。；：、]/;
/** 副行长|一职/x|，: a word that opens with a numeral counts, it names no one. */
const COUNT_OPENING = new RegExp(`[${titles.countedLists.numerals}]`);

/** Tags of a name's piece the segmenter knows (萨尔/nr, 法诺夫/nrt) that may open a foreign name of unknown words. */
const NAME_PIECE_OPENING_TAG = /^(nr|nrt)$/;

/**
 * After a title, a foreign name the segmenter does not know at all, cut into two or more unknown words (主席|昆索/x|达莉/x),
 * the first maybe a name's piece it knows (总统|萨尔/nr|基相/x), and closed off by punctuation, whatever its characters;
 * or kept as one unknown word of three or more characters before a number or a speech verb (国防部长|赫格塞思/x|24日称,
 * …|赫格塞思/x|表示); not one ending in a follower (…|说). -1 if none.
 */
export function unknownWordsNameEnd(text: string, at: number, tokens: Token[]): number {
  let index = tokenStartingAt(tokens, at);
  let words = 0;
  let end = at;
  // 总统|萨尔/nr|基相/x|。: the name's first piece may be one the segmenter knows as a name's, an unknown word after it.
  const first = tokens[index];
  const namePieceFirst = first !== undefined && NAME_PIECE_OPENING_TAG.test(first.tag) && first.word.length >= 2 && tokens[index + 1]?.tag === UNKNOWN_WORD_TAG && tokens[index + 1].start === first.end;
  for (; index >= 0 && index < tokens.length && (tokens[index].tag === UNKNOWN_WORD_TAG || (words === 0 && namePieceFirst)) && nameCharsOnly(text, tokens[index].start, tokens[index].end) && end - at < MAX_TRANSLITERATED; index++, words++) end = tokens[index].end;
  const next = tokens[index];
  // One word alone only before a date or a speech verb: before a comma it may hold a glued 时 (会见…总理菲佐时/x，).
  // Two words or more also before a word that follows names (大臣|韩春/x|那洛/x|出席).
  // One word of three characters or more also before punctuation or a conjunction (泰国公主|诗琳通/x|并出席), where it
  // holds no glued 时.
  const closed = words >= 2 ? isNameBoundary(text, end) || (next !== undefined && next.start === end && FOLLOWERS.has(next.word[0]) && next.word.length >= 2 && !NAME_LIKE_TAGS.test(next.tag))
    : next !== undefined && next.start === end && (next.tag === 'm' || isSpeechWord(next.word) ||
      (end - at >= 3 && !text.startsWith(GLUED_WHEN, end - GLUED_WHEN.length) && (isNameBoundary(text, end) || next.tag === CONJUNCTION_TAG)));
  // 缅甸副总统|敏瑞/x|、越南副总理…, 老挝国家主席|通伦/x|，塞尔维亚总统…: one word of two characters too where a 、 goes on
  // to the list's next item, or a comma to the next titled name (not 奉本国总理|之命/x|，在…); not one that ends in the 时
  // closing a clause (会见…总理菲佐时/x，).
  // So is one the list's closing 等 follows, the list's act after it (国民议会议长|采冈/x|等|在对话会上致辞; not 代表|家站/x|等，).
  const closesList = next?.word === LIST_CLOSER && HAN.test(text[end + LIST_CLOSER.length] ?? '');
  // 国家主席|通伦/x|举行会谈: so is one a talk's act follows (titles.json talkFrames), the talk's other side.
  // 会见瑞典首相|勒文/x|。: and one the sentence ends after, where no list nor clause goes on.
  const talks = TALK_ACTS.some((act) => text.startsWith(act, end));
  // 老挝总理|通伦/x|主持会议, …|表示: and one a speech verb or an act of attending follows, the name's own act.
  // A verb, or one joined to its object (主持会议/n), not the noun alone (江主席|这篇/x|讲话/n: the speech).
  const speaks = next !== undefined && next.start === end && isSpeechWord(next.word) && (next.tag.startsWith('v') || next.word.length > 2);
  const listed = words === 1 && (text[end] === '、' || text[end] === FULL_STOP || closesList || talks || speaks || (text[end] === '，' && titledItemFollows(text, end) && !COUNT_OPENING.test(text[at]))) &&
    !text.startsWith(GLUED_WHEN, end - GLUED_WHEN.length);
  if (!(words >= 1 && (end - at >= 3 || listed) && end - at >= 2 && end - at <= MAX_TRANSLITERATED && !FOLLOWERS.has(text[end - 1]) && (closed || listed))) return -1;
  // 会见…主席|梅津/x|采夫时/x|，: words of a name whose last holds the glued 时 closing the clause end before it.
  const last = tokens[index - 1];
  return words >= 2 && last.end - last.start > GLUED_WHEN.length && text.startsWith(GLUED_WHEN, end - GLUED_WHEN.length) && /^[，,]/.test(text[end] ?? '') ? end - GLUED_WHEN.length : end;
}

export const TALK_ACTS: readonly string[] = titles.talkFrames.acts;

/** The start of a transliterated name of whole words ending at `end` (克林顿|总统), or -1. */
export function transliteratedNameStart(end: number, tokens: Token[], longest = false): number {
  let found = -1;
  for (let start = end - 2; start >= Math.max(0, end - MAX_TRANSLITERATED); start--) {
    if (tokenStartingAt(tokens, start) < 0 || transliteratedNameEnd(start, tokens) !== end) continue;
    if (!longest) return start;
    found = start;
  }
  return found;
}

/** Log-odds that a character belongs to a given name rather than a word (0: no evidence either way). */
export const givenCharOdds = (ch: string): number => GIVEN_NAME_ODDS[ch.charCodeAt(0)];

/** Mean log-odds that the characters after the surname belong to a given name rather than a word. */
export function givenNameLikelihood(name: string): number {
  let sum = 0;
  let count = 0;
  for (let i = surnameLength(name, 0); i < name.length; i++, count++) {
    // A character outside the BMP is one character (two code units), with no odds.
    if (isSurrogatePair(name, i)) i++;
    else sum += GIVEN_NAME_ODDS[name.charCodeAt(i)];
  }
  return count ? sum / count : -Infinity;
}

/**
 * A surname and one or two characters more common in given names than in words (全红婵, 黄守正; not 金马河, 沙溪桥,
 * 高标准).
 */
export const readsAsChineseName = (form: string): boolean =>
  hasSurname(form) && form.length <= surnameLength(form, 0) + 2 && givenNameLikelihood(form) >= nameThresholds.modelPersonThreshold;

export function isSurname(ch: string): boolean {
  return SINGLE_SURNAMES.has(ch);
}

export function hasSurname(name: string): boolean {
  return surnameLength(name, 0) > 0;
}
