/** Shapes shared by the date modules. */
import type { HolidayWord, RelativeDayWord, RelativeMonthWord, RelativeWeekWord, RelativeYearWord } from './dateWords';

/** One date expression found in the text, normalised to ISO 8601 / ISO 8601-2. */
export interface DateMention {
  /** UTF-16 offsets into the text given; `text === input.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /** 2023-08-27, 2023-08, 2023, XXXX-08-27, 2023-08-27/2023-08-28, 201X: the date the text names. */
  value: string;
  /**
   * 'after' for 今年以来, 12月9日起, 2010年至今; 'before' for 2010年以前: the value is the date named, as a reader's
   * gloss gives it (今年以来 is 2023), and this says the span runs on from it or up to it.
   */
  open?: 'after' | 'before';
  /** How the value was obtained, in English (kept for exporters): explicit, month from <text>, year from file name …. */
  resolvedBy: string;
  /** How the value was obtained, for each front end to phrase in its own language. */
  resolution: DateResolution;
  /** The weekday the text states (星期三) when it is not the resolved date's: shown, never corrected. */
  weekdayMismatch?: string;
}

/** Where a document's reference date came from, most trusted first. */
export type ReferenceKind = 'dateline' | 'yearInText' | 'firstLines' | 'frontMatter' | 'fileName' | 'referenceDate';

/** The date a document's dates without a year (or month, or 今天) are read against. */
export interface ReferenceDate {
  kind: ReferenceKind;
  /** The source as written: the dateline's date, the sentence, the front matter value, the file name, the option. */
  from: string;
  year: number;
  month?: number;
  day?: number;
}

/**
 * How a date's value was obtained: stated in full ('explicit'); from an earlier date (`from` = its text: the
 * month of 27日, the day of 当天); from the reference date (its kind, `from` = its source); or not at all.
 */
export interface DateResolution {
  kind: 'explicit' | 'earlierDate' | 'yearUnknown' | 'monthUnknown' | ReferenceKind;
  from?: string;
}

export type Granularity = 'year' | 'month' | 'day';

/** The fields one side of a date expression states, before any context is applied. */
export interface DateFields {
  year?: number;
  relativeYear?: RelativeYearWord;
  month?: number;
  /** 本月, 上月: a month relative to the reference date's (its year and month come from there). */
  relativeMonth?: RelativeMonthWord;
  day?: number;
  /** 本周, 上周三: a week relative to the reference date's, and `weekDay` the day in it (1 = Monday … 7 = Sunday). */
  relativeWeek?: RelativeWeekWord;
  weekDay?: number;
  /** ’９７: a year given by its last two digits; the century comes from the reference year. */
  yearOfCentury?: number;
  /**
   * 2010年代, 上世纪六七十年代 (`count` 2), 80年代: decades. The first one's year is `year` when the text gives its
   * century by number; else `yearOfCentury` (60), in the century `centuryOffset` from the reference year's (上世纪 −1)
   * or, with none, the latest begun by the reference year. The value runs from its first year to the last one's end.
   */
  decade?: { count: number; yearOfCentury?: number; centuryOffset?: number };
  /** 今天, 当天, 次日: a day relative to the reference date or the last date. */
  relativeDay?: RelativeDayWord;
  /** 88年前的今天: `relativeDay` that many years before (10年前的这个时候: `relativeMonth`). */
  yearsAgo?: number;
  /** 元旦, 春节: a holiday that names one day. */
  holiday?: HolidayWord;
  /** 二季度, 上半年: the first and last month; the value is the days from the first of one to the end of the other. */
  months?: [number, number];
  /** 前7个月 with no year: months already past, the last year's where the reference date is not yet past them. */
  monthsPast?: boolean;
}

/** A parsed but not yet resolved expression: a point, a range (from/to) or an open interval. */
export interface DateExpression {
  start: number;
  end: number;
  from: DateFields;
  to?: DateFields;
  /** 'after' for 以来/至今/起 (2010/..); 'before' for 以前/之前 (../2010). */
  open?: 'after' | 'before';
  /** The weekday stated after the date (0 = Sunday) and its text (星期三). */
  weekday?: { day: number; text: string };
}

export const granularityOf = (fields: DateFields): Granularity =>
  fields.day !== undefined || fields.relativeDay !== undefined || fields.holiday !== undefined || fields.relativeWeek !== undefined ? 'day' : fields.month !== undefined || fields.relativeMonth !== undefined ? 'month' : 'year';

export const hasStatedYear = (fields: DateFields): boolean =>
  fields.year !== undefined || fields.relativeYear !== undefined;
