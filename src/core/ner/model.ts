/** The trained weights of the sequence labeller, Viterbi decoding, and the model file's format. */
import { FEATURES_PER_CHAR } from './features';
import { CLOSERS, ENTITY_LABELS, LABEL_COUNT, OPENERS, OUTSIDE, allowedTransition, closesEntity, largestOfSeven } from './labels';

// The emission loops and the packed rows are written out for thirteen labels.
if (LABEL_COUNT !== 13) throw new Error('NerModel.emissions expects 13 labels');
const MAGIC = 0x3252454e; // 'NER2', little-endian
const HEADER_BYTES = 20;
/** Score of a move the labels forbid (I after O): never chosen. */
const FORBIDDEN = -1e30;

/**
 * A quantised model's int8 weights packed for scoring: a bucket's thirteen weights are one aligned row of four
 * int32 words, four weights to a word, each stored as weight + 128 (1…255). Adding rows word by word sums two
 * lanes of 16 bits at a time (28 × 255 < 2¹⁶), so a bucket costs four reads instead of thirteen, and its row never
 * straddles two cache lines.
 */
export class PackedWeights {
  static readonly ROW_WORDS = 4;
  private static readonly BIAS = 128;

  readonly rows: Int32Array;

  constructor(readonly bucketCount: number) {
    this.rows = new Int32Array(bucketCount * PackedWeights.ROW_WORDS).fill(0x80808080 | 0);
  }

  get length(): number {
    return this.bucketCount * LABEL_COUNT;
  }

  /** The weight of bucket × LABEL_COUNT + label, as an int8. */
  get(index: number): number {
    const bucket = Math.floor(index / LABEL_COUNT);
    const label = index - bucket * LABEL_COUNT;
    const shift = (label & 3) * 8;
    return ((this.rows[bucket * PackedWeights.ROW_WORDS + (label >> 2)] >>> shift) & 0xff) - PackedWeights.BIAS;
  }

  set(index: number, value: number): void {
    const bucket = Math.floor(index / LABEL_COUNT);
    const label = index - bucket * LABEL_COUNT;
    const shift = (label & 3) * 8;
    const at = bucket * PackedWeights.ROW_WORDS + (label >> 2);
    this.rows[at] = (this.rows[at] & ~(0xff << shift)) | (((value + PackedWeights.BIAS) & 0xff) << shift);
  }

  /** What a row sum of `features` rows holds in each lane besides the weights. */
  static biasOf(features: number): number {
    return PackedWeights.BIAS * features;
  }
}

/** Reused across sentences: the scores of one piece (grown as needed). */
let scoreBuffer = new Float32Array(0);

/**
 * Weights per (feature bucket, label) and per label move. Most weights are zero (a perceptron only touches
 * what it got wrong), so the file keeps the others alone, quantised to one byte. The file: magic, log2 of the
 * bucket count, label count, the weights' scale, how many weights follow; (1 + LABEL_COUNT) × LABEL_COUNT float32
 * moves (the first row: from the sentence start); then per non-zero weight the gap from the previous one's
 * index (LEB128) and its int8 value. Little-endian.
 */
export class NerModel {
  readonly bucketMask: number;

  constructor(
    readonly log2Buckets: number,
    /** bucket × LABEL_COUNT, row-major (float while training, packed int8 when read from a file); × `weightScale` they are scores. */
    readonly weights: Float32Array | PackedWeights,
    /** (1 + LABEL_COUNT) × LABEL_COUNT: row 0 from the start, row 1 + p from label p. */
    readonly transitions: Float32Array,
    readonly weightScale = 1,
  ) {
    this.bucketMask = (1 << log2Buckets) - 1;
  }

  /** Emission scores: characters × LABEL_COUNT (in `scores`, or a new array). */
  emissions(features: Int32Array, length: number, scores = new Float32Array(length * LABEL_COUNT)): Float32Array {
    if (this.weights instanceof PackedWeights) packedEmissions(this.weights.rows, this.bucketMask, this.weightScale, features, length, scores);
    else floatEmissions(this.weights, this.bucketMask, this.weightScale, features, length, scores);
    return scores;
  }

  /** The best valid label sequence for the characters whose features are given. */
  decode(features: Int32Array, length: number): Uint8Array {
    if (scoreBuffer.length < length * LABEL_COUNT) scoreBuffer = new Float32Array(Math.max(length, 256) * LABEL_COUNT);
    return viterbi(this.emissions(features, length, scoreBuffer), length, this.transitions);
  }

  toBytes(): Uint8Array {
    const { weights } = this;
    const weightAt = weights instanceof PackedWeights ? (i: number) => weights.get(i) : (i: number) => weights[i];
    let largest = 0;
    for (let i = 0; i < weights.length; i++) largest = Math.max(largest, Math.abs(weightAt(i) * this.weightScale));
    const toInt8 = largest > 0 ? 127 / largest : 1;
    const entries: number[] = [];
    let previous = -1;
    for (let i = 0; i < weights.length; i++) {
      const value = Math.round(weightAt(i) * this.weightScale * toInt8);
      if (value === 0) continue;
      for (let gap = i - previous - 1; ; gap >>>= 7) {
        if (gap < 0x80) { entries.push(gap); break; }
        entries.push((gap & 0x7f) | 0x80);
      }
      entries.push(value & 0xff);
      previous = i;
    }
    const transitionBytes = this.transitions.length * 4;
    const bytes = new Uint8Array(HEADER_BYTES + transitionBytes + entries.length);
    const view = new DataView(bytes.buffer);
    view.setUint32(0, MAGIC, true);
    view.setUint32(4, this.log2Buckets, true);
    view.setUint32(8, LABEL_COUNT, true);
    view.setFloat32(12, 1 / toInt8, true);
    view.setUint32(16, entries.length, true);
    this.transitions.forEach((t, i) => view.setFloat32(HEADER_BYTES + i * 4, Math.max(t, -1e9), true));
    bytes.set(entries, HEADER_BYTES + transitionBytes);
    return bytes;
  }

  /** Reads a model file; undefined when the bytes are no model of this version. */
  static fromBytes(bytes: Uint8Array): NerModel | undefined {
    if (bytes.byteLength < HEADER_BYTES) return undefined;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (view.getUint32(0, true) !== MAGIC || view.getUint32(8, true) !== LABEL_COUNT) return undefined;
    const log2Buckets = view.getUint32(4, true);
    const scale = view.getFloat32(12, true);
    const transitionCount = (1 + LABEL_COUNT) * LABEL_COUNT;
    const entriesAt = HEADER_BYTES + transitionCount * 4;
    if (log2Buckets > 24 || bytes.byteLength !== entriesAt + view.getUint32(16, true)) return undefined;
    const transitions = new Float32Array(transitionCount);
    for (let i = 0; i < transitionCount; i++) transitions[i] = view.getFloat32(HEADER_BYTES + i * 4, true);
    const weights = new PackedWeights(1 << log2Buckets);
    return readWeights(bytes, entriesAt, weights) ? new NerModel(log2Buckets, weights, forbidInvalidMoves(transitions), scale) : undefined;
  }
}

/**
 * The weights' entries (gap LEB128, int8) written into `weights`; false when they run past the table or the
 * bytes. A million entries are read at each start (the first highlight waits on it), so the bucket and label
 * are followed as the index moves instead of divided out of it (PackedWeights.set does that), and the row words
 * are written directly. Same weights as set() one by one.
 */
function readWeights(bytes: Uint8Array, entriesAt: number, weights: PackedWeights): boolean {
  const { rows } = weights;
  const end = bytes.byteLength;
  let bucket = 0;
  let label = -1;
  for (let at = entriesAt; at < end; ) {
    let gap = 0;
    for (let shift = 0; at < end; shift += 7) {
      const byte = bytes[at++];
      gap += shift < 28 ? (byte & 0x7f) << shift : (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) break;
    }
    label += gap + 1;
    if (label >= LABEL_COUNT) {
      bucket += Math.floor(label / LABEL_COUNT);
      label %= LABEL_COUNT;
    }
    if (bucket >= weights.bucketCount || at >= end) return false;
    const word = bucket * PackedWeights.ROW_WORDS + (label >> 2);
    const shift = (label & 3) * 8;
    // An int8 stored as weight + 128 (PackedWeights.BIAS): its byte with the top bit flipped.
    rows[word] = (rows[word] & ~(0xff << shift)) | ((bytes[at++] ^ 0x80) << shift);
  }
  return true;
}

/** While training: float weights, the thirteen sums in locals (LABEL_COUNT is fixed at 13) while a row is read once. */
function floatEmissions(weights: Float32Array, bucketMask: number, weightScale: number, features: Int32Array, length: number, scores: Float32Array): void {
  for (let i = 0; i < length; i++) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0, s9 = 0, s10 = 0, s11 = 0, s12 = 0;
    for (let f = i * FEATURES_PER_CHAR, last = f + FEATURES_PER_CHAR; f < last; f++) {
      const b = (features[f] & bucketMask) * 13;
      s0 += weights[b]; s1 += weights[b + 1]; s2 += weights[b + 2]; s3 += weights[b + 3]; s4 += weights[b + 4];
      s5 += weights[b + 5]; s6 += weights[b + 6]; s7 += weights[b + 7]; s8 += weights[b + 8]; s9 += weights[b + 9];
      s10 += weights[b + 10]; s11 += weights[b + 11]; s12 += weights[b + 12];
    }
    const row = i * 13;
    scores[row] = s0 * weightScale; scores[row + 1] = s1 * weightScale; scores[row + 2] = s2 * weightScale;
    scores[row + 3] = s3 * weightScale; scores[row + 4] = s4 * weightScale; scores[row + 5] = s5 * weightScale;
    scores[row + 6] = s6 * weightScale; scores[row + 7] = s7 * weightScale; scores[row + 8] = s8 * weightScale;
    scores[row + 9] = s9 * weightScale; scores[row + 10] = s10 * weightScale; scores[row + 11] = s11 * weightScale;
    scores[row + 12] = s12 * weightScale;
  }
}

/**
 * The hot loop of the analysis, bound by memory: a character's 28 rows lie at random in an 8 MB table. So the
 * first word of each of the next character's rows is read (and summed) one character ahead: those cache misses
 * overlap the current character's work instead of queueing. Each word adds two 16-bit lanes. Integer sums, so the
 * scores equal floatEmissions' on the same weights exactly.
 */
function packedEmissions(rows: Int32Array, bucketMask: number, weightScale: number, features: Int32Array, length: number, scores: Float32Array): void {
  const bias = PackedWeights.biasOf(FEATURES_PER_CHAR);
  // Labels 0 and 2 (a0), 1 and 3 (b0) of character i: the rows' first words, gathered one character ahead.
  let a0 = 0, b0 = 0;
  for (let i = -1; i < length; i++) {
    let nextA0 = 0, nextB0 = 0;
    if (i + 1 < length) {
      for (let f = (i + 1) * FEATURES_PER_CHAR, last = f + FEATURES_PER_CHAR; f < last; f++) {
        const w0 = rows[(features[f] & bucketMask) << 2];
        nextA0 += w0 & 0xff00ff; nextB0 += (w0 >>> 8) & 0xff00ff;
      }
    }
    if (i >= 0) {
      let a1 = 0, b1 = 0, a2 = 0, b2 = 0, a3 = 0;
      for (let f = i * FEATURES_PER_CHAR, last = f + FEATURES_PER_CHAR; f < last; f++) {
        const at = (features[f] & bucketMask) << 2;
        const w1 = rows[at + 1], w2 = rows[at + 2];
        a1 += w1 & 0xff00ff; b1 += (w1 >>> 8) & 0xff00ff;
        a2 += w2 & 0xff00ff; b2 += (w2 >>> 8) & 0xff00ff;
        a3 += rows[at + 3] & 0xff;
      }
      const row = i * 13;
      scores[row] = ((a0 & 0xffff) - bias) * weightScale; scores[row + 1] = ((b0 & 0xffff) - bias) * weightScale;
      scores[row + 2] = ((a0 >>> 16) - bias) * weightScale; scores[row + 3] = ((b0 >>> 16) - bias) * weightScale;
      scores[row + 4] = ((a1 & 0xffff) - bias) * weightScale; scores[row + 5] = ((b1 & 0xffff) - bias) * weightScale;
      scores[row + 6] = ((a1 >>> 16) - bias) * weightScale; scores[row + 7] = ((b1 >>> 16) - bias) * weightScale;
      scores[row + 8] = ((a2 & 0xffff) - bias) * weightScale; scores[row + 9] = ((b2 & 0xffff) - bias) * weightScale;
      scores[row + 10] = ((a2 >>> 16) - bias) * weightScale; scores[row + 11] = ((b2 >>> 16) - bias) * weightScale;
      scores[row + 12] = (a3 - bias) * weightScale;
    }
    a0 = nextA0; b0 = nextB0;
  }
}

/** Sets the moves the labels forbid to FORBIDDEN, so decoding gives only valid BIOES sequences. */
export function forbidInvalidMoves(transitions: Float32Array): Float32Array {
  for (let y = 0; y < LABEL_COUNT; y++) {
    if (!allowedTransition(OUTSIDE, y)) transitions[y] = FORBIDDEN;
    for (let p = 0; p < LABEL_COUNT; p++) if (!allowedTransition(p, y)) transitions[(1 + p) * LABEL_COUNT + y] = FORBIDDEN;
  }
  return transitions;
}

const [C0, C1, C2, C3, C4, C5, C6] = CLOSERS;

/** Reused across sentences: back pointers (grown as needed), the moves' scores (p × LABEL_COUNT + y: the transitions after their first row), and the best scores of the previous and current character. */
let backBuffer = new Uint8Array(0);
const moveScores = new Float64Array(LABEL_COUNT * LABEL_COUNT);
let previousBest = new Float64Array(LABEL_COUNT);
let currentBest = new Float64Array(LABEL_COUNT);

/**
 * Best path through characters × labels with the moves' scores; the last label must close any entity. Only the
 * back pointers are kept per character; decoding never weighs a forbidden move.
 */
export function viterbi(scores: Float32Array, length: number, transitions: Float32Array): Uint8Array {
  const labels = new Uint8Array(length);
  if (length === 0) return labels;
  if (backBuffer.length < length * LABEL_COUNT) backBuffer = new Uint8Array(Math.max(length, 256) * LABEL_COUNT);
  const back = backBuffer;
  let best = previousBest;
  let next = currentBest;
  for (let at = 0; at < moveScores.length; at++) moveScores[at] = transitions[LABEL_COUNT + at];
  const L = LABEL_COUNT;
  for (let y = 0; y < L; y++) best[y] = transitions[y] + scores[y];
  // Over the label groups of labels.ts; each label's predecessor is the first of them (in increasing order)
  // with the top score, and OUTSIDE where none beats -Infinity, as a loop over the allowed moves chose.
  for (let i = 1; i < length; i++) {
    const row = i * L;
    const b0 = best[C0], b1 = best[C1], b2 = best[C2], b3 = best[C3], b4 = best[C4], b5 = best[C5], b6 = best[C6];
    for (let k = 0; k < OPENERS.length; k++) {
      const y = OPENERS[k];
      const s0 = b0 + moveScores[C0 * L + y], s1 = b1 + moveScores[C1 * L + y], s2 = b2 + moveScores[C2 * L + y], s3 = b3 + moveScores[C3 * L + y];
      const s4 = b4 + moveScores[C4 * L + y], s5 = b5 + moveScores[C5 * L + y], s6 = b6 + moveScores[C6 * L + y];
      const top = largestOfSeven(s0, s1, s2, s3, s4, s5, s6);
      next[y] = top + scores[row + y];
      // C0 is OUTSIDE: where all are -Infinity, the first.
      back[row + y] = s0 === top ? C0 : s1 === top ? C1 : s2 === top ? C2 : s3 === top ? C3 : s4 === top ? C4 : s5 === top ? C5 : C6;
    }
    for (let t = 0; t < ENTITY_LABELS.length; t++) {
      const { begin, inside, last } = ENTITY_LABELS[t];
      const fromBeginInside = best[begin] + moveScores[begin * L + inside];
      const fromInsideInside = best[inside] + moveScores[inside * L + inside];
      const topInside = fromInsideInside > fromBeginInside ? fromInsideInside : fromBeginInside;
      next[inside] = topInside + scores[row + inside];
      back[row + inside] = topInside === -Infinity ? OUTSIDE : fromInsideInside > fromBeginInside ? inside : begin;
      const fromBeginLast = best[begin] + moveScores[begin * L + last];
      const fromInsideLast = best[inside] + moveScores[inside * L + last];
      const topLast = fromInsideLast > fromBeginLast ? fromInsideLast : fromBeginLast;
      next[last] = topLast + scores[row + last];
      back[row + last] = topLast === -Infinity ? OUTSIDE : fromInsideLast > fromBeginLast ? inside : begin;
    }
    const done = best;
    best = next;
    next = done;
  }
  previousBest = best;
  currentBest = next;
  let label = 0;
  let top = -Infinity;
  for (let y = 0; y < LABEL_COUNT; y++) {
    if (closesEntity(y) && best[y] > top) { top = best[y]; label = y; }
  }
  for (let i = length - 1; i >= 0; i--) {
    labels[i] = label;
    label = back[i * LABEL_COUNT + label];
  }
  return labels;
}
