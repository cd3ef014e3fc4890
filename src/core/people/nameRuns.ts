import nameStats from '../../../data/name-stats-threshold.json';
import type { Token } from '../text/tokens';
import { MemoKey, firstTokenFrom, tokenAt, tokenStartingAt } from '../text/tokens';
import type { TextLru } from '../textLru';
import { isTitleHead } from './titleChains';
import { CONJUNCTION_TAG, LIST_CLOSER, isInTurnWord, DOTTED_NAME, PERSONAL_NOTE, LISTED_DOTTED_NAME, FUNCTION_WORD_SURNAMES, isSpeechWord, givenNameLikelihood, isNameBoundary, isNameCharAt, surnameLength } from './names';
import { HAN, HAN_RANGE, MIDDLE_DOT, MIDDLE_DOTS, MIDDLE_DOTS_CLASS } from '../text/characters';

/** A name found in a run, before it is added to the document's people. */
export interface RunName {
  start: number;
  end: number;
}

/**
 * Characters of a possible run of names: Chinese characters, the middle dot, the list comma, and the notes a
 * list of members puts after a name: （女）, （藏族）, （女，壮族）.
 */
const RUN = new RegExp(`(?:[${HAN_RANGE}${MIDDLE_DOTS_CLASS}、]|${PERSONAL_NOTE})+`, 'g');
/** A list comma or a note (（女）, （藏族）) between two names; sticky, read at a position without copying the text. */
const NOTE_OR_COMMA = /、|（[^（）]{0,10}）/y;
const DOTS = [...MIDDLE_DOTS];
const LIST_COMMA = '、'.charCodeAt(0);
const MIN_RUN = 6;
const MAX_PIECE = 4;
const { runs } = nameStats;

/** Whether `at` falls inside a word the segmenter tagged as a name: a cut there splits a name (王太|华王). */
function splitsName(tokens: Token[], at: number): boolean {
  const index = tokenAt(tokens, at);
  return index >= 0 && tokens[index].start < at && /^nr/.test(tokens[index].tag);
}

/**
 * A dotted name's first part may not swallow a word before it (布赫|铁木尔·达瓦买提: two words of two or more
 * characters), though the segmenter may cut an unknown first part into single characters (阿|不|都·); and the
 * name may not end inside a word tagged as a name (阿沛·阿旺晋|美).
 */
function dottedScore(text: string, start: number, end: number, tokens: Token[]): number {
  const piece = text.slice(start, end);
  const firstPartEnd = start + Math.min(...DOTS.map((dot) => piece.indexOf(dot)).filter((i) => i >= 0));
  let words = 0;
  for (let i = tokenAt(tokens, start); i >= 0 && i < tokens.length && tokens[i].start < firstPartEnd; i++) if (tokens[i].word.length >= 2) words++;
  return runs.dottedScore + (words > 1 ? runs.splitNameScore : 0) + (splitsName(tokens, end) ? runs.splitNameScore : 0);
}

/** What one cut of a run says for being a name: the segmenter's word for it, and its given-name characters. */
function pieceScore(text: string, start: number, end: number, tokens: Token[], isKnown: (start: number, end: number) => boolean): number {
  const split = (splitsName(tokens, start) ? runs.splitNameScore : 0) + (splitsName(tokens, end) ? runs.splitNameScore : 0);
  return split + evidence(text, start, end, tokens, isKnown);
}

function evidence(text: string, start: number, end: number, tokens: Token[], isKnown: (start: number, end: number) => boolean): number {
  if (isKnown(start, end)) return runs.wordScore;
  const index = tokenStartingAt(tokens, start);
  const token = index >= 0 ? tokens[index] : undefined;
  if (token?.end === end) {
    // The dictionary tags a few words as names (幸福感, 安全感): word-like characters still count against them.
    if (/^nr/.test(token.tag)) return runs.wordScore + Math.min(0, givenNameLikelihood(text.slice(start, end)));
    // The segmenter's two-character ordinary word (石油, 高于) is rarely a name; 万里 and 巴金 still are in a list of members.
    if (token.tag !== 'x' && end - start === 2) return runs.commonWordScore;
  }
  if (FUNCTION_WORD_SURNAMES.has(text[start])) return runs.commonWordScore;
  const likelihood = givenNameLikelihood(text.slice(start, end));
  return Math.max(-runs.maxCharScore, Math.min(runs.maxCharScore, likelihood));
}

/** The ends a dotted name starting at `at` may have: its last part may run into the next name (艾买提|彭珮云). */
function dottedEnds(text: string, at: number, runEnd: number): number[] {
  for (const pattern of [DOTTED_NAME, LISTED_DOTTED_NAME]) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) continue;
    const end = Math.min(runEnd, at + match[0].length);
    const lastPart = Math.max(...DOTS.map((dot) => match[0].lastIndexOf(dot))) + at + 1;
    const ends: number[] = [];
    for (let e = lastPart + 1; e <= end; e++) ends.push(e);
    return ends;
  }
  return [];
}

/** The end of the longest plain piece (no dot) from `at`: name characters only, up to MAX_PIECE. */
function plainPieceLimit(text: string, at: number, runEnd: number): number {
  let end = at;
  while (end < Math.min(runEnd, at + MAX_PIECE) && isNameCharAt(text, end) && text.charCodeAt(end) !== LIST_COMMA) end++;
  return end;
}

/**
 * The best cuts of text from `start` (up to `end`) into names only, with the notes and commas between them.
 * A piece may be a dotted name (in a list of members its parts may use any characters: 铁木尔·达瓦买提,
 * 阿沛·阿旺晋美), a surname with one or two given-name characters, or a name with no surname (丹增, 热地),
 * which only the rest of the run can vouch for. Dynamic programming over the positions, score[i] being the
 * best cut of [start, start + i). The returned function gives the best cut ending at any position up to `end`, or undefined where no cut ends there.
 */
function cutsFrom(text: string, start: number, end: number, tokens: Token[], isKnown: (s: number, e: number) => boolean): (to: number) => Cut | undefined {
  const size = end - start;
  const score = new Float64Array(size + 1).fill(-Infinity);
  const count = new Int32Array(size + 1);
  // back[i]: where the last step into i came from; named[i]: whether that step was a name (not a note or comma).
  const back = new Int32Array(size + 1).fill(-1);
  const named = new Uint8Array(size + 1);
  score[0] = 0;
  const dotted = MIDDLE_DOT.test(text.slice(start, end));
  const step = (from: number, to: number, gain: number, isName: boolean) => {
    const total = score[from] + gain;
    if (total <= score[to]) return;
    score[to] = total;
    count[to] = count[from] + (isName ? 1 : 0);
    back[to] = from;
    named[to] = isName ? 1 : 0;
  };
  for (let i = 0; i < size; i++) {
    if (score[i] === -Infinity) continue;
    const at = start + i;
    NOTE_OR_COMMA.lastIndex = at;
    const skip = count[i] ? NOTE_OR_COMMA.exec(text) : null;
    if (skip && at + skip[0].length <= end) {
      step(i, i + skip[0].length, 0, false);
      continue;
    }
    // A character no name can take is passed over at a cost, so one odd word does not lose the whole list.
    step(i, i + 1, runs.skipScore, false);
    if (dotted) for (const pieceEnd of dottedEnds(text, at, end)) step(i, pieceEnd - start, dottedScore(text, at, pieceEnd, tokens), true);
    const given = at + surnameLength(text, at);
    const limit = plainPieceLimit(text, at, end);
    for (let pieceEnd = at + 2; pieceEnd <= limit; pieceEnd++) {
      const surname = given > at && pieceEnd - given <= 2;
      step(i, pieceEnd - start, surname ? pieceScore(text, at, pieceEnd, tokens, isKnown) : runs.noSurnameScore, true);
    }
  }
  return (to) => {
    // Steps only go forward, so the best cut ending at `to` is the same whatever lies beyond it.
    if (score[to - start] === -Infinity) return undefined;
    const cut: RunName[] = [];
    for (let i = to - start; i > 0; i = back[i]) if (named[i]) cut.push({ start: start + back[i], end: start + i });
    return { score: score[to - start], pieces: cut.reverse() };
  };
}

type Cut = { score: number; pieces: RunName[] };

function meanScore(cut: Cut): number {
  return cut.score / cut.pieces.length;
}

function accepted(cut: Cut | undefined): cut is Cut {
  return cut !== undefined && cut.pieces.length >= runs.minNames && meanScore(cut) >= runs.minMeanScore;
}

/** A whole run cut into names: lists of members, which start with a name. */
/** Whether a name may start at `start`: a surname, or a dotted name (a run cut whole starts with one). */
function startsName(text: string, start: number): boolean {
  DOTTED_NAME.lastIndex = start;
  return surnameLength(text, start) > 0 || DOTTED_NAME.test(text);
}

function wholeRunCut(text: string, start: number, end: number, tokens: Token[], isKnown: (s: number, e: number) => boolean): Cut | undefined {
  if (end - start < MIN_RUN || !startsName(text, start)) return undefined;
  const cut = cutsFrom(text, start, end, tokens, isKnown)(end);
  return accepted(cut) ? cut : undefined;
}

/**
 * 领导徐自强、侯树栋、马凤桐等: a list joined by at least two 、 inside a longer run, from the name before its first
 * comma (starting where a word starts) to the name after its last (ending where a word ends).
 */
function listCut(text: string, start: number, end: number, tokens: Token[], isKnown: (s: number, e: number) => boolean): Cut | undefined {
  const run = text.slice(start, end);
  const first = start + run.indexOf('、');
  const last = start + run.lastIndexOf('、');
  if (first < start || first === last) return undefined;
  let best: { cut: Cut; rank: number } | undefined;
  const ends = [2, 3, 4].map((after) => last + 1 + after).filter((to) => to <= end && (to === end || tokenStartingAt(tokens, to) >= 0));
  if (!ends.length) return undefined;
  for (const before of [2, 3, 4]) {
    const from = first - before;
    if (from < start || tokenStartingAt(tokens, from) < 0) continue;
    // One pass from `from` serves every end of the list's last name.
    const cutEndingAt = cutsFrom(text, from, ends[ends.length - 1], tokens, isKnown);
    for (const to of ends) {
      const cut = cutEndingAt(to);
      if (!accepted(cut)) continue;
      // The last name ends at 等 or punctuation where it can: 马凤桐|等, not 马凤|桐等.
      const rank = (isNameBoundary(text, to) ? 100 : 0) + meanScore(cut);
      if (!best || rank > best.rank) best = { cut, rank };
    }
  }
  return best?.cut;
}

/** The run without the words that close it (…、赵克志|参加, 陈敏尔|等|参加|会见, 马兴瑞|出席|并|讲话): the names end where they start. */
function runEnd(tokens: Token[], start: number, end: number): number {
  for (let last = tokenAt(tokens, end - 1); last >= 0 && tokens[last].start > start && tokens[last].end === end && closesRun(tokens[last]); last--) end = tokens[last].start;
  return end;
}

/**
 * A word after the names of a run: what they do, or a one-character conjunction or adverb between those (并, 又), or
 * an adverb of how the listed act in turn (…、陈来|先后|发言: isInTurnWord).
 */
function closesRun(token: Token): boolean {
  return isSpeechWord(token.word) || (token.word.length === 1 && /^(c|d)$/.test(token.tag)) || isInTurnWord(token.word);
}

function holdsTitle(tokens: Token[], start: number, end: number): boolean {
  for (let i = Math.max(0, tokenAt(tokens, start)); i < tokens.length && tokens[i].start < end; i++) if (tokens[i].word.length >= 2 && isTitleHead(tokens[i].word)) return true;
  return false;
}

/**
 * Names written one after another, as lists of members are (丁文昌丁石孙丁衡高于珍（女）…), or between list
 * commas (孙毅、尚秀云、杨艺文): a run of characters that can be cut wholly into names, most of them names the
 * segmenter knows or given names of name-like characters. One array of names per list. `known`: the people found
 * so far, sorted by start (what the cuts ask about). With a `memo`, a run read before with the same words and the
 * same people in it is not cut again.
 */
export function namesInRuns(text: string, tokens: Token[], known: readonly RunName[], memo?: TextLru<RunName[]>): RunName[][] {
  const isKnown = (start: number, end: number) => {
    for (let i = firstTokenFrom(known, start); i < known.length && known[i].start === start; i++) if (known[i].end === end) return true;
    return false;
  };
  const lists: RunName[][] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const start = m.index;
    // A run that cutOfRun gives up at once (most clauses) is worth no key: shorter than MIN_RUN, or with fewer
    // than two 、 (no list) and no name at its start (not cut whole).
    const credit = creditOfTwo(text, start, start + m[0].length, tokens, isKnown);
    if (credit) {
      lists.push(credit);
      continue;
    }
    if (m[0].length < MIN_RUN || (!startsName(text, start) && !holdsTwoCommas(m[0]))) continue;
    const key = memo ? runKey(text, start, start + m[0].length, tokens, known) : undefined;
    let cut = key === undefined ? undefined : memo!.get(key)?.map((name) => ({ start: start + name.start, end: start + name.end }));
    if (!cut) {
      cut = cutOfRun(text, start, start + m[0].length, tokens, isKnown)?.pieces ?? [];
      if (key !== undefined) memo!.set(key, cut.map((name) => ({ start: name.start - start, end: name.end - start })), m[0].length);
    }
    if (cut.length) lists.push(cut.map((name) => withoutConjunctionAtEnd(name, text, tokens)));
  }
  return lists;
}

/**
 * A conjunction the segmenter reads as a word of its own (邵鸿|和/c|何报翔) ends no name of a run where the next name
 * follows it at once: it joins the two. Before a mark, or the 等 that closes the list, it is the name's last character
 * (…、郑建和（女）、, …、郎景和等专家).
 */
function withoutConjunctionAtEnd(name: RunName, text: string, tokens: Token[]): RunName {
  const last = tokens[tokenStartingAt(tokens, name.end - 1)];
  const joinsNext = last?.end === name.end && last.tag === CONJUNCTION_TAG && HAN.test(text[name.end] ?? '') && !text.startsWith(LIST_CLOSER, name.end);
  return joinsNext && name.end - 1 - name.start >= 2 ? { ...name, end: name.end - 1 } : name;
}

/** A paragraph's last words in brackets, as a report's credit is written: （龙晓勤刘洋）. */
const CREDIT_CLOSE = /^）[ \t\u3000]*(?:\r?\n|$)/;

/**
 * Two reporters' names written together in the credit that closes a paragraph (（龙晓勤刘洋）, （许知春王忠一）): four
 * to six characters that cut into two names with surnames, each scored as a run's pieces are; the place vouches
 * for them as a list's length does for a run's (a lower mean, name-stats-threshold.json minCreditMeanScore).
 */
function creditOfTwo(text: string, start: number, end: number, tokens: Token[], isKnown: (s: number, e: number) => boolean): RunName[] | undefined {
  if (end - start < 4 || end - start > 6 || text[start - 1] !== '（' || !CREDIT_CLOSE.test(text.slice(end, end + 4)) || surnameLength(text, start) === 0) return undefined;
  const cut = cutsFrom(text, start, end, tokens, isKnown)(end);
  if (!cut || cut.pieces.length !== 2 || cut.pieces.some((piece) => surnameLength(text, piece.start) === 0 || piece.end - piece.start > 3) || meanScore(cut) < runs.minCreditMeanScore) return undefined;
  return cut.pieces;
}

function holdsTwoCommas(run: string): boolean {
  const first = run.indexOf('、');
  return first >= 0 && run.indexOf('、', first + 1) >= 0;
}

/** The names a run of characters (a match of RUN) is cut into, if it is a list of members. */
function cutOfRun(text: string, start: number, runMatchEnd: number, tokens: Token[], isKnown: (start: number, end: number) => boolean): Cut | undefined {
  const end = runEnd(tokens, start, runMatchEnd);
  // A title before a run's first 、 (党和国家领导人习近平、…) heads a list, which is no bare run of members.
  const firstComma = start + text.slice(start, runMatchEnd).indexOf('、');
  const headed = firstComma >= start && firstComma < end && holdsTitle(tokens, start, firstComma);
  const whole = headed ? undefined : wholeRunCut(text, start, end, tokens, isKnown);
  return whole ?? listCut(text, start, end, tokens, isKnown);
}

/**
 * All that cutOfRun reads of a run at text[start, end): its text and the two characters after it (a name's
 * boundary), the words that overlap it, with their tags, and the people found in it, all relative to its start.
 */
function runKey(text: string, start: number, end: number, tokens: Token[], known: readonly RunName[]): string | undefined {
  const key = new MemoKey(text, start, end + 2);
  const covering = tokenAt(tokens, start);
  key.words(tokens, covering >= 0 ? covering : firstTokenFrom(tokens, start), start, end + 1, end + 2);
  // The people found in it, after the words (whose count the key holds), to the key's end.
  for (let i = firstTokenFrom(known, start); i < known.length && known[i].start <= end; i++) {
    key.number(known[i].start - start);
    key.number(known[i].end - start);
  }
  return key.toString();
}
