/** One small interface over the jieba implementations (native nodejieba, jieba-wasm). */
export interface TaggedWord {
  word: string;
  /** jieba POS tag: nr person, ns place, nt organisation, t time, m numeral, x other … */
  tag: string;
}

export interface Segmenter {
  readonly name: string;
  tag(text: string): TaggedWord[];
  /** Adds a word to the user dictionary so it segments whole. */
  addWord(word: string, tag: string): void;
}
