/** The feature benchmarks that `bench.ts` runs after the core's figures. */
import { benchCompare } from './compareBench';
import { benchPeopleView } from './peopleViewBench';
import { benchFeatures } from './vscodeFeatures';

export const extraBenches: [string, () => Promise<Record<string, string | number>>][] = [
  ['VS Code features', benchFeatures],
  ['compare', benchCompare],
  ['People view', benchPeopleView],
];
