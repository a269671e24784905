import { describe, expect, it } from 'vitest';
import { only, ORG, where } from '../../helpers.js';
import workflowStepUnknown from '../../../src/lint/rules/workflow-step-unknown.js';
import { ruleTester } from '../ruleTester.js';
import { withWorkflow, workflowFindings } from '../workflowFixture.js';

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
    expect(f[0]!.message).toBe(
      "workflow 'returns' step 'receive' goes next to 'refnd', which is not a step of the workflow (did you mean 'refund'?)",
    );
    expect(f[1]!.message).toBe(
      "workflow 'returns' has two steps with id 'inspect' (steps 2 and 4): rename one of them (step ids must be unique within a workflow)",
    );
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

ruleTester(workflowStepUnknown, {
  valid: [flow('  - id: s1\n    role: a\n    next: [s2]\n  - id: s2\n    role: a\n')],
  invalid: [
    {
      // s1's next on line 23, the second s1 on line 24.
      code: flow('  - id: s1\n    role: a\n    next: [s3]\n  - id: s1\n    role: a\n'),
      errors: [
        { messageId: 'notAStep', line: 23, column: 12, endLine: 23, endColumn: 14, path: ['steps', 0, 'next', 0] },
        {
          messageId: 'duplicateStep',
          data: { workflow: 'w', step: 's1', first: 1, second: 2 },
          line: 24,
          column: 9,
          endLine: 24,
          endColumn: 11,
        },
      ],
    },
    {
      code: flow('  - id: s1\n    role: a\n    next: [nowhere]\n'),
      errors: [
        {
          messageId: 'notAStep',
          data: { workflow: 'w', step: 's1', target: 'nowhere', suggestion: '' },
          line: 23,
          column: 12,
          endLine: 23,
          endColumn: 19,
        },
      ],
    },
  ],
});
