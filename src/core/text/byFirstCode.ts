/**
 * Items (words, names) listed by the first code unit of their text, with one bit per code unit saying whether any
 * starts with it: a scan that looks them up at every character of a text passes over the characters that start
 * none without a lookup in the map (most of them).
 */
export class ByFirstCode<T> {
  private readonly lists = new Map<number, T[]>();
  private readonly bits = new Uint32Array(0x10000 >> 5);

  /** Adds `item` at the end of the list of `code`. */
  add(code: number, item: T): void {
    const list = this.lists.get(code);
    if (list) list.push(item);
    else {
      this.lists.set(code, [item]);
      this.bits[code >> 5] |= 1 << (code & 31);
    }
  }

  /** The items whose text starts with `code`, in the order added (none: undefined; NaN, past a text's end: undefined). */
  at(code: number): T[] | undefined {
    return (this.bits[code >> 5] >>> (code & 31)) & 1 ? this.lists.get(code) : undefined;
  }

  has(code: number): boolean {
    return this.lists.has(code);
  }

  get size(): number {
    return this.lists.size;
  }

  /** Each code's list, to be sorted in place. */
  allLists(): IterableIterator<T[]> {
    return this.lists.values();
  }
}
