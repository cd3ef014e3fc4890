/**
 * Training of the sequence labeller: an averaged structured perceptron. Deterministic: the sentences are visited
 * in an order shuffled by a seeded generator, and every update is plain arithmetic, so one seed gives one model.
 */
import { FEATURES_PER_CHAR } from './features';
import { LABEL_COUNT } from './labels';
import { NerModel, forbidInvalidMoves, viterbi } from './model';

export interface TrainingSentence {
  /** FEATURES_PER_CHAR hashes per character (extractFeatures). */
  features: Int32Array;
  labels: Uint8Array;
}

export interface TrainingOptions {
  log2Buckets: number;
  epochs: number;
  seed: number;
  /** Called with the averaged model after each epoch (for choosing the number of epochs on held-out text). */
  afterEpoch?: (epoch: number, model: NerModel) => void;
}

/** mulberry32: a small seeded generator, the same numbers on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(order: Uint32Array, random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
}

export function trainPerceptron(sentences: TrainingSentence[], options: TrainingOptions): NerModel {
  const bucketMask = (1 << options.log2Buckets) - 1;
  const weightCount = (bucketMask + 1) * LABEL_COUNT;
  const weights = new Float32Array(weightCount);
  // Sum of (update × step) for averaging: the average is weights − totals / steps.
  const totals = new Float64Array(weightCount);
  const transitionCount = (1 + LABEL_COUNT) * LABEL_COUNT;
  const transitions = forbidInvalidMoves(new Float32Array(transitionCount));
  const transitionTotals = new Float64Array(transitionCount);
  const current = new NerModel(options.log2Buckets, weights, transitions);
  const random = seededRandom(options.seed);
  const order = Uint32Array.from(sentences.keys());
  let step = 1;

  const update = (features: Int32Array, i: number, label: number, delta: number) => {
    const change = delta * step;
    for (let f = i * FEATURES_PER_CHAR, last = f + FEATURES_PER_CHAR; f < last; f++) {
      const at = (features[f] & bucketMask) * LABEL_COUNT + label;
      weights[at] += delta;
      totals[at] += change;
    }
  };
  const updateMove = (from: number, to: number, delta: number) => {
    const at = (from < 0 ? 0 : 1 + from) * LABEL_COUNT + to;
    transitions[at] += delta;
    transitionTotals[at] += delta * step;
  };

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, random);
    for (const index of order) {
      const { features, labels } = sentences[index];
      const length = labels.length;
      const predicted = viterbi(current.emissions(features, length), length, transitions);
      for (let i = 0; i < length; i++) {
        const gold = labels[i];
        const guess = predicted[i];
        if (gold !== guess) {
          update(features, i, gold, 1);
          update(features, i, guess, -1);
        }
        const goldFrom = i > 0 ? labels[i - 1] : -1;
        const guessFrom = i > 0 ? predicted[i - 1] : -1;
        if (gold !== guess || goldFrom !== guessFrom) {
          updateMove(goldFrom, gold, 1);
          updateMove(guessFrom, guess, -1);
        }
      }
      step++;
    }
    if (options.afterEpoch || epoch === options.epochs) {
      const averaged = averagedModel(options.log2Buckets, weights, totals, transitions, transitionTotals, step);
      options.afterEpoch?.(epoch, averaged);
      if (epoch === options.epochs) return averaged;
    }
  }
  return averagedModel(options.log2Buckets, weights, totals, transitions, transitionTotals, step);
}

function averagedModel(log2Buckets: number, weights: Float32Array, totals: Float64Array, transitions: Float32Array, transitionTotals: Float64Array, step: number): NerModel {
  const averaged = new Float32Array(weights.length);
  for (let i = 0; i < weights.length; i++) averaged[i] = weights[i] - totals[i] / step;
  const averagedMoves = new Float32Array(transitions.length);
  for (let i = 0; i < transitions.length; i++) averagedMoves[i] = transitions[i] - transitionTotals[i] / step;
  return new NerModel(log2Buckets, averaged, forbidInvalidMoves(averagedMoves));
}
