import { describe, expect, it } from 'vitest';
import { only, ORG, where } from '../../helpers.js';
import workflowNoEnd from '../../../src/lint/rules/workflow-no-end.js';
import { ruleTester } from '../ruleTester.js';
import { withWorkflow, workflowFindings } from '../workflowFixture.js';

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
    expect(f[0]!.message).toBe(
      "workflow '投诉处理' never ends once it reaches step 'review': steps 'review', 'fix' form a loop with no way out: give one of them a next step out of the loop, or next: [] to end there",
    );
    expect(f[1]!.message).toBe(
      "workflow '投诉处理' never ends once it reaches step 'spin': step 'spin' only leads back to itself: give it a next step that leads on, or next: [] to end there",
    );
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

ruleTester(workflowNoEnd, {
  valid: [flow('  - id: s1\n    role: a\n    next: [s2, s1]\n  - id: s2\n    role: a\n')],
  invalid: [
    {
      code: flow('  - id: s1\n    role: a\n    next: [s1]\n'),
      errors: [{ messageId: 'selfLoop', data: { workflow: 'w', step: 's1' }, line: 21, column: 9, endLine: 21, endColumn: 11 }],
    },
    {
      code: flow('  - id: s1\n    role: a\n    next: [s2]\n  - id: s2\n    role: a\n    next: [s1]\n'),
      errors: [
        {
          messageId: 'loop',
          data: { workflow: 'w', step: 's1', steps: "'s1', 's2'" },
          line: 21,
          column: 9,
          endLine: 21,
          endColumn: 11,
          path: ['steps', 0, 'id'],
        },
      ],
    },
  ],
});
