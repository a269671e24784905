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

const WORKFLOW_RULES = ['workflow-role-unknown', 'workflow-step-unknown', 'workflow-unreachable-step', 'workflow-no-end', 'workflow-unstaffed-step'];
const workflowFindings = (workflow: string) => withWorkflow(workflow).filter((f) => WORKFLOW_RULES.includes(f.rule));

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
