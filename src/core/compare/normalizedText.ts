/**
 * A comparison view of a document: whitespace (so also page breaks) and Markdown markup removed,
 * width variants folded, with a map from every kept character back to its UTF-16 offset in the original.
 */
export interface NormalizedText {
  /** Folded UTF-16 code units of the kept characters. */
  codes: Uint16Array;
  /** `offsets[i]` = offset in the original text of kept character i. */
  offsets: Int32Array;
  length: number;
}

// Markdown constructs that carry no words of the report. Images vanish whole (002 links remote images).
const IMAGE = /!\[[^\]\n]*\]\([^)\n]*\)/y;
const LINK = /\[([^\]\n]*)\]\([^)\n]*\)/y;
const LINE_MARKER = /[ \t\u3000]*(?:#{1,6}(?=[ \t])|>+|[-*+](?=[ \t])|(?:[-*_][ \t]*){3,}$)/my;

/** Half-width ASCII punctuation → the full-width form Chinese text uses; full-width letters/digits → ASCII. */
export function foldCode(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) {
    const ascii = code - 0xfee0;
    const isAlnum = (ascii >= 0x30 && ascii <= 0x39) || (ascii >= 0x41 && ascii <= 0x5a) || (ascii >= 0x61 && ascii <= 0x7a);
    return isAlnum ? ascii : code;
  }
  if (code >= 0x21 && code <= 0x7e) {
    const isAlnum = (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
    return isAlnum ? code : code + 0xfee0;
  }
  return code;
}

function isWhitespace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x3000 || code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200b) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f;
}

/** Emphasis/code markers: runs of `*`, runs of two or more `_`, backticks. */
function markupRunLength(text: string, i: number): number {
  const ch = text[i];
  if (ch !== '*' && ch !== '_' && ch !== '`') return 0;
  let j = i;
  while (text[j] === ch) j++;
  return ch === '_' && j - i < 2 ? 0 : j - i;
}

export function normalizeForComparison(text: string): NormalizedText {
  const codes = new Uint16Array(text.length);
  const offsets = new Int32Array(text.length);
  let n = 0;
  let lineStart = true;
  let i = 0;
  while (i < text.length) {
    if (lineStart) {
      lineStart = false;
      LINE_MARKER.lastIndex = i;
      if (LINE_MARKER.test(text)) { i = LINE_MARKER.lastIndex; continue; }
    }
    const code = text.charCodeAt(i);
    if (code === 0x0a) { lineStart = true; i++; continue; }
    if (isWhitespace(code)) { i++; continue; }
    if (code === 0x21 /* ! */) {
      IMAGE.lastIndex = i;
      if (IMAGE.test(text)) { i = IMAGE.lastIndex; continue; }
    }
    if (code === 0x5b /* [ */) {
      LINK.lastIndex = i;
      const link = LINK.exec(text);
      if (link) {
        // Keep the link's words, drop its brackets and target.
        const inner = normalizeForComparison(link[1]);
        for (let k = 0; k < inner.length; k++) { codes[n] = inner.codes[k]; offsets[n++] = i + 1 + inner.offsets[k]; }
        i = LINK.lastIndex;
        continue;
      }
    }
    const run = markupRunLength(text, i);
    if (run > 0) { i += run; continue; }
    codes[n] = foldCode(code);
    offsets[n++] = i;
    i++;
  }
  return { codes: codes.subarray(0, n), offsets: offsets.subarray(0, n), length: n };
}

/** The original characters kept at normalised positions [start, end): the passage without breaks or markup. */
export function keptText(source: string, normalized: NormalizedText, start: number, end: number): string {
  const parts: string[] = [];
  for (let k = start; k < end; k++) parts.push(source[normalized.offsets[k]]);
  return parts.join('');
}
