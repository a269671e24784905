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
    // spin follows fix in the list and does not lead back into review ⇄ fix: the way out the loop lacks.
    expect(f[0]!.message).toBe(
      "workflow '投诉处理' never ends once it reaches step 'review': steps 'review', 'fix' form a loop with no way out, so 'spin' cannot be reached: add 'spin' to the next of step 'fix' to go on after the loop",
    );
    expect(f[1]!.message).toBe(
      "workflow '投诉处理' never ends once it reaches step 'spin': step 'spin' only leads back to itself, so 'done' cannot be reached: add 'done' to its next to go on after it",
    );
    expect(f.every((x) => x.severity === 'error' && x.entity === '投诉处理')).toBe(true);
  });

  it('names the steps a loop cuts off and the next that leads on to them (one mistake, one finding)', () => {
    const f = workflowFindings(`kind: Workflow
id: 报销
name: 费用报销
steps:
  - id: 提交
    role: wh-lead
  - id: 审核
    role: wh-lead
    next: [提交]
  - id: 付款
    role: wh-lead
  - id: 归档
    role: wh-lead
    next: []
`);
    expect(f.map((x) => `${where([x])[0]!} ${x.message}`)).toEqual([
      "workflow-no-end@24:9 workflow '报销' never ends once it reaches step '提交': steps '提交', '审核' form a loop with no way out, so '付款', '归档' cannot be reached: add '付款' to the next of step '审核' to go on after the loop",
    ]);
  });

  it('gives each of two loops in a row its own finding, the first naming the second as cut off', () => {
    const f = workflowFindings(`kind: Workflow
id: 投诉
name: 投诉处理
steps:
  - id: 登记
    role: wh-lead
  - id: 核实
    role: wh-lead
    next: [登记]
  - id: 处理
    role: wh-lead
  - id: 回访
    role: wh-lead
    next: [处理]
`);
    expect(f.map((x) => `${where([x])[0]!} ${x.message}`)).toEqual([
      "workflow-no-end@24:9 workflow '投诉' never ends once it reaches step '登记': steps '登记', '核实' form a loop with no way out, so '处理', '回访' cannot be reached: add '处理' to the next of step '核实' to go on after the loop",
      "workflow-no-end@29:9 workflow '投诉' never ends once it reaches step '处理': steps '处理', '回访' form a loop with no way out: give one of them a next step out of the loop, or next: [] to end there",
    ]);
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
    {
      code: flow('  - id: s1\n    role: a\n  - id: s2\n    role: a\n    next: [s2]\n  - id: s3\n    role: a\n'),
      errors: [
        {
          messageId: 'selfLoopCutOff',
          data: { workflow: 'w', step: 's2', cutOff: "'s3'", exit: 's3' },
          line: 23,
          column: 9,
          endLine: 23,
          endColumn: 11,
          path: ['steps', 1, 'id'],
        },
      ],
    },
    {
      code: flow('  - id: s1\n    role: a\n  - id: s2\n    role: a\n    next: [s1]\n  - id: s3\n    role: a\n'),
      errors: [
        {
          messageId: 'loopCutOff',
          data: { workflow: 'w', step: 's1', steps: "'s1', 's2'", cutOff: "'s3'", exit: 's3', from: 's2' },
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
