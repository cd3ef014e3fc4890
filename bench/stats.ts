/** The middle value (the upper of the two middles for an even count): the benches' summary of repeated timings. */
export function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}
