/** The day a holiday falls on in a given year: fixed (元旦), lunar (春节, read from Intl's Chinese calendar) or a solar term's (清明节). */
import type { HolidayWord } from './dateWords';
import { CENTURY_YEARS, dayNumber } from './calendar';

interface Day { year: number; month: number; day: number }

/** The Chinese calendar (month and day), made on first use; null where this runtime has none. */
let chineseCalendar: Intl.DateTimeFormat | null | undefined;
function chineseFormat(): Intl.DateTimeFormat | null {
  if (chineseCalendar === undefined) {
    try {
      chineseCalendar = new Intl.DateTimeFormat('zh-CN-u-ca-chinese', { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
    } catch {
      chineseCalendar = null;
    }
  }
  return chineseCalendar;
}

/** Lunar days found, by Gregorian year and lunar month and day (null: none that year). */
const lunarDays = new Map<string, Day | null>();

/**
 * The first day of the Gregorian `year` that is lunar `month`/`day` (a leap month, 闰2, is not the month a
 * holiday names). The year is walked a lunar month at a time, not a day at a time (a corpus worker met every
 * year's 365 formats): a lunar month has 29 or 30 days, so from lunar day d the next month starts 30 − d or
 * 31 − d days on, and in the wanted month its day is day − d days on. No day that could match is stepped over.
 */
function lunarDay(year: number, month: number, day: number): Day | null {
  const key = `${year}-${month}-${day}`;
  const known = lunarDays.get(key);
  if (known !== undefined) return known;
  let found: Day | null = null;
  const format = chineseFormat();
  try {
    for (let date = new Date(Date.UTC(year, 0, 1)); format && date.getUTCFullYear() === year; ) {
      const parts = format.formatToParts(date);
      const lunarMonth = Number(parts.find((p) => p.type === 'month')?.value);
      const lunarDate = Number(parts.find((p) => p.type === 'day')?.value);
      if (lunarMonth === month && lunarDate === day) {
        found = { year, month: date.getUTCMonth() + 1, day: date.getUTCDate() };
        break;
      }
      const step = !Number.isInteger(lunarDate) ? 1 : lunarMonth === month && lunarDate < day ? day - lunarDate : Math.max(1, 30 - lunarDate);
      date.setUTCDate(date.getUTCDate() + step);
    }
  } catch {
    // No Chinese calendar in this runtime: lunar holidays stay unresolved.
  }
  lunarDays.set(key, found);
  return found;
}

/** The holiday's day in `year`, or null if it cannot be worked out. */
export function holidayIn(holiday: HolidayWord, year: number): Day | null {
  if (holiday.month !== undefined && holiday.day !== undefined) return { year, month: holiday.month, day: holiday.day };
  if (holiday.solarTerm) return solarTermDay(holiday.solarTerm, year);
  return holiday.lunar ? lunarDay(year, holiday.lunar[0], holiday.lunar[1]) : null;
}

/** The tropical year's share of a day by which a solar term moves each year, in the usual rule for its day. */
const SOLAR_TERM_DRIFT = 0.2422;
const FIRST_SOLAR_TERM_YEAR = 1900;
const LAST_SOLAR_TERM_YEAR = 2099;
const LEAP_YEAR_EVERY = 4;
/** 清明节: day floor(Y × 0.2422 + C) − floor(Y / 4) of its month, Y the year's last two digits, C its century's; none outside 1900–2099. */
function solarTermDay([month, c1900s, c2000s]: [number, number, number], year: number): Day | null {
  if (year < FIRST_SOLAR_TERM_YEAR || year > LAST_SOLAR_TERM_YEAR) return null;
  const y = year % CENTURY_YEARS;
  const constant = year < FIRST_SOLAR_TERM_YEAR + CENTURY_YEARS ? c1900s : c2000s;
  return { year, month, day: Math.floor(y * SOLAR_TERM_DRIFT + constant) - Math.floor(y / LEAP_YEAR_EVERY) };
}

/** The holiday nearest a reference day (元旦 said in late December is the coming one). */
export function nearestHoliday(holiday: HolidayWord, reference: Day): Day | null {
  const candidates = [reference.year - 1, reference.year, reference.year + 1].map((y) => holidayIn(holiday, y)).filter((d): d is Day => d !== null);
  const distance = (d: Day) => Math.abs(dayNumber(d) - dayNumber(reference));
  return candidates.reduce<Day | null>((best, d) => (best === null || distance(d) < distance(best) ? d : best), null);
}
