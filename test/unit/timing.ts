/** Timing helpers for the linear-time tests: ratios of the fastest runs, which machine load does not move much. */

/** The fastest of several runs: the cost of the work itself, with garbage collection and other load left out. */
export function fastestMs(run: () => void, times: number): number {
  let fastest = Infinity;
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

/** How many times the text grows in `growthRatio`: linear work costs this many times more, quadratic its square. */
export const GROWTH = 16;
/** Twice linear: clear of timing noise on a loaded two-core machine, far below quadratic (256×). */
export const LINEAR_BOUND = 2 * GROWTH;

/** Measurements taken before a ratio over the bound is believed: noise passes, quadratic work fails every one. */
export const ATTEMPTS = 3;

export interface GrowthMeasurement {
  ratio: number;
  smallMs: number;
  largeMs: number;
}

/**
 * The fastest time on `GROWTH` times the input divided by the fastest on the input, the small time floored at
 * 10 ms: below that, timer noise dominates and only the ratio of measurable times means anything. A ratio over
 * LINEAR_BOUND is measured again, up to ATTEMPTS times, and the lowest kept: one busy moment of a shared
 * two-core machine (once 35× here) does not repeat, while quadratic work (256×) is over the bound every time.
 */
export function growthRatio(run: (scale: number) => void): GrowthMeasurement {
  run(1); // warm up the JIT on the small input, so compilation is not counted
  let best: GrowthMeasurement | undefined;
  for (let attempt = 0; attempt < ATTEMPTS && !(best && best.ratio < LINEAR_BOUND); attempt++) {
    const smallMs = fastestMs(() => run(1), 5);
    const largeMs = fastestMs(() => run(GROWTH), 3);
    const measured = { ratio: largeMs / Math.max(smallMs, 10), smallMs, largeMs };
    if (!best || measured.ratio < best.ratio) best = measured;
  }
  return best!;
}
