import type { CleanEntity } from '../types';
import patterns from '../../../data/place-patterns.json';
import { countyStemOf } from './gazetteer';
import { occurrencesOf } from '../text/occurrences';
import { tokenEndingAt, tokenStartingAt, type Token } from '../text/tokens';
import { COUNTY_KINDS, SHORT_FORM_KIND, SITE_KIND } from './recognizePlaces';

/** The shortest place whose cut mentions are read whole (大陈二村); two-character places (北京) are cut from nothing. */
const MIN_WHOLE_PLACE = 3;

/** What a cut place may have been read as: a place, or a person (大/a|陈二村 read as the name 陈二村). */
const CUT_TYPES = new Set(['place', 'person']);

/**
 * One document, one reading of each place, as of each name (people/consistency): a place mention cut at its start
 * (read as a shorter place or as a person) from a place the document reads whole elsewhere, where the text before it
 * reads that whole place (来到了|大/a|陈二村 after 大陈二村), is that place. Only where the shorter form never stands
 * alone in the document (else it may be a place of its own: 京 beside 北京), it ends one whole place only, and the
 * whole place's edges there are the segmenter's word edges. Entities are sorted by start and do not overlap; so are
 * the ones returned.
 */
export function makePlacesConsistent(text: string, entities: CleanEntity[], tokens: Token[]): CleanEntity[] {
  const wholePlaces = new Map<string, CleanEntity>();
  const cutForms = new Set<string>();
  for (const e of entities) {
    if (!CUT_TYPES.has(e.type)) continue;
    const form = text.slice(e.start, e.end);
    cutForms.add(form);
    if (e.type === 'place' && form.length >= MIN_WHOLE_PLACE && !wholePlaces.has(form)) wholePlaces.set(form, e);
  }
  const wholeOf = new Map<string, string>();
  for (const form of cutForms) {
    // Only a cut at the start (大|陈二村): a whole place that runs on past the short one's end is as often a
    // different reading of the next word (邱北|县城, 摆勺|村民, 河北|省市县: PD1998's gold cuts there).
    const holders = [...wholePlaces.keys()].filter((whole) => whole !== form && whole.endsWith(form));
    if (form.length >= 2 && holders.length === 1) wholeOf.set(form, holders[0]);
  }
  if (!wholeOf.size) return entities;
  const occurrences = occurrencesOf(text, [...wholeOf.keys(), ...wholeOf.values()]);
  const standsAlone = (form: string, whole: string) => {
    const wholeStarts = new Set(occurrences.get(whole));
    return occurrences.get(form)!.some((at) => !wholeStarts.has(at + form.length - whole.length));
  };
  for (const [form, whole] of wholeOf) if (standsAlone(form, whole)) wholeOf.delete(form);
  if (!wholeOf.size) return entities;

  const dropped = new Set<CleanEntity>();
  const added: CleanEntity[] = [];
  entities.forEach((e, index) => {
    const whole = CUT_TYPES.has(e.type) ? wholeOf.get(text.slice(e.start, e.end)) : undefined;
    if (!whole || dropped.has(e)) return;
    const end = e.end;
    const start = end - whole.length;
    if (!text.startsWith(whole, start)) return;
    if (tokenStartingAt(tokens, start) < 0 || tokenEndingAt(tokens, end) < 0) return;
    // Only places inside the whole place's span give way to it (大 read as nothing, or as a place of its own); a
    // person there is no cut place.
    const covered: CleanEntity[] = [];
    for (let i = index - 1; i >= 0 && entities[i].end > start; i--) covered.push(entities[i]);
    for (let i = index + 1; i < entities.length && entities[i].start < end; i++) covered.push(entities[i]);
    if (covered.some((other) => other.type !== 'place' || other.start < start || other.end > end || dropped.has(other))) return;
    for (const other of [e, ...covered]) dropped.add(other);
    const { start: _start, end: _end, ...reading } = wholePlaces.get(whole)!;
    added.push({ ...reading, start, end });
  });
  if (!added.length) return entities;
  return [...entities.filter((e) => !dropped.has(e)), ...added].sort((a, b) => a.start - b.start);
}

const VILLAGE_ENDINGS: readonly string[] = patterns.villageEndings;
const VISIT_VERBS: readonly string[] = patterns.visitVerbsBeforeVillages;

/**
 * 首站来到|李祖村: a name ending as a village's does (村, 社区: place-patterns.json villageEndings), read as a person
 * with no title at any mention, that the report says was visited (visitVerbsBeforeVillages right before one mention),
 * is the village at every mention: no one is visited by 来到 (the labeller took 李祖 for a surname and given name).
 */
export function visitedVillagesNoPeople(text: string, entities: CleanEntity[]): CleanEntity[] {
  const forms = new Map<string, { titled: boolean; visited: boolean }>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const form = text.slice(e.start, e.end);
    if (!VILLAGE_ENDINGS.some((ending) => form.endsWith(ending) && form.length > ending.length)) continue;
    const seen = forms.get(form) ?? { titled: false, visited: false };
    seen.titled ||= e.role !== undefined;
    seen.visited ||= VISIT_VERBS.some((verb) => text.startsWith(verb, e.start - verb.length));
    forms.set(form, seen);
  }
  const villages = new Set([...forms].filter(([, seen]) => seen.visited && !seen.titled).map(([form]) => form));
  if (!villages.size) return entities;
  // “大李祖”共富片区: the village's name without its ending, untitled, is the village too.
  const villageOf = (e: CleanEntity) => {
    if (e.type !== 'person' || e.role !== undefined) return undefined;
    const form = text.slice(e.start, e.end);
    return villages.has(form) ? form : VILLAGE_ENDINGS.map((ending) => form + ending).find((village) => villages.has(village));
  };
  return entities.map((e) => {
    const village = villageOf(e);
    return village ? { type: 'place', start: e.start, end: e.end, canonical: village, kind: SITE_KIND } : e;
  });
}

const AREA_WORDS: readonly string[] = patterns.areaWords;

/**
 * 阿夫林地区 … 军队在|阿夫林|的: a place the report names with an area's word after it (place-patterns.json areaWords),
 * and reads elsewhere without it as a person with no title, is that place there too (the labeller knows 地区 ends
 * places, not what the bare name is). So is a county's name without its ending where the report names the county
 * (广西|田东, 田东县 … 了解|田东/nr|贯彻: the segmenter's and the labeller's name is the county's short form).
 */
export function areaPlacesNoPeople(text: string, entities: CleanEntity[]): CleanEntity[] {
  const areas = new Map<string, CleanEntity>();
  for (const e of entities) {
    if (e.type !== 'place') continue;
    const form = text.slice(e.start, e.end);
    const word = AREA_WORDS.find((ending) => form.endsWith(ending) && form.length - ending.length >= MIN_AREA_NAME);
    if (word !== undefined && !areas.has(form.slice(0, -word.length))) areas.set(form.slice(0, -word.length), { ...e, canonical: undefined });
    const stem = COUNTY_KINDS.has(e.kind ?? '') ? countyStemOf(form) : undefined;
    if (stem !== undefined && !areas.has(stem)) areas.set(stem, { ...e, kind: SHORT_FORM_KIND });
  }
  if (!areas.size) return entities;
  return entities.map((e) => {
    const area = e.type === 'person' && e.role === undefined ? areas.get(text.slice(e.start, e.end)) : undefined;
    if (!area) return e;
    const { start: _start, end: _end, canonical, ...reading } = area;
    return { ...reading, start: e.start, end: e.end, canonical: canonical ?? text.slice(e.start, e.end) };
  });
}

/** The fewest characters of the name before an area's word (阿夫林|地区; not 该|地区). */
const MIN_AREA_NAME = 2;

