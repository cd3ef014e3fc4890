import organizations from '../../../data/organizations.json';
import titles from '../../../data/titles.json';
import worldPlaces from '../../../data/world-places.json';
import placeKinds from '../../../data/place-kinds.json';
import type { Token } from '../text/tokens';
import { isTitleHead } from '../people/titleChains';
import { CLOSING_BRACKETS, HAN, OPENING_BRACKETS } from '../text/characters';
import { WordList } from '../text/wordList';

export interface OrganizationMention {
  start: number;
  end: number;
  canonical: string;
}

// Asked of every word of a text: most words end in no code of theirs (WordList).
const SUFFIXES = new WordList(organizations.suffixes);
const STANDALONE = new WordList(organizations.standalone);
const BARE_WORDS = new Set(organizations.notOrganizations);
/** 中美关系 is tagged an organisation by the segmenter; it is a relation between places. */
const NOT_ENDINGS = organizations.notOrganizationEndings;
const NAME_TAGS = /^(n|nt|ns|nz|j|b|vn|l|s|x)$/;
const NAME_VERBS = new Set(titles.chainVerbs);
const ACTS = new Set(titles.notInTitle);
/** 会见, 会谈, 考察: an act's word (titles.json notInTitle), which stands in no title or body's name whatever its tag. */
export const isActWord = (word: string): boolean => ACTS.has(word);

/** A bare word (政府) or a name of what is no body (中美关系, 世界反法西斯战争). */
export const isNotOrganizationName = (name: string): boolean => BARE_WORDS.has(name) || NOT_ENDINGS.some((e) => name.endsWith(e));

/** A word that may stand inside an organisation's name (新疆 睿瀚 纺织, 对口 支援 … 前方). */
function mayStandInName(token: Token): boolean {
  // 加拉加斯|会见/n|委内瑞拉全国代表大会: an act (titles.json notInTitle) ends the name before it, whatever its tag.
  if (!HAN.test(token.word) || isTitleHead(token.word) || STANDALONE.includes(token.word) || isActWord(token.word)) return false;
  return NAME_TAGS.test(token.tag) || NAME_VERBS.has(token.word);
}
const MAX_NAME_TOKENS = 8;

const BRAND_WORDS = new WordList(organizations.brandWords);
const COUNTRIES = new Set(worldPlaces.国家);
const AGENCY_ENDINGS = new WordList(organizations.agencyEndings);
const NOT_AGENCIES = new Set(organizations.notAgencies);

/** 地税局, 教育局: a government body's word (not 格局, 大局). */
function isAgency(token: Token): boolean {
  return token.word.length >= 2 && AGENCY_ENDINGS.endOf(token.word) && !NOT_AGENCIES.has(token.word);
}

/**
 * Whether an organisation's name ends in a trade or a government body's word (烟台啤酒, 大连市国税局): a name the
 * rules know better than the learned labeller, whose corpus writes a place before such words as a place alone.
 */
export function endsInTradeOrAgency(name: string): boolean {
  if (BRAND_WORDS.endOf(name)) return true;
  // 局 alone is a word of its own in notAgencies; a name's ending is judged by the longer ones (格局, 当局).
  return AGENCY_ENDINGS.endOf(name) && !organizations.notAgencies.some((word) => word.length >= 2 && name.endsWith(word));
}

/** Whether a name ends in an institution's or a body's word (童梦幼儿园, 启音学校, 县委): no place's name does. */
export const endsInBodyWord = (name: string): boolean => SUFFIXES.endOf(name);

/**
 * 青岛|啤酒, 长城|汽车: a trade right after a place's name that is no country's (中国|汽车 is an industry), nor a division
 * written with its level (北海市|电子|信息产业: the city's industry; a brand takes the city's bare name).
 */
function isBrandAfterCity(tokens: Token[], k: number, isPlace: (token: Token) => boolean): boolean {
  const place = tokens[k - 1];
  if (!BRAND_WORDS.includes(tokens[k].word) || place === undefined || place.end !== tokens[k].start || COUNTRIES.has(place.word)) return false;
  if (place.word.length > 2 && DIVISION_LEVELS.has(place.word[place.word.length - 1])) return false;
  return place.tag === 'ns' || isPlace(place);
}
/** The one-character levels a province's or a county's full name ends in (广东省, 北海市, 阜南县, 朝阳区: place-kinds.json). */
const DIVISION_LEVELS = new Set([...placeKinds.provinceLevel, ...placeKinds.countyLevel].map(([suffix]) => suffix).filter((suffix) => suffix.length === 1));

/**
 * 奥的斯电梯（中国）有限公司, 博世氢动力系统（重庆）有限公司: a place in brackets (where a company's branch is) stands inside
 * its name, between words that do. Where the name starts before `first`, or `first` itself.
 */
function bracketedPlaceBefore(tokens: Token[], first: number, isPlace: (token: Token) => boolean): number {
  const [open, place, close, name] = [tokens[first - 3], tokens[first - 2], tokens[first - 1], tokens[first - 4]];
  if (first < 4 || !CLOSING_BRACKETS.has(close.word) || !OPENING_BRACKETS.has(open.word) || !(place.tag === 'ns' || isPlace(place))) return first;
  if (name.end !== open.start) return first;
  if (mayStandInName(name)) return first - 3;
  return shortBrandStart(tokens, first - 4) ?? first;
}

/** The most characters of a brand the segmenter cut into words of no noun's tag (乐/a|普/ad). */
const LONGEST_SHORT_BRAND = 4;
/**
 * 、乐/a|普/ad|（北京）医疗器械股份有限公司: a few characters between a mark and the bracketed place, whatever words the
 * segmenter made of them, are the company's brand: the index of their first word, undefined where they run longer.
 */
function shortBrandStart(tokens: Token[], last: number): number | undefined {
  let first = last;
  while (first > 0 && HAN.test(tokens[first - 1].word) && tokens[first - 1].end === tokens[first].start && tokens[last].end - tokens[first - 1].start <= LONGEST_SHORT_BRAND) first--;
  const before = tokens[first - 1];
  return tokens[last].end - tokens[first].start <= LONGEST_SHORT_BRAND && (before === undefined || BRAND_OPENING_MARKS.has(before.word)) ? first : undefined;
}
/** Marks after which a list's or a sentence's item starts. */
const BRAND_OPENING_MARKS = new Set(['、', '，', '。', '：', '；', '\n']);

/** Organisations: known names, the segmenter's nt words, and noun runs ending in an organisation word. */
export function recognizeOrganizations(text: string, tokens: Token[], isPlace: (token: Token) => boolean): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    // 中央政治局常委/nt is a title, never an organisation.
    const isEnding = SUFFIXES.includes(token.word) || STANDALONE.includes(token.word) || (token.tag === 'nt' && token.word.length >= 2 && !isTitleHead(token.word))
      || isAgency(token) || isBrandAfterCity(tokens, k, isPlace);
    if (!isEnding) continue;
    let first = k;
    // The bracketed place's three tokens are not counted among the name's words.
    for (let bracketed = 0; ; ) {
      while (first > 0 && k - first - bracketed < MAX_NAME_TOKENS && mayStandInName(tokens[first - 1])) first--;
      const before = bracketedPlaceBefore(tokens, first, isPlace);
      if (before === first) break;
      bracketed += first - before;
      first = before;
    }
    // Drop earlier organisations that this longer name swallows.
    while (found.length && found[found.length - 1].end > tokens[first].start) found.pop();
    const name = text.slice(tokens[first].start, token.end);
    if (isNotOrganizationName(name)) continue;
    found.push({ start: tokens[first].start, end: token.end, canonical: name });
  }
  return found;
}
