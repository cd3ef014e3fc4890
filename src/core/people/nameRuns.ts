import nameStats from '../../../data/name-stats-threshold.json';
import type { Token } from '../text/tokens';
import { tokenAt, tokenStartingAt } from '../text/tokens';
import { DOTTED_NAME, FUNCTION_WORD_SURNAMES, givenNameLikelihood, isNameChar, surnameLength } from './names';

/** A name found in a run, before it is added to the document's people. */
export interface RunName {
  start: number;
  end: number;
}

/**
 * Characters of a possible run of names: Chinese characters, the middle dot, the list comma, and the notes a
 * list of members puts after a name: （女）, （藏族）, （女，壮族）.
 */
const RUN = /(?:[\u3400-\u9fff·•‧・、]|（(?:女|男|[女男][，,][\u3400-\u9fff]{1,5}族|[\u3400-\u9fff]{1,5}族)）)+/g;
const NOTE_OR_COMMA = /^(?:、|（[^（）]*）)/;
const MIN_RUN = 6;
const MAX_PIECE = 4;
const { runs } = nameStats;

/** Whether `at` falls inside a word the segmenter tagged as a name: a cut there splits a name (王太|华王). */
function splitsName(tokens: Token[], at: number): boolean {
  const index = tokenAt(tokens, at);
  return index >= 0 && tokens[index].start < at && /^nr/.test(tokens[index].tag);
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
    if (/^nr/.test(token.tag)) return runs.wordScore;
    // The segmenter's ordinary word (石油, 高于) is rarely a name; 万里 and 巴金 still are in a list of members.
    if (token.tag !== 'x') return runs.commonWordScore;
  }
  if (FUNCTION_WORD_SURNAMES.has(text[start])) return runs.commonWordScore;
  const likelihood = givenNameLikelihood(text.slice(start, end));
  return Math.max(-runs.maxCharScore, Math.min(runs.maxCharScore, likelihood));
}

/**
 * The names a piece may be at `at`: a dotted name, a surname with one or two given-name characters, or a name
 * with no surname (丹增, 热地), which only the rest of the run can vouch for.
 */
function pieces(text: string, at: number, runEnd: number): { end: number; surname: boolean }[] {
  DOTTED_NAME.lastIndex = at;
  const dotted = DOTTED_NAME.exec(text);
  if (dotted && at + dotted[0].length <= runEnd) return [{ end: at + dotted[0].length, surname: true }];
  const given = at + surnameLength(text, at);
  const found: { end: number; surname: boolean }[] = [];
  for (let end = at + 1; end <= Math.min(runEnd, at + MAX_PIECE); end++) {
    if (!isNameChar(text[end - 1]) || text[end - 1] === '、') break;
    if (end - at >= 2) found.push({ end, surname: given > at && end - given <= 2 });
  }
  return found;
}

/**
 * The best cut of text[start, end) into names only, with the notes and commas between them, or undefined
 * where no such cut exists. Dynamic programming over the run's positions: best[i] is the best cut of [start, i).
 */
function cutIntoNames(text: string, start: number, end: number, tokens: Token[], isKnown: (s: number, e: number) => boolean): { score: number; pieces: RunName[] } | undefined {
  const size = end - start;
  const score = new Float64Array(size + 1).fill(-Infinity);
  const count = new Int32Array(size + 1);
  // back[i]: where the last step into i came from; named[i]: whether that step was a name (not a note or comma).
  const back = new Int32Array(size + 1).fill(-1);
  const named = new Uint8Array(size + 1);
  score[0] = 0;
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
    const skip = count[i] ? NOTE_OR_COMMA.exec(text.slice(at, Math.min(end, at + 12))) : null;
    if (skip) {
      step(i, i + skip[0].length, 0, false);
      continue;
    }
    for (const { end: pieceEnd, surname } of pieces(text, at, end)) {
      step(i, pieceEnd - start, surname ? pieceScore(text, at, pieceEnd, tokens, isKnown) : runs.noSurnameScore, true);
    }
  }
  if (score[size] === -Infinity) return undefined;
  const cut: RunName[] = [];
  for (let i = size; i > 0; i = back[i]) if (named[i]) cut.push({ start: start + back[i], end: start + i });
  return { score: score[size], pieces: cut.reverse() };
}

/**
 * Names written one after another, as lists of members are (丁文昌丁石孙丁衡高于珍（女）…), or between list
 * commas (孙毅、尚秀云、杨艺文): a run of characters that can be cut wholly into names, most of them names the
 * segmenter knows or given names of name-like characters.
 */
export function namesInRuns(text: string, tokens: Token[], isKnown: (start: number, end: number) => boolean): RunName[] {
  const names: RunName[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].length < MIN_RUN || surnameLength(text, start) === 0 && !DOTTED_NAME.test(text.slice(start))) continue;
    const cut = cutIntoNames(text, start, end, tokens, isKnown);
    if (!cut || cut.pieces.length < runs.minNames || cut.score / cut.pieces.length < runs.minMeanScore) continue;
    names.push(...cut.pieces);
  }
  return names;
}
