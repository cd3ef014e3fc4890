/**
 * What is wrong with a document's text before it is analysed: nothing to read, bytes that are not text, bytes
 * the editor could not decode (GBK opened as UTF-8), or more text than the extension analyses. Pure (no vscode).
 */

/** The default of `newsAnnotator.maxAnalyzedCharacters`. */
export const DEFAULT_MAX_ANALYZED_CHARACTERS = 1_000_000;

/** U+FFFD: what a decoder puts in place of bytes it cannot read (GBK bytes read as UTF-8). */
const REPLACEMENT = /\uFFFD/g;
/** C0 controls other than tab, line feed, form feed (page break) and carriage return, and DEL: binary content. */
function isBinaryControl(code: number): boolean {
  return code <= 0x08 || code === 0x0b || (code >= 0x0e && code <= 0x1f) || code === 0x7f;
}

function countControls(text: string): number {
  let controls = 0;
  for (let i = 0; i < text.length; i++) if (isBinaryControl(text.charCodeAt(i))) controls++;
  return controls;
}
/** Enough of the text to judge; keeps the check cheap on a 10 MB document. */
export const SAMPLE_LENGTH = 64 * 1024;

export interface TextHealth {
  /** Only white space. */
  empty: boolean;
  /** Control characters make up more than 1 % of the sample: a binary file shown as text. */
  binary: boolean;
  /** Replacement characters (U+FFFD) in the sample. */
  undecodable: number;
  /** When the text is longer than the analysed maximum: that maximum (the analysed prefix's length). */
  truncatedAt?: number;
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

export function inspectText(text: string, maxCharacters: number): TextHealth {
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
  const analysedLength = analysedPrefixLength(text, maxCharacters);
  return {
    empty: !/\S/.test(text),
    binary: looksBinary(sample),
    undecodable: count(sample, REPLACEMENT),
    ...(analysedLength < text.length ? { truncatedAt: analysedLength } : {}),
  };
}

/** Text that is not text: more than 1 % control characters (NUL and friends) in its first 64 k characters. */
export function looksBinary(text: string): boolean {
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
  return sample.length > 0 && countControls(sample) > sample.length / 100;
}

/** How much of `text` is analysed: at most `maxCharacters`, never ending between the halves of a surrogate pair. */
export function analysedPrefixLength(text: string, maxCharacters: number): number {
  const max = Number.isFinite(maxCharacters) && maxCharacters > 0 ? Math.floor(maxCharacters) : DEFAULT_MAX_ANALYZED_CHARACTERS;
  if (text.length <= max) return text.length;
  const last = text.charCodeAt(max - 1);
  return last >= 0xd800 && last <= 0xdbff ? max - 1 : max;
}
