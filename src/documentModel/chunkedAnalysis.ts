import type { Analysis } from '../core/types';

export interface TextChunk {
  start: number;
  text: string;
}

/**
 * Splits a long text at paragraph breaks (else line breaks, else anywhere) into pieces of at most `maxLength`,
 * so that an in-process analysis can yield to the event loop between pieces.
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
      const cut = paragraph > maxLength / 2 ? paragraph + 2 : line > maxLength / 2 ? line + 1 : window.length;
      end = start + cut;
    }
    chunks.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return chunks;
}

/** Joins per-chunk analyses into one, shifting offsets and event indexes into whole-document terms. */
export function mergeChunkAnalyses(parts: { start: number; analysis: Analysis }[]): Analysis {
  const merged: Analysis = { referenceYear: null, entities: [], events: [], headings: [] };
  for (const { start, analysis } of parts) {
    merged.referenceYear ??= analysis.referenceYear;
    const eventBase = merged.events.length;
    for (const e of analysis.entities) merged.entities.push({ ...e, start: e.start + start, end: e.end + start });
    for (const h of analysis.headings) merged.headings.push({ ...h, start: h.start + start, end: h.end + start });
    for (const ev of analysis.events) {
      merged.events.push({
        ...ev,
        start: ev.start + start,
        end: ev.end + start,
        children: ev.children?.map((i) => i + eventBase),
      });
    }
  }
  return merged;
}
