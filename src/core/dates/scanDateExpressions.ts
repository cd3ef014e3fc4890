/** Finds every date expression in a text, left to right, without overlaps. Linear time. */
import { isArabicDigit, isChineseNumeral } from './chineseNumerals';
import { dateWords } from './dateWords';
import { parseDateExpressionAt } from './parseDateExpression';
import type { DateExpression } from './dateTypes';

/** One flag per UTF-16 code unit: only digits, Chinese numerals and the first characters of 今年, 今天, 本周, 二季度, 上午 … can begin a date. */
const canStartDateTable = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) {
  const ch = String.fromCharCode(code);
    const startsWord = [dateWords.relativeYears, dateWords.relativeMonths, dateWords.relativeWeeks, dateWords.relativeDays, dateWords.yearParts, dateWords.holidays, dateWords.timesOfDay].some((table) => table.hasFirstChar(ch));
  if (isArabicDigit(ch) || isChineseNumeral(ch) || startsWord || dateWords.yearApostrophes.has(ch)) canStartDateTable[code] = 1;
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
 */
export function scanOnce(): DateScanner {
  let last: { text: string; expressions: readonly DateExpression[] } | undefined;
  return (text) => {
    if (last?.text !== text) last = { text, expressions: scanDateExpressions(text) };
    return last.expressions;
  };
}

export function scanDateExpressions(text: string): DateExpression[] {
  const found: DateExpression[] = [];
  let pos = 0;
  while (pos < text.length) {
    const expression =
      canStartDateTable[text.charCodeAt(pos)] === 1 && !continuesNumber(text, pos) ? parseDateExpressionAt(text, pos) : null;
    if (expression && expression.end > pos) {
      found.push(expression);
      pos = expression.end;
    } else {
      pos++;
    }
  }
  return found;
}
