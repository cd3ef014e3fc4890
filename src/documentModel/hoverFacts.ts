import type { Analysis } from '../core/types';

export interface PlaceLink {
  name: string;
  kind?: string;
}

/**
 * What hover cards need beyond the analysis: pinyin of each person's name, the parent chain of each place.
 * Computed where the analysis runs (the analysis worker process in Node), so the host thread never loads pinyin-pro or
 * the gazetteers just to answer a hover.
 */
export interface HoverFacts {
  pinyin: Record<string, string>;
  placeChains: Record<string, PlaceLink[]>;
}

export interface HoverFactSources {
  pinyin(name: string): string;
  /** The place and its parents up to the province (empty when the gazetteer does not know it). */
  placeChain(name: string): PlaceLink[];
}

export function collectHoverFacts(analysis: Analysis, sources: HoverFactSources): HoverFacts {
  const facts: HoverFacts = { pinyin: {}, placeChains: {} };
  for (const entity of analysis.entities) {
    const name = entity.canonical ?? entity.text;
    if (entity.type === 'person' && !(name in facts.pinyin)) facts.pinyin[name] = safely(() => sources.pinyin(name), '');
    if (entity.type === 'place' && !(name in facts.placeChains)) facts.placeChains[name] = safely(() => sources.placeChain(name), []);
  }
  return facts;
}

function safely<T>(compute: () => T, fallback: T): T {
  try {
    return compute();
  } catch {
    return fallback;
  }
}
