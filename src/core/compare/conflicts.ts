import type { NewsEvent } from '../types';
import { compareDates } from './eventDates';
import type { ComparedEvent, Conflict } from './types';

/** A number with its unit (1500余个, 30万锭, 1200亿元), keyed by the words just before it. */
interface Figure {
  key: string;
  text: string;
  value: number;
}

const FIGURE = /([\p{Script=Han}A-Za-z]{0,2})(\d+(?:\.\d+)?)(余|多)?(万|亿)?(亿元|万元|元|个|人|名|家|项|户|次|所|座|公里|亩|吨|锭|批|年)/gu;

export function figuresIn(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const [, context, digits, approx = '', scale = '', unit] = m;
    const multiplier = scale === '亿' ? 1e8 : scale === '万' ? 1e4 : 1;
    figures.push({ key: `${context}…${unit}`, text: `${digits}${approx}${scale}${unit}`, value: Number(digits) * multiplier });
  }
  return figures;
}

/** Strip the administrative suffix so 喀什地区 and 喀什市 count as the same place. */
function placeStem(place: string): string {
  return place.replace(/(维吾尔自治区|自治区|自治州|地区|省|市|县|区)$/, '');
}

function placesAgree(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const stems = b.map(placeStem);
  return a.map(placeStem).some((s) => stems.some((t) => t.includes(s) || s.includes(t)));
}

function eventText(source: string, event: NewsEvent): string {
  return source.slice(event.start, event.end);
}

/** Where the two reports disagree about one matched event: its date, its places, its figures. */
export function findConflicts(matched: { a: ComparedEvent; b: ComparedEvent }[], textA: string, textB: string): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const { a, b } of matched) {
    if (compareDates(a.date, b.date) === 'different') {
      conflicts.push({ what: `${a.label}：日期`, a: a.date ?? '', b: b.date ?? '' });
    }
    if (!placesAgree(a.places, b.places)) {
      conflicts.push({ what: `${a.label}：地点`, a: a.places.join('、'), b: b.places.join('、') });
    }
    const figuresB = figuresIn(eventText(textB, b));
    for (const fa of figuresIn(eventText(textA, a))) {
      const fb = figuresB.find((f) => f.key === fa.key && f.value !== fa.value);
      if (fb) conflicts.push({ what: `${a.label}：${fa.key.replace('…', '')}`, a: fa.text, b: fb.text });
    }
  }
  return conflicts;
}
