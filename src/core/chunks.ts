/** Long texts in paragraph pieces, and the pieces' analyses joined back into one (offsets shifted). */
import type { Analysis } from './types';

export interface TextChunk {
  start: number;
  text: string;
}

/**
 * Splits a long text at paragraph breaks (else line breaks, else anywhere) into pieces of at most `maxLength`:
 * a huge text is analysed piece by piece (bounded memory), an in-process analysis yields between pieces.
 */
export function splitIntoChunks(text: string, maxLength: number): TextChunk[] {
  if (text.length <= maxLength) return [{ start: 0, text }];
  const chunks: TextChunk[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + maxLength);
    if (end < text.length) {
      const window = text.slice(start, end);
      const paragraph = window.lastIndexOf('\n\n');
      const line = window.lastIndexOf('\n');
      let cut = paragraph > maxLength / 2 ? paragraph + 2 : line > maxLength / 2 ? line + 1 : window.length;
      // Never cut a surrogate pair in two.
      if (cut === window.length && (window.charCodeAt(cut - 1) & 0xfc00) === 0xd800) cut--;
      end = start + cut;
    }
    chunks.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return chunks;
}

/**
 * Joins per-chunk analyses into one, shifting offsets and event indexes into whole-document terms. The parts'
 * entities, headings and events are taken over and shifted in place (a huge text's results are not copied).
 */
export function mergeChunkAnalyses(parts: { start: number; analysis: Analysis }[]): Analysis {
  const merged: Analysis = { referenceYear: null, entities: [], events: [], headings: [] };
  for (const { start, analysis } of parts) {
    merged.referenceYear ??= analysis.referenceYear;
    merged.reference ??= analysis.reference;
    const eventBase = merged.events.length;
    const shift = <T extends { start: number; end: number }>(items: T[], into: T[]) => {
      for (const item of items) {
        item.start += start;
        item.end += start;
        into.push(item);
      }
    };
    shift(analysis.entities, merged.entities);
    shift(analysis.headings, merged.headings);
    for (const ev of analysis.events) if (ev.children) ev.children = ev.children.map((i) => i + eventBase);
    shift(analysis.events, merged.events);
  }
  return merged;
}
