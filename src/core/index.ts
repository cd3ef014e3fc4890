export * from './types';
export type { Segmenter, TaggedWord } from './segment/segmenter';
export { analyzeText } from './analyze';
export { AnalysisMemo } from './analysisMemo';
export { userPlaceChain } from './corrections/placeChain';
export { getPlaceChain } from './places/gazetteer';
export type { PlaceRecord } from './places/gazetteer';
