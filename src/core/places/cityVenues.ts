/**
 * A building written after its city (北京人民大会堂, 天津迎宾馆, 上海国际会议中心) is read as the city, a place of its
 * own, and the building's name after it as a site in that city (人民大会堂); a bare building word (迎宾馆) is no
 * name. Reports of officials' activities name the city this way, and a reader looking for what happened in 北京
 * must find it there (the segmenter keeps 北京人民大会堂 one word, the labeller one place).
 */
import patterns from '../../../data/place-patterns.json';
import type { CleanEntity } from '../types';
import type { Gazetteer } from './gazetteer';
import { describe, SITE_KIND } from './recognizePlaces';

/** Longest first, so that 国际会议中心 is found before 会议中心. */
const VENUE_WORDS = [...patterns.venueWords].sort((a, b) => b.length - a.length);
/** The longest city name tried before a building (乌鲁木齐, 呼和浩特市). */
const LONGEST_CITY = 6;
/** Chinese divisions (province, prefecture, county levels) and foreign cities, not countries or regions. */
const isCity = (level: number, kind: string) => (level >= 1 && level <= 3) || kind === '城市';

function cityAndVenue(place: CleanEntity, text: string, gazetteer: Gazetteer): CleanEntity[] {
  const name = text.slice(place.start, place.end);
  const venue = VENUE_WORDS.find((word) => name.endsWith(word));
  if (!venue) return [place];
  for (let cut = Math.min(name.length - venue.length, LONGEST_CITY); cut >= 2; cut--) {
    const city = name.slice(0, cut);
    if (!gazetteer.has(city)) continue;
    const canonical = gazetteer.fullName(city);
    const records = gazetteer.lookup(canonical);
    if (!records[0] || !isCity(records[0].level, records[0].kind)) return [place];
    const cityPlace: CleanEntity = { type: 'place', ...describe(place.start, place.start + cut, canonical, records) };
    const building = name.slice(cut);
    // 迎宾馆, 国际机场 alone are the bare word, not a name (人民大会堂, 京西宾馆).
    if (VENUE_WORDS.includes(building)) return [cityPlace];
    return [cityPlace, { type: 'place', start: place.start + cut, end: place.end, canonical: building, kind: SITE_KIND, parent: canonical }];
  }
  return [place];
}

/** The entities with each place that is a building after its city read as the city and the building (above). */
export function splitCityVenues(entities: CleanEntity[], text: string, gazetteer: Gazetteer): CleanEntity[] {
  return entities.flatMap((entity) => (entity.type === 'place' ? cityAndVenue(entity, text, gazetteer) : [entity]));
}
