import type { NewsEvent } from '../types';
import { compareDates, lendYear } from './eventDates';
import type { ComparedEvent, EventComparison } from './types';

interface Candidate {
  ia: number;
  ib: number;
  score: number;
}

function sharedCount(x: string[], y: string[]): number {
  const set = new Set(y);
  return new Set(x.filter((v) => set.has(v))).size;
}

/** Dice coefficient of the labels' character bigrams. */
export function labelSimilarity(a: string, b: string): number {
  const bigrams = (s: string) => Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2));
  const ba = bigrams(a);
  const bb = bigrams(b);
  if (ba.length + bb.length === 0) return a === b ? 1 : 0;
  const pool = [...bb];
  let common = 0;
  for (const g of ba) {
    const k = pool.indexOf(g);
    if (k >= 0) { common++; pool.splice(k, 1); }
  }
  return (2 * common) / (ba.length + bb.length);
}

/**
 * How well two events correspond, or null when they should not be paired. Shared people/places are
 * required; the date must agree, or be missing on one side. Events on different dates still pair when
 * everything else says they are one event — that is a date conflict, reported later.
 */
function score(a: NewsEvent, b: NewsEvent): Candidate['score'] | null {
  const people = sharedCount(a.participants, b.participants);
  const places = sharedCount(a.places, b.places);
  if (people + places === 0) return null;
  const label = labelSimilarity(a.label, b.label);
  const base = people + places + label;
  switch (compareDates(a.date, b.date)) {
    case 'same': return 10 + base;
    case 'overlapping': return people > 0 && label >= 0.5 ? 4 + base : null;
    case 'unknown': return people > 0 && places > 0 ? 2 + base : null;
    case 'different': return people >= 2 && places >= 1 && label >= 0.5 ? base : null;
  }
}

/** The event with its year lent by the matched event, when it stated none. */
function withLentYear(event: NewsEvent, donor: NewsEvent): ComparedEvent {
  const lent = lendYear(event.date, donor.date);
  return lent ? { ...event, date: lent, yearInferred: true } : { ...event };
}

/** Pairs each event of A with at most one of B, best pairs first. */
export function matchEvents(eventsA: NewsEvent[], eventsB: NewsEvent[]): EventComparison {
  const candidates: Candidate[] = [];
  eventsA.forEach((a, ia) => eventsB.forEach((b, ib) => {
    const s = score(a, b);
    if (s !== null) candidates.push({ ia, ib, score: s });
  }));
  candidates.sort((x, y) => y.score - x.score || x.ia - y.ia || x.ib - y.ib);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: Candidate[] = [];
  for (const c of candidates) {
    if (usedA.has(c.ia) || usedB.has(c.ib)) continue;
    usedA.add(c.ia);
    usedB.add(c.ib);
    pairs.push(c);
  }
  pairs.sort((x, y) => x.ia - y.ia);
  return {
    matched: pairs.map(({ ia, ib }) => ({ a: withLentYear(eventsA[ia], eventsB[ib]), b: withLentYear(eventsB[ib], eventsA[ia]) })),
    onlyA: eventsA.filter((_, i) => !usedA.has(i)).map((e) => ({ ...e })),
    onlyB: eventsB.filter((_, i) => !usedB.has(i)).map((e) => ({ ...e })),
  };
}
