/** Finds every date expression in a text, left to right, without overlaps. Linear time. */
import { isArabicDigit, isChineseNumeral, numberCodes } from './chineseNumerals';
import { dateWords } from './dateWords';
import { parseDateExpressionAt } from './parseDateExpression';
import type { DateExpression } from './dateTypes';
import type { TextLru } from '../textLru';

/**
 * One flag per UTF-16 code unit: only digits, Chinese numerals, 两 (两年前), the apostrophe of '98 and the first
 * characters of 今年, 今天, 本周, 二季度, 上午 … can begin a date. Set from those lists: asking each of the 65,536
 * code units cost 5-10 ms of every process's start (the first highlight waits on one).
 */
const canStartDateTable = new Uint8Array(0x10000);
for (const code of [...numberCodes(), ...dateWords.yearApostrophes.codes]) canStartDateTable[code] = 1;
for (const code of dateWords.yearsAgoCounts.keys()) canStartDateTable[code] = 1;
for (const table of [dateWords.relativeYears, dateWords.relativeCenturies, dateWords.relativeMonths, dateWords.relativeWeeks, dateWords.relativeDays, dateWords.yearParts, dateWords.holidays, dateWords.timesOfDay]) {
  for (const { word } of table.words) canStartDateTable[word.charCodeAt(0)] = 1;
}

/** Inside a run of digits or numerals nothing new can start; skipping here keeps long runs cheap. */
function continuesNumber(text: string, pos: number): boolean {
  if (pos === 0) return false;
  const ch = text[pos];
  const before = text[pos - 1];
  return (isArabicDigit(ch) && isArabicDigit(before)) || (isChineseNumeral(ch) && isChineseNumeral(before));
}

/** What scans a text for date expressions: scanDateExpressions, or one analysis' scanOnce. */
export type DateScanner = (text: string) => readonly DateExpression[];

/**
 * A scanner that keeps its last text's expressions: one analysis reads them twice, for the reference date and for
 * the dates (detectReference, recognizeDates), and scans once. Each reader still calls it inside its own guard.
 * With a `memo` (the editor's), the lines read before are not scanned again (scanByLines).
 */
export function scanOnce(memo?: TextLru<DateExpression[]>): DateScanner {
  let last: { text: string; expressions: readonly DateExpression[] } | undefined;
  return (text) => {
    if (last?.text !== text) last = { text, expressions: memo ? scanByLines(text, memo) : scanDateExpressions(text) };
    return last.expressions;
  };
}

export function scanDateExpressions(text: string): DateExpression[] {
  return scanRange(text, 0, text.length)!;
}

/**
 * The expressions starting in text[from, to), as scanDateExpressions finds them there when a scan starts at
 * `from`; undefined when one runs past `to` (a line's break: then lines cannot be scanned one by one).
 */
function scanRange(text: string, from: number, to: number): DateExpression[] | undefined {
  const found: DateExpression[] = [];
  let pos = from;
  while (pos < to) {
    const expression =
      canStartDateTable[text.charCodeAt(pos)] === 1 && !continuesNumber(text, pos) ? parseDateExpressionAt(text, pos) : null;
    if (expression && expression.end > pos) {
      if (expression.end > to) return undefined;
      found.push(expression);
      pos = expression.end;
    } else {
      pos++;
    }
  }
  return found;
}

/** Marks, in a line's memo key, a line break before or after the line (else the text's start or end). */
const BREAK = '\n';
const TEXT_EDGE = '\u0000';

/**
 * scanDateExpressions' expressions, line by line, from the memo where a line was read before (by its text and
 * whether a line break or the text's edge stands on either side: the parser reads one character beyond an
 * expression, and a word it looks for before one cannot hold a line break). No date starts at a line break
 * (canStartDateTable), so a scan reaches each line's start afresh; a line whose expression runs past its break
 * (none does: no date word holds a line break) sends the whole text to scanDateExpressions.
 */
function scanByLines(text: string, memo: TextLru<DateExpression[]>): DateExpression[] {
  const found: DateExpression[] = [];
  for (let start = 0; start < text.length; ) {
    const lineBreak = text.indexOf('\n', start);
    const end = lineBreak < 0 ? text.length : lineBreak;
    const key = `${start > 0 ? BREAK : TEXT_EDGE}${text.slice(start, end)}${end < text.length ? BREAK : TEXT_EDGE}`;
    let line = memo.get(key);
    if (!line) {
      const fresh = scanRange(text, start, end);
      if (!fresh) return scanDateExpressions(text);
      line = fresh.map((e) => ({ ...e, start: e.start - start, end: e.end - start }));
      memo.set(key, line, end - start);
    }
    for (const e of line) found.push({ ...e, start: e.start + start, end: e.end + start });
    start = end + 1;
  }
  return found;
}
