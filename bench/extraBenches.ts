/** The feature benchmarks that `bench.ts` runs after the core's figures. */
import { benchCompare } from './compareBench';
import { benchFeatures } from './vscodeFeatures';
import { benchPd1998 } from './pd1998Eval';

export const extraBenches: [string, () => Promise<Record<string, string | number>>][] = [
  ['VS Code features', benchFeatures],
  ['compare', benchCompare],
  ['PD1998', benchPd1998],
];
