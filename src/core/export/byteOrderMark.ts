/** The file as on disk when an editor hands over its text without the UTF-8 byte-order mark. Pure. */
import type { Analysis } from '../types';

export const BYTE_ORDER_MARK = '\uFEFF';

/**
 * The text with its byte-order mark put back, and the analysis with every offset one further: the published
 * offsets count UTF-16 code units of the file as on disk, as `news-annotator annotate` reads it (BOM included),
 * while VS Code's documents leave the mark out. Copies: the cached analysis is not touched.
 */
export function withByteOrderMark(text: string, analysis: Analysis): { text: string; analysis: Analysis } {
  const shift = <T extends { start: number; end: number }>(item: T): T => ({ ...item, start: item.start + 1, end: item.end + 1 });
  return {
    text: BYTE_ORDER_MARK + text,
    analysis: { ...analysis, entities: analysis.entities.map(shift), events: analysis.events.map(shift), headings: analysis.headings.map(shift) },
  };
}
