/** Reference dates kept outside the text: markdown front matter, the file name, the caller's option. */
import { daysInMonth } from './calendar';
import type { ReferenceDate, ReferenceKind } from './dateTypes';

/** A source read: its date, or (date undefined) a source that named an impossible date (20231345). */
export interface SourceReading {
  kind: ReferenceKind;
  from: string;
  date?: ReferenceDate;
}

/** The earliest and latest year a file name's lone 4-digit number is taken for. */
const FILE_NAME_YEARS = { min: 1949, max: 2100 };
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const FRONT_MATTER_DATE = /^date[ \t]*:[ \t]*["']?([^"'\r\n]*?)["']?[ \t]*$/m;
/** Front matter longer than this is not looked at (a document that merely starts with ---). */
const MAX_FRONT_MATTER = 4000;

/** Full dates a file name or front matter may hold; the digits may not run on (2023032401 is no date). */
const FULL_DATES = [
  /(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/,
  /(?<!\d)(\d{4})[-_./](\d{1,2})[-_./](\d{1,2})(?!\d)/,
  /(\d{4})年(\d{1,2})月(\d{1,2})日/,
];
const LONE_YEAR = /(?<![\d])(\d{4})(?![\d])/g;

function validDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);
}

/**
 * The date a name or value states: the first full date pattern that matches (an impossible one makes the
 * source rejected, not read further), else a lone year when `yearsAlone` allows it.
 */
function readDate(kind: ReferenceKind, from: string, value: string, yearsAlone: boolean): SourceReading | null {
  for (const pattern of FULL_DATES) {
    const m = pattern.exec(value);
    if (!m) continue;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDate(year, month, day) ? { kind, from, date: { kind, from, year, month, day } } : { kind, from };
  }
  if (!yearsAlone) return null;
  for (const m of value.matchAll(LONE_YEAR)) {
    const year = Number(m[1]);
    if (year >= FILE_NAME_YEARS.min && year <= FILE_NAME_YEARS.max) return { kind, from, date: { kind, from, year } };
  }
  return null;
}

/** The last part of a path, either separator. */
const baseName = (path: string): string => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

/** 20230324.md, 2023-03-24-zhaoleji.txt, 2023_03_24, 2023年3月24日.txt; r09_2023_….txt gives the year only. */
export function readFileNameDate(fileName: string | undefined): SourceReading | null {
  if (typeof fileName !== 'string' || fileName === '') return null;
  const name = baseName(fileName);
  return readDate('fileName', name, name, true);
}

/** The setting or --reference-date: YYYY-MM-DD, or a year alone. Anything else is rejected. */
export function readReferenceDate(value: string | undefined): SourceReading | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const trimmed = value.trim();
  const full = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (full) return readDate('referenceDate', trimmed, trimmed, false);
  const year = /^(\d{4})$/.exec(trimmed);
  return year ? { kind: 'referenceDate', from: trimmed, date: { kind: 'referenceDate', from: trimmed, year: Number(year[1]) } } : { kind: 'referenceDate', from: trimmed };
}

/** Markdown front matter at the very top (--- … ---): where it ends, and its `date:` read. */
export function frontMatterOf(text: string): { end: number; date: SourceReading | null } | null {
  if (!text.startsWith('---') && !text.startsWith('\uFEFF---')) return null;
  const m = FRONT_MATTER.exec(text.slice(0, MAX_FRONT_MATTER));
  if (!m) return null;
  const line = FRONT_MATTER_DATE.exec(m[1]);
  if (!line) return { end: m[0].length, date: null };
  const value = line[1].trim();
  return { end: m[0].length, date: readDate('frontMatter', value, value, true) ?? { kind: 'frontMatter', from: value } };
}
