import triggers from '../../../data/event-triggers.json';
import { headlineClauseStart, nextHeadlineClause } from '../text/headings';

export interface Sentence {
  start: number;
  end: number;
  /** Cut from the sentence before at a clause's date (…出席就职仪式，并于10月19日至21日访问): it shares that subject. */
  continues?: boolean;
}

/** Sentences of the clean text: split after 。！？ and at paragraph breaks; quotes stay with their sentence. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const pattern = /[^。！？!?\n]+(?:[。！？!?]+[”’」』]?|\n|$)/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) { pattern.lastIndex++; continue; }
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) sentences.push({ start, end });
  }
  return sentences;
}

/** A comma or semicolon (and a 并于 / 将于 that joins the clause), then a date: a clause that reports a happening of its own. */
export const CLAUSE_BREAK = new RegExp(`[，；,;]\\s*(?:${triggers.clauseDateJoiners.join('|')})?$`);
/** How far before a date the clause break is looked for: the mark and a 计划于. */
export const CLAUSE_BREAK_REACH = 1 + Math.max(...triggers.clauseDateJoiners.map((w) => w.length));

/**
 * Sentences cut again before each date that opens a later clause (…在京召开，2020年9月25日至26日，第三次…召开):
 * several dated happenings in one sentence stay apart. `dateStarts` are in increasing order.
 */
export function splitAtClauseDates(text: string, sentences: Sentence[], dateStarts: number[]): Sentence[] {
  const out: Sentence[] = [];
  let d = 0;
  for (const sentence of sentences) {
    let start = sentence.start;
    const cut = (at: number) => {
      // A headline's clause ends before the space that parts it from the next.
      let end = at;
      while (end > start && /\s/.test(text[end - 1])) end--;
      out.push(start === sentence.start ? { start, end } : { start, end, continues: true });
      start = at;
    };
    while (d < dateStarts.length && dateStarts[d] < sentence.start) d++;
    // …祝全国小朋友们“六一”国际儿童节快乐 蔡奇出席开幕会: in a headline, the clause after a date's is not of that date.
    let dateClauseEnd = -1;
    for (; d < dateStarts.length && dateStarts[d] < sentence.end; d++) {
      const at = dateStarts[d];
      if (dateClauseEnd > start && dateClauseEnd <= at) cut(dateClauseEnd);
      const colon = announcedAfter(text, start, at);
      if (colon >= 0) cut(colon);
      // 赵乐际主持召开…委员长会议 决定…第十一次会议9月10日至13日在京举行: in a headline, the clause a date stands in is
      // its own (the first clause's act is not of that date).
      const clause = headlineClauseStart(text, start, sentence.end, at);
      if (clause > start) cut(clause);
      if (at > start && CLAUSE_BREAK.test(text.slice(Math.max(start, at - CLAUSE_BREAK_REACH), at))) cut(at);
      dateClauseEnd = nextHeadlineClause(text, sentence.start, sentence.end, at);
    }
    if (dateClauseEnd > start) cut(dateClauseEnd);
    cut(sentence.end);
  }
  return out;
}

/**
 * Where what a dated announcement announces starts (朱邦造今天宣布：…李岚清将于1月31日出席…): after the colon
 * between a date and a later one, or −1. A colon that opens a quotation (他说：“…”) or follows a speech verb
 * opens words, not a happening.
 */
function announcedAfter(text: string, start: number, dateAt: number): number {
  // Read within a reach of the date only: a sentence may be a whole document long.
  const from = Math.max(start, dateAt - ANNOUNCED_REACH);
  const colon = text.slice(from, dateAt).lastIndexOf('：');
  if (colon < 0) return -1;
  const at = from + colon;
  if (text[at + 1] === '“' || SPEECH_BEFORE_COLON.test(text.slice(Math.max(start, at - 2), at))) return -1;
  // The part before the colon must date the announcement itself (not the dateline alone, which ends with 电).
  return DATED_ANNOUNCEMENT.test(text.slice(Math.max(start, at - ANNOUNCED_REACH), at)) ? at + 1 : -1;
}
/** How far before a date its announcement's colon, and before the colon the announcement's day, are looked for. */
const ANNOUNCED_REACH = 60;
const SPEECH_BEFORE_COLON = new RegExp(`(?:${triggers.reportedSpeech.join('|')})$`);
/** A day, then the announcement's verb in the same clause (今天在此间宣布, 23日宣布). */
const DATED_ANNOUNCEMENT = new RegExp(`(?:${triggers.announcement.dayEnds.join('|')})[^，。；：]{0,${triggers.announcement.reach}}(?:${triggers.announcement.verbs.join('|')})$`);
