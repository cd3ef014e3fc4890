import triggers from '../../../data/event-triggers.json';
import { HAN, FULL_STOP } from '../text/characters';
import type { CleanEntity, NewsEvent, Span } from '../types';
import { CLAUSE_BREAK, CLAUSE_BREAK_REACH, splitAtClauseDates, splitSentences, type Sentence } from './sentences';
import { SENTENCE_MARK, headlineClauseStart, headlinesEnd } from '../text/headings';
import { readNumberAt } from '../dates/chineseNumerals';
import { spanValue } from '../dates';
import { boundsHold, dateBounds, dateContains, namedDate } from './dateRanges';
import { isReportingRole } from '../people/titleChains';
import type { TaggedWord } from '../segment/segmenter';
import { dateWords, fitsNeighbours, WordTable, type GuardedWord } from '../dates/dateWords';
import { WordList } from '../text/wordList';

/** Labels stay short (who + act + where); the clause holds the rest. */
const MAX_LABEL = 30;
const MAX_CLAUSE = 200;
const LEADING_ADVERB = new RegExp(`^(?:${triggers.leadingAdverbs.join('|')})`);
const LEADING_ADVERB_ALONE = new Set(triggers.leadingAdverbs);
/** Tags of a clause's first word when the clause has no subject of its own (在现场…, 主持召开…, 又来到…). */
const NO_SUBJECT_OPENER_TAG = /^(?:p|v|d)/;
/** Whether the clause at `from` opens with a preposition, a verb or an adverb: no subject of its own. */
function opensWithoutSubject(text: string, from: number, tag: Tagger | undefined): boolean {
  const first = tag?.(text.slice(from, from + NO_SUBJECT_WINDOW))[0];
  return first !== undefined && NO_SUBJECT_OPENER_TAG.test(first.tag);
}
const NO_SUBJECT_WINDOW = 6;
const REPORTED_SPEECH = new RegExp(`(?:${triggers.reportedSpeech.join('|')})[，：:“]`);
/** 我, not 我国, 我军 …: a speaker's own words. */
const FIRST_PERSON_WORD = `(?<![${triggers.firstPerson.notAfter}])${triggers.firstPerson.word}(?![${triggers.firstPerson.notBefore}])`;
const FIRST_PERSON = new RegExp(FIRST_PERSON_WORD);
/** 汪洋指出，…: a speaker and a speech verb opening the paragraph's first clause. */
const OPENING_SPEECH = new RegExp(`^[^，。；：,;:]{1,${MAX_LABEL}}?(?:${triggers.reportedSpeech.join('|')})[，：:]`);
const SPEECH_VERB = new RegExp(`^(?:${triggers.reportedSpeech.join('|')})`);
/** 主持召开座谈会: a meeting held in the sentence, not one attended (出席会议). */
const HOLDS_MEETING = new RegExp(triggers.holdingVerbs.join('|'));
/** Words around a date in its clause that say nothing of their own (当地时间11月5日, 在…之际 does). */
const DATE_GLUE = new RegExp(triggers.dateGlue.join('|'), 'g');
/** How many earlier events may contain a later one: a report's parts stay close together. */
const MAX_NESTING_LOOKBACK = 60;
const ATTENDANCE = new RegExp(triggers.attendance.join('|'));
const APPOINTMENT_ACTS = new Set(triggers.appointmentActs);
/** …李希讲话。: a sentence that ends in a speech act, spoken at the meeting just reported. */
const CLOSING_SPEECH = new RegExp(`(?:${triggers.closingSpeechActs.join('|')})[。！!]?$`);
const MEMBER_TITLES = new Set(triggers.memberTitles);
/** What ends a member's clause when the member speaks (memberSpeechVerbs and reportedSpeech). */
const MEMBER_SPEECH = new RegExp(`(?:${[...triggers.reportedSpeech, ...triggers.memberSpeechVerbs].join('|')})$`);

/** Whether a member named with the title written right after the name (宁吉喆常委; memberTitles) speaks in the clause that follows. */
function speaksAsMember(text: string, person: CleanEntity): boolean {
  if (!person.role || !person.roleStatedHere || !MEMBER_TITLES.has(person.role) || !text.startsWith(person.role, person.end)) return false;
  const from = person.end + person.role.length;
  const clause = text.slice(from, from + MEMBER_CLAUSE_REACH).match(/^[^，。；：,;:！？]*/)![0];
  return MEMBER_SPEECH.test(clause);
}
const SPEECH_AT_MEETING = new RegExp(`^(?:${triggers.speechAtMeeting.join('|')})(?:${triggers.reportedSpeech.join('|')})`);
/**
 * 中共中央统战部…召开座谈会，…。|中央统战部部长孙春兰指出，…: an official whose title and name open the sentence right after
 * the meeting's own (one full stop between, no new paragraph) and who speaks at once spoke at that meeting.
 */
function speaksFirstAfterMeeting(text: string, sentenceStart: number, person: CleanEntity, people: CleanEntity[], meeting: FoundEvent): boolean {
  if (!person.official || !person.roleStatedHere || people[0] !== person || !person.role || !text.startsWith(person.role, sentenceStart)) return false;
  if (sentenceStart + person.role.length !== person.start || !SPEECH_VERB.test(text.slice(person.end, person.end + SPEECH_VERB_MAX)) || !REPORTED_SPEECH.test(text.slice(person.end, person.end + SPEECH_VERB_MAX + 1))) return false;
  const between = text.slice(meeting.start, sentenceStart);
  return !between.includes('\n') && between.indexOf(FULL_STOP) === between.length - 1;
}

/** 国务委员谌贻琴|在讲话中指出: a person who speaks in a speech, right after the name (speechAtMeeting). */
const speaksInSpeech = (text: string, person: CleanEntity): boolean => SPEECH_AT_MEETING.test(text.slice(person.end, person.end + SPEECH_AT_MEETING_REACH));
const SPEECH_AT_MEETING_REACH = 12;
/** How long the clause after a member's title may be (代表民革中央提出). */
const MEMBER_CLAUSE_REACH = 20;

/** A meeting's name that opens a sentence before 上 and a comma (委员长会议上，), two to twelve characters. */
const MEETING_AT_OPENING = new RegExp(`^([^，。；：,;:\\s]{2,12}?(?:${triggers.meetings.join('|')}))上，`);
/** The last event told before the sentence whose label ends in the meeting's name that opens it (委员长会议上，…), if any. */
function meetingOpeningSentence(text: string, sentence: Sentence, events: FoundEvent[]): FoundEvent | undefined {
  const name = MEETING_AT_OPENING.exec(text.slice(sentence.start, sentence.start + MEETING_OPENING_REACH).trimStart())?.[1];
  if (name === undefined) return undefined;
  // Only the recent ones: a report's meetings stay close together, and a long text is not walked once per sentence.
  for (let i = events.length - 1; i >= Math.max(0, events.length - MAX_NESTING_LOOKBACK); i--) if (events[i].label.endsWith(name) && !events[i].planned) return events[i];
  return undefined;
}
const MEETING_OPENING_REACH = 16;

/** 为召开|十四届全国人大二次会议: a meeting to come (plannedMeetingOpeners), its name running on from the opener to the trigger. */
const PLANNED_MEETING = new RegExp(`(?:${triggers.plannedMeetingOpeners.join('|')})[^，。；：,;:]*$`);
/** 决定|3月12日至13日在北京|召开|…会议: a meeting its clause decides to hold (plannedMeetingDecisions), a day and place between. */
const DECIDED_MEETING = new RegExp(
  `(?:${triggers.plannedMeetingDecisions.verbs.join('|')})[^，。；：,;:]*(?:${triggers.plannedMeetingDecisions.holds.join('|')})[^，。；：,;:]*$`,
);
const REPORT_VERBS = new Set(triggers.reportsGiven.verbs);
const REPORT_BEFORE_SPEECH = new RegExp(`(${triggers.reportsGiven.ends.join('|')})[，,](?:${triggers.reportedSpeech.join('|')})`);
const REPORT_END = new RegExp(`^[^。；！？!?]{0,${triggers.reportsGiven.reach}}(?:${triggers.reportsGiven.ends.join('|')})[。！!]?$`);

/**
 * Where a sentence's report given starts (…楼继伟作了关于…的报告。, reportsGiven): the verb as a word of its own or
 * right after a person (韩长|赋作/x: the segmenter glued it to the name), not the 作 of 工作情况, the report closing
 * the sentence; -1 if none.
 */
function reportGivenAt(wholeSentence: string, sentenceStart: number, people: CleanEntity[], tag: Tagger | undefined): number {
  // 李书磊作工作布置，强调…: the report ends the clause before what its giver stresses.
  const stressed = REPORT_BEFORE_SPEECH.exec(wholeSentence);
  const sentenceText = stressed ? wholeSentence.slice(0, stressed.index + stressed[1].length) : wholeSentence;
  if (!tag || people.length === 0 || !REPORT_END.test(sentenceText.slice(-triggers.reportsGiven.reach))) return -1;
  const verbAt = (at: number) => triggers.reportsGiven.verbs.some((verb) => sentenceText.startsWith(verb, at) && REPORT_END.test(sentenceText.slice(at + verb.length)));
  const afterPerson = people.find((p) => p.end > sentenceStart && verbAt(p.end - sentenceStart));
  if (afterPerson) return afterPerson.end - sentenceStart;
  let at = 0;
  for (const { word } of tag(sentenceText)) {
    if (REPORT_VERBS.has(word) && verbAt(at)) return at;
    at += word.length;
  }
  return -1;
}
const UNDATED = new RegExp(triggers.undatedWords.join('|'));
const EARLIER_OPENING = new RegExp(`^(?:${triggers.earlierWords.join('|')})`);
/** A value that names a day (or starts with one): what an undated happening may share. */
const DAY = /^(?:\d{4}|XXXX)-\d{2}-\d{2}/;
const WITH_MONTH = /^(?:\d{4}|XXXX)-(?:\d{2}|XX)/;
const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length);
const MEETINGS = byLength(triggers.meetings);
const MEETING_WORDS = new Set(MEETINGS);
const VISITS = byLength(triggers.visits);
const BILATERAL_ACTS = byLength(triggers.bilateralActs);
/** The trigger lists indexed by first character, for the one pass of `earliest`. */
const wordTable = (words: string[]) => new WordTable(words.map((word) => ({ word })));
const MEETING_TABLE = wordTable(MEETINGS);
const GAMES = new Set(triggers.games);
const GAMES_TABLE = wordTable(byLength(triggers.games));
/** The rest of a games' clause, ending in the verb that holds it (…23日晚在杭州隆重开幕). */
const HELD_IN_CLAUSE = new RegExp(`^[^，。；：,;:！？]*(?:${triggers.meetingVerbs.join('|')})了?(?=[，。；,;！]|$)`);
/** The acts, and the deaths (read only where their verb ends a clause: deaths.onlyBefore). */
const VISIT_TABLE = new WordTable<GuardedWord>([...VISITS.map((word) => ({ word })), ...triggers.deaths.words.map((word) => ({ word, onlyBefore: triggers.deaths.onlyBefore }))]);
const BILATERAL_TABLE = wordTable(BILATERAL_ACTS);
const VENUE_SUFFIXES = new Set(triggers.venueSuffixes);
const NOT_ACTS = triggers.notActs;
const DATELINE_AFTER = triggers.datelineAfter;
const BACKDROP_AFTER = new WordList(triggers.backdropAfterDates);
/** 元旦|刚过: a date the act comes just after, no date of its own (event-triggers.json backdropAfterDates). */
const isBackdrop = (text: string, date: Span): boolean => BACKDROP_AFTER.startingAt(text, date.end) !== undefined;
const MEETING_VERBS = new WordList(triggers.meetingVerbs);
const MEETING_VERB_BEFORE = new RegExp(`(?:${triggers.meetingVerbs.join('|')})了?$`);
const ANAPHORIC = new RegExp(`(?:${triggers.anaphoric.join('|')})$`);
/** 世界经济论坛主席: a meeting word before these names an organisation or its officer. */
const ORGANIZATION_AFTER = new RegExp(`^(?:${triggers.organizationAfterMeeting.join('|')})`);
/** 纪念胡耀邦同志诞辰, 以习近平同志为核心: a person's name before these is only named, no act's participant. */
const NAMED_ONLY_AFTER: readonly string[] = triggers.namedOnlyAfter;
/** 新中国成立75年来: an act before these names an anniversary. */
const ANNIVERSARY_AFTER = new RegExp(`^(?:${triggers.anniversaryAfter.join('|')})`);
/** 在民营企业座谈会上的重要讲话, 贯彻全国组织工作会议精神: a meeting only cited is no act of the sentence. */
const CITED_MEETING_AFTER = new RegExp(`^(?:${triggers.citedMeetingAfter.join('|')})`);
/** １１日举行的选举结束后，…: a clause that ends so is when the next clause's act happens. */
const TIME_REFERENCE_CLAUSE = new RegExp(`(?:${triggers.timeReferenceClause.join('|')})$`);
/** 欢迎仪式后 / 会议期间: the happening named is when the sentence's act took place, not the act. */
const TIME_REFERENCE_AFTER = new RegExp(`^(?:${triggers.timeMarkers.join('|')})`);
/** 在广东考察时强调: the act the speaker spoke during is the happening reported, not a time given to another. */
const SPOKEN_DURING = new RegExp(`^[时時](?:${triggers.reportedSpeech.join('|')})`);
const SPOKEN_DURING_REACH = 1 + Math.max(...triggers.reportedSpeech.map((w) => w.length));
const SPOKEN_DURING_WITHIN = new RegExp(SPOKEN_DURING.source.slice(1));
/** Not a speech of its own at a happening told before (高志丹致辞时表示: the banquet's). */
const spokenDuring = (text: string, at: number, word: string): boolean =>
  !ATTENDEE_ACTS.has(word) && !SPEECH_ACTS.has(word) && SPOKEN_DURING.test(text.slice(at + word.length, at + word.length + SPOKEN_DURING_REACH));
const SPEECH_ACTS = new Set(triggers.closingSpeechActs);

/** 座谈会上，… or 在座谈会上，… opening a sentence (its trigger the meeting word or the act in it, 座谈): set at that meeting. */
function setAtMeeting(text: string, sentence: Sentence, trigger: Trigger): string | undefined {
  const meeting = MEETINGS.find((word) => text.startsWith(word, trigger.at));
  return meeting !== undefined && /^\s*在?$/.test(text.slice(sentence.start, trigger.at)) && /^上[，,]/.test(text.slice(trigger.at + meeting.length)) ? meeting : undefined;
}

/** 在认真听取大家发言后，…: a clause framed so is when the next clause's act happens. */
const TIME_CLAUSE_END = new RegExp(`(?:${triggers.timeClauseEnds.join('|')})$`);
/**
 * Whether the act `word` at `at` of text[from, end) (not a meeting: 在中央经济工作会议上，… reports the meeting) stands in a clause
 * that opens with 在 and ends, at its comma, in a time reference (在认真听取大家发言后，在参观…时，): it tells when
 * the next clause's act happens, and is none itself.
 */
function inTimeClause(text: string, from: number, end: number, at: number, word: string): boolean {
  if (MEETING_WORDS.has(word)) return false;
  const rest = text.slice(at + word.length, end);
  const comma = rest.search(/[，,]/);
  return comma >= 0 && TIME_CLAUSE_END.test(rest.slice(0, comma)) && text.startsWith('在', clauseStart(text, from, at));
}

/**
 * 出席第二届中国—中亚峰会期间会见扎帕罗夫: an attendance whose object runs into 期间 and then a meeting of two sides in the
 * same clause tells when that meeting took place; the meeting is the act (and its other side the guest).
 */
function framesMeetingDuring(body: string, at: number, word: string): boolean {
  if (!ATTENDANCE_WORDS.has(word)) return false;
  const clause = body.slice(at + word.length).match(/^[^，。；：,;:]*/)![0];
  const during = clause.search(DURING_AFTER_OBJECT);
  return during > 0 && BILATERAL_ACTS.some((act) => clause.includes(act, during));
}
/** 期间, 期間: the during-words of more than one character (中 alone is too often part of a word). */
const LONG_DURING_WORDS = triggers.during.filter((w) => w.length > 1).join('|');
const DURING_AFTER_OBJECT = new RegExp(`(?:${LONG_DURING_WORDS})`);

/**
 * 出席阅兵式的俄罗斯总统普京发表讲话: an act that opens its clause and runs, within a short phrase, into a 的 tells
 * who the clause's subject is (the one who attended), not what the sentence reports.
 */
function opensAttributive(text: string, at: number, word: string): boolean {
  if (!ATTENDANCE_WORDS.has(word) || (at > 0 && !CLAUSE_OPENER.test(text.charAt(at - 1)))) return false;
  const phrase = text.slice(at + word.length, at + word.length + ATTRIBUTIVE_REACH + 1).match(ATTRIBUTIVE_PHRASE);
  if (!phrase) return false;
  // 出席开幕式的国际贵宾有：…, 出席座谈会的党外人士还有…: a list of who attended, not an attributive.
  const from = at + word.length + phrase[0].length;
  const headed = text.slice(from, from + ATTRIBUTIVE_HEAD_MAX).match(/^[^，。；：、,;:]*/)![0];
  return !LISTED.test(headed);
}
const ATTENDANCE_WORDS = new Set(triggers.attendance);
const CLAUSE_OPENER = /[，。；：！？,;:!?\s]/;
/** How long the object of an attributive act may be (阅兵式, 第九次中日韩领导人会议). */
const ATTRIBUTIVE_REACH = 14;
const ATTRIBUTIVE_PHRASE = new RegExp(`^[^，。；：、,;:“”]{0,${ATTRIBUTIVE_REACH}}的`);
/** How far after the attributive's 的 its clause is read for a list opener. */
const ATTRIBUTIVE_HEAD_MAX = 30;
const LISTED = new RegExp(triggers.attendeeListOpeners.join('|'));

interface Trigger { word: string; at: number; meeting: boolean }

type InsideName = (at: number, length: number) => boolean;

/**
 * The narrative part of a sentence: what comes before a reported speech (他说，…) is the happening, unless the
 * speech opens by dating an act of its own (塞泽尔说，法院当天下午举行全体会议) and the speaker's part has no date; words
 * in quotation marks (他说：“新班子昨天…”) are the speaker's, not the report's.
 */
function narrativeEnd(
  text: string, sentence: Sentence, dates: CleanEntity[], peopleWithin: (start: number, end: number) => CleanEntity[], referenceDay: string | null,
): { end: number; recalls: boolean } {
  const found = REPORTED_SPEECH.exec(text.slice(sentence.start, sentence.end));
  if (!found) return { end: sentence.end, recalls: false };
  const speechAt = sentence.start + found.index;
  const wordsAt = speechAt + found[0].length;
  // 以色列国防军13日说，扎米尔当天举行会议: a speaker dated the same day as the act reported does not hide it.
  // 韩正表示，习近平主席同拜登总统去年11月在旧金山举行会晤: nor does a speaker recalling someone's act of a past month or
  // year, dated in the first clause of the words after its doer (the background recalled, as 王沪宁表示，2024年11月，…会晤);
  // not a past time with no doer before it (在刚刚过去的1997年，全区各族人民…).
  const firstClauseEnd = wordsAt + Math.max(0, text.slice(wordsAt, sentence.end).search(/[，。；：,;:]|$/));
  const recalled = (d: CleanEntity) => d.end <= firstClauseEnd && isPast(d.value, referenceDay) &&
    (PRONOUN_SUBJECT.test(text.slice(wordsAt, d.start)) || peopleWithin(wordsAt, d.start).length > 0);
  const act = dates.find((d) => d.start >= wordsAt && ((d.start - wordsAt <= REPORTED_DATE_REACH && ONE_DAY.test(d.value ?? '')) || recalled(d)));
  const datesAct = text[wordsAt - 1] !== '“' && text[wordsAt] !== '“' && act !== undefined && !dates.some((d) => d.start < speechAt && d.value !== act.value);
  return datesAct ? { end: sentence.end, recalls: recalled(act) } : { end: speechAt, recalls: false };
}
/**
 * 去年10月，我们在韩国庆州会见: a clause opened by a past time (a month or year before the report's, or a day before its
 * day), then 我 or 我们 as its subject: the speaker recalling an act of their own.
 */
function recalledBySpeaker(text: string, sentence: Sentence, dates: CleanEntity[], referenceDay: string | null): boolean {
  const first = dates[0];
  if (!first || first.start !== sentence.start || referenceDay === null) return false;
  const value = first.value ?? '';
  const past = isPast(value, referenceDay) || (ONE_DAY.test(value) && value < referenceDay.slice(0, 10));
  return past && FIRST_PERSON_SUBJECT.test(text.slice(first.end, first.end + FIRST_PERSON_SUBJECT_REACH));
}
const FIRST_PERSON_SUBJECT = new RegExp(`^[，,]?${FIRST_PERSON_WORD}`);
/** 文章全文如下：, 讲话全文如下：: the words that follow are the person's of that sentence. */
const FULL_TEXT_FOLLOWS = new RegExp(`(?:${triggers.fullTextFollows.join('|')})[：:]\\s*$`);
/** A comma, the first-person word and the character after it. */
const FIRST_PERSON_SUBJECT_REACH = 2 + triggers.firstPerson.word.length;

/** 回忆起, 想起 somewhere before a date in its clause (event-triggers.json recollectionWords). */
const RECOLLECTION_BEFORE = new RegExp(`(?:${triggers.recollectionWords.join('|')})`);

const YEAR_LENGTH = 4;
/** A month or a year wholly before the report's month (去年11月, 2019年): a past time a speaker may recall. */
const isPast = (value: string | undefined, referenceDay: string | null): boolean =>
  value !== undefined && referenceDay !== null && /^\d{4}(?:-\d{2})?$/.test(value) && value < referenceDay.slice(0, value.length);
/** A single day (当天下午), not a span that starts with one (下半年). */
const ONE_DAY = /^(?:\d{4}|XXXX)-\d{2}-\d{2}$/;
/** How far into the reported words a date of their own act may start (法院|当天下午举行…). */
const REPORTED_DATE_REACH = 10;

/**
 * The first meeting named (with a verb that holds it), else the first act after `from`. A word inside a
 * place's name or a venue's (大会 in 人民大会堂) is no trigger; inside an organisation's it still is
 * (第十五次全国代表大会 is both). A talk or meeting of two sides before the meeting word is the happening
 * (会见来华出席峰会的首相).
 */
function findTrigger(text: string, from: number, end: number, insideName: InsideName, verbsFrom = from): Trigger | undefined {
  const body = text.slice(from, end);
  // 进行国事访问的美国总统: an act that qualifies a noun is not the sentence's act.
  const free = (word: string, at: number) =>
    body.charAt(at + word.length) !== '的' && !insideName(from + at, word.length) && !VENUE_SUFFIXES.has(body.charAt(at + word.length)) && !insideNotAct(text, from + at, word) &&
    !insideBookTitle(text, from + at, word) &&
    (!TIME_REFERENCE_AFTER.test(body.slice(at + word.length)) || spokenDuring(text, from + at, word)) && !ORGANIZATION_AFTER.test(body.slice(at + word.length)) &&
    !ANNIVERSARY_AFTER.test(body.slice(at + word.length)) && !CITED_MEETING_AFTER.test(body.slice(at + word.length)) && !inTimeClause(text, from, end, from + at, word) && !opensAttributive(text, from + at, word) &&
    !framesMeetingDuring(body, at, word) && !AIM_BEFORE.test(body.slice(0, at));
  // The verb that holds a meeting may stand before the date (举行了2024年第二次集体学习).
  if (MEETING_VERBS.occursIn(text, Math.min(verbsFrom, from), end)) {
    const meeting = earliest(body, MEETING_TABLE, free);
    const bilateral = earliest(body, BILATERAL_TABLE, free);
    if (meeting && !(bilateral && (bilateral.at < meeting.at || describesGuest(body, meeting.at, bilateral.at)))) {
      const head = meetingHead(body, meeting, free);
      const held = heldMeeting(body, head, free) ?? head;
      return { word: held.word, at: from + held.at, meeting: true };
    }
  }
  const games = earliest(body, GAMES_TABLE, (word, at) => free(word, at) && HELD_IN_CLAUSE.test(body.slice(at + word.length)));
  if (games) return { word: games.word, at: from + games.at, meeting: true };
  const act = earliest(body, VISIT_TABLE, free);
  return act && { word: act.word, at: from + act.at, meeting: false };
}

/**
 * 同来华出席中国－中亚峰会并进行国事访问的哈萨克斯坦总统托卡耶夫会谈: a meeting word after 同 or 与, in the phrase that
 * describes the other side of the talk after it (running into a 的 with no mark between), is no happening of its own.
 */
function describesGuest(body: string, meetingAt: number, talkAt: number): boolean {
  const between = body.slice(meetingAt, talkAt);
  return TALK_SIDE_OPENED.test(body.slice(0, meetingAt)) && between.includes('的') && !CLAUSE_MARK.test(between);
}
/** 同 or 与 opening the other side of a talk, earlier in the same clause. */
const TALK_SIDE_OPENED = /[同与][^，。；：,;:]*$/;
const CLAUSE_MARK = /[，。；：,;:]/;

/**
 * The head of a meeting's name that goes on past its first meeting word (世界互联网大会乌镇峰会开幕式: the
 * 开幕式, not the 大会): a later meeting word a few name characters on, with no mark or joining word between.
 */
function meetingHead(body: string, first: { word: string; at: number }, free: (word: string, at: number) => boolean): { word: string; at: number } {
  let head = first;
  for (;;) {
    const rest = body.slice(head.at + head.word.length, head.at + head.word.length + NAME_CONTINUES + MAX_MEETING_WORD);
    const next = earliest(rest, MEETING_TABLE, (word, at) => at <= NAME_CONTINUES && !NAME_BREAK.test(rest.slice(0, at)) && free(word, head.at + head.word.length + at));
    if (!next) return head;
    head = { word: next.word, at: head.at + head.word.length + next.at };
  }
}
/**
 * 主席会议举行了2023年第三次集体学习: a meeting that holds another in its own clause is the subject; the one it holds
 * (right after the holding verb) is the happening.
 */
function heldMeeting(body: string, subject: { word: string; at: number }, free: (word: string, at: number) => boolean): { word: string; at: number } | undefined {
  const after = subject.at + subject.word.length;
  const verb = HELD_AFTER.exec(body.slice(after));
  if (!verb) return undefined;
  const clause = body.slice(after + verb[0].length).match(/^[^，。；：,;:]*/)![0];
  const held = earliest(clause, MEETING_TABLE, (word, at) => free(word, after + verb[0].length + at));
  return held && meetingHead(body, { word: held.word, at: after + verb[0].length + held.at }, free);
}
const HELD_AFTER = new RegExp(`^(?:${triggers.holdingVerbs.join('|')})了?`);
/** 举办好第三届…博览会, 祝愿…会议取得圆满成功: an aim or a wish earlier in the meeting word's clause (aimsBeforeMeetings). */
const AIM_BEFORE = new RegExp(`(?:${triggers.aimsBeforeMeetings.join('|')})[^，。；：,;:]*$`);

/** How many characters of a name (乌镇) may stand between two meeting words of one name. */
const NAME_CONTINUES = 6;
const MAX_MEETING_WORD = Math.max(...MEETINGS.map((w) => w.length));
/** A meeting word right before a holding verb, before a held meeting's name. */
const HOLDER_BEFORE = new RegExp(`(${MEETINGS.join('|')})(?:${triggers.holdingVerbs.join('|')})了?$`);
const HOLDER_REACH = MAX_MEETING_WORD + Math.max(...triggers.holdingVerbs.map((v) => v.length)) + 1;
const NAME_BREAK = new RegExp(`[，。；、：“”《》（）\\s]|${[...triggers.nameBreaks, ...triggers.meetingVerbs].join('|')}`);

/** How far back an open 《 is looked for: a document's title rarely runs longer. */
const TITLE_MARK_REACH = 60;

/**
 * Whether the word at `at` lies inside a document's title in 《》 (会议 in 《中国人民政治协商会议章程》): the
 * title names a text, no happening.
 */
function insideBookTitle(text: string, at: number, word: string): boolean {
  for (let i = at - 1; i >= Math.max(0, at - TITLE_MARK_REACH); i--) {
    const c = text[i];
    if (c === '》' || c === '。') return false;
    if (c === '《') {
      const close = text.indexOf('》', at + word.length);
      return close >= 0 && close - at <= TITLE_MARK_REACH;
    }
  }
  return false;
}

/** Whether the word at `at` lies inside a phrase that names no act (讲话 in 重要讲话精神). */
function insideNotAct(text: string, at: number, word: string): boolean {
  return NOT_ACTS.some((phrase) => {
    const offset = phrase.indexOf(word);
    return offset >= 0 && text.startsWith(phrase, at - offset);
  });
}

/** The first free occurrence of one of the words in the body: the least position, the longest word there. */
function earliest(body: string, words: WordTable<GuardedWord>, free: (word: string, at: number) => boolean): { word: string; at: number } | undefined {
  // One pass over the body, each position's words longest first: the first free one found is the earliest
  // (a search per word of the list, then the least position, cost a pass per word).
  for (let at = 0; at < body.length; at++) {
    const candidates = words.startingWith(body, at);
    // A word that ends the body has its follower beyond it (…在北京逝世|，).
    if (candidates) for (const candidate of candidates) if (body.startsWith(candidate.word, at) && (at + candidate.word.length === body.length || fitsNeighbours(candidate, body, at)) && free(candidate.word, at)) return { word: candidate.word, at };
  }
  return undefined;
}

/** Entities sorted by start, sliced per sentence by binary search (documents may hold millions). */
class EntityIndex {
  constructor(private readonly sorted: CleanEntity[]) {}
  within(start: number, end: number, type: CleanEntity['type']): CleanEntity[] {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    const found: CleanEntity[] = [];
    for (let i = lo; i < this.sorted.length && this.sorted[i].start < end; i++) {
      const e = this.sorted[i];
      if (e.type === type && e.end <= end) found.push(e);
    }
    return found;
  }
}

/** Whether [at, at + length) lies inside one of these names, longer than it. */
function insideNameOf(names: CleanEntity[]): InsideName {
  return (at, length) => names.some((n) => n.start <= at && at + length <= n.end && n.end - n.start > length);
}

/**
 * Where a meeting's own name starts: after the verb that holds it (出席|第九次中日韩领导人会议, 召开|市委常委会会议)
 * or the last comma, looked for before the meeting word itself (开幕 in 开幕式 is no verb).
 */
function meetingNameStart(text: string, sentence: Sentence, trigger: Trigger, reach = MAX_LABEL): number {
  const start = Math.max(sentence.start, trigger.at + trigger.word.length - reach);
  const before = text.slice(start, trigger.at);
  // A headline's 决定 (no mark cuts the name off there; a body writes 会议决定，…).
  const headline = !SENTENCE_MARK.test(text.slice(sentence.start, sentence.end));
  const verbEnds = [...triggers.meetingVerbs, ...triggers.messageVerbs, ...(headline ? triggers.meetingNameOpeners : [])].map((verb) => {
    const at = before.lastIndexOf(verb);
    return at < 0 ? -1 : at + verb.length - 1;
  });
  const cut = Math.max(...CLAUSE_MARKS.map((mark) => before.lastIndexOf(mark)), ...verbEnds, datelineEnd(before) - 1);
  let nameStart = start + cut + 1;
  while (nameStart < trigger.at && /[，、：\s]/.test(text[nameStart])) nameStart++;
  return nameStart;
}

/** Where a dateline ends in `before` (新华社北京3月5日电（记者王明）|…), or −1: the report's, not the name's. */
function datelineEnd(before: string): number {
  let end = -1;
  for (const m of before.matchAll(DATELINE_END)) end = m.index + m[0].length;
  return end;
}
const DATELINE_END = new RegExp(`(?:${triggers.datelineEnds.join('|')})(?:（[^）]*）|\\([^)]*\\))?\\s*`, 'g');

/** Marks that end a clause; a colon ends a lead-in (央视网消息（新闻联播）：…). */
const CLAUSE_MARKS = ['，', '、', '；', ',', '：'];

/**
 * Where the clause holding `at` starts: after the last comma, semicolon or colon of the sentence before it, or
 * after a dateline (新华社香港1月3日电（记者王明）香港特区政府2日宣布: the report's, not the act's).
 */
function clauseStart(text: string, sentenceStart: number, at: number): number {
  const before = text.slice(sentenceStart, at);
  const marked = Math.max(before.lastIndexOf('，'), before.lastIndexOf('；'), before.lastIndexOf(','), before.lastIndexOf('：'), datelineEnd(before) - 1);
  if (marked >= 0) return sentenceStart + marked + 1;
  // …作出重要指示强调 … 蔡奇出席座谈会并讲话: a headline (no mark at all) writes its clauses apart by spaces.
  const clause = headlineClauseStart(text, sentenceStart, at, at);
  return clause >= 0 ? clause : sentenceStart;
}

/** `display` from `start` to `end` without the spans (sorted) inside it: dates (王沪宁14日在京会见 → 王沪宁在京会见), titles. */
function withoutDates(display: string, start: number, end: number, dates: readonly Span[]): string {
  let out = '';
  let at = start;
  for (const d of dates) {
    // ’９７中国旅游年: a year written into a name stays in it.
    if (d.start < at || d.end > end || LABEL_DATE_KEPT_BEFORE.some((w) => display.startsWith(w, d.end)) || dateWords.yearApostrophes.at(display, d.start) || headsQuotedName(display, d, start, end)) continue;
    // 王沪宁于7月15日至17日率…: the 于 that held the date goes with it.
    // 将于当地时间19日开始执行: the time zone that opened the date goes too.
    out += display.slice(at, d.start).replace(TIME_ZONE_BEFORE, '').replace(DATE_PREPOSITION, '');
    at = d.end;
  }
  return out + display.slice(at, end);
}

/**
 * 在“中国人民警察节”到来之际: a holiday that heads a quoted name, glued to the words before it, is that name's head and
 * stays in it (not 军民春节联欢晚会's 春节, whose name reads on without it).
 */
function headsQuotedName(display: string, date: Span, start: number, end: number): boolean {
  if (date.end >= end || display[date.end] !== '”' || !HAN.test(display[date.start - 1] ?? '')) return false;
  const opened = display.lastIndexOf('“', date.start - 1);
  return opened >= start && display.lastIndexOf('”', date.start - 1) < opened;
}

const TIME_ZONE_BEFORE = new RegExp(`(?:${triggers.timeZones.join('|')})$`);
/** The 于 before a date, not the one of 关于, 对于, 由于, 位于 …. */
const DATE_PREPOSITION = /(?<![关關对對由属屬位基鉴鑒等至])[于於]$/;
const LABEL_DATE_KEPT_BEFORE = triggers.labelDateKeptBefore;

/** Splits a label into words (the segmenter's), so that a long label is cut at a word's end. */
export type LabelWords = (label: string) => string[];

/** The segmenter's words with their parts of speech: how a subject and its verb are read where no act word is. */
export type Tagger = (text: string) => TaggedWord[];

/** 位于徐汇区的: an aside a long label leaves out (a short run up to the next 的, no marks inside). */
/** The most characters an aside holds (来华出席中国－中亚峰会并进行国事访问的). */
const LONGEST_ASIDE = 20;
const LABEL_ASIDE = new RegExp(`(?:${triggers.labelAsides.join('|')})[^，。；、“”《》]{1,${LONGEST_ASIDE}}?的`, 'g');
/**
 * 会见了|出席“第十四届京台科技论坛…”的|台湾工商界代表: who the guests met are, by the meeting they came for, is an aside
 * too, its quoted name included, right after the act of meeting them.
 */
const LONGEST_GUESTS_ASIDE = 40;
const GUESTS_ASIDE = new RegExp(`(?<=(?:会见|接见)了?)(?:来华)?出席(?:[^，。；、“”《》]|“[^”]*”|《[^》]*》){1,${LONGEST_GUESTS_ASIDE}}?的`, 'g');
const LABEL_CUT_BEFORE = new Set(triggers.labelCutBefore);
/** 题为《…》的: a quoted title a long label leaves out (发表题为《…》的署名文章 → 发表署名文章). */
const LABEL_TITLE_ASIDE = new RegExp(`(?:${triggers.labelTitleAsides.join('|')})(?:《[^》]*》|“[^”]*”)的`, 'g');
const LABEL_PAIRS = new Map([['《', '》'], ['“', '”'], ['（', '）'], ['(', ')']]);
/** A cut that would leave fewer characters than this keeps an unbalanced mark rather than lose the act. */
const MIN_LABEL = 8;
/** The most characters of a long clause's last words a label keeps after its ellipsis (…座谈会, …致贺信). */
const LABEL_TAIL = 4;
const TAIL_POSTPOSITIONS = new Set(['后', '时', '上', '中', '前', '里']);
/** 2月16日出版的第4期《求是》: after its date, the clause's short attributive (出版的, 举行的) goes too. */
const DATE_ATTRIBUTIVE = /^[^，、。；：]{1,3}的/;

/** Where the words of `label` end; every position when there is no segmenter or it does not give the label back. */
function wordEnds(label: string, parts: string[] = []): number[] {
  if (parts.join('') !== label) return [...label].map((_, i) => i + 1);
  let at = 0;
  return parts.map((w) => (at += w.length));
}

/** The first opening mark in `label` left without its closing one, or −1. */
function unclosedMark(label: string): number {
  const open: number[] = [];
  for (let i = 0; i < label.length; i++) {
    if (LABEL_PAIRS.has(label[i])) open.push(i);
    else if (open.length && LABEL_PAIRS.get(label[open[open.length - 1]]) === label[i]) open.pop();
  }
  return open.length ? open[0] : -1;
}

/**
 * A label of at most MAX_LABEL characters: asides (位于…的, 题为《…》的) left out, then cut at a word's end, never after a
 * particle or a joining word (的, 和, 同) nor inside 《》 or “” (…习近平的重要文章《…》 → …习近平的重要文章); a mark opened
 * too early to cut before is closed after an ellipsis.
 */
export function fitLabel(label: string, words?: LabelWords): string {
  if (label.length <= MAX_LABEL) return label;
  const compact = label.replace(LABEL_ASIDE, '').replace(LABEL_TITLE_ASIDE, '').replace(GUESTS_ASIDE, '');
  if (compact.length <= MAX_LABEL) return compact;
  // The label's words, read once for where it may be cut and for its last words.
  const parts = words?.(compact);
  const ends = [0, ...wordEnds(compact, parts).filter((end) => end <= MAX_LABEL)];
  // Back to the end of the last word that is no particle, joining word or opening mark (题为 stays).
  const trim = (cut: number) => {
    let i = ends.length - 1;
    while (i > 0 && ends[i] > cut) i--;
    while (i > 0 && LABEL_CUT_BEFORE.has(compact.slice(ends[i - 1], ends[i]))) i--;
    return ends[i];
  };
  let cut = trim(MAX_LABEL);
  const mark = unclosedMark(compact.slice(0, cut));
  if (mark >= MIN_LABEL) cut = trim(mark);
  else if (mark >= 0) {
    // Too early to cut before: the quoted title is shortened and closed (听取关于《某某规则…》), never left open.
    return `${compact.slice(0, MAX_LABEL - 2)}…${LABEL_PAIRS.get(compact[mark])!}`;
  }
  const tail = labelTail(compact, parts);
  // 主持召开加强荒漠化综合防治和推进…座谈会: a clause cut before its last words keeps them after an ellipsis, so the
  // label still says what was held, sent or heard (…致贺信, …的报告 → …报告).
  if (tail && cut < compact.length - tail.length) {
    const shorter = trim(MAX_LABEL - 1 - tail.length);
    const head = compact.slice(0, shorter);
    if (shorter >= MIN_LABEL && unclosedMark(head) < 0 && !head.endsWith(tail)) return `${head}…${tail}`;
  }
  return compact.slice(0, cut);
}

/** The most LABEL_TAIL characters of a label's last whole words, not starting with a particle or joining word. */
function labelTail(label: string, all: string[] | undefined): string | undefined {
  if (!all || all.join('') !== label) return undefined;
  // 座谈会|后: a place word after the head is left out with the rest; a last word of one character is a cut name's
  // (米尔|济|约|耶|夫) or a particle's, no head.
  const parts = TAIL_POSTPOSITIONS.has(all[all.length - 1]) ? all.slice(0, -1) : all;
  if ((parts[parts.length - 1]?.length ?? 0) < 2) return undefined;
  let from = parts.length;
  let length = 0;
  while (from > 0 && length + parts[from - 1].length <= LABEL_TAIL) length += parts[--from].length;
  while (from < parts.length && LABEL_CUT_BEFORE.has(parts[from])) from++;
  const tail = parts.slice(from).join('');
  return tail.length >= 2 && !/[\p{P}]/u.test(tail) ? tail : undefined;
}

/** Where a person's mention starts with the title it states right before the name (国家主席|习近平), or the name's start. */
function startWithStatedTitle(text: string, person: CleanEntity): number {
  const role = person.roleStatedHere !== false ? person.role : undefined;
  return role && text.slice(person.start - role.length, person.start) === role ? person.start - role.length : person.start;
}

/** The title chains mentions state just before their names (国家主席、中央军委主席江泽民): a label keeps the name. */
function titlesBefore(text: string, names: Actor[], start: number, end: number): Span[] {
  return names.flatMap(({ entity }) => {
    const from = entity.type === 'person' ? startWithStatedTitle(text, entity) : entity.start;
    // 宪法和|法律委员会主任委员信春鹰: a title after a joining word may be the tail of a longer one.
    const whole = from < entity.start && from >= start && entity.start <= end && !TITLE_JOINED_AFTER.test(text.charAt(from - 1));
    return whole ? [{ start: from, end: entity.start }] : [];
  });
}

const TITLE_JOINED_AFTER = /[和与與及暨兼副]/;

/** The marks that open and close a name (《戊寅年》, “五一”). */
const NAME_OPENING_MARKS = new Set(['《', '“', '「', '〈']);
const NAME_CLOSING_MARKS = new Set(['》', '”', '」', '〉']);

/**
 * What a label leaves out: its dates, with a short attributive right after one that opens it, the 的 after a day
 * inside it (秦刚在|6月30日的|记者会上) and the word joining two (7号和9号), and titles.
 */
function labelOmissions(text: string, start: number, end: number, dates: CleanEntity[], titles: Span[]): Span[] {
  const daysOf = dates.filter((d) => d.start > start && d.end < end && text[d.end] === '的' && DAY.test(d.value ?? '')).map((d) => ({ start: d.end, end: d.end + 1 }));
  // 7号和9号: the word joining two dates goes with them.
  const joiners = dates.filter((d, i) => dates[i + 1]?.start === d.end + 1 && dateWords.dateListJoiners.has(text[d.end])).map((d) => ({ start: d.end, end: d.end + 1 }));
  // 发行《戊寅年》特种邮票: a date that is the whole of a name between marks is that name, kept.
  const omitted = dates.filter((d) => !(NAME_OPENING_MARKS.has(text[d.start - 1]) && NAME_CLOSING_MARKS.has(text[d.end])));
  const spans: Span[] = [...omitted, ...daysOf, ...joiners, ...titles.filter((t) => t.start >= start && t.end <= end)];
  const opening = omitted.find((d) => d.start === start);
  const attributive = opening && text.slice(opening.end, end).match(DATE_ATTRIBUTIVE)?.[0];
  if (opening && attributive) spans.push({ start: opening.end, end: opening.end + attributive.length });
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * An act: its actor (the first person, or the sentence's subject) and the clause holding the verb, without its
 * dates; a clause too long for a label is told as who + where + with whom + act (习近平在北京同特朗普举行会谈 for
 * 习近平在北京人民大会堂同来华进行国事访问的美国总统特朗普举行会谈). `names` are the sentence's people and places.
 */
function actLabel(
  text: string, display: string, sentence: Sentence, trigger: Trigger, actor: Actor | undefined, end: number, dates: CleanEntity[], names: Actor[],
  words: LabelWords | undefined,
): ActLabel {
  const before = text.slice(sentence.start, trigger.at);
  // A dateline (新华社香港1月3日电（记者王明）) is the report's, not the act's: the label starts after it.
  const clauseFrom = sentence.start + Math.max(before.lastIndexOf('，'), before.lastIndexOf('。'), before.lastIndexOf('：'), datelineEnd(before) - 1) + 1;
  const titles = titlesBefore(text, names, clauseFrom, sentence.end);
  // A statement's verb (称, 表示) stands where the narrative ends: the label keeps it. The 、 inside a title
  // chain (发表中共中央总书记、国家主席习近平的文章) ends no clause.
  let tailEnd = trigger.at;
  for (;;) {
    tailEnd += text.slice(tailEnd, Math.max(end, trigger.at + trigger.word.length)).match(/^[^，。；、]*/)![0].length;
    const title = text[tailEnd] === '、' ? titles.find((t) => t.start < tailEnd && tailEnd < t.end) : undefined;
    // 发表题为《赓续传统友谊，…》的文章: a mark inside a title in 《》 or a quotation ends no clause either.
    const open = title ? -1 : unclosedMark(text.slice(trigger.at, tailEnd));
    const close = open >= 0 ? text.indexOf(LABEL_PAIRS.get(text[trigger.at + open])!, tailEnd) : -1;
    if (title) tailEnd = title.end;
    else if (close >= 0 && close < end) tailEnd = close + 1;
    else break;
  }
  // 在广东考察时|强调: the act, not the time it gives the speech (nor the speech, in a headline with no comma).
  const spokenAt = text.slice(trigger.at, tailEnd + SPOKEN_DURING_REACH).search(SPOKEN_DURING_WITHIN);
  if (spokenAt > 0) tailEnd = Math.min(tailEnd, trigger.at + spokenAt);
  const start = actor && actor.entity.start >= clauseFrom ? actor.entity.start : clauseFrom;
  // 便马不停蹄…, 还走进…: the clause's leading adverb belongs to the sentence, not to the label.
  const labelOf = (omit: readonly Span[]) => {
    // 也门胡塞武装…: an adverb's character that opens a name is the name's.
    const clause = names.some((n) => n.entity.start === start) ? withoutDates(display, start, tailEnd, omit) : withoutDates(display, start, tailEnd, omit).replace(LEADING_ADVERB, '');
    if (!actor || actor.entity.start >= clauseFrom) return clause;
    // 他来到紫金山实验室 → 习近平来到紫金山实验室: the pronoun gives way to the name.
    if (PRONOUN_SUBJECT.test(clause)) return `${actor.name}${clause.replace(PRONOUN_SUBJECT, '').replace(LEADING_ADVERB, '')}`;
    // 总书记走进… → 习近平总书记走进….
    return titleOf(actor, clause) ? `${actor.name}${clause}` : `${actor.name}：${clause}`;
  };
  let label = labelOf(labelOmissions(text, start, tailEnd, dates, []));
  if (label.length > MAX_LABEL) label = labelOf(labelOmissions(text, start, tailEnd, dates, titles));
  const actorInClause = actor !== undefined && actor.entity.start >= clauseFrom;
  // Only when the cut would lose the act itself.
  const actEnd = actorInClause ? withoutDates(display, start, trigger.at + trigger.word.length, dates).length : 0;
  if (actor && actEnd > MAX_LABEL) return { label: fitLabel(compactLabel(text, display, actor, trigger, tailEnd, names), words), actorInClause };
  return { label: fitLabel(label, words), actorInClause };
}

interface ActLabel {
  label: string;
  /** The actor stands in the act's own clause (not 习近平：…, an actor carried from an earlier clause). */
  actorInClause: boolean;
}

/** Who + where (a place after 在) + with whom (a person after 同, 与, 和) + the act and what follows it in its clause. */
function compactLabel(text: string, display: string, actor: Actor, trigger: Trigger, tailEnd: number, names: Actor[]): string {
  const between = names.filter((n) => n.entity.start >= actor.entity.end && n.entity.end <= trigger.at);
  const place = between.find((n) => n.entity.type === 'place' && PLACE_MARK.test(text.charAt(n.entity.start - 1)));
  const partner = between.find((n) => n.entity.type === 'person' && PARTNER_MARK.test(text.slice(actor.entity.end, n.entity.start)));
  const act = display.slice(actStart(text, actor.entity.end, trigger), tailEnd);
  const where = place ? `在${display.slice(place.entity.start, place.entity.end)}` : '';
  // 弗洛伦蒂诺、纳卢曼戈、黎成龙等出席…: the list the actor opens keeps its 等.
  const others = between.some((n) => n.entity.type === 'person') && text.slice(actor.entity.end, trigger.at).includes(OTHERS) ? OTHERS : '';
  return `${actor.name}${others}${where}${partner ? `同${partner.name}` : ''}${act}`;
}
const OTHERS = '等';

/** Where the act starts: at a meeting's holding verb (出席|开幕式), else at the trigger. */
function actStart(text: string, from: number, trigger: Trigger): number {
  if (!trigger.meeting) return trigger.at;
  const before = text.slice(from, trigger.at);
  const verbAt = Math.max(...triggers.meetingVerbs.filter((verb) => verb !== MEETING_PLACE_VERB).map((verb) => before.lastIndexOf(verb)));
  return verbAt >= 0 ? from + verbAt : trigger.at;
}
/** 在 holds a meeting (在会上) but opens a place in a label (在乌镇出席…): the act starts at the verb after it. */
const MEETING_PLACE_VERB = '在';
const PLACE_MARK = /^在$/;
const PARTNER_MARK = /[同与與和]/;

interface Actor { entity: CleanEntity; name: string }

interface FoundEvent extends NewsEvent {
  /** The date came from context (会前, an earlier sentence, the report's day), not from the sentence itself. */
  inherited: boolean;
  /** The sentence gave no date and no context word: a headline, or a happening the report does not date. */
  undated: boolean;
  /** The sentence opens by saying it tells an earlier happening (此前，…): no restatement of the one reported. */
  earlier: boolean;
  /** A meeting to come that the sentence names as prepared for (为召开…作准备): no restatement of one held. */
  planned?: true;
  /** A speaker recalls it (韩正表示，习近平主席同拜登总统去年11月…会晤): no one attends it in a later sentence. */
  recalled?: true;
  actor?: string;
  trigger: string;
  /** The meetings one sentence tells with each of its guests (分别会见甲、乙): one happening apart from another. */
  group?: number;
  /** A stop the report says is another (李希还来到…): no restatement of an earlier one. */
  anotherStop?: true;
}

/** 分别 right before a meeting's verb (分别会见). */
const RESPECTIVE_ACT_BEFORE = new RegExp(`(?:${triggers.respectively.afterDates.join('|')})$`);
const RESPECTIVE_REACH = Math.max(...triggers.respectively.afterDates.map((word) => word.length));
const RESPECTIVE_ACT_BEFORE_ANYWHERE = new RegExp(triggers.respectively.afterDates.join('|'));

/**
 * The meeting `event` tells, one for each guest: the host and that guest, labelled with the guest's title and name as
 * the report writes them, at the places other than the other guests' countries.
 */
function eachGuest(event: FoundEvent, guests: CleanEntity[], host: string, display: string, text: string, nameOf: (e: CleanEntity) => string, group: number): FoundEvent[] {
  const titled = guests.map((guest) => ({ start: startWithStatedTitle(text, guest), end: guest.end }));
  // 丁薛祥在贝伦|分别会见…: who and where as the sentence's label tells them.
  const respectively = event.label.search(RESPECTIVE_ACT_BEFORE_ANYWHERE);
  const opening = respectively > 0 ? event.label.slice(0, respectively) : host;
  return guests.map((guest, i) => {
    const others = titled.filter((_, k) => k !== i);
    const othersPlaces = new Set(others.flatMap((span) => event.places.filter((place) => display.slice(span.start, span.end).includes(place))));
    return {
      ...event,
      label: `${opening}${event.trigger}${display.slice(titled[i].start, titled[i].end)}`,
      participants: unique([host, nameOf(guest), ...event.participants.filter((name) => !guests.some((g) => nameOf(g) === name))]),
      places: event.places.filter((place) => !othersPlaces.has(place)),
      group,
    };
  });
}

/**
 * The sentence's date: the first before its reported speech that neither dates the report (…7月3日电) nor is
 * part of the name of the meeting after it (稳经济大盘四季度工作推进会议, 出席2024年世界互联网大会). Only a name's length after each date is read, so a
 * sentence with many dates stays linear.
 */
function ownDateOf(
  text: string, sentence: Sentence, end: number, dates: CleanEntity[], insideName: InsideName, referenceDay: string | null, tag: Tagger | undefined, headline = false,
): CleanEntity | undefined {
  let checked = 0;
  let backgrounds = 0;
  // The narrative's last date: whether a later date dates the act after a time reference (…结束后，).
  const lastDateStart = dates.reduce((last, d) => (d.start < end ? d.start : last), -1);
  // …在会议上宣布，三头小牛已于上周出生: a date in what is announced is not the announcement's.
  const announced = text.slice(sentence.start, end).search(ANNOUNCED);
  const announcedFrom = announced < 0 ? end : sentence.start + announced;
  for (const d of dates) {
    if (d.start >= announcedFrom) break;
    if (DATELINE_AFTER.some((w) => text.startsWith(w, d.end)) || isBackdrop(text, d)) continue;
    if (isTimeReference(text, d, end, lastDateStart)) continue;
    if (opensTitle(text, d) || qualifiesNoun(text, d, tag) || inDocumentSubject(text, d, sentence.start, end)) continue;
    if (backgrounds++ < MAX_NAMED_DATES && isBackground(text, sentence, d, insideName, referenceDay, tag)) continue;
    if (checked++ >= MAX_NAMED_DATES) return d;
    const named = findTrigger(text, d.end, Math.min(end, d.end + MAX_LABEL), insideName, Math.max(sentence.start, d.start - MAX_LABEL));
    const nameStart = named?.meeting ? meetingNameStart(text, sentence, named) : Infinity;
    // At the name's very start the date is the name's only when a verb holds it (出席|2024年…大会), not when it
    // opens the sentence (2014年5月28日至29日第二次…座谈会在京召开).
    // A day with 的 after it says when the meeting was, whatever holds it (在6月30日的记者会上).
    const daysMeeting = text[d.end] === '的' && DAY.test(d.value ?? '');
    // A month is no name's (出席|今年9月|中非合作论坛北京峰会: the summit is in September), a year or a quarter may be.
    const heldByVerb = d.start === nameStart && !daysMeeting && !MONTH_ONLY.test(d.value ?? '') && MEETING_VERB_BEFORE.test(text.slice(Math.max(sentence.start, d.start - 4), d.start));
    // 2025年海南…招商大会14日在海口举行, ’９７十大新闻评选２３日揭晓: a year opening a name, with the day after it, is the name's.
    // So is one opening a meeting's name in a headline, which names the meeting the body dates (2024年对台工作会议在京召开).
    const namesYear = (d.start === nameStart || dateWords.yearApostrophes.at(text, d.start)) && YEAR_ONLY.test(d.value ?? '') &&
      (dates.some((later) => later.start > d.end && later.start < end && DAY.test(later.value ?? '')) || (headline && d.start === nameStart));
    if (namesYear) continue;
    if (d.start < nameStart || (d.start === nameStart && !heldByVerb)) return d;
  }
  return undefined;
}

/**
 * 通过了…关于澳门特别行政区|2013年|立法会产生办法…的决定: whether the date stands inside a document's subject, between its
 * 关于 and the 的决定 (documentSubjects) that closes it, within the sentence up to `end`.
 */
function inDocumentSubject(text: string, d: Span, sentenceStart: number, end: number): boolean {
  // Only a subject's length either side is read: a search over the sentence per date would grow with the square of a
  // long sentence's length.
  const before = text.slice(Math.max(sentenceStart, d.start - DOCUMENT_SUBJECTS.reach), d.start);
  const opener = before.lastIndexOf(DOCUMENT_SUBJECTS.opener);
  if (opener < 0) return false;
  const closes = (part: string) => DOCUMENT_SUBJECTS.closers.some((closer) => part.includes(closer));
  return !closes(before.slice(opener)) && closes(text.slice(d.end, Math.min(end, d.end + DOCUMENT_SUBJECTS.reach)));
}
const DOCUMENT_SUBJECTS = triggers.documentSubjects;

/** A single month's value (2018-09), no year's, quarter's, day's or range's. */
const MONTH_ONLY = /^\d{4}-\d{2}$/;

/** 将|会见, 即将|出席: the act right after these is still to come. */
const COMING_BEFORE = new RegExp(`(?:${triggers.comingWords.join('|')})$`);
/**
 * 将 in the act's clause, with no 的 between it and the verb: not the noun of 将军, 将领, 将士, 将帅, nor a thing's coming
 * (由即将成立的…学校举办的联欢会) (胡锦涛将还对…进行国事访问).
 */
const COMING_IN_CLAUSE = new RegExp(`(?:${triggers.comingWords.join('|')})(?![军軍领領士帅帥])[^的]*$`);
// …下发通知，要求各级党组织在元旦春节期间…: a date in what is required is not the notice's either.
const ANNOUNCED = new RegExp(`(?:${triggers.announcement.verbs.join('|')})[，：:]|[，,](?:${triggers.announcement.requirements.join('|')})`);

/**
 * 某某交流会24日在京召开，汪洋出席会议并讲话: the meeting named as the subject of the date's clause, held in it, is
 * the happening, not a meeting word later in the sentence (出席会议).
 */
function meetingBeforeDate(text: string, sentence: Sentence, ownDate: CleanEntity, end: number, insideName: InsideName, subjectFrom: number): Trigger | undefined {
  const clauseEnd = text.slice(ownDate.end, end).search(/[，。；：,;]/);
  const to = clauseEnd < 0 ? end : ownDate.end + clauseEnd;
  const after = findTrigger(text, ownDate.end, to, insideName, ownDate.end);
  // 第四次全体会议，于2025年10月20日至23日在北京举行: a clause cut off at its date that holds a meeting (举行) and names no
  // act of its own holds the meeting its sentence opened with.
  const holds = MEETING_VERBS.occursIn(text, ownDate.end, to);
  const breakFrom = Math.max(subjectFrom, ownDate.start - CLAUSE_BREAK_REACH);
  const clauseBreak = sentence.continues && !after && holds ? CLAUSE_BREAK.exec(text.slice(breakFrom, ownDate.start)) : null;
  const from = clauseBreak ? clauseStart(text, subjectFrom, breakFrom + clauseBreak.index) : clauseStart(text, sentence.start, ownDate.start);
  const held = findTrigger(text, from, to, insideName);
  // 会议同意明年1月12日召开全体会议: a meeting the clause holds after the date is the happening.
  return held?.meeting && held.at < ownDate.start && !after?.meeting ? held : undefined;
}

/** 授予…“１９９７年度全国环境保护先进企业”称号: a date that opens a quoted title is the title's. */
const opensTitle = (text: string, date: CleanEntity): boolean => TITLE_OPENER.test(text.charAt(date.start - 1));
const TITLE_OPENER = /^[“《「『]$/;

/**
 * 就当前经济形势和下半年经济工作召开座谈会: a span, month or year right before a common noun qualifies it (the work of
 * the second half-year), and says nothing of when the happening took place. A single day is always a happening's.
 */
function qualifiesNoun(text: string, date: CleanEntity, tag: Tagger | undefined): boolean {
  if (!tag || ONE_DAY.test(date.value ?? '')) return false;
  const next = tag(text.slice(date.end, date.end + NOUN_WINDOW))[0];
  // 10月26日至30日在京举行: the tagger's dictionary holds 在京举行 as a noun; a date's glue opens no noun.
  return next !== undefined && COMMON_NOUN_TAG.test(next.tag) && !GLUE_OPENS.test(next.word);
}
const GLUE_OPENS = new RegExp(`^(?:${triggers.dateGlue.join('|')})`);
/** How much text after a date is tagged to read the word that follows it. */
const NOUN_WINDOW = 6;
/** Common nouns and nominal verbs (经济/n, 工作/vn); names (nr, ns, nt) are the subjects of a happening. */
const COMMON_NOUN_TAG = /^(?:n|vn|nz)$/;

/** 临近春节，: a day to come that the happenings near it approach (event-triggers.json approachWords). */
const APPROACH_BEFORE = new RegExp(`(?:${triggers.approachWords.join('|')})$`);
const APPROACH_REACH = Math.max(...triggers.approachWords.map((word) => word.length));
/** 春节前夕, 春节即将到来之际: the day approached, written before these. */
const APPROACH_AFTER = new RegExp(`^(?:${triggers.approachWordsAfter.join('|')})`);
const APPROACH_AFTER_REACH = Math.max(...triggers.approachWordsAfter.map((word) => word.length));

/**
 * A date that is the background of a clause with no act in it (2026年高考在即，…; 将于明年通车的深中通道…，李强来到;
 * 在春节即将来临之际): it does not date the sentence's happening. Only a date that is not a past day is read so
 * (a past day opening a clause is the happening's own: 巴黎奥运会今天凌晨结束了…).
 */
function isBackground(text: string, sentence: Sentence, date: CleanEntity, insideName: InsideName, referenceDay: string | null, tag: Tagger | undefined): boolean {
  const value = date.value ?? '';
  const pastDay = DAY.test(value) && (!referenceDay || value.slice(0, 10) <= referenceDay);
  if (pastDay) return false;
  if (ONE_DAY.test(value) && (APPROACH_BEFORE.test(text.slice(Math.max(0, date.start - APPROACH_REACH), date.start)) || APPROACH_AFTER.test(text.slice(date.end, date.end + APPROACH_AFTER_REACH)))) return true;
  // Read within a label's reach before and a clause's after (2013年和2015年汪洋曾两次带队到…进行…调研: the verb ends a
  // long clause): a sentence may hold thousands of dates.
  const from = clauseStart(text, Math.max(sentence.start, date.start - MAX_LABEL), date.start);
  const rest = text.slice(date.end, Math.min(sentence.end, date.end + BACKGROUND_CLAUSE_REACH));
  const to = date.end + (rest.match(/^[^，；。：,;]*/)?.[0].length ?? 0);
  const others = (text.slice(from, date.start) + text.slice(date.end, to)).replace(DATE_GLUE, '');
  return others.length >= BACKGROUND_MIN && !findTrigger(text, from, to, insideName) &&
    !((ONE_DAY.test(value) || formalPast(text, date, referenceDay)) && subjectDayVerb(text, from, date, to, tag));
}

/**
 * 伊朗与美国于１９８０年断绝了外交关系: a past year or month after 于 (not 将于, a plan) dates an act as a day does, when
 * a subject stands before it and a verb after it.
 */
function formalPast(text: string, date: CleanEntity, referenceDay: string | null): boolean {
  const value = date.value ?? '';
  // A period that is over: 于今年 may still be to come.
  return FORMAL_DATE_BEFORE.test(text.slice(Math.max(0, date.start - 2), date.start)) && PLAIN_DATE.test(value) && (!referenceDay || value < referenceDay.slice(0, value.length));
}
const FORMAL_DATE_BEFORE = /(?<![将將])[于於]$/;
/** A year, a month or a day; not a span. */
const PLAIN_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** 本届天元战的决赛１３日进行: a subject, a single day, then its verb: the day of a happening to come, not background. */
function subjectDayVerb(text: string, from: number, date: CleanEntity, to: number, tag: Tagger | undefined): boolean {
  if (!tag || !nounSubject(text, from, date.start, [], tag)) return false;
  // The subject's head noun stands right before the day, or before its adverbs and 于 (停火协议将于…): not …即将到来的|春节.
  const head = tagAt(text, from, date.start, tag).reverse().find((w) => !ADVERB_OR_PREPOSITION_TAG.test(w.tag));
  const next = tagAt(text, date.end, to, tag).find((w) => !DATE_GLUE_ONLY.test(w.word));
  return head !== undefined && SUBJECT_TAG.test(head.tag) && next !== undefined && VERB_TAG.test(next.tag);
}
const ADVERB_OR_PREPOSITION_TAG = /^[dp]/;

/** Whether a place lies in the title stated right before a person's name (内蒙古自治区|党委书记|孙绍骋). */
function qualifiesTitle(text: string, place: CleanEntity, people: CleanEntity[]): boolean {
  return people.some((person) => place.start >= startWithStatedTitle(text, person) && place.end <= person.start);
}

/**
 * A date in a clause that says when the next clause's act happens (１１日举行的选举结束后，新当选的代表将于２月２４日
 * 投票), when a later date of the narrative dates that act.
 */
function isTimeReference(text: string, date: CleanEntity, end: number, lastDateStart: number): boolean {
  const clauseEnd = date.end + (text.slice(date.end, Math.min(end, date.end + MAX_LABEL)).match(/^[^，；。：,;]*/)?.[0].length ?? 0);
  return clauseEnd < end && lastDateStart > clauseEnd && TIME_REFERENCE_CLAUSE.test(text.slice(date.end, clauseEnd));
}

/** How far after a date its clause is read for an act (two labels' reach). */
const BACKGROUND_CLAUSE_REACH = 2 * MAX_LABEL;

/** Characters besides the date and its glue that make its clause one of its own. */
const BACKGROUND_MIN = 3;

/** How many of a sentence's dates are checked for standing inside a meeting's name, or for being background. */
const MAX_NAMED_DATES = 3;

/**
 * One event per reported happening: a dated sentence with a trigger; a contextual one (会前, 来到 …) dated by
 * context; an undated one that names a meeting or an actor (dated null when the report says 近日, 日前).
 * `text` is read (Simplified); labels, clauses and names come from `display`, the same offsets in the
 * document's own characters. `referenceDay` (ISO) dates what a broadcast reports without a date.
 */
export function extractEvents(text: string, mentions: CleanEntity[], display: string = text, referenceDay: string | null = null, tag?: Tagger): NewsEvent[] {
  // The rules below read an open date as the span it stands for (今年以来: 2023/.., no single day); a person only named
  // (纪念胡耀邦同志诞辰…, 以习近平同志为核心的党中央) acts in no event.
  const entities = mentions.filter((e) => e.type !== 'person' || !NAMED_ONLY_AFTER.some((words) => text.startsWith(words, e.end))).map((e) => (e.open ? { ...e, value: spanValue(e) } : e));
  const words: LabelWords | undefined = tag && ((label) => tag(label).map((w) => w.word));
  const events: FoundEvent[] = [];
  // Told apart from `events`: what the rules read of the happenings before a sentence is the report's own news.
  const occasions: FoundEvent[] = [];
  const index = new EntityIndex([...entities].sort((a, b) => a.start - b.start));
  const within = (start: number, end: number, type: CleanEntity['type']) => index.within(start, end, type);
  // A name as the document writes it: Traditional stays Traditional; an expanded name (canonical) stays expanded.
  const nameOf = (e: CleanEntity) => (e.canonical === undefined || e.canonical === text.slice(e.start, e.end) ? display.slice(e.start, e.end) : e.canonical);
  let contextDate: string | null = null;
  let lastMeetingDate: string | null = null;
  let lastMeeting: FoundEvent | undefined;
  // The last meeting told that is not still to come (会议决定，…第十一次会议9月10日至13日举行 is announced, not held):
  // where who reports to a meeting speaks.
  let lastHeldMeeting: FoundEvent | undefined;
  // The date of the last event not after the report's own day: what an undated happening is taken to share.
  let currentDate: string | null = referenceDay;
  // Whether currentDate is a day the text gave (not the reference date): a coarser date that holds it is that day.
  let currentFromText = false;
  let lastActor: Actor | undefined;
  // The guest of the last 会见 / 会谈 (会见了塔吉克斯坦国防部长海鲁拉耶夫): whom a later 客人 names.
  let lastGuest: Actor | undefined;
  /** How many sentences told meetings with each of several guests (eachGuest). */
  let respectiveGroups = 0;
  // Where the sentence a clause was cut from starts: its subject (塔吉克斯坦客人应…邀请，于１月９日抵京).
  let subjectFrom = 0;
  // Whether the paragraph opened with a reported speech (习近平指出，…), and who spoke.
  let inSpeech = false;
  let speaker: CleanEntity | undefined;
  // 习近平指出，|昨天，我同…宣布: the speaker of the piece before, when a sentence was cut at a date after its speech verb.
  let pieceSpeaker: CleanEntity | undefined;
  // …发表题为《…》的署名文章。文章全文如下：: the paragraphs after are the author's words, each as if opened by 习近平指出.
  let author: CleanEntity | undefined;
  let paragraphStart = 0;
  let nextNewline = text.indexOf('\n');
  // The headline: a report's first happening is told below it.
  const firstLineEnd = text.indexOf('\n') < 0 ? text.length : text.indexOf('\n');
  // Only a date with its month opens a happening of its own (今年是…之年 is no happening), or a past year (赵乐际表示，
  // 去年，习近平主席对法国进行国事访问: the background a speaker recalls).
  // Nor does one the act comes just after (元旦|刚过): its clause goes on with the date before it.
  const dateStarts = entities.filter((e) => e.type === 'date' && (WITH_MONTH.test(e.value ?? '') || isPast(e.value, referenceDay)) && !isBackdrop(text, e)).map((e) => e.start).sort((a, b) => a - b);
  let bodyStarted = false;
  for (const sentence of splitAtClauseDates(text, splitSentences(text), dateStarts)) {
    const dates = within(sentence.start, sentence.end, 'date');
    // The first sentence below the headline: the report's news.
    const leadSentence: boolean = !bodyStarted && sentence.start > firstLineEnd;
    bodyStarted ||= leadSentence;
    const narrative = narrativeEnd(text, sentence, dates, (start, to) => within(start, to, 'person'), referenceDay);
    const end = narrative.end;
    if (!sentence.continues) subjectFrom = sentence.start;
    // 汪洋指出，…。大会闭幕一个多月来，…: the sentences after a paragraph's opening speech go on with the speech.
    // Read forward once (not back from each sentence: a document may have no line break), a break at a time.
    for (; nextNewline >= 0 && nextNewline < sentence.start; nextNewline = text.indexOf('\n', paragraphStart)) paragraphStart = nextNewline + 1;
    if (sentence.start === paragraphStart) inSpeech = author !== undefined;
    const speechGoesOn = inSpeech;
    // 习近平指出，…: who speaks, for the 我 of the paragraph's words (or of the piece after it, cut at a date).
    const speechOpening = OPENING_SPEECH.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + MAX_LABEL)));
    const openingSpeaker = speechOpening ? within(sentence.start, sentence.start + speechOpening[0].length, 'person').pop() : undefined;
    if (sentence.start === paragraphStart) {
      inSpeech = speechOpening !== null || author !== undefined;
      speaker = speechOpening ? openingSpeaker : author;
    }
    if (FULL_TEXT_FOLLOWS.test(text.slice(sentence.start, sentence.end))) author = within(paragraphStart, sentence.end, 'person').pop() ?? author;
    // 我们要…, “我…”: a speaker's own words, continued after 习近平指出，…。, report no happening; but the speaker recalls an
    // act of their own when a past time opens the clause (去年10月，我们在庆州会见; 去年9月，我同非洲领导人在…峰会上…).
    const speakerBefore = sentence.continues ? pieceSpeaker : undefined;
    pieceSpeaker = speechOpening ? openingSpeaker : speakerBefore;
    const recallingSpeaker = speakerBefore ?? (speechGoesOn || sentence.continues ? speaker : undefined);
    const recaller = recallingSpeaker ? recalledBySpeaker(text, sentence, dates, referenceDay) : false;
    if (!recaller && FIRST_PERSON.test(text.slice(sentence.start, end))) continue;
    const recalls = recaller || narrative.recalls;
    const places = within(sentence.start, end, 'place');
    // Where it happened: not a place that only qualifies a title (内蒙古自治区党委书记孙绍骋) or names a document (《中华人民共和国…法》).
    const sentencePeople = within(sentence.start, end, 'person');
    const venues = places.filter((p) => !qualifiesTitle(text, p, sentencePeople) && !insideBookTitle(text, p.start, text.slice(p.start, p.end)));
    // 甲会议和乙会议将分别于3月5日和3月4日开幕: one event for each, on its own date.
    const namesIn = () => [...places, ...within(sentence.start, end, 'organization')];
    const respective = respectiveParts(text, display, sentence, end, dates, namesIn, words);
    if (!respective.length) respective.push(...respectiveDates(text, display, sentence, subjectFrom, end, dates, namesIn, tag));
    if (respective.length) {
      for (const part of respective) {
        events.push({
          label: part.label, clause: display.slice(sentence.start, Math.min(end, sentence.start + MAX_CLAUSE)), date: part.date, start: sentence.start, end: sentence.end,
          participants: unique(within(part.start, part.end, 'person').map(nameOf)), places: unique(venues.map(nameOf)),
          inherited: false, undated: false, earlier: false, trigger: part.trigger,
        });
      }
      // What follows undated goes on from the first part (于昨天和今天分别访问了甲和乙。…在会见中…: at 甲).
      const first = respective[0].date;
      if (first && DAY.test(first) && (!referenceDay || first.slice(0, 10) <= referenceDay)) { currentDate = first; currentFromText = true; }
      continue;
    }
    const insideAnyName = insideNameOf(places);
    const occasionClause = occasionSpan(text, sentence, end);
    // 5月7日，在…出席…庆典之际，习近平…发表署名文章: the occasion's words name no act of the sentence's own.
    const insideName: InsideName = occasionClause
      ? (at, length) => insideAnyName(at, length) || (at >= occasionClause.start && at < occasionClause.end)
      : insideAnyName;
    const ownDate = ownDateOf(text, sentence, end, dates, insideName, referenceDay, tag, sentence.start < firstLineEnd);
    // The reporter of a byline (（记者李明华）) writes the report and takes no part in the happening.
    // Nor does a leader whose words or thought are only cited (深入学习贯彻习近平总书记重要讲话精神).
    const people = sentencePeople.filter((p) => !isReportingRole(p.role) && !isCited(text, p));
    const names = [...people, ...places, ...within(sentence.start, end, 'organization')];
    const occasion = occasionClause && occasionOf(text, display, occasionClause, people, dates, insideAnyName, nameOf, words);
    if (occasion) occasions.push(occasion);
    const trigger = ownDate
      ? (meetingBeforeDate(text, sentence, ownDate, end, insideName, subjectFrom) ??
        findTrigger(text, ownDate.end, end, insideName, sentence.start) ??
        findTrigger(text, clauseStart(text, sentence.start, ownDate.start), end, insideName) ??
        statement(text, sentence, ownDate, end, people, within, names, tag) ??
        subjectAndVerb(text, sentence, subjectFrom, ownDate, end, names, tag, referenceDay))
      : findTrigger(text, sentence.start, end, insideName);
    const opening = text.slice(sentence.start, sentence.start + 4);
    const contextual = triggers.contextual.some((w) => opening.includes(w) || (trigger?.word === w && people.length > 0));
    const sentenceText = text.slice(sentence.start, sentence.end);
    const attendance = ownDate ? null : (ATTENDANCE.exec(sentenceText) ?? CLOSING_SPEECH.exec(sentenceText));
    // 出席会议的伊朗代外长巴盖里表示，…: who is described as attending the meeting (the bare word: the one just told) attended it.
    const attendsAsAttribute = attendance !== null && ATTENDED_MEETING_ATTRIBUTE.test(sentenceText.slice(attendance.index));
    const attendanceAt = attendance && (attendsAsAttribute || !opensAttributive(text, sentence.start + attendance.index, attendance[0])) ? attendance.index : -1;
    // 楼继伟作了关于…的报告: who reports to the meeting last told speaks at it, and so does a member named with the title after
    // the name who speaks (宁吉喆常委建议，…) and one who speaks in a speech (谌贻琴在讲话中指出，…); a report that names an act
    // of its own (黄润秋作了关于提请审议批准…的报告) still stands as its own happening too.
    const speakersAtLastMeeting = !lastHeldMeeting || attendance || ownDate ? []
      : !EARLIER_OPENING.test(opening) && reportGivenAt(sentenceText, sentence.start, people, tag) >= 0 ? people
        : people.filter((p) => speaksAsMember(text, p) || speaksInSpeech(text, p) || speaksFirstAfterMeeting(text, sentence.start, p, people, lastHeldMeeting!));
    // 委员长会议上，…杨振武…作了汇报: the meeting the sentence opens by naming, where an earlier one ends in that name.
    const namedAtOpening = meetingOpeningSentence(text, sentence, events);
    const spokenAt = speakersAtLastMeeting.length > 0 ? namedAtOpening ?? lastHeldMeeting : undefined;
    if (spokenAt) spokenAt.participants = unique([...spokenAt.participants, ...speakersAtLastMeeting.map(nameOf)]);
    // 陈吉宁、马兴瑞出席并讲话 after the meeting's own sentence, 刘捷参加调研 after the visit's: its participants; a meeting
    // to come that the meeting decided on (决定8月22日至24日召开常委会会议) is no meeting they speak at now.
    // 此前，习近平主持召开…: an earlier happening, not the last one attended.
    const attended = attendanceAt >= 0 && !EARLIER_OPENING.test(opening) && !actOfItsOwn(text, sentence, trigger, sentence.start + attendanceAt, events)
      ? namedAtOpening ?? attendedEvent(text, sentence, events, lastHeldMeeting ?? lastMeeting)
      : undefined;
    // 会谈结束后，俄外长拉夫罗夫表示，…: who speaks of a happening just told, right after it, took part in it.
    const spokenOf = !attended && !trigger && !ownDate ? eventSpokenOfAfter(text, sentence, end, events) : undefined;
    if (attended) {
      // 王毅、秦刚等参加上述活动: every act of that day told just before, not the last alone.
      const allAbove = ALL_ABOVE.test(sentenceText);
      // 丁仲礼参加会见 after 分别会见甲、乙: each of those meetings.
      const told = allAbove ? events.slice(-RECENT_EVENTS).filter((e) => e.date === attended.date)
        : attended.group !== undefined ? events.filter((e) => e.group === attended.group) : [attended];
      for (const event of told) {
        event.participants = unique([...event.participants, ...people.map(nameOf)]);
      }
      // The headline told it undated (习近平出席开幕式…), the body on a day of its own (…23日晚在杭州开幕。国家主席习近平出席
      // 开幕式…): that day.
      if (attended.undated && attended.start < firstLineEnd && currentFromText && currentDate !== null) attended.date = currentDate;
      // …习近平总书记近日在…考察并主持召开…座谈会 below a headline that told it: the report does not say when, nor of what
      // it tells within it after.
      else if (attended.undated && attended.start < firstLineEnd && !ownDate && UNDATED.test(sentenceText)) {
        attended.date = null;
        if (events.every((e) => e.undated)) currentDate = null;
      }
    } else if (spokenOf) {
      spokenOf.participants = unique([...spokenOf.participants, ...people.map(nameOf)]);
    } else if (trigger) {
      // A clause before the date's is background (为深入学习贯彻…讲话精神，8月27日…): the happening's people are
      // in the date's clause (省长王浩今年3月在杭州调研) or after it.
      // A headline's act takes part only its own clause's people (…作出重要指示强调 … 蔡奇出席座谈会并讲话).
      const headline = !SENTENCE_MARK.test(sentenceText);
      const actorsFrom = ownDate ? clauseStart(text, sentence.start, ownDate.start) : headline ? clauseStart(text, sentence.start, trigger.at) : sentence.start;
      const actors = people.filter((p) => p.start >= actorsFrom);
      // 他在…书记梁言顺…陪同下，到银川市调研: who accompanies takes part but is no actor; the sentence's subject is.
      const companions = actors.filter((p) => isCompanion(text, p));
      const actorCandidates = companions.length ? actors.filter((p) => !companions.includes(p)) : actors;
      // Where the act's own clause starts (after the sentence's last comma before the act).
      const actClauseFrom = clauseStart(text, sentence.start, trigger.at);
      const delegation = within(sentence.start, trigger.at, 'organization').find((o) => triggers.delegations.some((d) => o.canonical!.endsWith(d)));
      // 国家副主席韩正10月20日…: the person just before the date is its subject, whatever title came first.
      // 三塚博，今天上午向桥本首相提交了辞呈: the subject closing the clause before the date's; the one after 向 is the object.
      // 昨天，我同阮富仲总书记一道宣布: the speaker recalling an act of their own does it, the one named is the other side.
      const actorEntity = (recaller ? recallingSpeaker : undefined) ??
        (ownDate && actors.find((p) => p.end === ownDate.start)) ??
        (ownDate && within(Math.max(0, ownDate.start - MAX_LABEL), ownDate.start, 'person').find((p) => SUBJECT_BEFORE_DATE_CLAUSE.test(text.slice(p.end, ownDate.start)))) ??
        // …全红婵…卫冕冠军，陈芋汐夺得亚军: the person in the act's own clause, before an earlier clause's.
        // 习近平欢迎齐普拉斯…进行了成功访问: the one welcomed (invited, thanked) does the act the clause goes on to.
        actorCandidates.find((p) => p.start >= actClauseFrom && p.start < trigger.at && embeddedSubject(text, p)) ??
        actorCandidates.find((p) => p.start >= actClauseFrom && p.start < trigger.at && !isObject(text, p)) ??
        actorCandidates.find((p) => p.start < trigger.at && !isObject(text, p)) ?? actorCandidates.find((p) => p.start < trigger.at) ?? delegation;
      // …出席就职仪式，并于10月19日至21日访问印尼: the clause cut off at its date keeps the sentence's subject.
      // 客人应…邀请抵京: the guest of the last 会见; 他将于本月底离开: the last actor.
      const subject = text.slice(subjectFrom, Math.min(end, subjectFrom + SUBJECT_REACH)).match(/^[^，。；：]*/)![0];
      // 调研期间|主持召开…: where a during-phrase glued to the verb after it ends, 0 where the subject opens with none.
      const gluedDuring = gluedDuringEnd(subject);
      // 2021年6月，总书记来到…: after a clause that only dates it, the act's own clause opens with its subject.
      const actClause = text.slice(actClauseFrom, trigger.at);
      const subjectFromSentence = sentence.continues ? subjectOf(text, subjectFrom, sentence.start, within) : undefined;
      // 会谈后，两国总理共同见证签署…: both sides of the last talk or meeting, its host and its guest.
      // Not a meeting they speak of (双方表示要为…召开的亚欧会议取得成功进行合作).
      // 会见后，两国总理共同出席…文本交换仪式: a meeting word they attend is their happening.
      const bothSides = !actorEntity && (!trigger.meeting || ATTENDANCE.test(actClause)) && lastActor !== undefined && lastGuest !== undefined && BOTH_SIDES.test(actClause);
      const actor = actorEntity
        ? { entity: actorEntity, name: nameOf(actorEntity) }
        : bothSides ? lastActor
        : namesGuest(subject) && lastGuest
          ? lastGuest
          : sentence.continues ? (subjectFromSentence ? { entity: subjectFromSentence, name: nameOf(subjectFromSentence) } : lastActor)
            : [subject, actClause, companionsClause(text, sentence, companions)].some((opening) => PRONOUN_SUBJECT.test(opening) || titleOf(lastActor, opening)) ? lastActor
            // 张国清先后来到…。随后，在现场指挥部主持召开会议: a clause of a sequencing adverb alone opens what the last actor does next.
            // Not where the clause names its own subject (随后，中国共产党召开…: a noun opens it).
            : LEADING_ADVERB_ALONE.has(subject) && actorCandidates.length === 0 && opensWithoutSubject(text, actClauseFrom, tag) ? lastActor
            // 调研期间主持召开座谈会: within the tour just told, a verb with no subject is its actor's act.
            : actorCandidates.length === 0 && gluedDuring > 0 && opensWithoutSubject(text, subjectFrom + gluedDuring, tag) ? lastActor : undefined;
      // 调研中，… / 访问期间，…: within the happening the clause names, so on its date.
      const during = ownDate ? undefined : duringEvent(text, sentence, events, referenceDay);
      // 审议中，代表们提出了…: the act the opening names is the happening it is within, not one of its own.
      if (during && trigger.at - sentence.start < text.slice(sentence.start, end).search(/[，,]/)) {
        during.participants = unique([...during.participants, ...actors.map(nameOf)]);
        continue;
      }
      const undated = !ownDate && !during && !(contextual && contextDate);
      const earlier = undated && EARLIER_OPENING.test(opening);
      // An undated sentence is a happening only when it names a meeting or who acts; 这次座谈会 is the one reported.
      // 日前国家环保局在京授予…: a happening the report says is recent (近日, 日前) may be done by an organisation.
      // So may the report's first happening, told below its headline (…之际，退役军人事务部…向…发出慰问信): the report's own
      // news, not a plan (研究所将着重研究…).
      const recentByOrganization = () => {
        const subjects = within(sentence.start, trigger.at, 'organization').filter((o) => o.start >= actClauseFrom);
        if (subjects.length === 0) return false;
        const firstNews = events.length === 0 && sentence.start > firstLineEnd && !MODAL.test(text.slice(subjects[subjects.length - 1]!.end, trigger.at));
        return UNDATED.test(text.slice(sentence.start, trigger.at)) || firstNews;
      };
      // 全会…选举赵世勇同志为…: posts filled or emptied at the meeting just reported, by no one the sentence names.
      // The act names whom it appoints right after it (选举|赵世勇): not 换届选举将产生…, an election spoken of.
      const appointsAtMeeting = APPOINTMENT_ACTS.has(trigger.word) && lastMeeting !== undefined && !speechGoesOn &&
        people.some((p) => p.start === trigger.at + trigger.word.length);
      if (undated && !trigger.meeting && !actor && !appointsAtMeeting && !recentByOrganization()) continue;
      // 这次座谈会…, or the last meeting's head noun opening the sentence or set at (大会为…颁奖, 代表们分别在大会上发言):
      // the meeting reported.
      // Not a meeting of its own name (在中国驻委内瑞拉大使馆招待会上).
      const bareAt = trigger.at === sentence.start || (text[trigger.at - 1] === '在' && text.startsWith(AT_MEETING, trigger.at + trigger.word.length));
      // The bare 会议 opening a sentence (会议以电视电话会议形式召开) is the meeting reported, whatever its own head noun.
      const namesLastMeeting = bareAt && lastMeeting !== undefined && (lastMeeting.trigger.endsWith(trigger.word) || trigger.word === triggers.genericMeeting);
      // 会议听取…汇报 after 国务院常务会议: the meeting's own acts, told with its head noun as subject.
      // Not 会前，… / 论坛开幕前，…: a time the head noun gives to an act of someone's.
      const lastHead = lastMeeting?.trigger.slice(-HEAD_NOUN);
      const actOfLastMeeting = !ownDate && lastHead !== undefined && !trigger.meeting && text.startsWith(lastHead, sentence.start) &&
        /^[^，。；：]*$/.test(text.slice(sentence.start, trigger.at)) && !TIME_REFERENCE_AFTER.test(text.slice(sentence.start + lastHead.length, trigger.at));
      if (actOfLastMeeting || (undated && trigger.meeting && (namesLastMeeting || ANAPHORIC.test(text.slice(Math.max(sentence.start, trigger.at - 4), trigger.at))))) {
        if (lastMeeting) lastMeeting.participants = unique([...lastMeeting.participants, ...actors.map(nameOf)]);
        continue;
      }
      // 座谈会上，代表们…: a sentence set at the meeting just reported (by its meeting word or its act, 同代表座谈)
      // is part of it, not a meeting of its own.
      // 交流会上，…: the recent meeting of that name, before a later meeting named in passing (大会闭幕以来).
      const setAt = ownDate ? undefined : setAtMeeting(text, sentence, trigger);
      const reported = setAt === undefined ? (ownDate ? undefined : meetingNamedAt(text, sentence, trigger, lastMeeting))
        : (events.slice(-RECENT_EVENTS).reverse().find((e) => e.trigger === setAt || e.label.endsWith(setAt)) ?? lastMeeting ?? events[events.length - 1]);
      if (reported) {
        reported.participants = unique([...reported.participants, ...actors.map(nameOf)]);
        continue;
      }
      // What a speaker names without a date of its own (要发挥…座谈会的作用) is no happening reported; but a talk or meeting
      // the speaker recalls someone named holding (习近平主席同你举行会谈，…) is one, on a day the text does not give.
      const recalledTalk = speechGoesOn && !ownDate && BILATERAL_ACTS.includes(trigger.word) && actorEntity?.type === 'person' &&
        actorEntity !== speaker && actorEntity.start >= actClauseFrom;
      if (speechGoesOn && !ownDate && !recalledTalk) continue;
      // …回忆起2013年初来施工现场考察: a time remembered dates a recalled act.
      const recollected = ownDate !== undefined && RECOLLECTION_BEFORE.test(text.slice(clauseStart(text, sentence.start, ownDate.start), ownDate.start));
      // 闭幕会后，…举行专题讲座: after the meeting held, not a session to come named since (…四次会议于2026年3月5日召开).
      const fromContext: string | null = !ownDate && !during && !undated ? (/会[前上后]/.test(opening) ? (lastHeldMeeting ? lastHeldMeeting.date : lastMeetingDate) : contextDate) : null;
      // 访德期间，李强将会见…: a coming act is not on a past day the sentences before it told (去年，…通电话).
      // So is one whose clause says 将 before its verb (胡锦涛将还对斯洛伐克…进行国事访问: not on 上周 of the sentence before).
      const comingInClause = () => COMING_IN_CLAUSE.test(text.slice(clauseStart(text, sentence.start, trigger.at), trigger.at));
      // Nor on the report's own day (…抵达莫斯科。…胡锦涛将还对斯洛伐克…进行国事访问): it is yet to come, on a day not told.
      const notAhead = (value: string | null): value is string => value !== null && referenceDay !== null && value.slice(0, 10) <= referenceDay.slice(0, value.length);
      // Read from the sentence a clause was cut from at its date (决定|3月12日至13日…召开: the clause opens at the date).
      const meetingClause = trigger.meeting ? text.slice(clauseStart(text, sentence.continues ? subjectFrom : sentence.start, trigger.at), trigger.at) : '';
      const planned = trigger.meeting && (PLANNED_MEETING.test(meetingClause) || DECIDED_MEETING.test(meetingClause));
      // 将|会见, or 将 before the verb in its clause: the act is still to come.
      const toCome = () => COMING_BEFORE.test(text.slice(Math.max(0, trigger.at - 2), trigger.at)) || comingInClause();
      const coming: boolean = planned || (notAhead(fromContext) && toCome());
      // 去年中新两国…，习近平主席同黄循财总理举行重要会晤: a past year or month opening the sentence dates the recalled talk.
      const openingPast = recalledTalk && dates[0]?.start === sentence.start && isPast(dates[0].value, referenceDay) ? dates[0].value! : null;
      // 今年，中国将在昆明举办…大会: a year a coming act is dated by is all the text says of its day, not the report's.
      const date: string | null = recalledTalk ? openingPast : ownDate
        ? narrower(ownDate.value ?? null, currentFromText && !toCome() ? currentDate : null)
        : during
          ? during.date
          : undated
          ? (earlier || planned || UNDATED.test(text.slice(sentence.start, end)) || REPEATED.test(actClause) || (notAhead(currentDate) && comingInClause()) ? null : currentDate)
          : coming ? null : fromContext;
      // A meeting held by a clause cut off at its date is told from the clause that names it (…全体会议，于…举行).
      const telling = trigger.at < sentence.start ? { ...sentence, start: clauseStart(text, subjectFrom, trigger.at) } : sentence;
      // Both sides are named in the clause itself (两国总理): no actor's name before it.
      const told = actLabel(text, display, telling, trigger, bothSides ? undefined : actor, end, dates, [...people, ...places].map((e) => ({ entity: e, name: nameOf(e) })), words);
      // A meeting the sentence does not name (习近平同总统先生举行会晤) is told by who held it, not as the bare 会晤,
      // when that one is in its clause (not 习近平：蔡奇出席开班式, an actor from an earlier clause).
      const meetingName = trigger.meeting ? meetingLabel(display, telling, trigger, ownDate, text, words) : undefined;
      // 会晤, 重要会晤, 利马会晤: a meeting word with only a manner or a place before it names no meeting (开馆仪式 does).
      const qualifier = meetingName?.endsWith(trigger.word) ? meetingName.slice(0, -trigger.word.length) : undefined;
      const bare = qualifier === '' || (qualifier !== undefined && (BARE_QUALIFIERS.has(qualifier) || places.some((p) => display.slice(p.start, p.end) === qualifier)));
      const label = meetingName === undefined || (bare && told.actorInClause) ? told.label : (bare && heldMeetingLabel(display, telling, trigger, ownDate, text, words)) || meetingName;
      // An actor told by a pronoun or 客人 (not named in the sentence) does not make two acts one (mergeRepeats).
      const named = actorEntity !== undefined || sentence.continues;
      events.push({
        label,
        // A statement (巴加埃15日表示，…) is what it says: its clause goes on into the words.
        clause: display.slice(telling.start, Math.min(trigger.at === end ? sentence.end : end, telling.start + MAX_CLAUSE)),
        date,
        start: sentence.start,
        end: sentence.end,
        participants: unique([
          ...(actor && !(actorEntity && (actors.includes(actorEntity) || actorEntity.type !== 'person')) ? [actor.name] : []), ...actors.map(nameOf),
          // 习近平主席同总统先生共同宣布: the visitor the last 会见 named.
          ...(lastGuest && (bothSides || GUEST_HONORIFIC.test(text.slice(actorsFrom, end))) ? [lastGuest.name] : []),
        ]),
        places: unique(venues.map(nameOf)),
        inherited: !ownDate,
        undated,
        earlier,
        actor: named ? actor?.name : undefined,
        trigger: trigger.word,
        ...((recalls || recalledTalk || recollected) && { recalled: true as const }),
        ...(planned && { planned: true as const }),
        ...(STOP_ACTS.has(trigger.word) && (ANOTHER_STOP_BEFORE.test(text.slice(Math.max(0, trigger.at - ANOTHER_STOP_REACH), trigger.at)) || ANOTHER_STOP_OPENING.test(trigger.word)) && { anotherStop: true as const }),
      });
      // 赵乐际…分别会见越南国家主席武文赏、哈萨克斯坦总统托卡耶夫…: one meeting with each guest.
      const meetings = actor && BILATERAL_ACTS.includes(trigger.word) && RESPECTIVE_ACT_BEFORE.test(text.slice(Math.max(0, trigger.at - RESPECTIVE_REACH), trigger.at))
        ? actors.filter((p) => p.start > trigger.at && p !== actorEntity) : [];
      if (meetings.length >= 2) events.push(...eachGuest(events.pop()!, meetings, actor!.name, display, text, nameOf, ++respectiveGroups));
      // A recalled act is no scene for what follows: the report's own happenings go on around it.
      if (recalls || recalledTalk || recollected) continue;
      // 习近平近日在广东考察…。此次考察的第一站，…来到…: a report whose first happening it does not date tells what
      // follows undated within it, not on the report's day.
      if (undated && date === null && !earlier && events.every((e) => e.undated)) currentDate = null;
      // A meeting to come (为召开十四届全国人大一次会议作准备) is no meeting held that reports are given to, nor the one a
      // later 会上 or 委员长会议上 means.
      if (trigger.meeting && !planned) {
        lastMeetingDate = date;
        lastMeeting = events[events.length - 1];
        if (date === null || referenceDay === null || date.slice(0, 10) <= referenceDay) lastHeldMeeting = lastMeeting;
      }
      // 李强表示，…2016年，习近平主席与瑞方领导人共同宣布…: an act of an earlier year that a speaker recalls is background,
      // and so is a talk a speaker tells of (李强表示，今天上午习近平主席同首相先生举行会晤): the sides of the report's own talk
      // stay those a later 两国总理 means (an act of this year, 今年9月…, may still be what a 两国元首 means; a story told of
      // past years goes on with its own actors).
      const background = (speechGoesOn || speechOpening !== null) && ((isPast(date ?? undefined, referenceDay) && date!.slice(0, YEAR_LENGTH) < referenceDay!.slice(0, YEAR_LENGTH)) || BILATERAL_ACTS.includes(trigger.word));
      if (actor && !background) lastActor = actor;
      // 会见…普京, or 同希普金斯会谈: the guest stands after the act, or before it as the other side.
      const guest = BILATERAL_ACTS.includes(trigger.word) && !background
        ? (actors.find((p) => p.start > trigger.at) ?? actors.find((p) => p !== actorEntity && p.start >= actClauseFrom))
        : undefined;
      if (guest) lastGuest = { entity: guest, name: nameOf(guest) };
    }
    // 北京时间昨天晚上，…展开了争夺。…夺得亚军: a past day that opens a sentence alone in its clause sets the
    // scene; what follows undated took place on it, whether or not its own sentence told an act.
    const day = ownDate?.value && (trigger ? DAY : ONE_DAY).test(ownDate.value) ? ownDate.value : undefined;
    // 历时近一个月的…会演24日晚在…落下帷幕: so does the past day of the report's first sentence below its headline, its news,
    // where no act was read in it.
    const scene = trigger || (day !== undefined && (opensAlone(text, sentence, ownDate!) || (leadSentence && events.length === 0)));
    // 韩正表示，习近平主席与普京总统昨天（5月16日）在北京会晤: a day a speaker recalls sets no scene for the report's acts.
    const spoken = recalls || speechOpening !== null || speechGoesOn;
    if (day && scene && !spoken && (!referenceDay || day.slice(0, 10) <= referenceDay)) { currentDate = day; currentFromText = true; }
    // What a later 来到 / 会上 is dated by: the sentence's last date that is no background (明年通车的…) and
    // no coarser than the date already known (2026年高考 after 6月1日至2日).
    // 截至2024年9月底，…共整改…: the cut-off of a figure is not when a later 会议听取了 took place, nor is a date
    // that qualifies a noun (2023年度审计整改) or opens a title.
    const lastNarrative = dates.slice(-MAX_NAMED_DATES).reverse().find((d) =>
      !isBackground(text, sentence, d, insideName, referenceDay, tag) && !CUT_OFF.test(text.slice(Math.max(0, d.start - CUT_OFF_MAX), d.start)) &&
      !opensTitle(text, d) && !qualifiesNoun(text, d, tag));
    // 去年7月底8月初，华北地区极端降雨…: a span in a sentence that tells no act and names no one is a flashback, not the
    // scene of the next 走进 (a clause cut off at its date, …全体会议，于10月20日至23日在北京举行, has its subject before it).
    const flashback = !trigger && people.length === 0 && !sentence.continues && !ONE_DAY.test(lastNarrative?.value ?? '');
    // 11年前，习近平主席…首次提出…。…此访期间，…: a past year alone recalls a time, and sets no scene over a finer date of
    // the report's own happenings.
    const recalledYear = lastNarrative?.value !== undefined && YEAR_ONLY.test(lastNarrative.value) && isPast(lastNarrative.value, referenceDay) &&
      contextDate !== null && !YEAR_ONLY.test(contextDate);
    if (lastNarrative && !flashback && !recalledYear && !spoken) contextDate = narrower(lastNarrative.value ?? contextDate, contextDate);
  }
  // The occasion comes before the act of its sentence (the sort is stable).
  const told = [...occasions, ...events].sort((a, b) => a.start - b.start);
  return nest(dateRecentTours(mergeRepeats(told, { firstLineEnd, end: headlinesEnd(text) }))).map(({ inherited: _i, undated: _u, earlier: _e, actor: _a, trigger: _t, group: _g, ...event }) => ({ ...event, date: namedDate(event.date) }));
}

const RESPECTIVELY = new RegExp(triggers.respectively.words.join('|'));
const RESPECTIVE_JOINER = new RegExp(`^(?:${triggers.respectively.joiners.join('|')})$`);
const SUBJECT_END = new RegExp(`(?:${triggers.respectively.subjectEnds.join('|')})+$`);

interface RespectivePart extends Span { label: string; date: string | null; trigger: string }

/**
 * 甲会议和乙会议，将分别于2025年3月5日和3月4日在北京开幕: as many subjects (joined by 和, 与, 、, never inside a
 * name) as dates after 分别于 (joined the same way), each with its own date and the words after the dates; else none.
 */
function respectiveParts(
  text: string, display: string, sentence: Sentence, end: number, dates: CleanEntity[], namesIn: () => CleanEntity[], words: LabelWords | undefined,
): RespectivePart[] {
  const found = RESPECTIVELY.exec(text.slice(sentence.start, end));
  if (!found) return [];
  // Gathered only for a sentence that says 分别于: every sentence is read here.
  const names = namesIn();
  const at = sentence.start + found.index;
  const shared: CleanEntity[] = [];
  let next = at + found[0].length;
  for (const d of dates) {
    if (d.start < next) continue;
    if (d.start !== next && !(shared.length && RESPECTIVE_JOINER.test(text.slice(next, d.start)))) break;
    shared.push(d);
    next = d.end;
  }
  const subjectEnd = sentence.start + text.slice(sentence.start, at).replace(SUBJECT_END, '').length;
  // The subjects follow a lead-in (央视网消息：, 据悉，) or a dateline.
  const subjectStart = clauseStart(text, sentence.start, subjectEnd);
  const parts: Span[] = [];
  let partStart = subjectStart;
  for (let i = subjectStart; i < subjectEnd; i++) {
    if (!RESPECTIVE_JOINER.test(text[i]) || names.some((n) => n.start < i && i < n.end)) continue;
    parts.push({ start: partStart, end: i });
    partStart = i + 1;
  }
  parts.push({ start: partStart, end: subjectEnd });
  if (shared.length < 2 || parts.length !== shared.length || parts.some((p) => p.end - p.start < MIN_PART)) return [];
  // …去世后，: the time word that makes the clause a time reference is not part of the act.
  const act = display.slice(next, end).match(/^[^，。；：,;]*/)![0].replace(TIME_REFERENCE_CLAUSE, '');
  return parts.map((part, i) => {
    const name = display.slice(part.start, part.end);
    return { ...part, label: fitLabel(name + act, words), date: shared[i].value ?? null, trigger: MEETINGS.find((m) => name.endsWith(m)) ?? act };
  });
}
/**
 * 代表团于昨天和今天分别访问了《费加罗报》和法新社: as many dates (after 于, joined by 和, 、) before 分别 as objects of
 * its verb: one event for each, its verb with its object, and the people of the subject; else none.
 */
function respectiveDates(
  text: string, display: string, sentence: Sentence, subjectFrom: number, end: number, dates: CleanEntity[], namesIn: () => CleanEntity[],
  tag: Tagger | undefined,
): RespectivePart[] {
  const found = RESPECTIVELY_AFTER.exec(text.slice(sentence.start, end));
  if (!found || !tag) return [];
  const at = sentence.start + found.index;
  const run: CleanEntity[] = [];
  for (let i = dates.length - 1; i >= 0; i--) {
    const d = dates[i];
    if (d.end > at) continue;
    const gap = text.slice(d.end, run.length ? run[0].start : at);
    if (run.length ? !RESPECTIVE_JOINER.test(gap) : gap !== '') break;
    run.unshift(d);
  }
  if (run.length < 2 || !/[于於]$/.test(text.slice(Math.max(subjectFrom, run[0].start - 1), run[0].start))) return [];
  const actFrom = at + found[0].length;
  const act = text.slice(actFrom, end).match(/^[^，。；：,;]*/)![0];
  const names = namesIn();
  const cuts: number[] = [];
  for (let i = 0; i < act.length; i++) {
    if (RESPECTIVE_JOINER.test(act[i]) && unclosedMark(act.slice(0, i)) < 0 && !names.some((n) => n.start < actFrom + i && actFrom + i < n.end)) cuts.push(i);
  }
  if (cuts.length !== run.length - 1) return [];
  const tagged = tag(act);
  const verbEnd = tagged.findIndex((w) => VERB_TAG.test(w.tag));
  if (verbEnd < 0) return [];
  const verb = tagged.slice(0, verbEnd + 1 + (tagged[verbEnd + 1]?.tag === 'ul' ? 1 : 0)).map((w) => w.word).join('');
  const bounds = [0, ...cuts.map((c) => c + 1), act.length + 1];
  // The subject is in the sentence this clause was cut from at its first date (…人民日报代表团，|于昨天和今天…), after a
  // lead-in or a dateline.
  const lead = text.slice(subjectFrom, run[0].start);
  const subject = { start: subjectFrom + Math.max(lead.lastIndexOf('：'), datelineEnd(lead) - 1) + 1, end: run[0].start };
  return run.map((d, i) => {
    const object = display.slice(actFrom + bounds[i], actFrom + bounds[i + 1] - 1);
    const label = fitLabel(i === 0 ? object : verb + object);
    return { ...subject, label, date: d.value ?? null, trigger: verb };
  });
}
const RESPECTIVELY_AFTER = new RegExp(`(?:${triggers.respectively.afterDates.join('|')})(?![于於在])`);

/** A subject shorter than this (两|会) is no name of a happening. */
const MIN_PART = 2;

const CUT_OFF = new RegExp(`(?:${triggers.cutOffWords.join('|')})$`);
const CUT_OFF_MAX = Math.max(...triggers.cutOffWords.map((w) => w.length));

/** How far into its sentence a subject (塔吉克斯坦客人, 他) is looked for. */
const SUBJECT_REACH = 10;
const GUEST_WORDS = triggers.guestWords;
/** 总统先生, 总理阁下: the guest named by the title alone, as a host speaks of a visitor. */
const GUEST_HONORIFIC = new RegExp(`(?:${triggers.guestHonorifics.titles.join('|')})(?:${triggers.guestHonorifics.honorifics.join('|')})`);
const ALL_ABOVE = new RegExp(triggers.allAboveActs.join('|'));
/**
 * 两次到青海考察, 先后五次参加…审议, 十几次到美国考察: an act done a number of times is no one happening on the
 * report's day. Not an ordinal (第五次访问, 第二次集体学习), nor a count inside a meeting's name (三次会议).
 */
const REPEATED = /(?<![第\d０-９一二两三四五六七八九十百几])[一二两三四五六七八九十百几多数０-９\d]+次(?:到|来|赴|去|前往|参加|访问|会见|会晤|会面|会谈|见面|通话|通电话|视察|考察)/;
/** 两国总理, 双方: the two sides of the last talk or meeting, as a clause's subject. */
const BOTH_SIDES = new RegExp(`^(?:${triggers.bothSides.join('|')})`);
const namesGuest = (subject: string): boolean => GUEST_WORDS.some((w) => subject.includes(w)) || GUEST_HONORIFIC.test(subject);
/** 总书记走进…: a sentence opened by the last actor's title alone (the end of the title stated for them) is theirs. */
function titleOf(actor: Actor | undefined, subject: string): boolean {
  const role = actor?.entity.type === 'person' ? actor.entity.role : undefined;
  const title = subject.match(BARE_TITLE)?.[0];
  return role !== undefined && title !== undefined && role.endsWith(title);
}
const BARE_TITLE = new RegExp(`^(?:${triggers.bareTitleSubjects.words.join('|')})(?![${triggers.bareTitleSubjects.notBefore}])`);

/** 他将于本月底离开华盛顿: a pronoun opening the sentence is its last actor (not 他们, a group). */
const PRONOUN_SUBJECT = new RegExp(`^(?:${triggers.pronounSubjects.words.join('|')})(?![${triggers.pronounSubjects.notBefore}])`);

/**
 * 牛长龙作为董事会的代表，这一天也开始…: the person in the first clause of the sentence a clause was cut from (at its
 * date) is the cut clause's subject, unless an object (向…, 同…) or the reporter of a byline.
 */
function subjectOf(
  text: string, from: number, to: number, within: (start: number, end: number, type: CleanEntity['type']) => CleanEntity[],
): CleanEntity | undefined {
  const firstClauseEnd = from + text.slice(from, Math.min(to, from + 2 * MAX_LABEL)).search(/[，。；：]|$/);
  return within(from, firstClauseEnd, 'person').find((p) => !isObject(text, p) && !isReportingRole(p.role));
}

/** A name just before the comma that opens the date's clause (…三塚博，今天上午…). */
const SUBJECT_BEFORE_DATE_CLAUSE = /^[，,]$/;
/** 向桥本首相, 同美国总统拜登: a person after these (and the title this mention states) is the act's object. */
const OBJECT_MARK = /[向同与與和给給对對]/;

/** 学习贯彻习近平…, 正如习近平主席指出: a person after these (and the title this mention states) is cited, not acting. */
function isCited(text: string, person: CleanEntity): boolean {
  const titled = startWithStatedTitle(text, person);
  return CITED_AFTER.test(text.slice(Math.max(0, titled - CITED_REACH), titled));
}
const CITED_AFTER = new RegExp(`(?:${triggers.citingWords.join('|')})[好了的]?$`);
const CITED_REACH = Math.max(...triggers.citingWords.map((w) => w.length)) + 1;

/** The clause that holds the phrase of companions, up to it (当天下午，|他在…陪同下: 他在), or '' if none. */
function companionsClause(text: string, sentence: Sentence, companions: CleanEntity[]): string {
  if (companions.length === 0) return '';
  return text.slice(clauseStart(text, sentence.start, companions[0].start), companions[0].start);
}

/** 在…梁言顺和…张雨浦陪同下: a person named in the phrase that says who accompanies the act (accompanying.verb, then 下). */
function isCompanion(text: string, person: CleanEntity): boolean {
  if (!COMPANIONS_END.test(text.slice(person.end, person.end + COMPANION_REACH))) return false;
  return COMPANIONS_OPEN.test(text.slice(Math.max(0, person.start - COMPANION_REACH), person.start));
}
const COMPANIONS_END = new RegExp(`^[^，。；：,;:]*?${triggers.accompanying.verb}下`);
const COMPANIONS_OPEN = /在[^，。；：,;:]*$/;
/** How far the phrase of companions reaches on either side of one of them (…自治区党委书记梁言顺和自治区政府主席张雨浦…). */
const COMPANION_REACH = 40;

/** Whether a verb whose object does the act after it (event-triggers embeddingVerbs: 欢迎, 邀请) stands right before the person. */
function embeddedSubject(text: string, person: CleanEntity): boolean {
  const titled = startWithStatedTitle(text, person);
  return EMBEDDING_VERBS.some((verb) => text.startsWith(verb, titled - verb.length));
}
const EMBEDDING_VERBS: readonly string[] = triggers.embeddingVerbs;

function isObject(text: string, person: CleanEntity): boolean {
  const titled = startWithStatedTitle(text, person);
  return OBJECT_MARK.test(text.charAt(titled - 1));
}

/**
 * …负责人在新书发布会上接受赠书 after 举办了新书发布会暨出版座谈会: a meeting named in part after 在 and before 上
 * is the last meeting, whose name holds it.
 */
function meetingNamedAt(text: string, sentence: Sentence, trigger: Trigger, lastMeeting: FoundEvent | undefined): FoundEvent | undefined {
  const end = trigger.at + trigger.word.length;
  if (!lastMeeting || lastMeeting.undated || !trigger.meeting || text[end] !== AT_MEETING) return undefined;
  const at = text.lastIndexOf('在', trigger.at);
  const name = at >= sentence.start && trigger.at - at <= MAX_LABEL ? text.slice(at + 1, end) : '';
  return name.length > trigger.word.length && !/[，。；：]/.test(name) && lastMeeting.label.includes(name) ? lastMeeting : undefined;
}

/** The recent event an opening 调研中， / 访问期间， names by its trigger. */
function duringEvent(text: string, sentence: Sentence, events: FoundEvent[], referenceDay: string | null): FoundEvent | undefined {
  const clause = openingClause(text, sentence, DURING);
  if (clause === undefined) return undefined;
  // 访卢期间，…, 访港期间，…: 访 and the place's short form name the visit just told (not one of an earlier year that a
  // speaker recalls, 2018年习近平主席…对西班牙进行国事访问).
  return eventNamedIn(clause, events) ?? (VISIT_SHORTENED.test(clause)
    ? events.slice(-RECENT_EVENTS).reverse().find((e) => e.trigger.includes(VISIT_CHARACTER) && !e.recalled && !(referenceDay !== null && e.date !== null && e.date.slice(0, YEAR_LENGTH) < referenceDay.slice(0, YEAR_LENGTH)))
    : undefined);
}
/** The character of a visit (访问, 访华) that a short form of it keeps before the place's (访卢, 访港). */
const VISIT_CHARACTER = '访';
const VISIT_SHORTENED = new RegExp(`${VISIT_CHARACTER}\\p{Script=Han}{1,2}(?:${LONG_DURING_WORDS})$`, 'u');

/** The recent event whose trigger is in the sentence's opening clause, as `opening` (a regex with one group) reads it. */
function eventNamedInOpening(text: string, sentence: Sentence, opening: RegExp, events: FoundEvent[]): FoundEvent | undefined {
  const clause = openingClause(text, sentence, opening);
  return clause === undefined ? undefined : eventNamedIn(clause, events);
}
/** The sentence's opening clause as `opening` (a regex with one group) reads it, if it has one. */
const openingClause = (text: string, sentence: Sentence, opening: RegExp): string | undefined =>
  text.slice(sentence.start, sentence.start + DURING_OPENING_MAX).match(opening)?.[1];
/** The recent event whose trigger `clause` names; 在会见武文赏时，… after 分别会见武文赏、托卡耶夫…: the meeting with the guest it names. */
const eventNamedIn = (clause: string, events: FoundEvent[]): FoundEvent | undefined =>
  events.slice(-RECENT_EVENTS).reverse().find((e) => clause.includes(e.trigger) && (e.group === undefined || e.participants.some((name) => clause.includes(name))));
const DURING = new RegExp(`^([^，,。]*(?:${triggers.during.join('|')}))[，,]`);
/** How long the happening before a glued 期间 may be (调研, 在豫考察). */
const DURING_OPENING_MAX_CHARS = 8;
/** Where a during-phrase opening `clause` and glued to what follows ends (调研期间|主持召开…), or 0. */
const gluedDuringEnd = (clause: string): number => DURING_GLUED.exec(clause)?.[0].length ?? 0;
/** 调研期间|主持召开…: a during-phrase glued to the verb that follows it, with no comma between. */
const DURING_GLUED = new RegExp(`^[^，,。]{1,${DURING_OPENING_MAX_CHARS}}?(?:${LONG_DURING_WORDS})`);
/** How long an opening 在此次访问期间 may be. */
const DURING_OPENING_MAX = 12;

/**
 * 会谈结束后，…拉夫罗夫表示，…: a sentence opening with a time clause on a recent happening (its trigger in the clause,
 * which ends in 后 or 时), then its speakers and a speech verb: that happening.
 */
function eventSpokenOfAfter(text: string, sentence: Sentence, end: number, events: FoundEvent[]): FoundEvent | undefined {
  // The narrative ends where the speech verb starts (拉夫罗夫|表示，…).
  if (end >= sentence.end || !SPEECH_VERB.test(text.slice(end, end + SPEECH_VERB_MAX))) return undefined;
  return eventNamedInOpening(text, sentence, AFTER_HAPPENING, events);
}
const AFTER_HAPPENING = new RegExp(`^([^，,。]*(?:${triggers.timeClauseEnds.join('|')}))[，,]`);

/**
 * `value`, or `known` when `value` is a year that holds it (今年 when the happening's day is known); a span of
 * months or days (从今年2月至4月) is meant as it is.
 */
const narrower = (value: string | null, known: string | null): string | null => (value && YEAR_ONLY.test(value) && dateContains(value, known) ? known : value);
const YEAR_ONLY = /^\d{4}$/;

/**
 * A dated statement (赫格塞思24日称，…; 俄罗斯国防部21日表示，…): when the dated narrative names no other act, its
 * speaker's verb is the act, if a person or an organisation speaks.
 */
function statement(
  text: string, sentence: Sentence, ownDate: CleanEntity, end: number, people: CleanEntity[],
  within: (start: number, end: number, type: CleanEntity['type']) => CleanEntity[], names: CleanEntity[], tag: Tagger | undefined,
): Trigger | undefined {
  if (end >= sentence.end) return undefined;
  const verb = text.slice(end, end + SPEECH_VERB_MAX).match(SPEECH_VERB)?.[0];
  if (!verb || ownDate.start >= end) return undefined;
  const from = clauseStart(text, sentence.start, ownDate.start);
  // 以色列国防军18日表示: a subject the tagger reads as nouns, right before the date that comes right before the verb.
  const nounSpeaker = () => text.slice(ownDate.end, end).replace(DATE_GLUE, '') === '' && nounSubject(text, from, ownDate.start, names, tag);
  const speaker = people.some((p) => p.start >= from && p.end <= end) || within(from, end, 'organization').length > 0 || nounSpeaker();
  return speaker ? { word: verb, at: end, meeting: false } : undefined;
}

/**
 * Whether [from, to) is a subject: at most SUBJECT_MAX characters, opened by a name or a word the tagger reads as
 * a noun, or ended by one (its head: 本届天元战的决赛), with no verb outside the names (巴勒斯坦加沙地带卫生部门; not 据报道).
 */
function nounSubject(text: string, from: number, to: number, names: CleanEntity[], tag: Tagger | undefined): boolean {
  if (!tag || to <= from || to - from > SUBJECT_MAX) return false;
  const tagged = tagAt(text, from, to, tag);
  const inName = (at: number) => names.some((n) => n.start <= at && at < n.end);
  // The head before the adverbs and 于 that may lead to the date (该党主席埃尔巴坎|于).
  const head = [...tagged].reverse().find((w) => !ADVERB_OR_PREPOSITION_TAG.test(w.tag));
  const headed = DETERMINER_TAG.test(tagged[0].tag) && head !== undefined && SUBJECT_TAG.test(head.tag);
  return (names.some((n) => n.start === from) || SUBJECT_TAG.test(tagged[0].tag) || headed) && !tagged.some((w) => VERB_TAG.test(w.tag) && !inName(w.at));
}
/** Determiners and numerals that open a noun phrase (本届, 该, 两项): its head noun ends it. */
const DETERMINER_TAG = /^(?:r|m|b|q)/;

/** The tagger's words of text[from, to), with their offsets in the text. */
function tagAt(text: string, from: number, to: number, tag: Tagger): (TaggedWord & { at: number })[] {
  let at = from;
  return tag(text.slice(from, to)).map((w) => ({ ...w, at: (at += w.word.length) - w.word.length }));
}

/**
 * A dated act that no act word names and no person does (莫斯科红场今天举行阅兵式; 18日，联合国安理会…进行表决): a
 * subject the tagger reads as a noun or that a name opens, in the date's clause (or in the next one when the date
 * stands alone), then a verb in the same clause. Only a single day dates such an act (上半年，经济… is no happening), or
 * a past year after 于, or, standing alone, a span from a day on (１２月９日起，强降雪面积进一步扩大).
 */
function subjectAndVerb(
  text: string, sentence: Sentence, narrativeFrom: number, ownDate: CleanEntity, end: number, names: CleanEntity[], tag: Tagger | undefined,
  referenceDay: string | null,
): Trigger | undefined {
  // Not 去年９月中旬以来，暴风雪持续不断: what has gone on since a day is a state.
  const fromDay = FROM_DAY.test(ownDate.value ?? '') && !SINCE.test(text.slice(ownDate.start, ownDate.end));
  if (!tag || !(ONE_DAY.test(ownDate.value ?? '') || fromDay || formalPast(text, ownDate, referenceDay))) return undefined;
  // 蔡奇指出，88年前的今天，…: a reported speaker's words (from the start of the sentence the clause was cut
  // from) are not read for acts of their own.
  // Read within a reach of the date: a sentence cut at many dates may be a whole document long.
  if (REPORTED_SPEECH.test(text.slice(Math.max(narrativeFrom, ownDate.start - SPEECH_REACH), ownDate.start))) return undefined;
  const from = clauseStart(text, sentence.start, ownDate.start);
  const glueAfter = text.slice(ownDate.end, Math.min(end, ownDate.end + MAX_LABEL)).match(/^[^，,。；：]*/)![0];
  // 据以色列媒体今天报道，斯莫特里赫已经批准…: a source's lead-in, dated, opens the reported act as a date alone does.
  const leadIn = SOURCE_OPENS.test(text.slice(from, ownDate.start)) && SOURCE_ENDS.test(glueAfter.replace(DATE_GLUE, ''));
  const bare = text.slice(from, ownDate.start).replace(DATE_GLUE, '') === '' && glueAfter.replace(DATE_GLUE, '') === '';
  const alone = (bare || leadIn) && /[，,]/.test(text.charAt(ownDate.end + glueAfter.length));
  if (fromDay && !alone) return undefined;
  const subjectFrom = alone ? ownDate.end + glueAfter.length + 1 : from;
  const clauseEnd = Math.min(end, subjectFrom + MAX_LABEL, ...[...text.slice(subjectFrom, end).matchAll(/[，,。；：]/g)].slice(0, 1).map((m) => subjectFrom + m.index));
  const tagged = tagAt(text, subjectFrom, clauseEnd, tag);
  const first = tagged[0];
  // The subject stops at the date (莫斯科红场|今天), or, after a date alone, at the first verb.
  // 一辆辆满载…物资的汽车开出, 强降雪面积进一步扩大: after a date alone, a noun phrase a numeral, a determiner or an
  // adjective opens; its verb is the first that follows a noun (its head), past adverbs.
  const phrase = alone && PHRASE_OPENER_TAG.test(first?.tag ?? '') && !PERSONAL_PRONOUN.test(first?.word ?? '');
  if (!first || !(alone ? names.some((n) => n.start === first.at) || SUBJECT_TAG.test(first.tag) || phrase : nounSubject(text, from, ownDate.start, names, tag))) return undefined;
  const verbFrom = alone ? first.at + first.word.length : ownDate.end;
  const afterHead = (i: number) => {
    let k = i - 1;
    while (k > 0 && ADVERB_OR_PREPOSITION_TAG.test(tagged[k].tag)) k--;
    return k >= 0 && SUBJECT_TAG.test(tagged[k].tag);
  };
  const verb = tagged.find((w, i) => w.at >= verbFrom && VERB_TAG.test(w.tag) && (!phrase || afterHead(i)));
  if (!verb || (alone && verb.at - subjectFrom > (phrase ? 2 * SUBJECT_MAX : SUBJECT_MAX))) return undefined;
  // 从元旦起，报纸都能送到…, 我国将用３年时间…: what can or will be from a day on is a state or a plan, not an act.
  if ((fromDay || phrase) && MODAL.test(text.slice(verbFrom, verb.at + verb.word.length))) return undefined;
  // 今天，中国正以…推进: a state the date holds, not an act on that day.
  const predicate = tagged.find((w) => w.at >= verbFrom && !DATE_GLUE_ONLY.test(w.word));
  if (predicate && STATE_ADVERB.test(text.slice(predicate.at, clauseEnd))) return undefined;
  return { word: verb.word, at: verb.at, meeting: false };
}
const SOURCE_OPENS = new RegExp(`^(?:${triggers.sourceLeadIn.opens.join('|')})`);
const SOURCE_ENDS = new RegExp(`^(?:${triggers.sourceLeadIn.ends.join('|')})$`);

/** Whether `date` opens its sentence alone in its clause (北京时间昨天晚上，…): nothing but its glue before and after it. */
function opensAlone(text: string, sentence: Sentence, date: CleanEntity): boolean {
  const after = text.slice(date.end, Math.min(sentence.end, date.end + MAX_LABEL)).match(/^[^，,。；：]*/)![0];
  // 在…国事访问之际，当地时间7月2日，…: the occasion's clause before it leaves the date opening its own.
  const before = text.slice(sentence.start, date.start).replace(OCCASION_CLAUSE, '');
  return before.replace(DATE_GLUE, '') === '' && after.replace(DATE_GLUE, '') === '' && /[，,]/.test(text.charAt(date.end + after.length));
}
/** 在国家主席习近平对俄罗斯进行国事访问前夕，…: an occasion clause (after a lead-in such as 央视网消息：). */
const OCCASION_OPENING = new RegExp(`(?:^|[，：,:])在([^，。；：,;:]+?)(?:${triggers.occasionEnds.join('|')})[，,]`);

interface OccasionClause extends Span { sentence: Sentence }

/** The words of the occasion a sentence is set on (在…之际，), without 在 and the occasion word. */
function occasionSpan(text: string, sentence: Sentence, end: number): OccasionClause | undefined {
  const found = OCCASION_OPENING.exec(text.slice(sentence.start, end));
  if (!found) return undefined;
  const start = sentence.start + found.index + found[0].indexOf(found[1]);
  return { start, end: start + found[1].length, sentence };
}

/**
 * The occasion a sentence is set on, when it is someone's act (在国家主席习近平对俄罗斯进行国事访问前夕，普京…发表署名文章):
 * a happening of its own, which the text does not date (之际, 前夕 say only that the report's act falls near it).
 */
function occasionOf(
  text: string, display: string, { start: from, end: to, sentence }: OccasionClause, people: CleanEntity[], dates: CleanEntity[], insideName: InsideName,
  nameOf: (e: CleanEntity) => string, words: LabelWords | undefined,
): FoundEvent | undefined {
  const trigger = findTrigger(text, from, to, insideName);
  const inClause = people.filter((p) => p.start >= from && p.end <= to);
  const actorEntity = trigger && inClause.find((p) => p.end <= trigger.at && !isObject(text, p));
  if (!trigger || !actorEntity) return undefined;
  const actor = { entity: actorEntity, name: nameOf(actorEntity) };
  const names = inClause.map((e) => ({ entity: e, name: nameOf(e) }));
  const { label } = actLabel(text, display, { start: from, end: to }, trigger, actor, to, dates, names, words);
  return {
    label, clause: display.slice(from, to), date: null, start: sentence.start, end: sentence.end, participants: unique(inClause.map(nameOf)), places: [],
    inherited: true, undated: true, earlier: false, actor: actor.name, trigger: trigger.word,
  };
}

const OCCASION_CLAUSE = new RegExp(`^[^。；]*(?:${triggers.occasionEnds.join('|')})[，,]`);

/** A span from a day on (１２月９日起). */
const FROM_DAY = /^(?:\d{4}|XXXX)-\d{2}-\d{2}\/\.\.$/;
/** Numerals, determiners and adjectives that open a noun phrase (一辆辆, 本届, 强); not 他们. */
const PHRASE_OPENER_TAG = /^(?:m|r|b|a)/;
const PERSONAL_PRONOUN = new RegExp(`^(?:${triggers.personalPronouns.join('|')})`);
const MODAL = new RegExp(triggers.modalWords.join('|'));
const SINCE = new RegExp(`(?:${triggers.sinceWords.join('|')})$`);

/** How far before a date a speech verb (…在讲话中指出，) is looked for. */
const SPEECH_REACH = 2 * MAX_LABEL;

/** Nouns, names, abbreviations (nt 联合国安理会, ns 俄罗斯, j 男乒); not pronouns, times or numbers. */
const SUBJECT_TAG = /^(?:n|j)/;
/** Read on the text (the tagger joins 正以): 正 but not 正式, 正常. */
const STATE_ADVERB = new RegExp(`^(?:${triggers.stateAdverbs.join('|')})(?![式常当當确確好])`);
const DATE_GLUE_ONLY = new RegExp(`^(?:${triggers.dateGlue.join('|')})+$`);
const VERB_TAG = /^v/;
/** How long a subject may be (黎巴嫩卫生部门, 吉尔吉斯斯坦、乌兹别克斯坦等). */
const SUBJECT_MAX = 16;

/** The longest speech verb (表示, 指出). */
const SPEECH_VERB_MAX = Math.max(...triggers.reportedSpeech.map((word) => word.length));

/**
 * Whether an undated sentence with an attendance word reports a happening of its own rather than who attended
 * the last one: an act before the attendance word (王沪宁会见了参加论坛的台湾嘉宾), or a meeting it holds that no
 * recent event is (调研中，李强主持召开座谈会 after the tour).
 */
function actOfItsOwn(text: string, sentence: Sentence, trigger: Trigger | undefined, attendanceAt: number, events: FoundEvent[]): boolean {
  if (!trigger) return false;
  if (!trigger.meeting) return trigger.at < attendanceAt && !ATTENDEE_ACTS.has(trigger.word);
  if (!HOLDS_MEETING.test(text.slice(sentence.start, trigger.at))) return false;
  return !events.slice(-RECENT_EVENTS).some((e) => e.trigger.endsWith(trigger.word) || trigger.word.endsWith(e.trigger));
}

/** The meeting's own name, without the sentence's date when the date stands inside it (出席8月27日…). */
function meetingLabel(display: string, sentence: Sentence, trigger: Trigger, ownDate: CleanEntity | undefined, text: string, words: LabelWords | undefined): string {
  // Read further back than a label holds, so that a long name loses whole words from its start.
  let start = meetingNameStart(text, sentence, trigger, 2 * MAX_LABEL);
  // 主席会议举行了|2023年第三次集体学习: the meeting that holds it names it too (heldMeeting).
  const holder = HOLDER_BEFORE.exec(text.slice(Math.max(sentence.start, start - HOLDER_REACH), start));
  if (holder) start = meetingNameStart(text, sentence, { word: holder[1], at: start - holder[0].length, meeting: true }, 2 * MAX_LABEL);
  if (ownDate && ownDate.end > start && ownDate.end <= trigger.at) start = ownDate.end;
  // 举行了|第二次集体学习, 召开过|两次…: the verb's aspect particle is not part of the name.
  return fitNameStart(display.slice(start, trigger.at + trigger.word.length).replace(/^[，、\s]+/, '').replace(/^[了过過的]/, ''), words);
}

/**
 * A bare 会议 with no person acting in its clause, named by the body that holds it: 中共中央政治局4月28日召开会议 →
 * 中共中央政治局召开会议; undefined where the clause has no holder of its own (并主持召开座谈会, 代表们在大会上…).
 */
function heldMeetingLabel(display: string, sentence: Sentence, trigger: Trigger, ownDate: CleanEntity | undefined, text: string, words: LabelWords | undefined): string | undefined {
  const clause = clauseStart(text, sentence.start, trigger.at);
  const held = withoutDates(display, clause, trigger.at + trigger.word.length, ownDate ? [ownDate] : []).replace(/^[，、\s]+/, '');
  const verb = HOLDING_VERBS.find((v) => held.endsWith(v + trigger.word));
  const holder = verb ? held.slice(0, held.length - trigger.word.length - verb.length) : '';
  return holder.length >= 2 && !LEADING_ADVERB.test(holder) ? fitLabel(held, words) : undefined;
}
/** The verbs that hold a meeting, longest first (主持召开 before 召开). */
const HOLDING_VERBS = [...triggers.holdingVerbs].sort((a, b) => b.length - a.length);

/** A meeting's name of at most MAX_LABEL characters: its head kept, whole words dropped from its start. */
function fitNameStart(name: string, words: LabelWords | undefined): string {
  if (name.length <= MAX_LABEL) return name;
  const start = wordEnds(name, words?.(name)).find((end) => name.length - end <= MAX_LABEL) ?? name.length - MAX_LABEL;
  return name.slice(start).replace(/^[，、的和与與及]+/, '');
}

/**
 * The event an attendance sentence with no date of its own is about: a recent one whose trigger it names
 * (刘捷参加调研 → the 调研), else the last meeting (陈吉宁、马兴瑞出席并讲话, often in a paragraph of its own),
 * or the last event of any kind (…率分团出席), unless it names a happening of its own that no dated sentence
 * reported (参加了开幕式, 陪同调研).
 */
function attendedEvent(text: string, sentence: Sentence, events: FoundEvent[], lastMeeting: FoundEvent | undefined): FoundEvent | undefined {
  // 会见后，两国总理共同出席…仪式: a happening the opening clause only sets the time by is not the one attended.
  const bodyStart = sentence.start + timeOpeningLength(text, sentence);
  const body = text.slice(bodyStart, sentence.end);
  // 蔡奇陪同考察: the whole tour the report opens with, not its last stop.
  const tour = events[0];
  if (tour && ACCOMPANIES.test(body) && ACCOMPANYING.tours.some((w) => tour.label.includes(w) || (tour.clause ?? '').includes(w))) return tour;
  // 出席会议 names the 工作会议 by its head noun.
  // …峰会开幕式 is named by its 峰会 too (700余人参加本届峰会).
  const named = events.slice(-RECENT_EVENTS).reverse().find((e) => !e.recalled && (
    body.includes(e.trigger) || body.includes(e.trigger.slice(-HEAD_NOUN)) || (MEETING_WORDS.has(e.trigger) && MEETINGS.some((w) => e.label.includes(w) && body.includes(w)))));
  // 陈文清在会上传达习近平（近日作出的）重要指示: what is done at the meeting last held is on its day, not on that of a
  // happening the sentence names (the instruction conveyed).
  if (named && lastMeeting && named !== lastMeeting && named.date !== lastMeeting.date && AT_THE_MEETING.test(body)) return lastMeeting;
  if (named) return named;
  // 刘奇葆主持会议: the bare 会议 after an attendance verb is the meeting reported.
  if (lastMeeting && ATTENDS_THE_MEETING.test(body)) return lastMeeting;
  // Not an act a speaker recalled (昨天，我同…宣布): no one attends it now.
  // 作大会发言: a meeting word inside a phrase that names no act (notActs) is none.
  const namesHappening = (word: string) => {
    for (let at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + 1)) if (!insideNotAct(text, bodyStart + at, word)) return true;
    return false;
  };
  return OTHER_HAPPENINGS.some(namesHappening) ? undefined : (lastMeeting ?? lastNotRecalled(events));
}
/** The last event that no speaker recalled. */
function lastNotRecalled(events: FoundEvent[]): FoundEvent | undefined {
  for (let i = events.length - 1; i >= 0; i--) if (!events[i].recalled) return events[i];
  return undefined;
}
const ACCOMPANYING = triggers.accompanying;
const ACCOMPANIES = new RegExp(`${ACCOMPANYING.verb}(?:${ACCOMPANYING.tours.join('|')})`);

/** The length of an opening clause that is a happening and a time marker (会见后，, 会谈结束后，), or 0. */
function timeOpeningLength(text: string, sentence: Sentence): number {
  const clause = TIME_OPENING.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + MAX_LABEL)));
  return clause && TRIGGER_IN_TIME_OPENING.test(clause[1]) ? clause[0].length : 0;
}
// Of the one-character markers only 后: 时 and 前 end too many clauses that name no time (会见时…, 此前).
const TIME_OPENING = new RegExp(`^([^，。；：,;:]*?)(?:${triggers.timeMarkers.filter((w) => w.length > 1 || w === '后').join('|')})[，,]`);
const TRIGGER_IN_TIME_OPENING = new RegExp(`(?:${[...triggers.bilateralActs, ...MEETINGS].join('|')})$`);
const AT_THE_MEETING = new RegExp(triggers.atTheMeeting.join('|'));
const ATTENDED_MEETING_ATTRIBUTE = new RegExp(`^(?:${triggers.attendance.join('|')})${triggers.genericMeeting}的`);
const ATTENDS_THE_MEETING = new RegExp(`(?:${triggers.attendance.join('|')})了?${triggers.genericMeeting}(?:[。，；、并並]|$)`);

const ATTENDEE_ACTS = new Set(triggers.attendeeActs);
const OTHER_HAPPENINGS = [...MEETINGS, ...VISITS].filter((word) => !ATTENDEE_ACTS.has(word));

/** A meeting word's head noun: its last two characters (工作会议 → 会议, 表彰大会 → 大会). */
const HEAD_NOUN = 2;

/** How far back an attendance sentence looks for the event it names. */
const RECENT_EVENTS = 5;

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/**
 * A dated meeting whose name holds the undated one's (对口支援工作座谈会 in 上海市·新疆…对口支援工作座谈会), or a part
 * of a dated meeting named in full (第七届台胞社团论坛开幕式 in a headline, 第七届台胞社团论坛 dated in the text).
 */
const namedIn = (dated: FoundEvent[], event: FoundEvent): FoundEvent | undefined =>
  dated.find((d) => (d.trigger === event.trigger && d.label.includes(event.label)) ||
    (MEETING_WORDS.has(d.trigger) && d.label.length >= MIN_MEETING_NAME && d.label.endsWith(d.trigger) &&
      // 习近平在出席军队领导干部会议时强调…: a headline telling who attended the meeting named.
      // …第十三次会议举行第二次全体会议: a headline telling the meeting that held it.
      (event.label.startsWith(d.label) || event.label.endsWith(d.label) || (event.label.includes(d.label) && event.participants.some((p) => d.participants.includes(p))))) ||
    // 李强出席新全球融资契约峰会 in a headline, its 闭幕式 dated in the text.
    (MEETING_WORDS.has(event.trigger) && MEETING_PARTS.has(d.trigger) && event.label.length >= MIN_MEETING_NAME && d.label.startsWith(event.label)));
const MEETING_PARTS = new Set(triggers.meetingParts);
const BARE_QUALIFIERS = new Set(triggers.bareMeetingQualifiers);
/** 在大会上: at the meeting named. */
const AT_MEETING = '上';
/** A meeting's name long enough to tell it (第七届台胞社团论坛), not the bare 会议. */
const MIN_MEETING_NAME = 6;

/**
 * An undated restatement told in other words: the same act or meeting word, or one holding the other (看望慰问 for
 * 看望), by the same actor or with a participant in common (全国政协十四届常委会第八次会议 in the headline for
 * 政协第十四届全国委员会常务委员会第八次会议 in the lede, both with 王沪宁); the opening or closing ceremony of a games
 * (王建华出席开幕式 for 全省运动会…开幕, attended by 王建华); an act told within the dated event's words.
 */
const restates = (event: FoundEvent, dated: FoundEvent): boolean =>
  (dated.trigger.includes(event.trigger) || event.trigger.includes(dated.trigger) || (MEETING_PARTS.has(event.trigger) && GAMES.has(dated.trigger))) &&
  ((event.actor !== undefined && event.actor === dated.actor) || event.participants.some((p) => dated.participants.includes(p)));

/**
 * 韩正会见卡塔尔埃米尔 (the headline) for the lede's 当地时间11月3日，…韩正在…出席…峰会期间会见…塔米姆: the headline's act
 * told within the report's first dated happening, by the same actor.
 */
const ledeRestates = (headline: FoundEvent, lede: FoundEvent | undefined): lede is FoundEvent =>
  lede !== undefined && headline.start === 0 && headline.actor !== undefined && headline.actor === lede.actor && lede.label.includes(headline.trigger);

const sameEventKeys = (event: FoundEvent, date: string | null): string[] =>
  [`${date}|${numberedAlike(event.label).replace(LEADING_YEAR, '')}`, ...(event.actor ? [`${date}|${event.actor}|${event.trigger}`] : [])];
/** 2025年海南…招商大会 and 海南…招商大会 on one day: a meeting's name with its year and without it. */
const LEADING_YEAR = /^\d{4}年/;

/** 第二十九次 and 第29次 (a headline's and its body's numbering of one session) written alike: 第29次. */
function numberedAlike(label: string): string {
  if (!label.includes(ORDINAL)) return label;
  let out = '';
  let at = 0;
  for (let i = label.indexOf(ORDINAL); i >= 0; i = label.indexOf(ORDINAL, i + 1)) {
    const number = readNumberAt(label, i + 1);
    if (!number || number.script !== 'chinese') continue;
    out += `${label.slice(at, i + 1)}${number.value}`;
    at = number.end;
  }
  return out + label.slice(at);
}
const ORDINAL = '第';

/**
 * 习近平在江苏考察 (a headline) restates 在南京市考察调研 (a stop, 6日) told within 7月5日至7日，…先后来到苏州、南京: the
 * report's first dated happening, when its dates hold the stop's and it has the stop's actor, is the tour restated.
 */
function tourOf(datedEvents: FoundEvent[], stop: FoundEvent | undefined): FoundEvent | undefined {
  const tour = datedEvents[0];
  if (!stop || !tour || tour === stop || tour.date === stop.date || !dateContains(tour.date, stop.date)) return stop;
  return tour.participants.includes(stop.actor ?? stop.participants[0] ?? '') ? tour : stop;
}

const STOP_ACTS = new Set(triggers.stopActs);
const ANOTHER_STOP_BEFORE = new RegExp(`(?:${triggers.anotherStopBefore.join('|')})$`);
const ANOTHER_STOP_REACH = Math.max(...triggers.anotherStopBefore.map((word) => word.length));
/** 还到: a stop act that itself says the actor went on to another stop. */
const ANOTHER_STOP_OPENING = new RegExp(`^(?:${triggers.anotherStopBefore.join('|')})`);

/**
 * 习近平近日在宁夏考察 … 6月19日，习近平…来到宁夏 … 20日上午，习近平听取…汇报: a tour the report dates only as recent
 * (近日) spans the days of the acts its actor is told doing after it.
 */
function dateRecentTours(events: FoundEvent[]): FoundEvent[] {
  for (const tour of events) {
    if (tour.date !== null || !tour.undated || tour.earlier || tour.actor === undefined || !ACCOMPANYING.tours.some((word) => tour.trigger.endsWith(word))) continue;
    const days = events.filter((e) => e.start > tour.start && e.actor === tour.actor && !e.recalled && e.date !== null && DAY.test(e.date)).flatMap((e) => e.date!.split('/')).sort();
    if (days.length > 0) tour.date = days[0] === days[days.length - 1] ? days[0] : `${days[0]}/${days[days.length - 1]}`;
  }
  return events;
}
/** Whether two stops of a tour (event-triggers.json stopActs) each name places and none in common. */
const elsewhere = (a: FoundEvent, b: FoundEvent): boolean =>
  STOP_ACTS.has(b.trigger) && a.places.length > 0 && b.places.length > 0 && !a.places.some((p) => b.places.includes(p));

/** The first dated happening of the body (after `from`) that `actor` does, or else takes part in. */
function bodyActOf(events: FoundEvent[], actor: string, from: number): FoundEvent | undefined {
  const body = events.filter((e) => e.start >= from && e.date !== null);
  return body.find((e) => e.actor === actor) ?? body.find((e) => e.participants.includes(actor));
}

/**
 * A report often restates its main event (headline, lede, body, caption): the restatements fold into the
 * first, and an undated one (the headline) into the dated event it restates, wherever that stands.
 */
function mergeRepeats(events: FoundEvent[], headlines: { firstLineEnd: number; end: number }): FoundEvent[] {
  const dated = new Map<string, FoundEvent>();
  // Not one dated by a year alone (2013年和2015年汪洋曾…调研: what a report recalls of earlier years, not its news).
  for (const event of events) if (!event.undated && !YEAR_ONLY.test(event.date ?? '')) for (const key of sameEventKeys(event, null)) if (!dated.has(key)) dated.set(key, event);
  const datedEvents = [...new Set(dated.values())];
  // 习近平近日…作出重要指示 below a headline that tells it undated: the report does not say when, so the headline's
  // restatement folds into it rather than take the report's day.
  const recent = events.filter((e) => e.undated && e.date === null && !e.earlier);
  const merged: FoundEvent[] = [];
  const seen = new Map<string, FoundEvent>();
  const fold = (into: FoundEvent, event: FoundEvent) => {
    // A headline of meetings with several guests (分别会见甲、乙) folds into the first: not the other guests, theirs.
    const siblings = into.group === undefined ? [] : events.filter((e) => e.group === into.group && e !== into);
    const others = (names: (e: FoundEvent) => string[]) => new Set(siblings.flatMap(names).filter((name) => !names(into).includes(name)));
    const otherPeople = others((e) => e.participants);
    const otherPlaces = others((e) => e.places);
    into.participants = unique([...into.participants, ...event.participants.filter((name) => !otherPeople.has(name))]);
    into.places = unique([...into.places, ...event.places.filter((place) => !otherPlaces.has(place))]);
  };
  for (const event of events) {
    // A meeting to come restates only a dated one of its name (关于召开…会议的决定 … 会议三月三日召开), not one held; one
    // the text dates itself (决定3月12日至13日召开…) is that one.
    const restated = event.planned ? datedEvents.find((d) => d !== event && d.label.includes(event.label))
      : event.undated && !event.earlier
      ? (sameEventKeys(event, null).map((k) => dated.get(k)).find(Boolean) ?? namedIn(datedEvents, event) ?? tourOf(datedEvents, datedEvents.find((d) => restates(event, d))) ??
        recent.find((d) => d.start > event.start && (restates(event, d) || d.label === event.label)) ?? (ledeRestates(event, datedEvents[0]) ? datedEvents[0] : undefined) ??
        // 征求…意见和建议 / 中共中央召开…座谈会 / 习近平主持并发表重要讲话: a sub-headline line tells the news its actor's first
        // dated act in the body is (the headline itself is read as before: ledeRestates).
        (event.start > headlines.firstLineEnd && event.start < headlines.end && event.actor !== undefined ? bodyActOf(events, event.actor, headlines.end) : undefined))
      // …举办了新书发布会暨出版座谈会。…新书发布会上，…: a meeting of the same day named again in part.
      : event.inherited && !event.earlier && !event.anotherStop ? namedIn(merged.filter((d) => d.date === event.date), event) : undefined;
    if (restated) {
      fold(restated, event);
      continue;
    }
    const keys = sameEventKeys(event, event.date);
    // 习近平来到麦积山石窟 … 习近平来到兰州市考察 on one day: the same act of one actor at other places is another stop.
    const same = event.anotherStop ? undefined
      : keys.map((k) => seen.get(k)).find((e) => e !== undefined && (e.label === event.label || !elsewhere(e, event)) && (e.group === undefined || e.group !== event.group));
    if (same) {
      fold(same, event);
      continue;
    }
    merged.push(event);
    for (const key of keys) seen.set(key, event);
  }
  return merged;
}

/**
 * An event whose date interval holds a later event's date contains it (the visit holds the forum); so does
 * the nearest earlier event of the same date for one dated only by context (会前, a later site visit).
 */
function nest(events: FoundEvent[]): FoundEvent[] {
  // Each event's date bounds are read once, not again for each of the events looking back at it.
  const bounds = events.map((event) => (event.date ? dateBounds(event.date) : undefined));
  events.forEach((event, index) => {
    for (let k = index - 1; k >= Math.max(0, index - MAX_NESTING_LOOKBACK); k--) {
      const sameDay = event.inherited && event.date !== null && !events[k].inherited && events[k].date === event.date;
      // As dateContains(events[k].date, event.date), on the bounds read.
      if (sameDay || (events[k].date !== event.date && boundsHold(bounds[k], bounds[index]))) {
        (events[k].children ??= []).push(index);
        return;
      }
    }
  });
  return events;
}
