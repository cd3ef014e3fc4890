/**
 * A pure function of a word, remembered for the words asked about lately: the passes ask the same facts of every
 * word of a document, again at each version in the editor, and a small table answers faster than the large
 * lists behind it. It starts again when full (the words of a few long reports).
 */
export class WordMemo<T> {
  private readonly known = new Map<string, T>();

  constructor(private readonly compute: (word: string) => T, private readonly maxWords = 20_000) {}

  get(word: string): T {
    let value = this.known.get(word);
    if (value === undefined && !this.known.has(word)) {
      value = this.compute(word);
      if (this.known.size >= this.maxWords) this.known.clear();
      this.known.set(word, value);
    }
    return value as T;
  }

  /** Forgets every answer: the lists behind them changed. */
  clear(): void {
    this.known.clear();
  }
}
