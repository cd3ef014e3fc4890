/** The shapes the analysis core produces. Offsets are UTF-16 code units into the original text. */

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
  /** date: how the value was resolved (explicit, month from …, year from …). */
  resolvedBy?: string;
}

export interface NewsEvent extends Span {
  label: string;
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
  entities: Entity[];
  events: NewsEvent[];
  headings: Heading[];
}

export interface AnalyzeOptions {
  /** Used when the document itself states no year (YYYY-MM-DD). */
  referenceDate?: string;
  /** Extra people/places/non-entities from the user's corrections file. */
  gazetteerExtension?: GazetteerExtension;
  /** Whether the learned labeller (src/core/ner) joins the rules; default true. False: the rules alone. */
  learnedModel?: boolean;
}

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
