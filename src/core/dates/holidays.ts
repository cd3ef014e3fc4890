/** The day a holiday falls on in a given year: fixed (元旦) or lunar (春节), read from Intl's Chinese calendar. */
import type { HolidayWord } from './dateWords';

interface Day { year: number; month: number; day: number }

/** Lunar dates per Gregorian year, filled on first use (one year is 366 look-ups). */
const lunarYears = new Map<number, Map<string, Day>>();

function lunarYear(year: number): Map<string, Day> {
  let days = lunarYears.get(year);
  if (days) return days;
  days = new Map();
  try {
    const format = new Intl.DateTimeFormat('zh-CN-u-ca-chinese', { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
    for (let date = new Date(Date.UTC(year, 0, 1)); date.getUTCFullYear() === year; date.setUTCDate(date.getUTCDate() + 1)) {
      const parts = format.formatToParts(date);
      // A leap month (闰2) is not the month a holiday names.
      const month = Number(parts.find((p) => p.type === 'month')?.value);
      const day = Number(parts.find((p) => p.type === 'day')?.value);
      const key = `${month}-${day}`;
      if (Number.isInteger(month) && !days.has(key)) days.set(key, { year, month: date.getUTCMonth() + 1, day: date.getUTCDate() });
    }
  } catch {
    // No Chinese calendar in this runtime: lunar holidays stay unresolved.
  }
  lunarYears.set(year, days);
  return days;
}

/** The holiday's day in `year`, or null if it cannot be worked out. */
export function holidayIn(holiday: HolidayWord, year: number): Day | null {
  if (holiday.month !== undefined && holiday.day !== undefined) return { year, month: holiday.month, day: holiday.day };
  return holiday.lunar ? (lunarYear(year).get(`${holiday.lunar[0]}-${holiday.lunar[1]}`) ?? null) : null;
}

const dayNumber = (d: Day): number => Date.UTC(d.year, d.month - 1, d.day);

/** The holiday nearest a reference day (元旦 said in late December is the coming one). */
export function nearestHoliday(holiday: HolidayWord, reference: Day): Day | null {
  const candidates = [reference.year - 1, reference.year, reference.year + 1].map((y) => holidayIn(holiday, y)).filter((d): d is Day => d !== null);
  const distance = (d: Day) => Math.abs(dayNumber(d) - dayNumber(reference));
  return candidates.reduce<Day | null>((best, d) => (best === null || distance(d) < distance(best) ? d : best), null);
}
