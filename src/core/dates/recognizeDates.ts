/**
 * Turns parsed date expressions into DateMentions with ISO values, filling in what the text leaves
 * out: the year (and for a bare day the month) from the reference date, the month of a bare day (27日)
 * from the last date with a month and a day (else the reference date, else the last month mentioned), the day
 * of 当天 / 次日 from the last date.
 */
import eventTriggers from '../../../data/event-triggers.json';
import { CENTURY_YEARS, DECADE_YEARS, dayNumber, daysInMonth, formatIsoDate } from './calendar';
import { type DateExpression, type DateFields, type DateMention, type DateResolution, type ReferenceDate } from './dateTypes';
import { holidayIn, nearestHoliday } from './holidays';
import { CYCLE_YEARS, dateWords, type RelativeYearWord } from './dateWords';
import { describeResolution } from './resolution';
import { scanDateExpressions, type DateScanner } from './scanDateExpressions';
import { headlinesEnd } from '../text/headings';

interface ResolvedDate {
  year: number | null;
  /** null when a bare day has no month to take (XXXX-XX-27). */
  month?: number | null;
  /** null when a relative day has nothing to count from. */
  day?: number | null;
}

/** The year the text last named (１９９７年, 去年): what 上年 counts from. */
interface YearNamed {
  year: number;
  resolution: DateResolution;
}

/** An earlier expression a later one takes its month (27日) or its day (当天) from. */
interface EarlierDate {
  text: string;
  from: ResolvedDate;
  to: ResolvedDate;
  /** Made once: every later date resolved by this one shares it. */
  resolution: DateResolution;
}

const OPEN_QUOTE = '“'.charCodeAt(0);
const CLOSE_QUOTE = '”'.charCodeAt(0);
const NEWLINE = 10;

/** Months after the reference month by more than this are last year's (12月 in a January broadcast). */
const MONTHS_AHEAD_MEANS_LAST_YEAR = 6;

/** One resolution object per reference date: a long document holds millions of dates resolved by it. */
const referenceResolutions = new WeakMap<ReferenceDate, DateResolution>();
function fromReference(ref: ReferenceDate): DateResolution {
  let resolution = referenceResolutions.get(ref);
  if (!resolution) referenceResolutions.set(ref, (resolution = { kind: ref.kind, from: ref.from }));
  return resolution;
}
const UNKNOWN_YEAR: DateResolution = { kind: 'yearUnknown' };
const UNKNOWN_MONTH: DateResolution = { kind: 'monthUnknown' };
const EXPLICIT: DateResolution = { kind: 'explicit' };
const isFullDate = (d: ResolvedDate): d is { year: number; month: number; day: number } =>
  typeof d.year === 'number' && typeof d.month === 'number' && typeof d.day === 'number';

/** The day `offset` days after a full date (次日 of 5月31日 is 6月1日). */
function addDays(date: ResolvedDate, offset: number): ResolvedDate {
  if (offset === 0 || !isFullDate(date)) return offset === 0 ? date : { year: date.year, month: date.month, day: null };
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + offset));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** A month (8月初, 8月) that names no year, nor one relative to the reference. */
const yearlessMonth = (fields: DateFields): boolean =>
  (fields.month !== undefined || fields.months !== undefined) && fields.year === undefined && fields.relativeYear === undefined && fields.yearOfCentury === undefined && !fields.holiday;

/**
 * 去年“七一”前夕: a year alone right before a holiday of no year of its own, an opening quotation mark between, is the
 * holiday's year (as 去年国庆节 is one expression); undefined otherwise.
 */
function quotedHolidayYear(text: string, previous: DateMention | undefined, start: number, fields: DateFields): number | undefined {
  if (previous === undefined || !fields.holiday || fields.year !== undefined || fields.relativeYear !== undefined) return undefined;
  if (previous.end !== start - 1 || (text[previous.end] !== '“' && text[previous.end] !== '"') || !/^\d{4}$/.test(previous.value)) return undefined;
  return Number(previous.value);
}

/** What follows a date told as an occasion ahead (劳动节|到来之际, 春节|前夕), a closing quote or 的 between. */
const OCCASION_AHEAD = new RegExp(`^[”"]?的?(?:${dateWords.occasionsAhead.join('|')})`);
const OCCASION_AHEAD_REACH = 2 + Math.max(...dateWords.occasionsAhead.map((word) => word.length));
const HOLIDAY_GATHERING = new RegExp(`^[”"]?(?:${dateWords.holidayGatherings.join('|')})`);
const HOLIDAY_GATHERING_REACH = 1 + Math.max(...dateWords.holidayGatherings.map((word) => word.length));

/** Characters a sentence may hold between a dated clause and a month listed after it. */
const LISTED_MONTH_REACH = 60;
const SENTENCE_END = /[。！？!?\n]/;
/** The length of an ISO value's year and month (2023-08). */
const YEAR_MONTH = 7;

/**
 * 1980年2月，…；4月，担任国务院副总理 / 1948年4月、5月 / 1997年初，…到2月初: a month naming no year, later in the
 * sentence of a date of a stated past year or opening the next one, goes on in that year (the next one where its month
 * comes before), not in the reference's.
 */
function listedMonthYear(text: string, previous: DateMention | undefined, start: number, fields: DateFields, ref: ReferenceDate | null): number | undefined {
  if (previous === undefined || !yearlessMonth(fields) || (previous.resolution !== EXPLICIT && previous.resolution.kind !== 'earlierDate')) return undefined;
  const between = text.slice(previous.end, start);
  // １９３５年１月，在遵义会议上，…。６月，他在两河口…: a month opening the next sentence of the paragraph goes on in the
  // chronology of a month or days of one month told (２月初), not of a longer span (2022年上半年。8月份).
  const withinMonth = previous.value.split('/').every((side) => side.slice(0, YEAR_MONTH) === previous.value.slice(0, YEAR_MONTH));
  const opensNextSentence = !between.includes('\n') && SENTENCE_END.test(text[start - 1] ?? '') && withinMonth;
  if (start - previous.end > LISTED_MONTH_REACH || (SENTENCE_END.test(between) && !opensNextSentence)) return undefined;
  const stated = /^(\d{4})-(\d{2})/.exec(previous.value.split('/').pop()!);
  const month = fields.month ?? fields.months?.[0];
  if (!stated || month === undefined) return undefined;
  const year = Number(stated[1]) + (month < Number(stated[2]) ? 1 : 0);
  return ref === null || year < ref.year ? year : undefined;
}

/** The reference date's year for a month it does not state: last year's when the month is well after it. */
function yearForMonth(ref: ReferenceDate | null, month: number | undefined): number | null {
  if (!ref) return null;
  const lastYear = ref.month !== undefined && month !== undefined && month > ref.month + MONTHS_AHEAD_MEANS_LAST_YEAR;
  return lastYear ? ref.year - 1 : ref.year;
}

const COLON = '：';
/** 一是, 二是, 第三，, （四）: a point of a list a speaker announced. */
const SPEECH_POINT = /^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十][，、]|（[一二三四五六七八九十]）)/;
const SPEECH_POINT_REACH = 4;

/**
 * A bare day (28日) with no month in the text before it: the reference date's month, or the one before for a later
 * day; for a day said to be still to come (将于19日闭幕), the reference month's, or the one after for an earlier day.
 */
function bareDayFromReference(ref: ReferenceDate, day: number, ahead: Ahead = false): ResolvedDate {
  // 大会5日开幕 in a report of the 4th: the next day is the one to come, not that day of last month.
  const shift = ref.day === undefined ? 0 : ahead === 'marked' ? (day < ref.day ? 1 : 0) : !ahead && day > ref.day + NEXT_DAY ? -1 : 0;
  const months = ref.year * 12 + (ref.month! - 1) + shift;
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  return { year, month: day > daysInMonth(month, year) ? null : month, day };
}

/** Whether a bare day at `start` is said to be still to come (将于19日): date-words.json daysAheadMarkers before it. */
const saidAhead = (text: string, start: number): boolean => dateWords.daysAheadMarkers.some((word) => text.startsWith(word, start - word.length));

/**
 * How a bare day is said to be still to come: `marked` right before it (将于19日: the reference month's, or the next
 * month's for an earlier day); `inSentence` by its sentence going on in the future (15号，腾布部落将为他举行安葬仪式:
 * a later day is the reference month's, not last month's; an earlier one is left as it is read without it).
 */
type Ahead = 'marked' | 'inSentence' | false;
/** The rest of a sentence after a date, up to its end or SENTENCE_AHEAD_REACH characters on. */
const REST_OF_SENTENCE = /^[^。！？!?；;\n]*/;
const SENTENCE_AHEAD_REACH = 40;
const SPEECH_VERB = new RegExp(eventTriggers.reportedSpeech.join('|'));

function aheadOf(text: string, start: number, end: number): Ahead {
  if (saidAhead(text, start)) return 'marked';
  const rest = REST_OF_SENTENCE.exec(text.slice(end, end + SENTENCE_AHEAD_REACH))![0];
  const marker = Math.min(...dateWords.sentenceAheadMarkers.map((word) => rest.indexOf(word)).filter((at) => at >= 0));
  // 27日，他表示，中方将为…: what follows a speech verb is the speaker's, not the day's.
  return Number.isFinite(marker) && !SPEECH_VERB.test(rest.slice(0, marker)) ? 'inSentence' : false;
}

/** Whether a speech verb stands earlier in the sentence of text[at] (哈里里表示将于|22日). */
function saidInSentenceBefore(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && at - from < SENTENCE_AHEAD_REACH && !SENTENCE_END.test(text.charAt(from - 1))) from--;
  return SPEECH_VERB.test(text.slice(from, at));
}

/** How many days before a told day of an earlier month a bare day may be and still be of that month (a week). */
const DAYS_BACK_IN_MONTH = 7;

/** How far after the reference day a bare day may be and still be of its month (the next day). */
const NEXT_DAY = 1;

/** Whether an earlier date of the text is after the reference day (a day still to come). */
function comesAfter(date: EarlierDate, ref: ReferenceDate | null): boolean {
  const today = referenceDay(ref);
  return today !== null && isFullDate(today) && isFullDate(date.from) && dayNumber(date.from) > dayNumber(today);
}

const referenceDay = (ref: ReferenceDate | null): ResolvedDate | null =>
  ref?.month !== undefined && ref.day !== undefined ? { year: ref.year, month: ref.month, day: ref.day } : null;

/**
 * 今天 counts from the reference date (else the last date), 当天 / 次日 from the last date (else the reference date);
 * 今天 / 昨天 in a quotation from `speechDay`, the day the narrative gave the words (１月１日…李自祥说：“新班子昨天…”).
 */
function resolveRelativeDay(
  fields: DateFields, ref: ReferenceDate | null, lastDay: EarlierDate | null, speechDay: EarlierDate | null,
): { date: ResolvedDate; resolution: DateResolution } {
  const word = fields.relativeDay!;
  const today = referenceDay(ref);
  const fromText = lastDay ? { date: lastDay.from, resolution: lastDay.resolution } : null;
  const fromRef = today && ref ? { date: today, resolution: fromReference(ref) } : null;
  const spoken = speechDay && word.anchor === 'today' ? { date: speechDay.from, resolution: speechDay.resolution } : null;
  const anchor = spoken ?? (word.anchor === 'today' ? (fromRef ?? fromText) : (fromText ?? fromRef));
  // A reference of a year alone still gives the year (2022-XX-XX).
  if (!anchor) return ref ? { date: { year: ref.year, month: null, day: null }, resolution: fromReference(ref) } : { date: { year: null, month: null, day: null }, resolution: UNKNOWN_YEAR };
  const date = addDays(anchor.date, word.offset);
  return { date: fields.yearsAgo && typeof date.year === 'number' ? yearsBefore(date, fields.yearsAgo) : date, resolution: anchor.resolution };
}

/** 本周, 上周三: the day of the week counted from the reference date's week (Monday first); without a reference day, only its year. */
function resolveRelativeWeek(fields: DateFields, ref: ReferenceDate | null): { date: ResolvedDate; resolution: DateResolution } {
  const today = referenceDay(ref);
  if (!today || !ref) return ref ? { date: { year: ref.year, month: null, day: null }, resolution: fromReference(ref) } : { date: { year: null, month: null, day: null }, resolution: UNKNOWN_YEAR };
  const weekday = new Date(Date.UTC(ref.year, today.month! - 1, today.day!)).getUTCDay() || DAYS_IN_WEEK;
  return { date: addDays(today, DAYS_IN_WEEK * fields.relativeWeek!.offset + fields.weekDay! - weekday), resolution: fromReference(ref) };
}
const DAYS_IN_WEEK = 7;

/** ’９７: the year ending so that is nearest the reference year (1997 in 1998, 2009 for ’０９ in 2010); without one, unknown. */
function yearInCentury(yearOfCentury: number, ref: ReferenceDate | null): number | null {
  if (!ref) return null;
  const sameCentury = inReferenceCentury(ref, yearOfCentury);
  return [sameCentury - CENTURY_YEARS, sameCentury, sameCentury + CENTURY_YEARS].reduce((best, year) => (Math.abs(year - ref.year) < Math.abs(best - ref.year) ? year : best));
}

/** The year of the reference year's hundred that ends so (50 → 2050 in 2023). */
const inReferenceCentury = (ref: ReferenceDate, yearOfCentury: number): number => ref.year - (ref.year % CENTURY_YEARS) + yearOfCentury;

/** 上世纪50年代: 1950 in 2023; 80年代 with no century: the latest 80年代 begun by the reference year (1980 in 2023, 2080 in 2085). */
function decadeInCentury(decade: NonNullable<DateFields['decade']>, ref: ReferenceDate | null): number | null {
  if (!ref || decade.yearOfCentury === undefined) return null;
  const sameCentury = inReferenceCentury(ref, decade.yearOfCentury);
  if (decade.centuryOffset !== undefined) return sameCentury + CENTURY_YEARS * decade.centuryOffset;
  return sameCentury > ref.year ? sameCentury - CENTURY_YEARS : sameCentury;
}

/** The same day `years` years before (29 February falls back to the 28th). */
function yearsBefore(date: ResolvedDate, years: number): ResolvedDate {
  const year = date.year! - years;
  const day = typeof date.day === 'number' && typeof date.month === 'number' ? Math.min(date.day, daysInMonth(date.month, year)) : date.day;
  return { year, month: date.month, day };
}

/** 本月, 上月: counted from the reference date's month; without one, the month stays unknown. */
function resolveRelativeMonth(fields: DateFields, ref: ReferenceDate | null): { date: ResolvedDate; resolution: DateResolution } {
  if (!ref) return { date: { year: null, month: null, day: fields.day }, resolution: UNKNOWN_YEAR };
  if (ref.month === undefined) return { date: { year: ref.year, month: null, day: fields.day }, resolution: fromReference(ref) };
  const months = (ref.year - (fields.yearsAgo ?? 0)) * 12 + ref.month - 1 + fields.relativeMonth!.offset;
  return { date: { year: Math.floor(months / 12), month: (months % 12) + 1, day: fields.day }, resolution: fromReference(ref) };
}

/** The year a relative word names: 明年 the reference year's next; 新的一年 the next once the reference is late in its year. */
const relativeYearOf = (word: RelativeYearWord, ref: ReferenceDate): number =>
  word.cycle !== undefined ? cycleYearLatest(word.cycle, ref.year)
  : ref.year + word.offset + (word.nextFromMonth !== undefined && ref.month !== undefined && ref.month >= word.nextFromMonth ? 1 : 0);

/**
 * 庚子年: the last year at that place of the sexagenary cycle up to the one after `year` (2020 for 庚子 said in 2019 to
 * 2078): a year named so is past or at hand (甲辰龙年 said in December 2023 is the coming one), not decades ahead.
 */
function cycleYearLatest(cycle: number, year: number): number {
  const latest = year + 1;
  return latest - ((((latest - dateWords.cycleFirstYear - cycle) % CYCLE_YEARS) + CYCLE_YEARS) % CYCLE_YEARS);
}

/** 元旦, 2023年元旦, 春节: the stated year's, else the one nearest the reference date (or in its year). */
function resolveHoliday(fields: DateFields, ref: ReferenceDate | null): { date: ResolvedDate; resolution: DateResolution } {
  const holiday = fields.holiday!;
  const statedYear = fields.year ?? (fields.relativeYear && ref ? relativeYearOf(fields.relativeYear, ref) : undefined);
  const today = referenceDay(ref);
  const day = statedYear !== undefined ? holidayIn(holiday, statedYear) : today && isFullDate(today) ? nearestHoliday(holiday, today) : ref ? holidayIn(holiday, ref.year) : null;
  const resolution = fields.year !== undefined ? EXPLICIT : ref ? fromReference(ref) : UNKNOWN_YEAR;
  if (day) return { date: day, resolution };
  return { date: { year: statedYear ?? ref?.year ?? null, month: holiday.month ?? null, day: holiday.day ?? null }, resolution };
}

/** 今日起至元宵节: a holiday ending a range is its first day on or after the range's start (the stated year's, if any). */
function holidayAfter(fields: DateFields, from: ResolvedDate, ref: ReferenceDate | null): ResolvedDate {
  if (fields.year !== undefined || fields.relativeYear !== undefined || !isFullDate(from)) return resolveHoliday(fields, ref).date;
  const sameYear = holidayIn(fields.holiday!, from.year);
  const startsAfter = sameYear !== null && dayNumber(sameYear) < dayNumber(from);
  return (startsAfter ? holidayIn(fields.holiday!, from.year + 1) : sameYear) ?? { year: from.year, month: null, day: null };
}

/** The first (or only) side of an expression. */
function resolveFrom(
  fields: DateFields,
  ref: ReferenceDate | null,
  context: EarlierDate | null,
  lastDay: EarlierDate | null,
  yearNamed: YearNamed | null = null,
  speechDay: EarlierDate | null = null,
  ahead: Ahead = false,
): { date: ResolvedDate; resolution: DateResolution } {
  if (fields.holiday) return resolveHoliday(fields, ref);
  if (fields.yearOfCentury !== undefined) return { date: { year: yearInCentury(fields.yearOfCentury, ref) }, resolution: ref ? fromReference(ref) : UNKNOWN_YEAR };
  if (fields.decade?.yearOfCentury !== undefined) return { date: { year: decadeInCentury(fields.decade, ref) }, resolution: ref ? fromReference(ref) : UNKNOWN_YEAR };
  if (fields.year !== undefined) return { date: { year: fields.year, month: fields.month, day: fields.day }, resolution: EXPLICIT };
  const unknownYear = UNKNOWN_YEAR;
  if (fields.relativeDay) return resolveRelativeDay(fields, ref, lastDay, speechDay);
  if (fields.relativeWeek) return resolveRelativeWeek(fields, ref);
  if (fields.relativeMonth) return resolveRelativeMonth(fields, ref);
  if (fields.relativeYear?.fromYearNamed && yearNamed) {
    return { date: { year: yearNamed.year + fields.relativeYear.offset, month: fields.month, day: fields.day }, resolution: yearNamed.resolution };
  }
  if (fields.relativeYear) {
    const year = ref === null ? null : relativeYearOf(fields.relativeYear, ref);
    return { date: { year, month: fields.month, day: fields.day }, resolution: ref ? fromReference(ref) : unknownYear };
  }
  // 前11个月 in a report of January: the first eleven months of the year before, the ones past.
  if (fields.monthsPast && fields.months && ref?.month !== undefined && fields.months[1] >= ref.month) {
    return { date: { year: ref.year - 1, month: fields.month, day: fields.day }, resolution: fromReference(ref) };
  }
  if (fields.month !== undefined || fields.months !== undefined) {
    const year = yearForMonth(ref, fields.month ?? fields.months?.[0]);
    return { date: { year, month: fields.month, day: fields.day }, resolution: ref ? fromReference(ref) : unknownYear };
  }
  // A bare day: inside a range that crossed a month (5月30日至6月2日), days before the start day belong to the end month.
  const day = fields.day;
  if (!context) {
    if (ref?.month !== undefined && day !== undefined) {
      const date = bareDayFromReference(ref, day, ahead);
      if (date.month !== null) return { date, resolution: fromReference(ref) };
    }
    return { date: { year: ref?.year ?? null, month: null, day }, resolution: UNKNOWN_MONTH };
  }
  // 去年10月14日 … 11日 in a report of 11 January: a day up to the reference day belongs to the reference month,
  // not to a date of another year told as background.
  // So is one well before the day of a date of an earlier month told (3月23日样本已经提交… 普京4日表示 in a report of 5
  // April): the narrative goes on forward, not weeks back within that month; a day or a few before it are that month's
  // (新华社北京3月5日电…4日).
  const beforeEarlierMonthsDay = context.from.year === ref?.year && typeof context.from.month === 'number' && ref.month !== undefined && context.from.month < ref.month &&
    typeof context.from.day === 'number' && day !== undefined && context.from.day - day > DAYS_BACK_IN_MONTH;
  if (ref?.month !== undefined && ref.day !== undefined && day !== undefined && day <= ref.day && (context.from.year !== ref.year || beforeEarlierMonthsDay)) {
    return { date: bareDayFromReference(ref, day), resolution: fromReference(ref) };
  }
  const soon = day !== undefined && ref ? soonInReferenceMonth(ref, context, day) : null;
  if (soon && ref) return { date: soon, resolution: fromReference(ref) };
  const { from, to } = context;
  const source = day !== undefined && typeof from.day === 'number' && day < from.day && to.month !== from.month ? to : from;
  // 2月30日 is not a date in February: keep the day, admit the month is unknown.
  if (day !== undefined && typeof source.month === 'number' && day > daysInMonth(source.month, source.year)) {
    return { date: { year: source.year, month: null, day }, resolution: UNKNOWN_MONTH };
  }
  return { date: { year: source.year, month: source.month ?? null, day }, resolution: context.resolution };
}

/**
 * 新当选的代表将于２月２４日投票…。大选结果将于１２日公布 in a report of 11 January: after a date ahead in another
 * month, a bare day before that date's own day that is still to come in the reference month, and nearer the
 * reference day than in the later date's month, is the reference month's.
 */
function soonInReferenceMonth(ref: ReferenceDate, context: EarlierDate, day: number): ResolvedDate | null {
  const today = referenceDay(ref);
  const { from } = context;
  // 8月27日…28日上午: a day after the later date's own goes on from it.
  if (!today || !isFullDate(today) || !isFullDate(from) || day < today.day || day >= from.day || from.month === today.month) return null;
  if (dayNumber(from) <= dayNumber(today) || day > daysInMonth(today.month, today.year)) return null;
  const inReferenceMonth = { year: today.year, month: today.month, day };
  const inLaterMonth = { year: from.year, month: from.month, day };
  return dayNumber(inReferenceMonth) - dayNumber(today) < Math.abs(dayNumber(inLaterMonth) - dayNumber(today)) ? inReferenceMonth : null;
}

/** The second side of a range takes what it leaves out from the first; 12月30日至1月2日 rolls the year. */
function resolveTo(fields: DateFields, from: ResolvedDate, ref: ReferenceDate | null): ResolvedDate {
  // 从昨晚到今天: 今天 counts from the reference day, 当天至次日 from the day the first side resolved to.
  if (fields.relativeDay) return addDays((fields.relativeDay.anchor === 'today' ? referenceDay(ref) : null) ?? from, fields.relativeDay.offset);
  if (fields.relativeWeek) return resolveRelativeWeek(fields, ref).date;
  if (fields.yearOfCentury !== undefined) return { year: yearInCentury(fields.yearOfCentury, ref) };
  if (fields.holiday) return holidayAfter(fields, from, ref);
  let month = fields.month ?? from.month;
  let year: number | null;
  if (fields.year !== undefined) year = fields.year;
  // 同年11月底, 上年7月底: a year counted from the one last named is the first side's, which was resolved so.
  else if (fields.relativeYear?.fromYearNamed) year = from.year;
  else if (fields.relativeYear) year = ref === null ? null : relativeYearOf(fields.relativeYear, ref);
  else year = from.year;
  const rollsMonth = fields.month === undefined && fields.day !== undefined && typeof from.day === 'number' && fields.day < from.day;
  if (rollsMonth && typeof month === 'number') month = month === 12 ? 1 : month + 1;
  const rollsYear =
    fields.year === undefined && !fields.relativeYear && typeof month === 'number' && typeof from.month === 'number' && month < from.month;
  if (rollsYear && year !== null) year += 1;
  // 下旬 ends on the month's last day, whatever its length.
  const day = fields.day !== undefined && typeof month === 'number' ? Math.min(fields.day, daysInMonth(month, year)) : fields.day;
  return { year, month: fields.month === undefined && fields.day === undefined ? undefined : month, day };
}

/**
 * Whether `day` is a day shortly before the reference day (or on it): a narrative day the quoted words were said on.
 * A day long past is background (去年５月１２日地震…), and the words quoted after it were said when the report was written.
 */
function recentBefore(day: ResolvedDate, today: ResolvedDate | null): boolean {
  if (!today || !isFullDate(today) || !isFullDate(day)) return false;
  const days = (dayNumber(today) - dayNumber(day)) / MS_PER_DAY;
  return days >= 0 && days <= SPEECH_DAY_REACH;
}
const MS_PER_DAY = 86_400_000;
/** How long the speaker before the speech verb may be (中共中央政治局委员、外交部长王毅). */
const LONGEST_SPEAKER = 24;
/** A speaker and a speech verb, then the mark that opens the words (阿德恩表示，). */
const SPEAKER_AND_VERB = `[^，。；：“”\\n]{1,${LONGEST_SPEAKER}}?(?:${eventTriggers.reportedSpeech.join('|')})[，：:]`;
/** A paragraph that opens with a speaker and a speech verb (阿德恩表示，): its words are reported speech. */
const OPENING_SPEECH = new RegExp(`^${SPEAKER_AND_VERB}`);
const OPENING_SPEECH_REACH = 32;
/**
 * Reported speech that starts within a sentence, after a clause of a speaker and a speech verb (…，他对大家说，): from
 * the words to the sentence's end. A paragraph opening with speech is read as a whole elsewhere (OPENING_SPEECH).
 */
function speechWithinSentences(text: string): { from: number; to: number }[] {
  const spans: { from: number; to: number }[] = [];
  const sentenceEnd = /[。！？!?\n]/g;
  for (const found of text.matchAll(SPEECH_CLAUSE)) {
    const from = found.index + found[0].length;
    sentenceEnd.lastIndex = from;
    const end = sentenceEnd.exec(text);
    spans.push({ from, to: end ? end.index : text.length });
  }
  return spans;
}
/** A clause within a paragraph that is a speaker and a speech verb (，他对大家说，; 。他说，). */
const SPEECH_CLAUSE = new RegExp(`(?<=[，,；;。！？!?])${SPEAKER_AND_VERB}`, 'g');

/** How many days before the report's a narrative day may be for the words quoted after it to have been said on it. */
const SPEECH_DAY_REACH = 7;

const iso = (date: ResolvedDate): string =>
  date.day === null ? `${formatIsoDate(date.year, date.month ?? null)}-XX` : formatIsoDate(date.year, date.month, date.day);

/** 二季度 → the first day of its first month to the last day of its last (2022-04-01/2022-06-30); 年底 → its month (2022-12). */
function yearPartValue(months: [number, number], year: number | null): string {
  if (months[0] === months[1]) return formatIsoDate(year, months[0]);
  return `${formatIsoDate(year, months[0], 1)}/${formatIsoDate(year, months[1], daysInMonth(months[1], year))}`;
}

function valueOf(expression: DateExpression, from: ResolvedDate, to: ResolvedDate | null): string {
  const decade = expression.from.decade;
  if (decade) {
    const lastYear = (first: number): number => first + DECADE_YEARS * decade.count - 1;
    if (from.year !== null) return `${from.year}/${lastYear(from.year)}`;
    const inCentury = (year: number): string => `XX${String(year).padStart(2, '0')}`;
    return `${inCentury(decade.yearOfCentury ?? 0)}/${inCentury(lastYear(decade.yearOfCentury ?? 0))}`;
  }
  const fromMonths = expression.from.months;
  const toMonths = expression.to?.months;
  // 今年下半年到明年年底: from the first day of the start's part of months to the last of the end's
  // (2011-07-01/2012-12-31); 今年到明年年底, 1941年初至1942年底: from a year or a month to a month (2011/2012-12).
  if (to && to.year !== from.year && (fromMonths || toMonths)) {
    const last = toMonths?.[1] ?? to.month ?? LAST_MONTH;
    if (!fromMonths) return `${iso(from)}/${formatIsoDate(to.year, last)}`;
    if (fromMonths[0] === fromMonths[1]) return `${formatIsoDate(from.year, fromMonths[0])}/${formatIsoDate(to.year, last)}`;
    return `${formatIsoDate(from.year, fromMonths[0], 1)}/${formatIsoDate(to.year, last, daysInMonth(last, to.year))}`;
  }
  if (fromMonths) return yearPartValue(fromMonths, from.year);
  if (to) return `${iso(from)}/${iso(to)}`;
  return iso(from);
}
const LAST_MONTH = 12;

/** The span an open date stands for, in ISO 8601-2 (今年以来: 2023/..; 2010年以前: ../2010). */
export const spanValue = (date: { value?: string; open?: 'after' | 'before' }): string | undefined =>
  date.value === undefined || !date.open ? date.value : date.open === 'after' ? `${date.value}/..` : `../${date.value}`;

const statesMonth = (expression: DateExpression): boolean =>
  expression.from.month !== undefined || expression.to?.month !== undefined;

/** The weekday the text states, when the resolved date falls on another. */
function weekdayMismatch(expression: DateExpression, date: ResolvedDate): string | undefined {
  if (!expression.weekday || !isFullDate(date)) return undefined;
  const actual = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return actual === expression.weekday.day ? undefined : expression.weekday.text;
}

/**
 * Every date expression in `text` with its ISO 8601 value. `reference` (from detectReference) is what 今年
 * and 今天 mean and gives the year of dates that state none. Never throws.
 */
export function recognizeDates(text: string, reference: ReferenceDate | null, scan: DateScanner = scanDateExpressions): DateMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const ref = reference && Number.isInteger(reference.year) ? reference : null;
  try {
    const mentions: DateMention[] = [];
    // A bare day (14日) takes its month from the last date that states a month and a day: a month alone
    // (今年4月, in what someone said) is background, so the reference date's month comes before it.
    let dayContext: EarlierDate | null = null;
    let monthContext: EarlierDate | null = null;
    let lastDay: EarlierDate | null = null;
    let yearNamed: YearNamed | null = null;
    const descriptions = new Map<DateResolution, string>();
    const describe = (resolution: DateResolution): string => {
      let description = descriptions.get(resolution);
      if (description === undefined) descriptions.set(resolution, (description = describeResolution(resolution)));
      return description;
    };
    // Whether the scan stands inside a quotation (“…”), read up to each expression: what was said there is no
    // day a later 当天 / 这一天 of the narrative means.
    let quoted = false;
    let readTo = 0;
    // The last day the narrative (not a quotation) stated in the current paragraph: when words quoted after it were said.
    let narrativeDay: EarlierDate | null = null;
    // The last day the narrative stated in any paragraph, and whether the current paragraph opens with reported
    // speech (阿德恩表示，…今天上午…): words said on the day the report last told, unquoted.
    let reportDay: EarlierDate | null = null;
    // Where the current paragraph's reported speech starts (after 表示，), -1 where it opens with none.
    let speechFrom = -1;
    // Reported speech within a sentence (…观看表演，他对大家说，昨天我看了…。), read in order, and the last day the
    // narrative stated outside speech and quotation in any paragraph: the day such words were said.
    const sentenceSpeech = speechWithinSentences(text);
    let speechIndex = 0;
    let storyDay: EarlierDate | null = null;
    // The day of the last paragraph opened by a part of the day alone (上午，举行第一次全体会议): the next such paragraph
    // (下午，举行第二次全体会议) goes on with that day, over a background date of another year told between them.
    let scheduleDay: EarlierDate | null = null;
    const headlineEnd = headlinesEnd(text);
    for (const expression of scan(text)) {
      for (; readTo < expression.start; readTo++) {
        const ch = text.charCodeAt(readTo);
        if (ch === OPEN_QUOTE) quoted = true;
        else if (ch === CLOSE_QUOTE) quoted = false;
        else if (ch === NEWLINE) {
          quoted = false;
          narrativeDay = null;
          const opening = OPENING_SPEECH.exec(text.slice(readTo + 1, readTo + 1 + OPENING_SPEECH_REACH));
          // …提出三点希望：\n一是…\n二是…: the points a speaker's paragraph announced go on with the speech.
          const pointsGoOn = speechFrom >= 0 && (text[readTo - 1] === COLON || SPEECH_POINT.test(text.slice(readTo + 1, readTo + 1 + SPEECH_POINT_REACH)));
          speechFrom = opening ? readTo + 1 + opening[0].length : pointsGoOn ? readTo + 1 : -1;
          // …决定…第十一次会议9月10日至13日在京举行 (a headline)\n…委员长会议27日在京举行: a day still to come that the
          // headline announces is no month for the body's days, nor the day a 当天 of it means.
          if (readTo === headlineEnd && dayContext && comesAfter(dayContext, ref)) {
            const coming = dayContext;
            dayContext = null;
            if (lastDay === coming) lastDay = null;
            if (storyDay === coming) storyDay = null;
            if (reportDay === coming) reportDay = null;
          }
        }
      }
      const mentionText = text.slice(expression.start, expression.end);
      const context = dayContext ?? (ref?.month !== undefined ? null : monthContext);
      // 克雷库总统昨晚在…会见时说，: a date before the speech verb is the narrative's.
      const speaking = speechFrom >= 0 && expression.start >= speechFrom;
      while (speechIndex < sentenceSpeech.length && sentenceSpeech[speechIndex].to <= expression.start) speechIndex++;
      const said = sentenceSpeech[speechIndex];
      const speakingInSentence = !speaking && said !== undefined && said.from <= expression.start;
      const saidOn = quoted ? narrativeDay : speaking && !narrativeDay ? reportDay : speakingInSentence ? (narrativeDay ?? storyDay) : null;
      const speechDay = saidOn && recentBefore(saidOn.from, referenceDay(ref)) ? saidOn : null;
      const opensSchedule = expression.from.relativeDay?.partOfDay === true && (expression.start === 0 || text.charCodeAt(expression.start - 1) === NEWLINE);
      const ahead = aheadOf(text, expression.start, expression.end);
      const resolved = resolveFrom(expression.from, ref, context, (opensSchedule ? scheduleDay : null) ?? lastDay, yearNamed, speechDay, ahead);
      // 去年7月底8月初: a month written right after a date of a year, with no year of its own, is in that year.
      const previous = mentions[mentions.length - 1];
      const gluedYear = previous !== undefined && previous.end === expression.start && yearlessMonth(expression.from) && /^\d{4}-/.test(previous.value)
        ? Number(previous.value.slice(0, 4)) : undefined;
      const year = gluedYear ?? listedMonthYear(text, previous, expression.start, expression.from, ref);
      const holidayYear = quotedHolidayYear(text, previous, expression.start, expression.from);
      const { date: from, resolution } = holidayYear !== undefined && holidayYear !== resolved.date.year
        ? { date: resolveHoliday({ ...expression.from, year: holidayYear }, ref).date, resolution: { kind: 'earlierDate' as const, from: previous!.text } }
        : year !== undefined && year !== resolved.date.year
          ? { date: { ...resolved.date, year }, resolution: { kind: 'earlierDate' as const, from: previous!.text } } : resolved;
      // 比上年 after 上年 counts from the same year, not from the one before it.
      const namesYear = (expression.from.year !== undefined && !expression.from.decade) || (expression.from.relativeYear !== undefined && !expression.from.relativeYear.fromYearNamed);
      if (namesYear && typeof from.year === 'number') yearNamed = { year: from.year, resolution: { kind: 'earlierDate', from: mentionText } };
      const to = expression.to ? resolveTo(expression.to, from, ref) : null;
      const mention: DateMention = {
        start: expression.start,
        end: expression.end,
        text: mentionText,
        value: valueOf(expression, from, to),
        resolvedBy: describe(resolution),
        resolution,
      };
      if (expression.open && !to) mention.open = expression.open;
      const mismatch = weekdayMismatch(expression, from);
      if (mismatch) mention.weekdayMismatch = mismatch;
      mentions.push(mention);
      // 三天前: the background of the day told, which a later 当天 does not mean.
      if (expression.from.relativeDay?.countsBack) continue;
      // 在“五一”国际劳动节到来之际，…。上午10时，大会开始: an occasion ahead is no day of the narrative.
      if (OCCASION_AHEAD.test(text.slice(expression.end, expression.end + OCCASION_AHEAD_REACH))) continue;
      // 举行2015年春节团拜会: a holiday that names the gathering held for it is no day of the narrative either.
      if (expression.from.holiday && HOLIDAY_GATHERING.test(text.slice(expression.end, expression.end + HOLIDAY_GATHERING_REACH))) continue;
      // A whole week (本周) is no day a later 当天 means.
      const isDay = typeof from.day === 'number' && typeof from.month === 'number' && !(expression.from.relativeWeek && expression.to);
      if (!statesMonth(expression) && !isDay) continue;
      const earlier: EarlierDate = { text: mentionText, from, to: to ?? from, resolution: { kind: 'earlierDate', from: mentionText } };
      if (opensSchedule) scheduleDay = earlier;
      // Another day of the narrative ends the schedule; a date of another year (a background) does not.
      else if (isDay && (ref === null || from.year === ref.year)) scheduleDay = null;
      if (statesMonth(expression)) {
        if (typeof from.day === 'number') dayContext = earlier;
        else monthContext = earlier;
      }
      // 今天 said within a sentence's or a paragraph's speech (李克强表示，…昨天，…) is no day a later 当天 of the narrative means.
      const saidRelative = (quoted && expression.from.relativeDay?.anchor === 'today') || ((speaking || speakingInSentence) && expression.from.relativeDay !== undefined);
      // Nor is a day a speaker says he will act on (哈里里表示将于22日返回。哈里里是当天早些时候…飞抵巴黎的: the day told).
      if (ahead === 'marked' && saidInSentenceBefore(text, expression.start)) continue;
      // 就12月11日…遭遇恐怖爆炸袭击: the day a message is about is no day a later 同一天 means.
      if (dateWords.topicMarkers.has(text.charAt(expression.start - 1))) continue;
      if (isDay && !saidRelative) lastDay = earlier;
      if (isDay && !quoted && !speakingInSentence) narrativeDay = earlier;
      if (isDay && !quoted && !speaking && !speakingInSentence) storyDay = earlier;
      // A day the narrative states (当地时间11月18日下午, 李克强6日在…会见), not a relative word that may stand in speech (他说：…昨天).
      if (isDay && !quoted && !speaking && (statesMonth(expression) || expression.from.day !== undefined)) reportDay = earlier;
    }
    return mentions;
  } catch {
    // A recogniser bug must not take the editor down; an empty result is the safe answer.
    return [];
  }
}
