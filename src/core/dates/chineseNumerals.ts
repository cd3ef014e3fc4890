/**
 * Reads the numbers that occur in dates: Arabic digits (ASCII or full-width) and Chinese numerals,
 * either digit by digit (二〇二三) or with tens (二十七, 廿七). Reads are capped at a few characters
 * so the scanner stays linear on pathological input (a 5 MB run of digits).
 */
import { dateWords } from './dateWords';

export interface NumberToken {
  start: number;
  end: number;
  value: number;
  /** Number of characters read. 4 for a year such as 2023 or 二〇二三. */
  length: number;
  script: 'arabic' | 'chinese';
  /** True for 2023, 08, 二〇二三 and 八; false for 二十七. */
  digitByDigit: boolean;
}

const MAX_NUMBER_LENGTH = 4;

/** The code units of 0 in ASCII and in full width: digits are these and the nine after each. */
const ASCII_ZERO = 0x30;
const FULL_WIDTH_ZERO = 0xff10;

/** Value of an ASCII or full-width digit, or −1. */
export function arabicDigitValue(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= ASCII_ZERO && code <= ASCII_ZERO + 9) return code - ASCII_ZERO;
  if (code >= FULL_WIDTH_ZERO && code <= FULL_WIDTH_ZERO + 9) return code - FULL_WIDTH_ZERO;
  return -1;
}

export const isArabicDigit = (ch: string): boolean => ch !== '' && arabicDigitValue(ch) >= 0;

const CHINESE_NUMERAL_CODES = [...dateWords.chineseDigits.keys(), ...dateWords.chineseTens.keys()].map((ch) => ch.charCodeAt(0));
/** One flag per UTF-16 code unit: the scanner asks "is this a Chinese numeral?" for every character. */
const chineseNumeralTable = new Uint8Array(0x10000);
for (const code of CHINESE_NUMERAL_CODES) chineseNumeralTable[code] = 1;

export const isChineseNumeral = (ch: string): boolean => ch !== '' && chineseNumeralTable[ch.charCodeAt(0)] === 1;

/** Every code unit that isArabicDigit or isChineseNumeral accepts. */
export function numberCodes(): number[] {
  const digits = [ASCII_ZERO, FULL_WIDTH_ZERO].flatMap((zero) => Array.from({ length: 10 }, (_, digit) => zero + digit));
  return [...digits, ...CHINESE_NUMERAL_CODES];
}

/** Reads the number starting at `pos`, or null if there is none or the run is too long to be part of a date. */
export function readNumberAt(text: string, pos: number): NumberToken | null {
  const first = text.charAt(pos);
  if (isArabicDigit(first)) return readArabic(text, pos);
  if (isChineseNumeral(first)) return readChinese(text, pos);
  return null;
}

function readArabic(text: string, pos: number): NumberToken | null {
  let value = 0;
  let end = pos;
  while (end < text.length && isArabicDigit(text[end])) {
    if (end - pos === MAX_NUMBER_LENGTH) return null;
    value = value * 10 + arabicDigitValue(text[end]);
    end++;
  }
  return { start: pos, end, value, length: end - pos, script: 'arabic', digitByDigit: true };
}

function readChinese(text: string, pos: number): NumberToken | null {
  let end = pos;
  while (end < text.length && isChineseNumeral(text[end])) {
    if (end - pos === MAX_NUMBER_LENGTH) return null;
    end++;
  }
  const chars = text.slice(pos, end);
  const hasTens = [...chars].some((ch) => dateWords.chineseTens.has(ch));
  const value = hasTens ? chineseWithTens(chars) : chineseDigitByDigit(chars);
  if (value === null) return null;
  return { start: pos, end, value, length: end - pos, script: 'chinese', digitByDigit: !hasTens };
}

function chineseDigitByDigit(chars: string): number {
  let value = 0;
  for (const ch of chars) value = value * 10 + (dateWords.chineseDigits.get(ch) ?? 0);
  return value;
}

/** 十 10, 十五 15, 二十 20, 二十七 27, 廿七 27, 卅一 31; anything else (十四五, 二二十) is not a number. */
function chineseWithTens(chars: string): number | null {
  const units = (ch: string | undefined): number | null => {
    if (ch === undefined) return 0;
    const digit = dateWords.chineseDigits.get(ch);
    return digit === undefined || digit === 0 ? null : digit;
  };
  const tensAt = [...chars].findIndex((ch) => dateWords.chineseTens.has(ch));
  if (tensAt > 1 || chars.length - tensAt > 2) return null;
  const tensChar = chars[tensAt];
  let tens = dateWords.chineseTens.get(tensChar) ?? 0;
  if (tensAt === 1) {
    // 二十 / 三十: only 十 takes a multiplier.
    const multiplier = units(chars[0]);
    if (multiplier === null || tensChar !== '十') return null;
    tens *= multiplier;
  }
  const unit = units(chars[tensAt + 1]);
  return unit === null ? null : tens + unit;
}
