import titles from '../../../data/titles.json';
import boundaries from '../../../data/name-boundaries.json';
import type { Token } from '../text/tokens';
import { firstTokenFrom, tokenStartingAt } from '../text/tokens';
import { nameAt, nameEndAt, hasSurname, DOTTED_NAME, isNameChar } from './names';
import { NON_OFFICIAL_HEADS, OFFICIAL_HEADS, headKind, titleChainStart } from './titleChains';

/** A person found in the clean text (offsets into the clean text). */
export interface PersonMention {
  start: number;
  end: number;
  canonical: string;
  /** The title stated at this mention, if any. */
  role?: string;
  official?: boolean;
}

export interface PeopleContext {
  text: string;
  tokens: Token[];
  isPlace: (token: Token) => boolean;
  /** Names the user declared (corrections file), with their roles. */
  knownPeople?: { name: string; role?: string }[];
}

const REPORTING = new Set(titles.reportingWords);
const SPEECH = new Set(boundaries.speechVerbs);
const BYLINE_GAP = /^[\s|｜:：]*/;

/** The mentions found so far, with a mask of the characters they cover for constant-time overlap checks. */
class Found {
  readonly mentions: PersonMention[] = [];
  private readonly covered: Uint8Array;
  constructor(length: number) {
    this.covered = new Uint8Array(length);
  }
  overlaps(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.covered[i]) return true;
    return false;
  }
  add(mention: PersonMention): void {
    this.mentions.push(mention);
    this.covered.fill(1, mention.start, mention.end);
  }
}

/** People with their titles: titled mentions, lists sharing a title, titles after names, then every later mention. */
export function recognizePeople(context: PeopleContext): PersonMention[] {
  const found = new Found(context.text.length);
  titledMentions(context, found);
  titlesAfterNames(context, found);
  dottedNames(context, found);
  untitledNames(context, found);
  laterMentions(context, found);
  return found.mentions.sort((a, b) => a.start - b.start);
}

/** 上海市委书记陈吉宁, 村民木哈买提·买买提, 撰文 | 余晖; and a list after one title: 上海市领导朱芝松、李政、刘多. */
function titledMentions({ text, tokens, isPlace }: PeopleContext, found: Found): void {
  let floor = 0;
  tokens.forEach((token, head) => {
    const official = headKind(token.word);
    if (official === undefined) return;
    const gap = REPORTING.has(token.word) ? BYLINE_GAP.exec(text.slice(token.end, token.end + 4))![0].length : 0;
    let at = token.end + gap;
    const end = nameEndAt(text, at, tokens);
    if (end < 0 || found.overlaps(at, end)) return;
    const first = titleChainStart(tokens, head, floor, isPlace);
    const role = text.slice(tokens[first].start, token.end);
    found.add({ start: at, end, canonical: text.slice(at, end), role, official });
    // The same title shared by a list: 朱芝松、李政、刘多.
    for (let listEnd = end; text[listEnd] === '、'; ) {
      at = listEnd + 1;
      const next = nameEndAt(text, at, tokens);
      if (next < 0 || found.overlaps(at, next)) break;
      found.add({ start: at, end: next, canonical: text.slice(at, next), role, official });
      listEnd = next;
    }
    floor = Math.max(floor, firstTokenFrom(tokens, found.mentions[found.mentions.length - 1].end));
  });
}

/** 习近平总书记: a name that starts a word, right before a title. */
function titlesAfterNames({ text, tokens }: PeopleContext, found: Found): void {
  for (const title of titles.titlesAfterName) {
    for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
      for (const length of [3, 2, 4]) {
        const start = at - length;
        if (start < 0 || found.overlaps(start, at) || tokenStartingAt(tokens, start) < 0) continue;
        const name = nameAt(text, start, tokens);
        if (name?.length !== length || !hasSurname(name)) continue;
        found.add({ start, end: at, canonical: name, role: title === '同志' ? undefined : title, official: OFFICIAL_HEADS.has(title) || undefined });
        break;
      }
    }
  }
}

/** 哈丹·卡宾 with no title at hand: a dotted name is a person unless both sides are places (上海市·新疆…). */
function dottedNames({ text, tokens, isPlace }: PeopleContext, found: Found): void {
  const pattern = new RegExp(DOTTED_NAME.source, 'g');
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.overlaps(start, end)) continue;
    const first = tokens[tokenStartingAt(tokens, start)];
    if (first && isPlace(first)) continue;
    found.add({ start, end, canonical: m[0] });
  }
}

/** Names the segmenter tags as names, kept only where the context speaks of a person (说, 表示, 等, 、). */
function untitledNames({ tokens }: PeopleContext, found: Found): void {
  tokens.forEach((token, k) => {
    if (!/^(nr|nrfg)$/.test(token.tag) || token.word.length < 2 || token.word.length > 4) return;
    if (!hasSurname(token.word) || token.word[0] === token.word[1] || found.overlaps(token.start, token.end)) return;
    if (!isNameChar(token.word[token.word.length - 1])) return;
    const next = tokens[k + 1]?.word ?? '';
    const previous = tokens[k - 1]?.word ?? '';
    const besidePerson = (next === '、' && found.overlaps(tokens[k + 2]?.start ?? 0, tokens[k + 2]?.end ?? 0)) || (previous === '、' && found.overlaps(tokens[k - 2]?.start ?? 0, tokens[k - 2]?.end ?? 0));
    if (SPEECH.has(next) || besidePerson || NON_OFFICIAL_HEADS.has(previous)) {
      found.add({ start: token.start, end: token.end, canonical: token.word });
    }
  });
}

/** Every other mention of a name already known, and short forms of dotted names (阿布里米提 → 阿布里米提·艾海提). */
function laterMentions({ text, knownPeople = [] }: PeopleContext, found: Found): void {
  const forms = new Map<string, string>();
  for (const p of knownPeople) forms.set(p.name, p.name);
  for (const p of found.mentions) {
    forms.set(p.canonical, p.canonical);
    const given = p.canonical.split(/[·•‧・]/)[0];
    if (given !== p.canonical && given.length >= 2 && !forms.has(given)) forms.set(given, p.canonical);
  }
  const byFirstChar = new Map<string, string[]>();
  for (const form of [...forms.keys()].filter((f) => f.length >= 2).sort((a, b) => b.length - a.length)) {
    const list = byFirstChar.get(form[0]) ?? [];
    list.push(form);
    byFirstChar.set(form[0], list);
  }
  for (let at = 0; at < text.length; at++) {
    const form = byFirstChar.get(text[at])?.find((f) => text.startsWith(f, at));
    if (!form) continue;
    const end = at + form.length;
    if (found.overlaps(at, end) || /[·•‧・]/.test(text[end] ?? '')) continue;
    found.add({ start: at, end, canonical: forms.get(form)! });
    at = end - 1;
  }
}
