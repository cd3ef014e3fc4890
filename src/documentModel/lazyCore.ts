/**
 * The analysis core and pinyin-pro, loaded on first analysis rather than at activation: the core carries
 * large gazetteers, pinyin-pro a large dictionary. (esbuild turns these require() calls into lazily
 * initialised modules inside the bundle.)
 */
import type { HoverFactSources, PlaceLink } from './hoverFacts';

export type CoreModule = typeof import('../core');
type PinyinModule = typeof import('pinyin-pro');

let core: CoreModule | undefined;
let pinyinModule: PinyinModule | undefined;

export function loadCore(): CoreModule {
  return (core ??= require('../core') as CoreModule);
}

function loadPinyin(): PinyinModule {
  return (pinyinModule ??= require('pinyin-pro') as PinyinModule);
}

/** Pinyin from pinyin-pro, place chains from the core's gazetteer (where the analysis runs). */
export const hoverFactSources: HoverFactSources = {
  pinyin: (name) => loadPinyin().pinyin(name, { surname: 'head' }),
  placeChain: (name): PlaceLink[] => loadCore().getPlaceChain(name).map(({ name, kind }) => ({ name, kind })),
};

/**
 * Loads what hover facts need (pinyin-pro's dictionary, the gazetteer) and runs their code once: each is a one-time
 * cost of 100 ms or more, paid here while the process would otherwise wait instead of by the answer that needs them.
 */
export function warmHoverFactSources(): void {
  hoverFactSources.pinyin('王');
  hoverFactSources.placeChain('北京');
}
