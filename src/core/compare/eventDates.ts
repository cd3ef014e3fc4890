/**
 * Event dates as the core writes them (2023-08-27, 2023-08, XXXX-08-27, 2023-08-27/2023-08-28):
 * comparing two reports' dates and lending a year from one to the other.
 */
export type DateRelation = 'same' | 'overlapping' | 'different' | 'unknown';

const UNKNOWN_YEAR = 'XXXX';

function parts(value: string): string[] {
  return value.split('/');
}

function fields(date: string): string[] {
  return date.split('-');
}

/** Two single dates agree when every field both give is equal; an unknown year agrees with any year. */
function sameDay(a: string, b: string): boolean {
  const fa = fields(a);
  const fb = fields(b);
  if (fa.length !== fb.length) return false;
  return fa.every((f, i) => f === fb[i] || (i === 0 && (f === UNKNOWN_YEAR || fb[i] === UNKNOWN_YEAR)));
}

/** Orderable key for a single date; the unknown year sorts as the other date's year. */
function dayKey(date: string, yearFallback: string): string {
  const [year, ...rest] = fields(date);
  return [year === UNKNOWN_YEAR ? yearFallback : year, ...rest.map((f) => f.padStart(2, '0'))].join('-');
}

export function yearOf(value: string): string | null {
  const year = fields(parts(value)[0])[0];
  return /^\d{4}$/.test(year) ? year : null;
}

export function compareDates(a: string | null, b: string | null): DateRelation {
  if (!a || !b) return 'unknown';
  const pa = parts(a);
  const pb = parts(b);
  if (pa.length === pb.length && pa.every((d, i) => sameDay(d, pb[i]))) return 'same';
  const year = yearOf(a) ?? yearOf(b) ?? '0000';
  const [aStart, aEnd] = [dayKey(pa[0], year), dayKey(pa[pa.length - 1], year)];
  const [bStart, bEnd] = [dayKey(pb[0], year), dayKey(pb[pb.length - 1], year)];
  const comparable = fields(pa[0]).length === fields(pb[0]).length;
  return comparable && aStart <= bEnd && bStart <= aEnd ? 'overlapping' : 'different';
}

/** `value` with its unknown year filled from `donor`, or null when there is nothing to lend. */
export function lendYear(value: string | null, donor: string | null): string | null {
  if (!value || !donor || !value.includes(UNKNOWN_YEAR)) return null;
  const year = yearOf(donor);
  return year ? value.split(UNKNOWN_YEAR).join(year) : null;
}
