import type { Analysis, Entity } from '../core/types';
import { personTitleRows, type PersonTitleRow } from '../core/officials';
import { entityKey, NewsDocumentModel } from './newsDocumentModel';
import { hoverFactSources } from './lazyCore';

/** A mention as a range of lines and characters (what a Location needs), so the file's text need not be kept. */
export interface MentionRange {
  start: number;
  end: number;
  startLine: number;
  startCharacter: number;
  endLine: number;
  endCharacter: number;
}

export interface PersonSummary {
  name: string;
  /** Titles the file gives this person, in order of first statement. */
  roles: string[];
  official?: boolean;
  mentions: number;
}

export interface PlaceSummary {
  name: string;
  kind?: string;
  parent?: string;
  mentions: number;
}

export interface NamedSummary {
  name: string;
  mentions: number;
}

export interface DateSummary {
  /** ISO 8601 value as the core resolved it (2023-08-27, XXXX-08-27 …). */
  value: string;
  mentions: number;
}

export interface EventSummary {
  label: string;
  date: string | null;
  participants: string[];
  places: string[];
}

/**
 * What the workspace index keeps of a news file that is not open: who, where, when and what, and where each
 * mention is. A few kB per report where a whole model (text, analysis, hover facts, line index) is ten times that.
 */
export interface NewsFileSummary {
  uri: string;
  referenceYear: number | null;
  people: PersonSummary[];
  places: PlaceSummary[];
  organizations: NamedSummary[];
  dates: DateSummary[];
  events: EventSummary[];
  /** Mentions by entity key (`entityKey`): what hovers count and Find All References lists. */
  mentions: ReadonlyMap<string, readonly MentionRange[]>;
  /** Person–title–date rows (the People view, titles over time, the people table). */
  peopleRows: readonly PersonTitleRow[];
  /** Pinyin of each person's name, where the analysis gave it. */
  pinyin: Readonly<Record<string, string>>;
}

function rangeOf(model: NewsDocumentModel, entity: Entity): MentionRange {
  const start = model.lines.positionAt(entity.start);
  const end = model.lines.positionAt(entity.end);
  return { start: entity.start, end: entity.end, startLine: start.line, startCharacter: start.character, endLine: end.line, endCharacter: end.character };
}

/** The ranges of the model's mentions of `entity`. */
export function mentionRanges(model: NewsDocumentModel, entity: Entity): MentionRange[] {
  return model.mentionsOf(entity).map((mention) => rangeOf(model, mention));
}

/** The summary of one analysed file. */
export function summarizeNewsFile(model: NewsDocumentModel): NewsFileSummary {
  const mentions = new Map<string, MentionRange[]>();
  const people = new Map<string, PersonSummary>();
  const places = new Map<string, PlaceSummary>();
  const organizations = new Map<string, NamedSummary>();
  const dates = new Map<string, DateSummary>();
  for (const entity of model.entities) {
    const key = entityKey(entity);
    const list = mentions.get(key);
    if (list) list.push(rangeOf(model, entity));
    else mentions.set(key, [rangeOf(model, entity)]);
    const name = entity.canonical ?? entity.text;
    switch (entity.type) {
      case 'person': {
        const person = people.get(name) ?? { name, roles: [], mentions: 0 };
        person.mentions++;
        if (entity.role && entity.roleStatedHere !== false && !person.roles.includes(entity.role)) person.roles.push(entity.role);
        person.official ??= entity.official;
        people.set(name, person);
        break;
      }
      case 'place': {
        const place = places.get(name) ?? { name, kind: entity.kind, parent: entity.parent, mentions: 0 };
        place.mentions++;
        places.set(name, place);
        break;
      }
      case 'organization': {
        const organization = organizations.get(name) ?? { name, mentions: 0 };
        organization.mentions++;
        organizations.set(name, organization);
        break;
      }
      case 'date': {
        const value = entity.value ?? entity.text;
        const date = dates.get(value) ?? { value, mentions: 0 };
        date.mentions++;
        dates.set(value, date);
        break;
      }
    }
  }
  return {
    uri: model.uri,
    referenceYear: model.analysis.referenceYear,
    people: [...people.values()],
    places: [...places.values()],
    organizations: [...organizations.values()],
    dates: [...dates.values()],
    events: model.events.map(({ label, date, participants, places }) => ({ label, date, participants, places })),
    mentions,
    peopleRows: personTitleRows(model.analysis, model.uri),
    pinyin: model.facts.pinyin,
  };
}

const MODEL_SUMMARY = 'summary';

/**
 * An open document's summary, made once per analysed version (memoised on its model): the People view and
 * the index ask for every file's summary on each refresh, and an unchanged file must keep the same rows (the
 * People index re-summarises only the people of files whose rows changed).
 */
export function summaryOfModel(model: NewsDocumentModel): NewsFileSummary {
  let summary = model.memo.get(MODEL_SUMMARY) as NewsFileSummary | undefined;
  if (!summary) model.memo.set(MODEL_SUMMARY, (summary = summarizeNewsFile(model)));
  return summary;
}

/** A file's summary straight from its analysis (where the analysis ran: the worker, or in-process). */
export function summarizeAnalysis(uri: string, text: string, analysis: Analysis): NewsFileSummary {
  // No hover facts are made for an indexed file, but the People view sorts and filters people by pinyin.
  const pinyin: Record<string, string> = {};
  for (const e of analysis.entities) if (e.type === 'person') pinyin[e.canonical ?? e.text] ??= hoverFactSources.pinyin(e.canonical ?? e.text);
  return summarizeNewsFile(new NewsDocumentModel(uri, -1, text, analysis, { pinyin, placeChains: {} }));
}
