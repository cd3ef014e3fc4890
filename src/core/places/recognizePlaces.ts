import type { Token } from '../text/tokens';
import type { Gazetteer, PlaceRecord } from './gazetteer';
import shortForms from '../../../data/place-short-forms.json';
import patterns from '../../../data/place-patterns.json';

/** A place found in the clean text (offsets into the clean text). */
export interface PlaceMention {
  start: number;
  end: number;
  canonical: string;
  kind: string;
  parent?: string;
}

const MAX_TOKENS_PER_NAME = 5;
const SHORT_FORMS = shortForms.forms as Record<string, string>;
const NOT_PLACES = new Set(patterns.notPlaces);
const SITE_SUFFIXES = new Set(patterns.siteSuffixes);
/** 各省市, 全市, 本县: quantified words, not names. */
const GENERIC_PREFIX = new RegExp(`^[${patterns.genericPrefixes}]`);
/** Words that cannot stand inside a site's name: function words, verbs, numbers, punctuation. */
const TAGS_OUTSIDE_SITE_NAMES = /^(p|c|u\w*|r|d|v|m|f|y|e|o|q|x)$/;

/** Gazetteer names, short forms of provinces, unknown ns words with a geographic ending, and named sites. */
export function recognizePlaces(text: string, tokens: Token[], gazetteer: Gazetteer): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const match = gazetteerMatch(text, tokens, k, gazetteer) ?? shortFormMatch(text, tokens, k) ?? unknownPlaceMatch(tokens, k);
    if (!match) continue;
    const site = siteAround(text, tokens, k, match.last, match.mention);
    found.push(site?.mention ?? match.mention);
    k = site?.last ?? match.last;
  }
  return found.concat(sitesWithoutPlace(text, tokens, found));
}

interface Match { mention: PlaceMention; last: number }

function describe(start: number, end: number, canonical: string, records: PlaceRecord[]): PlaceMention {
  const record = records[0];
  return { start, end, canonical, kind: record?.kind ?? '地名', parent: record?.parent };
}

/** The longest run of whole tokens that is a gazetteer name (新疆维吾尔自治区, 喀什地区, 泽普县, 新疆). */
function gazetteerMatch(text: string, tokens: Token[], k: number, gazetteer: Gazetteer): Match | undefined {
  if (!gazetteer.mayStartName(text[tokens[k].start])) return undefined;
  for (let last = Math.min(tokens.length - 1, k + MAX_TOKENS_PER_NAME - 1); last >= k; last--) {
    const name = text.slice(tokens[k].start, tokens[last].end);
    if (name.length < 2 || NOT_PLACES.has(name) || !gazetteer.has(name)) continue;
    const canonical = gazetteer.fullName(name);
    return { mention: describe(tokens[k].start, tokens[last].end, canonical, gazetteer.lookup(canonical)), last };
  }
  return undefined;
}

/** 沪 in 沪疆两地, 京 in 在京召开, 疆 in 赴疆: one-character forms only where context makes them places. */
function shortFormMatch(text: string, tokens: Token[], k: number): Match | undefined {
  const token = tokens[k];
  const chars = [...token.word];
  if (!chars.every((c) => SHORT_FORMS[c])) return undefined;
  if (chars.length === 1) {
    const previous = text[token.start - 1] ?? '';
    const after = text.slice(token.end, token.end + 2);
    const afterVerb = shortForms.singleAfter.includes(previous) && !shortForms.singleNotAfterTerms.includes(previous + token.word);
    if (!afterVerb && !shortForms.singleBefore.some((w) => after.startsWith(w))) return undefined;
    return { mention: { start: token.start, end: token.end, canonical: SHORT_FORMS[chars[0]], kind: '简称' }, last: k };
  }
  const after = text.slice(token.end, token.end + 3);
  if (chars.length > 4 || !shortForms.pairSuffixes.some((s) => after.startsWith(s))) return undefined;
  return { mention: { start: token.start, end: token.end, canonical: chars.map((c) => SHORT_FORMS[c]).join('、'), kind: '简称' }, last: k };
}

/** A word the segmenter calls a place, ending like a place, and not a generic word (边疆, 当地). */
function unknownPlaceMatch(tokens: Token[], k: number): Match | undefined {
  const token = tokens[k];
  if (token.tag !== 'ns' || token.word.length < 2 || NOT_PLACES.has(token.word) || GENERIC_PREFIX.test(token.word)) return undefined;
  if (!patterns.geoSuffixes.some((s) => token.word.endsWith(s) && token.word.length > s.length)) return undefined;
  return { mention: { start: token.start, end: token.end, canonical: token.word, kind: '地名' }, last: k };
}

/** A named site that begins with the place just found: 泽普县 + 长寿民俗文化村. */
function siteAround(text: string, tokens: Token[], k: number, last: number, place: PlaceMention): Match | undefined {
  for (let end = last + 1; end < Math.min(tokens.length, last + 5); end++) {
    if (TAGS_OUTSIDE_SITE_NAMES.test(tokens[end].tag) && !SITE_SUFFIXES.has(tokens[end].word)) return undefined;
    if (endsWithSiteSuffix(tokens, end)) {
      const start = tokens[k].start;
      return { mention: { start, end: tokens[end].end, canonical: text.slice(start, tokens[end].end), kind: '地点', parent: place.canonical }, last: end };
    }
  }
  return undefined;
}

function endsWithSiteSuffix(tokens: Token[], index: number): boolean {
  const word = tokens[index].word;
  return patterns.siteSuffixes.some((s) => word.endsWith(s)) && !NOT_PLACES.has(word);
}

/** Sites with no leading place: one or two name words before a site word (金湖 + 风景区). */
function sitesWithoutPlace(text: string, tokens: Token[], places: PlaceMention[]): PlaceMention[] {
  const covered = (offset: number) => places.some((p) => offset >= p.start && offset < p.end);
  const sites: PlaceMention[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (!SITE_SUFFIXES.has(tokens[k].word) || covered(tokens[k].start)) continue;
    const first = tokens[k - 1];
    if (!/^(nr|ns|nz|nrt)$/.test(first.tag) || first.word.length < 2 || covered(first.start)) continue;
    sites.push({ start: first.start, end: tokens[k].end, canonical: text.slice(first.start, tokens[k].end), kind: '地点' });
  }
  return sites;
}
