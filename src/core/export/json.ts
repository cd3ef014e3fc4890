/** The published JSON shape of an analysis (`news-annotator annotate --json`, `export --format json`). */
import type { Analysis, Entity, NewsEvent } from '../types';

const ENTITY_KEYS = ['type', 'text', 'start', 'end', 'canonical', 'role', 'official', 'kind', 'parent', 'value', 'resolvedBy', 'resolution', 'weekdayMismatch', 'open'] as const;
const EVENT_KEYS = ['label', 'clause', 'date', 'start', 'end', 'participants', 'places', 'children'] as const;

function pick<T extends object>(item: T, keys: readonly string[]): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if ((item as Record<string, unknown>)[key] !== undefined) out[key] = (item as Record<string, unknown>)[key];
  return out as Partial<T>;
}

/** An entity exactly as `annotate --json` writes it. */
export function toEntityJson(entity: Entity): Partial<Entity> {
  return pick(entity, ENTITY_KEYS);
}

/** An event exactly as `annotate --json` writes it (also used by `compare --json`). */
export function toEventJson(event: NewsEvent): Partial<NewsEvent> {
  return pick(event, EVENT_KEYS);
}

/** The `annotate --json` document: exactly the fields of the published format, in its order. Offsets: UTF-16. */
export function toJson(file: string, analysis: Analysis) {
  return {
    file,
    referenceYear: analysis.referenceYear,
    // Where the reference date came from (dateline, front matter, file name, option), and who disagreed.
    referenceDate: analysis.reference?.reference ?? null,
    ...(analysis.reference?.overridden.length ? { referenceOverridden: analysis.reference.overridden } : {}),
    entities: analysis.entities.map(toEntityJson),
    events: analysis.events.map(toEventJson),
  };
}
