/**
 * A least-recently-used map from texts to what was computed of them, bounded by characters: what a value costs
 * grows with the length of the text it was computed of (the key, or the text a longer key describes). Map keeps
 * insertion order; a hit only marks its entry (most lookups hit: moving each to the end cost a delete and an
 * insertion), and when room is needed the oldest entries go first, a marked one being moved to the end instead,
 * unmarked (a second chance: the entries used since they were last passed over stay).
 */
export class TextLru<V> {
  private readonly entries = new Map<string, { value: V; chars: number; used: boolean }>();
  private chars = 0;

  constructor(private readonly maxChars: number) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    entry.used = true;
    return entry.value;
  }

  /** `chars`: the length of the text the value was computed of. */
  set(key: string, value: V, chars = key.length): void {
    if (chars > this.maxChars) return;
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.chars -= previous.chars;
    }
    this.entries.set(key, { value, chars, used: false });
    this.chars += chars;
    for (const [oldest, entry] of this.entries) {
      if (this.chars <= this.maxChars) break;
      // The entry just stored stays (the others, marked ones moved after it, go first).
      if (oldest === key) continue;
      this.entries.delete(oldest);
      if (entry.used) {
        entry.used = false;
        this.entries.set(oldest, entry);
      } else this.chars -= entry.chars;
    }
  }

  /** Characters of the texts held. */
  get heldChars(): number {
    return this.chars;
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
    this.chars = 0;
  }
}
