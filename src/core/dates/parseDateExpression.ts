/**
 * Parses one date expression at a given position: a point (2014年5月28日, 今年5月, 27日下午,
 * 2023-08-27), a range (8月27日至28日, 2021—2025年, 5—6月) or an open interval (2010年以来).
 * Every step reads a bounded number of characters, so one attempt costs O(1).
 */
import { readNumberAt, isArabicDigit, isChineseNumeral, type NumberToken } from './chineseNumerals';
import { dateWords, matchWordAt, type CharSet, type MonthPartWord, type RelativeDayWord, type WordTable } from './dateWords';
import { CENTURY_YEARS, DECADE_YEARS, daysInMonth, isPlausibleYear } from './calendar';
import { granularityOf, type DateExpression, type DateFields, type Granularity } from './dateTypes';
import { HAN } from '../text/characters';
import eventTriggers from '../../../data/event-triggers.json';

/** 'start' is a fresh expression; 'rangeEnd' follows 至/— and may be a bare day or use 号. */
type PointRole = 'start' | 'rangeEnd';

interface ParsedPoint {
  end: number;
  fields: DateFields;
  /** Set when the point was itself a shared-unit range (2021—2025年, 8月27—28日). */
  sharedRangeTo?: DateFields;
}

const isAsciiLetter = (ch: string): boolean => /^[A-Za-z]$/.test(ch);

/** True when a number starting at `pos` is not the tail of a longer number, a decimal or an ordinal (第5). */
function startsAtNumberBoundary(text: string, pos: number): boolean {
  if (pos === 0) return true;
  if (dateWords.blockedBeforeNumber.at(text, pos - 1)) return false;
  const before = text[pos - 1];
  if (isArabicDigit(text[pos])) return !isArabicDigit(before) && !isAsciiLetter(before) && before !== '.' && before !== '．';
  return !isChineseNumeral(before);
}

const isYearNumber = (n: NumberToken): boolean => n.digitByDigit && n.length === 4 && isPlausibleYear(n.value);
/** 08 and 8 are months, 008 is not; 十二 (two characters, with tens) is. */
const hasDateFieldLength = (n: NumberToken): boolean => (n.script === 'chinese' && !n.digitByDigit) || n.length <= 2;
const isMonthNumber = (n: NumberToken): boolean => hasDateFieldLength(n) && n.value >= 1 && n.value <= 12;
const isDayNumber = (n: NumberToken, month: number | undefined, year: number | undefined): boolean =>
  hasDateFieldLength(n) && n.value >= 1 && n.value <= (month === undefined ? 31 : daysInMonth(month, year ?? null));

/** Fields with `month` and `day` set on top of the year part of `base`. Built explicitly (no spread): this runs per date. */
const withMonthDay = (base: DateFields, month: number | undefined, day?: number): DateFields => ({
  year: base.year,
  relativeYear: base.relativeYear,
  month,
  day,
});

const unitAt = (text: string, pos: number, units: CharSet): boolean => units.at(text, pos);

/** End of a range separator (至, 到, —, -, ~ …) at `pos`, or −1. Dashes may have one space either side. */
export function rangeSeparatorEnd(text: string, pos: number): number {
  const spaced = text.charAt(pos) === ' ' || text.charAt(pos) === '\u3000';
  const sepPos = spaced ? pos + 1 : pos;
  const sep = matchWordAt(text, sepPos, dateWords.rangeSeparators);
  if (!sep) return -1;
  const allowsSpace = dateWords.spacedRangeSeparators.has(sep.word);
  if (spaced && !allowsSpace) return -1;
  const end = sepPos + sep.word.length;
  return allowsSpace && (text.charAt(end) === ' ' || text.charAt(end) === '\u3000') ? end + 1 : end;
}

/**
 * `first` followed by a separator, a second number and a unit that both share: 2021—2025年, 5—6月, 27至28日.
 * Returns the second number and the end (after the unit), or null.
 */
function readSharedUnit(
  text: string,
  first: NumberToken,
  units: CharSet,
  isValid: (n: NumberToken) => boolean,
): { second: NumberToken; end: number } | null {
  const sepEnd = rangeSeparatorEnd(text, first.end);
  // ２、３月份: two consecutive numbers listed, not any two (5、8日 are two days).
  const listed = sepEnd < 0 && dateWords.listMarks.at(text, first.end);
  if (sepEnd < 0 && !listed) return null;
  const second = readNumberAt(text, listed ? first.end + 1 : sepEnd);
  if (!second || !unitAt(text, second.end, units)) return null;
  if (!isValid(first) || !isValid(second) || second.value <= first.value || (listed && second.value !== first.value + 1)) return null;
  return { second, end: second.end + 1 };
}

/** 2023-08-27, 2023.8.27, 2023/8/27 (the same separator twice). */
function readNumericDate(text: string, year: NumberToken): ParsedPoint | null {
  if (year.script !== 'arabic') return null;
  const sep = text.charAt(year.end);
  if (!dateWords.numericDateSeparators.has(sep)) return null;
  const month = readNumberAt(text, year.end + 1);
  if (!month || month.script !== 'arabic' || !isMonthNumber(month) || text.charAt(month.end) !== sep) return null;
  const day = readNumberAt(text, month.end + 1);
  if (!day || day.script !== 'arabic' || !isDayNumber(day, month.value, year.value)) return null;
  // 2023.8.27.5 or 2023-08-27-01 is an identifier, not a date.
  if (text.charAt(day.end) === sep && isArabicDigit(text.charAt(day.end + 1))) return null;
  return { end: day.end, fields: { year: year.value, month: month.value, day: day.value } };
}

/** Month and day after an optional year: 5月, 5月28日, 5—6月, 8月27—28日, or a bare day 27日. */
function readMonthAndDay(text: string, num: NumberToken, fields: DateFields, role: PointRole): ParsedPoint | null {
  if (unitAt(text, num.end, dateWords.monthUnits)) {
    if (!isMonthNumber(num)) return null;
    const withMonth = withMonthDay(fields, num.value);
    const afterMonth = num.end + 1;
    const day = readNumberAt(text, afterMonth);
    if (!day) return { end: afterMonth, fields: withMonth };
    const isDay = (n: NumberToken) => isDayNumber(n, num.value, fields.year);
    if (unitAt(text, day.end, dateWords.dayUnits) && isDay(day)) {
      return { end: day.end + 1, fields: withMonthDay(fields, num.value, day.value) };
    }
    const dayRange = readSharedUnit(text, day, dateWords.dayUnits, isDay);
    if (dayRange) {
      return { end: dayRange.end, fields: withMonthDay(fields, num.value, day.value), sharedRangeTo: withMonthDay(fields, num.value, dayRange.second.value) };
    }
    return { end: afterMonth, fields: withMonth };
  }
  const monthRange = readSharedUnit(text, num, dateWords.monthUnits, isMonthNumber);
  if (monthRange) {
    return { end: monthRange.end, fields: withMonthDay(fields, num.value), sharedRangeTo: withMonthDay(fields, monthRange.second.value) };
  }
  if (fields.year !== undefined || fields.relativeYear !== undefined) return null;
  return readBareDay(text, num, role);
}

/** 十日 is also ten days (十日谈): the last Chinese-numeral day that needs a follower to be believed. */
const LAST_ONE_NUMERAL_DAY = 10;

/** Whether a month's day written with Arabic digits and `unit` ends at `end` (10月21号|和22号). */
function monthDayEndsAt(text: string, end: number, unit: string): boolean {
  if (text.charAt(end - 1) !== unit) return false;
  let digits = 0;
  while (digits < MOST_DAY_DIGITS && isArabicDigit(text.charAt(end - 2 - digits))) digits++;
  return digits > 0 && dateWords.monthUnits.at(text, end - 2 - digits);
}
/** A day has one or two digits. */
const MOST_DAY_DIGITS = 2;
/** What a sentence's first character follows: nothing (the text's start), a line break or a sentence's end. */
const SENTENCE_OPENING = /^(?:|[\n。！？])$/;
const CLAUSE_COMMA = /^[，,]$/;
/** 当地时间, 北京时间: the time zone a date is told in (event-triggers.json timeZones). */
const TIME_ZONES: readonly string[] = eventTriggers.timeZones;

const ATTRIBUTIVE = '的';
/** The most characters of a meeting's name after a day and 的 (北约防长会议). */
const MEETING_NAME_REACH = 10;
/** A meeting's name (event-triggers.json meetings) ending within reach, no mark before it. */
const MEETING_AFTER_DAY = new RegExp(`^[^，。；：、！？,.;:!?\\s]{0,${MEETING_NAME_REACH - 2}}(?:${[...eventTriggers.meetings].sort((a, b) => b.length - a.length).join('|')})`);

/** 27日 with no month: the month comes from context later. Stricter at the start of an expression. */
function readBareDay(text: string, num: NumberToken, role: PointRole): ParsedPoint | null {
  const isDay = (n: NumberToken) => isDayNumber(n, undefined, undefined);
  if (role === 'rangeEnd') {
    return unitAt(text, num.end, dateWords.dayUnits) && isDay(num) ? { end: num.end + 1, fields: { day: num.value } } : null;
  }
  const bareUnit = unitAt(text, num.end, dateWords.bareDayUnits);
  if ((bareUnit || unitAt(text, num.end, dateWords.dayUnits)) && isDay(num)) {
    const end = num.end + 1;
    if (dateWords.bareDayBlockedAfter.some((w) => text.startsWith(w, end))) return null;
    // 一日千里, 三日 …: a Chinese-numeral bare day, and 30号 (more often a house or a line), need a time of
    // day (二十七日下午, 30号上午) to be believed, or a following act (十七日在北京, 9号在意大利…举行) or 于
    // before it (此前于十四日); 30号 also its weekday (22号星期一).
    const dayInContext = () => dateWords.chineseBareDayFollowers.some((w) => text.startsWith(w, end)) ||
      (num.script === 'chinese' && dateWords.chineseBareDayLeaders.has(text.charAt(num.start - 1)));
    // 7号和9号召开: a day listed before a believed day of its kind is believed with it.
    const listedBeforeDay = () => {
      if (!dateWords.dateListJoiners.has(text.charAt(end))) return false;
      const next = readNumberAt(text, end + 1);
      return next !== null && next.script === num.script && text.charAt(next.end) === text.charAt(num.end) && readBareDay(text, next, role) !== null;
    };
    // 10月21号和22号: a day listed after a month's day of its unit is believed with it.
    const listedAfterMonthDay = () => dateWords.dateListJoiners.has(text.charAt(num.start - 1)) && monthDayEndsAt(text, num.start - 1, text.charAt(num.end));
    // 。22号，张高丽和…主持: a day that opens a sentence, set off by a comma, is the time the sentence is about; so is
    // one after the time zone it is told in (。当地时间29号，).
    const zone = TIME_ZONES.find((word) => text.startsWith(word, num.start - word.length))?.length ?? 0;
    const opensSentence = () => SENTENCE_OPENING.test(text.charAt(num.start - zone - 1)) && CLAUSE_COMMA.test(text.charAt(end));
    // 15号的北约防长会议: a day that a meeting's name after 的 is held on (a house's number qualifies a house).
    const dayOfMeeting = () => text.charAt(end) === ATTRIBUTIVE && MEETING_AFTER_DAY.test(text.slice(end + 1, end + 1 + MEETING_NAME_REACH));
    // 香港十六日通报: a day of two or three Chinese numerals is a date unless a word before makes it a count.
    const longChineseDay = () => num.script === 'chinese' && bareUnit && num.value > LAST_ONE_NUMERAL_DAY &&
      !dateWords.chineseBareDayDurationBefore.some((w) => text.startsWith(w, num.start - w.length));
    const believed = matchWordAt(text, end, dateWords.timesOfDay) || ((num.script === 'chinese') === bareUnit && dayInContext()) ||
      (!bareUnit && readWeekday(text, end) !== null) || listedBeforeDay() || longChineseDay() || listedAfterMonthDay() || (num.script === 'arabic' && (opensSentence() || dayOfMeeting()));
    if ((num.script === 'chinese' || !bareUnit) && !believed) return null;
    return { end, fields: { day: num.value } };
  }
  const dayRange = readSharedUnit(text, num, dateWords.bareDayUnits, isDay);
  if (dayRange && num.script === 'arabic') {
    return { end: dayRange.end, fields: { day: num.value }, sharedRangeTo: { day: dayRange.second.value } };
  }
  return null;
}

/** 今天, 当天, 次日 …; with a date in brackets after it (今天（8月28日）) that date, over the whole span. */
function readRelativeDay(text: string, pos: number): ParsedPoint | null {
  const word = matchWordAt(text, pos, dateWords.relativeDays);
  if (!word) return null;
  const end = pos + word.word.length;
  if (dateWords.openParentheses.at(text, end)) {
    const inner = readPoint(text, end + 1, 'start');
    if (inner && !inner.sharedRangeTo && granularityOf(inner.fields) === 'day' && dateWords.closeParentheses.at(text, inner.end)) {
      return { end: inner.end + 1, fields: inner.fields };
    }
  }
  return { end, fields: { relativeDay: word } };
}

/** 两 of 两年前 or 两天后: a count that is no date numeral (两日 is two days), read only before the years-ago or days-apart word. */
function yearsAgoCount(text: string, pos: number): NumberToken | null {
  const value = dateWords.yearsAgoCounts.get(text.charCodeAt(pos));
  const counts = value !== undefined && (text.startsWith(dateWords.yearsAgo.word, pos + 1) || daysApartWordAt(text, pos + 1, true) !== undefined);
  return counts ? { start: pos, end: pos + 1, value, length: 1, script: 'chinese', digitByDigit: true } : null;
}

/**
 * The days-apart word at `pos` (天后, 天前; 日后 only after a count no day of the month is written with; 周前, 个星期后 in
 * weeks), which way it counts, and how many days each counted unit is.
 */
function daysApartWordAt(text: string, pos: number, afterCount: boolean): { word: string; sign: 1 | -1; days: number } | undefined {
  const apart = dateWords.daysApart;
  const at = (words: readonly string[]) => words.find((word) => text.startsWith(word, pos));
  const later = at(apart.later) ?? (afterCount ? at(apart.laterAfterCount) : undefined);
  if (later) return { word: later, sign: 1, days: 1 };
  const earlier = at(apart.earlier);
  if (earlier) return { word: earlier, sign: -1, days: 1 };
  const weeksLater = at(apart.weeksLater);
  if (weeksLater) return { word: weeksLater, sign: 1, days: apart.weekDays };
  const weeksEarlier = at(apart.weeksEarlier);
  return weeksEarlier ? { word: weeksEarlier, sign: -1, days: apart.weekDays } : undefined;
}

/**
 * 两天后 (after the last date), 三天前 (before the reference date): that many days apart, a day of its own, where it
 * opens a clause; elsewhere it counts from a happening, not a date (批准计划的两天后, 选举21天前, 劳累了一天之后).
 */
function readDaysApart(text: string, num: NumberToken): ParsedPoint | null {
  const apart = dateWords.daysApart;
  if (num.value < 1 || num.value > apart.most || !CLAUSE_OPENS_AFTER.test(text.charAt(num.start - 1))) return null;
  const afterCount = num.end === num.start + 1 && dateWords.yearsAgoCounts.has(text.charCodeAt(num.start));
  const word = daysApartWordAt(text, num.end, afterCount);
  if (!word) return null;
  const end = num.end + word.word.length;
  if (apart.blockedAfter.includes(text.charAt(end))) return null;
  const relativeDay = { word: text.slice(num.start, end), offset: word.sign * num.value * word.days, anchor: word.sign > 0 ? 'lastDate' as const : 'today' as const, countsBack: word.sign < 0 };
  return { end, fields: { relativeDay } };
}
/** What a clause may open after: the text's or a line's start, punctuation, a space. */
const CLAUSE_OPENS_AFTER = /^(?:|[\s，。；：！？、“”（(,;:])$/;

/** 88年前的今天: an anniversary, counted back from the reference date (10年前的这个时候: its month); 80年前 alone: that many years before its year. */
function readYearsAgo(text: string, num: NumberToken): ParsedPoint | null {
  const bare = dateWords.yearsAgo;
  if (!text.startsWith(bare.word, num.end) || num.value < 1 || num.value > bare.most) return null;
  const end = num.end + bare.word.length;
  if (text.startsWith(dateWords.yearsAgoUnit, num.end)) {
    const at = num.end + dateWords.yearsAgoUnit.length;
    const word = matchWordAt(text, at, dateWords.yearsAgoDays);
    if (word) return { end: at + word.word.length, fields: { relativeDay: word, yearsAgo: num.value } };
    const month = matchWordAt(text, at, dateWords.yearsAgoMonths);
    if (month) return { end: at + month.word.length, fields: { relativeMonth: month, yearsAgo: num.value } };
  }
  if (bare.blockedAfter.includes(text.charAt(end))) return null;
  return { end, fields: { relativeYear: { word: text.slice(num.start, end), offset: -num.value } } };
}

/** 本月, 上月, 上月15日. */
function readRelativeMonth(text: string, pos: number): ParsedPoint | null {
  const word = matchWordAt(text, pos, dateWords.relativeMonths);
  if (!word) return null;
  const end = pos + word.word.length;
  const day = readNumberAt(text, end);
  if (day && unitAt(text, day.end, dateWords.dayUnits) && isDayNumber(day, undefined, undefined)) {
    return { end: day.end + 1, fields: { relativeMonth: word, day: day.value } };
  }
  return { end, fields: { relativeMonth: word } };
}

/**
 * 本周, 上周 (the seven days of the week, Monday to Sunday), 上周末 (its Saturday and Sunday), 上周三 / 下星期一 (the
 * day: a weekday word that starts inside the week's word and goes past it).
 */
function readRelativeWeek(text: string, pos: number): ParsedPoint | null {
  const week = matchWordAt(text, pos, dateWords.relativeWeeks);
  if (!week) return null;
  const end = pos + week.word.length;
  for (let at = pos + 1; at < end; at++) {
    const weekday = matchWordAt(text, at, dateWords.weekdays);
    if (weekday && at + weekday.word.length > end) return { end: at + weekday.word.length, fields: { relativeWeek: week, weekDay: weekday.day || DAYS_IN_WEEK } };
  }
  const weekEnd = text.startsWith(dateWords.weekEnd, end);
  return {
    end: weekEnd ? end + dateWords.weekEnd.length : end,
    fields: { relativeWeek: week, weekDay: weekEnd ? DAYS_IN_WEEK - 1 : 1 },
    sharedRangeTo: { relativeWeek: week, weekDay: DAYS_IN_WEEK },
  };
}
/** Sunday, the week's last day (the weekday words count it 0). */
const DAYS_IN_WEEK = 7;

/** 二季度, 上半年 after `fields`' year (or none): the months they name. */
function readYearPart(text: string, pos: number, fields: DateFields): ParsedPoint | null {
  const part = matchWordAt(text, pos, dateWords.yearParts);
  if (part) return { end: pos + part.word.length, fields: { year: fields.year, relativeYear: fields.relativeYear, months: part.months } };
  // 今年前4个月: after a year, its first months; alone (前7个月，全国…), this year's where a clause opens with them.
  const alone = fields.year === undefined && fields.relativeYear === undefined;
  const count = !alone || CLAUSE_OPENING.test(text.charAt(pos - 1)) ? readFirstMonths(text, pos) : null;
  return count && { end: count.end, fields: { year: fields.year, relativeYear: fields.relativeYear, months: [1, count.months], ...(alone && { monthsPast: true }) } };
}

/** 前4个月, 前十个月: the year's first months (2 to 11 of them). */
function readFirstMonths(text: string, pos: number): { end: number; months: number } | null {
  if (!text.startsWith(FIRST_MONTHS_BEFORE, pos)) return null;
  const num = readNumberAt(text, pos + FIRST_MONTHS_BEFORE.length);
  if (!num || num.value < 2 || num.value > 11 || !text.startsWith(FIRST_MONTHS_AFTER, num.end)) return null;
  return { end: num.end + FIRST_MONTHS_AFTER.length, months: num.value };
}
/** What a clause opens after: the text's start, a mark, a line's start (the empty string: pos 0). */
const CLAUSE_OPENING = /^(?:|[，。；：！？\n])$/;
const FIRST_MONTHS_BEFORE = '前';
const FIRST_MONTHS_AFTER = '个月';

/** 元旦, 春节 after `fields`' year (or none). */
function readHoliday(text: string, pos: number, fields: DateFields): ParsedPoint | null {
  const holiday = matchWordAt(text, pos, dateWords.holidays);
  return holiday && { end: pos + holiday.word.length, fields: { year: fields.year, relativeYear: fields.relativeYear, holiday } };
}

/** ’９７: an apostrophe, then two Arabic digits that end the number. */
function readYearOfCentury(text: string, pos: number): ParsedPoint | null {
  if (!dateWords.yearApostrophes.at(text, pos)) return null;
  const num = readNumberAt(text, pos + 1);
  return num && num.script === 'arabic' && num.length === 2 ? { end: num.end, fields: { yearOfCentury: num.value } } : null;
}

/** 上世纪50年代, 20世纪六七十年代, 八十年代: decades of a century named before them, or of none (2010年代 is read as a year). */
function readDecades(text: string, pos: number): ParsedPoint | null {
  const relative = matchWordAt(text, pos, dateWords.relativeCenturies);
  let at = pos;
  let centuryFirstYear: number | undefined;
  if (relative) {
    at += relative.word.length;
  } else {
    if (!startsAtNumberBoundary(text, pos)) return null;
    const century = readNumberAt(text, pos);
    if (century && century.value >= 1 && text.startsWith(dateWords.centuryUnit, century.end)) {
      at = century.end + dateWords.centuryUnit.length;
      centuryFirstYear = (century.value - 1) * CENTURY_YEARS;
    }
  }
  const tens = readDecadeTens(text, at);
  if (!tens || !text.startsWith(dateWords.decadeSuffix, tens.end + 1) || !dateWords.yearUnits.at(text, tens.end)) return null;
  const end = tens.end + 1 + dateWords.decadeSuffix.length;
  const decade = { count: tens.count };
  if (centuryFirstYear !== undefined) return { end, fields: { year: centuryFirstYear + tens.first, decade } };
  return { end, fields: { decade: { ...decade, yearOfCentury: tens.first, centuryOffset: relative?.offset } } };
}

/** 50, 五十 (one decade) or 六七十 (two: two digits in a row, then 十) before 年代: the first decade's years in its century. */
function readDecadeTens(text: string, pos: number): { first: number; count: number; end: number } | null {
  const firstDigit = dateWords.chineseDigits.get(text.charAt(pos));
  if (firstDigit !== undefined && dateWords.chineseDigits.get(text.charAt(pos + 1)) === firstDigit + 1 && dateWords.chineseTens.get(text.charAt(pos + 2)) === DECADE_YEARS) {
    return { first: firstDigit * DECADE_YEARS, count: 2, end: pos + 3 };
  }
  const num = readNumberAt(text, pos);
  const isTens = num !== null && num.value % DECADE_YEARS === 0 && num.value > 0 && num.value < CENTURY_YEARS && (num.script === 'chinese' ? !num.digitByDigit : num.length === 2);
  return isTens ? { first: num.value, count: 1, end: num.end } : null;
}

/** A single point (or shared-unit range) at `pos`. */
function readPoint(text: string, pos: number, role: PointRole): ParsedPoint | null {
  const named = readDecades(text, pos) ?? readYearOfCentury(text, pos) ?? readRelativeDay(text, pos) ?? readRelativeMonth(text, pos) ?? readRelativeWeek(text, pos) ?? readYearPart(text, pos, {}) ?? readHoliday(text, pos, {});
  if (named) return named;
  const pair = matchWordAt(text, pos, dateWords.relativeYearPairs);
  if (pair) {
    const [first, second] = pair.offsets;
    return { end: pos + pair.word.length, fields: { relativeYear: { word: pair.word, offset: first } }, sharedRangeTo: { relativeYear: { word: pair.word, offset: second } } };
  }
  const relative = matchWordAt(text, pos, dateWords.relativeYears);
  let fields: DateFields;
  let afterYear: number;
  const afterRelative = pos + (relative?.word.length ?? 0);
  if (relative && (!dateWords.relativeYearBlockedAfter.has(text.charAt(afterRelative)) || dateWords.relativeYearWordsAfter.some((word) => text.startsWith(word, afterRelative)))) {
    fields = { relativeYear: relative };
    afterYear = pos + relative.word.length;
  } else {
    if (role === 'start' && !startsAtNumberBoundary(text, pos)) return null;
    const num = readNumberAt(text, pos) ?? yearsAgoCount(text, pos);
    if (!num) return null;
    if (!isYearNumber(num)) return readYearsAgo(text, num) ?? readDaysApart(text, num) ?? readMonthAndDay(text, num, {}, role);
    const numeric = readNumericDate(text, num);
    if (numeric) return numeric;
    const yearRange = readSharedUnit(text, num, dateWords.yearUnits, isYearNumber);
    if (yearRange) return { end: yearRange.end, fields: { year: num.value }, sharedRangeTo: { year: yearRange.second.value } };
    if (!unitAt(text, num.end, dateWords.yearUnits)) return null;
    afterYear = num.end + 1;
    if (text.startsWith(dateWords.decadeSuffix, afterYear)) {
      return num.value % DECADE_YEARS === 0 ? { end: afterYear + dateWords.decadeSuffix.length, fields: { year: num.value, decade: { count: 1 } } } : null;
    }
    fields = { year: num.value };
  }
  const month = readNumberAt(text, afterYear);
  const withMonth = month ? readMonthAndDay(text, month, fields, role) : null;
  return withMonth ?? readYearPart(text, afterYear, fields) ?? readHoliday(text, afterYear, fields) ?? { end: afterYear, fields };
}

/**
 * A clock time at `pos` (9时30分, 12时, 9点钟, 6：30): its end (`pos` if there is none), whether it says it is one (minutes,
 * 钟), and whether it is written with a colon (read as one only after a time of day or opening a sentence: 3:10 may be a score).
 */
function readClockTime(text: string, pos: number): { end: number; marked: boolean; colon?: true } {
  const hour = readNumberAt(text, pos);
  if (hour && hour.value <= 24 && hasDateFieldLength(hour) && CLOCK_COLON.test(text.charAt(hour.end))) {
    const minutes = readNumberAt(text, hour.end + 1);
    return minutes && minutes.end - hour.end - 1 === MINUTE_DIGITS && minutes.value < 60 ? { end: minutes.end, marked: false, colon: true } : { end: pos, marked: false };
  }
  if (!hour || hour.value > 24 || !hasDateFieldLength(hour) || !dateWords.hourUnits.at(text, hour.end)) return { end: pos, marked: false };
  const afterHour = hour.end + 1;
  const minute = readNumberAt(text, afterHour);
  if (minute && minute.value < 60 && hasDateFieldLength(minute) && dateWords.minuteUnits.at(text, minute.end)) return { end: minute.end + 1, marked: true };
  if (dateWords.clockSuffixes.at(text, afterHour)) return { end: afterHour + 1, marked: true };
  if (dateWords.closedClockSuffixes.at(text, afterHour) && CLOCK_CLOSED_BY.test(text.charAt(afterHour + 1))) return { end: afterHour + 1, marked: true };
  return { end: afterHour, marked: false };
}

/** The colon of a clock time (6：30, 11:30), and its minutes' two digits. */
const CLOCK_COLON = /^[:：]$/;
const MINUTE_DIGITS = 2;

/** What closes a clock time ending in 整 (20时整，): punctuation, not a word that goes on (3点整改). */
const CLOCK_CLOSED_BY = /^[，。；、,;：:\s]?$/;

const skipClockTime = (text: string, pos: number): number => readClockTime(text, pos).end;

/**
 * A clock time standing alone (９点钟，…; 10时30分，…): a time on the last date mentioned, only when its minutes
 * or 钟 say it is one (三点 may be three points).
 */
function readBareClockTime(text: string, pos: number): DateExpression | null {
  const clock = readClockTime(text, pos);
  // 临近10时，: an hour approached is a time of day.
  const approached = clock.end > pos && CLOCK_CLOSED_BY.test(text.charAt(clock.end)) && dateWords.clockApproaches.some((w) => text.startsWith(w, pos - w.length));
  // 10时，丁薛祥前往主席台: an hour of 时 alone that opens a sentence, its clause closed by a comma, is the time it happens.
  const opening = clock.end > pos && (HOUR_OF_DAY.test(text.charAt(clock.end - 1)) || clock.colon === true) && opensSentenceAlone(text, pos, clock.end);
  return clock.marked || approached || opening ? { start: pos, end: clock.end, from: { relativeDay: SAME_DAY } } : null;
}
/** What a sentence opens after: nothing (the text's start), a line's end or a sentence's mark (10时，…; 上午，…). */
const OPENS_SENTENCE = /^[\n。！？；]?$/;
/** Whether text[start, end) opens a sentence and a comma closes its clause: it stands alone, as the time of what follows. */
const opensSentenceAlone = (text: string, start: number, end: number): boolean => OPENS_SENTENCE.test(text.charAt(start - 1)) && text.charAt(end) === '，';
/** The unit of an hour of the day that no count of things shares (时, not 点: 3点，…). */
const HOUR_OF_DAY = /^[时時]$/;

/** A weekday after a date, bare or in brackets (3月24日（星期五）, 3月24日周五). */
function readWeekday(text: string, pos: number): { end: number; day: number; text: string } | null {
  const bracketed = dateWords.openParentheses.at(text, pos);
  const at = bracketed ? pos + 1 : pos;
  const word = matchWordAt(text, at, dateWords.weekdays);
  if (!word) return null;
  const end = at + word.word.length;
  if (bracketed && !dateWords.closeParentheses.at(text, end)) return null;
  return { end: bracketed ? end + 1 : end, day: word.day, text: word.word };
}

/** The time of day written alone with a clock time (上午9时30分): a time on the last date mentioned. */
function readTimeOfDay(text: string, pos: number): DateExpression | null {
  const word = matchWordAt(text, pos, dateWords.timesOfDay);
  if (!word) return null;
  const end = skipClockTime(text, pos + word.word.length);
  // 上午，会议听取了…: a time of day alone that opens a sentence, its clause closed by a comma, is when it happens.
  const opening = end === pos + word.word.length && opensSentenceAlone(text, pos, end);
  return end > pos + word.word.length || opening ? { start: pos, end, from: { relativeDay: SAME_DAY } } : null;
}

const SAME_DAY: RelativeDayWord = { word: '', offset: 0, anchor: 'lastDate' };

const YEAR_DIGITS = 4;
const NO_MARK = /^[^，。；：、！？,.;:!?\s]*$/;
/** Opening quotes a happening's name may start with after its year. */
const NAME_QUOTES = new Set(['“', '「', '《']);

/**
 * 2023两岸企业家峰会…年会, 2009绿能中国国际高峰对话会: a year of four digits with no 年 that numbers the happening named
 * right after it (date-words.json namedEventYears): the name ends in an event's word within reach, no mark between,
 * and opens with no measure word (2023名代表出席大会 is a count).
 */
function readNamedEventYear(text: string, pos: number): DateExpression | null {
  const number = readNumberAt(text, pos);
  if (!number || number.script !== 'arabic' || number.length !== YEAR_DIGITS || !isPlausibleYear(number.value)) return null;
  // 2016“一带一路”媒体合作论坛: the name may open with a quoted part.
  const quoted = NAME_QUOTES.has(text.charAt(number.end)) ? 1 : 0;
  const next = text.charAt(number.end + quoted);
  const { reach, ends, notOpening } = dateWords.namedEventYears;
  if (!HAN.test(next) || notOpening.has(next) || isArabicDigit(text.charAt(pos - 1))) return null;
  const name = text.slice(number.end, number.end + reach);
  const named = ends.some((word) => {
    const at = name.indexOf(word);
    return at >= 0 && NO_MARK.test(name.slice(0, at));
  });
  return named ? { start: pos, end: number.end, from: { year: number.value } } : null;
}

/** The most years a span of two years written with no 年 may cover (a plan's, 2016-2020). */
const LONGEST_YEAR_SPAN = 15;

const OPENING_BRACKETS = new Set(['（', '(']);
const CLOSING_BRACKETS = new Set(['）', ')']);

/**
 * 科特迪瓦2016-2020国家发展规划, 2021—2025年: two years of four digits joined by a dash with no 年 between, the second
 * later and within LONGEST_YEAR_SPAN, before a name (a Han character that is no measure word: not 2016-2020名) or in
 * brackets after one: the span of years the name covers. Not inside a longer run of digits (a code, a telephone number).
 */
function readYearSpan(text: string, pos: number): DateExpression | null {
  const first = readNumberAt(text, pos);
  if (!first || first.script !== 'arabic' || first.length !== YEAR_DIGITS || !isPlausibleYear(first.value) || isArabicDigit(text.charAt(pos - 1))) return null;
  const separator = matchWordAt(text, first.end, dateWords.rangeSeparators);
  if (!separator || !dateWords.spacedRangeSeparators.has(separator.word)) return null;
  const second = readNumberAt(text, first.end + separator.word.length);
  if (!second || second.script !== 'arabic' || second.length !== YEAR_DIGITS || second.value <= first.value || second.value - first.value > LONGEST_YEAR_SPAN) return null;
  const next = text.charAt(second.end);
  // 行动计划（2021-2025）: or bracketed alone after a plan's name, the period it covers.
  const bracketed = OPENING_BRACKETS.has(text.charAt(pos - 1)) && CLOSING_BRACKETS.has(next);
  if (!bracketed && (!HAN.test(next) || dateWords.namedEventYears.notOpening.has(next))) return null;
  return { start: pos, end: second.end, from: { year: first.value }, to: { year: second.value } };
}

/** Appended words that do not change the value: 上午 after a day, 下旬 after a month, 年底 after a year. */
const qualifiersByGranularity: Record<Exclude<Granularity, 'day'>, WordTable<MonthPartWord>> = {
  month: dateWords.monthSuffixes,
  year: dateWords.yearSuffixes,
};

/** After a day, its time: 上午, 9时30分, 上午9时30分. */
function skipTimeOfDay(text: string, pos: number): number {
  const word = matchWordAt(text, pos, dateWords.timesOfDay);
  return skipClockTime(text, word ? pos + word.word.length : pos);
}

/** The end of the qualifiers after a point, and the part of the month (下旬: days 21–31) or of the year (底: December) they name. */
function skipQualifiers(text: string, pos: number, fields: DateFields): { end: number; days?: [number, number]; months?: [number, number] } {
  const granularity = granularityOf(fields);
  if (granularity === 'day') return { end: skipTimeOfDay(text, pos) };
  const words: WordTable<MonthPartWord> = qualifiersByGranularity[granularity];
  let end = pos;
  let days: [number, number] | undefined;
  let months: [number, number] | undefined;
  // At most two (8月份下旬, 2023年年底); bounded so the scan stays O(1) per attempt.
  for (let i = 0; i < 2; i++) {
    const word = matchWordAt(text, end, words);
    if (!word) break;
    end += word.word.length;
    days ??= word.days;
    months ??= word.months;
  }
  return { end, days, months };
}

/**
 * 3月1日至6月底, 2022年起到2023年6月底: a range whose end is a part of a month (底, 下旬, 初) runs to that part's last day,
 * whatever the start's unit; a start of a year or a month opens on its first day. Other mixed units stay apart.
 */
function rangeEndInMonthPart(text: string, to: ParsedPoint, fromFields: DateFields): Omit<DateExpression, 'start'> | null {
  if (granularityOf(to.fields) !== 'month') return null;
  const { end, days } = skipQualifiers(text, to.end, to.fields);
  if (!days) return null;
  const fromGranularity = granularityOf(fromFields);
  const from =
    fromGranularity === 'day' ? fromFields
    : fromGranularity === 'year' ? { ...fromFields, months: undefined, month: fromFields.months?.[0] ?? 1, day: 1 }
    : null;
  return from ? { end, from, to: { ...to.fields, day: days[1] } } : null;
}

/**
 * 今年10月1日至2023年底: a range from a day or a month whose end is the first or last month of a year (初, 底, 末) runs
 * to that month.
 */
function rangeEndInYearPart(text: string, to: ParsedPoint, fromFields: DateFields): Omit<DateExpression, 'start'> | null {
  if (granularityOf(to.fields) !== 'year' || granularityOf(fromFields) === 'year') return null;
  const { end, months } = skipQualifiers(text, to.end, to.fields);
  return months ? { end, from: fromFields, to: { ...to.fields, month: months[1] } } : null;
}

/**
 * 2月底至5月, 3月中旬至4月底, 2月底至3月5日: a range that opens on a part of a month runs from that part's first day to
 * the end's day, the last day of a month (or of its part) named whole.
 */
function rangeFromMonthPart(text: string, end: number, fields: DateFields, days: [number, number]): Omit<DateExpression, 'start'> | null {
  const sepEnd = rangeSeparatorEnd(text, end);
  const to = sepEnd >= 0 ? readPoint(text, sepEnd, 'rangeEnd') : null;
  if (!to || to.sharedRangeTo || to.fields.decade) return null;
  const from = { ...fields, day: days[0] };
  const toGranularity = granularityOf(to.fields);
  const { end: toEnd, days: toDays } = skipQualifiers(text, to.end, to.fields);
  if (toGranularity === 'day') return { end: toEnd, from, to: to.fields };
  if (toGranularity !== 'month' || to.fields.month === undefined) return null;
  return { end: toEnd, from, to: { ...to.fields, day: toDays ? toDays[1] : daysInMonth(to.fields.month, null) } };
}

/** 8月下旬 as the range of days it names. */
function monthPart(start: number, end: number, fields: DateFields, days: [number, number]): DateExpression {
  return { start, end, from: { ...fields, day: days[0] }, to: { ...fields, day: days[1] } };
}

/** The date expression starting exactly at `pos`, or null. */
export function parseDateExpressionAt(text: string, pos: number): DateExpression | null {
  const from = readPoint(text, pos, 'start');
  if (!from) return readTimeOfDay(text, pos) ?? readBareClockTime(text, pos) ?? readYearSpan(text, pos) ?? readNamedEventYear(text, pos);
  if (from.sharedRangeTo) {
    return { start: pos, end: skipQualifiers(text, from.end, from.sharedRangeTo).end, from: from.fields, to: from.sharedRangeTo };
  }
  const weekday = granularityOf(from.fields) === 'day' ? readWeekday(text, from.end) : null;
  const stated = weekday ? { day: weekday.day, text: weekday.text } : undefined;
  const { end, days: suffixDays, months } = skipQualifiers(text, weekday?.end ?? from.end, from.fields);
  if (months && !from.fields.months) from.fields = { ...from.fields, months };
  const days = suffixDays ?? from.fields.relativeMonth?.days;
  if (from.fields.decade) return { start: pos, end, from: from.fields };
  if (days && (from.fields.month !== undefined || from.fields.relativeMonth !== undefined)) {
    // 9月中旬以来: open from the part's first day.
    const partOpenEnd = matchWordAt(text, end, dateWords.openEndSuffixes);
    if (partOpenEnd) return { start: pos, end: end + partOpenEnd.word.length, from: { ...from.fields, day: days[0] }, open: 'after' };
    const range = rangeFromMonthPart(text, end, from.fields, days);
    return range ? { start: pos, ...range } : monthPart(pos, end, from.fields, days);
  }

  const openEnd = matchWordAt(text, end, dateWords.openEndSuffixes);
  if (openEnd) return { start: pos, end: end + openEnd.word.length, from: from.fields, open: 'after' };
  const openStart = matchWordAt(text, end, dateWords.openStartSuffixes);
  if (openStart) return { start: pos, end: end + openStart.word.length, from: from.fields, open: 'before' };

  const sepEnd = rangeSeparatorEnd(text, end);
  if (sepEnd >= 0) {
    const to = readPoint(text, sepEnd, 'rangeEnd');
    if (to && !to.sharedRangeTo && !to.fields.decade && granularityOf(to.fields) === granularityOf(from.fields)) {
      // 今年下半年到明年年底: the end's part of its year (年底: December) is kept, as the start's is.
      const { end: toEnd, months: toMonths } = skipQualifiers(text, to.end, to.fields);
      return { start: pos, end: toEnd, from: from.fields, to: toMonths && !to.fields.months ? { ...to.fields, months: toMonths } : to.fields };
    }
    const toPart = to && !to.sharedRangeTo && !to.fields.decade ? rangeEndInMonthPart(text, to, from.fields) ?? rangeEndInYearPart(text, to, from.fields) : null;
    if (toPart) return { start: pos, ...toPart };
  }
  const following = !stated ? followingDayListed(text, from.end, end, from.fields) : null;
  if (following) return { start: pos, end: following.end, from: from.fields, to: { ...from.fields, day: following.day } };
  return { start: pos, end, from: from.fields, ...(stated ? { weekday: stated } : {}) };
}

/**
 * 27日和28日, 10月21号和22号, 3月5日下午和6日上午: a day listed with the next day, in the same unit, is the span of the two
 * (7号和9号 stays two dates: the day between is not in it). `dayEnd` is where the first day's unit ends, `end` where
 * its time of day does.
 */
function followingDayListed(text: string, dayEnd: number, end: number, fields: DateFields): { end: number; day: number } | null {
  if (fields.day === undefined || !unitAt(text, dayEnd - 1, dateWords.dayUnits) || !dateWords.dateListJoiners.has(text.charAt(end))) return null;
  const next = readNumberAt(text, end + 1);
  if (!next || next.value !== fields.day + 1 || text.charAt(next.end) !== text.charAt(dayEnd - 1)) return null;
  return isDayNumber(next, fields.month, fields.year) ? { end: skipTimeOfDay(text, next.end + 1), day: next.value } : null;
}
