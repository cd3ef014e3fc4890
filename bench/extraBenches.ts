/** The feature benchmarks that `bench.ts` runs after the core's figures. */
import { benchCompare } from './compareBench';
import { benchRealNews } from './realnewsEval';
import { benchPeopleView } from './peopleViewBench';
import { benchFeatures } from './vscodeFeatures';
import { benchScale } from './scaleBench';
import { benchStartup } from './startupBench';
import { benchDates } from './datesEval';
import { benchPd1998 } from './pd1998Eval';
import { benchTrainCheck } from './trainCheck';

export const extraBenches: [string, () => Promise<Record<string, string | number>>][] = [
  ['real reports', benchRealNews],
  ['VS Code features', benchFeatures],
  ['compare', benchCompare],
  ['first highlight', benchStartup],
  ['scale', benchScale],
  ['dates and events on real reports', () => benchDates()],
  ['People view', benchPeopleView],
  ['PD1998', benchPd1998],
  ['labeller model', benchTrainCheck],
];
