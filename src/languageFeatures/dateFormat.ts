/** Human-readable forms of the core's ISO date values (2023-08-27, 2023-08-27/2023-08-28, 2023-08, XXXX-08-27). */
import * as l10n from '@vscode/l10n';
import type { DateResolution, ReferenceKind, ReferenceResult } from '../core/types';
import { referenceDateValue } from '../core/dates/resolution';

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

interface DateParts {
  year?: number;
  month?: number;
  day?: number;
}

function parse(value: string): DateParts | undefined {
  const m = /^(\d{4}|XXXX)(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?$/.exec(value);
  if (!m) return undefined;
  const num = (s: string | undefined) => (s && !s.startsWith('X') ? Number(s) : undefined);
  return { year: num(m[1]), month: num(m[2]), day: num(m[3]) };
}

/** Chinese gets the forms newspapers print (Intl's Chinese range patterns are numeric: 8/27 – 8/28). */
function isChinese(language: string): boolean {
  return /^zh\b/i.test(language);
}

function chinese(parts: DateParts, omitYearAndMonthOf?: DateParts): string {
  let out = '';
  const sameYear = omitYearAndMonthOf && omitYearAndMonthOf.year === parts.year;
  const sameMonth = sameYear && omitYearAndMonthOf!.month === parts.month;
  if (parts.year !== undefined && !sameYear) out += `${parts.year}年`;
  if (parts.month !== undefined && !sameMonth) out += `${parts.month}月`;
  if (parts.day !== undefined) out += `${parts.day}日`;
  return out;
}

/** 星期日 for a full date, undefined otherwise. */
export function weekdayOf(value: string): string | undefined {
  const parts = parse(value);
  if (!parts || parts.year === undefined || parts.month === undefined || parts.day === undefined) return undefined;
  return WEEKDAYS[new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay()];
}

/** Other languages: Intl (Sunday, August 27, 2023; August 27 – 28, 2023); an unknown year is a leap placeholder, not shown. */
function intlDate(start: DateParts, end: DateParts | undefined, language: string): string {
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC' };
  if (start.year !== undefined) options.year = 'numeric';
  if (start.month !== undefined) options.month = 'long';
  if (start.day !== undefined) options.day = 'numeric';
  if (!end && start.year !== undefined && start.month !== undefined && start.day !== undefined) options.weekday = 'long';
  const toDate = (p: DateParts) => new Date(Date.UTC(p.year ?? 2000, (p.month ?? 1) - 1, p.day ?? 1));
  const format = dateTimeFormat(language, options);
  return end ? format.formatRange(toDate(start), toDate(end)) : format.format(toDate(start));
}

/** Building an Intl.DateTimeFormat costs about a millisecond: hovers reuse one per language and shape. */
const formats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(language, options);
    } catch {
      format = new Intl.DateTimeFormat('en', options); // an unknown locale tag
    }
    formats.set(key, format);
  }
  return format;
}

/** The date in the display language, without the "year unknown" note; undefined if `value` is not a date value. */
function formatDateValue(value: string, language: string): { text: string; yearKnown: boolean } | undefined {
  const [from, to] = value.split('/');
  const start = parse(from);
  if (!start) return undefined;
  const end = to ? parse(to) : undefined;
  let text: string;
  if (isChinese(language)) {
    text = chinese(start);
    if (end) text += `—${chinese(end, start)}`;
    else if (weekdayOf(from)) text += ` ${weekdayOf(from)}`;
  } else {
    text = intlDate(start, end, language);
  }
  return { text, yearKnown: start.year !== undefined };
}

/**
 * 2023年8月27日 星期日; 2023年8月27日—28日; 8月27日（年份未知）; in English Sunday, August 27, 2023; an open span
 * (今年以来) from or up to its date: since 2023, until 2010.
 */
export function describeDate(value: string, language: string, open?: 'after' | 'before'): string {
  const formatted = formatDateValue(value, language);
  if (!formatted) return value;
  const text = open === 'after' ? l10n.t('since {0}', formatted.text) : open === 'before' ? l10n.t('until {0}', formatted.text) : formatted.text;
  return formatted.yearKnown ? text : l10n.t('{0} (year unknown)', text);
}

/**
 * The compact form used in outline details, event lists and inlay hints: 2023-08-27, 2023-08-27–28,
 * 2023-07-09–07-11; with the year unknown (XXXX-08-27/XXXX-08-28), 8月27日—28日 (August 27 – 28) rather than XXXX.
 */
export function shortDate(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const [from, to] = value.split('/');
  if (from.startsWith('X')) return formatDateValue(value, language)?.text ?? value;
  if (!to) return from;
  if (to.slice(0, 7) === from.slice(0, 7)) return `${from}–${to.slice(8)}`;
  if (to.slice(0, 4) === from.slice(0, 4)) return `${from}–${to.slice(5)}`;
  return `${from}–${to}`;
}

/** How a source's own text (a file name, a dateline) is shown: as is, or as code in a hover. */
type Quote = (source: string) => string;
const asIs: Quote = (source) => source;

/** Where a reference date came from, in the display language (the setting is named as a setting, not as a CLI flag). */
function referenceSource(kind: ReferenceKind, source: string, quote: Quote): string {
  const from = quote(source);
  switch (kind) {
    case 'dateline': return l10n.t('the dateline {0}', from);
    case 'yearInText': return l10n.t('the year stated with 今年 in “{0}”', from);
    case 'firstLines': return l10n.t('the date in the first lines {0}', from);
    case 'frontMatter': return l10n.t('the front matter date {0}', from);
    case 'fileName': return l10n.t('the file name {0}', from);
    case 'referenceDate': return l10n.t('the reference date setting ({0})', from);
  }
}

/** How a date's value was obtained, phrased in the display language; `quote` shows the sources' own text. */
export function describeResolution(resolution: DateResolution, quote: Quote = asIs): string {
  const from = resolution.from ?? '';
  switch (resolution.kind) {
    case 'explicit': return l10n.t('stated in full');
    case 'earlierDate': return l10n.t('from the earlier date {0}', quote(from));
    case 'yearUnknown': return l10n.t('year unknown: neither the text, its file name nor the setting gives one');
    case 'monthUnknown': return l10n.t('month unknown');
    default: return l10n.t('from {0}', referenceSource(resolution.kind, from, quote));
  }
}

const isReferenceKind = (kind: DateResolution['kind']): kind is ReferenceKind =>
  kind !== 'explicit' && kind !== 'earlierDate' && kind !== 'yearUnknown' && kind !== 'monthUnknown';

/** Sources that named another reference date than the one used (the text wins): the hover says both. */
export function otherReferenceSources(resolution: DateResolution, reference: ReferenceResult | undefined, quote: Quote = asIs): string | undefined {
  if (!isReferenceKind(resolution.kind) || !reference?.overridden.length) return undefined;
  return l10n.t('Also given, not used: {0}', reference.overridden.map((r) => `${referenceSource(r.kind, r.from, quote)} → ${quote(referenceDateValue(r))}`).join('; '));
}

/** The weekday the text states when the date falls on another day: a warning, never a correction. */
export function weekdayWarning(value: string, stated: string | undefined, language: string): string | undefined {
  if (!stated) return undefined;
  const actual = isChinese(language) ? weekdayOf(value) : formatDateValue(value, language)?.text.split(',')[0];
  return actual ? l10n.t('⚠ The text says {0}, but {1} is a {2}.', stated, value, actual) : undefined;
}
