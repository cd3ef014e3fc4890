/**
 * A building written after its city (北京人民大会堂, 天津迎宾馆, 上海国际会议中心) is read as the city, a place of its
 * own, and the building's name after it as a site in that city (人民大会堂); a bare building word (迎宾馆) is no
 * name. Reports of officials' activities name the city this way, and a reader looking for what happened in 北京
 * must find it there (the segmenter keeps 北京人民大会堂 one word, the labeller one place).
 */
import patterns from '../../../data/place-patterns.json';
import placeKinds from '../../../data/place-kinds.json';
import titles from '../../../data/titles.json';
import type { CleanEntity } from '../types';
import { COUNTRY_KIND, PREFECTURE_LEVEL, PROVINCE_LEVEL, type Gazetteer } from './gazetteer';
import { describe, SITE_KIND } from './recognizePlaces';

/** Longest first, so that 国际会议中心 is found before 会议中心. */
const VENUE_WORDS = [...patterns.venueWords].sort((a, b) => b.length - a.length);
/** The longest city name tried before a building (乌鲁木齐, 呼和浩特市). */
const LONGEST_CITY = 6;
/** Chinese divisions (province, prefecture, county levels) and foreign cities, not countries or regions. */
const isCity = (level: number, kind: string) => (level >= 1 && level <= 3) || kind === '城市';


function cityAndVenue(place: CleanEntity, text: string, gazetteer: Gazetteer, countryBefore = false): CleanEntity[] {
  const name = text.slice(place.start, place.end);
  const venue = VENUE_WORDS.find((word) => name.endsWith(word));
  if (!venue) return [place];
  for (let cut = Math.min(name.length - venue.length, LONGEST_CITY); cut >= 2; cut--) {
    const city = name.slice(0, cut);
    if (!gazetteer.has(city)) continue;
    const canonical = gazetteer.fullName(city);
    const records = gazetteer.lookup(canonical);
    // 南非|约翰内斯堡会展中心: a country written before the city and its building is a place of its own too.
    if (records[0]?.kind === COUNTRY_KIND && !countryBefore) {
      const afterCountry: CleanEntity = { ...place, start: place.start + cut };
      const rest = cityAndVenue(afterCountry, text, gazetteer, true);
      return rest[0] === afterCountry ? [place] : [{ type: 'place', ...describe(place.start, place.start + cut, canonical, records) }, ...rest];
    }
    if (!records[0] || !isCity(records[0].level, records[0].kind)) return [place];
    const cityPlace: CleanEntity = { type: 'place', ...describe(place.start, place.start + cut, canonical, records) };
    const building = name.slice(cut);
    // 迎宾馆, 国际机场 alone are the bare word, not a name (人民大会堂, 京西宾馆).
    if (VENUE_WORDS.includes(building)) return [cityPlace];
    // 广西|南宁国际会展中心: a province written before one of its cities and the city's building (not 北京|朝阳体育馆:
    // a district's name opens the building's).
    const inCity = records[0].level === PROVINCE_LEVEL ? cityAndVenue({ ...place, start: place.start + cut }, text, gazetteer, true) : [];
    const innerCity = inCity[0]?.type === 'place' && inCity[0].end < place.end ? gazetteer.lookup(inCity[0].canonical ?? '')[0] : undefined;
    if (innerCity?.level === PREFECTURE_LEVEL && innerCity.parent === canonical) return [cityPlace, ...inCity];
    return [cityPlace, { type: 'place', start: place.start + cut, end: place.end, canonical: building, kind: SITE_KIND, parent: canonical }];
  }
  return [place];
}

/** How a village's, a town's or a neighbourhood's name ends (data/titles.json localPlaceEndings). */
const LOCAL_ENDINGS = titles.localPlaceEndings;
/** A local name's own characters before its ending (永联|村). */
const MIN_LOCAL_STEM = 2;
/**
 * A town's, a village's or a community's most characters (王家坪村, 李家堡镇, 武汉市|东湖新城社区); a longer name ending so
 * is a site's own (泽普县|长寿民俗文化村 is one place, the seeds' gold says).
 */
const LONGEST_LOCAL = 6;
const endsLocal = (name: string): boolean =>
  name.length <= LONGEST_LOCAL && LOCAL_ENDINGS.some((word) => name.endsWith(word) && name.length - word.length >= MIN_LOCAL_STEM);

/**
 * 河北省平山县象角村, 浏阳市永安镇桂花村 read as one place: each level a place of its own, as when the report writes them
 * apart (and as People's Daily's annotation has them): the divisions the gazetteer knows, written in full, then the
 * towns and villages in them, each named by its ending (永安镇, 桂花村). Only a place that ends in a local ending.
 */
function divisionsAndLocals(place: CleanEntity, text: string, gazetteer: Gazetteer, placeBefore?: string): CleanEntity[] {
  const name = text.slice(place.start, place.end);
  if (!LOCAL_ENDINGS.some((word) => name.endsWith(word))) return [place];
  const parts: CleanEntity[] = [];
  let from = 0;
  let parent: string | undefined;
  // 路北区|山西北里社区: right after a county, a place's name opens with no province (山西) or prefecture above it.
  const levelBefore = placeBefore === undefined ? undefined : gazetteer.lookup(placeBefore)[0]?.level;
  while (from < name.length) {
    const rest = name.slice(from);
    // 毕节市|黔西化屋村: a county named by its stem right after its prefecture opens the chain.
    const county = from === 0 && placeBefore !== undefined ? countyStemPrefix(rest, placeBefore, gazetteer) : undefined;
    const cut = county?.cut ?? divisionPrefix(rest, gazetteer, from === 0 ? levelBefore : undefined) ?? localPrefix(rest);
    if (cut === undefined) break;
    const start = place.start + from;
    const part = rest.slice(0, cut);
    const known = county !== undefined || gazetteer.has(part);
    const full = county?.name ?? (known ? gazetteer.fullName(part) : part);
    const records = known ? gazetteer.lookup(full) : [];
    parts.push(records.length ? { type: 'place', ...describe(start, start + cut, full, records) } : localPlace(start, start + cut, part, parent));
    parent = full;
    from += cut;
  }
  if (parts.length === 0) return [place];
  // The rest that is no division and no town before a village: one local place, the last, when it is one.
  if (from < name.length) {
    if (!endsLocal(name.slice(from))) return [place];
    parts.push(localPlace(place.start + from, place.end, name.slice(from), parent));
  }
  return parts.length > 1 ? parts : [place];
}

/** A town or a village, a site in the level before it. */
const localPlace = (start: number, end: number, canonical: string, parent: string | undefined): CleanEntity =>
  ({ type: 'place', start, end, canonical, kind: SITE_KIND, ...(parent && { parent }) });

/** How a division's full name ends (张家港市, 宜春地区; not 新界, which opens 新界埠乡). */
const DIVISION_SUFFIXES = placeKinds.shortFormSuffixes;

/**
 * The length of a division written in full (张家港市, 平山县) opening `rest`, with more after it, or undefined; none above
 * the level of the place written right before (`levelBefore`).
 */
function divisionPrefix(rest: string, gazetteer: Gazetteer, levelBefore?: number): number | undefined {
  for (let cut = Math.min(rest.length - MIN_LOCAL_STEM - 1, LONGEST_CITY); cut >= 2; cut--) {
    const division = rest.slice(0, cut);
    if (!gazetteer.has(division)) continue;
    const full = gazetteer.fullName(division);
    const records = gazetteer.lookup(full);
    // A province's short form opens a chain as well (山东临沂市…): it names no village; so does a prefecture's before a
    // village (毕节|坪箐村, 遵义|花茂村), not before a street's community (南京东路社区 is in Shanghai).
    const written = full === division ? DIVISION_SUFFIXES.some((suffix) => division.endsWith(suffix))
      : records[0]?.level === PROVINCE_LEVEL || (records[0]?.level === PREFECTURE_LEVEL && VILLAGE_AFTER_PREFECTURE.test(rest.slice(cut)));
    if (!written) continue;
    if (levelBefore !== undefined && records[0] !== undefined && records[0].level < levelBefore) return undefined;
    return records[0] && isCity(records[0].level, records[0].kind) ? cut : undefined;
  }
  return undefined;
}

/** A village's name: characters of no street (路, 街, 巷, 道) and 村, not a games' village (亚运村, 冬奥村: a venue). */
const VILLAGE_AFTER_PREFECTURE = /^[^路街巷道]{1,3}[^路街巷道运奥]村$/;

/** A county's stem opening `rest` (黔西|化屋村) that lies in the place written before it, with a village or town after it. */
function countyStemPrefix(rest: string, placeBefore: string, gazetteer: Gazetteer): { cut: number; name: string } | undefined {
  for (let cut = MIN_LOCAL_STEM; cut <= Math.min(LONGEST_COUNTY_STEM, rest.length - MIN_LOCAL_STEM - 1); cut++) {
    const county = gazetteer.countyIn(rest.slice(0, cut), placeBefore);
    if (county && endsLocal(rest.slice(cut))) return { cut, name: county.name };
  }
  return undefined;
}
/** The most characters of a county's name without its ending (乌鲁木齐). */
const LONGEST_COUNTY_STEM = 4;

/** The length of a town opening `rest` (永安镇|桂花村) with a village or town of its own after it, or undefined. */
function localPrefix(rest: string): number | undefined {
  for (let cut = MIN_LOCAL_STEM + 1; cut <= Math.min(LONGEST_LOCAL, rest.length - MIN_LOCAL_STEM - 1); cut++) {
    if (endsLocal(rest.slice(0, cut)) && endsLocal(rest.slice(cut))) return cut;
  }
  return undefined;
}

/**
 * The entities with each place that is a building after its city read as the city and the building, and each that
 * is a village or town after its division as the division and the village (above).
 */
export function splitCityVenues(entities: CleanEntity[], text: string, gazetteer: Gazetteer): CleanEntity[] {
  // The place written right before each one (毕节市|黔西化屋村), whose counties it may name by their stems.
  const placeEndingAt = new Map(entities.filter((e) => e.type === 'place').map((e) => [e.end, e]));
  return entities.flatMap((entity) => {
    if (entity.type === 'place') return cityAndVenue(entity, text, gazetteer).flatMap((p) => divisionsAndLocals(p, text, gazetteer, placeEndingAt.get(p.start)?.canonical));
    // 广西南宁国际会展中心 read as an organisation: the venue of a city is where things happen, as when read as a place.
    if (entity.type !== 'organization') return [entity];
    const split = cityAndVenue(entity, text, gazetteer);
    return split.length > 1 ? split : [entity];
  });
}
