import { HAN_RANGE } from './characters';
/**
 * Builds the text the recognisers read: page breaks inside a sentence rejoined, photo captions moved out of
 * the paragraph they interrupt, Markdown markup dropped. Every character keeps its original UTF-16 offset,
 * so whatever is found in the clean text maps back to the document exactly as it is on disk.
 */
export interface CleanText {
  text: string;
  /** origin[i] is the offset in the original of clean character i. */
  origin: Int32Array;
  originalLength: number;
}

interface Block {
  /** Original offsets [start, end) of the block's content, without its line breaks. */
  start: number;
  end: number;
  isCaption: boolean;
}

const SENTENCE_END = /[。！？!?；;：:”’」』）)…—\]】]$/;
const CJK_START = new RegExp(`^[${HAN_RANGE}]`);
const CAPTION_MARK = /^[■□▲●◆]/;
const CONTINUATION = /[（(]\s*[上下]转第\s*\d+\s*版\s*[）)]\s*$/;
/** Body paragraphs are long or hold a full stop; others ending without punctuation are headlines unless a word runs on. */
const MIN_BODY_PARAGRAPH = 60;

/** Tells whether a word runs across the end of `left` into `right` (新疆维 | 吾尔自治区). */
export type WordCrossesBreak = (left: string, right: string) => boolean;

function splitBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  const paragraph = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = paragraph.exec(source); m; m = paragraph.exec(source)) {
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/.test(source[start])) start++;
    while (end > start && /\s/.test(source[end - 1])) end--;
    if (end > start) blocks.push({ start, end, isCaption: CAPTION_MARK.test(source[start]) });
  }
  return blocks;
}

/** A block ends mid-sentence when it has no closing punctuation and is body text or a word runs on. */
function continuesInto(source: string, block: Block, next: Block, crosses: WordCrossesBreak): boolean {
  const body = source.slice(block.start, block.end);
  if (CONTINUATION.test(body) || SENTENCE_END.test(body) || !CJK_START.test(source[next.start])) return false;
  const isBody = body.length >= MIN_BODY_PARAGRAPH || /[。！？]/.test(body);
  return isBody || crosses(body.slice(-8), source.slice(next.start, Math.min(next.end, next.start + 8)));
}

interface PlacedBlock {
  block: Block;
  joinsPrevious: boolean;
}

/** Orders blocks so a sentence broken by a page break or a caption reads continuously; captions follow it. */
function readingOrder(source: string, blocks: Block[], crosses: WordCrossesBreak): PlacedBlock[] {
  const ordered: PlacedBlock[] = [];
  const pendingCaptions: Block[] = [];
  let previousBody: Block | undefined;
  blocks.forEach((block, index) => {
    if (block.isCaption) {
      const nextBody = blocks.slice(index + 1).find((b) => !b.isCaption);
      const interrupts = previousBody && nextBody && continuesInto(source, previousBody, nextBody, crosses);
      if (interrupts) pendingCaptions.push(block);
      else ordered.push({ block, joinsPrevious: false });
      return;
    }
    const joins = previousBody !== undefined && continuesInto(source, previousBody, block, crosses);
    ordered.push({ block, joinsPrevious: joins });
    if (!joins) {
      // The sentence the captions interrupted is complete: the captions go after it.
      ordered.splice(ordered.length - 1, 0, ...pendingCaptions.splice(0).map((caption) => ({ block: caption, joinsPrevious: false })));
    }
    previousBody = block;
  });
  ordered.push(...pendingCaptions.map((caption) => ({ block: caption, joinsPrevious: false })));
  return ordered;
}

const MARKDOWN_IMAGE = /!\[[^\]\n]*\]\([^)\n]*\)/g;
const MARKDOWN_EMPHASIS = /\*{1,3}|_{2,3}|^#{1,6}\s+|^>\s?/gm;

/** Offsets inside [start,end) that the recognisers should not see (Markdown markup). */
function markupRanges(source: string, start: number, end: number): [number, number][] {
  const body = source.slice(start, end);
  const ranges: [number, number][] = [];
  for (const pattern of [MARKDOWN_IMAGE, MARKDOWN_EMPHASIS]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
      if (m[0].length === 0) { pattern.lastIndex++; continue; }
      ranges.push([start + m.index, start + m.index + m[0].length]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

const NO_CROSSING: WordCrossesBreak = () => false;

/** Collects the clean text as slices of the original, with each character's original offset. */
class CleanTextBuilder {
  private readonly parts: string[] = [];
  private origin: Int32Array;
  private length = 0;

  constructor(private readonly source: string) {
    this.origin = new Int32Array(source.length + 16);
  }

  /** Appends source[start, end) unchanged. */
  copy(start: number, end: number): void {
    if (end <= start) return;
    this.reserve(end - start);
    this.parts.push(this.source.slice(start, end));
    for (let i = start; i < end; i++) this.origin[this.length++] = i;
  }

  /** Appends a character that is not in the source (a paragraph separator) placed at `at`. */
  insert(text: string, at: number): void {
    this.reserve(text.length);
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) this.origin[this.length++] = at;
  }

  build(): CleanText {
    return { text: this.parts.join(''), origin: this.origin.subarray(0, this.length), originalLength: this.source.length };
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.origin.length) return;
    const grown = new Int32Array(Math.max(this.origin.length * 2, this.length + extra));
    grown.set(this.origin);
    this.origin = grown;
  }
}

export function cleanText(source: string, crosses: WordCrossesBreak = NO_CROSSING): CleanText {
  const builder = new CleanTextBuilder(source);
  const blocks = readingOrder(source, splitBlocks(source), crosses);
  blocks.forEach(({ block, joinsPrevious }, index) => {
    if (index > 0 && !joinsPrevious) builder.insert('\n\n', block.start - 1);
    // Markup is skipped and CR dropped; LF inside a paragraph and spaces stay (they separate headline parts and bylines).
    const skip = [...markupRanges(source, block.start, block.end), ...carriageReturns(source, block.start, block.end)].sort((x, y) => x[0] - y[0]);
    let from = block.start;
    for (const [start, end] of skip) {
      builder.copy(from, Math.min(start, block.end));
      from = Math.max(from, end);
    }
    builder.copy(from, block.end);
  });
  return builder.build();
}

function carriageReturns(source: string, start: number, end: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (let at = start; at < end; at++) if (source.charCodeAt(at) === 13) ranges.push([at, at + 1]);
  return ranges;
}

/** Maps a clean-text span [start, end) back to the original document. */
export function toOriginalSpan(clean: CleanText, start: number, end: number): { start: number; end: number } {
  return { start: clean.origin[start], end: clean.origin[end - 1] + 1 };
}
