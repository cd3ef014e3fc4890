/** Line and sentence ranges of a text, each found in one linear pass. */
import { dateWords } from './dateWords';

export interface TextRange {
  start: number;
  end: number;
}

/** Lines split at \n (a preceding \r stays with the line; callers trim). */
export function lineRanges(text: string): TextRange[] {
  const lines: TextRange[] = [];
  let start = 0;
  for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
    lines.push({ start, end: newline });
    start = newline + 1;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/**
 * Walks the sentences of a text (ending at 。！？!? or a line break; the ender belongs to the
 * sentence) for offsets visited in increasing order. Nothing is stored, and the total work over
 * all calls is one pass over the text.
 */
export class SentenceCursor {
  private current: TextRange = { start: 0, end: 0 };

  constructor(private readonly text: string) {
    this.current = { start: 0, end: this.endFrom(0) };
  }

  /** The sentence containing `offset` (offsets must not decrease between calls). */
  at(offset: number): TextRange {
    while (this.current.end <= offset && this.current.end < this.text.length) {
      const start = this.current.end;
      this.current = { start, end: this.endFrom(start) };
    }
    return this.current;
  }

  private endFrom(start: number): number {
    for (let i = start; i < this.text.length; i++) if (dateWords.sentenceEnders.at(this.text, i)) return i + 1;
    return this.text.length;
  }
}

/** Index of the range containing `offset`, searching forward from `from` (callers walk in order). */
export function advanceToRange(ranges: TextRange[], offset: number, from: number): number {
  let i = from;
  while (i < ranges.length - 1 && ranges[i].end <= offset) i++;
  return i;
}
