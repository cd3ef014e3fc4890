/**
 * Whether this bench file was run directly (node out/bench/NAME.js) rather than bundled into bench.js, where
 * require.main is bench.js's own module and a `require.main === module` guard would run it at import.
 */
export function runDirectly(name: string): boolean {
  return (process.argv[1] ?? '').endsWith(`${name}.js`);
}

/** The middle value (the upper of the two middles for an even count): the benches' summary of repeated timings. */
export function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}
