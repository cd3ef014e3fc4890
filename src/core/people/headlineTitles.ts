/**
 * A headline that names one side of a meeting by title only (李强同马来西亚总理会谈) and a report whose body names
 * that side in the same frame (李强同安瓦尔举行会谈): the body's person holds the headline's title, though the
 * body never writes the title beside the name (CCTV's reports of talks often do so).
 */
import titles from '../../../data/titles.json';
import type { CleanEntity } from '../types';
import { firstTokenFrom, type Token } from '../text/tokens';
import { headKindAt, titleChainStart } from './titleChains';
import { COUNTED_LIST } from './countedLists';

const nameOf = (person: CleanEntity, text: string) => person.canonical ?? text.slice(person.start, person.end);

/** The words between the two sides of a meeting: 同, 会见 (data/titles.json meetingFrames). */
const MEETING_FRAMES = titles.meetingFrames;
/** A headline is the first line when it is at most this long (a report's first paragraph is longer). */
const LONGEST_HEADLINE = 40;

interface UnnamedSide {
  /** The canonical name of the side the headline names. */
  host: string;
  frame: string;
  role: string;
  official: boolean;
}

/** The headline's 'A + frame + title' where no name follows the title. */
function unnamedSide(text: string, ownText: string, headlineEnd: number, people: CleanEntity[], tokens: Token[], isPlace: (token: Token) => boolean): UnnamedSide | undefined {
  for (const host of people) {
    if (host.end >= headlineEnd) break;
    const frame = MEETING_FRAMES.find((word) => text.startsWith(word, host.end));
    if (!frame) continue;
    const from = firstTokenFrom(tokens, host.end + frame.length);
    if (tokens[from]?.start !== host.end + frame.length) continue;
    for (let head = from; head < tokens.length && tokens[head].end <= headlineEnd; head++) {
      const official = headKindAt(tokens, head);
      if (official === undefined || titleChainStart(tokens, head, from, isPlace) !== from) continue;
      const end = tokens[head].end;
      // Named in the headline itself (会见欧盟委员会主席冯德莱恩): the rules gave the name its title.
      if (people.some((p) => p.start === end)) return undefined;
      return { host: nameOf(host, text), frame, role: ownText.slice(tokens[from].start, end), official };
    }
  }
  return undefined;
}

/**
 * Gives `person` a title the report states elsewhere (a headline's, 两国总理's), unless it writes one of its own beside
 * the name somewhere: that one stands. This mention stands for the title; completeRoles gives it to the person's
 * other mentions.
 */
function giveTitleFromElsewhere(person: CleanEntity, people: CleanEntity[], title: { role: string; official: boolean }): void {
  if (people.some((p) => p.role && p.canonical === person.canonical)) return;
  Object.assign(person, title);
}

/**
 * Gives the headline's title to the person the body names in its place (see above); `entities` in text order.
 * `text` is what the recognisers read, `ownText` the report's own characters (the role's).
 */
export function giveHeadlineTitles(text: string, ownText: string, entities: CleanEntity[], tokens: Token[], isPlace: (token: Token) => boolean): void {
  const headlineEnd = text.indexOf('\n');
  if (headlineEnd < 0 || headlineEnd > LONGEST_HEADLINE) return;
  const people = entities.filter((e) => e.type === 'person');
  const side = unnamedSide(text, ownText, headlineEnd, people, tokens, isPlace);
  if (!side) return;
  for (const host of people) {
    if (host.start <= headlineEnd || nameOf(host, text) !== side.host || !text.startsWith(side.frame, host.end)) continue;
    const guest = people.find((p) => p.start === host.end + side.frame.length);
    if (!guest || guest.canonical === side.host) continue;
    giveTitleFromElsewhere(guest, people, { role: side.role, official: side.official });
    return;
  }
}

/** 两国总理, 两国外长: the title both sides of a talk hold. Longest first (副总理 before 总理). */
const BOTH_SIDES = new RegExp(`${titles.bothSidesTitles.before}(${[...titles.bothSidesTitles.titles].sort((a, b) => b.length - a.length).join('|')})`, 'g');

/**
 * 李强同希普金斯会谈。…两国总理共同见证…: the two sides of the last meeting before the words (a person, a meeting frame,
 * then a person) hold the title they share, each where the report writes none of its own beside the name.
 */
export function giveBothSidesTitles(text: string, ownText: string, entities: CleanEntity[]): void {
  const people = entities.filter((e) => e.type === 'person');
  for (const found of text.matchAll(BOTH_SIDES)) {
    const sides = lastMeetingBefore(text, people, found.index);
    if (!sides) continue;
    const role = ownText.slice(found.index + titles.bothSidesTitles.before.length, found.index + found[0].length);
    for (const side of sides) giveTitleFromElsewhere(side, people, { role, official: true });
  }
}

/** The host and the guest of the last meeting (甲同乙, 甲会见乙) written before `before`. */
function lastMeetingBefore(text: string, people: CleanEntity[], before: number): [CleanEntity, CleanEntity] | undefined {
  for (let i = people.length - 1; i >= 0; i--) {
    const host = people[i];
    if (host.end > before) continue;
    const frame = MEETING_FRAMES.find((word) => text.startsWith(word, host.end));
    const guest = frame && people.find((p) => p.start === host.end + frame.length && p.end <= before);
    if (guest && nameOf(guest, text) !== nameOf(host, text)) return [host, guest];
  }
  return undefined;
}

/** The most tokens a title after a counted list may have (全国政协|委员). */
const LONGEST_COUNTED_TITLE = 4;

/**
 * 张运凯、蔡光洁、…马景林等6位委员: the title after a list closed by a count of people belongs to each name of the
 * list that has none written beside it.
 */
export function giveCountedListTitles(text: string, ownText: string, entities: CleanEntity[], tokens: Token[]): void {
  const people = entities.filter((e) => e.type === 'person');
  for (const found of text.matchAll(COUNTED_LIST)) {
    const after = found.index + found[0].length;
    const from = firstTokenFrom(tokens, after);
    if (tokens[from]?.start !== after) continue;
    let head = -1;
    let official: boolean | undefined;
    for (let k = from; k < Math.min(tokens.length, from + LONGEST_COUNTED_TITLE); k++) {
      const kind = headKindAt(tokens, k);
      if (kind !== undefined) [head, official] = [k, kind];
    }
    if (official === undefined) continue;
    const role = ownText.slice(after, tokens[head].end);
    // The list: names back from the count, each ending where a 、 or 和 stands before the next.
    for (let end = found.index, i = people.length - 1; i >= 0; i--) {
      const person = people[i];
      if (person.end > end) continue;
      if (person.end !== end) break;
      if (!person.role) Object.assign(person, { role, official });
      end = person.start - 1;
      if (!LIST_MARKS.has(text[end] ?? '')) break;
    }
  }
}
const LIST_MARKS = new Set(titles.countedLists.listMarks);
