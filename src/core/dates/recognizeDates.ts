/**
 * Turns parsed date expressions into DateMentions with ISO values, filling in what the text leaves
 * out: the year from the reference year, the month of a bare day (27日) from the last month mentioned.
 */
import { daysInMonth, formatIsoDate } from './calendar';
import { type DateExpression, type DateFields, type DateMention } from './dateTypes';
import { scanDateExpressions } from './scanDateExpressions';

interface ResolvedDate {
  year: number | null;
  /** null when a bare day has no month to take (XXXX-XX-27). */
  month?: number | null;
  day?: number;
}

/** The last expression that stated a month; a later bare day (27日) takes its month and year. */
interface MonthContext {
  text: string;
  from: ResolvedDate;
  to: ResolvedDate;
}

interface ReferenceYear {
  year: number | null;
  /** "year from reference year 2023 (dateline 2023-08-29)", built once per call. */
  description: string;
}

function describeReferenceYear(ref: ReferenceYear, relativeWord?: string, offset = 0): string {
  if (ref.year === null || !relativeWord || offset === 0) return ref.description;
  return `${ref.description}, ${relativeWord} = ${ref.year + offset}`;
}

/** The first (or only) side of an expression. */
function resolveFrom(fields: DateFields, ref: ReferenceYear, context: MonthContext | null): { date: ResolvedDate; resolvedBy: string } {
  if (fields.year !== undefined) return { date: { year: fields.year, month: fields.month, day: fields.day }, resolvedBy: 'explicit' };
  if (fields.relativeYear) {
    const { word, offset } = fields.relativeYear;
    const year = ref.year === null ? null : ref.year + offset;
    return { date: { year, month: fields.month, day: fields.day }, resolvedBy: describeReferenceYear(ref, word, offset) };
  }
  if (fields.month !== undefined) {
    return { date: { year: ref.year, month: fields.month, day: fields.day }, resolvedBy: describeReferenceYear(ref) };
  }
  // A bare day: inside a range that crossed a month (5月30日至6月2日), days before the start day belong to the end month.
  const day = fields.day;
  if (!context) return { date: { year: ref.year, month: null, day }, resolvedBy: 'month unknown' };
  const { from, to } = context;
  const source = day !== undefined && from.day !== undefined && day < from.day && to.month !== from.month ? to : from;
  // 2月30日 is not a date in February: keep the day, admit the month is unknown.
  if (day !== undefined && typeof source.month === 'number' && day > daysInMonth(source.month, source.year)) {
    return { date: { year: source.year, month: null, day }, resolvedBy: 'month unknown' };
  }
  return { date: { year: source.year, month: source.month ?? null, day }, resolvedBy: `month from ${context.text}` };
}

/** The second side of a range takes what it leaves out from the first; 12月30日至1月2日 rolls the year. */
function resolveTo(fields: DateFields, from: ResolvedDate, ref: ReferenceYear): ResolvedDate {
  let month = fields.month ?? from.month;
  let year: number | null;
  if (fields.year !== undefined) year = fields.year;
  else if (fields.relativeYear) year = ref.year === null ? null : ref.year + fields.relativeYear.offset;
  else year = from.year;
  const rollsMonth = fields.month === undefined && fields.day !== undefined && from.day !== undefined && fields.day < from.day;
  if (rollsMonth && typeof month === 'number') month = month === 12 ? 1 : month + 1;
  const rollsYear =
    fields.year === undefined && !fields.relativeYear && typeof month === 'number' && typeof from.month === 'number' && month < from.month;
  if (rollsYear && year !== null) year += 1;
  return { year, month: fields.month === undefined && fields.day === undefined ? undefined : month, day: fields.day };
}

const iso = (date: ResolvedDate): string => formatIsoDate(date.year, date.month, date.day);

function valueOf(expression: DateExpression, from: ResolvedDate, to: ResolvedDate | null): string {
  if (expression.from.decade && from.year !== null) return `${Math.floor(from.year / 10)}X`;
  if (to) return `${iso(from)}/${iso(to)}`;
  if (expression.open === 'after') return `${iso(from)}/..`;
  if (expression.open === 'before') return `../${iso(from)}`;
  return iso(from);
}

const statesMonth = (expression: DateExpression): boolean =>
  expression.from.month !== undefined || expression.to?.month !== undefined;

/**
 * Every date expression in `text` with its ISO 8601 value. `referenceYear` is what 今年 means and the
 * year of dates that state none; `referenceYearSource` (e.g. "dateline 2023-08-29") is quoted in resolvedBy.
 * Never throws.
 */
export function recognizeDates(text: string, referenceYear: number | null, referenceYearSource?: string): DateMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const year = typeof referenceYear === 'number' && Number.isFinite(referenceYear) ? Math.trunc(referenceYear) : null;
  const description =
    year === null ? 'year unknown' : `year from reference year ${year}` + (referenceYearSource ? ` (${referenceYearSource})` : '');
  const ref: ReferenceYear = { year, description };
  try {
    const mentions: DateMention[] = [];
    let context: MonthContext | null = null;
    for (const expression of scanDateExpressions(text)) {
      const mentionText = text.slice(expression.start, expression.end);
      const { date: from, resolvedBy } = resolveFrom(expression.from, ref, context);
      const to = expression.to ? resolveTo(expression.to, from, ref) : null;
      mentions.push({ start: expression.start, end: expression.end, text: mentionText, value: valueOf(expression, from, to), resolvedBy });
      if (statesMonth(expression)) context = { text: mentionText, from, to: to ?? from };
    }
    return mentions;
  } catch {
    // A recogniser bug must not take the editor down; an empty result is the safe answer.
    return [];
  }
}

