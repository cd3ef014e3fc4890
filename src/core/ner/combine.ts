/**
 * Joins the learned labeller's people, places and organisations with the rules' entities. The rules stay in
 * charge where they speak (titles and roles, bylines, dates, places with their parents); the labeller adds the
 * names they miss, and overrules them on organisations, where the rules guess from the segmenter's tags alone
 * and the labeller, trained on an annotated corpus, is far more precise. Places it finds get their kind and
 * parent from the gazetteer.
 */
import titles from '../../../data/titles.json';
import type { Entity, EntityType } from '../types';
import type { Gazetteer } from '../places/gazetteer';
import { tokenStartingAt, type Token } from '../text/tokens';
import { givenNameLikelihood, hasSurname, isCommonWord } from '../people/names';
import nameThresholds from '../../../data/name-stats-threshold.json';
import type { NerSpan, NerType } from './labels';

type RuleEntity = Omit<Entity, 'text'>;

const ENTITY_TYPE_OF: Record<NerType, EntityType> = { PER: 'person', LOC: 'place', ORG: 'organization' };
const TITLE_HEADS = new Set<string>(titles.officialHeads);
const LONGEST_HEAD = Math.max(...titles.officialHeads.map((h) => h.length));

function fromModel(span: NerSpan, text: string, gazetteer: Gazetteer): RuleEntity {
  const type = ENTITY_TYPE_OF[span.type];
  const name = text.slice(span.start, span.end);
  if (type !== 'place') return { type, start: span.start, end: span.end, canonical: name };
  const canonical = gazetteer.fullName(name);
  const record = gazetteer.lookup(canonical)[0];
  return { type, start: span.start, end: span.end, canonical, kind: record?.kind ?? '地名', parent: record?.parent };
}

/**
 * A person the rules did not find is taken from the labeller unless its characters read as something else: one
 * ordinary word of the segmenter, a doubled character (殷殷), or a surname before characters that are rarer in
 * given names than in words (幸福感; data/name-stats-threshold.json modelPersonThreshold).
 */
function looksLikeName(span: NerSpan, text: string, tokens: Token[]): boolean {
  const token = tokens[tokenStartingAt(tokens, span.start)];
  const oneWord = token !== undefined && token.end === span.end;
  if (oneWord && isCommonWord(token)) return false;
  const name = text.slice(span.start, span.end);
  if (name.length === 2 && name[0] === name[1]) return false;
  return !oneWord || !hasSurname(name) || name.length === 1 || givenNameLikelihood(name) >= nameThresholds.modelPersonThreshold;
}

/** Whether a title head starts at `at` (区委|书记): an organisation before it is part of a title chain. */
function titleHeadAt(text: string, at: number): boolean {
  for (let length = LONGEST_HEAD; length > 0; length--) if (TITLE_HEADS.has(text.slice(at, at + length))) return true;
  return false;
}

/**
 * Whether a rule's entity stands beside the labeller. An organisation needs the labeller's same organisation (the
 * rules take any word the segmenter tags nt, 中共中央政治局常委 included); a person with no title falls where the
 * labeller reads the characters as a place or an organisation only (贝宁, 南昆铁路); the rest stands.
 */
function confirmed(entity: RuleEntity, spans: NerSpan[], spanAt: Int32Array, text: string, gazetteer: Gazetteer): boolean {
  if (entity.type === 'person' && !entity.role) {
    let other = false;
    for (let i = entity.start; i < entity.end; i++) {
      const span = spans[spanAt[i]];
      if (span?.type === 'PER') return true;
      other ||= span !== undefined;
    }
    return !other;
  }
  if (entity.type !== 'organization') return true;
  const span = spans[spanAt[entity.start]];
  return (span !== undefined && span.start === entity.start && span.end === entity.end && span.type === 'ORG') || namedAfterPlace(entity, text, gazetteer);
}

/** The longest place name a body or brand may begin with (新疆维吾尔自治区). */
const LONGEST_PLACE_PREFIX = 9;

/**
 * A body or brand named after a place (烟台啤酒, 大连市国税局): the rules read it whole so that the place inside is
 * no mention of the place; the labeller, which saw few brands, would leave the place alone in the text.
 */
function namedAfterPlace(entity: RuleEntity, text: string, gazetteer: Gazetteer): boolean {
  for (let end = Math.min(entity.end - 1, entity.start + LONGEST_PLACE_PREFIX); end >= entity.start + 2; end--) {
    if (gazetteer.has(text.slice(entity.start, end))) return true;
  }
  return false;
}

export function combineWithModel(rules: RuleEntity[], spans: NerSpan[], text: string, tokens: Token[], gazetteer: Gazetteer): RuleEntity[] {
  const spanAt = new Int32Array(text.length).fill(-1);
  spans.forEach((s, i) => spanAt.fill(i, s.start, s.end));
  const ruleCover = new Uint8Array(text.length);
  const combined: RuleEntity[] = [];
  for (const entity of rules) {
    if (!confirmed(entity, spans, spanAt, text, gazetteer)) continue;
    combined.push(entity);
    ruleCover.fill(1, entity.start, entity.end);
  }
  for (const span of spans) {
    let free = true;
    for (let i = span.start; i < span.end && free; i++) free = !ruleCover[i];
    if (span.type === 'PER' && free && !looksLikeName(span, text, tokens)) continue;
    // The rules' places inside a title chain stay (浦东新区|区委书记), other places give way to the organisation.
    if (free || (span.type === 'ORG' && !titleHeadAt(text, span.end))) combined.push(fromModel(span, text, gazetteer));
  }
  return combined;
}

/** The user's own names (corrections) decide over the labeller: its spans touching one of them are left out. */
export function withoutUserNames(spans: NerSpan[], text: string, names: string[]): NerSpan[] {
  if (!names.length) return spans;
  const userCover = new Uint8Array(text.length);
  for (const name of names) {
    if (!name) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) userCover.fill(1, at, at + name.length);
  }
  return spans.filter((s) => {
    for (let i = s.start; i < s.end; i++) if (userCover[i]) return false;
    return true;
  });
}
