import * as OpenCC from 'opencc-js/t2cn';
import { HAN } from './characters';

/**
 * Traditional → Simplified, character by character, so the text keeps its length and every offset still
 * maps back to the document (phrase conversions such as 軟體 → 软件 would not). The recognisers and the
 * gazetteers are Simplified; the entities keep the Traditional text the document has.
 */
const convertCharacter = OpenCC.Converter({ from: 'tw', to: 'cn' });
const converted = new Map<string, string>();

function simplifiedCharacter(ch: string): string {
  let simple = converted.get(ch);
  if (simple === undefined) {
    const result = convertCharacter(ch);
    simple = result.length === ch.length ? result : ch;
    converted.set(ch, simple);
  }
  return simple;
}

/** Share of changed characters in a sample above which a text is taken as Traditional. */
const TRADITIONAL_SHARE = 0.02;
const SAMPLE = 4000;

export function looksTraditional(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  let han = 0;
  let changed = 0;
  for (const ch of sample) {
    if (!HAN.test(ch)) continue;
    han++;
    if (simplifiedCharacter(ch) !== ch) changed++;
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
    const simple = simplifiedCharacter(text[i]);
    if (simple === text[i]) continue;
    out += text.slice(from, i) + simple;
    from = i + 1;
  }
  return out + text.slice(from);
}
