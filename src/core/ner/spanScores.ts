/** Exact-span precision, recall and F1 of predicted spans against gold ones, micro-averaged over documents. */

export interface SpanScores { precision: number; recall: number; f1: number; gold: number; predicted: number; correct: number }

interface TypedSpan { type: string; start: number; end: number }

/** Counts per type, added document by document (spans of one document share its offsets). */
export class SpanTally {
  private readonly counts = new Map<string, { gold: number; predicted: number; correct: number }>();

  add(gold: TypedSpan[], predicted: TypedSpan[]): void {
    const goldKeys = new Set(gold.map((s) => `${s.type}:${s.start}:${s.end}`));
    for (const type of new Set([...gold, ...predicted].map((s) => s.type))) this.countsOf(type);
    for (const s of gold) this.countsOf(s.type).gold++;
    for (const s of predicted) {
      const counts = this.countsOf(s.type);
      counts.predicted++;
      if (goldKeys.has(`${s.type}:${s.start}:${s.end}`)) counts.correct++;
    }
  }

  private countsOf(type: string) {
    let counts = this.counts.get(type);
    if (!counts) this.counts.set(type, (counts = { gold: 0, predicted: 0, correct: 0 }));
    return counts;
  }

  scores(type: string): SpanScores {
    const { gold, predicted, correct } = this.counts.get(type) ?? { gold: 0, predicted: 0, correct: 0 };
    const precision = predicted ? correct / predicted : 0;
    const recall = gold ? correct / gold : 0;
    return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, gold, predicted, correct };
  }
}

export function formatScores(s: SpanScores): string {
  return `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (gold ${s.gold}, predicted ${s.predicted})`;
}
