/** Comparing two reports of one event: what was copied, added, left out, changed. Pure. */
import { findConflicts } from './conflicts';
import { matchEvents } from './eventMatching';
import { namesOfType, splitNames } from './nameSplit';
import { findRoleDifferences } from './roleDifferences';
import { DEFAULT_MIN_PASSAGE_LENGTH, findSharedPassages } from './sharedPassages';
import type { CompareInput, CompareOptions, ComparisonResult } from './types';

export * from './types';
export { findSharedPassages, DEFAULT_MIN_PASSAGE_LENGTH } from './sharedPassages';
export { normalizeForComparison } from './normalizedText';

export function compareReports(a: CompareInput, b: CompareInput, options: CompareOptions = {}): ComparisonResult {
  const persons = splitNames(namesOfType(a.analysis, 'person'), namesOfType(b.analysis, 'person'));
  const places = splitNames(namesOfType(a.analysis, 'place'), namesOfType(b.analysis, 'place'));
  const events = matchEvents(a.analysis.events, b.analysis.events);
  const { passages, coverage } = findSharedPassages(a.text, b.text, options.minPassageLength ?? DEFAULT_MIN_PASSAGE_LENGTH);
  return {
    persons,
    places,
    roleDifferences: findRoleDifferences(a.analysis, b.analysis, persons.both),
    events,
    conflicts: findConflicts(events.matched, a.text, b.text),
    passages,
    coverage,
  };
}
