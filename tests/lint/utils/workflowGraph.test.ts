import { describe, expect, it } from 'vitest';
import type { Step, Workflow } from '../../../src/model/types.js';
import { canFinish, loopsAndReach, reachableFromEntry, stepGraph, traps } from '../../../src/lint/rules/utils/workflowGraph.js';

describe('workflow graph', () => {
  /** A synthetic workflow of `n` steps s0…s(n-1); `next(i)` gives explicit next ids or undefined. */
  function chain(n: number, next: (i: number) => string[] | undefined): Workflow {
    const steps: Step[] = Array.from({ length: n }, (_, i) => ({
      id: `s${i}`,
      name: `s${i}`,
      role: 'r',
      accountable: 'r',
      accountableGiven: false,
      consulted: [],
      informed: [],
      next: next(i),
      index: i,
    }));
    return { steps } as Workflow;
  }

  // Recursion would overflow the stack on a chain this long: finishing is the check, not how fast.
  it('handles a 100 000-step loop without recursion', { timeout: 60_000 }, () => {
    const n = 100_000;
    const g = stepGraph(chain(n, (i) => (i === n - 1 ? ['s0'] : undefined)));
    const finishes = canFinish(g);
    const found = traps(g, finishes);
    const reached = reachableFromEntry(g);
    expect(found).toHaveLength(1);
    expect(found[0]).toHaveLength(n);
    expect(reached.every(Boolean)).toBe(true);
  });

  it('finds only the loops nothing leaves, not the steps leading into them', () => {
    // s0 → s1 ⇄ s2 (trap), s0 → s3 → s4 → s3 (trap), s5 end (unreachable)
    const next: Record<number, string[]> = { 0: ['s1', 's3'], 1: ['s2'], 2: ['s1'], 3: ['s4'], 4: ['s3'], 5: [] };
    const g = stepGraph(chain(6, (i) => next[i]));
    expect(traps(g, canFinish(g))).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(reachableFromEntry(g)).toEqual([true, true, true, true, true, false]);
  });

  it('gives each loop the following step as its way out, and the steps only it reaches as cut off', () => {
    // s0 → s1 → s0 (trap; s1 skips s2), s2 → s3 → s2 (trap; s3 skips s4), s4 end, s5 after an end: nothing leads to it.
    const next: Record<number, string[]> = { 1: ['s0'], 3: ['s2'], 4: [] };
    const a = loopsAndReach(stepGraph(chain(6, (i) => next[i])));
    expect(a.traps).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(a.exits).toEqual([
      { from: 1, to: 2 },
      { from: 3, to: 4 },
    ]);
    expect(a.cutOff).toEqual([[2, 3], [4]]);
    expect(a.reached).toEqual([true, true, true, true, true, false]);
  });

  it('gives a loop no way out through a following step that leads back into it', () => {
    const next: Record<number, string[]> = { 1: ['s0'], 2: ['s1'] };
    const a = loopsAndReach(stepGraph(chain(3, (i) => next[i])));
    expect(a.exits).toEqual([undefined]);
    expect(a.cutOff).toEqual([[]]);
    expect(a.reached).toEqual([true, true, false]);
  });

  // 50 000 loops in a row, each cutting off all that follow: finishing is the check (no recursion, linear).
  it('handles 100 000 steps of loops in a row', { timeout: 60_000 }, () => {
    const n = 100_000;
    const a = loopsAndReach(stepGraph(chain(n, (i) => (i % 2 ? [`s${i - 1}`] : undefined))));
    expect(a.traps).toHaveLength(n / 2);
    expect(a.reached.every(Boolean)).toBe(true);
    expect(a.cutOff[0]).toEqual([2, 3]);
    expect(a.cutOff[n / 2 - 1]).toEqual([]);
  });
});
