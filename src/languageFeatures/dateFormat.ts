/** Human-readable forms of the core's ISO date values (2023-08-27, 2023-08-27/2023-08-28, 2023-08, XXXX-08-27). */

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

/** 2023年8月27日 星期日; 2023年8月27日—28日; 8月27日 (year unknown). */
export function describeDate(value: string): string {
  const [from, to] = value.split('/');
  const start = parse(from);
  if (!start) return value;
  let text = chinese(start);
  if (to) {
    const end = parse(to);
    if (end) text += `—${chinese(end, start)}`;
  } else {
    const weekday = weekdayOf(from);
    if (weekday) text += ` ${weekday}`;
  }
  if (start.year === undefined) text += '（年份未知 / year unknown）';
  return text;
}

/**
 * The compact form used in outline details, event lists and inlay hints: 2023-08-27, 2023-08-27–28,
 * 2023-07-09–07-11; with the year unknown (XXXX-08-27/XXXX-08-28), 8月27日—28日 rather than XXXX.
 */
export function shortDate(value: string | null | undefined): string {
  if (!value) return '';
  const [from, to] = value.split('/');
  if (from.startsWith('X')) return describeDate(value).replace(/（.*$/, '');
  if (!to) return from;
  if (to.slice(0, 7) === from.slice(0, 7)) return `${from}–${to.slice(8)}`;
  if (to.slice(0, 4) === from.slice(0, 4)) return `${from}–${to.slice(5)}`;
  return `${from}–${to}`;
}
