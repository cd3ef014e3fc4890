import titles from '../../../data/titles.json';
import nameStats from '../../../data/name-stats-threshold.json';
import notNames from '../../../data/not-names.json';
import knownOfficials from '../../../data/known-officials.json';
import shortForms from '../../../data/place-short-forms.json';
import placePatterns from '../../../data/place-patterns.json';
import boundaries from '../../../data/name-boundaries.json';
import type { Token } from '../text/tokens';
import type { Span } from '../types';
import { firstTokenFrom, tokenAt, tokenEndingAt, tokenStartingAt } from '../text/tokens';
import { FUNCTION_WORD_SURNAMES, GLUED_WHEN, KNOWN_NAME_TAGS as NAME_WORD_TAGS, LIST_CLOSER, LONGEST_CHINESE_NAME, isAdverbAfterName, readsAsChineseName, NOT_NAME_WORDS, givenCharOdds, namesDoctrine, namesInstitution, namesInDoctrineLists, surnameBeforeHonorific, boundedNameEnd, isFollower, isCommonWord, isNameBoundary, startsWithFunctionWord, boundedTransliteratedNameEnd, givenNameLikelihood, nameAt, nameEndAt, hasSurname, nextDottedName, listedDottedNameEnd, isNameChar, transliteratedNameEnd, transliteratedNameStart, isSurname, titledWordNameEnd, japaneseNameEnd, japaneseNameStartBefore, nameAfterSplitHead, isMiddleDot, surnameLength, isSpeechWord, transliteratedNameStartBefore, transliteratedPlaceWordBefore, unknownWordsBefore, isTransliterated, transliteratedButOne, MAX_TRANSLITERATED, nameCharsOnly, isHonorific, honorificAt, unknownWordsNameEnd, isListJoinerToken, UNKNOWN_WORD_TAG, namesAdministration, endsInGluedWhen, TALK_ACTS, NUMERAL_TAG } from './names';
import { namesInRuns, type RunName } from './nameRuns';
import type { TextLru } from '../textLru';
import { APPOINTED_AS, MAX_ROLE_LENGTH, NON_OFFICIAL_HEADS, OFFICIAL_HEADS, REPORTING_WORDS, RULES_TITLES_AFTER_NAME, headKind, headKindAt, standsAfterName, isChainWord, isJoiner, isLevelAfterJoiner, isTermOrdinal, isTitleHead, titleChainStart, titleStartingAt } from './titleChains';
import { ALL_HAN, HAN, HAN_RANGE, MIDDLE_DOTS_CLASS, NAME_HYPHEN, PART_DOT } from '../text/characters';
import { countedLists } from './countedLists';
import { isArabicDigit } from '../dates/chineseNumerals';
import { ByFirstCode } from '../text/byFirstCode';
import { endsWithCountrySide, isCountryForm } from '../places/recognizePlaces';
import { WordList } from '../text/wordList';

/** A person found in the clean text (offsets into the clean text). */
export interface PersonMention {
  start: number;
  end: number;
  canonical: string;
  /** The title stated at this mention, if any. */
  role?: string;
  /** Where `role` stands in the text, so a Traditional report can show it in its own characters. */
  roleSpan?: { start: number; end: number };
  official?: boolean;
}

export interface PeopleContext {
  text: string;
  tokens: Token[];
  isPlace: (token: Token) => boolean;
  /** Names the user declared (corrections file), with their roles. */
  knownPeople?: { name: string; role?: string }[];
  /** The editor's memo of runs of names already cut (AnalysisMemo.runs). */
  runs?: TextLru<RunName[]>;
}

const LIST_JOINERS = new Set(titles.listJoiners);
/** Tags of a name the segmenter knows (习近平/nr). */
const KNOWN_NAME_TAGS = /^(nr|nrfg)$/;
/** National leaders the segmenter now knows as names (王毅同|美国…): a person wherever it reads the word. */
const KNOWN_OFFICIALS = new Set([...Object.values(knownOfficials.groups), ...Object.values(knownOfficials.earlierTerms), ...Object.values(knownOfficials.ministers), ...Object.values(knownOfficials.rulesOnlyTerms)].flat());
/** The known officials of three characters or more, by first character, longest first: read over the segmenter's words. */
const KNOWN_OFFICIALS_BY_FIRST = new Map<string, string[]>();
for (const name of [...KNOWN_OFFICIALS].sort((a, b) => b.length - a.length)) {
  if (name.length < 3) continue;
  const withFirst = KNOWN_OFFICIALS_BY_FIRST.get(name[0]);
  if (withFirst) withFirst.push(name);
  else KNOWN_OFFICIALS_BY_FIRST.set(name[0], [name]);
}

/**
 * The longest known official of three characters or more written at `at`, if any (a dotted name written with another
 * form of the dot, 司马义•铁力瓦尔地, reaches here with the middle dot: analyze.ts reads the text withMiddleDots).
 */
const knownOfficialStartingAt = (text: string, at: number): string | undefined => KNOWN_OFFICIALS_BY_FIRST.get(text[at])?.find((name) => text.startsWith(name, at));

/** Whether a name is one of the national leaders of data/known-officials.json. */
export const isKnownOfficial = (name: string) => KNOWN_OFFICIALS.has(name);
const MIDDLE_DOT_SPLIT = new RegExp(`[${MIDDLE_DOTS_CLASS}]`);
const BYLINE_GAP = /^[\s|｜:：]*/;
/** How far after a byline's word (记者, 摄影) its separator may reach before the name: 记者 | 李明. */
const BYLINE_GAP_WINDOW = 4;
/** Spaces between a byline's names, before the next name's first character (记者 王海波 张冬冬). */
const BYLINE_SPACES = /^[ \u3000\u00a0]+(?=\p{Script=Han})/u;
/** How far before a list of members its heading may stand: 委员（按姓氏笔画排序）：. */
const LIST_HEADING_WINDOW = 24;

const TITLE_WORDS_AFTER_NAMES = new Set(RULES_TITLES_AFTER_NAME);

/** The mentions found so far, with a mask of the characters they cover for constant-time overlap checks. */
class Found {
  readonly mentions: PersonMention[] = [];
  private readonly covered: Uint8Array;
  constructor(length: number) {
    this.covered = new Uint8Array(length);
  }
  isCovered(at: number): boolean {
    return this.covered[at] === 1;
  }
  overlaps(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.covered[i]) return true;
    return false;
  }
  add(mention: PersonMention): void {
    // A word that stands in titles is none of a person's names, whatever its tag (荣誉/nr|主席: 荣 is a surname), nor is a
    // title written after a name (诗丽吉|王太后/nr).
    if (isChainWord(mention.canonical) || TITLE_WORDS_AFTER_NAMES.has(mention.canonical)) return;
    this.mentions.push(mention);
    this.covered.fill(1, mention.start, mention.end);
  }
  /** Widens a mention found to [start, end) with that canonical name (a short form read whole around it). */
  widen(mention: PersonMention, start: number, end: number, canonical: string): void {
    this.covered.fill(1, start, end);
    Object.assign(mention, { start, end, canonical });
  }
  /** Narrows a mention found to [start, end) with that canonical name (a list's joiner read into it left out). */
  narrow(mention: PersonMention, start: number, end: number, canonical: string): void {
    this.covered.fill(0, mention.start, start);
    this.covered.fill(0, end, mention.end);
    Object.assign(mention, { start, end, canonical });
  }
  /** Lengthens a mention found to end at `end` (a regnal number after a name). */
  extend(mention: PersonMention, end: number, canonical: string): void {
    this.covered.fill(1, mention.end, end);
    mention.end = end;
    mention.canonical = canonical;
  }
}

/** A pass over the text that adds the people it finds to `found`; a later pass never takes what an earlier one holds. */
type PeoplePass = (context: PeopleContext, found: Found) => void;

/**
 * The passes in the order they run, each with what it needs from the ones before it. Surer evidence comes first,
 * so a name is claimed by the strongest reading before weaker ones (a guess from name statistics) can cut it.
 */
const PEOPLE_PASSES: readonly PeoplePass[] = [
  // A title or byline before the name (上海市委书记陈吉宁, 记者 李明): the surest evidence; needs nothing.
  titledMentions,
  // A name the segmenter glued to its title's last character (黑龙江省/ns|长陆昊/x): as sure as any titled name.
  namesGluedToHeads,
  // A post after an appointment (增补张三为中央军委副主席): as sure as a title before the name.
  appointedNames,
  // A post a person is removed from (免去李明的外交部部长职务): the post held until then.
  removedNames,
  // A post a person resigns (李明同志请辞全国政协委员): the post held until then.
  resignedNames,
  // A title after the name (李强总理, 小平同志): skips names the titles before them already claimed.
  titlesAfterNames,
  // Who chaired (会议由万钢主持): a frame as sure as a title after the name, before the segmenter's own words (由李强/x).
  chairs,
  // Who leads the delegation met (会见傅崐萁率领的…): a frame as sure as the chair's.
  framedNames,
  // Who attended (洛桑江村参加会见。): a sentence of names only before the act, each one a person.
  attendants,
  // Who is awarded (授予钟南山“共和国勋章”): the frame says people are listed.
  awardedNames,
  // An age before the name (８２岁的休斯).
  agedNames,
  // A family named after its head (看望…黄家光一家).
  familyHeads,
  // A leader whose administration is named after them (奥巴马政府, 布什团队).
  administrationHeads,
  // A comrade commemorated (纪念甘苦同志诞辰100周年): the name before 同志 and a word of remembrance.
  commemoratedNames,
  // Dotted transliterations (艾尔肯·吐尼亚孜) not yet covered by a title.
  dottedNames,
  // Lists of members written with nothing between the names: the run's cut must respect names found above.
  runsOfNames,
  // A known official the segmenter cuts into whole words of its own (令|计划, 万|鄂湘/x) or tags otherwise (厉无畏/i).
  knownOfficialsInWords,
  // The segmenter's own name words with no title near (nr tokens), scored by name statistics.
  untitledNames,
  // Lists joined by 、: three names or more, or two where a pass above found one of them (陈吉宁、马兴瑞).
  nameLists,
  // A list with as many items as the count that closes it (…、户思社、…等14位政协常委): every item a name.
  countedListNames,
  // Names inside compound words (王毅同|美国): only where the rest of the word is a known follower.
  namesInCompounds,
  // 查尔斯|三世: a ruler's regnal number is part of the name found before it, so of its later mentions too.
  regnalNumbers,
  // The people a list of doctrines names (坚持马克思列宁主义、毛泽东思想、邓小平理论).
  doctrineListNames,
  // Last: every later mention of a name found above (full name, given name, surname + title).
  laterMentions,
  // The other side of a talk (李强同|阿比|会谈): needs the first side found anywhere above; its own later mentions
  // are the document's consistency to read (people/consistency.ts).
  talkCounterparts,
  // A title written right after a name found above without one (迪亚斯-卡内尔|主席).
  titlesRightAfterFoundNames,
];

/**
 * 习近平主席和迪亚斯-卡内尔主席, 鲍尔森…: a name found by a pass that reads no title after it, written right before one,
 * takes it, where no mention of the person has a title (a fuller one found elsewhere is given to every mention later).
 */
function titlesRightAfterFoundNames({ text }: PeopleContext, found: Found): void {
  const titled = new Set(found.mentions.filter((p) => p.role !== undefined).map((p) => p.canonical));
  for (const mention of found.mentions) {
    if (mention.role !== undefined || titled.has(mention.canonical)) continue;
    const after = titleStartingAt(text, mention.end);
    if (after) Object.assign(mention, { role: text.slice(mention.end, after.end), roleSpan: { start: mention.end, end: after.end }, official: after.official });
  }
}

/** People with their titles: each pass of PEOPLE_PASSES in turn, then every mention by position. */
export function recognizePeople(context: PeopleContext): PersonMention[] {
  const found = new Found(context.text.length);
  for (const pass of PEOPLE_PASSES) pass(context, found);
  return found.mentions.sort((a, b) => a.start - b.start);
}

/**
 * 黑龙江省/ns|长陆昊/x: a word the segmenter does not know, of a head's last character and a name, right after a word
 * whose last character opens that head (省 + 长: 省长), is the name, titled with the chain that word ends; so is the
 * rest of a place word read across the head and the name (老挝|外/f|长沙/ns|伦赛/x: names.ts nameAfterSplitHead).
 */
function namesGluedToHeads({ text, tokens, isPlace }: PeopleContext, found: Found): void {
  for (let k = 1; k < tokens.length; k++) {
    const end = gluedNameEnd(text, tokens, k);
    const at = tokens[k].start + 1;
    // (A head's character alone: the name starts at the next word, which is at.)
    // The head: the word before's last character and this word's first.
    const official = end < 0 ? undefined : headKind(text.slice(at - 2, at));
    if (official === undefined || found.overlaps(at, end)) continue;
    const roleSpan = { start: tokens[titleChainStart(tokens, k - 1, 0, isPlace)].start, end: at };
    found.add({ start: at, end, canonical: text.slice(at, end), role: text.slice(roleSpan.start, roleSpan.end), roleSpan, official });
  }
}
/** Where the name glued to the head's last character at tokens[k] ends, -1 if none starts right after it. */
function gluedNameEnd(text: string, tokens: Token[], k: number): number {
  const split = nameAfterSplitHead(text, tokens, k);
  if (split >= 0) return split;
  const [previous, token] = [tokens[k - 1], tokens[k]];
  // 洛杉矶市/ns|长/a|维拉/nrt|莱戈萨/x: the head's last character alone, before a foreign name of whole words.
  if (token.word.length === 1 && previous.end === token.start && previous.word.length >= 2) return transliteratedNameEnd(token.end, tokens);
  if (token.tag !== UNKNOWN_WORD_TAG || token.word.length < MIN_GLUED_HEAD_WORD || token.word.length > MAX_GLUED_HEAD_WORD || previous.end !== token.start || previous.word.length < 2) return -1;
  const surname = surnameLength(text, token.start + 1);
  return surname && nameCharsOnly(text, token.start + 1 + surname, token.end) ? token.end : -1;
}
/** Such a word: the head's character and a name of two or three characters. */
const MIN_GLUED_HEAD_WORD = 3;
const MAX_GLUED_HEAD_WORD = 4;

/** 坚持马克思列宁主义、毛泽东思想、邓小平理论: the people a list of doctrines names (names.ts namesInDoctrineLists). */
function doctrineListNames({ text }: PeopleContext, found: Found): void {
  for (const name of namesInDoctrineLists(text)) if (!found.overlaps(name.start, name.end)) found.add(name);
}

/** 上海市委书记陈吉宁, 村民木哈买提·买买提, 撰文 | 余晖; and a list after one title: 上海市领导朱芝松、李政、刘多. */
function titledMentions({ text, tokens, isPlace }: PeopleContext, found: Found): void {
  let floor = 0;
  tokens.forEach((token, head) => {
    const official = headKindAt(tokens, head);
    if (official === undefined || titleOfNameBefore(tokens, head, isPlace) || addressesSurnameBefore(text, tokens, token.start, token.end)) return;
    const byline = REPORTING_WORDS.has(token.word);
    const gap = byline ? BYLINE_GAP.exec(text.slice(token.end, token.end + BYLINE_GAP_WINDOW))![0].length : gapBeforeNames(text, tokens, head);
    let at = token.end + gap;
    if (relationAt(text, at)) return;
    // The title's chain is walked once, and only where it is needed (most heads read no name).
    let chain: number | undefined;
    const chainStart = () => (chain ??= titleChainStart(tokens, head, floor, isPlace));
    const titledReading = transliterationGoesOn(text, at, nameAfterTitleEnd(text, at, tokens, isPlace, official, byline), tokens);
    const japanese = titledReading < 0 && official ? japaneseTitledNameEnd(text, at, tokens, chainStart, head) : titledReading;
    const reading = japanese < 0 && official ? listOpeningNameEnd(text, at, tokens, isPlace) : japanese;
    // 校长刘红|小姐: a reading that runs one character into a form of address ends before it.
    const read = reading - at > 2 && honorificAt(text, reading - 1) ? reading - 1 : reading;
    // 书法家杨先生: a surname and a form of address is the surname alone (PD1998's guideline), as without a title.
    const end = read > at ? at + (surnameBeforeHonorific(text.slice(at, read)) || read - at) : read;
    // 各国领导人|祝贺: a word the newspaper never writes as a name is none after a title either; but a foreign name
    // after a title is one, whatever the newspaper's tagging said of it (部长阿比托).
    // 企业家|紫金山|峰会: a name right before an institution's or a gathering's word names it (titles.json institutionsAfterNames).
    if (end < 0 || found.overlaps(at, end) || (NOT_NAME_WORDS.has(text.slice(at, end)) && !isTransliterated(text.slice(at, end))) || namesInstitution(text, end)) return;
    // 领导人|祝贺/nr|新中国…: nor is a reading opened by such a word of the segmenter's and running past it.
    const opening = tokens[tokenStartingAt(tokens, at)];
    if (opening !== undefined && opening.word.length >= 2 && opening.end < end && NOT_NAME_WORDS.has(opening.word)) return;
    if (COPULA_GAPS.has(text.slice(token.end, at)) && !isNameBoundary(text, end) && !LIST_JOINERS.has(text[end])) return;
    const first = chainStart();
    // ，代表|习近平|总书记: a head that is also a verb, alone after a clause's start or a name and before a name that has
    // its own title after it, is the verb (on behalf of); the title after the name is read by titlesAfterNames. Not
    // after a word it heads (某国代表|焦安亲王).
    if (first === head && HEADS_ALSO_VERBS.has(token.word) && titleStartingAt(text, end) !== undefined && verbOpensAfter(tokens[head - 1])) return;
    const roleSpan = { start: tokens[first].start, end: token.end };
    const role = text.slice(roleSpan.start, roleSpan.end);
    found.add({ start: at, end, canonical: text.slice(at, end), role, roleSpan, official });
    // The same title shared by a list: 朱芝松、李政、刘多, and its last name after 和 (…、杨震和张恩迪等).
    // A byline's names may follow one another with nothing between them (本报记者贾建舟刘磊) where they end the line,
    // or with spaces ((记者 王海波 张冬冬)).
    const joinerAt = (at: number) => text[at] === '、' || LIST_JOINERS.has(text[at]);
    const spacesAt = (at: number) => (byline ? BYLINE_SPACES.exec(text.slice(at, at + BYLINE_GAP_WINDOW))?.[0].length ?? 0 : 0);
    // …陈晓光 、马培华: a stray space before the 、 keeps the list going (a byline's spaces are read above).
    const strayBeforeJoiner = (at: number) => !byline && text[at] === ' ' && text[at + 1] === '、';
    for (let listEnd = end; joinerAt(listEnd) || strayBeforeJoiner(listEnd) || spacesAt(listEnd) > 0 || (byline && isNameChar(text[listEnd])); ) {
      if (strayBeforeJoiner(listEnd)) listEnd++;
      at = joinerAt(listEnd) ? listEnd + 1 : listEnd + spacesAt(listEnd);
      // A dotted name in the list (…、王兆国、阿沛·阿旺晋美、洪学智) takes the title as the others do.
      const itemRead = Math.max(nameAfterTitleEnd(text, at, tokens, isPlace, official, byline), listedDottedNameEnd(text, at));
      // …、厉无畏/i、…: after a 、 of a titled list, a name's length closed off is a name, whatever word the segmenter
      // made of it (as after a byline's 记者); so is one the list's verb follows (…、彭清华、强卫/v|在主席台就座).
      // A name of no surname the segmenter took for a place (…、乌云其木格/ns、…) runs to the next 、.
      const read = listedItemEnd(text, at, itemRead < 0 && text[listEnd] === '、' ? Math.max(boundedNameEnd(text, at, tokens, true), followedListedNameEnd(text, at, tokens), closedListItemEnd(text, at, tokens)) : itemRead);
      // …、邵鸿|和/c|何报翔、…: a joiner the segmenter reads as a conjunction inside an item ends it; the list goes on after it.
      const next = read < 0 ? read : joinerInside(tokens, at, read) ?? read;
      // …、哈总统纳扎尔巴耶夫: an item ending in a title is the next person's title, no name of the list; so is one
      // that starts with a title (苏丹哈桑纳尔、王储|比拉: the list ends where the next person's own title stands), or one a
      // title follows (…主任委员李飞、农委副|主任委员杜德印: the next person's organ and rank).
      if (next < 0 || found.overlaps(at, next) || (text[listEnd] !== '、' && !isNameBoundary(text, next)) || endsWithTitleHead(text.slice(at, next)) || startsWithTitleHead(text, at, next) ||
        headStartsAt(text, next) || ordinaryWordBeforeJoiner(text, tokens, at, next) || (ALL_HAN.test(text.slice(at, next)) && cutsWordAfterName(tokens, next))) break;
      found.add({ start: at, end: next, canonical: text.slice(at, next), role, roleSpan, official });
      listEnd = next;
    }
    // Found.add refuses a word that stands in titles (记者|国务院): then no mention was added here, and none may be yet.
    const last = found.mentions[found.mentions.length - 1];
    if (last) floor = Math.max(floor, firstTokenFrom(tokens, last.end));
  });
}

/**
 * 全国政协委员|学诚/n|、李光富等: a word of two or three characters after an official's title, of no other reading, is
 * a name (a monk's has no surname) where a 、 closes it and a surnamed name follows; -1 if not.
 */
function listOpeningNameEnd(text: string, at: number, tokens: Token[], isPlace: (token: Token) => boolean): number {
  const word = tokens[tokenStartingAt(tokens, at)];
  if (!word || word.word.length < 2 || word.word.length > 3 || text[word.end] !== '、' || !ALL_HAN.test(word.word) || isPlace(word) || isTitleHead(word.word) || isChainWord(word.word) || NOT_NAME_WORDS.has(word.word)) return -1;
  const next = word.end + 1;
  const after = nameEndAt(text, next, tokens);
  return after > next && hasSurname(text.slice(next, after)) && (isNameBoundary(text, after) || text.startsWith(LIST_CLOSER, after)) ? word.end : -1;
}

/**
 * 日本外相|前原诚司|表示, 日本经团联会长|御手洗富士夫|率团: after a title whose chain names Japan, a Japanese name whose
 * family name no table holds: three to six name characters, the shortest closed off by punctuation or a follower's
 * character where a word of the segmenter's starts, holding no title's head; -1 if none.
 */
function japaneseTitledNameEnd(text: string, at: number, tokens: Token[], chainStart: () => number, head: number): number {
  // No 日本 near the head: no chain to walk (a chain is at most MAX_ROLE_LENGTH and its last word long).
  const headStart = tokens[head].start;
  if (!text.slice(Math.max(0, headStart - 2 * MAX_ROLE_LENGTH), headStart).includes(JAPAN)) return -1;
  if (!text.slice(tokens[chainStart()].start, headStart).includes(JAPAN)) return -1;
  for (let end = at + MIN_JAPANESE_NAME; end <= at + MAX_JAPANESE_NAME; end++) {
    if (!nameCharsOnly(text, at, end)) return -1;
    if ((isNameBoundary(text, end) || isFollower(text[end] ?? '')) && tokenStartingAt(tokens, end) >= 0) return startsWithTitleHead(text, at, end) || endsWithTitleHead(text.slice(at, end)) ? -1 : end;
  }
  return -1;
}
const JAPAN = '日本';
const MIN_JAPANESE_NAME = 3;
const MAX_JAPANESE_NAME = 6;

/**
 * 向习|主席|敬礼, 。江|主席…: a title right after a lone surname, after a preposition or at a clause's start, is that
 * surname's form of address (习主席, 江主席): no name follows it.
 */
function addressesSurnameBefore(text: string, tokens: Token[], titleStart: number, titleEnd: number): boolean {
  const surname = titleStart - 1;
  if (surname < 0 || !SURNAME_ONLY_TITLES.has(text.slice(titleStart, titleEnd)) || !isSurname(text[surname]) || isCountryForm(text[surname])) return false;
  // The surname a word of its own, or glued to the preposition before it (向习/x): not the end of a word (共和|国).
  const word = tokens[tokenAt(tokens, surname)];
  const wordStart = word?.start ?? surname;
  return (word === undefined || word.end === titleStart) && (wordStart === surname || (wordStart === surname - 1 && SURNAME_ADDRESS_OPENER.test(text[wordStart]))) &&
    (surname === 0 || SURNAME_ADDRESS_OPENER.test(text[surname - 1]));
}

/** 向习主席|敬礼: whether a surname's form of address (a title only a surname takes, 主席, 总理) ends at `at`. */
export function followsSurnameAddress(text: string, tokens: Token[], at: number): boolean {
  for (const title of SURNAME_ONLY_TITLES) if (text.startsWith(title, at - title.length) && addressesSurnameBefore(text, tokens, at - title.length, at)) return true;
  return false;
}
const SURNAME_ADDRESS_OPENER = new RegExp(`[${boundaries.prepositionFollowers}，。；：、！？“\\n]`);

/**
 * 郭振华、|文化/n|和旅游部部长: an item of a list that is one ordinary word of the segmenter's, then a joiner (not a 、) and a
 * title head close after it, is the first word of the next person's title (not 周恩来/t|和邓小平); so is one the rest
 * of that title follows with no joiner (克里尼、|经济/n|发展部副部长瓦里: the next person's ministry).
 */
function ordinaryWordBeforeJoiner(text: string, tokens: Token[], start: number, end: number): boolean {
  const word = tokens[tokenStartingAt(tokens, start)];
  if (word === undefined || word.end !== end || !isCommonWord(word) || text[end] === '、') return false;
  // Without a joiner, the word after the item goes on naming a body (发展/vn), no preposition or verb (强卫|在/p|主席台).
  const from = LIST_JOINERS.has(text[end]) ? end + 1 : ORGAN_WORD_TAG.test(tokens[tokenStartingAt(tokens, end)]?.tag ?? '') ? end : -1;
  if (from < 0) return false;
  for (let at = from; at < from + TITLE_AFTER_JOINER_REACH && HAN.test(text[at] ?? ''); at++) if (headStartsAt(text, at)) return true;
  return false;
}
/** Tags of a word that may go on naming a body: nouns, verbal nouns, abbreviations (经济|发展/vn|部). */
const ORGAN_WORD_TAG = /^(n|vn|j)/;
/** How far after the joiner the head of the title it opens is looked for (和|旅游部|部长). */
const TITLE_AFTER_JOINER_REACH = 8;

/** Where a joiner of names (和) that the segmenter reads as a conjunction stands inside text[start, end), two characters in at least. */
function joinerInside(tokens: Token[], start: number, end: number): number | undefined {
  for (let k = firstTokenFrom(tokens, start + 2); k < tokens.length && tokens[k].end <= end - 2; k++) {
    if (isListJoinerToken(tokens[k])) return tokens[k].start;
  }
  return undefined;
}

/**
 * The next 、 of a list, where only name characters stand before it (乌云其木格/ns、), or -1; not where a title stands
 * there (…、老挝总理宋赛、: the next person's title) nor a word no name holds (…、乐起来/v、).
 */
function closedListItemEnd(text: string, at: number, tokens: Token[]): number {
  const mark = text.slice(at, at + LONGEST_LISTED_NAME + 1).indexOf('、') + at;
  if (mark - at < 2 || !nameCharsOnly(text, at, mark)) return -1;
  for (let k = tokenAt(tokens, at); k >= 0 && k < tokens.length && tokens[k].start < mark; k++) if (NOT_IN_NAME_TAG.test(tokens[k].tag)) return -1;
  for (let start = at; start < mark - 1; start++) for (let end = start + 2; end <= mark; end++) if (isTitleHead(text.slice(start, end))) return -1;
  return mark;
}
/**
 * …、居港|辛/亥革命: an item of Chinese characters ending two characters or more before the end of an ordinary word of
 * the segmenter's is no name; one glued to a one-character rest (李强|调) may be. (A dotted name's reading may run on
 * here, to be cut back later.)
 */
function cutsWordAfterName(tokens: Token[], end: number): boolean {
  const token = tokens[tokenAt(tokens, end)];
  return token !== undefined && token.start < end && token.end - end >= 2 && !CHINESE_NAME_PIECE_TAG.test(token.tag);
}
/** Tags of verbs, adverbs, prepositions, conjunctions and particles: words no name is made of (起来/v). */
const NOT_IN_NAME_TAG = /^(v|vd|d|p|c|u\w*)$/;

/**
 * The end of a surname and one or two name characters right before a word that follows names (强卫/v|在), or -1;
 * never inside one of the segmenter's words (马尔|代夫 is one).
 */
function followedListedNameEnd(text: string, at: number, tokens: Token[]): number {
  const given = at + surnameLength(text, at);
  const followed = (end: number) => nameCharsOnly(text, given, end) && isFollower(text[end] ?? '') && tokenStartingAt(tokens, end) >= 0;
  // …副主席李玉赋、张工、巨/nr|晓/nr|林/ng|作了发言: a surname the table lacks opens a name of three closed so, of words the
  // segmenter reads as names' or knows not (not 上海市/ns|对口支援…).
  if (given === at) return followed(at + RARE_SURNAME_NAME) && nameWordsOnly(tokens, at, at + RARE_SURNAME_NAME) ? at + RARE_SURNAME_NAME : -1;
  for (const end of [given + 1, given + 2]) if (followed(end)) return end;
  return -1;
}
/** The length of a listed name whose surname the table lacks: a surname and two given characters, the commonest. */
const RARE_SURNAME_NAME = 3;
/** Whether the segmenter's words from `at` end exactly at `end`, each a name's piece or unknown (巨/nr|晓/nr|林/ng). */
function nameWordsOnly(tokens: Token[], at: number, end: number): boolean {
  let k = tokenStartingAt(tokens, at);
  if (k < 0) return false;
  for (; k < tokens.length && tokens[k].end <= end; k++) if (!CHINESE_NAME_PIECE_TAG.test(tokens[k].tag)) return false;
  return tokens[k - 1]?.end === end;
}
/** A Chinese name's pieces as the segmenter tags them: names', a morpheme's (林/ng), unknown words'. */
const CHINESE_NAME_PIECE_TAG = /^(nr\w*|ng|x)$/;

/** How long a title head right after a listed item may be (主任委员 after 农委副). */
const LONGEST_HEAD_AFTER_ITEM = 5;
/** Whether a title head itself, no compound ending in one, starts at `at` (主任委员 of 农委副|主任委员杜德印). */
const headStartsAt = (text: string, at: number): boolean => {
  for (let length = 2; length <= LONGEST_HEAD_AFTER_ITEM; length++) {
    const word = text.slice(at, at + length);
    if (OFFICIAL_HEADS.has(word) || NON_OFFICIAL_HEADS.has(word)) return true;
  }
  return false;
};

/** Whether text[at, end) starts with a title head of two characters or more (王储 of 王储|比拉). */
const startsWithTitleHead = (text: string, at: number, end: number): boolean => {
  for (let length = 2; at + length <= end; length++) if (isTitleHead(text.slice(at, at + length))) return true;
  return false;
};

/** Whether a reading ends in a title (哈总统, 吉副总理): two characters or more of one. */
const endsWithTitleHead = (reading: string): boolean => {
  for (let length = 2; length < reading.length; length++) if (isTitleHead(reading.slice(-length))) return true;
  return false;
};

/**
 * Where a transliterated name may end in a list: its next 、 or 和 (…米尔济约耶夫和夫人…); not a comma, which may
 * follow a verb the segmenter took for a name (阿塔夫|访英，).
 */
const TRANSLITERATION_ENDS = new Set(['、', '和']);
/** The segmenter's words a name it does not know whole may be made of: unknown words and names (济约|耶夫, 宋赛/x, 同谢/x 健平/x). */
const NAME_PIECE_TAG = /^(x|nr\w*|nz)$/;

/**
 * 总统米尔|济约耶夫和…: a transliterated name read after a title that stops short of the next 、 or 和 runs to it
 * when only the segmenter's unknown words or names stand between (济约|耶夫); else the reading as it was.
 */
function transliterationGoesOn(text: string, at: number, read: number, tokens: Token[]): number {
  if (read < 0) return read;
  // The segmenter's word right after the reading.
  const after = tokens[tokenStartingAt(tokens, read)];
  // 以…领袖盖|博拉斯|美为/x|团长: the appointment's 为 glued to a foreign name's last character, a title after it.
  const headAfter = after ? tokenStartingAt(tokens, after.end) : -1;
  if (after?.tag === UNKNOWN_WORD_TAG && after.word.length === 2 && after.word[1] === APPOINTED_AS && headAfter >= 0 && transliteratedButOne(text.slice(at, read + 1)) && headKindAt(tokens, headAfter) !== undefined) return read + 1;
  if (!isTransliterated(text.slice(at, read))) return read;
  // 土耳其总统埃尔多|安/v|9号: one transliteration character the segmenter left alone before a day's number is the name's last;
  // so is one before the talk's act (议长埃特|让/v|举行会谈) or the speaker's verb (部长哈内格|比/p|表示: no comparison).
  const spoken = () => isSpeechWord(tokens[tokenStartingAt(tokens, read + 1)]?.word ?? '');
  if (after?.word.length === 1 && isTransliterated(text.slice(at, read + 1)) && (isArabicDigit(text[read + 1] ?? '') || TALK_ACTS.some((act) => text.startsWith(act, read + 1)) || spoken())) return read + 1;
  if (isNameBoundary(text, read) || TRANSLITERATION_ENDS.has(text[read] ?? '')) return read;
  // 首相图伊奥|内托/n|阿/j|表示: words of transliteration characters only, of any tags but a function word's, up to the
  // speaker's verb (not 奥巴马|特别/d|代表: a title's head, not said).
  for (let k = tokenStartingAt(tokens, read); k >= 0 && k < tokens.length && tokens[k].end - at <= MAX_TRANSLITERATED && isTransliterated(text.slice(at, tokens[k].end)) && !FUNCTION_WORD_TAGS_IN_FRAMES.test(tokens[k].tag); k++) {
    const next = tokens[k + 1]?.word ?? '';
    if (isSpeechWord(next) && !isTitleHead(next)) return tokens[k].end;
  }
  for (let k = tokenStartingAt(tokens, read); k >= 0 && k < tokens.length && tokens[k].end - at <= MAX_TRANSLITERATED; k++) {
    const { start, tag, end } = tokens[k];
    if (!NAME_PIECE_TAG.test(tag) || !nameCharsOnly(text, start, end)) return read;
    if (TRANSLITERATION_ENDS.has(text[end] ?? '')) return end;
  }
  return read;
}

const TALK_JOINERS = new Set(titles.talkFrames.joiners);
/** Titles written after a name that are an official's head (总理 in 瓦拉德卡总理): not the forms of address (先生). */
const ROLES_AFTER_NAME_HEADS = RULES_TITLES_AFTER_NAME.filter((title) => isTitleHead(title));
/** A name of two to LONGEST_TALK_NAME characters right before the talk: 阿比|会谈, 宋赛|举行会谈. */
const LONGEST_TALK_NAME = 8;
const TALK_AFTER_NAME = new RegExp(`^([^\\s，。、；：“”《》（）]{2,${LONGEST_TALK_NAME}}?)(?:${titles.talkFrames.acts.join('|')})`);

/**
 * 李强同阿比会谈: after a person found and 同 or 与, a name right before the talk is the other side, though no title
 * stands near it (the headline names the country's premier). Only name characters, in words the segmenter takes
 * for names or does not know; not a country's side (泰方).
 */
function talkCounterparts({ text, tokens }: PeopleContext, found: Found): void {
  for (const first of [...found.mentions]) {
    const at = first.end + 1;
    // 同瓦拉德卡总理举行会谈: a title written after the other side's name is no part of it.
    const read = talkCounterpartAt(text, first.end);
    const titleAfter = read && ROLES_AFTER_NAME_HEADS.find((title) => read.length - title.length >= 2 && read.endsWith(title));
    const name = titleAfter ? read.slice(0, -titleAfter.length) : read;
    if (!name || found.overlaps(at, at + name.length)) continue;
    const words = tokens.slice(Math.max(0, tokenAt(tokens, at)), tokenAt(tokens, at + name.length - 1) + 1);
    // 同夏/x|巴兹/ns|举行会谈: a place word of the segmenter's only as a piece of the name, not the whole (同法国会谈).
    const piece = (w: Token) => NAME_PIECE_TAG.test(w.tag) || (w.tag === PLACE_TAG && (w.start > at || w.end < at + name.length));
    if (words.some((w) => !piece(w) || isTitleHead(w.word))) continue;
    const end = at + name.length;
    const titled = titleAfter ? { role: titleAfter, roleSpan: { start: end, end: end + titleAfter.length }, official: OFFICIAL_HEADS.has(titleAfter) || undefined } : {};
    found.add({ start: at, end, canonical: name, ...titled });
  }
}
/** The segmenter's tag of a place word. */
const PLACE_TAG = 'ns';
const MAX_TALK_ACT = Math.max(...titles.talkFrames.acts.map((act) => act.length));

/** The name between a joiner at `joinerAt` (同, 与) and a talk (…同|阿比|会谈), if only name characters stand there and it is no country's side. */
export function talkCounterpartAt(text: string, joinerAt: number): string | undefined {
  return TALK_JOINERS.has(text[joinerAt] ?? '') ? nameBeforeAct(text, joinerAt + 1, TALK_AFTER_NAME, LONGEST_TALK_NAME + MAX_TALK_ACT) : undefined;
}

/** A frame that says a name stands between its verb and its act, though no title stands near it. */
interface NameFrame { verbs: string[]; afterName: RegExp; reach: number; unknownWordNames: boolean }
const nameFrame = ({ verbs, acts }: { verbs: string[]; acts: string[] }, unknownWordNames = false): NameFrame => ({
  verbs,
  unknownWordNames,
  afterName: new RegExp(`^([^\\s，。、；：“”《》（）]{2,${LONGEST_TALK_NAME}}?)(?:${acts.join('|')})`),
  reach: LONGEST_TALK_NAME + Math.max(...acts.map((act) => act.length)),
});
/** 会见|傅崐萁|率领的…参访团 (titles.json leaderFrames). */
const LEADER_FRAME = nameFrame(titles.leaderFrames);
/** 致电|通伦|，祝贺他…, 致电祝贺|通伦|当选… (titles.json congratulationFrames). */
const CONGRATULATION_FRAME = nameFrame(titles.congratulationFrames, true);

/** 会见|傅崐萁|率领的…参访团: the delegation's leader a meeting's verb ending at `at` names (framedNameAt). */
export const delegationLeaderAt = (text: string, at: number, tokens: Token[]): string | undefined => framedNameAt(LEADER_FRAME, text, at, tokens);
/** 习近平致电|通伦|，祝贺他…: the person a message ending at `at` congratulates (framedNameAt). */
export const congratulatedAt = (text: string, at: number, tokens: Token[]): string | undefined => framedNameAt(CONGRATULATION_FRAME, text, at, tokens);

/**
 * The name between a frame's verb ending at `at` and its act (会见|傅崐萁|率领的…参访团): a surname with name
 * characters in no ordinary word, or a transliteration in name words; none holds a title's head (会见国民党副主席率领的…).
 * Not after a verb that only begins a longer verb of the frame (致电|祝贺…: 致电祝贺).
 */
function framedNameAt(frame: NameFrame, text: string, at: number, tokens: Token[]): string | undefined {
  const verb = frame.verbs.find((word) => text.startsWith(word, at - word.length));
  if (verb === undefined || frame.verbs.some((longer) => longer.length > verb.length && longer.startsWith(verb) && text.startsWith(longer, at - verb.length))) return undefined;
  const name = nameBeforeAct(text, at, frame.afterName, frame.reach, tokens);
  if (!name) return undefined;
  const end = at + name.length;
  const words = tokens.slice(Math.max(0, tokenAt(tokens, at)), tokenAt(tokens, end - 1) + 1);
  if (words[0]?.start !== at || words[words.length - 1].end !== end || words.some((w) => isTitleHead(w.word))) return undefined;
  const chinese = surnameLength(text, at) > 0 && name.length <= LONGEST_CHINESE_NAME && !words.some(isCommonWord);
  const foreign = isTransliterated(name) && words.every((w) => NAME_PIECE_TAG.test(w.tag) || w.tag === PLACE_TAG);
  // 致电|通伦/x|，祝贺: a message's frame is surer of its name than a meeting's: one word the segmenter does not know.
  const unknownWord = frame.unknownWordNames && words.length === 1 && words[0].tag === UNKNOWN_WORD_TAG;
  return chinese || foreign || unknownWord ? name : undefined;
}

/** Who leads the delegation a leader met (会见|傅崐萁|率领的…), who a message congratulates: the frame says a name stands there. */
function framedNames({ text, tokens }: PeopleContext, found: Found): void {
  for (const frame of [LEADER_FRAME, CONGRATULATION_FRAME]) {
    for (const verb of frame.verbs) {
      for (let verbAt = text.indexOf(verb); verbAt >= 0; verbAt = text.indexOf(verb, verbAt + 1)) {
        const at = verbAt + verb.length;
        const name = framedNameAt(frame, text, at, tokens);
        if (name && !found.overlaps(at, at + name.length)) found.add({ start: at, end: at + name.length, canonical: name });
      }
    }
  }
}

/** The name `beforeAct` reads at `at` (its first group), if only name characters stand there and it is no country's side. */
function nameBeforeAct(text: string, at: number, beforeAct: RegExp, reach: number, tokens?: Token[]): string | undefined {
  const read = beforeAct.exec(text.slice(at, at + reach))?.[1];
  // 班禅|还/d|主持: an adverb between the name and the act is no part of the name.
  const name = read && tokens && read.length > 2 && isAdverbAfterName(text, at + read.length - 1, tokens) ? read.slice(0, -1) : read;
  return name && nameCharsOnly(text, at, at + name.length) && !endsWithCountrySide(name) ? name : undefined;
}

const AWARD_VERBS = new WordList(titles.awardFrames.verbs);
/** A name of the list after an award's verb, with the note that may follow it ((女)), and the mark after it. */
const AWARDEE = /^([^\s，。、；：“”《》（）()]{2,4}?)((?:[（(][^（）()]{1,4}[）)])?)([、“])/;

/**
 * 授予张伯礼、张定宇、陈薇（女）“人民英雄”国家荣誉称号: the people an award's verb lists before the quoted honour, each
 * with the honour as its role where a title's ending follows it (称号; not the medal 共和国勋章).
 */
function awardees(text: string, verbEnd: number): { names: Span[]; role?: string; roleSpan?: Span } | undefined {
  const names: Span[] = [];
  for (let at = verbEnd; ;) {
    const item = AWARDEE.exec(text.slice(at, at + AWARDEE_REACH));
    if (!item || !nameCharsOnly(text, at, at + item[1].length)) return undefined;
    names.push({ start: at, end: at + item[1].length });
    at += item[0].length;
    if (item[3] === '、') continue;
    const close = text.indexOf('”', at);
    if (close < 0 || close - at > LONGEST_HONOUR) return undefined;
    const honoured = titles.awardFrames.titleEnds.some((end) => text.startsWith(end, close + 1));
    return honoured ? { names, role: text.slice(at, close), roleSpan: { start: at, end: close } } : { names };
  }
}
const AWARDEE_REACH = 12;
/** How many awardees before a name isAwardee looks back over. */
const AWARDEES_LISTED = 4;
const LONGEST_HONOUR = 16;

/** The awards' people (awardees): as sure as a title, for their frame says they are people. */
function awardedNames({ text }: PeopleContext, found: Found): void {
  for (let at = 0; at < text.length; at++) {
    const verb = AWARD_VERBS.startingAt(text, at);
    if (verb === undefined) continue;
    const award = awardees(text, at + verb.length);
    for (const name of award?.names ?? []) {
      if (!found.overlaps(name.start, name.end)) found.add({ ...name, canonical: text.slice(name.start, name.end), role: award!.role, roleSpan: award!.roleSpan, official: award!.role ? false : undefined });
    }
  }
}

/** Whether text[start, end) is one of the people an award's verb lists before its honour (授予|钟南山|“共和国勋章”). */
export function isAwardee(text: string, start: number, end: number): boolean {
  for (let at = start; at >= Math.max(0, start - AWARDEE_REACH * AWARDEES_LISTED); at--) {
    if (titles.awardFrames.verbs.some((verb) => text.startsWith(verb, at - verb.length))) return awardees(text, at)?.names.some((name) => name.start === start && name.end === end) ?? false;
  }
  return false;
}

const CHAIR_OPENER = titles.chairFrames.opener;
/** A Chinese name (surname and one or two characters) right before the act of chairing. */
const CHAIR_AFTER_NAME = new RegExp(`^([^\\s，。、；：“”《》（）]{2,3}?)(?:${titles.chairFrames.acts.join('|')})`);
const CHAIR_REACH = 3 + Math.max(...titles.chairFrames.acts.map((act) => act.length));

/**
 * 会议由万钢主持: the name between 由 and 主持 chaired, though no title stands near it; a surname opens it, and it is
 * no ordinary word of the segmenter's (由大会主持, 由双方主持 name no one).
 */
function chairs({ text, tokens }: PeopleContext, found: Found): void {
  for (const opener of CHAIR_OPENERS) {
    for (let openerAt = text.indexOf(opener); openerAt >= 0; openerAt = text.indexOf(opener, openerAt + 1)) {
      const at = openerAt + 1;
      const name = chairAt(text, openerAt, tokens);
      if (name && !found.overlaps(at, at + name.length)) found.add({ start: at, end: at + name.length, canonical: name });
    }
  }
}
/** 由, and the marks that open a clause whose subject chairs (…等出席开幕会，|辜胜阻|主持开幕会). */
const CHAIR_OPENERS = [CHAIR_OPENER, ...titles.chairFrames.clauseOpeners];

/** The name between 由 or a clause's opening mark at `openerAt` and the act of chairing (会议由|万钢|主持), if it is one. */
export function chairAt(text: string, openerAt: number, tokens: Token[]): string | undefined {
  const at = openerAt + 1;
  if (!CHAIR_OPENERS.includes(text[openerAt]) || surnameLength(text, at) === 0) return undefined;
  const name = nameBeforeAct(text, at, CHAIR_AFTER_NAME, CHAIR_REACH, tokens);
  const word = name && tokens[tokenStartingAt(tokens, at)];
  return name && !(word && word.end === at + name.length && isCommonWord(word)) ? name : undefined;
}

const ATTENDANCE_ACTS = titles.attendanceFrames.acts;
/** What a sentence of attendants starts after: the text's or a line's start, or the end of a sentence. */
const SENTENCE_START = /^(?:|[\n。！？])$/;
/** The most characters of one attendant's name (阿不都热合曼·阿不都热依木 is longer: a dotted name may be). */
const LONGEST_ATTENDANT = 8;

/**
 * 洛桑江村参加会见。, 王毅、洛桑江村等参加会谈。: a sentence that is only names before an act of attending (titles.json
 * attendanceFrames). Each item: name characters or a dotted name, no ordinary word of the segmenter's unless all its
 * characters are transliteration's (阿不都|热合/v|曼). Undefined
 * where the sentence before the act at `actAt` is anything else (中方代表团成员参加会见).
 */
export function attendantsBefore(text: string, actAt: number, tokens: Token[]): Span[] | undefined {
  const itemsEnd = text.startsWith(titles.attendanceFrames.listEnd, actAt - 1) ? actAt - 1 : actAt;
  let start = itemsEnd;
  while (start > 0 && !SENTENCE_START.test(text[start - 1])) start--;
  if (start === itemsEnd) return undefined;
  const items: Span[] = [];
  for (let at = start; at < itemsEnd; ) {
    let end = at;
    while (end < itemsEnd && text[end] !== '、') end++;
    const item = text.slice(at, end);
    const dotted = DOTTED_NAME_WHOLE.test(item);
    // 陈/nr|全国/n: a surname and two given characters the segmenter read as a word are a name in such a list.
    const surnamedName = item.length <= LONGEST_CHINESE_NAME - 1 && surnameLength(text, at) === 1;
    if ((!dotted && (item.length < 2 || item.length > LONGEST_ATTENDANT || !nameCharsOnly(text, at, end))) || NOT_NAME_WORDS.has(item) || (holdsOrdinaryWord(tokens, at, end) && !isTransliterated(item) && !surnamedName)) return undefined;
    items.push(...(knownOfficialsWrittenTogether(tokens, at, end) ?? [{ start: at, end }]));
    at = end + 1;
  }
  return items;
}
/** 李强蔡奇丁薛祥 (a subheading's run of names): words that are each a known official and together the whole item. */
function knownOfficialsWrittenTogether(tokens: Token[], start: number, end: number): Span[] | undefined {
  const words: Span[] = [];
  for (let k = firstTokenFrom(tokens, start); k < tokens.length && tokens[k].start < end; k++) {
    if (tokens[k].start !== (words[words.length - 1]?.end ?? start) || tokens[k].end > end || !KNOWN_OFFICIALS.has(tokens[k].word)) return undefined;
    words.push({ start: tokens[k].start, end: tokens[k].end });
  }
  return words.length >= 2 && words[words.length - 1].end === end ? words : undefined;
}

/**
 * Whether an ordinary word of the segmenter's lies within [start, end) (中方|代表团|成员): no name holds one. A place it
 * guessed is no such word here (洛桑/ns).
 */
function holdsOrdinaryWord(tokens: Token[], start: number, end: number): boolean {
  for (let k = firstTokenFrom(tokens, start); k < tokens.length && tokens[k].start < end; k++) {
    if (tokens[k].end <= end && isCommonWord(tokens[k]) && tokens[k].tag !== 'ns') return true;
  }
  return false;
}
/** A dotted name and nothing else (阿不都热合曼·阿不都热依木). */
const DOTTED_NAME_WHOLE = new RegExp(`^[\\p{Script=Han}]{1,8}(?:[${MIDDLE_DOTS_CLASS}][\\p{Script=Han}]{1,8})+$`, 'u');

/** Whether the span is one of the attendants a sentence of names lists before an act of attending (above). */
export function isAttendant(text: string, start: number, end: number, tokens: Token[]): boolean {
  // Only this sentence's rest is read: the combination asks this of each untitled name.
  let sentenceEnd = end;
  while (sentenceEnd < text.length && !SENTENCE_START.test(text[sentenceEnd])) sentenceEnd++;
  const rest = text.slice(end, sentenceEnd);
  for (const act of ATTENDANCE_ACTS) {
    const actAt = rest.indexOf(act);
    if (actAt >= 0 && attendantsBefore(text, end + actAt, tokens)?.some((item) => item.start === start && item.end === end)) return true;
  }
  return false;
}

/** Every attendant of every sentence of names before an act of attending (above). */
function attendants({ text, tokens }: PeopleContext, found: Found): void {
  for (const act of ATTENDANCE_ACTS) {
    for (let at = text.indexOf(act); at >= 0; at = text.indexOf(act, at + act.length)) {
      for (const item of attendantsBefore(text, at, tokens) ?? []) {
        if (!found.overlaps(item.start, item.end)) found.add({ start: item.start, end: item.end, canonical: text.slice(item.start, item.end) });
      }
    }
  }
}

/** What ends a clause right after a name. */
const CLAUSE_END = /^[。，；！？]$/;

/** The most characters of a name in a 、-list that the reading of a name may fall short of (阿拉腾达来). */
const LONGEST_LISTED_NAME = 6;

/**
 * Where a name read at `at`, after a 、 of a list, ends: a reading that stops short of the next 、 (…、阿拉腾|达来、何润生,
 * where the segmenter cut 阿拉|腾达|来) runs to it when only name characters stand between; else the reading as it was.
 * No reading at all is left alone: the item may be another title (…、省长王明).
 * Not the list's first name: what follows it may be the sentence's verb (主任王明出席、…).
 */
function listedItemEnd(text: string, at: number, read: number): number {
  if (read < 0 || text[read] === '、' || isNameBoundary(text, read)) return read;
  // …、罗富|和。: a joiner with nothing after it to join is the name's last character.
  if (LIST_JOINERS.has(text[read]) && read + 1 - at <= LONGEST_LISTED_NAME && CLAUSE_END.test(text[read + 1] ?? '')) return read + 1;
  const mark = text.indexOf('、', read);
  return mark >= 0 && mark - at <= LONGEST_LISTED_NAME && nameCharsOnly(text, read, mark) ? mark : read;
}

/**
 * Whether the title `head` is written right after a name the segmenter knows (习近平|主席|卓越的, 习近平|总书记|念兹在兹):
 * it is that person's title, and what follows it is no name.
 */
function titleOfNameBefore(tokens: Token[], head: number, isPlace: (token: Token) => boolean): boolean {
  const before = tokens[head - 1];
  if (before === undefined || before.end !== tokens[head].start || !KNOWN_NAME_TAGS.test(before.tag) || before.word.length < 2 || !hasSurname(before.word)) return false;
  // 驻|沙特/nr|大使: a place the segmenter tags as a name is where the official serves; 中央|文明委/nr|主任: an organ's
  // short name is part of the title.
  return !isPlace(before) && titleChainStart(tokens, head, 0, isPlace) === head;
}

const APPOINTMENT_VERBS = new Set(titles.appointmentVerbs);
/** Whether an appointment's verb (titles.json appointmentVerbs) ends right at `at`, before a name (任命|苗生明). */
export const appointmentVerbEndsAt = (text: string, at: number): boolean => titles.appointmentVerbs.some((verb) => text.startsWith(verb, at - verb.length));
/** Whether an appointment's verb or a holding frame's word (以…为团长: titles.json holdingFrames) ends right at `at`. */
export const appointmentFrameEndsAt = (text: string, at: number): boolean =>
  appointmentVerbEndsAt(text, at) || titles.holdingFrames.some((word) => text.startsWith(word, at - word.length));
const HOLDING_FRAMES = new Set(titles.holdingFrames);
/** 以…为代表的: a set phrase, no post held. */
const NOT_HELD_POSTS = new Set(titles.postsNotHeld);
/** How far after 为 the head of the post may end. */
const LONGEST_POST = 30;
/** 同志, written after a name: in appointments, removals and resignations (李明同志为…), and as a form of address (时建中同志). */
export const COMRADE = '同志';
/** A Chinese name's length, surname included, in an appointment's or a removal's frame. */
const FRAMED_NAME_LENGTHS = [2, 3, 4];

/**
 * Where a name in an appointment's or a removal's frame may end, shortest first: the name as read anywhere, then,
 * since the frame itself says a person stands there, any surname with name characters, whatever words the
 * segmenter made of them (雷|海潮|为, 茅仲|华为: the 为 glued into 华为; 韩/j|卫国/ns).
 */
function framedNameEnds(text: string, at: number, tokens: Token[]): number[] {
  const ends = [nameEndAt(text, at, tokens)];
  // 噶玛泽登同志: a name with no surname (Tibetan, Uyghur), which 同志 closes off.
  const surnamed = surnameLength(text, at) > 0;
  for (const length of FRAMED_NAME_LENGTHS) {
    if (surnamed ? nameCharsOnly(text, at + 1, at + length) : nameCharsOnly(text, at, at + length) && text.startsWith(COMRADE, at + length)) ends.push(at + length);
  }
  // 梁晔|不再/d|担任: not on from the name as read anywhere over a function word or adverb of two characters or more
  // the segmenter read whole (but 李|微微/d: no name read there, the frame's reading stands).
  const read = ends[0];
  const overFunctionWord = (end: number) => {
    if (read <= at) return false;
    for (let k = firstTokenFrom(tokens, read); k < tokens.length && tokens[k].end <= end; k++) {
      if (tokens[k].word.length >= 2 && FUNCTION_WORD_TAGS_IN_FRAMES.test(tokens[k].tag)) return true;
    }
    return false;
  };
  return ends.filter((end, i) => end > at && ends.indexOf(end) === i && !overFunctionWord(end)).sort((a, b) => a - b);
}
/** Tags of words no name holds: adverbs, prepositions, conjunctions, pronouns. */
const FUNCTION_WORD_TAGS_IN_FRAMES = /^(d|p|c|r)$/;

/** Words of an organ's name that a title chain elsewhere does not take (国家卫生|健康/a|委员会): nouns and adjectives. */
const ORGAN_NAME_WORD_TAGS = /^(n|nt|ns|nz|j|b|an|vn|a|v|c)$/;

/**
 * The posts after an appointment's 为 (its tokens from `from`), shortest first: each chain from `from` to one of
 * its title heads (…委员, …委员、经济委员会副主任). Between 为 and the head the frame says a post stands, so the
 * chain may also start with adjectives of an organ's name that a chain elsewhere would stop at (国家卫生健康委员会主任).
 */
function postsAfter(tokens: Token[], from: number, isPlace: (token: Token) => boolean): { head: number; official: boolean }[] {
  const start = tokens[from].start;
  const posts: { head: number; official: boolean }[] = [];
  for (let head = from; head < tokens.length && tokens[head].end - start <= LONGEST_POST; head++) {
    const official = headKindAt(tokens, head);
    if (official === undefined || isTitleHead(tokens[head + 1]?.word ?? '')) continue;
    const chainStart = titleChainStart(tokens, head, from, isPlace);
    // An ordinal opens its post: words before it are no organ's name (薛景|霞|第十四届…: the name is 薛景霞).
    const organWordsFrom = (first: number) =>
      !isTermOrdinal(tokens[chainStart].word) && tokens.slice(first, chainStart).every((token) => ALL_HAN.test(token.word) && ORGAN_NAME_WORD_TAGS.test(token.tag));
    // …常委、文化文史和学习委员会主任: an earlier post of the chain, its joiner, then the organ's words.
    const afterEarlierPost = (joiner: number) => isJoiner(tokens[joiner].word) && headKindAt(tokens, joiner - 1) !== undefined &&
      titleChainStart(tokens, joiner - 1, from, isPlace) === from && organWordsFrom(joiner + 1);
    const organWords = organWordsFrom(from) || tokens.slice(from + 1, chainStart).some((_, k) => afterEarlierPost(from + 1 + k));
    if (chainStart === from || (chainStart > from && organWords)) posts.push({ head, official });
    else if (posts.length) break;
  }
  return posts;
}

/**
 * The post a frame gives the name ending at `end`, after one of `closers` ('' where the post follows the name):
 * the longest chain, or the one right before one of `before` (免去…常委、…副主任|职务).
 */
function framedPost(text: string, end: number, closers: readonly string[], tokens: Token[], isPlace: (token: Token) => boolean, before?: readonly string[]):
  { roleSpan: Span; official: boolean } | undefined {
  const closer = closers.find((c) => text.startsWith(c, end));
  if (closer === undefined) return undefined;
  const from = tokenStartingAt(tokens, end + closer.length);
  // 选举王建国|为市/x|人大常委会主任: the post's level the segmenter glued to the frame's 为, put back at its start.
  const glued = from < 0 ? levelGluedBefore(tokens, end + closer.length) : undefined;
  if (from < 0 && !glued) return undefined;
  const apart = glued ? [glued.level, ...tokens.slice(glued.next, glued.next + MAX_POST_TOKENS)] : before && postEndsApart(tokens, from, before);
  const [words, first] = apart ? [apart, 0] : [tokens, from];
  const posts = postsAfter(words, first, isPlace);
  const post = before ? posts.find((p) => before.some((word) => text.startsWith(word, words[p.head].end))) : posts[posts.length - 1];
  return post && { roleSpan: { start: words[first].start, end: words[post.head].end }, official: post.official };
}

/** How many tokens a post after a frame may hold (第十四届|全国|政协|…|副|秘书长). */
const MAX_POST_TOKENS = 16;

/**
 * A level of office (省, 市: titles.json levelsAfterJoiner) that the segmenter glued to the word before `at` (为市/x),
 * as a token of its own, and the index of the token after the glued one; undefined if none.
 */
function levelGluedBefore(tokens: Token[], at: number): { level: Token; next: number } | undefined {
  const index = tokenAt(tokens, at - 1);
  const token = tokens[index];
  if (!token || token.end !== at + 1 || token.word.length !== 2 || !isLevelAfterJoiner(token.word[1])) return undefined;
  return { level: { word: token.word[1], tag: 'n', start: at, end: token.end }, next: index + 1 };
}

/**
 * The tokens from `from` as far as a post may reach, with a title the segmenter glued to the word that closes the
 * post put apart from it (外交部|部长职务/n → 部长|职务); undefined where no word is so glued.
 */
function postEndsApart(tokens: Token[], from: number, closing: readonly string[]): Token[] | undefined {
  const window: Token[] = [];
  let glued = false;
  for (let i = from; i < tokens.length && tokens[i].start - tokens[from].start <= LONGEST_POST; i++) {
    const token = tokens[i];
    const close = closing.find((word) => token.word.length > word.length && token.word.endsWith(word) && isTitleHead(token.word.slice(0, -word.length)));
    if (close === undefined) {
      window.push(token);
      continue;
    }
    const at = token.end - close.length;
    window.push({ ...token, word: token.word.slice(0, -close.length), tag: 'n', end: at }, { word: close, tag: 'n', start: at, end: token.end });
    glued = true;
  }
  return glued ? window : undefined;
}

/**
 * 增补|张升民|为|中央军事委员会副主席, 任命李明为外交部部长, 增补李明同志为…: the name between the verb and 为, the
 * chain after 为 its post. The shortest name with a post after its 为 (王为民为主任: 王为民).
 */
function appointedNames({ text, tokens, isPlace }: PeopleContext, found: Found): void {
  // A clause that opens with a list of names and their post (…宣布：张高丽、刘延东、汪洋、马凯为国务院副总理；…):
  // the list says who, 为 and the post what, whatever verb (决定, 宣布) stood before.
  for (let at = 0; at < text.length; at++) {
    // So does a list right after a verb that opens one (会议决定刘奇、刘俊臣、…为大会副秘书长。).
    const opensList = at === 0 || CLAUSE_OPENING.test(text[at - 1]) || LIST_APPOINTMENT_OPENERS.endingAt(text, at);
    // After a semicolon, one of a series of appointments (…；卢昌华为港澳台侨委员会副主任，…) needs no list.
    if (opensList && surnameLength(text, at) > 0) appointedAt(text, at, tokens, isPlace, found, false, text[at - 1] === '；' ? 1 : LISTED_APPOINTMENT);
  }
  tokens.forEach((verb) => {
    // 会见了|以周/x|融为/v|团长的…: the frame's 以 the segmenter glued to the name's first character.
    const gluedHolding = verb.tag === UNKNOWN_WORD_TAG && verb.word.length > 1 && HOLDING_FRAMES.has(verb.word[0]);
    const holding = HOLDING_FRAMES.has(verb.word) || gluedHolding;
    if (!APPOINTMENT_VERBS.has(verb.word) && !holding) return;
    // 选举甲同志为…副书记，乙同志为…委员: the verb goes on over the next name and its post.
    for (let start = gluedHolding ? verb.start + 1 : verb.end; ;) {
      const appointed = appointedAt(text, start, tokens, isPlace, found, holding, 1, start !== verb.end);
      if (!appointed || !APPOINTMENTS_GO_ON.has(text[appointed.roleSpan.end])) return;
      start = appointed.roleSpan.end + 1;
    }
  });
}

/** The end of a name of a list in an appointment's frame that stops at the next 、 or the frame's 为: none or one end. */
function listedNameEnd(text: string, at: number): number[] {
  for (let end = at + 2; end <= at + LONGEST_CHINESE_NAME && end < text.length; end++) {
    if (!nameCharsOnly(text, at, end)) return [];
    if (text[end] === '、' || titles.appointmentNameEnds.some((closer) => text.startsWith(closer, end))) return [end];
  }
  return [];
}

/** Verbs that open a list of appointees (titles.json listAppointmentOpeners: 决定), asked at every character. */
const LIST_APPOINTMENT_OPENERS = new WordList(titles.listAppointmentOpeners);
/** What goes on from one appointment to the next one the same verb makes (…副书记，张忠同志为…; …副主任、徐乐江为…). */
const APPOINTMENTS_GO_ON = new Set(['，', '；', '、']);
/** What a clause opens after: a sentence's or clause's end, a colon, a line break. */
const CLAUSE_OPENING = /[，；：。！？\n]/;
/** The fewest names a list with no appointment verb before it needs to be read as one (one name alone: 张明为此…). */
const LISTED_APPOINTMENT = 2;

/**
 * The shortest name at `start` with a post after its 为, added to `found` with the names of a 、-list before it
 * (增补甲、乙同志为…委员: the post is each one's); undefined if none. `inSeries`: an appointment after another one of
 * the same verb's.
 */
function appointedAt(text: string, start: number, tokens: Token[], isPlace: (token: Token) => boolean, found: Found, holding: boolean, fewestNames = 1, inSeries = false): { roleSpan: Span } | undefined {
  const listed: Span[] = [];
  for (let at = start; ;) {
    let listGoesOn: number | undefined;
    // 以 is no verb of its own: only a name read as one, or closed by 同志, stands in its frame.
    const framed = holding ? framedNameEnds(text, at, tokens).filter((end) => end === nameEndAt(text, at, tokens) || text.startsWith(COMRADE, end)) : framedNameEnds(text, at, tokens);
    // 增补田杰、陈惠丰、晓敏、凌振国为…: after a 、 of the list, a name with no surname runs to the next 、 or 为; so
    // does a name the verb's series of appointments goes on to (任命…副主任、庹震为…: 庹 is no surname the list knows).
    const ends = framed.length > 0 ? framed : listed.length > 0 ? listedNameEnd(text, at) : inSeries ? listedNameEnd(text, at).filter((end) => text[end] === APPOINTED_AS) : [];
    // A list's first name that no 、 follows makes no list (asked at every clause's surname): no post to look for.
    if (listed.length + 1 < fewestNames && !ends.some((end) => text[end] === '、')) return undefined;
    for (const end of ends) {
      if (found.overlaps(at, end)) continue;
      const framed = framedPost(text, end, titles.appointmentNameEnds, tokens, isPlace);
      const post = holding && framed && NOT_HELD_POSTS.has(text.slice(framed.roleSpan.start, framed.roleSpan.end)) ? undefined : framed;
      if (!post) {
        if (listGoesOn === undefined && text[end] === '、') listGoesOn = end;
        continue;
      }
      // A list with no appointment verb is one only where the post closes its clause (not 冯巩、牛群等为学生们表演).
      if (listed.length + 1 < fewestNames || (fewestNames > 1 && !CLAUSE_END.test(text[post.roleSpan.end] ?? ''))) return undefined;
      const role = text.slice(post.roleSpan.start, post.roleSpan.end);
      for (const name of [...listed, { start: at, end }]) found.add({ ...name, canonical: text.slice(name.start, name.end), role, roleSpan: post.roleSpan, official: post.official });
      return post;
    }
    if (listGoesOn === undefined) return undefined;
    listed.push({ start: at, end: listGoesOn });
    at = listGoesOn + 1;
  }
}

const REMOVAL_VERBS = new Set(titles.removalVerbs);
const REMOVAL_VERB_LIST = new WordList(titles.removalVerbs);

/** Whether a removal's verb ends right at `at` (免去|陈进行…职务): the name after it is the one removed. */
export const followsRemovalVerb = (text: string, at: number): boolean =>
  REMOVAL_VERB_LIST.endingAt(text, at) || (text[at - 1] === PERFECTIVE && REMOVAL_VERB_LIST.endingAt(text, at - 1));
/** The aspect particle a removal's verb may take (免去了冯淑萍的…职务). */
const PERFECTIVE = '了';

/**
 * 免去|李明|的|外交部部长|职务, 免去李明兼任的…职务, 免去李明第十四届全国政协常委职务, 撤销李明、王华第十四届全国政协
 * 委员资格: the names between the verb and the post (a 、-list shares it), the post before 职务 (资格) the title
 * each held until then (who held which post when).
 */
function removedNames({ text, tokens, isPlace }: PeopleContext, found: Found): void {
  tokens.forEach((verb) => {
    if (!REMOVAL_VERBS.has(verb.word)) return;
    const names: Span[] = [];
    let at = verb.end + (text[verb.end] === PERFECTIVE ? 1 : 0);
    for (;;) {
      const listed = removedNameAt(text, at, tokens, isPlace);
      if (!listed || found.overlaps(at, listed.end)) return;
      names.push({ start: at, end: listed.end });
      if (listed.post) {
        const { roleSpan, official } = listed.post;
        const role = text.slice(roleSpan.start, roleSpan.end);
        for (const name of names) found.add({ ...name, canonical: text.slice(name.start, name.end), role, roleSpan, official });
        return;
      }
      at = listed.end + 1;
    }
  });
}

/**
 * The name at `at` in a removal's frame and what follows it: the next name of a 、-list (no post), or the post
 * held, right after the name or after 的 / 兼任的, ending before 职务 or 资格. Undefined where neither follows.
 */
function removedNameAt(text: string, at: number, tokens: Token[], isPlace: (token: Token) => boolean):
  { end: number; post?: { roleSpan: Span; official: boolean } } | undefined {
  const ends = framedNameEnds(text, at, tokens);
  for (const [i, end] of ends.entries()) {
    if (text[end] === '、' && framedNameEnds(text, end + 1, tokens).length) return { end };
    // 免去|易会/x|满/a|政协…职务: a lone adjective the segmenter cut off a name opens no post where a longer reading of
    // the name takes it in (易会满).
    const loneAdjective = tokens[tokenStartingAt(tokens, end)];
    if (i < ends.length - 1 && loneAdjective?.word.length === 1 && loneAdjective.tag === ADJECTIVE_TAG && ends[i + 1] === loneAdjective.end) continue;
    const post = framedPost(text, end, titles.removalNameEnds, tokens, isPlace, titles.removalPostEnds);
    if (post) return { end, post };
  }
  return undefined;
}
const ADJECTIVE_TAG = 'a';

/** What may stand between a resigning person's name and the verb (黄莉新同志请辞). */
const BEFORE_RESIGNATION = COMRADE;

/**
 * 接受黄莉新同志请辞第十四届全国政协委员的决定, 杨晖、李生龙辞去…职务: the names before the verb (each the longest
 * reading that starts a segmenter word and ends there), the post after it the title each held until then.
 */
const RESIGNATION_VERBS = new WordList(titles.resignationVerbs);

function resignedNames({ text, tokens, isPlace }: PeopleContext, found: Found): void {
  // A verb of one word (请辞) or of several (不再|担任), also inside a word the segmenter glued to the name's last
  // character (卢家|培辞任/x): each verb is looked for in the text, not at the words' starts.
  for (const verbWord of RESIGNATION_VERBS.words) {
    for (let at = text.indexOf(verbWord); at >= 0; at = text.indexOf(verbWord, at + verbWord.length)) resignedBefore(at, verbWord);
  }
  function resignedBefore(verbStart: number, verbWord: string): void {
    const verb = { start: verbStart, end: verbStart + verbWord.length };
    const post = framedPost(text, verb.end, [''], tokens, isPlace, [...titles.removalPostEnds, ...titles.resignationPostEnds]);
    if (!post) return;
    const role = text.slice(post.roleSpan.start, post.roleSpan.end);
    // 杨晖、李生龙辞去…: a 、-list before the verb shares the post.
    let end = text.endsWith(BEFORE_RESIGNATION, verb.start) ? verb.start - BEFORE_RESIGNATION.length : verb.start;
    for (;;) {
      const start = [...FRAMED_NAME_LENGTHS].reverse().map((length) => end - length)
        .find((at) => at >= 0 && tokenStartingAt(tokens, at) >= 0 && framedNameEnds(text, at, tokens).includes(end));
      if (start === undefined || found.overlaps(start, end)) return;
      found.add({ start, end, canonical: text.slice(start, end), role, roleSpan: post.roleSpan, official: post.official });
      if (text[start - 1] !== '、') return;
      end = start - 1;
    }
  }
}

const GAPS_BEFORE_NAMES = new Set(titles.gapsBeforeNames);
const COPULA_GAPS = new Set(titles.copulaGapsBeforeNames);
/** The length of the word for a relative at `at` (总统|夫人|扎帕罗娃: the name is the relative's, the title not theirs), else 0. */
export function relationAt(text: string, at: number): number {
  return titles.relationsAfterTitle.find((relation) => text.startsWith(relation, at))?.length ?? 0;
}

/** The length of a word such as 还有 between a title and its names (党外人士还有邵鸿、…), else 0. */
function gapBeforeNames(text: string, tokens: Token[], head: number): number {
  const next = tokens[head + 1];
  if (!next || next.start !== tokens[head].end) return 0;
  if (GAPS_BEFORE_NAMES.has(next.word)) return next.word.length;
  // 全国人大代表 龚玲：…: a caption's space between the title and the name of the speaker quoted after a colon.
  const caption = CAPTION_SPACE.exec(text.slice(next.start, next.start + CAPTION_WINDOW));
  if (caption) return caption[1].length;
  // 前“教育部长”杜正胜: a title in quotes (the mainland press quotes Taiwan's offices) is the name's after its closing quote
  // (titles.json quotedTitleMarkers).
  const opening = QUOTED_TITLE_OPENINGS.get(next.word);
  if (opening === undefined) return 0;
  const from = Math.max(0, tokens[head].end - LONGEST_QUOTED_TITLE);
  const before = text.slice(from, tokens[head].end);
  const open = before.lastIndexOf(opening);
  // Only Taiwan's offices are quoted so; other quoted titles are epithets (“扶贫司令”) or parts played.
  const marked = open >= 0 && QUOTED_TITLE_MARKERS.some((marker) => text.startsWith(marker, from + open - marker.length));
  return marked && !before.slice(open).includes(next.word) ? next.word.length : 0;
}
const MAX_CAPTION_NAME = 12;
/** A space or two, then a name (Chinese characters, a middle dot) and the colon that opens what the speaker says. */
const CAPTION_SPACE = new RegExp(`^([ \u3000]{1,2})[${HAN_RANGE}${MIDDLE_DOTS_CLASS}]{2,${MAX_CAPTION_NAME}}[：:]`);
const CAPTION_WINDOW = 2 + MAX_CAPTION_NAME + 1;
const QUOTED_TITLE_MARKERS = titles.quotedTitleMarkers;
/** Closing quotes and their openings. */
const QUOTED_TITLE_OPENINGS = new Map([['”', '“'], ['」', '「'], ['’', '‘']]);
/** How far before its head a quoted title may open: “立法院”党团干事长. */
const LONGEST_QUOTED_TITLE = 12;

/**
 * The end of the name right after a title, -1 if none: the longest of a Chinese reading, a transliterated one
 * (普里马科夫 starts with the surname 普), the segmenter's own word (卢卡申科) and a Japanese one (岸田文雄), else
 * a name closed off by punctuation.
 */
function nameAfterTitleEnd(text: string, at: number, tokens: Token[], isPlace: (token: Token) => boolean, official: boolean, afterByline = false): number {
  // 副总理|回良玉/nz|、张德江: a national leader the project knows, though no surname of the table opens the name; one of
  // two characters where the segmenter reads it as a word of its own (荣誉主席|连战/v|一起: a verb to it).
  const word = tokens[tokenStartingAt(tokens, at)];
  const known = knownOfficialStartingAt(text, at) ?? (word !== undefined && KNOWN_OFFICIALS.has(word.word) ? word.word : undefined);
  if (known && (isNameBoundary(text, at + known.length) || tokenStartingAt(tokens, at + known.length) >= 0)) return at + known.length;
  const end = nameAfterTitleReading(text, at, tokens, isPlace, official, afterByline);
  // 代表|焦安亲王 (焦/a 安亲王/nr): a name whose last character opens a title written after it (亲王) ends before it.
  return end - at > MIN_NAME_BEFORE_TITLE && TITLES_AFTER_NAME_TABLE.startingAt(text, end - 1) !== undefined ? end - 1 : end;
}
/** The segmenter's tag of a transliterated foreign name it knows (马哈茂德/nrt). */
const TRANSLITERATED_NAME_TAG = 'nrt';
/** The fewest characters a name keeps when its last one opens a title after it. */
const MIN_NAME_BEFORE_TITLE = 2;
const TITLES_AFTER_NAME_TABLE = new WordList(RULES_TITLES_AFTER_NAME);

/**
 * A dotted name of any Chinese characters at `at` (listedDottedNameEnd) that punctuation closes, with no follower's
 * character in its last part (皮埃罗·法西诺会以“: the name does not run on over 会以), or -1.
 */
function closedDottedNameEnd(text: string, at: number): number {
  const end = listedDottedNameEnd(text, at);
  if (end <= at || !isNameBoundary(text, end)) return -1;
  // Parts joined by middle dots, not hyphens (a hyphenated name is a transliteration's, read as one: 胡安－曼努埃尔－…).
  const name = text.slice(at, end);
  if (NAME_HYPHEN.test(name)) return -1;
  const last = name.slice(name.search(LAST_PART));
  return last.length <= LONGEST_LAST_PART && ![...last].some(isFollower) ? end : -1;
}
/**
 * 总统|培/v|尼亚/ns|，: three to five Chinese characters after an official's title that punctuation closes, all but one of
 * them transliteration's (but two of five: 主席|恩赫/x|包勒德/nr|。) and the last one too, in no title's head nor ordinary word of the segmenter's, are a foreign
 * name, or -1.
 */
function closedForeignNameEnd(text: string, at: number, tokens: Token[]): number {
  for (let end = at + MIN_CLOSED_FOREIGN_NAME; end <= at + MAX_CLOSED_FOREIGN_NAME; end++) {
    if (!isNameBoundary(text, end)) continue;
    const name = text.slice(at, end);
    if (!ALL_HAN.test(name) || !mostlyTransliterated(name) || !isTransliterated(name[name.length - 1]) || tokenStartingAt(tokens, end) < 0) return -1;
    // Nor one running on past a name the segmenter knows whole, foreign ones too (阿塔夫/nr|访英/nr|，: the visit after the name).
    const first = tokens[tokenStartingAt(tokens, at)];
    if (first && first.end < end && first.word.length >= 2 && NAME_WORD_TAGS.test(first.tag)) return -1;
    // 尼亚/ns: a place's word of transliteration's characters may be a piece of the name.
    const ordinary = (token: Token) => isCommonWord(token) && !(token.tag === PLACE_TAG && isTransliterated(token.word));
    for (let k = tokenStartingAt(tokens, at); k >= 0 && k < tokens.length && tokens[k].start < end; k++) if (ordinary(tokens[k]) || headKindAt(tokens, k) !== undefined) return -1;
    return end;
  }
  return -1;
}
/**
 * 文字编辑：见红蕊）: an editor's name in a credit line, right after the role's colon and closed off as credits are (a
 * space, a bracket, the line's end), whatever its first character (见 is in no surname table), or -1.
 */
function editorCreditNameEnd(text: string, at: number): number {
  if (!EDITOR_CREDIT.test(text.slice(Math.max(0, at - EDITOR_CREDIT_REACH), at))) return -1;
  const name = EDITOR_NAME.exec(text.slice(at, at + LONGEST_CHINESE_NAME + 1));
  return name ? at + name[1].length : -1;
}
const EDITOR_CREDIT = /编辑[：:]$/;
const EDITOR_CREDIT_REACH = 3;
/** Two to four Chinese characters, then a space, a closing bracket or the line's end. */
const EDITOR_NAME = /^(\p{Script=Han}{2,4})(?:[\s）)]|$)/u;
/** All characters but one transliteration's, or but two in a name of five (恩赫包勒德: 恩 and 包). */
const mostlyTransliterated = (name: string): boolean =>
  name.length >= LONG_CLOSED_FOREIGN_NAME ? [...name].filter((ch) => !isTransliterated(ch)).length <= 2 : transliteratedButOne(name);
const MIN_CLOSED_FOREIGN_NAME = 3;
const LONG_CLOSED_FOREIGN_NAME = 5;
const MAX_CLOSED_FOREIGN_NAME = 5;
/** Where the last part of a dotted name starts (after its last dot). */
const LAST_PART = new RegExp(`[^${MIDDLE_DOTS_CLASS}]+$`);
/** The most characters of a dotted name's last part read with no transliteration to vouch for it (廷素拉暖, 阿旺晋美). */
const LONGEST_LAST_PART = 4;

function nameAfterTitleReading(text: string, at: number, tokens: Token[], isPlace: (token: Token) => boolean, official: boolean, afterByline: boolean): number {
  // 主席和叶利钦: a function word after the title, not the surname 和.
  if (startsWithFunctionWord(text, at, tokens)) return -1;
  // 马哈茂|德/nrt: no Chinese name ends inside a foreign name the segmenter read whole.
  const word = tokens[tokenStartingAt(tokens, at)];
  const chineseRead = withGivenHe(text, at, nameEndAt(text, at, tokens), tokens);
  const chinese = word?.tag === TRANSLITERATED_NAME_TAG && chineseRead > at && chineseRead < word.end ? -1 : chineseRead;
  const foreign = Math.max(
    transliteratedNameEnd(at, tokens),
    boundedTransliteratedNameEnd(text, at, tokens),
    gluedWhenNameEnd(text, at, tokens),
    official ? unknownWordsNameEnd(text, at, tokens) : -1,
    titledWordNameEnd(text, at, tokens, isPlace, official),
    japaneseNameEnd(text, at, tokens),
    // 枢密院主席|炳·廷素拉暖|。: a dotted name of any characters after an official's title, closed off by punctuation.
    official ? closedDottedNameEnd(text, at) : -1,
    official ? closedForeignNameEnd(text, at, tokens) : -1,
    afterByline ? editorCreditNameEnd(text, at) : -1,
  );
  // 新华社记者李锦赵承 (李锦/x|赵承/x): two reporters of two characters each, where a three-character reading leaves one.
  if (afterByline && chinese === at + 3 && twoNamesOfTwo(text, at, tokens)) return at + 2;
  const bounded = boundedNameEnd(text, at, tokens, afterByline);
  // 记者尹鸿祝）: a reading that ends at punctuation beats one that stops short of it (尹鸿|祝).
  if (bounded > chinese && !isNameBoundary(text, chinese)) return Math.max(bounded, foreign);
  if (chinese >= 0 || foreign >= 0) return Math.max(chinese, foreign);
  if (bounded >= 0) return bounded;
  const followed = followedNameEnd(text, at, tokens);
  return followed >= 0 ? followed : wordGivenNameEnd(tokens, at);
}

/**
 * 代表周忠|和/c|发/v|了言: a name of a surname and one character read before 和, where a verb follows the 和 and no name,
 * or what closes a list (…、郎景|和/c|等专家), or a mark, ends in that 和 (周忠和, 郎景和): a joiner joins two names, not a
 * name and its act. Else `end` as read.
 */
function withGivenHe(text: string, at: number, end: number, tokens: Token[]): number {
  if (end !== at + 2 || surnameLength(text, at) !== 1 || text[end] !== GIVEN_HE) return end;
  const he = tokens[tokenStartingAt(tokens, end)];
  const next = tokens[tokenStartingAt(tokens, end + 1)];
  return he?.word === GIVEN_HE && (next === undefined || next.tag === 'v' || next.word === LIST_CLOSER || CLOSING_MARKS.has(next.word)) ? end + 1 : end;
}
/** Marks after which nothing is joined: a 和 right before one ends a name (…、吴东、郎景和。). */
const CLOSING_MARKS = new Set(['，', '。', '；', '：', '！', '？', '、']);
/** 和, a joiner and a given name's character (周忠和, 王平和). */
export const GIVEN_HE = '和';
/** Whether what stands at `at` joins nothing to a 和 before it: the list's 等, a closing mark, the text's end. */
export const joinsNothingAt = (text: string, at: number): boolean => at >= text.length || text.startsWith(LIST_CLOSER, at) || CLOSING_MARKS.has(text[at]);

/**
 * 在会见…主席|马特维延科时/x|，: a foreign name the segmenter glued to the 时 (when) that closes the clause, read without
 * it; -1 if none.
 */
function gluedWhenNameEnd(text: string, at: number, tokens: Token[]): number {
  const word = tokens[tokenStartingAt(tokens, at)];
  return word?.tag === UNKNOWN_WORD_TAG && endsInGluedWhen(text, word.start, word.end) ? word.end - 1 : -1;
}

/**
 * 李锦|赵承 then a boundary, an agency or another byline (…贾永|新华社通讯员, …蔡晖|本报记者): the segmenter's two words of
 * two characters, each a surname and a given name.
 */
function twoNamesOfTwo(text: string, at: number, tokens: Token[]): boolean {
  const first = tokens[tokenStartingAt(tokens, at)];
  const second = tokens[tokenStartingAt(tokens, at + 2)];
  return first?.end === at + 2 && second?.end === at + 4 && surnameLength(text, at) === 1 && surnameLength(text, at + 2) === 1 &&
    nameCharsOnly(text, at, at + 4) && (isNameBoundary(text, at + 4) || nextIsAgencyOrByline(tokens[tokenStartingAt(tokens, at + 4)]));
}
const nextIsAgencyOrByline = (token: Token | undefined): boolean => token !== undefined && (/^nt/.test(token.tag) || REPORTING_WORDS.has(token.word));

/** What the segmenter may tag a surname it split off (张/q): not a function word's tags (还/d, 向/p, 和/c, 要/v). */
const SPLIT_SURNAME_TAGS = /^(nr|nrfg|nrt|n|ng|q|x|nz)$/;
/** What a word that is the given name may be tagged (大力/n, 海潮/n, 建国/ns): not a verb's or a function word's. */
const WORD_GIVEN_NAME_TAGS = /^(n|nr|nrfg|nz|ng|ns|nt|a|an|t|j)$/;

/**
 * After a title, a surname the segmenter split off before a two-character word that is the given name
 * (市委书记|张/q|大力/n|来到: 张大力, which nameEndAt refuses anywhere else, as 殷|殷 or 向|老人 would be): the title
 * says a name stands there. -1 where the surname is a function word or the word a verb (主任|还|强调).
 */
function wordGivenNameEnd(tokens: Token[], at: number): number {
  const surname = tokens[tokenStartingAt(tokens, at)];
  if (!surname || surname.word.length !== 1 || !isSurname(surname.word) || FUNCTION_WORD_SURNAMES.has(surname.word) || !SPLIT_SURNAME_TAGS.test(surname.tag)) return -1;
  const given = tokens[tokenStartingAt(tokens, surname.end)];
  return given && given.word.length === 2 && ALL_HAN.test(given.word) && WORD_GIVEN_NAME_TAGS.test(given.tag) ? given.end : -1;
}

/** After a title, a surname and one given character before a follower the segmenter glued to it (韩|正在): 韩正. */
function followedNameEnd(text: string, at: number, tokens: Token[]): number {
  const end = at + surnameLength(text, at) + 1;
  if (end === at + 1 || !isNameChar(text[end - 1]) || !isFollower(text[end] ?? '')) return -1;
  // Only where the segmenter glued the two into one word (韩|正在), not where it read a name-like word (郑重|提出, 明确提出).
  const glued = tokens[tokenStartingAt(tokens, end - 1)];
  return glued && glued.end === end + 1 ? end : -1;
}

/**
 * Titles that follow a surname alone only (张|副主任, 李|老师): the labeller's features do not read them as
 * titles after a name, so the rules take the surname alone before them and no full name.
 */
const SURNAME_ONLY_AFTER = titles.surnameOnlyTitles.filter((title) => !RULES_TITLES_AFTER_NAME.includes(title));

/** The titles a name (or a surname alone, SURNAME_ONLY_AFTER's, after the others) is read before. */
const TITLES_AFTER_NAMES = [...RULES_TITLES_AFTER_NAME, ...SURNAME_ONLY_AFTER];
const TITLES_AFTER_NAMES_BY_FIRST = new ByFirstCode<number>();
TITLES_AFTER_NAMES.forEach((title, index) => TITLES_AFTER_NAMES_BY_FIRST.add(title.charCodeAt(0), index));

/** Where each of TITLES_AFTER_NAMES is written (overlapping ones too), in order: one pass over the text, not one per title. */
function titlePlaces(text: string): number[][] {
  const places: number[][] = TITLES_AFTER_NAMES.map(() => []);
  for (let at = 0; at < text.length; at++) {
    const candidates = TITLES_AFTER_NAMES_BY_FIRST.at(text.charCodeAt(at));
    if (candidates) for (const index of candidates) if (text.startsWith(TITLES_AFTER_NAMES[index], at)) places[index].push(at);
  }
  return places;
}

const TITLES_AFTER_NAME_NOT_BEFORE = titles.titlesAfterNameNotBefore;
const RANKS_BEFORE_TITLE_AFTER_NAME = titles.ranksBeforeTitleAfterName;

/** 习近平总书记: a name that starts a word, right before a title; 冷|科长: a surname alone. */
function titlesAfterNames({ text, tokens, isPlace }: PeopleContext, found: Found): void {
  const places = titlePlaces(text);
  for (const [index, title] of TITLES_AFTER_NAMES.entries()) {
    const surnameOnly = index >= RULES_TITLES_AFTER_NAME.length;
    for (const match of places[index]) {
      // 劳尔第一|主席: a rank written between the name and the title belongs to the title.
      const rank = RANKS_BEFORE_TITLE_AFTER_NAME.find((word) => text.startsWith(word, match - word.length));
      // 主席团|常务主席: the title inside a longer title word has no name before it (but 江主席/n is 江 and 主席;
      // 劳尔|第一书记/nz is a rank's title word).
      const word = tokens[tokenAt(tokens, match)];
      if (word && word.start < match - (rank?.length ?? 1) && isTitleHead(word.word) && !/^nr/.test(word.tag)) continue;
      // 委员|会, 委员长: the title must end where a word ends; inside a longer word it is another word's start.
      const last = tokens[tokenAt(tokens, match + title.length - 1)];
      if (last && last.end > match + title.length) continue;
      // 周副|主席: a rank the segmenter glued to the name belongs to the title (副主席).
      const deputyAt = rank ? match - rank.length : OFFICIAL_HEADS.has(text.slice(match - 1, match + title.length)) && !OFFICIAL_HEADS.has(text.slice(match - 2, match + title.length)) ? match - 1 : match;
      // 斯克利亚尔|第一副/m|总理: a rank before that 副 belongs to the title too.
      const rankBeforeDeputy = deputyAt < match && !rank ? RANKS_BEFORE_TITLE_AFTER_NAME.find((word) => text.startsWith(word, deputyAt - word.length)) : undefined;
      const at = deputyAt - (rankBeforeDeputy?.length ?? 0);
      const fullTitle = text.slice(at, match + title.length);
      if (TITLES_AFTER_NAME_NOT_BEFORE.some((word) => text.startsWith(word, match + title.length)) || !standsAfterName(text, title, match + title.length)) continue;
      const start = title === COMRADE ? comradeNameStart(text, at, tokens) : surnameOnly ? loneSurnameStart(text, at, tokens, fullTitle) : nameStartBefore(text, at, tokens, fullTitle);
      // 哈立德|国王国际机场: a title inside an institution's name after a name (institutionNamePlaces) is no one's.
      // 孔子学院|师生|代表: a word the newspaper never writes as a name is none before a title either.
      if (start < 0 || found.overlaps(start, at) || namesInstitution(text, at) || (NOT_NAME_WORDS.has(text.slice(start, at)) && !isTransliterated(text.slice(start, at)))) continue;
      // 沙特大使, 格林纳达总理: a country before a title is where the official serves, not a name; 二院|议长, 一院议长:
      // nor is a numbered chamber or body.
      if (isPlace({ word: text.slice(start, at), tag: '', start, end: at }) || NUMERAL_OPENING.test(text[start])) continue;
      // 在|努尔苏丹|会见: a name and the title after it that together name a place the gazetteer knows are that place.
      if (isPlace({ word: text.slice(start, match + title.length), tag: '', start, end: match + title.length })) continue;
      const official = OFFICIAL_HEADS.has(title) || undefined;
      const titled = title === COMRADE ? {} : { role: fullTitle, roleSpan: { start: at, end: at + fullTitle.length } };
      found.add({ start, end: at, canonical: text.slice(start, at), ...titled, official });
    }
  }
}

const ELECTED_POST_OPENERS = [...titles.electedPostOpeners].sort((a, b) => b.length - a.length);

/**
 * 习近平致电|奥拉夫·朔尔茨|，祝贺他当选|德国联邦总理: the person a message congratulates (congratulationFrames' verbs
 * right before the name), found with no title, takes the post the message says was taken, in the report's own characters.
 */
export function giveElectedPosts(text: string, ownText: string, entities: { type: string; start: number; end: number; role?: string; official?: boolean }[], tokens: Token[], isPlace: (token: Token) => boolean): void {
  for (const person of entities) {
    if (person.type !== 'person' || person.role !== undefined || !CONGRATULATION_FRAME.verbs.some((verb) => text.startsWith(verb, person.start - verb.length))) continue;
    const opener = ELECTED_POST_OPENERS.find((words) => text.startsWith(words, person.end));
    const post = opener && framedPost(text, person.end + opener.length, [''], tokens, isPlace);
    if (post) Object.assign(person, { role: ownText.slice(post.roleSpan.start, post.roleSpan.end), official: post.official });
  }
}

/** Whether text[start, at) is a surname and a numeral word of 一 and a name's character (徐|一天/m), one word each. */
function numeralGivenName(text: string, start: number, at: number, tokens: Token[]): boolean {
  const [surname, given] = [tokens[tokenStartingAt(tokens, start)], tokens[tokenStartingAt(tokens, start + 1)]];
  return surname?.end === start + 1 && surnameLength(text, start) === 1 && given?.end === at && given.tag === NUMERAL_TAG &&
    text[start + 1] === NUMERAL_GIVEN_OPENING && isNameChar(text[at - 1]);
}
/** The numeral that opens given names (徐一天, 王一鸣). */
const NUMERAL_GIVEN_OPENING = '一';

/** The length of a name whose last character the segmenter cut off (a surname and two; not 陈君实|老|先生). */
const CUT_NAME_LENGTH = 3;
/** Numerals that end given names (name-stats-threshold.json numeralNameEnds). */
const NUMERAL_NAME_ENDS = new Set(nameStats.numeralNameEnds);

/** A numeral opening a word (二院, 一院): titles.json countedLists numerals. */
const NUMERAL_OPENING = new RegExp(`^[${titles.countedLists.numerals}]`);

const SERVING_VERBS_AFTER_COMRADE = [...titles.servingVerbs, ...titles.servingVerbsAfterComrade];

/**
 * 刘明现在担任|空军指挥学院副院长|，: a person found with no title (by the rules or the labeller) takes the post it is
 * said to hold right after its name, in the report's own characters (`ownText`).
 */
export function giveServedPosts(text: string, ownText: string, entities: { type: string; end: number; role?: string; official?: boolean }[], tokens: Token[], isPlace: (token: Token) => boolean): void {
  for (const person of entities) {
    if (person.type !== 'person' || person.role !== undefined) continue;
    // 陈丕显同志曾任…: the form of address may stand between the name and the verb; after it, 是 serves too.
    const comrade = text.startsWith(COMRADE, person.end);
    const post = framedPost(text, comrade ? person.end + COMRADE.length : person.end, comrade ? SERVING_VERBS_AFTER_COMRADE : titles.servingVerbs, tokens, isPlace, titles.servingPostEnds);
    if (post) Object.assign(person, { role: ownText.slice(post.roleSpan.start, post.roleSpan.end), official: post.official });
  }
}

/**
 * A title that starts inside an organisation's or a place's name starts where the name starts (郑州友谊商业（集团）总公司
 * 总裁刘继臣: the chain stops at 友谊, a word the segmenter takes for a name, but the labeller reads the whole body's name;
 * 同意/d|大利|参议长: the segmenter's verb took the country's first character). `entities` are the document's, in order of
 * start.
 */
export function widenRolesToNames(ownText: string, entities: { type: string; start: number; end: number; role?: string }[]): void {
  const names = entities.filter((e) => e.type === 'organization' || e.type === 'place');
  let next = 0;
  for (const person of entities) {
    if (person.type !== 'person' || !person.role) continue;
    const roleStart = person.start - person.role.length;
    if (!ownText.startsWith(person.role, roleStart)) continue;
    while (next < names.length && names[next].end <= roleStart) next++;
    const body = names[next];
    if (body && body.start < roleStart && body.end <= person.start) person.role = ownText.slice(body.start, person.start);
  }
}

const ENVOY_WORDS: readonly string[] = titles.envoyWords;

/**
 * 习近平主席|特别代表、国家副主席韩正: a title that names its bearer as another's envoy starts with that other, whose
 * name and title stand right before it (the chain walking back stops at the name). `entities` are the document's, in
 * order of start; roles are widened in place.
 */
export function widenRolesToEnvoys(ownText: string, entities: { type: string; start: number; end: number; role?: string }[]): void {
  const personEnding = new Map(entities.filter((e) => e.type === 'person').map((e) => [e.end, e]));
  for (const person of entities) {
    if (person.type !== 'person' || !person.role) continue;
    const roleStart = person.start - person.role.length;
    const sender = personEnding.get(roleStart);
    if (!sender?.role || !ownText.startsWith(person.role, roleStart) || !person.role.startsWith(sender.role)) continue;
    if (ENVOY_WORDS.some((word) => person.role!.startsWith(word, sender.role!.length))) person.role = ownText.slice(sender.start, person.start);
  }
}

/** A place test that knows no place. */
const NO_PLACE = (): boolean => false;

/**
 * Transliterated names the rules or the labeller read one character short at their start (普金斯 for 希普金斯) take it,
 * where no other name holds it. `entities` are the document's; names are widened in place.
 */
export function widenTransliteratedNames(text: string, tokens: Token[], entities: { type: string; start: number; end: number; canonical?: string }[], isPlace: (token: Token) => boolean): void {
  const covered = new Uint8Array(text.length);
  for (const e of entities) covered.fill(1, e.start, e.end);
  for (const person of entities) {
    if (person.type !== 'person') continue;
    const charBefore = transliteratedNameStartBefore(text, person.start, person.end, tokens);
    // 和|巴斯克/ns|斯/nr|总统: one character is no foreign name alone; the place word before it is the name's start,
    // even one the gazetteer knows.
    const placeWord = charBefore !== person.start ? charBefore : transliteratedPlaceWordBefore(text, person.start, person.end, tokens, person.end - person.start === 1 ? NO_PLACE : isPlace);
    const start = placeWord !== person.start ? placeWord : unknownWordsBefore(text, person.start, person.end, tokens, titleStartingAt(text, person.end) !== undefined);
    if (start === person.start || covered.subarray(start, person.start).includes(1)) continue;
    if (person.canonical === text.slice(person.start, person.end)) person.canonical = text.slice(start, person.end);
    person.start = start;
    covered[start] = 1;
  }
}

/** Words before a foreign name that say it is a place: 位于俄南部|克鲁泡特金斯卡亚 (place-patterns.json). */
const PLACE_BEFORE_FOREIGN_NAME = new RegExp(`(?:${placePatterns.wordsBeforeForeignPlace.join('|')})$`);
const FOREIGN_PLACE_WORD_REACH = Math.max(...placePatterns.wordsBeforeForeignPlace.map((word) => word.length));
const TOWN_AFTER_FOREIGN_NAME = new Set(placePatterns.townsAfterForeignNames);
const TOWN_NOT_BEFORE = new Set(placePatterns.townsAfterForeignNamesNotBefore);
/** The fewest characters of one run of transliteration characters that two people read in it may not split. */
const JOINED_PIECES_MIN = 6;

/**
 * Two or more people read in one unbroken run of transliteration characters, with nothing or only such characters
 * between them (克鲁泡|特金|斯卡亚), are pieces of one foreign name: one entity over the whole run, a place where the
 * words before say so (位于俄南部…), else a person. A foreign name before 港 or 城 is a town's (西哈努克港).
 */
export function joinTransliteratedPieces<E extends { type: string; start: number; end: number; canonical?: string; role?: string }>(text: string, entities: E[], isForeignCountry: (name: string) => boolean): E[] {
  const people = entities.filter((e) => e.type === 'person').sort((a, b) => a.start - b.start);
  const dropped = new Set<E>();
  const joined: E[] = [];
  const places = new Set<string>();
  const joinRuns = (continues: (previous: E, next: E) => boolean, shortest: number) => {
    for (let i = 0; i < people.length; i++) {
      if (dropped.has(people[i])) continue;
      let last = i;
      while (last + 1 < people.length && continues(people[last], people[last + 1])) last++;
      if (last === i || people[last].end - people[i].start < shortest) continue;
      const first = people[i];
      for (let k = i + 1; k <= last; k++) dropped.add(people[k]);
      first.end = people[last].end;
      first.canonical = text.slice(first.start, first.end);
      joined.push(first);
      if (PLACE_BEFORE_FOREIGN_NAME.test(text.slice(Math.max(0, first.start - FOREIGN_PLACE_WORD_REACH), first.start))) places.add(first.canonical);
      i = last;
    }
  };
  joinRuns((previous, next) => continuesForeignName(text, previous, next), JOINED_PIECES_MIN);
  // Then two pieces back to back that make a part of a dotted name the report gives, as joined above (…。恩赫|包勒德说
  // after 米·恩赫包勒德), are that part.
  const parts = new Set(people.filter((p) => !dropped.has(p)).flatMap((p) => {
    const split = text.slice(p.start, p.end).split(PART_DOT);
    return split.length > 1 ? split.filter((part) => part.length >= MIN_JOINED_PART) : [];
  }));
  if (parts.size > 0) {
    joinRuns((previous, next) => !dropped.has(previous) && !dropped.has(next) && next.start === previous.end && parts.has(text.slice(previous.start, next.end)), MIN_JOINED_PART);
  }
  // 蒙古国总理呼日勒|苏赫: two pieces back to back, mostly of transliteration's characters, one of them titled as
  // another country's official, are that foreign name (two names are not written back to back under one title); so is
  // the same pair wherever else the report writes it.
  const foreignTitled = (e: E) => e.role !== undefined && foreignCountryOpening(e.role, isForeignCountry);
  const backToBack = (previous: E, next: E) => !dropped.has(previous) && !dropped.has(next) && next.start === previous.end &&
    next.end - previous.start <= MAX_TRANSLITERATED && mostlyTransliterated(text.slice(previous.start, next.end));
  const foreignPairs = new Set(people.flatMap((e, i) => {
    const next = people[i + 1];
    return next && backToBack(e, next) && (foreignTitled(e) || foreignTitled(next)) ? [text.slice(e.start, next.end)] : [];
  }));
  if (foreignPairs.size > 0) joinRuns((previous, next) => backToBack(previous, next) && foreignPairs.has(text.slice(previous.start, next.end)), 0);
  // One reading per name: a name the words before call a place once is a place wherever it is joined.
  for (const e of joined) if (places.has(e.canonical!)) e.type = 'place';
  for (const e of people) {
    // 金边至西哈努克港高速公路: a town named after a person is a place (the person may be named elsewhere: 西哈努克太皇).
    if (dropped.has(e) || !TOWN_AFTER_FOREIGN_NAME.has(text[e.end]) || TOWN_NOT_BEFORE.has(text[e.end + 1] ?? '') || !isTransliterated(text.slice(e.start, e.end))) continue;
    e.end += 1;
    e.canonical = text.slice(e.start, e.end);
    e.type = 'place';
  }
  return dropped.size ? entities.filter((e) => !dropped.has(e)) : entities;
}

/** Whether a title opens with the name of a country not the reports' own (蒙古国总理, 美国务卿). */
function foreignCountryOpening(role: string, isForeignCountry: (name: string) => boolean): boolean {
  for (let length = MIN_COUNTRY_NAME; length <= Math.min(role.length - 1, MAX_COUNTRY_NAME); length++) if (isForeignCountry(role.slice(0, length))) return true;
  return false;
}
const MIN_COUNTRY_NAME = 1;
const MAX_COUNTRY_NAME = 8;

/** The fewest characters of a dotted name's part that two pieces are joined to make. */
const MIN_JOINED_PART = 3;

/**
 * Whether `next` goes on the foreign name `previous` is a piece of: one or two transliteration characters between
 * them and one of them transliterated (克鲁泡|特金|斯卡亚), or nothing between and both transliterated.
 */
function continuesForeignName(text: string, previous: { start: number; end: number }, next: { start: number; end: number }): boolean {
  const gap = text.slice(previous.end, next.start);
  if (next.start < previous.end || gap.length > 2) return false;
  // 纳瓦夫|埃米尔: a title of transliteration characters after a name is its title, no part of it.
  const foreign = (e: { start: number; end: number }) => isTransliterated(text.slice(e.start, e.end)) && !isTitleHead(text.slice(e.start, e.end));
  // A dotted name and a name written right after it with nothing between are one name the readers cut (米·恩赫|包勒德:
  // 勒德 of transliteration's characters), unless that one reads as a Chinese name (a list of members with nothing
  // between: …阿不都·热合曼|李红梅…).
  // (A dotted name's dots are no characters of it: 米·恩赫 is of transliteration's.)
  const dotted = (e: { start: number; end: number }) => PART_DOT.test(text.slice(e.start, e.end)) && isTransliterated(text.slice(e.start, e.end).replace(PART_DOTS, ''));
  const chinese = () => readsAsChineseName(text.slice(next.start, next.end)) && !isTransliterated(text.slice(next.start + surnameLength(text, next.start), next.end));
  // The second no dotted name itself, nor the whole longer than a name (a run of dotted names back to back, 艾尔肯·吐尼亚孜
  // repeated, stays a run of names).
  const cutEnd = () => !PART_DOT.test(text.slice(next.start, next.end)) && next.end - previous.start <= MAX_DOTTED_NAME;
  return gap.length ? isTransliterated(gap) && (foreign(previous) || foreign(next)) : (foreign(previous) && foreign(next)) || (dotted(previous) && cutEnd() && !chinese());
}
/** The most characters of a dotted name joined from a dotted name and the piece cut off its end (米·恩赫包勒德). */
const MAX_DOTTED_NAME = 16;
const PART_DOTS = new RegExp(PART_DOT.source, 'g');

/**
 * 国务院总理李强应|德国总理…: a name read one character longer than a known official's (the segmenter made 德国总理 one
 * word, and both readers took 应 into the name) is the known official, the character the next word's, unless that
 * character is as likely a given name's as untitled names need (李希林 is another person); so is one read with a
 * function word before it (由李强).
 */
export function cutToKnownOfficials<E extends { type: string; start: number; end: number; canonical?: string }>(text: string, entities: E[]): void {
  for (const e of entities) {
    if (e.type !== 'person' || e.end - e.start < 3 || KNOWN_OFFICIALS.has(text.slice(e.start, e.end))) continue;
    // 会议由李强/nr|一行…: a function word the segmenter glued before a known official is no surname.
    if (FUNCTION_WORD_SURNAMES.has(text[e.start]) && KNOWN_OFFICIALS.has(text.slice(e.start + 1, e.end))) {
      e.start += 1;
      e.canonical = text.slice(e.start, e.end);
      continue;
    }
    if (!KNOWN_OFFICIALS.has(text.slice(e.start, e.end - 1))) continue;
    // 李希林, 杨震光: another person, whose last character is a given name's.
    if (givenCharOdds(text[e.end - 1]) >= nameStats.untitledThreshold) continue;
    e.end -= 1;
    e.canonical = text.slice(e.start, e.end);
  }
}

/** A regnal number (三世, 十六世) after a name, not 世纪 (a century). */
const REGNAL_NUMBER = /^[一二三四五六七八九十]{1,3}世(?![纪紀界])/;

/** The length of a regnal number right at `at` (查尔斯|三世), else 0. */
export function regnalNumberAt(text: string, at: number): number {
  return REGNAL_NUMBER.exec(text.slice(at, at + REGNAL_REACH))?.[0].length ?? 0;
}
const REGNAL_REACH = 5;

function regnalNumbers({ text }: PeopleContext, found: Found): void {
  for (const mention of found.mentions) {
    const regnal = regnalNumberAt(text, mention.end);
    if (regnal && !found.overlaps(mention.end, mention.end + regnal)) {
      found.extend(mention, mention.end + regnal, `${mention.canonical}${text.slice(mention.end, mention.end + regnal)}`);
    }
  }
}

/** Before 同志 a given name alone is a person too (小平同志), when the segmenter took it for a name or an unknown word. */
function comradeNameStart(text: string, at: number, tokens: Token[]): number {
  // The segmenter's own word first: 向|小平|同志 is not 向小平.
  const token = tokens[tokenAt(tokens, at - 1)];
  const word = token && token.end === at && token.word.length >= 2 && token.word.length <= 3 && /^(nr|nrfg|x)$/.test(token.tag);
  if (word && [...token.word].every(isNameChar)) return token.start;
  // 教授|郑/ns|南宁/ns|同志: after a title, a surname and a place's name of two characters are a name (郑南宁), as 同志 says.
  const surname = tokens[tokenAt(tokens, at - 3)];
  const title = tokens[tokenAt(tokens, at - 4)];
  if (token?.end === at && token.word.length === 2 && surname?.end === token.start && surname.word.length === 1 && isSurname(surname.word) &&
    title?.end === surname.start && isTitleHead(title.word)) return surname.start;
  return nameStartBefore(text, at, tokens, COMRADE);
}

/** A function word the segmenter glued to the start of a name: 和|普京 inside its word 和普京. */
function afterFunctionWord(text: string, at: number, tokens: Token[]): boolean {
  return at > 0 && tokenStartingAt(tokens, at - 1) >= 0 && startsWithFunctionWord(text, at - 1, tokens);
}

const SURNAME_ONLY_TITLES = new Set(titles.surnameOnlyTitles);
const COUNTRY_FORM_TITLES = new Set(titles.countryFormTitles);

/**
 * 陈|经纬/n|委员: a surname and a word of two name characters right before a title written after the name; the word is
 * the given name where its characters are a given name's at least as often as a word's (not 全|体 before 委员).
 */
function commonWordGivenNameStart(text: string, at: number, tokens: Token[]): number {
  const start = at - SURNAME_AND_WORD;
  const word = tokens[tokenStartingAt(tokens, start + 1)];
  if (start < 0 || surnameLength(text, start) !== 1 || tokenStartingAt(tokens, start) < 0 || startsWithFunctionWord(text, start, tokens)) return -1;
  if (word?.end !== at || !GIVEN_NAME_WORD_TAG.test(word.tag) || isTitleHead(word.word)) return -1;
  return nameCharsOnly(text, start + 1, at) && givenNameLikelihood(text.slice(start, at)) >= 0 ? start : -1;
}
/** Tags of the words a given name may be written as (经纬/n), not a pronoun's (奉|本国/r|总理). */
const GIVEN_NAME_WORD_TAG = /^(n|nz|nr\w*|x|a)$/;
/** Prepositions and conjunctions (同, 和, 与): what stands before the other side's name. */
const JOINING_WORD_TAG = /^[pc]$/;
/** What closes an attribute before a noun (来华访问的|苏林总书记). */
const ATTRIBUTIVE = '的';
/** The joiners the segmenter may glue to the word before them (我同, 双方和). */
const JOINING_CHARACTERS = new Set(boundaries.gluedJoiners);
/** The fewest characters of a transliterated name before a title that is read before a Chinese name ending there. */
const LONG_FOREIGN_NAME = 4;
/** A one-character surname and a two-character word. */
const SURNAME_AND_WORD = 3;

const CLAUSE_OPENING_SURNAMES = new Set(boundaries.clauseOpeningSurnames);
/**
 * ；于广洲常委认为: a preposition that is also a surname (name-boundaries.json clauseOpeningSurnames), opening a clause,
 * opens the name before the title, unless what follows it to the title is one word the segmenter knows as a name or
 * a place (于普京总统…).
 */
function surnameOpensClause(text: string, start: number, end: number, tokens: Token[]): boolean {
  if (!CLAUSE_OPENING_SURNAMES.has(text[start]) || HAN.test(text[start - 1] ?? '')) return false;
  const rest = tokens[tokenStartingAt(tokens, start + 1)];
  return !(rest?.end === end && /^(nr|ns)/.test(rest.tag));
}

/** Marks after which a clause opens (a name may stand first in it). */
const CLAUSE_OPENING_MARKS = new Set(['。', '！', '？', '；', '，', '：', '\n', '“']);

/** Where the name before a title starts: 习近平|总书记, 克林顿|总统, or a surname alone, 江|主席. -1 if none. */
function nameStartBefore(text: string, at: number, tokens: Token[], title: string): number {
  // 姆|南加|古瓦|总统: a foreign name of four characters or more whose end reads like a Chinese one (古瓦).
  const longForeign = transliteratedNameStart(at, tokens, true);
  if (longForeign >= 0 && at - longForeign >= LONG_FOREIGN_NAME) return longForeign;
  for (const length of [3, 2, 4]) {
    const start = at - length;
    // 习近平主席和普京总统: the segmenter's 和普京 starts with a function word, not a surname.
    if (start < 0 || (startsWithFunctionWord(text, start, tokens) && !surnameOpensClause(text, start, at, tokens))) continue;
    if (tokenStartingAt(tokens, start) < 0 && !afterFunctionWord(text, start, tokens)) continue;
    const name = nameAt(text, start, tokens);
    // 祝贺/nr|李|总理: not a name opened by a word of the segmenter's that People's Daily never writes as one (the
    // lone surname is the title's form of address).
    const opening = tokens[tokenStartingAt(tokens, start)];
    if (name?.length === length && hasSurname(name) && !(opening !== undefined && opening.end < at && NOT_NAME_WORDS.has(opening.word))) return start;
    // 钱颖/x|一/m|委员, 马有/x|礼/n|会长: a given name's last character that the segmenter cut off as a word of its own
    // (a number, or a character given names often end in), right before the title.
    if (length === CUT_NAME_LENGTH && name?.length === length - 1 && hasSurname(name) && tokenStartingAt(tokens, at - 1) >= 0 && (NUMERAL_NAME_ENDS.has(text[at - 1]) || givenCharOdds(text[at - 1]) >= nameStats.untitledThreshold)) return start;
    // 徐/nr|一天/m|常委: a given name of 一 and a character that the segmenter read as a count, right before the title.
    if (length === CUT_NAME_LENGTH && numeralGivenName(text, start, at, tokens)) return start;
  }
  const given = commonWordGivenNameStart(text, at, tokens);
  if (given >= 0) return given;
  // 与野田/nz|佳彦/x|首相: a Japanese family name and a given name.
  const japanese = japaneseNameStartBefore(text, at, tokens);
  if (japanese >= 0) return japanese;
  const foreign = transliteratedNameStart(at, tokens);
  if (foreign >= 0) return foreign;
  // 同|普京/ns|总统: one word of a foreign name's characters that the segmenter tags as a place, after a function word
  // (the caller drops the gazetteer's places).
  const word = tokens[tokenAt(tokens, at - 1)];
  const before = tokens[tokenAt(tokens, (word?.start ?? 0) - 1)];
  // 习近平主席和|佐科/x|总统: so is one unknown word of name characters there.
  const placeWord = word?.tag === 'ns' && isTransliterated(word.word);
  // Not a joiner glued to a surname addressed by the title (并|同习/x|主席: with 习主席).
  const joinerAndSurname = word !== undefined && word.word.length === 2 && FUNCTION_WORD_SURNAMES.has(word.word[0]) && isSurname(word.word[1]);
  // 习近平主席和|祖马/n|总统: and one the segmenter took for a noun, after the joiner that follows the other side's title.
  const partnerNoun = word?.tag === 'n' && isTransliterated(word.word) && afterPartnersJoiner(tokens, before);
  // 胡锦涛主席和|基什/nrt|内尔/ns|总统: or a foreign name's first piece and a last one it took for a place there.
  const firstPiece = word?.tag === 'ns' && before !== undefined && before.end === word.start && /^(nrt|x)$/.test(before.tag) && isTransliterated(before.word + word.word) ? before : undefined;
  if (word?.end === at && firstPiece && afterPartnersJoiner(tokens, tokens[tokenAt(tokens, firstPiece.start - 1)])) return firstPiece.start;
  const foreignWord = placeWord || partnerNoun || (word?.tag === UNKNOWN_WORD_TAG && word.word.length <= MAX_UNKNOWN_NAME && !joinerAndSurname && nameCharsOnly(text, word.start, word.end));
  // 我同/x|普京/ns|总统 (the joiner glued to a pronoun), 转达|普京/ns|总统: a verb's object; a country there is in the
  // gazetteer and dropped by the caller (是|因前/x|国王 is no name). 同来华访问的|苏林/ns|总书记: so is a word after an
  // attribute's 的.
  // 。|普京/ns|总统不久前出席…: and a place word of a foreign name's characters opening a sentence or a clause.
  const opensClause = placeWord && (before === undefined || CLAUSE_OPENING_MARKS.has(before.word));
  const joined = opensClause || (before !== undefined && (JOINING_WORD_TAG.test(before.tag) || (placeWord && (before.tag === 'v' || before.word === ATTRIBUTIVE || JOINING_CHARACTERS.has(before.word.slice(-1))))));
  if (word?.end === at && foreignWord && word.word.length >= 2 && joined) return word.start;
  // 同博尔内/x|总理: the joiner glued to an unknown foreign name before the title; the name is the rest of the word.
  if (word?.end === at && word.tag === UNKNOWN_WORD_TAG && word.word.length > MIN_GLUED_JOINER_NAME && FUNCTION_WORD_SURNAMES.has(word.word[0]) && isTransliterated(word.word.slice(1))) return word.start + 1;
  const pieces = transliteratedPiecesStart(tokens, at);
  return pieces >= 0 ? pieces : loneSurnameStart(text, at, tokens, title);
}

/**
 * 不久前|埃/ns|尔多/nrt|安/v|总理: the start of a foreign name the segmenter cut into pieces of any tags, each of
 * transliteration characters, one of them a foreign name's piece it knows, before a title written after the name; -1
 * if none (not the lone surname 安 of 安总理).
 */
function transliteratedPiecesStart(tokens: Token[], at: number): number {
  let k = tokenEndingAt(tokens, at);
  let start = at;
  let pieces = 0;
  let known = false;
  for (; k >= 0 && at - tokens[k].start <= MAX_TRANSLITERATED && tokens[k].end === start && tokens[k].word.length <= MAX_PIECE && isTransliterated(tokens[k].word); k--, pieces++) {
    known ||= TRANSLITERATED_PIECE_TAG.test(tokens[k].tag);
    start = tokens[k].start;
  }
  return known && pieces >= 2 && at - start >= MIN_PIECED_NAME ? start : -1;
}
/** The longest piece, the fewest characters of such a name, and the tags of a foreign name's pieces the segmenter knows. */
const MAX_PIECE = 3;
const MIN_PIECED_NAME = 3;
const TRANSLITERATED_PIECE_TAG = /^(nrt|nrfg)$/;

/** Whether `joiner` is a preposition or conjunction right after the other side's title (习近平主席|和|…总统). */
function afterPartnersJoiner(tokens: Token[], joiner: Token | undefined): boolean {
  return joiner !== undefined && JOINING_WORD_TAG.test(joiner.tag) && isTitleHead(tokens[tokenAt(tokens, joiner.start - 1)]?.word ?? '');
}

/** Title heads that are verbs too (代表: on behalf of). */
const HEADS_ALSO_VERBS = new Set(titles.headsAlsoVerbs);
/** What a verb 代表 may follow: a clause's start or mark, a conjunction or adverb (并), or a name (李鹏代表…). */
const verbOpensAfter = (before: Token | undefined): boolean => before === undefined || /^(x|c|d|nr\w*)$/.test(before.tag);
/** A joiner glued to a foreign name (同博尔内) leaves a name of two characters at least. */
const MIN_GLUED_JOINER_NAME = 2;
/** The longest word the segmenter does not know read as a name before a title. */
const MAX_UNKNOWN_NAME = 4;

const SURNAMES_BEFORE_TITLES = new Set(notNames.surnamesBeforeTitles);

const WORDS_BEFORE_TITLES = new Set(titles.wordsBeforeTitles);
const COUNT_BEFORE_MEASURE = new RegExp(`[0-9０-９${titles.countedLists.numerals}]`);

const WISH_VERBS = new Set(titles.wishFrame.verbs);
const WISH_ADDRESSES = titles.wishFrame.addresses;

/** 江|主席, 李|总理: a surname alone, as its own word or after a non-Chinese character, never inside a word. -1 if none. */
function loneSurnameStart(text: string, at: number, tokens: Token[], title: string): number {
  const surname = at - 1;
  // 向总书记汇报, 和市长一起: a function word before the title, not a surname.
  if (surname < 0 || !isSurname(text[surname]) || FUNCTION_WORD_SURNAMES.has(text[surname]) || !SURNAME_ONLY_TITLES.has(title)) return -1;
  // 任|副主席, 哈|总统: what People's Daily writes there as a verb or a country, never a surname (data/not-names.json).
  if (SURNAMES_BEFORE_TITLES.has(text[surname]) || WORDS_BEFORE_TITLES.has(text[surname])) return -1;
  // 祝|总书记同志工作顺利: a wish opening a clause, the addressee's title and form of address after it.
  if (WISH_VERBS.has(text[surname]) && !HAN.test(text[surname - 1] ?? '') && WISH_ADDRESSES.some((address) => text.startsWith(address, at + title.length))) return -1;
  // 等8位|副主席, 两名|副主席: after a count the character is its measure word.
  if (COUNT_BEFORE_MEASURE.test(text[surname - 1] ?? '')) return -1;
  // 安子文同志|任|书记, 褚时健|任|厂长: after a Chinese name or a form of address the character is a verb (任), no
  // surname; after part of a transliterated name (拉赫|蒙|总统) it ends that name, which the labeller reads.
  const before = tokens[tokenAt(tokens, surname - 1)];
  const afterName = before !== undefined && before.end === surname && /^nr/.test(before.tag);
  if (afterName ? hasSurname(before.word) : before?.end === surname && isHonorific(before.word)) return -1;
  // 乌总统, 韩总理: a country's short form before the title of a foreign head of government, where it ends no name.
  if (!afterName && COUNTRY_FORM_TITLES.has(title) && text[surname] in shortForms.countries) return -1;
  const word = tokens[tokenStartingAt(tokens, surname)];
  // Its own word, or one with the title or with the title's first character (周副|主席), not a longer title (支队长, 班主任).
  const alone = !HAN.test(text[surname - 1] ?? '') || (word !== undefined && word.end >= at && word.end <= at + title.length && !isTitleHead(word.word));
  return alone ? surname : -1;
}

/**
 * The length of the surname where `start`..`end` is a surname and the start of a title that follows a surname alone
 * (张|副, 李|教授: the labeller ran on into the title), 0 otherwise.
 */
export function surnameBeforeTitle(text: string, start: number, end: number): number {
  const surname = surnameLength(text, start);
  if (!surname || start + surname >= end) return 0;
  for (const title of SURNAME_ONLY_TITLES) if (start + surname + title.length >= end && text.startsWith(title, start + surname)) return surname;
  return 0;
}

/**
 * An age before a name, as news gives it: ８２岁的休斯, 49岁的李国能. At most four numerals with none before them,
 * so a long run of digits is read once, not once per start (which was quadratic).
 */
const AGE = /(?<![0-9０-９一二三四五六七八九十])[0-9０-９一二三四五六七八九十]{1,4}岁的/g;

function agedNames({ text, tokens }: PeopleContext, found: Found): void {
  AGE.lastIndex = 0;
  for (let m = AGE.exec(text); m; m = AGE.exec(text)) {
    const at = m.index + m[0].length;
    const end = Math.max(nameEndAt(text, at, tokens), transliteratedNameEnd(at, tokens));
    if (end > at && !found.overlaps(at, end)) found.add({ start: at, end, canonical: text.slice(at, end) });
  }
}

/** A surname of one character and a given name of one or two. */
const LONGEST_FAMILY_HEAD = 3;
/**
 * 一家 (the family) closing a phrase (一家。, 一家人, 一家三口) rather than counting a business (一家企业): the words
 * before it name the family by its head.
 */
const FAMILY_SOURCE = '一家(?=[，。、；：！？”’）\\s]|人|老小|[两三四五六七八九]口)';
const FAMILY = new RegExp(FAMILY_SOURCE, 'g');
const FAMILY_AT = new RegExp(FAMILY_SOURCE, 'y');

/** Whether a family's 一家 stands at `at` (黄家光|一家。): the name before it is its head's. */
export function headsFamilyAt(text: string, at: number): boolean {
  FAMILY_AT.lastIndex = at;
  return FAMILY_AT.test(text);
}

/**
 * 看望慰问了归侨九兄妹黄家光一家: a surname and one or two characters before a family's 一家 are its head's name,
 * whatever words the segmenter cut them into (黄家/n|光/n), where they start a word, are no one ordinary word
 * (成为一家) and read as a given name.
 */
function familyHeads({ text, tokens }: PeopleContext, found: Found): void {
  namesBeforeFrames(FAMILY, text, found, LONGEST_FAMILY_HEAD,
    (start, end) => nameCharsOnly(text, start, end) && !isFollower(text[end - 1]) && surnameLength(text, start) === 1 && tokenStartingAt(tokens, start) >= 0,
    (start, end) => {
      const word = tokens[tokenStartingAt(tokens, start)];
      return !(word.end === end && isCommonWord(word)) && givenNameLikelihood(text.slice(start, end)) >= nameStats.modelPersonThreshold;
    });
}

/**
 * Before each match of `frame`, the longest reading of at most `longest` characters that `startsName` allows, added
 * where `takes` it; a shorter one is not tried after it.
 */
function namesBeforeFrames(frame: RegExp, text: string, found: Found, longest: number, startsName: (start: number, end: number) => boolean, takes: (start: number, end: number) => boolean): void {
  frame.lastIndex = 0;
  for (let m = frame.exec(text); m; m = frame.exec(text)) {
    const end = m.index;
    for (let length = longest; length >= 2; length--) {
      const start = end - length;
      if (start < 0 || !startsName(start, end)) continue;
      if (takes(start, end) && !found.overlaps(start, end)) found.add({ start, end, canonical: text.slice(start, end) });
      break;
    }
  }
}

/** The most characters of a transliterated name read before an administration's word. */
const LONGEST_ADMINISTRATION_HEAD = 5;

/**
 * 奥巴马/ns|政府, 布什/nrt|团队: a transliterated name of the segmenter's own, no place the gazetteer knows, right before a
 * word for a government is the leader it is named after (People's Daily reads 克林顿政府 as the person and 政府).
 */
function administrationHeads({ text, tokens, isPlace }: PeopleContext, found: Found): void {
  for (let k = 1; k < tokens.length; k++) {
    const name = tokens[k - 1];
    // Cheapest first: this runs for every word of a text.
    if (name.word.length < 2 || name.word.length > LONGEST_ADMINISTRATION_HEAD || !ADMINISTRATION_HEAD_TAG.test(name.tag) || !namesAdministration(text, name.end)) continue;
    if (!isTransliterated(name.word) || isPlace(name)) continue;
    if (!found.overlaps(name.start, name.end)) found.add({ start: name.start, end: name.end, canonical: name.word });
  }
}
/** What the segmenter tags a transliterated leader's name: a name's tags, a place's (奥巴马/ns), an unknown word's. */
const ADMINISTRATION_HEAD_TAG = /^(nr\w*|ns|x)$/;

const REMEMBRANCE_AFTER_COMRADE = new RegExp(`${COMRADE}(?:${titles.remembranceWords.join('|')})`, 'g');
const LONGEST_COMMEMORATED = 3;

/**
 * 纪念甘苦同志诞辰100周年, 李明同志逝世: a name before 同志 and a word of remembrance (titles.json remembranceWords) is a
 * person's whatever the segmenter reads there (甘苦/v): the longest reading that starts with a surname and a word.
 */
function commemoratedNames({ text, tokens }: PeopleContext, found: Found): void {
  namesBeforeFrames(REMEMBRANCE_AFTER_COMRADE, text, found, LONGEST_COMMEMORATED,
    (start, end) => ALL_HAN.test(text.slice(start, end)) && surnameLength(text, start) > 0 && tokenStartingAt(tokens, start) >= 0, () => true);
}

/** 哈丹·卡宾 with no title at hand: a dotted name is a person unless both sides are places (上海市·新疆…). */
function dottedNames({ text, tokens, isPlace }: PeopleContext, found: Found): void {
  for (let m = nextDottedName(text, 0); m; m = nextDottedName(text, m.index + m[0].length)) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.overlaps(start, end)) continue;
    const first = tokens[tokenStartingAt(tokens, start)];
    if (first && isPlace(first)) continue;
    found.add({ start, end, canonical: m[0] });
  }
}

/** 丁文昌丁石孙丁衡高（女）…: lists of members with nothing between the names. */
function runsOfNames(context: PeopleContext, found: Found): void {
  const { text, tokens } = context;
  // By start, a number: the cut asks for nearly every piece of every run whether it is a person already.
  const byStart = new Map<number, PersonMention[]>();
  for (const m of found.mentions) byStart.set(m.start, [...(byStart.get(m.start) ?? []), m]);
  const known = (start: number, end: number) => byStart.get(start)?.find((m) => m.end === end);
  const sorted = [...found.mentions].sort((a, b) => a.start - b.start);
  for (const names of namesInRuns(text, tokens, sorted, context.runs)) {
    const heading = listHeading(context, names[0].start);
    for (const { start, end } of names) {
      const already = known(start, end);
      // A dotted name found before the list was known takes the list's title too.
      if (already && heading && !already.role) Object.assign(already, heading);
      else if (!found.overlaps(start, end)) found.add({ start, end, canonical: text.slice(start, end), ...heading });
    }
  }
}

/** A title, an optional note and a colon right before a list: 常务委员会委员（按姓氏笔画排序）：… */
const LIST_HEADING = /(?:[（(][^（）()]{0,16}[）)])?[:：]\s*$/;

/** The title a list of members is headed with is each member's role. */
function listHeading({ text, tokens, isPlace }: PeopleContext, at: number): Pick<PersonMention, 'role' | 'roleSpan' | 'official'> | undefined {
  const heading = LIST_HEADING.exec(text.slice(Math.max(0, at - LIST_HEADING_WINDOW), at));
  if (!heading) return undefined;
  const headEnd = at - heading[0].length;
  const head = tokenAt(tokens, headEnd - 1);
  if (head < 0 || tokens[head].end !== headEnd) return undefined;
  const official = headKindAt(tokens, head);
  if (official === undefined) return undefined;
  const first = titleChainStart(tokens, head, 0, isPlace);
  return { role: text.slice(tokens[first].start, headEnd), roleSpan: { start: tokens[first].start, end: headEnd }, official };
}

/** Mean log-odds of a given name's characters (data/name-stats.json) above which a tagged name needs no context. */
const LIKELY_GIVEN_NAME = nameStats.untitledThreshold;

/**
 * A tagged name of three or more characters with no context to vouch for it: its given-name characters must be name-like, its surname
 * not also a function word (和|光荣, 向|老人), and no noun may follow it (胡杨|精神: a compound, not a person).
 */
function looksLikeName(token: Token, next: Token | undefined): boolean {
  if (FUNCTION_WORD_SURNAMES.has(token.word[0])) return false;
  if (next && /^n/.test(next.tag) && !/^nr/.test(next.tag)) return false;
  // A one-character given name says too little about itself: 文明, 智慧 are tagged names too.
  if (token.word.length < 3) return false;
  return givenNameLikelihood(token.word) >= LIKELY_GIVEN_NAME;
}

const MIN_LIST = 3;

/**
 * 李鹏、乔石、李瑞环、朱镕基: three or more names in a row, separated by 、, are people even with no title;
 * so are two where one is a person already (陈吉宁、马兴瑞).
 */
function nameLists({ text, tokens }: PeopleContext, found: Found): void {
  // 致电连战、吴伯雄: a known official's name is an item whatever the segmenter's word for it (连战/v).
  const itemEnd = (start: number) => {
    const word = tokens[tokenStartingAt(tokens, start)];
    return word && KNOWN_OFFICIALS.has(word.word) ? word.end : withGivenHe(text, start, nameEndAt(text, start, tokens), tokens);
  };
  for (let at = text.indexOf('、'); at >= 0; at = text.indexOf('、', at + 1)) {
    // The list starts with the name that ends at this first 、.
    const items: [number, number][] = [];
    const first = [3, 2, 4].map((length) => at - length).find((s) => s >= 0 && itemEnd(s) === at);
    if (first === undefined) continue;
    for (let cursor = first; ; ) {
      const end = itemEnd(cursor);
      const closed = /^[、，。；等\s]/.test(text[end] ?? '。') || LIST_JOINERS.has(text[end]) || isSpeechWord(tokens[tokenStartingAt(tokens, end)]?.word ?? '');
      if (end < 0 || end - cursor < 2 || !closed || ordinaryWordBeforeJoiner(text, tokens, cursor, end)) break;
      items.push([cursor, end]);
      // 杨震和张恩迪: the last two names of a list joined by 和.
      if (text[end] !== '、' && !(LIST_JOINERS.has(text[end]) && nameEndAt(text, end + 1, tokens) > end + 2)) break;
      cursor = end + 1;
    }
    const vouched = items.length >= 2 && items.some(([s, e]) => found.overlaps(s, e));
    if (items.length < MIN_LIST && !vouched) continue;
    for (const [s, e] of items) if (!found.overlaps(s, e)) found.add({ start: s, end: e, canonical: text.slice(s, e) });
    at = items[items.length - 1][1];
  }
}

/** Where the first item of a counted list may start: after a mark or at a line's start (，刘家义、…), not inside a clause. */
const ITEM_OPENING = /^(?:[，。；：！？“（\s]|)$/;
/** The most characters of the first item of a counted list read as a name where a mark opens it. */
const LONGEST_FIRST_ITEM = 4;

/**
 * 刘家义、方光华、…、户思社、…、张复明等14位政协常委: a list whose count says how many names it holds, as many as its
 * items (countedLists.ts), names a person in each, also where the segmenter cut one up (户/q|思/n|社/n); its first item
 * is the name found ending there, or the whole item where a mark opens it.
 */
function countedListNames({ text }: PeopleContext, found: Found): void {
  for (const { items, first } of countedLists(text)) {
    const opened = first.end - first.start <= LONGEST_FIRST_ITEM && ITEM_OPENING.test(text[first.start - 1] ?? '');
    const firstFound = found.mentions.some((m) => m.end === first.end && m.start >= first.start);
    if (!opened && !firstFound) continue;
    for (const { start, end } of opened ? [first, ...items] : items) if (!found.overlaps(start, end)) found.add({ start, end, canonical: text.slice(start, end) });
  }
}

const COMPOUND_SUFFIXES = titles.nameCompoundSuffixes;

/** 邓小平|文选, 周恩来|故居: a name at the head of one word the segmenter made of a name and a noun. */
function namesInCompounds({ tokens }: PeopleContext, found: Found): void {
  for (const token of tokens) {
    if (token.word.length < 4) continue;
    const suffix = COMPOUND_SUFFIXES.find((s) => token.word.endsWith(s));
    if (!suffix) continue;
    const name = token.word.slice(0, -suffix.length);
    if (name.length < 2 || name.length > 3 || !hasSurname(name) || givenNameLikelihood(name) < LIKELY_GIVEN_NAME) continue;
    if (!found.overlaps(token.start, token.start + name.length)) found.add({ start: token.start, end: token.start + name.length, canonical: name });
  }
}

/** 王毅同|美国…, 杨震和|张恩迪: a function word that follows names (同, 和, 在) glued to the end of a three-character word. */
function gluedFunctionWord(word: string): boolean {
  const last = word[2];
  return word.length === 3 && isFollower(last) && FUNCTION_WORD_SURNAMES.has(last);
}

/** A run the segmenter does not know (樊禹, 聂壮) is a name when its given-name characters are name-like enough. */
function unknownWordName(tokens: Token[], k: number, found: Found, placeStems: () => Set<string>): void {
  const token = tokens[k];
  if (token.word.length < 2 || token.word.length > 3 || !hasSurname(token.word) || !ALL_HAN.test(token.word)) return;
  if (found.overlaps(token.start, token.end) || FUNCTION_WORD_SURNAMES.has(token.word[0]) || placeStems().has(token.word)) return;
  // 呼日勒/x|苏赫时/x: right after another unknown word it is the end of a longer foreign name, not a Chinese one.
  const before = tokens[k - 1];
  if (before?.tag === 'x' && before.end === token.start && nameCharsOnly(before.word, 0, before.word.length)) return;
  const name = gluedFunctionWord(token.word) ? token.word.slice(0, 2) : token.word;
  // 会见|宋迪时/x|，: not a word holding the 时 (when) that closes the clause, which other rules read the name before.
  const threshold = isMeetingObject(tokens, k) && !token.word.endsWith(GLUED_WHEN) ? nameStats.titledWordNameThreshold : nameStats.unknownWordThreshold;
  if (givenNameLikelihood(name) >= threshold) found.add({ start: token.start, end: token.start + name.length, canonical: name });
}

const MEETING_OBJECT_VERBS = new Set(titles.meetingObjectVerbs);
const MEETING_OBJECT_ENDS = new Set(titles.meetingObjectEnds);
/** 会见了|萧万长|等: the word at k is the one person a meeting's act names, closed off right after (titles.json meetingObjectVerbs). */
function isMeetingObject(tokens: Token[], k: number): boolean {
  const verbAt = tokens[k - 1]?.word === '了' ? k - 2 : k - 1;
  return MEETING_OBJECT_VERBS.has(tokens[verbAt]?.word ?? '') && MEETING_OBJECT_ENDS.has(tokens[k + 1]?.word ?? '');
}

const PLACE_ENDINGS = new Set(placePatterns.geoSuffixes.filter((suffix) => suffix.length === 1));
/**
 * What the document names a place by, written before its ending (叶坪|镇, 叶坪镇/x): 叶坪 alone elsewhere in it
 * (前往叶坪革命旧址群) is that place, not a person the segmenter could not place.
 */
function placeStemsOf(tokens: Token[]): Set<string> {
  const stems = new Set<string>();
  tokens.forEach((token, k) => {
    if (token.word.length >= 3 && PLACE_ENDINGS.has(token.word[token.word.length - 1])) stems.add(token.word.slice(0, -1));
    const next = tokens[k + 1];
    if (next && next.start === token.end && next.word.length === 1 && PLACE_ENDINGS.has(next.word)) stems.add(token.word);
  });
  return stems;
}

/** 当选 (titles.json electedBeforeTitles): a name word right before it and a title head is the person elected. */
const ELECTED_VERBS = new Set(titles.electedBeforeTitles);

/**
 * 令/v|计划/n|主持, 陈/nr|全国/n, 厉无畏/i: a known official's name that the segmenter's words start and end with exactly is
 * that official, though its dictionary holds the name (words it weighs higher win, or its own tag for the name's word is
 * another); not one that starts or ends inside a word
 * (任何|维护 holds no 何维, and two-character names are not read here at all).
 */
function knownOfficialsInWords({ text, tokens }: PeopleContext, found: Found): void {
  // The mentions found so far that open with a list's joiner, by where they start (a pass over them, not one per name).
  const joinerOpened = new Map(found.mentions.filter((m) => LIST_JOINERS.has(text[m.start])).map((m) => [m.start, m]));
  for (let k = 0; k < tokens.length; k++) {
    // 副|主席令/n|计划: so is one whose first character the segmenter glued to a title's head before it.
    const glued = tokens[k].word.length === 3 && isTitleHead(tokens[k].word.slice(0, 2)) ? tokens[k].start + 2 : -1;
    for (const start of glued < 0 ? [tokens[k].start] : [tokens[k].start, glued]) {
      const name = knownOfficialStartingAt(text, start);
      if (!name || tokenEndingAt(tokens, start + name.length) < 0) continue;
      // 杨晶|和令计划: a run's item that is the list's joiner and the official is the official.
      const withJoiner = joinerOpened.get(start - 1);
      if (withJoiner?.end === start + name.length) found.narrow(withJoiner, start, start + name.length, name);
      else if (!found.overlaps(start, start + name.length)) found.add({ start, end: start + name.length, canonical: name });
    }
  }
}

/** Names the segmenter tags as names, kept only where the context speaks of a person (说, 表示, 等, 、). */
function untitledNames({ text, tokens, isPlace }: PeopleContext, found: Found): void {
  // Read only when an unknown word may be a name (most documents have few or none): a pass over every token.
  let stems: Set<string> | undefined;
  const placeStems = () => (stems ??= placeStemsOf(tokens));
  tokens.forEach((token, k) => {
    // The tag before the gazetteer: most words are neither unknown nor names, and a tag is cheaper to test.
    if (token.tag !== 'x' && token.tag !== 'nr' && token.tag !== 'nrfg') return;
    if (isPlace(token)) return; // 白宫, 檀香山: tagged as names, known as places
    if (token.tag === 'x') return unknownWordName(tokens, k, found, placeStems);
    if (token.word.length < 2 || token.word.length > 4) return;
    const surname = surnameBeforeHonorific(token.word);
    // 朱师傅, 何大爷: a form of address glued to the surname; the surname alone is the person's name.
    if (surname) {
      if (!found.overlaps(token.start, token.start + surname)) found.add({ start: token.start, end: token.start + surname, canonical: token.word.slice(0, surname) });
      return;
    }
    if (found.overlaps(token.start, token.end)) return;
    // 铁凝: a known official whose surname is too rare for the surname list.
    if (KNOWN_OFFICIALS.has(token.word)) return found.add({ start: token.start, end: token.end, canonical: token.word });
    if (!hasSurname(token.word) || token.word[0] === token.word[1]) return;
    if (!isNameChar(token.word[token.word.length - 1])) return;
    // 祝贺, 扬言, 封斋: a word the dictionary tags as a name that the newspaper never writes as one.
    if (NOT_NAME_WORDS.has(token.word) && !KNOWN_OFFICIALS.has(token.word)) return;
    const next = tokens[k + 1]?.word ?? '';
    const previous = tokens[k - 1]?.word ?? '';
    const besidePerson = (next === '、' && found.overlaps(tokens[k + 2]?.start ?? 0, tokens[k + 2]?.end ?? 0)) || (previous === '、' && found.overlaps(tokens[k - 2]?.start ?? 0, tokens[k - 2]?.end ?? 0));
    // Context vouches for a name whose given name is at least not word-like (白宫|会见 is a place).
    // …，沈莹当选会长: elected to a title right after it, the word is the person elected.
    const elected = ELECTED_VERBS.has(next) && tokens[k + 2] !== undefined && headKindAt(tokens, k + 2) !== undefined;
    const vouched = KNOWN_OFFICIALS.has(token.word) || (isSpeechWord(next) || besidePerson || elected || NON_OFFICIAL_HEADS.has(previous) || isMeetingObject(tokens, k)) && givenNameLikelihood(token.word) >= 0;
    if (vouched || looksLikeName(token, tokens[k + 1])) {
      const end = token.end - (gluedFunctionWord(token.word) ? 1 : 0);
      found.add({ start: token.start, end, canonical: text.slice(token.start, end) });
    }
  });
}

/**
 * The first and last parts (two characters or more) of the dotted names found, and their hyphenated parts (迪亚斯-卡内尔
 * of 米格尔·迪亚斯-卡内尔·贝穆德斯, a double surname), each with the one name it is part of.
 */
function dottedShortForms(text: string, mentions: readonly { canonical?: string; role?: string }[]): Map<string, string> {
  const shortForms = new Map<string, string | undefined>();
  const heads = postHeadsByName(mentions);
  // Each name once: a long report repeats its names thousands of times, and isRelativeOf reads the text for each.
  const read = new Set<string>();
  for (const { canonical = '' } of mentions) {
    if (read.has(canonical)) continue;
    read.add(canonical);
    const parts = canonical.split(MIDDLE_DOT_SPLIT);
    if (parts.length < 2) continue;
    const wholeParts = canonical.split(PART_DOT);
    const hyphenated = wholeParts.length >= 2 ? wholeParts.filter((part) => NAME_HYPHEN.test(part)) : [];
    // 胡安－曼努埃尔－桑托斯－卡尔德龙: a Spanish name of four parts is known by its third, the father's surname.
    const paternal = parts.length >= SPANISH_NAME_PARTS ? [parts[parts.length - 2]] : [];
    for (const part of [parts[0], parts[parts.length - 1], ...hyphenated, ...paternal]) {
      // A part two names share (穆罕默德) stands for neither, nor does one the text names a relative by, nor one that
      // holds another post than the dotted name (别尔德穆哈梅多夫总统 beside 副总理…谢·别尔德穆哈梅多夫).
      if (part.length < 2 || isRelativeOf(text, canonical, part) || holdOtherPosts(heads.get(part), heads.get(canonical))) continue;
      shortForms.set(part, shortForms.has(part) && shortForms.get(part) !== canonical ? undefined : canonical);
    }
  }
  return new Map([...shortForms].filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** The parts of a Spanish name: two given names, the father's surname and the mother's. */
const SPANISH_NAME_PARTS = 4;

/** The heads of the offices each name holds (副总理、中土合作委员会土方主席 → 副总理, 主席); not 先生, 教授. */
function postHeadsByName(mentions: readonly { canonical?: string; role?: string }[]): Map<string, string[]> {
  const heads = new Map<string, string[]>();
  for (const { canonical, role } of mentions) {
    if (!canonical || !role) continue;
    const list = heads.get(canonical) ?? [];
    for (const post of role.split(POST_JOINERS)) {
      const head = postHead(post);
      if (head && !list.includes(head)) list.push(head);
    }
    heads.set(canonical, list);
  }
  return heads;
}
/** What joins two posts of one person in a title (、, 兼). */
const POST_JOINERS = /[、，,兼]/;
/** The post's head: its longest ending that is an office's head (土方主席 → 主席), if any. */
function postHead(post: string): string | undefined {
  for (let at = 0; at < post.length - 1; at++) if (OFFICIAL_HEADS.has(post.slice(at))) return post.slice(at);
  return undefined;
}
/** Whether two names' posts are all unlike (总统 and 副总理, 主席); 主席 and 国家主席, or 总理 and 副总理, are alike. */
function holdOtherPosts(these: string[] | undefined, those: string[] | undefined): boolean {
  if (!these?.length || !those?.length) return false;
  return !these.some((a) => those.some((b) => a.endsWith(b) || b.endsWith(a)));
}

/** How far before a dotted name a relation word and the name of the relative may stand (科斯格罗夫总督夫人|林恩·科斯格罗夫). */
const RELATIVE_NAME_REACH = 16;
const CLAUSE_BREAK = /[，。；：、！？,;:!?\n]/;
/**
 * 科斯格罗夫总督夫人林恩·科斯格罗夫: the dotted name follows a relation word (titles.json relationsAfterTitle) that follows
 * its own part, in one clause: the part names the relative (the governor-general), another person than the dotted name.
 */
function isRelativeOf(text: string, dottedName: string, part: string): boolean {
  for (let at = text.indexOf(dottedName); at >= 0; at = text.indexOf(dottedName, at + dottedName.length)) {
    const before = text.slice(Math.max(0, at - RELATIVE_NAME_REACH), at);
    const relation = titles.relationsAfterTitle.find((word) => before.endsWith(word));
    if (!relation) continue;
    const head = before.slice(0, before.length - relation.length);
    const partAt = head.lastIndexOf(part);
    if (partAt >= 0 && !CLAUSE_BREAK.test(head.slice(partAt + part.length))) return true;
  }
  return false;
}

/**
 * The document's people read whole: a short form of a dotted name (杜特尔特 of 罗德里戈·罗亚·杜特尔特) takes the full
 * name as its canonical one, however it was read (the labeller's own 杜特尔特, where the rules cut 杜特).
 */
export function expandShortForms(text: string, entities: { type: string; start: number; end: number; canonical?: string }[]): void {
  const people = entities.filter((e) => e.type === 'person');
  // 德梅克 = 德梅克·梅: a canonical dotted name no mention writes, which one written extends (the rules' reading cut short
  // of the labeller's 德梅克·梅孔嫩), is that longer name.
  const written = new Set(people.map((p) => text.slice(p.start, p.end)).filter((name) => MIDDLE_DOT_SPLIT.test(name)));
  for (const person of people) {
    const canonical = person.canonical;
    if (canonical === undefined || !MIDDLE_DOT_SPLIT.test(canonical) || written.has(canonical)) continue;
    const longer = [...written].filter((name) => name.length > canonical.length && name.startsWith(canonical));
    if (longer.length === 1) person.canonical = longer[0];
  }
  const shortForms = dottedShortForms(text, people);
  for (const person of people) person.canonical = shortForms.get(person.canonical ?? '') ?? person.canonical;
}

/**
 * Every other mention of a name already known, and short forms of dotted names: the first part (阿布里米提 →
 * 阿布里米提·艾海提) or the last (杜特尔特 → 罗德里戈·罗亚·杜特尔特), also where a pass above read the short form alone.
 */
function laterMentions({ text, knownPeople = [] }: PeopleContext, found: Found): void {
  const forms = new Map<string, string>();
  for (const p of knownPeople) forms.set(p.name, p.name);
  const shortForms = dottedShortForms(text, found.mentions);
  for (const p of found.mentions) {
    const full = shortForms.get(p.canonical);
    if (full) p.canonical = full;
    forms.set(p.canonical, p.canonical);
  }
  for (const [short, full] of shortForms) if (!forms.has(short)) forms.set(short, full);
  const byFirstChar = new ByFirstCode<string>();
  for (const form of [...forms.keys()].filter((f) => f.length >= 2).sort((a, b) => b.length - a.length)) byFirstChar.add(form.charCodeAt(0), form);
  for (let at = 0; at < text.length; at++) {
    if (found.isCovered(at)) continue;
    const candidates = byFirstChar.at(text.charCodeAt(at));
    if (!candidates) continue;
    const form = candidates.find((f) => text.startsWith(f, at));
    if (!form) continue;
    const end = at + form.length;
    if (isMiddleDot(text[end]) || namesDoctrine(text, end) || namesInstitution(text, end)) continue;
    if (found.overlaps(at, end)) {
      // 法/j|伊曼/nr|说: an untitled name read inside a dotted name's short form there (法伊曼 of 维尔纳·法伊曼) is that form.
      const inside = shortForms.has(form) ? found.mentions.filter((m) => m.start < end && m.end > at) : [];
      if (inside.length !== 1 || inside[0].start < at || inside[0].end > end || inside[0].role !== undefined) continue;
      found.widen(inside[0], at, end, forms.get(form)!);
    } else found.add({ start: at, end, canonical: forms.get(form)! });
    at = end - 1;
  }
}
