/** Comparable bounds of an ISO 8601 date or interval value (XXXX years compare among themselves). */
export interface DateBounds {
  from: string;
  to: string;
}

const pad = (point: string, filler: string) => (point.length === 4 ? `${point}-${filler}-${filler}` : point.length === 7 ? `${point}-${filler}` : point);

export function dateBounds(value: string): DateBounds | undefined {
  const [first, second] = value.split('/');
  if (!first || first === '..') return undefined;
  const last = second === undefined ? first : second === '..' ? '9999' : second;
  return { from: pad(first, '00'), to: pad(last, '99') };
}

/** Whether the bounds `outer` hold the bounds `inner` (false where either is missing). */
export const boundsHold = (outer: DateBounds | undefined, inner: DateBounds | undefined): boolean =>
  !!outer && !!inner && outer.from <= inner.from && inner.to <= outer.to;

/** Whether `outer` is an interval that holds `inner` and is larger than it. */
export function dateContains(outer: string | null, inner: string | null): boolean {
  if (!outer || !inner || outer === inner) return false;
  return boundsHold(dateBounds(outer), dateBounds(inner));
}

/** An event's date as a reader names it: an open span by the date it runs from or to (2023/.. → 2023). */
export const namedDate = (value: string | null): string | null => value && value.replace(/\/\.\.$|^\.\.\//, '');
