/** The shapes the analysis core produces. Offsets are UTF-16 code units into the original text. */
import type { DateResolution } from './dates/dateTypes';
import type { ReferenceResult } from './dates/referenceDate';

export type { DateResolution, ReferenceDate, ReferenceKind } from './dates/dateTypes';
export type { ReferenceResult } from './dates/referenceDate';

export type EntityType = 'person' | 'place' | 'date' | 'organization';

export interface Span {
  start: number;
  end: number;
}

export interface Entity extends Span {
  type: EntityType;
  /** Exactly `source.slice(start, end)`. */
  text: string;
  /** The joined / full form: page breaks removed, short names expanded (阿布里米提 → 阿布里米提·艾海提). */
  canonical?: string;
  /** person: the title chain this document gives at this mention (上海市委书记). */
  role?: string;
  /** person: whether `role` was stated at this mention (false: taken from the document's first statement). */
  roleStatedHere?: boolean;
  /** person: true for officials, false for villagers, reporters, authors. */
  official?: boolean;
  /** place: 省 / 自治区 / 直辖市 / 地区 / 市 / 县 / 区 / 国家 / 地点 … */
  kind?: string;
  /** place: the immediate parent in the administrative hierarchy. */
  parent?: string;
  /** date: ISO 8601 (2023-08-27, 2023-08, 2010, 2023-08-27/2023-08-28, XXXX-08-27). */
  value?: string;
  /** date: how the value was resolved, in English (explicit, from earlier date …, from file name …). */
  resolvedBy?: string;
  /** date: how the value was resolved, for the front ends to phrase. */
  resolution?: DateResolution;
  /** date: the weekday the text states (星期三) when the date falls on another. */
  weekdayMismatch?: string;
  /** date: the span runs on from the value (今年以来) or up to it (2010年以前). */
  open?: 'after' | 'before';
}

/** An entity in clean-text coordinates, before it is mapped back to the original document. */
export interface CleanEntity extends Omit<Entity, 'text'> {
  type: EntityType;
}

export interface NewsEvent extends Span {
  /** Short: who + act + where. */
  label: string;
  /** The clause the event was read from, for the hover. */
  clause?: string;
  /** null: the report does not say when (近日, 日前). */
  date: string | null;
  participants: string[];
  places: string[];
  /** Indexes into the events array of events this one contains. */
  children?: number[];
}

export interface Heading extends Span {
  text: string;
  level: number;
}

export interface Analysis {
  referenceYear: number | null;
  /** The reference date and where it came from; sources that disagreed or named no date. */
  reference?: ReferenceResult;
  entities: Entity[];
  events: NewsEvent[];
  headings: Heading[];
}

export interface AnalyzeOptions {
  /** Used when the document itself states no year (YYYY-MM-DD). */
  referenceDate?: string;
  /** The document's file name (or path): a date in it (20230324.txt, r09_2023_….txt) is a reference date. */
  fileName?: string;
  /** Extra people/places/non-entities from the user's corrections file. */
  gazetteerExtension?: GazetteerExtension;
  /** Whether the learned labeller (src/core/ner) joins the rules; default true. False: the rules alone. */
  learnedModel?: boolean;
  /** For the develop evals: told each decision joining the labeller's names with the rules' (src/core/ner/combine). */
  traceCombine?: CombineTrace;
}

/**
 * Told each decision the arbitration takes over a rule's entity (`rule: VERDICT`) or a labeller's span (`labeller:
 * WHAT`), with the span it keeps, drops or changes to: the develop evals tell which rule changed which name.
 */
export type CombineTrace = (decision: string, span: { type: string; start: number; end: number }) => void;

/** The user's corrections (src/core/corrections): added names, removed texts, titles that override. */
export interface GazetteerExtension {
  /** `role`: the title shown where a report states none. */
  persons?: { name: string; role?: string; official?: boolean }[];
  places?: { name: string; kind?: string; parent?: string }[];
  organizations?: string[];
  notEntities?: string[];
  /** Titles that replace the role the reports give a person (Set title…). */
  titles?: { name: string; title: string; official?: boolean }[];
}
