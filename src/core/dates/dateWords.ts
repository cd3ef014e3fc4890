/**
 * Typed, pre-sorted view of data/date-words.json. Word lists are sorted longest first so that a
 * match at a position is always the longest keyword (晚上 before 晚, —— before —).
 */
import { ByFirstCode } from '../text/byFirstCode';
import rawDateWords from '../../../data/date-words.json';

/** A keyword that does not count when certain characters surround it (晚会 is not 晚). */
export interface GuardedWord {
  word: string;
  blockedBefore?: string[];
  blockedAfter?: string[];
  /** Counts only before one of these (上午 alone: 下午，…; …下午在…; 五一 before ”节). */
  onlyBefore?: string[];
}

/** 今明两年: two years relative to the reference year, as one expression. */
export interface RelativeYearPairWord extends GuardedWord {
  offsets: [number, number];
}

export interface RelativeYearWord extends GuardedWord {
  /** Years relative to the reference year: 今年 0, 去年 −1, 明年 +1. */
  offset: number;
  /** 新的一年: one year more when the reference month is this one or later. */
  nextFromMonth?: number;
  /** 上年 (比上年增长): counted from the year last named in the text (１９９７年…比上年 is 1996), else the reference's. */
  fromYearNamed?: boolean;
  /** 庚子年: the year's place in the sexagenary cycle (0 = 甲子); the last year so named up to the one after the reference's. */
  cycle?: number;
}

/** 上世纪 (offset −1), 本世纪 (0): the hundred years of the reference year, or those before. */
export interface RelativeCenturyWord extends GuardedWord {
  offset: number;
}

/** 本月 (offset 0), 上月 (−1): months relative to the reference date's. */
export interface RelativeMonthWord extends GuardedWord {
  offset: number;
  /** 月底 alone: the part of the month it names (31 = the month's last day). */
  days?: [number, number];
}

/** 本周 (offset 0), 上周 (−1): weeks (Monday to Sunday) relative to the reference date's. */
export interface RelativeWeekWord extends GuardedWord {
  offset: number;
}

/** 今天 (offset 0 from the reference date), 次日 (offset +1 from the last date). */
export interface RelativeDayWord extends GuardedWord {
  offset: number;
  anchor: 'today' | 'lastDate';
  /** 三天前: a day before the narrative's, which no later 当天 means. */
  countsBack?: boolean;
  /** 上午 alone: a part of the narrative's day; one opening a paragraph goes on from the last one that did. */
  partOfDay?: boolean;
}

/** 下旬: the days of the month it names (31 stands for the month's last day). */
export interface MonthPartWord extends GuardedWord {
  days?: [number, number];
  /** After a year: the months it names (年底: December). */
  months?: [number, number];
}

/** 元旦 (a Gregorian month and day) or 春节 (a lunar month and day). */
export interface HolidayWord extends GuardedWord {
  month?: number;
  day?: number;
  lunar?: [number, number];
  /** A solar term's month and the constant C of its day in the 1900s and in the 2000s (清明节: [4, 5.59, 4.81]). */
  solarTerm?: [number, number, number];
}

/** 二季度, 上半年: the months of the year it names. */
export interface YearPartWord extends GuardedWord {
  months: [number, number];
}

/**
 * Keywords indexed by first character, longest first within each character, so a lookup at a
 * position is one Map access (the scanner does this millions of times on a large document).
 */
/** Whether a guarded word written at `pos` is not blocked by the characters around it and has a follower it needs. */
export function fitsNeighbours(candidate: GuardedWord, text: string, pos: number): boolean {
  const before = pos > 0 ? text[pos - 1] : '';
  const end = pos + candidate.word.length;
  const after = text.charAt(end);
  if (before && candidate.blockedBefore?.includes(before)) return false;
  if (after && candidate.blockedAfter?.includes(after)) return false;
  return !candidate.onlyBefore || candidate.onlyBefore.some((follower) => text.startsWith(follower, end));
}

export class WordTable<T extends GuardedWord> {
  private readonly byFirstCode = new ByFirstCode<T>();
  readonly words: readonly T[];

  constructor(words: T[]) {
    this.words = [...words].sort((a, b) => b.word.length - a.word.length);
    for (const w of this.words) this.byFirstCode.add(w.word.charCodeAt(0), w);
  }

  /** The longest word at `pos` that is not blocked by its neighbours, or null. */
  matchAt(text: string, pos: number): T | null {
    if (pos >= text.length) return null;
    const bucket = this.byFirstCode.at(text.charCodeAt(pos));
    if (!bucket) return null;
    for (const candidate of bucket) if (text.startsWith(candidate.word, pos) && fitsNeighbours(candidate, text, pos)) return candidate;
    return null;
  }

  /** The words that start with the character at `pos`, longest first (none: undefined). */
  startingWith(text: string, pos: number): readonly T[] | undefined {
    return this.byFirstCode.at(text.charCodeAt(pos));
  }
}

/** A set of single characters tested by code unit (no one-character strings on the hot path). */
export class CharSet {
  private readonly flags = new Uint8Array(0x10000);
  /** The set's code units. */
  readonly codes: readonly number[];

  constructor(chars: Iterable<string>) {
    this.codes = [...chars].map((ch) => ch.charCodeAt(0));
    for (const code of this.codes) this.flags[code] = 1;
  }

  /** True if the code unit at `pos` is in the set (false past the end). */
  at(text: string, pos: number): boolean {
    return pos < text.length && this.flags[text.charCodeAt(pos)] === 1;
  }

  has(ch: string): boolean {
    return ch.length > 0 && this.flags[ch.charCodeAt(0)] === 1;
  }
}

/** JSON lists mix plain words and guarded words ({ word, blockedAfter }). */
const asWords = <T extends GuardedWord>(words: (string | T)[]): (T | GuardedWord)[] =>
  words.map((entry) => (typeof entry === 'string' ? { word: entry } : entry));

/** The length of the sexagenary cycle. */
export const CYCLE_YEARS = 60;
/** 甲子年 … 癸亥年 and the same with the branch's animal (庚子鼠年): the 60 years of the cycle as relative years. */
function cycleYearWords(): RelativeYearWord[] {
  const { stems, branches, animals } = rawDateWords.cycleYears;
  const words: RelativeYearWord[] = [];
  for (let cycle = 0; cycle < CYCLE_YEARS; cycle++) {
    const name = stems[cycle % stems.length] + branches[cycle % branches.length];
    for (const animal of ['', ...animals[cycle % branches.length]]) {
      for (const unit of rawDateWords.yearUnit) words.push({ word: `${name}${animal}${unit}`, offset: 0, cycle });
    }
  }
  return words;
}

export const dateWords = {
  chineseDigits: new Map<string, number>(Object.entries(rawDateWords.chineseDigits)),
  chineseTens: new Map<string, number>(Object.entries(rawDateWords.chineseTens)),
  yearUnits: new CharSet(rawDateWords.yearUnit),
  monthUnits: new CharSet(rawDateWords.monthUnit),
  dayUnits: new CharSet(rawDateWords.dayUnits),
  bareDayUnits: new CharSet(rawDateWords.bareDayUnits),
  bareDayBlockedAfter: rawDateWords.bareDayBlockedAfter,
  chineseBareDayFollowers: rawDateWords.chineseBareDayFollowers,
  chineseBareDayLeaders: new Set<string>(rawDateWords.chineseBareDayLeaders),
  chineseBareDayDurationBefore: rawDateWords.chineseBareDayDurationBefore,
  dateListJoiners: new Set<string>(rawDateWords.dateListJoiners),
  blockedBeforeNumber: new CharSet(rawDateWords.blockedBeforeNumber),
  relativeYears: new WordTable<RelativeYearWord>([...rawDateWords.relativeYears, ...cycleYearWords()]),
  cycleFirstYear: rawDateWords.cycleYears.firstYear,
  relativeYearPairs: new WordTable<RelativeYearPairWord>(rawDateWords.relativeYearPairs as RelativeYearPairWord[]),
  relativeYearBlockedAfter: new Set<string>(rawDateWords.relativeYearBlockedAfter),
  relativeYearWordsAfter: rawDateWords.relativeYearWordsAfter,
  relativeMonths: new WordTable<RelativeMonthWord>(rawDateWords.relativeMonths as RelativeMonthWord[]),
  relativeWeeks: new WordTable<RelativeWeekWord>(rawDateWords.relativeWeeks),
  weekEnd: rawDateWords.weekEnd,
  decadeSuffix: rawDateWords.decadeSuffix,
  relativeCenturies: new WordTable<RelativeCenturyWord>(rawDateWords.relativeCenturies),
  centuryUnit: rawDateWords.centuryUnit,
  yearSuffixes: new WordTable<MonthPartWord>(asWords(rawDateWords.yearSuffixes) as MonthPartWord[]),
  monthSuffixes: new WordTable<MonthPartWord>(asWords(rawDateWords.monthSuffixes) as MonthPartWord[]),
  holidays: new WordTable<HolidayWord>(rawDateWords.holidays as HolidayWord[]),
  relativeDays: new WordTable<RelativeDayWord>(rawDateWords.relativeDays as RelativeDayWord[]),
  yearsAgoUnit: rawDateWords.yearsAgoUnit,
  yearsAgo: rawDateWords.yearsAgo,
  /** The counts of yearsAgo by their code (两 → 2): only a one-character count is read before the years-ago word. */
  yearsAgoCounts: new Map<number, number>(Object.entries(rawDateWords.yearsAgo.counts).filter(([count]) => count.length === 1).map(([count, value]) => [count.charCodeAt(0), value])),
  daysApart: rawDateWords.daysApart,
  yearsAgoMonths: new WordTable<RelativeMonthWord>(rawDateWords.yearsAgoMonths as RelativeMonthWord[]),
  yearsAgoDays: new WordTable<RelativeDayWord>(rawDateWords.yearsAgoDays as RelativeDayWord[]),
  yearParts: new WordTable<YearPartWord>([
    ...Object.entries(rawDateWords.yearParts).map(([word, months]) => ({ word, months: months as [number, number] })),
    ...(rawDateWords.yearEdges as YearPartWord[]),
  ]),
  weekdays: new WordTable<GuardedWord & { day: number }>(Object.entries(rawDateWords.weekdays).map(([word, day]) => ({ word, day }))),
  openParentheses: new CharSet(rawDateWords.openParentheses),
  closeParentheses: new CharSet(rawDateWords.closeParentheses),
  hourUnits: new CharSet(rawDateWords.hourUnits),
  minuteUnits: new CharSet(rawDateWords.minuteUnits),
  clockSuffixes: new CharSet(rawDateWords.clockSuffixes),
  closedClockSuffixes: new CharSet(rawDateWords.closedClockSuffixes),
  clockApproaches: rawDateWords.clockApproaches,
  timesOfDay: new WordTable<GuardedWord>(rawDateWords.timesOfDay),
  openEndSuffixes: new WordTable<GuardedWord>(rawDateWords.openEndSuffixes),
  openStartSuffixes: new WordTable<GuardedWord>(rawDateWords.openStartSuffixes),
  rangeSeparators: new WordTable(asWords(rawDateWords.rangeSeparators)),
  spacedRangeSeparators: new Set<string>(rawDateWords.spacedRangeSeparators),
  listMarks: new CharSet(rawDateWords.listMarks),
  yearApostrophes: new CharSet(rawDateWords.yearApostrophes),
  numericDateSeparators: new Set<string>(rawDateWords.numericDateSeparators),
  datelineKeywords: rawDateWords.datelineKeywords,
  wireDatelineEnds: rawDateWords.wireDatelineEnds,
  sentenceEnders: new CharSet(rawDateWords.sentenceEnders),
  occasionsAhead: rawDateWords.occasionsAhead,
  topicMarkers: new Set<string>(rawDateWords.topicMarkers),
  daysAheadMarkers: rawDateWords.daysAheadMarkers,
  sentenceAheadMarkers: rawDateWords.sentenceAheadMarkers,
  holidayGatherings: rawDateWords.holidayGatherings,
  namedEventYears: { reach: rawDateWords.namedEventYears.reach, ends: rawDateWords.namedEventYears.ends, notOpening: new CharSet(rawDateWords.namedEventYears.notOpening) },
};

/** The longest word of `table` at `pos` that is not blocked by its neighbours. */
export const matchWordAt = <T extends GuardedWord>(text: string, pos: number, table: WordTable<T>): T | null =>
  table.matchAt(text, pos);
