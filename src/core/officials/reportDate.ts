import { formatIsoDate } from '../dates/calendar';
import type { ReferenceKind } from '../dates/dateTypes';
import type { Analysis } from '../types';

/**
 * Where a row's date comes from: the day the report says it speaks from (its dateline, front matter, file name,
 * or the date the user gave), else its first full date in its reference year, else that year alone.
 */
export type ReportDateSource = 'reference-date' | 'first-date' | 'reference-year' | '';

export interface ReportDate {
  /** ISO 8601 (2014-03-05, or 2014 when only the year is known); empty when the report gives none. */
  date: string;
  source: ReportDateSource;
}

const FULL_DAY = /^(\d{4})-\d{2}-\d{2}/;
/** Reference dates that are the report's own day; the others (yearInText, firstLines) are dates it talks about. */
const OWN_DAY_KINDS: ReadonlySet<ReferenceKind> = new Set(['dateline', 'frontMatter', 'fileName', 'referenceDate']);

/**
 * The date a report speaks from, for dating the titles it gives. Its own day when it gives one (a dateline, or
 * a day the user keeps with it: front matter, file name, the setting). Else its first full date, usually its
 * dateline; one in another year than the report's reference year is a date it recalls, so the reference
 * year is preferred to it. No date at all gives an empty date (rows are kept, never dropped).
 */
export function reportDateOf(analysis: Analysis): ReportDate {
  const own = analysis.reference?.reference;
  if (own?.month !== undefined && own.day !== undefined && OWN_DAY_KINDS.has(own.kind)) {
    return { date: formatIsoDate(own.year, own.month, own.day), source: 'reference-date' };
  }
  const days: { day: string; year: number }[] = [];
  for (const entity of analysis.entities) {
    const match = entity.type === 'date' ? FULL_DAY.exec(entity.value ?? '') : null;
    if (match) days.push({ day: match[0], year: Number(match[1]) });
  }
  const year = analysis.referenceYear;
  const inYear = year === null ? days[0] : days.find((d) => d.year === year);
  if (inYear) return { date: inYear.day, source: 'first-date' };
  if (year !== null) return { date: String(year), source: 'reference-year' };
  return { date: '', source: '' };
}
