/**
 * Linear-time checks: how many times more CPU `slow` takes than `base`, the
 * best of `reps` runs of each, taken in turn. A ratio against a linear
 * baseline of the same size, never an absolute time: a quadratic path shows as
 * a ratio that grows with the input, however fast or busy the machine is.
 *
 * CPU time, not the clock: on a loaded machine a run is paused whenever
 * another process has the core, and a long run is paused more often than a
 * short one (a 10 ms baseline can finish inside one time slice, a 400 ms run
 * never does), so a ratio of clock times grew with the load — up to 2.7×
 * with two busy processes on two cores, enough to fail a linear path.
 */
import { setImmediate as turn } from 'node:timers/promises';

/** One run: the CPU time this process spent on it, in ms. */
function cpuOf(fn: () => unknown): number {
  const start = process.cpuUsage();
  fn();
  const spent = process.cpuUsage(start);
  return (spent.user + spent.system) / 1000;
}

/**
 * Between runs the event loop turns: a test worker whose thread is held for a minute (a slow side of a
 * few seconds, repeated, on a loaded machine) misses vitest's answer and fails the whole run.
 */
export async function slowdown(base: () => unknown, slow: () => unknown, reps = 5): Promise<number> {
  let bestBase = Infinity;
  let bestSlow = Infinity;
  // One untimed run of each first: the first call compiles the code paths, which would otherwise count against the side measured first.
  slow();
  await turn();
  base();
  for (let i = 0; i < reps; i++) {
    await turn();
    bestSlow = Math.min(bestSlow, cpuOf(slow));
    await turn();
    bestBase = Math.min(bestBase, cpuOf(base));
  }
  return bestSlow / bestBase;
}

/**
 * The timeout of a test that calls `slowdown`: each side runs `reps + 1` times, seconds each on a busy
 * machine, so minutes in all. Only a hang guard: the ratio is the assertion, never the time.
 */
export const SLOWDOWN_HANG_GUARD = 600_000;
