import type { Entity } from '../core/types';

/** Token types and modifiers we contribute in package.json (contributes.semanticTokenTypes / Modifiers). */
export const TOKEN_TYPES = ['person', 'place', 'organization', 'date'] as const;
export const TOKEN_MODIFIERS = ['official'] as const;

export function tokenTypeIndex(entity: Entity): number {
  return TOKEN_TYPES.indexOf(entity.type);
}

/** Bit set of modifiers: officials are people marked `official`, so themes colour them apart. */
export function tokenModifierBits(entity: Entity): number {
  return entity.type === 'person' && entity.official ? 1 << TOKEN_MODIFIERS.indexOf('official') : 0;
}
