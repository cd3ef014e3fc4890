import type { Analysis, Entity, NewsEvent } from '../core/types';
import type { HoverFacts } from './hoverFacts';
import { LineIndex } from './lineIndex';

/** An entity together with its index in the model's (start-sorted) entity list. */
export interface EntityRef {
  readonly entity: Entity;
  readonly index: number;
}

export interface EventRef {
  readonly event: NewsEvent;
  /** Index into `analysis.events` (what `NewsEvent.children` refers to). */
  readonly index: number;
}

/** Mentions of the same person/place/organisation/date share a key: type + canonical form. */
export function entityKey(entity: Pick<Entity, 'type' | 'text' | 'canonical' | 'value'>): string {
  if (entity.type === 'date') return `date:${entity.value ?? entity.text}`;
  return `${entity.type}:${entity.canonical ?? entity.text}`;
}

export function displayName(entity: Entity): string {
  return entity.canonical ?? entity.text;
}

/**
 * The analysis of one version of one document, indexed for the providers: entity at an offset, mentions of an
 * entity, titles, events of a person / place / day. Built once per document version; every provider reads it.
 * Pure (no vscode), so the bench and unit tests can build it from a hand-made Analysis.
 */
export class NewsDocumentModel {
  readonly entities: readonly Entity[];
  readonly lines: LineIndex;
  private readonly mentionsByKey = new Map<string, number[]>();
  private readonly eventsByName = new Map<string, number[]>();
  /** Memoised per-entity results (hover cards and the like), valid for this version only. */
  readonly memo = new Map<string, unknown>();

  constructor(
    readonly uri: string,
    readonly version: number,
    readonly text: string,
    readonly analysis: Analysis,
    /** Pinyin and place chains, computed where the analysis ran. */
    readonly facts: HoverFacts = { pinyin: {}, placeChains: {} },
  ) {
    this.entities = [...analysis.entities].sort((a, b) => a.start - b.start || b.end - a.end);
    this.lines = new LineIndex(text);
    this.entities.forEach((entity, i) => {
      const key = entityKey(entity);
      const list = this.mentionsByKey.get(key);
      if (list) list.push(i);
      else this.mentionsByKey.set(key, [i]);
    });
    analysis.events.forEach((event, i) => {
      for (const name of new Set([...event.participants, ...event.places])) {
        const list = this.eventsByName.get(name);
        if (list) list.push(i);
        else this.eventsByName.set(name, [i]);
      }
    });
  }

  get events(): readonly NewsEvent[] {
    return this.analysis.events;
  }

  /** The innermost entity covering `offset` (start ≤ offset < end); also accepts the offset just after it. */
  entityAt(offset: number): EntityRef | undefined {
    const list = this.entities;
    // Last entity starting at or before offset.
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // Entities do not usually overlap; look back a little in case one does (a date inside a longer span).
    for (let i = found; i >= 0 && i > found - 8; i--) {
      if (list[i].start <= offset && offset < list[i].end) return { entity: list[i], index: i };
    }
    if (found >= 0 && list[found].end === offset) return { entity: list[found], index: found };
    return undefined;
  }

  /** Entities overlapping [start, end), in order (for visible-range providers such as inlay hints). */
  entitiesIn(start: number, end: number): Entity[] {
    const out: Entity[] = [];
    for (const entity of this.entities) {
      if (entity.start >= end) break;
      if (entity.end > start) out.push(entity);
    }
    return out;
  }

  mentionsOf(entity: Entity): Entity[] {
    return (this.mentionsByKey.get(entityKey(entity)) ?? []).map((i) => this.entities[i]);
  }

  mentionCount(key: string): number {
    return this.mentionsByKey.get(key)?.length ?? 0;
  }

  /** Distinct titles the document gives this person, the one nearest `nearOffset` first, then by position. */
  titlesOf(entity: Entity, nearOffset = entity.start): string[] {
    const withRole = this.mentionsOf(entity).filter(statesRole);
    if (withRole.length === 0) return [];
    const nearest = withRole.reduce((best, m) =>
      Math.abs(m.start - nearOffset) < Math.abs(best.start - nearOffset) ? m : best,
    );
    const titles = [nearest.role!];
    for (const m of withRole) if (!titles.includes(m.role!)) titles.push(m.role!);
    return titles;
  }

  /** The mention to jump to for Go to Definition: the first one carrying the fullest title, else the first. */
  definitionOf(entity: Entity): Entity {
    const mentions = this.mentionsOf(entity);
    if (mentions.length === 0) return entity;
    const roleLength = (m: Entity) => (statesRole(m) ? m.role!.length : 0);
    let best = mentions[0];
    for (const m of mentions) if (roleLength(m) > roleLength(best)) best = m;
    return best;
  }

  /** Events a person takes part in, events held at a place, events on a date's day(s). */
  eventsFor(entity: Entity): EventRef[] {
    if (entity.type === 'date') {
      const days = dayRange(entity.value);
      if (!days) return [];
      return this.analysis.events
        .map((event, index) => ({ event, index }))
        .filter(({ event }) => {
          const eventDays = dayRange(event.date ?? undefined);
          return eventDays !== undefined && eventDays.from <= days.to && days.from <= eventDays.to;
        });
    }
    const names = new Set([entity.text, displayName(entity)]);
    const indexes = new Set<number>();
    for (const name of names) for (const i of this.eventsByName.get(name) ?? []) indexes.add(i);
    return [...indexes].sort((a, b) => a - b).map((index) => ({ event: this.analysis.events[index], index }));
  }

  lineOf(offset: number): number {
    return this.lines.positionAt(offset).line;
  }
}

/** The mention states a title itself (the core also copies the first title onto later bare mentions). */
function statesRole(mention: Entity): boolean {
  return Boolean(mention.role) && mention.roleStatedHere !== false;
}

/** `2023-08-27` or `2023-08-27/2023-08-28` as comparable day strings; undefined for months, years, unknown years. */
export function dayRange(value: string | undefined): { from: string; to: string } | undefined {
  if (!value) return undefined;
  const [from, to = from] = value.split('/');
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (!day.test(from) || !day.test(to)) return undefined;
  return { from, to };
}
