/**
 * Works out which year 今年 means in a document, in order of trust:
 *   1. a dateline: a full date on a 发布时间/来源 line, or a short date-only line at the top;
 *   2. the explicit year in the same sentence as 今年/去年 (今年5月，…召开2023年援疆项目推进会 → 2023);
 *   3. the latest full date in the first lines;
 *   4. the caller's reference date (CLI --reference-date or a setting).
 */
import { formatIsoDate } from './calendar';
import { dateWords } from './dateWords';
import type { DateExpression, DateFields } from './dateTypes';
import { scanDateExpressions } from './scanDateExpressions';
import { advanceToRange, lineRanges, SentenceCursor, type TextRange } from './textRanges';

export interface ReferenceYearResult {
  year: number | null;
  resolvedBy: string;
}

/** How far into the document a dateline may sit: news pages put it near the top or at the very end. */
const HEAD_LINES = 10;
const TAIL_LINES = 5;
/** A top line this short holding a full date is a dateline ("2023-08-29 10:15", "2023年8月29日 来源：…"). */
const SHORT_DATELINE_LINES = 5;
const SHORT_DATELINE_LENGTH = 40;
/** Fallback: full dates in this many first lines. */
const FIRST_LINES = 3;
const PREVIEW_LENGTH = 60;

const isFullExplicitDate = (fields: DateFields): boolean =>
  fields.year !== undefined && fields.day !== undefined && !fields.relativeYear;

const dayNumber = (f: DateFields): number => (f.year ?? 0) * 10000 + (f.month ?? 0) * 100 + (f.day ?? 0);

interface LineInfo {
  /** Position among non-empty lines counted from the top, and from the bottom. */
  fromTop: number;
  fromBottom: number;
  trimmedLength: number;
  hasDatelineKeyword: boolean;
}

function describeLines(text: string): { lines: TextRange[]; info: (LineInfo | null)[] } {
  const lines = lineRanges(text);
  const nonEmpty = lines.map((l) => text.slice(l.start, Math.min(l.end, l.start + 2000)).trim().length > 0);
  const total = nonEmpty.filter(Boolean).length;
  let seen = 0;
  const info = lines.map((line, i): LineInfo | null => {
    if (!nonEmpty[i]) return null;
    const fromTop = seen++;
    const fromBottom = total - fromTop - 1;
    if (fromTop >= HEAD_LINES && fromBottom >= TAIL_LINES) return { fromTop, fromBottom, trimmedLength: Infinity, hasDatelineKeyword: false };
    const lineText = text.slice(line.start, line.end);
    return {
      fromTop,
      fromBottom,
      trimmedLength: lineText.trim().length,
      hasDatelineKeyword: dateWords.datelineKeywords.some((k) => lineText.includes(k)),
    };
  });
  return { lines, info };
}

function latest(candidates: DateFields[]): DateFields | null {
  return candidates.reduce<DateFields | null>((best, f) => (best === null || dayNumber(f) > dayNumber(best) ? f : best), null);
}

/** Rules 1 and 3: datelines and full dates near the top. */
function findDatelines(text: string, expressions: DateExpression[]): { dateline: DateFields | null; firstLinesDate: DateFields | null } {
  const { lines, info } = describeLines(text);
  const datelines: DateFields[] = [];
  const firstLineDates: DateFields[] = [];
  let lineIndex = 0;
  for (const expression of expressions) {
    const fullDates = [expression.from, expression.to].filter((f): f is DateFields => f !== undefined && isFullExplicitDate(f));
    if (fullDates.length === 0) continue;
    lineIndex = advanceToRange(lines, expression.start, lineIndex);
    const line = info[lineIndex];
    if (!line) continue;
    const nearEdge = line.fromTop < HEAD_LINES || line.fromBottom < TAIL_LINES;
    const shortTopLine = line.fromTop < SHORT_DATELINE_LINES && line.trimmedLength <= SHORT_DATELINE_LENGTH;
    if (nearEdge && (line.hasDatelineKeyword || shortTopLine)) datelines.push(...fullDates);
    if (line.fromTop < FIRST_LINES) firstLineDates.push(...fullDates);
  }
  return { dateline: latest(datelines), firstLinesDate: latest(firstLineDates) };
}

/** Sentence start without leading whitespace and Markdown markers, up to `end`, with … if cut. */
function sentencePreview(text: string, sentence: TextRange, end: number): string {
  let start = sentence.start;
  while (start < sentence.end && /[\s*#>_]/.test(text[start])) start++;
  const cut = Math.min(end, start + PREVIEW_LENGTH, sentence.end);
  const preview = text.slice(start, cut);
  return text.slice(cut, sentence.end).trim() ? `${preview}…` : preview;
}

interface SentenceVote {
  year: number;
  count: number;
  description: string;
}

/** Rule 2: in each sentence with 今年 (or 去年, 明年 …) and an explicit year, that year (shifted by the offset) is a vote. */
function voteFromRelativeYearSentences(text: string, expressions: DateExpression[]): SentenceVote | null {
  const sentences = new SentenceCursor(text);
  const votes = new Map<number, SentenceVote>();
  let i = 0;
  while (i < expressions.length) {
    const sentence = sentences.at(expressions[i].start);
    let relative: DateExpression | null = null;
    let explicit: { year: number; expression: DateExpression } | null = null;
    for (; i < expressions.length && expressions[i].start < sentence.end; i++) {
      const e = expressions[i];
      const sides = e.to ? [e.from, e.to] : [e.from];
      for (const side of sides) {
        // Prefer 今年 (offset 0) as the anchor when a sentence has several relative words.
        if (side.relativeYear && (!relative || side.relativeYear.offset === 0) && relative?.from.relativeYear?.offset !== 0) relative = e;
        if (side.year !== undefined && !side.decade && (!explicit || side.year > explicit.year)) explicit = { year: side.year, expression: e };
      }
    }
    if (!relative || !explicit) continue;
    const word = relative.from.relativeYear?.word ?? relative.to?.relativeYear?.word ?? '今年';
    const offset = relative.from.relativeYear?.offset ?? relative.to?.relativeYear?.offset ?? 0;
    const year = explicit.year - offset;
    const preview = sentencePreview(text, sentence, Math.max(explicit.expression.end, relative.end));
    const description =
      offset === 0
        ? `year from ${word} = ${year} (sentence: ${preview})`
        : `year from ${word} = ${explicit.year}, so 今年 = ${year} (sentence: ${preview})`;
    const vote = votes.get(year);
    if (vote) vote.count++;
    else votes.set(year, { year, count: 1, description });
  }
  let best: SentenceVote | null = null;
  for (const vote of votes.values()) {
    if (!best || vote.count > best.count || (vote.count === best.count && vote.year > best.year)) best = vote;
  }
  return best;
}

/** The year of a YYYY-MM-DD (or YYYY) reference date, or null if it is not one. */
function yearOfReferenceDate(referenceDate: string | undefined): number | null {
  if (typeof referenceDate !== 'string') return null;
  const match = /^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$/.exec(referenceDate);
  return match ? Number(match[1]) : null;
}

const isoOf = (f: DateFields): string => formatIsoDate(f.year ?? null, f.month, f.day);

export function detectReferenceYear(text: string, referenceDate?: string): ReferenceYearResult {
  const fromOption = (): ReferenceYearResult => {
    const year = yearOfReferenceDate(referenceDate);
    return year === null
      ? { year: null, resolvedBy: 'year unknown' }
      : { year, resolvedBy: `--reference-date ${String(referenceDate).trim()}` };
  };
  if (typeof text !== 'string' || text.length === 0) return fromOption();
  try {
    const expressions = scanDateExpressions(text);
    const { dateline, firstLinesDate } = findDatelines(text, expressions);
    if (dateline?.year !== undefined) return { year: dateline.year, resolvedBy: `dateline ${isoOf(dateline)}` };
    const vote = voteFromRelativeYearSentences(text, expressions);
    if (vote) return { year: vote.year, resolvedBy: vote.description };
    if (firstLinesDate?.year !== undefined) return { year: firstLinesDate.year, resolvedBy: `date in first lines ${isoOf(firstLinesDate)}` };
  } catch {
    // Fall through to the caller's reference date rather than fail the analysis.
  }
  return fromOption();
}
