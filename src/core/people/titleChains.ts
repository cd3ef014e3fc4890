import titles from '../../../data/titles.json';
import organizations from '../../../data/organizations.json';
import { tokenAt, type Token } from '../text/tokens';
import { ALL_HAN, HAN } from '../text/characters';
import { NOT_NAME_WORDS, UNKNOWN_WORD_TAG, isHonorific, isMiddleDot } from './names';
import { WordMemo } from '../text/wordMemo';
import { isUnambiguousCountryForm, opensChinaPair } from '../places/recognizePlaces';

export const OFFICIAL_HEADS = new Set([...titles.officialHeads, ...titles.officialHeadsRulesOnly]);
export const NON_OFFICIAL_HEADS = new Set([...titles.nonOfficialHeads, ...titles.occupationHeads]);
/** 1 at the code unit each title ends in: a table, not a set, as every word of a document is tested against it. */
const HEAD_ENDINGS = new Uint8Array(0x10000);
for (const head of [...OFFICIAL_HEADS, ...NON_OFFICIAL_HEADS]) if (head.length > 0) HEAD_ENDINGS[head.charCodeAt(head.length - 1)] = 1;
const CHAIN_WORDS = new Set(titles.chainWords);
const CHAIN_VERBS = new Set(titles.chainVerbs);
/** 政府|间/f|合作委员会: locatives that stand in an organ's name (titles.json chainLocatives). */
const CHAIN_LOCATIVES = new Set(titles.chainLocatives);
// An appointment's or a removal's verb opens the frame around a title, never stands in it (任命/n).
const NOT_IN_TITLE = new Set([...titles.notInTitle, ...titles.appointmentVerbs, ...titles.removalVerbs]);
const TITLE_JOINERS = new Set(titles.titleJoiners);
/** The 为 of an appointment (任命…为, 以…为): the title after it is given to the name before it. */
export const APPOINTED_AS = '为';
const NOUN_TAGS = /^(n|nt|ns|nz|nrt|j|b|l|an|ng|vn|s)$/;
export const MAX_ROLE_LENGTH = 48;
/**
 * An ordinal of a term or of a holder that may stand in a title (第十四届全国政协委员, 第六任行政长官); a term's also
 * without 第 (十三届全国政协主席), not a holder's (六任).
 */
const TERM_ORDINAL = /^(?:第[一二三四五六七八九十百零〇\d]+[届任]|[一二三四五六七八九十百零〇\d]+届)$/;
export const isTermOrdinal = (word: string): boolean => TERM_ORDINAL.test(word);
/** The prefix of ordinals (第78届). */
const ORDINAL_PREFIX = '第';
/** 第七/m|十五届/m: the start of a term's ordinal the segmenter cut off inside its number, right before the rest at `first`. */
const ordinalStartCutOff = (tokens: Token[], first: number, floor: number): boolean =>
  first - 1 >= floor && tokens[first - 1].end === tokens[first].start && tokens[first - 1].word.startsWith(ORDINAL_PREFIX) && isTermOrdinal(tokens[first - 1].word + tokens[first].word);
/** 第九届、十届|全国人大常委会副委员长: the terms a post was held in, listed; the first of them. */
function termOrdinalListStart(tokens: Token[], first: number, floor: number): number {
  while (first - 2 >= floor && tokens[first - 1].word === ORDINAL_LIST_JOINER && isTermOrdinal(tokens[first - 2].word)) first -= 2;
  return first;
}
const ORDINAL_LIST_JOINER = '、';
/** 十九/m|届/d: a term's ordinal the segmenter cut before its 届 or 任, right before `first`. */
const termOrdinalCutBefore = (tokens: Token[], first: number, floor: number): boolean =>
  first - 2 >= floor && tokens[first - 1].word.length === 1 && tokens[first - 2].end === tokens[first - 1].start && tokens[first - 1].end === tokens[first].start &&
  isTermOrdinal(tokens[first - 2].word + tokens[first - 1].word);

/**
 * A session's ordinal right after its term's (十二届|一次|会议主席团), or after the organ its term's ordinal opens
 * (十二届|全国人大/nt|五次|会议主席团): the session stands in the title with its term.
 */
const SESSION_ORDINAL = /^第?[一二三四五六七八九十\d]+次$/;
const ORGAN_TAG = 'nt';
/** The joiner of a post held concurrently (副主席兼秘书长, 国务委员会兼部长会议主席). */
const CONCURRENT_JOINER = '兼';
const sessionOrdinalAt = (tokens: Token[], index: number, floor: number): boolean =>
  index - 1 >= floor && SESSION_ORDINAL.test(tokens[index].word) && tokens[index - 1].end === tokens[index].start &&
  (isTermOrdinal(tokens[index - 1].word) || (index - 2 >= floor && tokens[index - 1].tag === ORGAN_TAG && isTermOrdinal(tokens[index - 2].word) && tokens[index - 2].end === tokens[index - 1].start));

/**
 * An ordinal that numbers an organ (第二|巡回|法庭, 第三|分局) or the undertaking it is named for (国务院|第七次|全国人口普查|
 * 领导小组): 第 and a number, no term's 届 or 任.
 */
const ORGAN_ORDINAL = /^第[一二三四五六七八九十\d]+次?$/;
/** A rank among holders of the same post (第二书记, 第二首相; 第一 is a chain word of its own). */
const RANK_ORDINAL = /^第[二三]$/;
/**
 * 最高人民法院|第二/m|巡回法庭庭长: an ordinal between the organ or place that opens a chain and the organ it numbers
 * stands in the title (第一 is a chain word already); not right before the head (第二|书记 counts the person).
 */
const organOrdinalAt = (tokens: Token[], index: number, floor: number, isPlace: (token: Token) => boolean): boolean =>
  index - 1 >= floor && ORGAN_ORDINAL.test(tokens[index].word) && opensOffice(tokens[index - 1], isPlace) && !isTitleHead(tokens[index + 1]?.word ?? '');

/** Whether a word is (or ends with) an official's title, another person's role, or neither. */
export function headKind(word: string): boolean | undefined {
  // Called for every word of a document: most words end in no title's last character.
  return HEAD_ENDINGS[word.charCodeAt(word.length - 1)] === 1 ? HEAD_KINDS.get(word) : undefined;
}
const HEAD_KINDS = new WordMemo(headKindOf);

function headKindOf(word: string): boolean | undefined {
  if (OFFICIAL_HEADS.has(word)) return true;
  if (NON_OFFICIAL_HEADS.has(word)) return false;
  // Compounds the segmenter keeps whole: 地委书记, 省委常委; 表演艺术家, 高级工程师 (another role of three characters
  // or more: a shorter one is often the end of a plain word, 小学生).
  for (let cut = 1; cut < word.length - 1; cut++) {
    const tail = word.slice(cut);
    if (OFFICIAL_HEADS.has(tail)) return true;
    if (tail.length >= 3 && NON_OFFICIAL_HEADS.has(tail)) return false;
  }
  return undefined;
}

/** Heads that end a field's name and are none alone (创意设计|学家: titles.json headsAfterNounOnly). */
const HEADS_AFTER_NOUN_ONLY = new Set(titles.headsAfterNounOnly);
/** Heads that are verbs after certain words (将代表胡锦涛出席). */
const HEADS_READ_AS_VERBS_AFTER = new Map(Object.entries(titles.headsReadAsVerbsAfter).map(([head, before]) => [head, new Set(before)]));

/**
 * The title kind of the token at `index`, also where the segmenter split a title across words because an
 * organ name before it is in its dictionary: 俄罗斯外交部|长, 文化部|部长 stay whole titles.
 */
export function headKindAt(tokens: Token[], index: number): boolean | undefined {
  const word = tokens[index].word;
  if (index > 0 && HEADS_READ_AS_VERBS_AFTER.get(word)?.has(tokens[index - 1].word)) return undefined;
  if (HEADS_AFTER_NOUN_ONLY.has(word) && !(index > 0 && tokens[index - 1].end === tokens[index].start && NOUN_TAGS.test(tokens[index - 1].tag))) return undefined;
  const kind = headKind(word);
  // A head joined to the word ends in its character: where no head does (的, ，), there is none to join.
  if (kind !== undefined || word.length > 1 || index === 0 || HEAD_ENDINGS[word.charCodeAt(0)] !== 1) return kind;
  const previous = tokens[index - 1];
  if (previous.end !== tokens[index].start) return undefined;
  for (const take of [2, 1]) {
    const joined = previous.word.slice(-take) + word;
    if (joined.length > take && OFFICIAL_HEADS.has(joined)) return true;
    if (joined.length > take && NON_OFFICIAL_HEADS.has(joined)) return false;
  }
  return undefined;
}

/** Words of a byline before the reporter's name: 记者, 撰文, 摄. */
export const REPORTING_WORDS = new Set(titles.reportingWords);

/** A byline's role (记者, 新华社记者, 通讯员, 摄): the person wrote or photographed the report. */
export function isReportingRole(role: string | undefined): boolean {
  if (role === undefined) return false;
  for (const word of REPORTING_WORDS) if (role === word || (word.length >= 2 && role.endsWith(word))) return true;
  return false;
}

/** A word that stands inside titles (常务, 代理, 荣誉): never a name, though its first character may be a surname (荣). */
export const isChainWord = (word: string): boolean => CHAIN_WORDS.has(word);

export function isTitleHead(word: string): boolean {
  return headKind(word) !== undefined;
}
/** A head alone (部长), not one glued to the organ before it (能源部长). */
const isBareHead = (word: string): boolean => OFFICIAL_HEADS.has(word) || NON_OFFICIAL_HEADS.has(word);

const ORGAN_ABBREVIATION_ENDINGS = new Set(titles.organAbbreviationEndings);
/** 文明委, 侨办: an organ's short name, whatever tag the segmenter gives it (文明委/nr). */
const isOrganAbbreviation = (word: string) => word.length >= 2 && word.length <= 4 && ORGAN_ABBREVIATION_ENDINGS.has(word[word.length - 1]);

/** Words that may stand inside a title: organ names, places, ranks (第一, 常务), ordinals and the few verbs of organ names. */
export function mayStandInTitle(token: Token, isPlace: (token: Token) => boolean): boolean {
  if (NOT_IN_TITLE.has(token.word)) return false;
  // 幼儿园/nr: a body's word stands in a title whatever the segmenter tagged it.
  if (CHAIN_WORDS.has(token.word) || isTitleHead(token.word) || CHAIN_VERBS.has(token.word) || CHAIN_LOCATIVES.has(token.word) || isTermOrdinal(token.word) || BODY_WORDS.has(token.word)) return true;
  if (!HAN.test(token.word)) return false;
  return NOUN_TAGS.test(token.tag) || isPlace(token) || isOrganAbbreviation(token.word) || isLocalPlaceName(token.word) || AGES_IN_ORGAN_NAMES.has(token.word) || isCountryPair(token.word);
}

/**
 * 全国|双拥/nr|工作, 塔利班/nr|最高领导人: a word the segmenter tags as a name that People's Daily never writes as one
 * (not-names.json) is a noun of an organ's name; not a time's word (今天上午/nr|意大利总统), unless inside the name.
 */
const notNameWordInside = (tokens: Token[], at: number, floor: number, isPlace: (token: Token) => boolean): boolean =>
  tokens[at].tag === NAME_TAG && NOT_NAME_WORDS.has(tokens[at].word) && !NOT_IN_TITLE.has(tokens[at].word) && (!TIME_CHARS.test(tokens[at].word) || (at - 1 >= floor && mayStandInTitle(tokens[at - 1], isPlace)));
/** Characters of the words of a time of day or a date (今天上午, 明晚). */
const TIME_CHARS = /[年月日天午晚晨夜时]/;
const NAME_TAG = 'nr';

/** 英中/x (贸易协会): two countries by their short forms, none of them a character of other words too (古老). */
const isCountryPair = (word: string): boolean => word.length === 2 && [...word].every(isUnambiguousCountryForm);
/** 会见了|日/m|中/f|协会会长: two countries by their short forms that the segmenter cut apart, opening an organ's name. */
const countryPairCutBefore = (tokens: Token[], first: number, floor: number): boolean =>
  first - 2 >= floor && tokens[first - 2].word.length === 1 && tokens[first - 1].word.length === 1 && tokens[first - 2].end === tokens[first - 1].start &&
  tokens[first - 1].end === tokens[first].start && isCountryPair(tokens[first - 2].word + tokens[first - 1].word);
/**
 * 斯里兰卡|-|中国|社会文化合作协会主席: a country joined by a hyphen or a dash to the place that opens the chain names the
 * pair's body (a friendship association's, a business council's).
 */
const hyphenedPlaceBefore = (tokens: Token[], first: number, floor: number, isPlace: (token: Token) => boolean): boolean =>
  first - 2 >= floor && PAIR_HYPHENS.has(tokens[first - 1].word) && tokens[first - 2].end === tokens[first - 1].start && tokens[first - 1].end === tokens[first].start &&
  isPlace(tokens[first]) && isPlace(tokens[first - 2]);
const PAIR_HYPHENS = new Set(['-', '—', '－', '–']);
/** 中/f|俄政府/nt|间合作委员会: the first of two countries by their short forms, cut off the word the second opens. */
const countryGluedOff = (tokens: Token[], first: number, floor: number): boolean =>
  first - 1 >= floor && tokens[first - 1].word.length === 1 && tokens[first - 1].end === tokens[first].start && tokens[first].word.length > 1 &&
  (isCountryPair(tokens[first - 1].word + tokens[first].word[0]) || chinaPairGluedOff(tokens[first - 1].word, tokens[first]));
/**
 * 中/f|乌政府/nt|间合作委员会: China's form before another country's that opens a body's word names the pair whatever the
 * other form means elsewhere (乌, 马, 新: words too).
 */
const chinaPairGluedOff = (china: string, body: Token): boolean => opensChinaPair(china, body.word[0]) && body.tag === 'nt';
const COMPANY_FORMS = new Set(organizations.companyForms);
/** 彭博/x|有限|合伙企业创始人: an unknown company name before its legal form's first word (organizations.json companyForms). */
const companyFormCutBefore = (tokens: Token[], first: number, floor: number): boolean =>
  first - 2 >= floor && COMPANY_FORMS.has(tokens[first - 1].word) && tokens[first - 2].tag === UNKNOWN_WORD_TAG && ALL_HAN.test(tokens[first - 2].word) &&
  tokens[first - 2].end === tokens[first - 1].start && tokens[first - 1].end === tokens[first].start;
/** 现代/t, 当代/t: words of an age the segmenter tags as times, which name institutes (中国现代国际关系研究院); not 今年, 目前. */
const AGES_IN_ORGAN_NAMES = new Set(titles.agesInOrganNames);

/** 德胜村/x, 新桥镇: a village's or town's name the gazetteer need not know. */
const isLocalPlaceName = (word: string) => titles.localPlaceEndings.some((ending) => word.length >= ending.length + LOCAL_NAME_MIN && word.endsWith(ending));
/** A local name before its ending: two characters at least (德胜村, not 该村 or 下乡). */
const LOCAL_NAME_MIN = 2;

/** A place or an organ (政协, 澳门特别行政区) whose office an ordinal after it counts (…第十四届全国委员会委员). */
const opensOffice = (token: Token, isPlace: (token: Token) => boolean) => isPlace(token) || CHAIN_WORDS.has(token.word) || /^(nt|ns|j)$/.test(token.tag);

const LEVELS_AFTER_JOINER = new Set(titles.levelsAfterJoiner);
/** A level of office a joiner or a frame's 为 may be glued to (兼省, 为市). */
export const isLevelAfterJoiner = (ch: string): boolean => LEVELS_AFTER_JOINER.has(ch);
/** 、 or 兼 between two titles, also where the segmenter glued the next title's level to it (兼省, 兼市). */
export const isJoiner = (word: string) => TITLE_JOINERS.has(word) || (word.length === 2 && TITLE_JOINERS.has(word[0]) && LEVELS_AFTER_JOINER.has(word[1]));

/** Tags of the nouns an organ's name joins with 和 or 及: plain, proper and organisation nouns, adjectival and set phrases, abbreviations (信息|通信/j|和|数字经济部). */
const NOUN_IN_ORGAN_NAME = /^(n|nt|nz|an|l|j)$/;
/**
 * Tags a noun of an organ's name may also have right after the place or organ the name opens with: abbreviations,
 * verbal nouns and places (香港|劳工/vn|及|福利/ns局, 世界银行|东亚/ns|和|太平洋地区). Elsewhere such a word before
 * 和 is what the person meets (在钓鱼台国宾馆/ns|和|美国国防部长).
 */
const NOUN_AFTER_ORGAN_OPENING = /^(j|vn|ns)$/;
const ORGAN_NAME_JOINERS = new Set(titles.organNameJoiners);
/** 和 and 与 also join two sides (在钓鱼台国宾馆|和|美国国防部长): stricter inside an organ's name than 及. */
const SIDE_JOINERS = new Set(titles.sideJoiners);

/**
 * 和 or 及 between two nouns of an organ's name (宪法|和|法律委员会, 外交|和|合作, 香港|劳工|及|福利局), not between two titles
 * or names. 及 joins only after the place or organ the name opens with: elsewhere it lists things or people
 * (政府首脑|及|欧盟委员会主席, 谈话|及|宇航局长).
 */
function joinsNouns(tokens: Token[], index: number, floor: number, isPlace: (token: Token) => boolean): boolean {
  const [opening, before, joiner, after] = [tokens[index - 2], tokens[index - 1], tokens[index], tokens[index + 1]];
  // 经济|和|能源部长: a word of an organ's last field glued to the head after the joiner is no title of its own.
  if (index - 1 < floor || !ORGAN_NAME_JOINERS.has(joiner.word) || !HAN.test(before.word) || isTitleHead(before.word) || isBareHead(after.word) || NOT_IN_TITLE.has(before.word)) return false;
  // 外交|和|合作大臣: a verb of organ names (合作, 发展) stands for a noun there.
  // 国家卫生/an|和|计划生育/l|委员会: nouns of other tags stand so too.
  const plainNoun = (token: Token) => NOUN_IN_ORGAN_NAME.test(token.tag) || CHAIN_VERBS.has(token.word);
  const joinsSides = SIDE_JOINERS.has(joiner.word);
  // 在北京天坛公园|与|印度|总理: a place right before the head after 和 or 与 is the other side's country, no organ's part.
  if (joinsSides && isPlace(after) && isTitleHead(tokens[index + 2]?.word ?? '')) return false;
  if (joinsSides && plainNoun(before) && plainNoun(after)) return true;
  // The word after the joiner is the chain's first already (民政|及|青年/t事务局).
  // Both words: single characters tagged as places are mostly a name cut up (叶|锦/ns|福/ns|和|韩国选手).
  // 副总理兼|能源|及|水务转型部部长: so does the 兼 or 、 that opens another title of the person.
  const opensName = index - 2 >= floor && ((opening.word.length >= 2 && (isPlace(opening) || /^(nt|ns|j)$/.test(opening.tag))) || (!joinsSides && isJoiner(opening.word)));
  // After a plain noun, 和 or 与 joins two sides rather (哥斯达黎加政府|和|阿根廷副总统): only 及 joins such a noun's name on.
  const joinsBefore = NOUN_AFTER_ORGAN_OPENING.test(before.tag) || (!joinsSides && plainNoun(before));
  return opensName && before.word.length >= 2 && joinsBefore;
}

/** What a ministry's name lists before its 和 or 与 (农业、食品与海洋事务部, 教育、青年和体育部): fields, each a word of its own. */
const LISTED_FIELD_TAG = /^(n|vn|nz|ns|t|an|l)$/;
/** The longest field a ministry's name lists (农业, 基础设施). */
const LONGEST_LISTED_FIELD = 4;
/** The item mark of a list inside a name (the first of titles.json titleJoiners, which between titles joins two). */
const LIST_MARK = '、';

/**
 * Where a list of fields in a ministry's name starts when the chain has reached the field after its 和 or 与, the one
 * before, or the last of a list with no joiner (瑞士联邦委员兼|经济、|教研部长; 爱尔兰|农业、食品|与|海洋事务部长, 柬埔寨副首相兼|教育、青年|和|体育部|大臣, 新西兰|农业、|林业与渔业部长): the fields before it joined by 、, each a
 * plain word of a few characters, and at least one 、 (哥斯达黎加政府|和|阿根廷副总统 are two sides); undefined if none.
 */
function fieldListStart(tokens: Token[], first: number, floor: number, isPlace: (token: Token) => boolean): number | undefined {
  const isField = (index: number) => {
    const token = tokens[index];
    return index >= floor && LISTED_FIELD_TAG.test(token.tag) && token.word.length >= 2 && token.word.length <= LONGEST_LISTED_FIELD && HAN.test(token.word) &&
      !isTitleHead(token.word) && !NOT_IN_TITLE.has(token.word) && !isPlace(token);
  };
  // The last field before the joiner: right before the chain (…|与|海洋事务部长), or its first word already (林业|与|渔业部长).
  // 经济、|教研|部长: a list with no joiner, the chain's first word its last field, right before the head; not an organ
  // whole (…外长敦夫妇、|文化部|部长: another's title after a list item).
  const unjoinedLast = tokens[first - 1]?.word === LIST_MARK && isTitleHead(tokens[first + 1]?.word ?? '') && !endsAsOrgan(tokens[first].word);
  const lastField = first - 2 >= floor && SIDE_JOINERS.has(tokens[first - 1].word) && isField(first - 2) ? first - 2
    : (SIDE_JOINERS.has(tokens[first + 1]?.word ?? '') || unjoinedLast) && isField(first) ? first : undefined;
  if (lastField === undefined) return undefined;
  let start = lastField;
  while (start - 2 >= floor && tokens[start - 1].word === LIST_MARK && isField(start - 2)) start -= 2;
  return start < lastField ? start : undefined;
}

/** A word of a body's name in brackets right before `index` (郑州友谊商业（集团）|总公司总裁): part of the title chain. */
function bracketedWordBefore(tokens: Token[], index: number, floor: number, isPlace: (token: Token) => boolean): boolean {
  return index - 3 >= floor && BRACKETS.test(tokens[index - 3].word + tokens[index - 1].word) && mayStandInTitle(tokens[index - 2], isPlace) && !isTitleHead(tokens[index - 2].word);
}

const ORGAN_ENDINGS_AFTER_ADJECTIVE = titles.organEndingsAfterAdjective;
const endsAsOrgan = (word: string) => ORGAN_ENDINGS_AFTER_ADJECTIVE.some((ending) => word.length > ending.length && word.endsWith(ending));

/** Verbs and the aspect particle 了 (出席|新…, 会见了|新同盟会); acts the segmenter tags as nouns are in NOT_IN_TITLE (会见/n|新民主党). */
const VERB_OR_ASPECT_TAG = /^(v|ul)$/;

/**
 * 金融|稳定/a|理事会|主席: an adjective between two nouns of an organ's name, before the head, is part of the name (not
 * one before the head itself: 著名|作家 is no organ).
 */
function adjectiveInOrganName(tokens: Token[], first: number, head: number, floor: number, isPlace: (token: Token) => boolean): boolean {
  const [before, adjective] = [tokens[first - 2], tokens[first - 1]];
  // 新/a|同盟会/nt|会长 at a clause's start or after a verb or an act (会见|新/a|民主党/nt|总书记): one character opening a body's name.
  if (first < head && first - 1 >= floor && adjective.tag === 'a' && adjective.word.length === 1 && tokens[first].tag === 'nt' && (first - 2 < floor || !HAN.test(before.word) || VERB_OR_ASPECT_TAG.test(before.tag) || NOT_IN_TITLE.has(before.word))) return true;
  if (first >= head || first - 2 < floor || adjective.tag !== 'a' || before === undefined || isTitleHead(tokens[first].word)) return false;
  // 北京|新/a|生命|养老…服务中心: one character of a name right after its place, before the name's nouns.
  if (adjective.word.length === 1) return isPlace(before) && before.end === adjective.start && NOUN_TAGS.test(tokens[first].tag);
  return endsAsOrgan(tokens[first].word) && /^(n|nz|nt|ns|j)$/.test(before.tag) && mayStandInTitle(before, isPlace) && !isTitleHead(before.word);
}

const ELECTED_BEFORE_TITLES = new Set(titles.electedBeforeTitles);
/** 当选|总统: the word of an election right before a title's head is part of that title (president-elect). */
const electedBefore = (tokens: Token[], first: number) => ELECTED_BEFORE_TITLES.has(tokens[first - 1].word) && isTitleHead(tokens[first].word);

/**
 * 委 or 办 alone: the end of an organ's short name the segmenter cut into words (卫生|健康|委, 网信|办); also glued to
 * the rank that opens the title after it (宪法|法律|委副|主任委员).
 */
const isCutOrganEnding = (token: Token) =>
  ORGAN_ABBREVIATION_ENDINGS.has(token.word[0]) && (token.word.length === 1 || (token.word.length === 2 && CHAIN_WORDS.has(token.word[1])));
/** The endings of towns and villages (镇, 乡, 村: titles.json localPlaceEndings). */
const LOCAL_ENDINGS = new Set(titles.localPlaceEndings);
/** 六堡/x before a lone 镇: a name the segmenter does not know or reads as a place, of two or three characters. */
const localNameCutBefore = (token: Token) => /^(x|ns|nz)$/.test(token.tag) && token.word.length >= 2 && token.word.length <= 3 && ALL_HAN.test(token.word);
/** The segmenter's tag of pronouns (该局, 本市). */
const PRONOUN_TAG = 'r';
/** 少/a|工委: a short name of two characters ending as an organ's (委, 办) after one character of its own the segmenter cut off. */
const shortNameCutBefore = (tokens: Token[], first: number) => {
  const [before, word] = [tokens[first - 1], tokens[first]];
  return word.word.length === 2 && ORGAN_ABBREVIATION_ENDINGS.has(word.word[1]) && before.word.length === 1 && HAN.test(before.word) && !JOINING_TAG.test(before.tag) && before.end === word.start;
};
/** Tags of the single characters a body's short name is cut into (亚/j|奥/nr|理事会). */
const ABBREVIATION_PIECE_TAG = /^(j|nr|ns|n|ng|nz|b|x)$/;

/**
 * 亚/j|奥/nr|理事会主席: a body's short name right before its word, cut by the segmenter into two characters: the
 * token where the title starts then, undefined where no such name stands there.
 */
function abbreviationBeforeBody(tokens: Token[], first: number, head: number, floor: number): number | undefined {
  if (first >= head || first - 1 < floor || !(BODY_WORDS.has(tokens[first].word) || endsAsOrgan(tokens[first].word))) return undefined;
  const piece = (at: number) => at >= floor && tokens[at].end === tokens[at + 1].start && HAN.test(tokens[at].word) && ABBREVIATION_PIECE_TAG.test(tokens[at].tag) && !isTitleHead(tokens[at].word) && !NOT_IN_TITLE.has(tokens[at].word);
  const before = tokens[first - 1];
  return before.word.length === 1 && piece(first - 1) && first - 2 >= floor && tokens[first - 2].word.length === 1 && piece(first - 2) ? first - 2 : undefined;
}
/** The most characters of a body's own name the segmenter does not know (湖南|中楚/x|律师事务所). */
const LONGEST_UNKNOWN_BODY_NAME = 3;
/**
 * 湖南|中楚/x|律师事务所执业律师: a word the segmenter does not know, between a place and a common noun of the body's name,
 * is the body's name (not 部|长安/ns|喜榜/x|山东…: a name before the next title's place).
 */
const unknownNameAfterPlace = (tokens: Token[], at: number, floor: number, isPlace: (token: Token) => boolean): boolean =>
  at - 1 >= floor && tokens[at].tag === UNKNOWN_WORD_TAG && tokens[at].word.length >= 2 && tokens[at].word.length <= LONGEST_UNKNOWN_BODY_NAME && ALL_HAN.test(tokens[at].word) &&
  tokens[at].end === tokens[at + 1].start && tokens[at - 1].end === tokens[at].start && tokens[at - 1].word.length >= 2 && (isPlace(tokens[at - 1]) || tokens[at - 1].tag === 'ns') &&
  tokens[at + 1].tag === COMMON_NOUN_TAG && !isPlace(tokens[at + 1]);
/** The segmenter's tag of a common noun (律师/n). */
const COMMON_NOUN_TAG = 'n';

/** Conjunctions, prepositions and particles (和|外事|委): they join or relate, and are no part of a name. */
const JOINING_TAG = /^[cpu]/;
/** The most characters of a short name before its cut-off 委 or 办 (发展改革, 卫生健康). */
const LONGEST_CUT_ORGAN = 4;

/** The first token of the short name ending in the cut-off 委 or 办 at `ending`: the words before it, up to LONGEST_CUT_ORGAN characters (教科文卫|委). */
function cutOrganStart(tokens: Token[], ending: number, floor: number): number {
  let first = ending;
  while (first - 1 >= floor && tokens[ending].start - tokens[first - 1].start <= LONGEST_CUT_ORGAN && HAN.test(tokens[first - 1].word) && !JOINING_TAG.test(tokens[first - 1].tag)
    && !isTitleHead(tokens[first - 1].word) && !NOT_IN_TITLE.has(tokens[first - 1].word) && !TITLE_JOINERS.has(tokens[first - 1].word)) first--;
  return first;
}

/**
 * 乔治|·|华盛顿大学|…主任: an organ named after a person (a university, a centre) written with the name's middle dot;
 * the first part of the name belongs to the organ's name. Only before an organisation word, never before the head
 * itself (约翰·史密斯|总统 is a name and a title).
 */
function dottedNameOpensOrgan(tokens: Token[], first: number, head: number, floor: number): boolean {
  const [name, dot, organ] = [tokens[first - 2], tokens[first - 1], tokens[first]];
  return first < head && first - 2 >= floor && organ.tag === 'nt' && dot.word.length === 1 && isMiddleDot(dot.word) && HAN.test(name.word) && /^nr/.test(name.tag);
}

/** An opening and a closing round bracket (full-width or not). */
const BRACKETS = /^[（(][）)]$/;

const NOT_OPENING_TITLES = new Set(titles.notOpeningTitles);
/** Organs complete in themselves (国务院, 中共中央): one opens a title. */
const TOP_ORGANS = new Set(organizations.standalone);
const BODY_WORDS = new Set(organizations.suffixes);
/** The most tokens a top organ's name is cut into where it opens a longer word (中共/j|中央政治局常委/nt). */
const TOP_ORGAN_TOKENS = 2;
/** Whether a top organ's name starts at the token at `index`, as a word of its own or cut across two (中共|中央政治局常委). */
function opensTopOrgan(tokens: Token[], index: number): boolean {
  if (TOP_ORGANS.has(tokens[index].word)) return true;
  const words = tokens.slice(index, index + TOP_ORGAN_TOKENS).map((token) => token.word).join('');
  return organizations.standalone.some((organ) => organ.length > tokens[index].word.length && words.startsWith(organ));
}

/**
 * 三大看点|中国现代国际关系研究院院长: plain nouns before the place a title opens with, none of them an organ's, a
 * place's or a title's word, are the end of a headline or phrase the copy runs on from, no part of the title.
 */
function fromPlace(tokens: Token[], first: number, head: number, isPlace: (token: Token) => boolean): number {
  for (let k = first; k < head; k++) {
    const token = tokens[k];
    if (isPlace(token)) return k;
    if (token.tag !== 'n' || CHAIN_WORDS.has(token.word) || isOrganAbbreviation(token.word) || headKind(token.word) !== undefined || endsAsOrgan(token.word)) return first;
  }
  return first;
}

const SECTION_HEADINGS = titles.sectionHeadings;
/**
 * The chain's first token past a section heading glued before it (新闻链接|中台办副主任, 背景资料|外交部长): wire copy
 * that runs a report's sections into one paragraph leaves such headings in front of a name's title.
 */
function afterSectionHeading(tokens: Token[], first: number, head: number): number {
  // The heading may start one word before the chain, at a word that stopped it (相关/v|新闻|国台办主任).
  const before = first > 0 ? tokens[first - 1].word : '';
  let words = '';
  for (let k = first; k < head; k++) {
    words += tokens[k].word;
    if (SECTION_HEADINGS.includes(words) || SECTION_HEADINGS.includes(before + words)) return k + 1;
    if (!SECTION_HEADINGS.some((heading) => heading.startsWith(words) || heading.startsWith(before + words))) break;
  }
  return first;
}

/** What may stand in a task group's name between its organ and 小组: verbs, nouns, 的, 和, numerals (“一带|一路/m”), quotation marks. */
const GROUP_NAME_TAGS = /^(v|vn|n|l|j|i|a|ad|uj|c|b|m)$/;
const GROUP_NAME_QUOTES = new Set(['“', '”']);
/** What ends the name of a body set up for a task (领导小组, 协调小组, 推广督导委员会; titles.json taskBodyEndings). */
const GROUP_ENDINGS = titles.taskBodyEndings;
const TASK_VERB_TAG = /^(v|vn)$/;
const PARTICLE_TAG = 'uj';
/** The endings of taskBodyEndings that name a party (前进党), whose name holds no 的. */
const PARTY_ENDINGS = new Set(['党', '黨']);
/** The most characters of a task group's name with its organ (…群众路线教育实践活动领导小组). */
const LONGEST_GROUP_NAME = 36;

/**
 * 中央党|的|群众路线|教育|实践|活动|领导小组|组长, 国务院|推进|…|改革|协调|小组|组长: a task group's name is the task, written
 * with verbs, between the organ that set it up and 小组; the chain's first token is that organ's (nt or a top organ), or
 * undefined where the chain holds no 小组 or no organ opens the task within reach.
 */
function groupNameStart(tokens: Token[], first: number, head: number, floor: number, isPlace: (token: Token) => boolean): number | undefined {
  let group = -1;
  // The body's word stands where the chain stopped (活动|领导小组, 前进|党) or later in the same title (肺炎|疫情|工作|领导小组:
  // the chain took the task's nouns), not in a title after a joiner (…、农工党中央名誉主席).
  for (let k = Math.max(0, first - 1); k <= head && group < 0 && !(k > first && isJoiner(tokens[k].word)); k++) if (GROUP_ENDINGS.some((ending) => tokens[k].word.endsWith(ending))) group = k;
  if (group < 0) return undefined;
  // A chain that reached a place has its start (北京会见|欧盟委员会主席), unless a task's verb opens the group's name before
  // it, right after another title (国务院副总理、|推动|长三角一体化发展领导小组组长).
  if (isPlace(tokens[first])) {
    const verb = first - 1;
    return verb - 2 >= floor && TASK_VERB_TAG.test(tokens[verb].tag) && isJoiner(tokens[verb - 1].word) && isTitleHead(tokens[verb - 2].word) ? verb : undefined;
  }
  // The task is told with a verb (推广, 实践): a body named otherwise is read as any organ is.
  let told = false;
  for (let k = Math.min(first, group) - 1; k >= floor && tokens[head].end - tokens[k].start <= LONGEST_GROUP_NAME; k--) {
    const token = tokens[k];
    if (token.tag === 'nt' || TOP_ORGANS.has(token.word) || isPlace(token)) return k < first && told ? k : undefined;
    // 香港政务司司长、|基本法推广督导委员会主席: another title of the person ends before the joiner; the name starts after it.
    if (k - 1 >= floor && isJoiner(token.word) && isTitleHead(tokens[k - 1].word)) return k + 1 < first && told ? k + 1 : undefined;
    told ||= TASK_VERB_TAG.test(token.tag);
    // 应对|新冠/x|肺炎疫情: a word the segmenter does not know (not a mark) may stand in the task's name too.
    if (!GROUP_NAME_TAGS.test(token.tag) && !GROUP_NAME_QUOTES.has(token.word) && !(token.tag === UNKNOWN_WORD_TAG && ALL_HAN.test(token.word))) return undefined;
    // A party is named without 的 (北爱尔兰独立的|新芬党: the 的 ends a description before the name).
    if (token.tag === PARTICLE_TAG && PARTY_ENDINGS.has(tokens[group].word.slice(-1))) return undefined;
  }
  return undefined;
}

/**
 * Walks back from a title head (书记) over the title chain before it:
 * 新疆维吾尔自治区党委书记、新疆生产建设兵团党委书记、第一政委. Returns the index of the chain's first token.
 * `floor` is the first token the chain may use (the end of the previous person mentioned).
 */
export function titleChainStart(tokens: Token[], head: number, floor: number, isPlace: (token: Token) => boolean): number {
  let first = head;
  const length = () => tokens[head].end - tokens[first].start;
  // Where a list of fields in a ministry's name starts (fieldListStart), read once per step of the chain.
  let listStart: number | undefined;
  for (;;) {
    for (;;) {
      // 特别代表|国务院副总理: a head right before a top organ ends another title of the person, written with no joiner.
      const titleBeforeOrgan = first - 1 >= floor && opensTopOrgan(tokens, first) && isTitleHead(tokens[first - 1].word);
      if (!titleBeforeOrgan && first - 1 >= floor && length() < MAX_ROLE_LENGTH && (mayStandInTitle(tokens[first - 1], isPlace) || sessionOrdinalAt(tokens, first - 1, floor) || notNameWordInside(tokens, first - 1, floor, isPlace) || joinsNouns(tokens, first - 1, floor, isPlace) || electedBefore(tokens, first) || adjectiveInOrganName(tokens, first, head, floor, isPlace))) {
        first--;
        // An ordinal opens the title unless the place or organ whose office it counts stands before it
        // (澳门特别行政区第六任行政长官): before it may end a name of a list (…薛景霞|第十四届全国政协委员).
        if (isTermOrdinal(tokens[first].word)) {
          first = termOrdinalListStart(tokens, first, floor);
          if (!(first - 1 >= floor && opensOffice(tokens[first - 1], isPlace))) return ordinalStartCutOff(tokens, first, floor) ? first - 1 : first;
        }
      } else if (length() < MAX_ROLE_LENGTH && termOrdinalCutBefore(tokens, first, floor)) {
        // 十九/m|届/d|五中全会…, 第|78|届: a term's ordinal the segmenter cut opens the title as a whole one does.
        first -= 2;
        if (first - 1 >= floor && tokens[first - 1].word === ORDINAL_PREFIX && tokens[first - 1].end === tokens[first].start) first--;
        if (!(first - 1 >= floor && opensOffice(tokens[first - 1], isPlace))) return first;
      } else if (first - 1 >= floor && RANK_ORDINAL.test(tokens[first - 1].word) && isTitleHead(tokens[first].word)) {
        // 古共中央|第二|书记, 第二|首相: a rank's ordinal right before the head.
        first--;
      } else if (length() < MAX_ROLE_LENGTH && organOrdinalAt(tokens, first - 1, floor, isPlace)) {
        // The ordinal and the organ or place it counts in; a place opens the chain (西藏自治区|第二|人民医院…).
        first -= 2;
        if (isPlace(tokens[first])) break;
      } else if (bracketedWordBefore(tokens, first, floor, isPlace)) first -= 3;
      else if (dottedNameOpensOrgan(tokens, first, head, floor)) first -= 2;
      else if (countryPairCutBefore(tokens, first, floor) || hyphenedPlaceBefore(tokens, first, floor, isPlace)) first -= 2;
      else if (countryGluedOff(tokens, first, floor)) first -= 1;
      else if (companyFormCutBefore(tokens, first, floor)) first -= 2;
      else if ((listStart = length() < MAX_ROLE_LENGTH ? fieldListStart(tokens, first, floor, isPlace) : undefined) !== undefined) first = listStart;
      else if (first - 1 >= floor && isCutOrganEnding(tokens[first - 1])) first = cutOrganStart(tokens, first - 1, floor);
      else if ((listStart = abbreviationBeforeBody(tokens, first, head, floor)) !== undefined) first = listStart;
      else if (first < head && unknownNameAfterPlace(tokens, first - 1, floor, isPlace)) first--;
      else if ((listStart = groupNameStart(tokens, first, head, floor, isPlace)) !== undefined) first = listStart;
      else {
        // 明光/nr|社|总干事: the chain took the organ's last character as a noun; its name before it goes with it.
        // 全国|少/a|工委|常务副主任: so does a short name's first character the segmenter left alone before the rest of it.
        const organStart = first < head && first - 1 >= floor && ((tokens[first].word.length === 1 && isCutOrganEnding(tokens[first])) || shortNameCutBefore(tokens, first))
          ? cutOrganStart(tokens, first, floor) : first;
        // 苍梧县|六堡/x|镇|山坪村党支部书记: a town's or village's ending alone takes the name the segmenter left before it.
        if (organStart === first && first < head && first - 1 >= floor && LOCAL_ENDINGS.has(tokens[first].word) && localNameCutBefore(tokens[first - 1])) {
          first--;
          continue;
        }
        if (organStart === first) break;
        first = organStart;
      }
    }
    // Another title of the same person ends right before, joined by 、 or 兼: 党委书记、第一政委; 副主席兼秘书长.
    // Not one an appointment's 为 gives to the name before it (以…部长徐绍史为组长、民政部副部长姜力).
    const joiner = first - 1;
    if (joiner - 1 >= floor && isJoiner(tokens[joiner].word) && isTitleHead(tokens[joiner - 1].word) && !titleAfterNameAt(tokens, joiner - 1, isPlace) &&
      tokens[joiner - 2]?.word !== APPOINTED_AS) first = joiner - 1;
    // 古巴国务委员会|兼|部长会议主席: an organ before 兼 shares the head of the title after it (the chair of both).
    else if (first < head && joiner - 1 >= floor && tokens[joiner].word === CONCURRENT_JOINER && tokens[joiner - 1].tag === ORGAN_TAG) first = joiner - 1;
    // 有关|现任党主席: a word that points to the post opens no title (inside one it stays: 发改委有关负责人).
    // 该局|五显镇派出所所长: nor does a pronoun (该局/r, 本市/r).
    else {
      // 有关|现任|党主席: each such word in turn.
      while (first < head && (NOT_OPENING_TITLES.has(tokens[first].word) || tokens[first].tag === PRONOUN_TAG)) first++;
      return fromPlace(tokens, afterSectionHeading(tokens, first, head), head, isPlace);
    }
  }
}

/**
 * The title chain that ends right before `at` (德国总理|朔尔茨, where the segmenter glued the title into one
 * word and left the name to the learned labeller): where it stands and whether it is an official's; undefined
 * where no title head ends there.
 */
export function titleEndingAt(tokens: Token[], at: number, isPlace: (token: Token) => boolean): { start: number; end: number; official: boolean } | undefined {
  const head = tokenAt(tokens, at - 1);
  if (head < 0 || tokens[head].end !== at || REPORTING_WORDS.has(tokens[head].word)) return undefined;
  const official = headKindAt(tokens, head);
  if (official === undefined) return undefined;
  return { start: tokens[titleChainStart(tokens, head, 0, isPlace)].start, end: at, official };
}

/**
 * Whether the token at `index` is a title written after the name before it (穆罕默德/nrt|亲王|、沙特商务大臣): the
 * previous person's, not another title of the next one.
 */
function titleAfterNameAt(tokens: Token[], index: number, isPlace: (token: Token) => boolean): boolean {
  // Not after a place the segmenter tags as a name (应|沙特/nr|王储兼首相: the country's).
  return index >= 1 && TITLES_AFTER_NAME_SET.has(tokens[index].word) && NAME_TOKEN_TAG.test(tokens[index - 1].tag) && !isPlace(tokens[index - 1]);
}
/** The segmenter's tags of names and of the words it does not know. */
const NAME_TOKEN_TAG = /^(nr\w*|x)$/;

/** The titles the rules read after a name: the labeller's (titlesAfterName) and those found missing after it was trained. */
export const RULES_TITLES_AFTER_NAME: readonly string[] = [...titles.titlesAfterName, ...titles.titlesAfterNameRulesOnly];
const TITLES_AFTER_NAME_SET = new Set(RULES_TITLES_AFTER_NAME);
/** The titles written after a name, without the forms of address among them (同志, 先生): those are no role. */
const ROLES_AFTER_NAME = RULES_TITLES_AFTER_NAME.filter((title) => !isHonorific(title));

const ONLY_BEFORE: Readonly<Record<string, readonly string[] | undefined>> = titles.titlesAfterNameOnlyBefore;
/**
 * Whether a title written after a name, ending at `end`, may be the name's there: 艾迎春代表、 and 王建华代表说 are
 * deputies, 习近平代表|党中央 represents (titles.json titlesAfterNameOnlyBefore).
 */
export function standsAfterName(text: string, title: string, end: number): boolean {
  const followers = ONLY_BEFORE[title];
  return followers === undefined || followers.some((word) => text.startsWith(word, end)) || end >= text.length || text[end] === '\n';
}

/**
 * The title written right after a name the labeller found (周恩来|总理, 克林顿|总统, 周|副主席): where it ends and
 * whether it is an official's; undefined where none starts there, or only a form of address (同志, 先生).
 */
export function titleStartingAt(text: string, at: number): { end: number; official: boolean } | undefined {
  const from = text[at] === '副' ? at + 1 : at;
  let end = -1;
  for (const title of ROLES_AFTER_NAME) if (title.length > end - from && text.startsWith(title, from) && standsAfterName(text, title, from + title.length)) end = from + title.length;
  if (end < 0) return undefined;
  const official = headKind(text.slice(at, end));
  return official === undefined ? undefined : { end, official };
}

