import { describe, expect, it } from 'vitest';
import { only, ORG, where } from '../../helpers.js';
import workflowUnreachableStep from '../../../src/lint/rules/workflow-unreachable-step.js';
import { ruleTester } from '../ruleTester.js';
import { withWorkflow, workflowFindings } from '../workflowFixture.js';

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
    expect(f[0]!.message).toBe(
      "workflow '发货' step 'pack' cannot be reached from the first step 'pick': name it in an earlier step's next, or remove it",
    );
    expect(f[1]!.message).toContain("step '归档'");
    expect(f.every((x) => x.severity === 'warning' && x.entity === '发货')).toBe(true);
  });

  it('leaves a step reached only through a misspelt next to workflow-step-unknown (one mistake, one finding)', () => {
    const f = workflowFindings(`kind: Workflow
id: 报销
name: 费用报销
steps:
  - id: 提交
    role: wh-lead
    next: [审核单据]
  - id: 审核单据1
    role: wh-lead
  - id: 归档
    role: wh-lead
    next: []
  - id: 孤立
    role: wh-lead
`);
    // 审核单据 was meant as 审核单据1: its finding is the one to fix; 孤立 is unreached whatever the typo meant.
    expect(f.map((x) => `${x.rule}:${x.message.slice(0, 40)}`)).toEqual([
      expect.stringMatching(/^workflow-step-unknown:/),
      expect.stringMatching(/^workflow-unreachable-step:.*'孤立'/),
    ]);
  });

  it('leaves steps cut off by a loop with no way out to workflow-no-end, and still reports a step nothing leads to', () => {
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
  - id: 孤立
    role: wh-lead
`);
    // One mistake: 审核's next loops back with no way on to 付款 (and 归档 after it). Adding 付款 to it, the fix
    // workflow-no-end's finding names, reaches both; 孤立 (after an end, named by no next) stays unreached.
    expect(where(f)).toEqual(['workflow-no-end@24:9', 'workflow-unreachable-step@34:9']);
    expect(f[1]!.message).toContain("step '孤立'");
  });

  it('still reports a step after a loop when it only leads back into the loop (it is no way out)', () => {
    const f = workflowFindings(`kind: Workflow
id: 报销
name: 费用报销
steps:
  - id: 提交
    role: wh-lead
  - id: 审核
    role: wh-lead
    next: [提交]
  - id: 补充
    role: wh-lead
    next: [审核]
`);
    expect(where(f)).toEqual(['workflow-no-end@24:9', 'workflow-unreachable-step@29:9']);
    expect(f[0]!.message).not.toContain('补充');
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

ruleTester(workflowUnreachableStep, {
  valid: [
    flow('  - id: s1\n    role: a\n  - id: s2\n    role: a\n'),
    flow('  - id: s1\n    role: a\n    next: [s3]\n  - id: s2\n    role: a\n  - id: s3\n    role: a\n    next: [s2]\n'),
  ],
  invalid: [
    {
      code: flow('  - id: s1\n    role: a\n    next: []\n  - id: s2\n    role: a\n'),
      errors: [
        {
          messageId: 'unreachable',
          data: { workflow: 'w', step: 's2', entry: 's1' },
          line: 24,
          column: 9,
          endLine: 24,
          endColumn: 11,
          path: ['steps', 1, 'id'],
        },
      ],
    },
  ],
});
