import type { GazetteerExtension } from '../types';
import { getPlaceChain } from '../places/gazetteer';

export interface PlaceChainLink {
  name: string;
  kind?: string;
}

const MAX_CHAIN = 6;

/**
 * The chain of a place the user declared, up through its parents: 塔什库尔干乡 (乡) → 泽普县 → 喀什地区 →
 * 新疆维吾尔自治区. Parents may be the user's own places or the gazetteer's. Empty for a name the user did not
 * declare (the gazetteer answers for those).
 */
export function userPlaceChain(name: string, extension: GazetteerExtension | undefined): PlaceChainLink[] {
  const places = new Map((extension?.places ?? []).map((p) => [p.name, p]));
  if (!places.has(name)) return [];
  const chain: PlaceChainLink[] = [];
  let current: string | undefined = name;
  while (current && chain.length < MAX_CHAIN && !chain.some((link) => link.name === current)) {
    const user = places.get(current);
    if (!user) {
      const known = getPlaceChain(current).map(({ name, kind }) => ({ name, kind }));
      chain.push(...(known.length > 0 ? known : [{ name: current }]).slice(0, MAX_CHAIN - chain.length));
      break;
    }
    chain.push({ name: user.name, kind: user.kind ?? '地名' });
    current = user.parent;
  }
  return chain;
}
