import type { Analysis, Entity, EntityType } from '../types';
import type { NameSplit } from './types';

/** The name an entity is compared by: its canonical form (page breaks joined, short names expanded). */
export function canonicalName(entity: Entity): string {
  return (entity.canonical ?? entity.text).replace(/\s+/g, '');
}

/** Distinct canonical names of one type, in order of first mention. */
export function namesOfType(analysis: Analysis, type: EntityType): string[] {
  const names = new Set<string>();
  for (const entity of analysis.entities) if (entity.type === type) names.add(canonicalName(entity));
  return [...names];
}

/** Which names both reports mention, and which only one of them (each list in order of first mention). */
export function splitNames(namesA: string[], namesB: string[]): NameSplit {
  const inA = new Set(namesA);
  const inB = new Set(namesB);
  return {
    both: namesA.filter((n) => inB.has(n)),
    onlyA: namesA.filter((n) => !inB.has(n)),
    onlyB: namesB.filter((n) => !inA.has(n)),
  };
}
