import type { Analysis, AnalyzeOptions, CleanEntity, EntityType, ReferenceDate, ReferenceResult } from './types';
import { formatIsoDate } from './dates/calendar';
import type { Segmenter, TaggedWord } from './segment/segmenter';
import { cleanText, toOriginalSpan, type WordCrossesBreak } from './text/cleanText';
import { mergeChunkAnalyses, splitIntoChunks } from './chunks';
import { tokenize, type Token } from './text/tokens';
import { getGazetteer, type Gazetteer } from './places/gazetteer';
import { recognizePlaces, type PiecePlaces } from './places/recognizePlaces';
import { cutToKnownOfficials, expandShortForms, giveElectedPosts, giveServedPosts, joinTransliteratedPieces, recognizePeople, widenRolesToEnvoys, widenRolesToNames, widenTransliteratedNames } from './people/recognizePeople';
import { giveAsTitles, giveBothSidesTitles, giveCountedListTitles, giveHeadlineTitles } from './people/headlineTitles';
import { splitCityVenues } from './places/cityVenues';
import { makeNamesConsistent } from './people/consistency';
import { areaPlacesNoPeople, makePlacesConsistent, visitedVillagesNoPeople } from './places/consistency';
import { recognizeOrganizations } from './organizations/recognizeOrganizations';
import { recognizeDates, detectReference } from './dates';
import { scanOnce } from './dates/scanDateExpressions';
import { extractEvents } from './events/extractEvents';
import { findHeadings } from './text/headings';
import { applyCorrections } from './corrections/applyCorrections';
import { looksTraditional, simplifyCharacters } from './text/simplify';
import { withMiddleDots } from './text/characters';
import modelMargins from '../../data/model-margins.json';
import { getNerModel } from './ner/loadModel';
import type { NerModel } from './ner/model';
import { recognizeWithModel } from './ner/recognizeWithModel';
import { bodiesAfterActs, combineWithModel, withoutEdgeDots, withoutUserNames } from './ner/combine';
import { repeatNames } from './ner/repeatNames';
import { SpanMargins, type TextPiece } from './ner/spanMargins';
import type { AnalysisMemo } from './analysisMemo';
import type { TextLru } from './textLru';
import { prepareSegmenter } from './segment/userWords';

/**
 * The tagger's words of a short text (a line break's two sides, an event's label), from the memo's tags when
 * the editor's memo is on: each version of a document asks for the same ones again. Without it, from this
 * analysis' own: the events ask for a third of their short texts more than once (the CCTV transcripts).
 */
function tagShort(segmenter: Segmenter, memo: AnalysisMemo | undefined): (text: string) => TaggedWord[] {
  const tags = memo?.tagsOf(segmenter) ?? new Map<string, TaggedWord[]>();
  return (text) => {
    let tagged = tags.get(text);
    if (!tagged) tags.set(text, (tagged = segmenter.tag(text)));
    return tagged;
  };
}

function wordCrossesBreak(tag: (text: string) => TaggedWord[]): WordCrossesBreak {
  return (left, right) => {
    let offset = 0;
    for (const { word } of tag(left + right)) {
      if (offset < left.length && offset + word.length > left.length && word.length >= 2) return true;
      offset += word.length;
    }
    return false;
  };
}

/** Higher wins where two recognisers claim the same characters. */
const PRIORITY: Record<EntityType, number> = { date: 4, person: 3, place: 2, organization: 1 };

/** The outermost name wins over a place inside it: 奥地利—中国友好协会 is one organisation, not two places. */
function rank(entity: CleanEntity, organizationCover: Uint8Array): number {
  const insideOrganization = entity.type === 'place' && organizationCover[entity.start] === 1 && organizationCover[entity.end - 1] === 1;
  return insideOrganization ? 0 : PRIORITY[entity.type];
}

function resolveOverlaps(entities: CleanEntity[]): CleanEntity[] {
  const organizationCover = new Uint8Array(entities.reduce((max, e) => Math.max(max, e.end), 0));
  for (const e of entities) if (e.type === 'organization') organizationCover.fill(1, e.start, e.end);
  // Each entity's rank is read once, not again at each of its comparisons (a stable sort: the same order).
  const byPriority = entities
    .map((entity) => ({ entity, rank: rank(entity, organizationCover), length: entity.end - entity.start }))
    .sort((a, b) => b.rank - a.rank || b.length - a.length);
  const kept: CleanEntity[] = [];
  const covered = new Uint8Array(entities.reduce((max, e) => Math.max(max, e.end), 0));
  for (const { entity } of byPriority) {
    let free = true;
    for (let i = entity.start; i < entity.end && free; i++) free = !covered[i];
    if (!free) continue;
    covered.fill(1, entity.start, entity.end);
    kept.push(entity);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * A person's mentions with no role of their own carry, marked as not stated here, the fullest role the document
 * stated before them (菲拉利首相 in the headline, then 摩洛哥首相兼外交和合作大臣: the mentions after the second
 * carry the second; 国务院总理李鹏, then 李鹏总理: the first), or before the first statement, the first.
 */
function completeRoles(entities: CleanEntity[]): void {
  const firstRole = new Map<string, { role: string; official?: boolean }>();
  for (const e of entities) if (e.type === 'person' && e.role && !firstRole.has(e.canonical!)) firstRole.set(e.canonical!, { role: e.role, official: e.official });
  const fullestRole = new Map<string, { role: string; official?: boolean }>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    e.roleStatedHere = e.role !== undefined;
    if (e.role && e.role.length > (fullestRole.get(e.canonical!)?.role.length ?? 0)) fullestRole.set(e.canonical!, { role: e.role, official: e.official });
    const stated = fullestRole.get(e.canonical!) ?? firstRole.get(e.canonical!);
    if (!e.role && stated) e.role = stated.role;
    e.official ??= stated?.official ?? (e.role ? undefined : false);
  }
}

/** The learned labeller's names without dots at their edges, repeated where the document writes them again, the user's names left to the user. */
function modelSpans(model: NerModel, text: string, tokens: Token[], options: AnalyzeOptions, memo: AnalysisMemo | undefined) {
  const user = options.gazetteerExtension;
  const userNames = [...(user?.persons ?? []), ...(user?.places ?? [])].map((n) => n.name).concat(user?.organizations ?? []);
  const pieces: TextPiece[] = [];
  const spans = withoutUserNames(repeatNames(bodiesAfterActs(withoutEdgeDots(recognizeWithModel(model, text, tokens, pieces, memo?.labels), text, tokens), tokens), text, tokens), text, userNames);
  return { spans, margins: new SpanMargins(model, pieces, memo?.scores) };
}

/**
 * `text` is what the recognisers read (Simplified where the report is Traditional); `ownText` is the clean text in
 * the report's own characters, offset for offset, from which the roles are taken.
 */
function recognize(text: string, ownText: string, tokens: Token[], gazetteer: Gazetteer, options: AnalyzeOptions, whole: WholeTextFacts | undefined, memo: AnalysisMemo | undefined, places: TextLru<PiecePlaces> | undefined) {
  const scan = scanOnce(memo?.dates);
  const reference = whole?.reference ?? detectReference(text, options, scan);
  const isPlace = (token: Token) => gazetteer.has(token.word);
  const people = recognizePeople({ text, tokens, isPlace, knownPeople: options.gazetteerExtension?.persons, runs: memo?.runs });
  const ruleEntities: CleanEntity[] = [
    ...recognizeDates(text, reference.reference, scan).map(({ text: _text, ...d }) => ({ type: 'date' as const, ...d })),
    ...people.map(({ roleSpan, ...p }) => ({
      type: 'person' as const,
      ...p,
      ...(roleSpan && { role: ownText.slice(roleSpan.start, roleSpan.end) }),
    })),
    ...recognizePlaces(text, tokens, gazetteer, places).map((p) => ({ type: 'place' as const, ...p })),
    ...recognizeOrganizations(text, tokens, isPlace).map((o) => ({ type: 'organization' as const, ...o })),
  ];
  const model = options.learnedModel === false ? undefined : getNerModel();
  const read = model && modelSpans(model, text, tokens, options, memo);
  const entities = read ? combineWithModel(ruleEntities, read.spans, text, ownText, tokens, gazetteer, read.margins, people.flatMap((p) => (p.roleSpan ? [p.roleSpan] : [])), options.traceCombine) : ruleEntities;
  widenTransliteratedNames(text, tokens, entities, isPlace);
  cutToKnownOfficials(text, entities);
  const kept = makeNamesConsistent(text, areaPlacesNoPeople(text, visitedVillagesNoPeople(text, makePlacesConsistent(text, resolveOverlaps(splitCityVenues(joinTransliteratedPieces(text, entities, (name) => gazetteer.isForeignCountry(name)), text, gazetteer)), tokens))), (start, end, canonical): CleanEntity => ({ type: 'person', start, end, canonical }), read && ((start, end) => read.margins.cost(start, end, 'PER') <= modelMargins.copiedPerson));
  widenRolesToNames(ownText, kept);
  widenRolesToEnvoys(ownText, kept);
  giveHeadlineTitles(text, ownText, kept, tokens, isPlace);
  giveBothSidesTitles(text, ownText, kept);
  giveCountedListTitles(text, ownText, kept, tokens);
  giveAsTitles(text, ownText, kept, tokens);
  giveServedPosts(text, ownText, kept, tokens, isPlace);
  giveElectedPosts(text, ownText, kept, tokens, isPlace);
  expandShortForms(text, kept);
  completeRoles(kept);
  return { reference, entities: applyCorrections(kept, text, options.gazetteerExtension) };
}

/** The reference date as an ISO day, when it names one: the day a broadcast's undated happenings are of. */
const referenceDayOf = (reference: ReferenceDate | null): string | null =>
  reference?.month !== undefined && reference.day !== undefined ? formatIsoDate(reference.year, reference.month, reference.day) : null;

/** What a huge text's pieces take from the whole text, so that each piece reads it as the whole would. */
interface WholeTextFacts {
  reference: ReferenceResult;
  traditional: boolean;
}

/** Texts longer than this (UTF-16 units; a news report is 5–20 k) are analysed in pieces of PIECE_LENGTH. */
const WHOLE_TEXT_LIMIT = 400_000;
/** Memory grows with the text analysed at once (tokens, features, candidates): a piece bounds it. */
const PIECE_LENGTH = 100_000;

/**
 * Analyses one document: people with titles, places, dates, organisations, events. Pure and synchronous. A huge
 * text is read in paragraph pieces, with the reference date and script of the whole: the result is the
 * whole-text analysis except where a document-wide step (one reading per name, a role stated earlier, a date
 * resolved from an earlier one) would have crossed a piece's edge. With a `memo` (the editor's, across the
 * versions of its documents), the sentences read before are not tagged or labelled again: same result.
 */
export function analyzeText(source: string, segmenter: Segmenter, options: AnalyzeOptions = {}, memo?: AnalysisMemo): Analysis {
  const reuse = memo?.fits(source.length) ? memo : undefined;
  return source.length <= WHOLE_TEXT_LIMIT ? analyzeWhole(source, segmenter, options, undefined, reuse) : analyzeInPieces(source, segmenter, options, PIECE_LENGTH, reuse);
}

/** The analysis of a text read in paragraph pieces of at most `pieceLength` (what analyzeText does with a huge text). */
export function analyzeInPieces(source: string, segmenter: Segmenter, options: AnalyzeOptions = {}, pieceLength = PIECE_LENGTH, memo?: AnalysisMemo): Analysis {
  const traditional = looksTraditional(source);
  const whole: WholeTextFacts = { reference: detectReference(traditional ? simplifyCharacters(source) : source, options), traditional };
  return mergeChunkAnalyses(splitIntoChunks(source, pieceLength).map(({ start, text }) => ({ start, analysis: analyzeWhole(text, segmenter, options, whole, memo) })));
}

/**
 * A dotted name is read with the middle dot whatever dot the document writes (withMiddleDots), and named as the document
 * writes it (司马义•铁力瓦尔地, its short forms too); undefined where the document writes no other dot.
 */
function namesAsWritten(entities: readonly { text: string; canonical: string }[]): ((name: string) => string) | undefined {
  const written = new Map<string, string>();
  for (const { text, canonical } of entities) if (text !== canonical && withMiddleDots(text) === canonical) written.set(canonical, text);
  return written.size ? (name) => written.get(name) ?? name : undefined;
}

function analyzeWhole(source: string, segmenter: Segmenter, options: AnalyzeOptions, whole: WholeTextFacts | undefined, memo: AnalysisMemo | undefined): Analysis {
  const gazetteer = getGazetteer();
  prepareSegmenter(segmenter, gazetteer);
  const tag = tagShort(segmenter, memo);
  const asWritten = cleanText(source, wordCrossesBreak(tag));
  // Traditional text is read in Simplified characters, and any part dot as the middle dot, one for one, so the clean
  // text's offsets still hold.
  const simplified = (whole?.traditional ?? looksTraditional(asWritten.text)) ? simplifyCharacters(asWritten.text) : asWritten.text;
  const clean = { ...asWritten, text: withMiddleDots(simplified) };
  const tokens = tokenize(clean.text, segmenter, memo?.tagsOf(segmenter));
  const { reference, entities } = recognize(clean.text, asWritten.text, tokens, gazetteer, options, whole, memo, memo?.placesOf(segmenter));
  // Events are read in Simplified but labelled in the document's own characters (same offsets).
  const events = extractEvents(clean.text, entities, asWritten.text, referenceDayOf(reference.reference), tag);
  const toOriginal = <T extends { start: number; end: number }>(item: T) => ({ ...item, ...toOriginalSpan(clean, item.start, item.end) });
  const mapped = entities.map((e) => {
    const span = toOriginalSpan(clean, e.start, e.end);
    return { ...e, ...span, text: source.slice(span.start, span.end), canonical: e.canonical ?? clean.text.slice(e.start, e.end) };
  });
  // Only where a dot was rewritten can a canonical name differ from the document's own writing of it.
  const ownName = clean.text !== simplified ? namesAsWritten(mapped) : undefined;
  return {
    referenceYear: reference.reference?.year ?? null,
    reference,
    entities: ownName ? mapped.map((e) => ({ ...e, canonical: ownName(e.canonical) })) : mapped,
    events: events.map((e) => toOriginal(ownName ? { ...e, participants: e.participants.map(ownName) } : e)),
    headings: findHeadings(source),
  };
}
