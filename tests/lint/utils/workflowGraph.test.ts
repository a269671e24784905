import { describe, expect, it } from 'vitest';
import type { Step, Workflow } from '../../../src/model/types.js';
import { canFinish, reachableFromEntry, stepGraph, traps } from '../../../src/lint/rules/utils/workflowGraph.js';
import { lint, only, ORG, where } from '../../helpers.js';

/**
 * ORG (lines 1–3) and a warehouse department (lines 4–18); `workflow` starts
 * at line 20, so its `kind:` is line 20.
 */
const WAREHOUSE = `---
kind: Department
id: wh
name: 仓储部
head: wh-lead
roles:
  - id: wh-lead
    title: 仓储主管
  - id: 拣货员
    title: 拣货员
    reports_to: wh-lead
  - id: planner
    title: 计划员
    reports_to: wh-lead
    headcount: 0
---
`;
const withWorkflow = (workflow: string) => lint(ORG + WAREHOUSE + workflow);

const WORKFLOW_RULES = [
  'workflow-role-unknown',
  'workflow-step-unknown',
  'workflow-unreachable-step',
  'workflow-no-end',
  'workflow-unstaffed-step',
];
const workflowFindings = (workflow: string) => withWorkflow(workflow).filter((f) => WORKFLOW_RULES.includes(f.rule));

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

  it('handles a 100 000-step loop in linear time without recursion', () => {
    const n = 100_000;
    const g = stepGraph(chain(n, (i) => (i === n - 1 ? ['s0'] : undefined)));
    const start = performance.now();
    const finishes = canFinish(g);
    const found = traps(g, finishes);
    const reached = reachableFromEntry(g);
    expect(performance.now() - start).toBeLessThan(2000);
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
});
