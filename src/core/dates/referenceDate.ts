/**
 * Works out the document's reference date, the first of these that gives one:
 *   1. a dateline: a full date on a 发布时间/来源 line, or a short date-only line at the top; or a wire
 *      dateline (新华社北京1月20日电, 本报天津1月3日讯) that gives the day, its year from the first source below
 *      that gives one (the year before when a December dateline meets a January source);
 *   2. front matter `date:`;
 *   3. a date in the file name (20230324.md, r09_2023_….txt);
 *   4. the explicit year in the same sentence as 今年/去年 (今年5月，…召开2023年援疆项目推进会 → 2023);
 *   5. the latest full date in the first lines;
 *   6. the caller's reference date (the setting, or the CLI's --reference-date).
 * Only a dateline outranks the user's own labels (front matter, file name): 4 and 5 are dates the report talks
 * about, often not its own (这是习近平2025年12月10日在…讲话的一部分 in a report of 2026-02-16).
 * A later source that agrees on the year but says more (the month and day of a broadcast) completes it.
 */
import { formatIsoDate } from './calendar';
import { dateWords } from './dateWords';
import { hasStatedYear, type DateExpression, type DateFields, type ReferenceDate, type ReferenceKind } from './dateTypes';
import { scanDateExpressions, type DateScanner } from './scanDateExpressions';
import { frontMatterOf, readFileNameDate, readReferenceDate, type SourceReading } from './referenceSources';
import { advanceToRange, lineRanges, SentenceCursor, type TextRange } from './textRanges';

/** The reference date, the sources that said otherwise (the hover names them), and the sources that were no date. */
export interface ReferenceResult {
  reference: ReferenceDate | null;
  overridden: ReferenceDate[];
  rejected: { kind: ReferenceKind; from: string }[];
}

export interface ReferenceInputs {
  /** The document's file name or path. */
  fileName?: string;
  /** YYYY-MM-DD or YYYY: the setting, or the CLI's --reference-date. */
  referenceDate?: string;
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
  /** Whether the line is a sentence, closed by 。, ！ or ？ (…于2026年3月5日在北京召开。): no dateline however short. */
  isSentence: boolean;
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
    if (fromTop >= HEAD_LINES && fromBottom >= TAIL_LINES) return { fromTop, fromBottom, trimmedLength: Infinity, hasDatelineKeyword: false, isSentence: true };
    const lineText = text.slice(line.start, line.end);
    const trimmed = lineText.trim();
    return {
      fromTop,
      fromBottom,
      trimmedLength: trimmed.length,
      hasDatelineKeyword: dateWords.datelineKeywords.some((k) => lineText.includes(k)),
      isSentence: dateWords.sentenceEnders.at(trimmed, trimmed.length - 1),
    };
  });
  return { lines, info };
}

function latest(candidates: DateFields[]): DateFields | null {
  return candidates.reduce<DateFields | null>((best, f) => (best === null || dayNumber(f) > dayNumber(best) ? f : best), null);
}

/** A wire dateline's day: 1月20日 in 新华社北京1月20日电, its text with the 电. */
interface WireDateline {
  month: number;
  day: number;
  text: string;
}

/** How far into its line a wire dateline's date may start (据新华社里约热内卢1月22日电). */
const WIRE_DATELINE_OFFSET = 24;

/** How many last lines may hold a closing wire dateline. */
const CLOSING_DATELINE_LINES = 2;
/** What may follow a closing dateline's 电 on its line: its closing bracket. */
const DATELINE_LINE_END = /^[）)\s]*(?:\n|$)/;

/** 1月20日 followed by 电/讯/消息 at the start of one of the first lines or of a short last one: a month and day, no year. */
function wireDatelineAt(text: string, expression: DateExpression, lineStart: number, line: LineInfo): WireDateline | null {
  const { month, day } = expression.from;
  if (month === undefined || day === undefined || hasStatedYear(expression.from) || expression.to || expression.open) return null;
  const ending = expression.start - lineStart > WIRE_DATELINE_OFFSET ? undefined : dateWords.wireDatelineEnds.find((word) => text.startsWith(word, expression.end));
  if (ending === undefined) return null;
  const end = expression.end + ending.length;
  // A paper's feature may close with its dateline instead, on a last line of its own: （本报珀斯１月７日电）.
  const closing = line.fromBottom < CLOSING_DATELINE_LINES && line.trimmedLength <= SHORT_DATELINE_LENGTH &&
    DATELINE_LINE_END.test(text.slice(end, end + SHORT_DATELINE_LENGTH));
  if (line.fromTop >= SHORT_DATELINE_LINES && !closing) return null;
  return { month, day, text: text.slice(expression.start, end) };
}

/** Rules 1 and 5: datelines and full dates near the top. */
function findDatelines(text: string, expressions: readonly DateExpression[], skipBefore: number): { dateline: DateFields | null; wire: WireDateline | null; firstLinesDate: DateFields | null } {
  const { lines, info } = describeLines(text);
  const datelines: DateFields[] = [];
  const firstLineDates: DateFields[] = [];
  let wire: WireDateline | null = null;
  let lineIndex = 0;
  for (const expression of expressions) {
    if (!wire && expression.start >= skipBefore) {
      lineIndex = advanceToRange(lines, expression.start, lineIndex);
      const line = info[lineIndex];
      if (line) wire = wireDatelineAt(text, expression, lines[lineIndex].start, line);
    }
    const fullDates = [expression.from, expression.to].filter((f): f is DateFields => f !== undefined && isFullExplicitDate(f));
    if (fullDates.length === 0 || expression.start < skipBefore) continue;
    lineIndex = advanceToRange(lines, expression.start, lineIndex);
    const line = info[lineIndex];
    if (!line) continue;
    const nearEdge = line.fromTop < HEAD_LINES || line.fromBottom < TAIL_LINES;
    const shortTopLine = line.fromTop < SHORT_DATELINE_LINES && line.trimmedLength <= SHORT_DATELINE_LENGTH && !line.isSentence;
    // 将从2025年6月1日起施行: a period's start or end is no date of the report, on a short line near the top
    // (黄河保护法…将自2023年4月1日起施行。) as anywhere.
    if (nearEdge && (line.hasDatelineKeyword || (shortTopLine && !expression.open))) datelines.push(...fullDates);
    if (line.fromTop < FIRST_LINES && !expression.open) firstLineDates.push(...fullDates);
  }
  return { dateline: latest(datelines), wire, firstLinesDate: latest(firstLineDates) };
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

/** Rule 4: in each sentence with 今年 (or 去年, 明年 …) and an explicit year, that year (shifted by the offset) is a vote. */
function voteFromRelativeYearSentences(text: string, expressions: readonly DateExpression[]): SentenceVote | null {
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
        // 庚子年 names its year in a cycle, not counted from the reference's: no vote either.
        if (side.relativeYear && side.relativeYear.nextFromMonth === undefined && side.relativeYear.cycle === undefined && (!relative || side.relativeYear.offset === 0) && relative?.from.relativeYear?.offset !== 0) relative = e;
        if (side.year !== undefined && !side.decade && (!explicit || side.year > explicit.year)) explicit = { year: side.year, expression: e };
      }
    }
    if (!relative || !explicit) continue;
    const offset = relative.from.relativeYear?.offset ?? relative.to?.relativeYear?.offset ?? 0;
    const year = explicit.year - offset;
    const description = sentencePreview(text, sentence, Math.max(explicit.expression.end, relative.end));
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

const isoOf = (f: DateFields): string => formatIsoDate(f.year ?? null, f.month, f.day);

const fromFields = (kind: ReferenceKind, from: string, f: DateFields): ReferenceDate => ({
  kind,
  from,
  year: f.year!,
  ...(f.month !== undefined ? { month: f.month } : {}),
  ...(f.day !== undefined ? { day: f.day } : {}),
});

interface StatedInText {
  dateline: ReferenceDate | null;
  wire: WireDateline | null;
  inBody: ReferenceDate | null;
}

/** What the text itself says: its dateline, and the weaker evidence that ranks below the file name. */
function fromText(text: string, skipBefore: number, scan: DateScanner): StatedInText {
  const expressions = scan(text);
  const { dateline, wire, firstLinesDate } = findDatelines(text, expressions, skipBefore);
  if (dateline?.year !== undefined) return { dateline: fromFields('dateline', isoOf(dateline), dateline), wire: null, inBody: null };
  const vote = voteFromRelativeYearSentences(text, expressions);
  if (vote) return { dateline: null, wire, inBody: { kind: 'yearInText', from: vote.description, year: vote.year } };
  if (firstLinesDate?.year !== undefined) return { dateline: null, wire, inBody: fromFields('firstLines', isoOf(firstLinesDate), firstLinesDate) };
  return { dateline: null, wire, inBody: null };
}

/** Months apart beyond which a wire dateline and the year's source sit across a new year (12月30日电 in a paper of 1 January). */
const ACROSS_NEW_YEAR = 6;

/** The wire dateline's day in the year `source` gives. */
function completeWireDateline(wire: WireDateline, source: ReferenceDate): ReferenceDate {
  let year = source.year;
  if (source.month !== undefined && wire.month - source.month > ACROSS_NEW_YEAR) year--;
  else if (source.month !== undefined && source.month - wire.month > ACROSS_NEW_YEAR) year++;
  return { kind: 'dateline', from: wire.text, year, month: wire.month, day: wire.day };
}

/** Whether two sources name different dates (a year-only source agrees with any date in its year). */
const conflicts = (a: ReferenceDate, b: ReferenceDate): boolean =>
  a.year !== b.year || (a.month !== undefined && b.month !== undefined && (a.month !== b.month || (a.day !== undefined && b.day !== undefined && a.day !== b.day)));

/** The first source that gives a date, completed by a later one that agrees and says more. Never throws. */
export function detectReference(text: string, inputs: ReferenceInputs = {}, scan: DateScanner = scanDateExpressions): ReferenceResult {
  const result: ReferenceResult = { reference: null, overridden: [], rejected: [] };
  const found: ReferenceDate[] = [];
  const take = (reading: SourceReading | null) => {
    if (!reading) return;
    if (reading.date) found.push(reading.date);
    else result.rejected.push({ kind: reading.kind, from: reading.from });
  };
  let inBody: ReferenceDate | null = null;
  let wire: WireDateline | null = null;
  if (typeof text === 'string' && text.length > 0) {
    try {
      const frontMatter = frontMatterOf(text);
      const stated = fromText(text, frontMatter?.end ?? 0, scan);
      if (stated.dateline) found.push(stated.dateline);
      inBody = stated.inBody;
      wire = stated.wire;
      take(frontMatter?.date ?? null);
    } catch {
      // Fall through to the file name and the caller's reference date rather than fail the analysis.
    }
  }
  take(readFileNameDate(inputs.fileName));
  if (inBody) found.push(inBody);
  take(readReferenceDate(inputs.referenceDate));
  // The text wins over the file name (a paper's file is dated the day after its wire copy); the hover says both.
  if (wire && found[0]) found.unshift(completeWireDateline(wire, found[0]));
  const [first, ...rest] = found;
  if (!first) return result;
  const completing = first.day === undefined ? rest.find((r) => r.year === first.year && r.month !== undefined && (first.month === undefined || first.month === r.month)) : undefined;
  const reference = completing ?? first;
  return { ...result, reference, overridden: found.filter((r) => r !== reference && conflicts(r, reference)) };
}
