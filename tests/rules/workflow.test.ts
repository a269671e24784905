import { describe, expect, it } from 'vitest';
import type { Step, Workflow } from '../../src/model/types.js';
import { canFinish, reachableFromEntry, stepGraph, traps } from '../../src/lint/rules/utils/workflowGraph.js';
import { lint, only, ORG, where } from '../helpers.js';

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

const WORKFLOW_RULES = ['workflow-role-unknown', 'workflow-step-unknown', 'workflow-unreachable-step', 'workflow-no-end', 'workflow-unstaffed-step'];
const workflowFindings = (workflow: string) => withWorkflow(workflow).filter((f) => WORKFLOW_RULES.includes(f.rule));

describe('workflow-role-unknown', () => {
  const f = only(
    withWorkflow(`kind: Workflow
id: 订单处理
name: 订单处理流程
owner: wh-leed
steps:
  - id: pick
    role: 拣货元
    accountable: boss
    consulted: [wh-lead, finance]
    informed:
      - planner
      - ceo
`),
    'workflow-role-unknown',
  );

  it('reports owner, responsible, accountable, consulted and informed at the value', () => {
    expect(where(f)).toEqual([
      'workflow-role-unknown@23:8',
      'workflow-role-unknown@26:11',
      'workflow-role-unknown@27:18',
      'workflow-role-unknown@28:26',
      'workflow-role-unknown@31:9',
    ]);
    expect(f.every((x) => x.entity === '订单处理' && x.severity === 'error')).toBe(true);
  });

  it('names the workflow, the step and the RACI letter, with did-you-mean', () => {
    expect(f[0]!.message).toBe("workflow '订单处理' is owned by 'wh-leed', which is not a role (did you mean 'wh-lead'?)");
    expect(f[1]!.message).toBe("workflow '订单处理' step 'pick' names as responsible '拣货元', which is not a role (did you mean '拣货员'?)");
    expect(f[2]!.message).toContain("as accountable 'boss'");
    expect(f[3]!.message).toContain("as consulted 'finance'");
    expect(f[4]!.message).toContain("as informed 'ceo'");
  });

  it('is quiet when every role exists', () => {
    const quiet = workflowFindings(`kind: Workflow
id: ok
name: 正常流程
owner: wh-lead
steps:
  - id: pick
    role: 拣货员
    consulted: [wh-lead]
    informed: [wh-lead]
  - id: pack
    role: wh-lead
    accountable: wh-lead
`);
    expect(quiet).toEqual([]);
  });

  it('does not make a workflow with a schema error the subject of rules', () => {
    const f = withWorkflow(`kind: Workflow
id: broken
name: 坏流程
ownr: wh-lead
steps:
  - id: pick
    role: nobody
    next: [nowhere]
`);
    expect(f.filter((x) => WORKFLOW_RULES.includes(x.rule))).toEqual([]);
    expect(where(only(f, 'schema'))).toEqual(['schema@23:1']);
  });
});

describe('workflow-step-unknown', () => {
  const all = withWorkflow(`kind: Workflow
id: returns
name: 退货
steps:
  - id: receive
    role: wh-lead
    next: [inspect, refnd]
  - id: inspect
    role: wh-lead
  - id: refund
    role: wh-lead
    next: []
  - id: inspect
    role: 拣货员
`);
  const f = only(all, 'workflow-step-unknown');

  it('reports a next naming no step (at the value) and a repeated step id (at the later id)', () => {
    expect(where(f)).toEqual(['workflow-step-unknown@26:21', 'workflow-step-unknown@32:9']);
    expect(f[0]!.message).toBe("workflow 'returns' step 'receive' goes next to 'refnd', which is not a step of the workflow (did you mean 'refund'?)");
    expect(f[1]!.message).toBe("workflow 'returns' has two steps with id 'inspect' (steps 2 and 4); step ids must be unique within a workflow");
    expect(f.every((x) => x.entity === 'returns')).toBe(true);
  });

  it('counts a next naming no step as an end, so a loop through it is not workflow-no-end', () => {
    const f = workflowFindings(`kind: Workflow
id: loop
name: 循环
steps:
  - id: a
    role: wh-lead
  - id: b
    role: wh-lead
    next: [a, archve]
`);
    expect(f.map((x) => x.rule)).toEqual(['workflow-step-unknown']);
  });

  it('is quiet for next ids of existing steps and unique step ids', () => {
    expect(
      workflowFindings(`kind: Workflow
id: ok
name: 正常
steps:
  - id: a
    role: wh-lead
    next: [c, b]
  - id: b
    role: wh-lead
  - id: c
    role: wh-lead
`),
    ).toEqual([]);
  });
});

describe('workflow-unreachable-step', () => {
  it('warns at the id of each step no path from the first step reaches', () => {
    const f = only(
      withWorkflow(`kind: Workflow
id: 发货
name: 发货流程
steps:
  - id: pick
    role: wh-lead
    next: [ship]
  - id: pack
    role: wh-lead
  - id: ship
    role: wh-lead
    next: []
  - id: 归档
    role: wh-lead
`),
      'workflow-unreachable-step',
    );
    expect(where(f)).toEqual(['workflow-unreachable-step@27:9', 'workflow-unreachable-step@32:9']);
    expect(f[0]!.message).toBe("workflow '发货' step 'pack' cannot be reached from the first step 'pick'");
    expect(f[1]!.message).toContain("step '归档'");
    expect(f.every((x) => x.severity === 'warning' && x.entity === '发货')).toBe(true);
  });

  it('is quiet when the default next (the following step) and branches reach every step', () => {
    const f = workflowFindings(`kind: Workflow
id: ok
name: 正常
steps:
  - id: a
    role: wh-lead
  - id: b
    role: wh-lead
    next: [d, c]
  - id: c
    role: wh-lead
    next: []
  - id: d
    role: wh-lead
`);
    expect(f).toEqual([]);
  });
});

describe('workflow-no-end', () => {
  const f = only(
    withWorkflow(`kind: Workflow
id: 投诉处理
name: 投诉处理流程
steps:
  - id: start
    role: wh-lead
    next: [review]
  - id: review
    role: wh-lead
  - id: fix
    role: wh-lead
    next: [review]
  - id: spin
    role: wh-lead
    next: [spin]
  - id: done
    role: wh-lead
    next: []
`),
    'workflow-no-end',
  );

  it('reports each loop with no way out once, at its first step, naming the loop', () => {
    expect(where(f)).toEqual(['workflow-no-end@27:9', 'workflow-no-end@32:9']);
    expect(f[0]!.message).toBe("workflow '投诉处理' never ends once it reaches step 'review': steps 'review', 'fix' form a loop with no way out");
    expect(f[1]!.message).toBe("workflow '投诉处理' never ends once it reaches step 'spin': step 'spin' only leads back to itself");
    expect(f.every((x) => x.severity === 'error' && x.entity === '投诉处理')).toBe(true);
  });

  it('is quiet for a loop with a way out', () => {
    expect(
      workflowFindings(`kind: Workflow
id: rework
name: 返工
steps:
  - id: make
    role: wh-lead
  - id: check
    role: wh-lead
    next: [make, ship]
  - id: ship
    role: wh-lead
`),
    ).toEqual([]);
  });
});

describe('workflow-unstaffed-step', () => {
  it("warns at a step's role when that role has headcount 0", () => {
    const f = only(
      withWorkflow(`kind: Workflow
id: restock
name: 补货
steps:
  - id: plan
    role: planner
  - id: order
    role: wh-lead
    consulted: [planner]
`),
      'workflow-unstaffed-step',
    );
    expect(where(f)).toEqual(['workflow-unstaffed-step@25:11']);
    expect(f[0]!.message).toBe("workflow 'restock' step 'plan' is the responsibility of role 'planner', which has headcount 0 (no funded seats)");
    expect(f[0]!.severity).toBe('warning');
    expect(f[0]!.entity).toBe('restock');
  });

  it('is quiet for roles with seats, and leaves unknown roles to workflow-role-unknown', () => {
    const f = workflowFindings(`kind: Workflow
id: ok
name: 正常
steps:
  - id: a
    role: 拣货员
  - id: b
    role: ghost
`);
    expect(f.map((x) => x.rule)).toEqual(['workflow-role-unknown']);
  });
});

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
