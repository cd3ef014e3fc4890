/**
 * How sure the labeller is of a reading: the score its best label sequence loses when a span is forced to be one
 * entity of a type (or no entity at all). Zero where it reads the span so already; large where its evidence is
 * against it. The rules' entities are weighed against this margin (combine.ts) instead of always winning or
 * always losing. Computed from the labeller's own emission scores, only for the sentences where the rules and the
 * labeller disagree.
 */
import { CLOSERS, ENTITY_LABELS, ENTITY_TYPES, LABEL_COUNT, OPENERS, OUTSIDE, allowedTransition, closesEntity, labelOf, largestOfSeven, type NerType } from './labels';
import type { NerModel } from './model';

/** A piece of text the labeller read alone, with its emission scores (characters × labels). */
export interface TextPiece { start: number; end: number; emissions: Float32Array }

/** For each label the labels that may come before it: the scores never weigh a forbidden move. */
const BEFORE: number[][] = Array.from({ length: LABEL_COUNT }, (_, y) => Array.from({ length: LABEL_COUNT }, (_, p) => p).filter((p) => allowedTransition(p, y)));

const [C0, C1, C2, C3, C4, C5, C6] = CLOSERS;

/** Pieces whose forward and backward scores are kept: disputes come in the text's order, a few at a time. */
const CACHED_PIECES = 16;

/**
 * One piece's scores: `forward[i·L + y]` is the best score of labels 0..i ending in y, `backward[i·L + y]` the best
 * score of the labels after i given y at i. Any span's forced reading is then read off them in time of its length.
 */
export interface ForwardBackward { forward: Float64Array; backward: Float64Array; best: number }
interface PieceScores extends ForwardBackward { piece: TextPiece }

/**
 * Scores kept across analyses by the emissions they were computed from (an AnalysisMemo's: a piece the labeller
 * read before comes back with the same emissions array, so its scores are not computed again).
 */
export type LastingScores = WeakMap<Float32Array, ForwardBackward>;

export class SpanMargins {
  private readonly cache = new Map<number, PieceScores>();
  /** The score of the move from label p to label y at p × LABEL_COUNT + y (the transitions after their first row). */
  private readonly moves: Float64Array;

  constructor(
    private readonly model: NerModel,
    /** The sentence pieces the labeller read, in order. */
    private readonly pieces: TextPiece[],
    private readonly lasting?: LastingScores,
  ) {
    this.moves = new Float64Array(LABEL_COUNT * LABEL_COUNT);
    for (let at = 0; at < this.moves.length; at++) this.moves[at] = model.transitions[LABEL_COUNT + at];
  }

  /**
   * What the best reading loses when text[start, end) must be one entity of `type`, or no entity when `type` is
   * undefined; Infinity where the span crosses a piece the labeller read alone.
   */
  cost(start: number, end: number, type: NerType | undefined): number {
    const scores = this.scoresAt(start);
    if (!scores || end > scores.piece.end || end <= start) return Infinity;
    const { piece, forward, backward, best } = scores;
    const { emissions } = piece;
    const { transitions } = this.model;
    const t = type === undefined ? -1 : ENTITY_TYPES.indexOf(type);
    const length = end - start;
    const labelAt = (i: number) => (t < 0 ? OUTSIDE : length === 1 ? labelOf(t, 3) : labelOf(t, i === 0 ? 0 : i === length - 1 ? 2 : 1));
    const first = start - piece.start;
    let score = transitions[labelAt(0)];
    if (first > 0) {
      score = -Infinity;
      for (const p of BEFORE[labelAt(0)]) score = Math.max(score, forward[(first - 1) * LABEL_COUNT + p] + transitions[(1 + p) * LABEL_COUNT + labelAt(0)]);
    }
    for (let i = 0; i < length; i++) {
      const label = labelAt(i);
      if (i > 0) score += transitions[(1 + labelAt(i - 1)) * LABEL_COUNT + label];
      score += emissions[(first + i) * LABEL_COUNT + label];
    }
    score += backward[(first + length - 1) * LABEL_COUNT + labelAt(length - 1)];
    return Math.max(0, best - score);
  }

  private scoresAt(offset: number): PieceScores | undefined {
    let lo = 0;
    let hi = this.pieces.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const piece = this.pieces[mid];
      if (offset < piece.start) hi = mid - 1;
      else if (offset >= piece.end) lo = mid + 1;
      else {
        let scores = this.cache.get(mid);
        if (!scores) {
          if (this.cache.size >= CACHED_PIECES) this.cache.delete(this.cache.keys().next().value!);
          this.cache.set(mid, (scores = { piece, ...this.scoresOf(piece.emissions, piece.end - piece.start) }));
        }
        return scores;
      }
    }
    return undefined;
  }

  private scoresOf(emissions: Float32Array, length: number): ForwardBackward {
    let scores = this.lasting?.get(emissions);
    if (!scores) {
      scores = this.read(emissions, length);
      this.lasting?.set(emissions, scores);
    }
    return scores;
  }

  /**
   * Forward and backward best scores: Viterbi's recursions in both directions, over the allowed moves only (the
   * label groups of labels.ts). Each score adds the same terms in the same order as a loop over the moves would.
   */
  private read(emissions: Float32Array, length: number): ForwardBackward {
    const { transitions } = this.model;
    const { moves } = this;
    const L = LABEL_COUNT;
    const forward = new Float64Array(length * L);
    const backward = new Float64Array(length * L);
    for (let y = 0; y < L; y++) forward[y] = transitions[y] + emissions[y];
    for (let i = 1; i < length; i++) {
      const previous = (i - 1) * L;
      const row = i * L;
      const f0 = forward[previous + C0], f1 = forward[previous + C1], f2 = forward[previous + C2], f3 = forward[previous + C3];
      const f4 = forward[previous + C4], f5 = forward[previous + C5], f6 = forward[previous + C6];
      for (let k = 0; k < OPENERS.length; k++) {
        const y = OPENERS[k];
        const top = largestOfSeven(f0 + moves[C0 * L + y], f1 + moves[C1 * L + y], f2 + moves[C2 * L + y], f3 + moves[C3 * L + y], f4 + moves[C4 * L + y], f5 + moves[C5 * L + y], f6 + moves[C6 * L + y]);
        forward[row + y] = top + emissions[row + y];
      }
      for (let t = 0; t < ENTITY_LABELS.length; t++) {
        const { begin, inside, last } = ENTITY_LABELS[t];
        const fromBegin = forward[previous + begin];
        const fromInside = forward[previous + inside];
        forward[row + inside] = Math.max(fromBegin + moves[begin * L + inside], fromInside + moves[inside * L + inside]) + emissions[row + inside];
        forward[row + last] = Math.max(fromBegin + moves[begin * L + last], fromInside + moves[inside * L + last]) + emissions[row + last];
      }
    }
    // The last label must close any entity, as in decoding.
    for (let y = 0; y < L; y++) backward[(length - 1) * L + y] = closesEntity(y) ? 0 : -Infinity;
    for (let i = length - 2; i >= 0; i--) {
      const next = (i + 1) * L;
      const row = i * L;
      const o0 = OPENERS[0], o1 = OPENERS[1], o2 = OPENERS[2], o3 = OPENERS[3], o4 = OPENERS[4], o5 = OPENERS[5], o6 = OPENERS[6];
      const e0 = emissions[next + o0], e1 = emissions[next + o1], e2 = emissions[next + o2], e3 = emissions[next + o3];
      const e4 = emissions[next + o4], e5 = emissions[next + o5], e6 = emissions[next + o6];
      const b0 = backward[next + o0], b1 = backward[next + o1], b2 = backward[next + o2], b3 = backward[next + o3];
      const b4 = backward[next + o4], b5 = backward[next + o5], b6 = backward[next + o6];
      for (let k = 0; k < CLOSERS.length; k++) {
        const y = CLOSERS[k];
        const from = y * L;
        backward[row + y] = largestOfSeven(
          moves[from + o0] + e0 + b0, moves[from + o1] + e1 + b1, moves[from + o2] + e2 + b2, moves[from + o3] + e3 + b3,
          moves[from + o4] + e4 + b4, moves[from + o5] + e5 + b5, moves[from + o6] + e6 + b6,
        );
      }
      for (let t = 0; t < ENTITY_LABELS.length; t++) {
        const { begin, inside, last } = ENTITY_LABELS[t];
        const toInside = emissions[next + inside];
        const toLast = emissions[next + last];
        const afterInside = backward[next + inside];
        const afterLast = backward[next + last];
        backward[row + begin] = Math.max(moves[begin * L + inside] + toInside + afterInside, moves[begin * L + last] + toLast + afterLast);
        backward[row + inside] = Math.max(moves[inside * L + inside] + toInside + afterInside, moves[inside * L + last] + toLast + afterLast);
      }
    }
    let best = -Infinity;
    for (let y = 0; y < L; y++) best = Math.max(best, forward[(length - 1) * L + y] + backward[(length - 1) * L + y]);
    return { forward, backward, best };
  }
}
