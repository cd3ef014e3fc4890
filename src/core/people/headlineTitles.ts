/**
 * A headline that names one side of a meeting by title only (李强同马来西亚总理会谈) and a report whose body names
 * that side in the same frame (李强同安瓦尔举行会谈): the body's person holds the headline's title, though the
 * body never writes the title beside the name (CCTV's reports of talks often do so).
 */
import titles from '../../../data/titles.json';
import type { CleanEntity } from '../types';
import { firstTokenFrom, type Token } from '../text/tokens';
import { headKindAt, mayStandInTitle, titleChainStart } from './titleChains';
import { COUNTED_LIST } from './countedLists';
import { isTransliterated } from './names';
import { MIDDLE_DOTS_CLASS } from '../text/characters';

const nameOf = (person: CleanEntity, text: string) => person.canonical ?? text.slice(person.start, person.end);

/** The words between the two sides of a meeting: 同, 会见 (data/titles.json meetingFrames). */
const MEETING_FRAMES = titles.meetingFrames;
/**
 * A headline is the first line when it is at most this long (a report's first paragraph is longer), or at most
 * LONGEST_TITLED_HEADLINE with no mark that ends a sentence (a headline and its subtitles: …会谈时强调 发挥互补优势 …).
 */
const LONGEST_HEADLINE = 40;
const LONGEST_TITLED_HEADLINE = 80;
const SENTENCE_END = /[。！？]/;

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
  if (headlineEnd < 0 || (headlineEnd > LONGEST_HEADLINE && (headlineEnd > LONGEST_TITLED_HEADLINE || SENTENCE_END.test(text.slice(0, headlineEnd))))) return;
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
  // 李克强同葡萄牙总理举行会谈 … 两国总理举行会谈 … 科斯塔表示: where the body never writes the frame, the one foreign
  // name it gives no title anywhere is the side the headline names by title.
  const untitled = new Set(people.filter((p) => p.start > headlineEnd && nameOf(p, text) !== side.host).map((p) => nameOf(p, text)));
  for (const person of people) if (person.role) untitled.delete(nameOf(person, text));
  const [guest] = untitled;
  const mention = untitled.size === 1 && isTransliterated(guest.replace(MIDDLE_DOTS_ANYWHERE, '')) ? people.find((p) => p.start > headlineEnd && nameOf(p, text) === guest) : undefined;
  if (mention) giveTitleFromElsewhere(mention, people, { role: side.role, official: side.official });
}
/** The middle dots of a dotted foreign name, which are no transliteration characters. */
const MIDDLE_DOTS_ANYWHERE = new RegExp(`[${MIDDLE_DOTS_CLASS}]`, 'g');

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
 * 张运凯、蔡光洁、…马景林等6位委员, 罗志军、李学勇、卢克松等代表: the title after a list closed by 等 and a count of people,
 * or by 等 alone where the list has two names or more, belongs to each name of the list that has none written beside it.
 */
export function giveCountedListTitles(text: string, ownText: string, entities: CleanEntity[], tokens: Token[]): void {
  const people = entities.filter((e) => e.type === 'person');
  // Which person ends where: a list is only looked at where a name ends right before its 等.
  const endingAt = new Map(people.map((person, index) => [person.end, index]));
  for (const found of text.matchAll(COUNTED_LIST)) {
    const last = endingAt.get(found.index);
    const after = found.index + found[0].length;
    const title = last === undefined ? undefined : lastHeadWithin(tokens, after, LONGEST_COUNTED_TITLE);
    if (title) giveListTitle(text, people, last!, 1, { role: ownText.slice(after, title.end), official: title.official });
  }
  // A group's title (陈吉宁、黄坤明等省级党委书记) yields to a person's own written elsewhere in the report.
  const titled = new Set(people.filter((p) => p.role).map((p) => nameOf(p, text)));
  for (const found of text.matchAll(LIST_CLOSERS)) {
    const last = endingAt.get(found.index);
    if (last === undefined) continue;
    const after = found.index + found[0].length;
    // With no count to say a list of people ends here, only a title of titles' words right after 等, and no
    // generic one (等领导同志, 等会见代表 name no post).
    const title = firstHeadAfterTitleWords(tokens, after);
    const role = title && ownText.slice(after, title.end);
    if (!title || !role || GENERIC_LIST_TITLES.has(role) || tokens[title.next]?.word === COMRADE) continue;
    giveListTitle(text, people, last, 2, { role, official: title.official }, (p) => !titled.has(nameOf(p, text)));
  }
}

const LIST_CLOSERS = new RegExp(titles.countedLists.before, 'g');
const AS_TITLE = titles.asTitleFrame;
const AS_TITLE_ENDS = new Set(AS_TITLE.ends);
const AS_NO_TITLES = new Set(AS_TITLE.notTitles);

/**
 * 以张富士夫为团长、米仓弘昌为最高顾问的…访华团: a name after 以 (or the 、 of such a list) and before 为 holds the title
 * after 为, where that title ends at a mark or 的; for each such name with no title of its own.
 */
export function giveAsTitles(text: string, ownText: string, entities: CleanEntity[], tokens: Token[]): void {
  let listed = false;
  for (const person of entities) {
    if (person.type !== 'person') continue;
    const opened = text.startsWith(AS_TITLE.opener, person.start - AS_TITLE.opener.length) || (listed && text[person.start - 1] === '、');
    listed = false;
    // 以胡锦涛同志为总书记的党中央: the name's 同志 may stand before the 为.
    const asAt = text.startsWith(COMRADE, person.end) ? person.end + COMRADE.length : person.end;
    if (!opened || !text.startsWith(AS_TITLE.as, asAt)) continue;
    const after = asAt + AS_TITLE.as.length;
    const title = firstHeadAfterTitleWords(tokens, after);
    const role = title && ownText.slice(after, title.end);
    if (!title || !role || AS_NO_TITLES.has(role) || !AS_TITLE_ENDS.has(text[title.end] ?? '')) continue;
    listed = text[title.end] === '、';
    if (!person.role) Object.assign(person, { role, official: title.official });
  }
}

const GENERIC_LIST_TITLES = new Set(titles.countedLists.genericTitles);
const COMRADE = '同志';

/** A title read after a list or a frame: where it ends, whether it is an official's, and the token after its head. */
interface TitleAfter { end: number; official: boolean; next: number }

/** The title that starts at `after` and ends at the last head within `longest` tokens (全国政协|委员); undefined where none. */
function lastHeadWithin(tokens: Token[], after: number, longest: number): TitleAfter | undefined {
  const from = firstTokenFrom(tokens, after);
  if (tokens[from]?.start !== after) return undefined;
  let found: TitleAfter | undefined;
  for (let k = from; k < Math.min(tokens.length, from + longest); k++) {
    const official = headKindAt(tokens, k);
    if (official !== undefined) found = { end: tokens[k].end, official, next: k + 1 };
  }
  return found;
}

/** The title that starts at `after` and ends at its first head, only words that may stand in a title before it; undefined where none. */
function firstHeadAfterTitleWords(tokens: Token[], after: number): TitleAfter | undefined {
  const from = firstTokenFrom(tokens, after);
  if (tokens[from]?.start !== after) return undefined;
  for (let k = from; k < Math.min(tokens.length, from + LONGEST_COUNTED_TITLE); k++) {
    const official = headKindAt(tokens, k);
    if (official !== undefined) return { end: tokens[k].end, official, next: k + 1 };
    if (!mayStandInTitle(tokens[k], () => false)) return undefined;
  }
  return undefined;
}

/**
 * Gives the title to the names of the list whose last name is people[last] that have none and may take it, if the list
 * has `fewest` names or more: names back from there, each ending where a 、 or 和 stands before the next.
 */
function giveListTitle(text: string, people: CleanEntity[], last: number, fewest: number, title: { role: string; official: boolean }, mayTake = (_person: CleanEntity) => true): void {
  let first = last;
  while (first > 0 && LIST_MARKS.has(text[people[first].start - 1] ?? '') && people[first - 1].end === people[first].start - 1) first--;
  if (last - first + 1 < fewest) return;
  for (const person of people.slice(first, last + 1)) if (!person.role && mayTake(person)) Object.assign(person, title);
}
const LIST_MARKS = new Set(titles.countedLists.listMarks);
