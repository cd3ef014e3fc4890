import { HAN } from '../core/text/characters';
/** Which documents count as news. Pure: no vscode import, so the browser, the bench and unit tests share it. */

export const NEWS_LANGUAGE_ID = 'zh-news';

/** Languages whose documents become news when their text is mostly Chinese (their language is left alone). */
export const CHINESE_DETECTABLE_LANGUAGES: readonly string[] = ['plaintext', 'markdown'];

/** Files under a seeds/ folder and *.news.txt / *.news.md files are always news. */
export function isNewsPath(path: string): boolean {
  const normalised = path.replace(/\\/g, '/');
  if (/\.news\.(txt|md)$/i.test(normalised)) return true;
  return /(^|\/)seeds\/(.+\/)?[^/]+\.(txt|md)$/i.test(normalised);
}

const LATIN_OR_DIGIT = /[A-Za-z0-9]/;
/** Enough of the text to decide; keeps the check O(1) on megabyte documents. */
const SAMPLE_LENGTH = 4000;

/** True when Han characters outnumber Latin letters and digits in the first few thousand characters. */
export function isMostlyChinese(text: string): boolean {
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
  let han = 0;
  let latin = 0;
  for (const ch of sample) {
    if (HAN.test(ch)) han++;
    else if (LATIN_OR_DIGIT.test(ch)) latin++;
  }
  // A handful of Chinese words in an English README is not news.
  return han >= 20 && han > latin;
}

export interface NewsDocumentFacts {
  languageId: string;
  path: string;
  /** Read only when the language and path do not decide. */
  getText(): string;
}

export function isNewsDocument(doc: NewsDocumentFacts, detectChinese: boolean): boolean {
  if (doc.languageId === NEWS_LANGUAGE_ID) return true;
  if (!CHINESE_DETECTABLE_LANGUAGES.includes(doc.languageId)) return false;
  if (isNewsPath(doc.path)) return true;
  return detectChinese && isMostlyChinese(doc.getText());
}
