/** The feature benchmarks that `bench.ts` runs after the core's figures. */
import { benchCompare } from './compareBench';
import { benchRealNews } from './realnewsEval';
import { benchFeatures } from './vscodeFeatures';

export const extraBenches: [string, () => Promise<Record<string, string | number>>][] = [
  ['real reports', benchRealNews],
  ['VS Code features', benchFeatures],
  ['compare', benchCompare],
];
