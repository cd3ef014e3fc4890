import type { Heading } from '../types';

const MAX_HEADING = 40;

/** Headings: Markdown # lines and lines that are wholly bold, else short unpunctuated paragraphs at the top. */
export function findHeadings(source: string): Heading[] {
  const headings: Heading[] = [];
  const line = /^[^\S\n]*(.+?)[^\S\n]*$/gm;
  let inBody = false;
  for (let m = line.exec(source); m; m = line.exec(source)) {
    const content = m[1];
    const start = m.index + m[0].indexOf(content);
    const markdown = /^(#{1,6})\s+(.*)$/.exec(content);
    const bold = /^\*\*([^*]+)\*\*$/.exec(content);
    if (markdown) headings.push({ start, end: start + content.length, text: markdown[2].trim(), level: markdown[1].length });
    else if (bold && bold[1].trim().length <= MAX_HEADING && !/[。]$/.test(bold[1].trim())) headings.push({ start, end: start + content.length, text: bold[1].trim(), level: 2 });
    else if (!inBody && content.length <= MAX_HEADING && !/[。：]$/.test(content) && !/^[■(（]/.test(content)) headings.push({ start, end: start + content.length, text: content, level: 1 });
    else inBody = true;
  }
  return headings;
}

/** A mark that ends a sentence or a clause: a line holding none is a headline's. */
export const SENTENCE_MARK = /[，。；：！？,;:!?]/;
/** The spaces a headline writes between its clauses (赵乐际主持召开…委员长会议 决定…): between two Han characters. */
const HEADLINE_SPACE = /(?<=\p{Script=Han})[ \u3000]+(?=\p{Script=Han})/gu;

/**
 * In text[start, end), a headline's line (no mark of a sentence), where the clause holding `at` starts: after the last
 * space between clauses that begins before it (赵乐际主持召开…委员长会议 |决定…第十一次会议9月10日…); −1 where none, or where
 * the line is no headline's.
 */
export function headlineClauseStart(text: string, start: number, end: number, at: number): number {
  const line = text.slice(start, end);
  if (SENTENCE_MARK.test(line)) return -1;
  let clause = -1;
  for (const space of line.matchAll(HEADLINE_SPACE)) if (start + space.index < at) clause = start + space.index + space[0].length;
  return clause;
}

/** In such a line, where the clause after the one holding `at` starts (after the first space past it); −1 where none. */
export function nextHeadlineClause(text: string, start: number, end: number, at: number): number {
  const line = text.slice(start, end);
  if (SENTENCE_MARK.test(line)) return -1;
  for (const space of line.matchAll(HEADLINE_SPACE)) if (start + space.index > at) return start + space.index + space[0].length;
  return -1;
}

/**
 * Where the headline lines a report opens with end: the lines before the first that holds a mark of a sentence
 * (a headline and its sub-headlines, written without: 中共中央召开党外人士座谈会\n习近平主持并发表重要讲话\n…).
 */
export function headlinesEnd(text: string): number {
  for (let lineStart = 0; ; ) {
    const lineEnd = text.indexOf('\n', lineStart);
    // The line break that ends the last headline line (0 when there is none).
    if (lineEnd < 0 || SENTENCE_MARK.test(text.slice(lineStart, lineEnd))) return Math.max(0, lineStart - 1);
    lineStart = lineEnd + 1;
  }
}
