export * from './model';
export { parseCorrections, validateCorrections, CORRECTIONS_SCHEMA } from './parseCorrections';
export { applyCorrections, officialByTitle } from './applyCorrections';
export { userPlaceChain } from './placeChain';
export { markAs, markNotEntity, setTitle, NEW_CORRECTIONS_FILE, type MarkableType } from './editCorrections';
