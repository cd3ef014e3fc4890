import compatibilityIdeographs from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import taiwanVariantPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import taiwanVariants from 'opencc-js/dict/TWVariantsRev';
import traditionalPhrases from 'opencc-js/dict/TSPhrases';
import traditionalCharacters from 'opencc-js/dict/TSCharacters';
import { isHanCode } from './characters';

/**
 * Traditional → Simplified, character by character, so the text keeps its length and every offset still
 * maps back to the document (phrase conversions such as 軟體 → 软件 would not). The recognisers and the
 * gazetteers are Simplified; the entities keep the Traditional text the document has.
 *
 * One character goes through OpenCC's Taiwan → mainland chain (its tw2s configuration): compatibility
 * ideographs to unified ones, Taiwan variants, then Traditional → Simplified; in each step's group the first
 * dictionary wins. Only the one-character entries can match one character, so they alone are read, into a
 * table by code, on first use: OpenCC's Converter built tries of every phrase as the core loaded (≈10 % of
 * the load). Same characters as OpenCC's Converter (test/unit/simplify.test.ts compares every code).
 */
const CHAIN: readonly (readonly string[])[] = [[compatibilityIdeographs], [taiwanVariantPhrases, taiwanVariants], [traditionalPhrases, traditionalCharacters]];

/** The Simplified code of each code (itself where none, or where OpenCC gives more than one character). */
let simplifiedCodes: Uint16Array | undefined;

/** A dictionary's one-character entries into `step` (code → replacement): a | before each entry, a space after its source. */
function readCharacterEntries(dictionary: string, step: Map<number, string>): void {
  for (let at = 0; at < dictionary.length; ) {
    let end = dictionary.indexOf('|', at);
    if (end < 0) end = dictionary.length;
    if (dictionary.charCodeAt(at + 1) === 0x20) {
      // OpenCC reads the second field of an entry: its first candidate.
      const space = dictionary.indexOf(' ', at + 2);
      step.set(dictionary.charCodeAt(at), dictionary.slice(at + 2, space >= 0 && space < end ? space : end));
    }
    at = end + 1;
  }
}

function simplifiedCodeTable(): Uint16Array {
  const steps = CHAIN.map((group) => {
    const step = new Map<number, string>();
    // OpenCC loads a group's dictionaries last to first, a later entry replacing an earlier one: the first wins.
    for (let i = group.length - 1; i >= 0; i--) readCharacterEntries(group[i], step);
    return step;
  });
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) table[code] = code;
  // A character no step names stays itself: only the steps' own characters are followed through the chain.
  for (const step of steps) {
    for (const code of step.keys()) {
      let text = String.fromCharCode(code);
      for (const each of steps) if (text.length === 1) text = each.get(text.charCodeAt(0)) ?? text;
      if (text.length === 1) table[code] = text.charCodeAt(0);
    }
  }
  return table;
}

function simplifiedCode(code: number): number {
  return (simplifiedCodes ??= simplifiedCodeTable())[code];
}

/** Share of changed characters in a sample above which a text is taken as Traditional. */
const TRADITIONAL_SHARE = 0.02;
const SAMPLE = 4000;
/**
 * The fewest changed characters that make a text Traditional (all its Han characters, in a shorter one): in a sentence
 * alone, one character the table maps but Simplified writing keeps too (著 of 著名) is more than the share.
 */
const FEWEST_CHANGED = 3;

export function looksTraditional(text: string): boolean {
  let han = 0;
  let changed = 0;
  for (let i = 0, end = Math.min(text.length, SAMPLE); i < end; i++) {
    const code = text.charCodeAt(i);
    if (!isHanCode(code)) continue;
    han++;
    if (simplifiedCode(code) !== code) changed++;
  }
  return han > 0 && changed >= Math.min(FEWEST_CHANGED, han) && changed / han >= TRADITIONAL_SHARE;
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
