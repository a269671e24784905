/**
 * Linear-time checks: how many times slower `slow` is than `base`, the best
 * of `reps` runs of each, taken in turn so that another process loading the
 * machine slows both alike. A ratio against a linear baseline of the same
 * size, never an absolute time: a quadratic path shows as a ratio that grows
 * with the input, however fast or busy the machine is.
 */

/** One run, in ms. */
function timeOf(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export function slowdown(base: () => unknown, slow: () => unknown, reps = 5): number {
  let bestBase = Infinity;
  let bestSlow = Infinity;
  // One untimed run of each first: the first call compiles the code paths, which would otherwise count against the side measured first.
  slow();
  base();
  for (let i = 0; i < reps; i++) {
    bestSlow = Math.min(bestSlow, timeOf(slow));
    bestBase = Math.min(bestBase, timeOf(base));
  }
  return bestSlow / bestBase;
}
