/**
 * How sure the labeller is of a reading: the score its best label sequence loses when a span is forced to be one
 * entity of a type (or no entity at all). Zero where it reads the span so already; large where its evidence is
 * against it. The rules' entities are weighed against this margin (combine.ts) instead of always winning or
 * always losing. Computed from the labeller's own emission scores, only for the sentences where the rules and the
 * labeller disagree.
 */
import { ENTITY_TYPES, LABEL_COUNT, OUTSIDE, allowedTransition, closesEntity, labelOf, type NerType } from './labels';
import type { NerModel } from './model';

/** A piece of text the labeller read alone, with its emission scores (characters × labels). */
export interface TextPiece { start: number; end: number; emissions: Float32Array }

/** For each label the labels that may come before it, and after it: the scores never weigh a forbidden move. */
const BEFORE: number[][] = Array.from({ length: LABEL_COUNT }, (_, y) => Array.from({ length: LABEL_COUNT }, (_, p) => p).filter((p) => allowedTransition(p, y)));
const AFTER: number[][] = Array.from({ length: LABEL_COUNT }, (_, y) => Array.from({ length: LABEL_COUNT }, (_, q) => q).filter((q) => allowedTransition(y, q)));

/**
 * BEFORE and AFTER flattened for the recursions: label y's neighbours are FLAT[START[y] … START[y + 1]), and MOVE
 * is where each move's score is in the transitions (p → y before, y → q after).
 */
const BEFORE_START = Uint8Array.from({ length: LABEL_COUNT + 1 }, (_, y) => BEFORE.slice(0, y).reduce((n, list) => n + list.length, 0));
const BEFORE_FLAT = Uint8Array.from(BEFORE.flat());
const BEFORE_MOVE = Uint16Array.from(BEFORE.flatMap((list, y) => list.map((p) => (1 + p) * LABEL_COUNT + y)));
const AFTER_START = Uint8Array.from({ length: LABEL_COUNT + 1 }, (_, y) => AFTER.slice(0, y).reduce((n, list) => n + list.length, 0));
const AFTER_FLAT = Uint8Array.from(AFTER.flat());
const AFTER_MOVE = Uint16Array.from(AFTER.flatMap((list, y) => list.map((q) => (1 + y) * LABEL_COUNT + q)));

/** The scores of the moves at `places` in the transitions, in order (a plain loop: a typed array's from() with a mapping function is far slower). */
function movesAt(transitions: Float32Array, places: Uint16Array): Float64Array {
  const moves = new Float64Array(places.length);
  for (let k = 0; k < places.length; k++) moves[k] = transitions[places[k]];
  return moves;
}

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
  /** The scores of BEFORE_MOVE's and AFTER_MOVE's moves, in order: the recursions read them without an index each. */
  private readonly beforeMoves: Float64Array;
  private readonly afterMoves: Float64Array;

  constructor(
    private readonly model: NerModel,
    /** The sentence pieces the labeller read, in order. */
    private readonly pieces: TextPiece[],
    private readonly lasting?: LastingScores,
  ) {
    this.beforeMoves = movesAt(model.transitions, BEFORE_MOVE);
    this.afterMoves = movesAt(model.transitions, AFTER_MOVE);
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
   * Forward and backward best scores: Viterbi's recursions in both directions, over the allowed moves only
   * (flat tables, as in model.ts's viterbi: this runs for every disputed sentence).
   */
  private read(emissions: Float32Array, length: number): ForwardBackward {
    const { transitions } = this.model;
    const { beforeMoves, afterMoves } = this;
    const forward = new Float64Array(length * LABEL_COUNT);
    const backward = new Float64Array(length * LABEL_COUNT);
    for (let y = 0; y < LABEL_COUNT; y++) forward[y] = transitions[y] + emissions[y];
    for (let i = 1; i < length; i++) {
      const previous = (i - 1) * LABEL_COUNT;
      for (let y = 0; y < LABEL_COUNT; y++) {
        let top = -Infinity;
        for (let k = BEFORE_START[y], last = BEFORE_START[y + 1]; k < last; k++) {
          const score = forward[previous + BEFORE_FLAT[k]] + beforeMoves[k];
          if (score > top) top = score;
        }
        forward[i * LABEL_COUNT + y] = top + emissions[i * LABEL_COUNT + y];
      }
    }
    // The last label must close any entity, as in decoding.
    for (let y = 0; y < LABEL_COUNT; y++) backward[(length - 1) * LABEL_COUNT + y] = closesEntity(y) ? 0 : -Infinity;
    for (let i = length - 2; i >= 0; i--) {
      const next = (i + 1) * LABEL_COUNT;
      for (let y = 0; y < LABEL_COUNT; y++) {
        let top = -Infinity;
        for (let k = AFTER_START[y], last = AFTER_START[y + 1]; k < last; k++) {
          const q = AFTER_FLAT[k];
          const score = afterMoves[k] + emissions[next + q] + backward[next + q];
          if (score > top) top = score;
        }
        backward[i * LABEL_COUNT + y] = top;
      }
    }
    let best = -Infinity;
    for (let y = 0; y < LABEL_COUNT; y++) best = Math.max(best, forward[(length - 1) * LABEL_COUNT + y] + backward[(length - 1) * LABEL_COUNT + y]);
    return { forward, backward, best };
  }
}
