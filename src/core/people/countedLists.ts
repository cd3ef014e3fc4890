import titles from '../../../data/titles.json';
import { readNumberAt } from '../dates/chineseNumerals';
import { HAN_RANGE, MIDDLE_DOT, MIDDLE_DOTS_CLASS } from '../text/characters';
import type { Span } from '../types';

/** 等6位委员, 等５名代表, 等14位政协常委: a list closed by a count of people, then what they are (titles.json countedLists). */
export const COUNTED_LIST = new RegExp(`${titles.countedLists.before}[0-9０-９${titles.countedLists.numerals}]+(?:${titles.countedLists.measures.join('|')})`, 'g');

/** How many people a COUNTED_LIST match counts (14 of 等14位, 6 of 等六位), undefined where the number is none it reads. */
const countedPeople = (match: string): number | undefined => readNumberAt(match, titles.countedLists.before.length)?.value;

/** The most characters of an item read as a name (a dotted one may be longer: 木哈买提·买买提). */
const LONGEST_ITEM = 4;
const LONGEST_DOTTED_ITEM = 16;
const ITEM_CHARACTER = new RegExp(`[${HAN_RANGE}${MIDDLE_DOTS_CLASS}]`);
const ITEM_MARK = '、';

/** A list closed by a count of people with as many items as it counts: each a person's name. */
export interface CountedList {
  /** The items after the first, each with a 、 before it. */
  items: Span[];
  /** The first item: where it ends, and where at the earliest it starts (no mark may open it: 的有|刘家义). */
  first: Span;
}

/**
 * 刘家义、方光华、…、户思社、…、张复明等14位政协常委: the lists whose count says how many names they hold, as many as
 * their items (items of two to four characters, a dotted name longer).
 */
export function countedLists(text: string): CountedList[] {
  const lists: CountedList[] = [];
  for (const counted of text.matchAll(COUNTED_LIST)) {
    const count = countedPeople(counted[0]);
    if (count === undefined || count < 2) continue;
    const items: Span[] = [];
    let end = counted.index;
    for (;;) {
      let start = end;
      while (start > 0 && ITEM_CHARACTER.test(text[start - 1]) && end - start < LONGEST_DOTTED_ITEM) start--;
      if (text[start - 1] !== ITEM_MARK || items.length + 1 >= count) {
        if (items.length + 1 === count && end - start >= 2) lists.push({ items, first: { start, end } });
        break;
      }
      if (end - start < 2 || (end - start > LONGEST_ITEM && !MIDDLE_DOT.test(text.slice(start, end)))) break;
      items.unshift({ start, end });
      end = start - 1;
    }
  }
  return lists;
}

let lastText: string | undefined;
let lastItems: Set<string> = new Set();

/** Whether start..end is an item after the first of a counted list (…、户思社、…等14位): read once per text. */
export function isCountedListItem(text: string, start: number, end: number): boolean {
  if (text[start - 1] !== ITEM_MARK) return false;
  if (text !== lastText) {
    lastText = text;
    lastItems = new Set(countedLists(text).flatMap((list) => list.items.map((item) => `${item.start}:${item.end}`)));
  }
  return lastItems.has(`${start}:${end}`);
}
