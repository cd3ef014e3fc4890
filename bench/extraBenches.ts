/** The feature benchmarks that `bench.ts` runs after the core's figures. */
import { benchCompare } from './compareBench';
import { benchFeatures } from './vscodeFeatures';
import { benchScale } from './scaleBench';
import { benchStartup } from './startupBench';

export const extraBenches: [string, () => Promise<Record<string, string | number>>][] = [
  ['VS Code features', benchFeatures],
  ['compare', benchCompare],
  ['first highlight', benchStartup],
  ['scale', benchScale],
];
