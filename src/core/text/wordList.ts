/**
 * A list of words asked at many places of a text which of them starts there, or whether a word ends with one of
 * them: one bit per code unit that some word starts (ends) with answers most places without a comparison. Each
 * answer is the list's own (`find` in the list's order, `some`).
 */
export class WordList {
  private readonly firstCodes = new Uint32Array(0x10000 >> 5);
  private readonly lastCodes = new Uint32Array(0x10000 >> 5);
  /** An empty word starts and ends everywhere: the tables cannot say so. */
  private readonly holdsEmpty: boolean;
  /** The words as a set, made on the first `includes`. */
  private members: Set<string> | undefined;

  constructor(readonly words: readonly string[]) {
    for (const word of words) {
      if (!word) continue;
      const first = word.charCodeAt(0);
      const last = word.charCodeAt(word.length - 1);
      this.firstCodes[first >> 5] |= 1 << (first & 31);
      this.lastCodes[last >> 5] |= 1 << (last & 31);
    }
    this.holdsEmpty = words.includes('');
  }

  /** The first word of the list written at text[at…] (words.find((w) => text.startsWith(w, at))). */
  startingAt(text: string, at: number): string | undefined {
    // A negative offset reads from 0, as startsWith does.
    const code = text.charCodeAt(Math.max(at, 0));
    if (!this.holdsEmpty && !((this.firstCodes[code >> 5] >>> (code & 31)) & 1)) return undefined;
    return this.words.find((word) => text.startsWith(word, at));
  }

  /** Whether one of the list's words ends right at `at` (words.some((w) => text.startsWith(w, at - w.length))). */
  endingAt(text: string, at: number): boolean {
    if (at <= 0) return at === 0 && this.holdsEmpty;
    const code = text.charCodeAt(at - 1);
    if (!this.holdsEmpty && !((this.lastCodes[code >> 5] >>> (code & 31)) & 1)) return false;
    return this.words.some((word) => at >= word.length && text.startsWith(word, at - word.length));
  }

  /** Whether text[from, to) holds one of the list's words (words.some((w) => text.slice(from, to).includes(w))). */
  occursIn(text: string, from = 0, to = text.length): boolean {
    if (this.holdsEmpty) return true;
    for (let at = from; at < to; at++) {
      const code = text.charCodeAt(at);
      if (!((this.firstCodes[code >> 5] >>> (code & 31)) & 1)) continue;
      for (const word of this.words) if (word && at + word.length <= to && text.startsWith(word, at)) return true;
    }
    return false;
  }

  /** Whether `word` is one of the list's words (words.includes(word)): most are told apart by their last code. */
  includes(word: string): boolean {
    const code = word.charCodeAt(word.length - 1);
    if (!this.holdsEmpty && !((this.lastCodes[code >> 5] >>> (code & 31)) & 1)) return false;
    return (this.members ??= new Set(this.words)).has(word);
  }

  /** Whether `word` ends with one of the list's words. */
  endOf(word: string): boolean {
    const code = word.charCodeAt(word.length - 1);
    if (!this.holdsEmpty && !((this.lastCodes[code >> 5] >>> (code & 31)) & 1)) return false;
    return this.words.some((ending) => word.endsWith(ending));
  }
}
