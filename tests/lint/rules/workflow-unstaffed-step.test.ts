import { describe, expect, it } from 'vitest';
import { only, ORG, where } from '../../helpers.js';
import workflowUnstaffedStep from '../../../src/lint/rules/workflow-unstaffed-step.js';
import { ruleTester } from '../ruleTester.js';
import { withWorkflow, workflowFindings } from '../workflowFixture.js';

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
    expect(f[0]!.message).toBe(
      "workflow 'restock' step 'plan' is the responsibility of role 'planner', which has headcount 0 (no funded seats): give the role headcount, or make another role responsible",
    );
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

/**
 * Role a, and z with headcount 0, in department d (lines 4–15); the workflow
 * w starts on line 16, `head` fields go on line 20 and the steps follow `steps:`.
 */
const flow = (steps: string, head = '') => `${ORG}---
kind: Department
id: d
name: D
head: a
roles:
  - id: a
    title: A
  - id: z
    title: Z
    reports_to: a
    headcount: 0
---
kind: Workflow
id: w
name: W
${head}steps:
${steps}`;

ruleTester(workflowUnstaffedStep, {
  // An unknown role is workflow-role-unknown's finding.
  valid: [flow('  - id: s1\n    role: a\n'), flow('  - id: s1\n    role: nobody\n')],
  invalid: [
    {
      code: flow('  - id: s1\n    role: a\n  - id: s2\n    role: z\n'),
      errors: [
        {
          messageId: 'unfunded',
          data: { workflow: 'w', step: 's2', role: 'z' },
          line: 24,
          column: 11,
          endLine: 24,
          endColumn: 12,
          path: ['steps', 1, 'role'],
        },
      ],
    },
  ],
});
