import type { Analysis, NewsEvent, Span } from '../types';

/** One side of a comparison: the original file text and its analysis. */
export interface CompareInput {
  text: string;
  analysis: Analysis;
}

/** A passage both reports share, located in both original texts. */
export interface SharedPassage {
  a: Span;
  b: Span;
  /** The passage as written in B, without page breaks, whitespace or markup. */
  text: string;
}

export interface NameSplit {
  both: string[];
  onlyA: string[];
  onlyB: string[];
}

export interface RoleDifference {
  person: string;
  a: string;
  b: string;
}

/** An event as `annotate --json` gives it; `yearInferred` marks a date whose year the other report lent. */
export interface ComparedEvent extends NewsEvent {
  yearInferred?: boolean;
}

export interface EventComparison {
  matched: { a: ComparedEvent; b: ComparedEvent }[];
  onlyA: ComparedEvent[];
  onlyB: ComparedEvent[];
}

export interface Conflict {
  what: string;
  a: string;
  b: string;
}

/** Exactly the `compare --json` shape (issue 4), minus the file names. */
export interface ComparisonResult {
  persons: NameSplit;
  places: NameSplit;
  roleDifferences: RoleDifference[];
  events: EventComparison;
  conflicts: Conflict[];
  passages: SharedPassage[];
  /** Share of each text's normalised characters that lie in shared passages (0–1). */
  coverage: { a: number; b: number };
}

export interface CompareOptions {
  /** Shortest shared passage counted, in normalised characters; shorter ones are common phrases. */
  minPassageLength?: number;
}
