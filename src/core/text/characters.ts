/**
 * Character classes the recognisers share, defined once. HAN_RANGE: CJK Unified Ideographs, Extension A and the
 * compatibility ideographs, as a regex character-class body (the characters Chinese words and names are written in).
 */
export const HAN_RANGE = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
/** One Han character. */
export const HAN = new RegExp(`[${HAN_RANGE}]`);
/** Whether a UTF-16 code unit is in HAN_RANGE (without a regex, for per-character loops). */
export const isHanCode = (code: number): boolean => (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
/** Only Han characters, at least one. */
export const ALL_HAN = new RegExp(`^[${HAN_RANGE}]+$`);
/**
 * The dots written between the parts of a transliterated name (艾尔肯·吐尼亚孜): middle dot, bullet, hyphenation point,
 * katakana dot; and the hyphens of a double name (布朗-皮韦, 让－皮埃尔), which a name's parts stand on both sides of.
 */
export const MIDDLE_DOTS = '·•‧・-－‐';
/** The hyphens of MIDDLE_DOTS, which join the words of one part (迪亚斯-卡内尔 of 米格尔·迪亚斯-卡内尔·贝穆德斯). */
const NAME_HYPHENS = '-－‐';
/** One of MIDDLE_DOTS that is no hyphen: what stands between the parts of a name. */
export const PART_DOT = new RegExp(`[${[...MIDDLE_DOTS].filter((ch) => !NAME_HYPHENS.includes(ch)).join('')}]`);
/** One of the hyphens of MIDDLE_DOTS. */
export const NAME_HYPHEN = new RegExp(`[${NAME_HYPHENS.replace('-', '\\-')}]`);
/** The part dots of MIDDLE_DOTS other than the middle dot itself (bullet, hyphenation point, katakana dot). */
const OTHER_PART_DOTS = new RegExp(`[${[...MIDDLE_DOTS].filter((ch) => ch !== MIDDLE_DOT_ITSELF && !NAME_HYPHENS.includes(ch)).join('')}]`, 'g');
const MIDDLE_DOT_ITSELF = '·';
/**
 * The text with every part dot written as the middle dot (司马义•铁力瓦尔地 → 司马义·铁力瓦尔地), as People's Daily and the
 * segmenter's and the project's lists write it: same length, so every offset still holds.
 */
export const withMiddleDots = (text: string): string => text.replace(OTHER_PART_DOTS, MIDDLE_DOT_ITSELF);
/** MIDDLE_DOTS written for a regex's character class (the hyphen escaped). */
export const MIDDLE_DOTS_CLASS = MIDDLE_DOTS.replace('-', '\\-');
/** One of MIDDLE_DOTS (for test and split; not global, so it keeps no state between calls). */
export const MIDDLE_DOT = new RegExp(`[${MIDDLE_DOTS_CLASS}]`);
/** The full stop that ends a Chinese sentence. */
export const FULL_STOP = '。';
/** Brackets that open and close an aside, full-width and ASCII: one character each. */
export const OPENING_BRACKETS: ReadonlySet<string> = new Set(['（', '(']);
export const CLOSING_BRACKETS: ReadonlySet<string> = new Set(['）', ')']);

/** Whether text[at] and text[at + 1] are one character outside the BMP (a high and a low surrogate). */
export const isSurrogatePair = (text: string, at: number): boolean => (text.charCodeAt(at) & 0xfc00) === 0xd800 && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00;
