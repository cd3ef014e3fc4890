import type { NewsEvent } from '../types';
import { compareDates, lendYear, type DateRelation } from './eventDates';
import type { ComparedEvent, EventComparison } from './types';

const CANDIDATES_PER_EVENT = 16;

interface Candidate {
  ia: number;
  ib: number;
  score: number;
}

/** What matching reads of an event, computed once per event rather than once per pair. */
interface EventFeatures {
  event: NewsEvent;
  participants: Set<string>;
  places: Set<string>;
  /** The label's character bigrams as sorted numbers, so two labels compare by a merge, not by hashing. */
  bigrams: Float64Array;
}

function sortedBigrams(label: string): Float64Array {
  const codes = new Float64Array(Math.max(0, label.length - 1));
  for (let i = 0; i + 1 < label.length; i++) codes[i] = label.charCodeAt(i) * 65536 + label.charCodeAt(i + 1);
  return codes.sort();
}

function features(event: NewsEvent): EventFeatures {
  return { event, participants: new Set(event.participants), places: new Set(event.places), bigrams: sortedBigrams(event.label) };
}

function sharedCount(x: Set<string>, y: Set<string>): number {
  let n = 0;
  for (const v of x) if (y.has(v)) n++;
  return n;
}

/** Dice coefficient of two sorted bigram lists (a multiset intersection by merging). */
function bigramDice(a: Float64Array, b: Float64Array): number {
  if (a.length + b.length === 0) return 1;
  let common = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) { common++; i++; j++; } else if (a[i] < b[j]) i++; else j++;
  }
  return (2 * common) / (a.length + b.length);
}

/** Dice coefficient of the labels' character bigrams (0–1). */
export function labelSimilarity(a: string, b: string): number {
  return a === b ? 1 : bigramDice(sortedBigrams(a), sortedBigrams(b));
}

/**
 * How well two events correspond, or null when they should not be paired. Shared people/places are
 * required; the date must agree, or be missing on one side. Events on different dates still pair when
 * everything else says they are one event — that is a date conflict, reported later.
 */
const MIN_UNDATED_LABEL_SIMILARITY = 0.3;

function score(a: EventFeatures, b: EventFeatures, dates: DateRelation): number | null {
  const people = sharedCount(a.participants, b.participants);
  const places = sharedCount(a.places, b.places);
  if (people + places === 0) return null;
  const label = a.event.label === b.event.label ? 1 : bigramDice(a.bigrams, b.bigrams);
  const base = people + places + label;
  switch (dates) {
    case 'same': return 10 + base;
    case 'overlapping': return people > 0 && label >= 0.5 ? 4 + base : null;
    // Without a date on one side, only a label that names the same happening pairs them (shared people and
    // places alone pair any undated mention of a leader in a region with that region's dated meeting).
    case 'unknown': return people > 0 && places > 0 && label >= MIN_UNDATED_LABEL_SIMILARITY ? 2 + base : null;
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
  const [fa, fb] = [eventsA.map(features), eventsB.map(features)];
  // Reports repeat few distinct dates: relate each pair of date strings once.
  const dateRelations = new Map<string, DateRelation>();
  const relate = (x: string | null, y: string | null) => {
    const key = `${x}|${y}`;
    let relation = dateRelations.get(key);
    if (!relation) dateRelations.set(key, (relation = compareDates(x, y)));
    return relation;
  };
  // Each event of A keeps only its best few partners, since a 1 MB report pair has 400 000 event pairs. The
  // greedy pairing below only misses a partner further down when all of these are taken by better pairs.
  const candidates: Candidate[] = [];
  fa.forEach((a, ia) => {
    const best: Candidate[] = [];
    fb.forEach((b, ib) => {
      const s = score(a, b, relate(a.event.date, b.event.date));
      if (s === null || (best.length === CANDIDATES_PER_EVENT && s <= best[best.length - 1].score)) return;
      best.push({ ia, ib, score: s });
      best.sort((x, y) => y.score - x.score); // stable: on a tie the earlier event of B stays ahead
      if (best.length > CANDIDATES_PER_EVENT) best.pop();
    });
    candidates.push(...best);
  });
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
