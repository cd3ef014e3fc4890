/** Shapes shared by the date modules. */
import type { RelativeYearWord } from './dateWords';

/** One date expression found in the text, normalised to ISO 8601 / ISO 8601-2. */
export interface DateMention {
  /** UTF-16 offsets into the text given; `text === input.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /** 2023-08-27, 2023-08, 2023, XXXX-08-27, 2023-08-27/2023-08-28, 2010/.., ../2010, 201X. */
  value: string;
  /** How the value was obtained: explicit, month from <text>, year from reference year …, year unknown. */
  resolvedBy: string;
}

export type Granularity = 'year' | 'month' | 'day';

/** The fields one side of a date expression states, before any context is applied. */
export interface DateFields {
  year?: number;
  relativeYear?: RelativeYearWord;
  month?: number;
  day?: number;
  /** 2010年代: `year` holds 2010 and the value is the decade 201X. */
  decade?: boolean;
}

/** A parsed but not yet resolved expression: a point, a range (from/to) or an open interval. */
export interface DateExpression {
  start: number;
  end: number;
  from: DateFields;
  to?: DateFields;
  /** 'after' for 以来/至今/起 (2010/..); 'before' for 以前/之前 (../2010). */
  open?: 'after' | 'before';
}

export const granularityOf = (fields: DateFields): Granularity =>
  fields.day !== undefined ? 'day' : fields.month !== undefined ? 'month' : 'year';

export const hasStatedYear = (fields: DateFields): boolean =>
  fields.year !== undefined || fields.relativeYear !== undefined;
