import * as l10n from '@vscode/l10n';
import type { NewsEvent } from '../core/types';
import { shortDate } from './dateFormat';

/** One row of the outline: an event and the events it contains. */
export interface OutlineEvent {
  event: NewsEvent;
  children: OutlineEvent[];
}

/**
 * The article's events as a tree in date order: top level = events no other event contains; children from
 * `NewsEvent.children` (the visit, then the forum inside it). Undated events go last, in text order. Pure.
 */
export function buildEventOutline(events: readonly NewsEvent[]): OutlineEvent[] {
  const contained = new Set<number>();
  events.forEach((event) => event.children?.forEach((i) => contained.add(i)));
  const visited = new Set<number>();
  const build = (index: number): OutlineEvent | undefined => {
    if (visited.has(index) || !events[index]) return undefined; // guards against cycles and bad indexes
    visited.add(index);
    const children = sortByDate(events[index].children ?? [], events).flatMap((i) => build(i) ?? []);
    return { event: events[index], children };
  };
  const roots = events.map((_, i) => i).filter((i) => !contained.has(i));
  return sortByDate(roots, events).flatMap((i) => build(i) ?? []);
}

function sortByDate(indexes: readonly number[], events: readonly NewsEvent[]): number[] {
  return [...indexes].sort((a, b) => {
    const da = events[a]?.date ?? '\uffff';
    const db = events[b]?.date ?? '\uffff';
    return da < db ? -1 : da > db ? 1 : (events[a]?.start ?? 0) - (events[b]?.start ?? 0);
  });
}

/** When an event happened, or "date unknown" for one the report does not date (近日, 日前). */
export function eventDate(event: NewsEvent, language: string): string {
  return shortDate(event.date, language) || l10n.t('date unknown');
}

/** The outline detail: when and where (2023-07-09–11 · 新疆). */
export function eventDetail(event: NewsEvent, language: string): string {
  return [eventDate(event, language), event.places.join('、')].filter(Boolean).join(' · ');
}
