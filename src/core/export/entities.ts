/** Entity order and nesting as the exporters see them. */
import type { Entity } from '../types';

/** In document order; of two starting together, the longer first (the outer one). */
export function byPosition<T extends Entity>(entities: readonly T[]): T[] {
  return [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Entities a flat tagging (BIO) can hold: in document order, each one that starts inside an earlier kept one
 * is dropped (the outer entity wins). The analysis produces no overlaps today; this keeps BIO valid if it does.
 */
export function flatEntities(entities: readonly Entity[]): { kept: Entity[]; dropped: Entity[] } {
  const kept: Entity[] = [];
  const dropped: Entity[] = [];
  let end = 0;
  for (const entity of byPosition(entities)) {
    if (entity.start < end || entity.start === entity.end) dropped.push(entity);
    else {
      kept.push(entity);
      end = entity.end;
    }
  }
  return { kept, dropped };
}
