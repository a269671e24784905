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
