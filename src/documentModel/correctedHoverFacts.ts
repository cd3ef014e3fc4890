import type { AnalyzeOptions } from '../core/types';
import type { HoverFactSources } from './hoverFacts';
import { loadCore } from './lazyCore';

/**
 * Hover-fact sources that know the user's places: a place from the corrections file gets its declared kind and
 * its chain of parents (through the user's places, then the gazetteer). Runs where the analysis runs.
 */
export function correctedHoverFactSources(sources: HoverFactSources, options: AnalyzeOptions): HoverFactSources {
  const extension = options.gazetteerExtension;
  if (!extension?.places?.length) return sources;
  const userPlaces = new Set(extension.places.map((p) => p.name));
  return {
    ...sources,
    placeChain: (name) => (userPlaces.has(name) ? loadCore().userPlaceChain(name, extension) : sources.placeChain(name)),
  };
}
