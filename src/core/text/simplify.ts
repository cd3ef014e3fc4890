import * as OpenCC from 'opencc-js/t2cn';
import { isHanCode } from './characters';

/**
 * Traditional → Simplified, character by character, so the text keeps its length and every offset still
 * maps back to the document (phrase conversions such as 軟體 → 软件 would not). The recognisers and the
 * gazetteers are Simplified; the entities keep the Traditional text the document has.
 */
const convertCharacter = OpenCC.Converter({ from: 'tw', to: 'cn' });
/** Simplified character code per code, filled on first use (0: not converted yet): a table read, not a Map lookup, per character. */
const simplifiedCodes = new Uint16Array(0x10000);

function simplifiedCode(code: number): number {
  let simple = simplifiedCodes[code];
  if (simple === 0) {
    const result = convertCharacter(String.fromCharCode(code));
    simple = simplifiedCodes[code] = result.length === 1 ? result.charCodeAt(0) : code;
  }
  return simple;
}

/** Share of changed characters in a sample above which a text is taken as Traditional. */
const TRADITIONAL_SHARE = 0.02;
const SAMPLE = 4000;

export function looksTraditional(text: string): boolean {
  let han = 0;
  let changed = 0;
  for (let i = 0, end = Math.min(text.length, SAMPLE); i < end; i++) {
    const code = text.charCodeAt(i);
    if (!isHanCode(code)) continue;
    han++;
    if (simplifiedCode(code) !== code) changed++;
  }
  return han > 0 && changed / han >= TRADITIONAL_SHARE;
}

/** The same text with Traditional characters replaced by Simplified ones, one for one. */
export function simplifyCharacters(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400 || code > 0x9fff) continue;
    const simple = simplifiedCode(code);
    if (simple === code) continue;
    out += text.slice(from, i) + String.fromCharCode(simple);
    from = i + 1;
  }
  return out + text.slice(from);
}
