import triggers from '../../../data/event-triggers.json';
import type { NewsEvent } from '../types';
import type { CleanEntity } from '../types';
import { splitSentences, type Sentence } from './sentences';
import { dateContains } from './dateRanges';
import { isReportingRole } from '../people/titleChains';

const MAX_LABEL = 40;
const LEADING_ADVERB = new RegExp(`^(?:${triggers.leadingAdverbs.join('|')})`);
const REPORTED_SPEECH = new RegExp(`(?:${triggers.reportedSpeech.join('|')})[，：:“]`);
/** How many earlier events may contain a later one: a report's parts stay close together. */
const MAX_NESTING_LOOKBACK = 60;
const ATTENDANCE = new RegExp(triggers.attendance.join('|'));
const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length);
const MEETINGS = byLength(triggers.meetings);
const VISITS = byLength(triggers.visits);

interface Trigger { word: string; at: number; meeting: boolean }

/** The narrative part of a sentence: what comes before a reported speech (他说，…) is the happening. */
function narrativeEnd(text: string, sentence: Sentence): number {
  const at = text.slice(sentence.start, sentence.end).search(REPORTED_SPEECH);
  return at >= 0 ? sentence.start + at : sentence.end;
}

/**
 * The first meeting named (with a verb that holds it), else the first act after `from` (the sentence's date).
 * A word inside a place's name is no trigger: 大会 in 人民大会堂. (Inside an organisation's it still is:
 * 第十五次全国代表大会 is both.)
 */
function findTrigger(text: string, from: number, end: number, insideName: (at: number, length: number) => boolean): Trigger | undefined {
  const body = text.slice(from, end);
  const free = (word: string, at: number) => !insideName(from + at, word.length);
  if (triggers.meetingVerbs.some((v) => body.includes(v))) {
    const meeting = earliest(body, MEETINGS, free);
    if (meeting) return { word: meeting.word, at: from + meeting.at, meeting: true };
  }
  const act = earliest(body, VISITS, free);
  return act && { word: act.word, at: from + act.at, meeting: false };
}

function earliest(body: string, words: string[], free: (word: string, at: number) => boolean): { word: string; at: number } | undefined {
  let best: { word: string; at: number } | undefined;
  for (const word of words) {
    let at = body.indexOf(word);
    while (at >= 0 && !free(word, at)) at = body.indexOf(word, at + 1);
    if (at >= 0 && (!best || at < best.at)) best = { word, at };
  }
  return best;
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
function insideNameOf(names: CleanEntity[]): (at: number, length: number) => boolean {
  return (at, length) => names.some((n) => n.start <= at && at + length <= n.end && n.end - n.start > length);
}

/** The meeting's own name: the noun phrase that ends with the meeting word, after any date or comma. */
function meetingLabel(text: string, sentence: Sentence, trigger: Trigger, dates: CleanEntity[]): string {
  const end = trigger.at + trigger.word.length;
  let start = Math.max(sentence.start, end - MAX_LABEL);
  for (const d of dates) if (d.end <= trigger.at && d.end > start) start = d.end;
  const clause = text.slice(start, end);
  // The name starts after the verb that holds it (出席|第九次中日韩领导人会议, 召开|市委常委会会议), looked for
  // before the meeting word itself (开幕 in 开幕式 is no verb).
  const before = clause.slice(0, clause.length - trigger.word.length);
  const verbEnds = triggers.meetingVerbs.map((verb) => {
    const at = before.lastIndexOf(verb);
    return at < 0 ? -1 : at + verb.length - 1;
  });
  const cut = Math.max(clause.lastIndexOf('，'), clause.lastIndexOf('、'), ...verbEnds);
  return clause.slice(cut + 1).replace(/^[，、\s]+/, '');
}

/** Where the clause holding `at` starts: after the last comma or semicolon of the sentence before it. */
function clauseStart(text: string, sentenceStart: number, at: number): number {
  const before = text.slice(sentenceStart, at);
  return sentenceStart + Math.max(before.lastIndexOf('，'), before.lastIndexOf('；'), before.lastIndexOf(',')) + 1;
}

/** An act: its actor (the first person, or the sentence's subject) and the clause holding the verb. */
function actLabel(text: string, sentence: Sentence, trigger: Trigger, actor: CleanEntity | undefined, end: number): string {
  const before = text.slice(sentence.start, trigger.at);
  const clauseStart = sentence.start + Math.max(before.lastIndexOf('，'), before.lastIndexOf('。')) + 1;
  const tail = text.slice(trigger.at, end).match(/^[^，。；、]*/)![0];
  const start = actor && actor.start >= clauseStart ? actor.start : clauseStart;
  // 便马不停蹄…, 还走进…: the clause's leading adverb belongs to the sentence, not to the label.
  const clause = (text.slice(start, trigger.at) + tail).replace(LEADING_ADVERB, '');
  const label = actor && actor.start < clauseStart ? `${actor.canonical}：${clause}` : clause;
  return label.slice(0, MAX_LABEL);
}

interface FoundEvent extends NewsEvent {
  /** The date came from context (会前, an earlier sentence), not from the sentence itself. */
  inherited: boolean;
  actor?: string;
  trigger: string;
}

/** One event per reported happening: a dated sentence with a trigger, or a contextual one (会前, 来到 …) dated by context. */
export function extractEvents(text: string, entities: CleanEntity[]): NewsEvent[] {
  const events: FoundEvent[] = [];
  const index = new EntityIndex([...entities].sort((a, b) => a.start - b.start));
  const within = (start: number, end: number, type: CleanEntity['type']) => index.within(start, end, type);
  let contextDate: string | null = null;
  let lastMeetingDate: string | null = null;
  let lastMeeting: FoundEvent | undefined;
  for (const sentence of splitSentences(text)) {
    const end = narrativeEnd(text, sentence);
    const dates = within(sentence.start, sentence.end, 'date');
    const ownDate = dates.find((d) => d.start < end);
    const places = within(sentence.start, end, 'place');
    const trigger = findTrigger(text, ownDate?.end ?? sentence.start, end, insideNameOf(places));
    // The reporter of a byline (（记者李明华）) writes the report and takes no part in the happening.
    const people = within(sentence.start, end, 'person').filter((p) => !isReportingRole(p.role));
    const opening = text.slice(sentence.start, sentence.start + 4);
    const contextual = triggers.contextual.some((w) => opening.includes(w) || (trigger?.word === w && people.length > 0));
    if (trigger && (ownDate || (contextual && contextDate))) {
      const date: string | null = ownDate?.value ?? (/会[前上后]/.test(opening) ? lastMeetingDate : contextDate);
      // A clause before the date's is background (为深入学习贯彻…讲话精神，8月27日…): the happening's people are
      // in the date's clause (省长王浩今年3月在杭州调研) or after it.
      const actorsFrom = ownDate ? clauseStart(text, sentence.start, ownDate.start) : sentence.start;
      const actors = people.filter((p) => p.start >= actorsFrom);
      const delegation = within(sentence.start, trigger.at, 'organization').find((o) => triggers.delegations.some((d) => o.canonical!.endsWith(d)));
      const actor = actors.find((p) => p.start < trigger.at) ?? delegation;
      const label = trigger.meeting ? meetingLabel(text, sentence, trigger, dates) : actLabel(text, sentence, trigger, actor, end);
      events.push({
        label,
        date,
        start: sentence.start,
        end: sentence.end,
        participants: unique(actors.map((p) => p.canonical!)),
        places: unique(places.map((p) => p.canonical!)),
        inherited: !ownDate,
        actor: actor?.canonical,
        trigger: trigger.word,
      });
      if (trigger.meeting) { lastMeetingDate = date; lastMeeting = events[events.length - 1]; }
    } else if (ATTENDANCE.test(text.slice(sentence.start, sentence.end))) {
      // 陈吉宁、马兴瑞出席并讲话 after the meeting's own sentence, 刘捷参加调研 after the visit's: its participants.
      const attended = attendedEvent(text, sentence, events, lastMeeting);
      if (attended) attended.participants = unique([...attended.participants, ...people.map((p) => p.canonical!)]);
    }
    if (dates.length) contextDate = dates[dates.length - 1].value ?? contextDate;
  }
  return nest(mergeRepeats(events)).map(({ inherited: _i, actor: _a, trigger: _t, ...event }) => event);
}

/**
 * The event an attendance sentence with no date of its own is about: a recent one whose trigger it names
 * (刘捷参加调研 → the 调研), else the last meeting (陈吉宁、马兴瑞出席并讲话, often in a paragraph of its own),
 * unless it names a happening of its own that no dated sentence reported (参加了开幕式, 陪同调研).
 */
function attendedEvent(text: string, sentence: Sentence, events: FoundEvent[], lastMeeting: FoundEvent | undefined): FoundEvent | undefined {
  const body = text.slice(sentence.start, sentence.end);
  const named = events.slice(-RECENT_EVENTS).reverse().find((e) => body.includes(e.trigger));
  if (named) return named;
  return OTHER_HAPPENINGS.some((word) => body.includes(word)) ? undefined : lastMeeting;
}

const ATTENDEE_ACTS = new Set(triggers.attendeeActs);
const OTHER_HAPPENINGS = [...MEETINGS, ...VISITS].filter((word) => !ATTENDEE_ACTS.has(word));

/** How far back an attendance sentence looks for the event it names. */
const RECENT_EVENTS = 5;

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** A report often restates its main event (lede, body, caption): the restatements fold into the first. */
function mergeRepeats(events: FoundEvent[]): FoundEvent[] {
  const merged: FoundEvent[] = [];
  const seen = new Map<string, FoundEvent>();
  for (const event of events) {
    const keys = [`${event.date}|${event.label}`, ...(event.actor ? [`${event.date}|${event.actor}|${event.trigger}`] : [])];
    const same = keys.map((k) => seen.get(k)).find(Boolean);
    if (!same) {
      merged.push(event);
      for (const key of keys) seen.set(key, event);
      continue;
    }
    same.participants = unique([...same.participants, ...event.participants]);
    same.places = unique([...same.places, ...event.places]);
  }
  return merged;
}

/**
 * An event whose date interval holds a later event's date contains it (the visit holds the forum); so does
 * the nearest earlier event of the same date for one dated only by context (会前, a later site visit).
 */
function nest(events: FoundEvent[]): FoundEvent[] {
  events.forEach((event, index) => {
    for (let k = index - 1; k >= Math.max(0, index - MAX_NESTING_LOOKBACK); k--) {
      const sameDay = event.inherited && !events[k].inherited && events[k].date === event.date;
      if (sameDay || dateContains(events[k].date, event.date)) {
        (events[k].children ??= []).push(index);
        return;
      }
    }
  });
  return events;
}
