/** Calendar checks and ISO 8601 formatting. */

/** Years accepted as calendar years: 4-digit years outside this are more likely quantities (5000年文明). */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 2099;
/** The years of a century and of a decade (上世纪50年代: 1950–1959). */
export const CENTURY_YEARS = 100;
export const DECADE_YEARS = 10;
/** Before it, a round hundred is more likely a quantity (斗争1000年, 1500年历史) than a year; 1840年, 1453年 are years. */
const MODERN_YEAR = 1900;

export const isPlausibleYear = (year: number): boolean => year >= MIN_YEAR && year <= MAX_YEAR && (year >= MODERN_YEAR || year % 100 !== 0);

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a month; February has 29 when the year is unknown. */
export function daysInMonth(month: number, year: number | null): number {
  if (month === 2) return year === null || isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A day's number on a time line (milliseconds at its UTC midnight): two days compare, and subtract to a distance. */
export const dayNumber = (d: { year: number; month: number; day: number }): number => Date.UTC(d.year, d.month - 1, d.day);

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** ISO 8601 with X for unknown digits (ISO 8601-2 unspecified): XXXX-08-27, XXXX-XX-27. */
export function formatIsoDate(year: number | null, month?: number | null, day?: number): string {
  let iso = year === null ? 'XXXX' : String(year).padStart(4, '0');
  if (month === undefined) return iso;
  iso += '-' + (month === null ? 'XX' : pad2(month));
  if (day !== undefined) iso += '-' + pad2(day);
  return iso;
}
