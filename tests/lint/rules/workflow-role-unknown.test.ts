import { describe, expect, it } from 'vitest';
import { only, ORG, where } from '../../helpers.js';
import workflowRoleUnknown from '../../../src/lint/rules/workflow-role-unknown.js';
import { ruleTester } from '../ruleTester.js';
import { withWorkflow, WORKFLOW_RULES, workflowFindings } from '../workflowFixture.js';

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
    expect(f[1]!.message).toBe(
      "workflow '订单处理' step 'pick' names as responsible '拣货元', which is not a role (did you mean '拣货员'?)",
    );
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

ruleTester(workflowRoleUnknown, {
  valid: [flow('  - id: s1\n    role: a\n    accountable: z\n    consulted: [a]\n    informed: [z]\n', 'owner: a\n')],
  invalid: [
    {
      // owner on line 20; the step's role on line 23, consulted on 24, informed on 25.
      code: flow('  - id: s1\n    role: nobody\n    consulted: [a, 财务]\n    informed: [nobody]\n', 'owner: nobody\n'),
      errors: [
        {
          messageId: 'owner',
          data: { workflow: 'w', target: 'nobody', suggestion: '' },
          line: 20,
          column: 8,
          endLine: 20,
          endColumn: 14,
          path: ['owner'],
        },
        {
          messageId: 'stepRole',
          data: { workflow: 'w', step: 's1', raci: 'responsible', target: 'nobody', suggestion: '' },
          line: 23,
          column: 11,
          endLine: 23,
          endColumn: 17,
        },
        // Columns count UTF-16 code units: 财务 is two.
        { messageId: 'stepRole', line: 24, column: 20, endLine: 24, endColumn: 22, path: ['steps', 0, 'consulted', 1] },
        {
          messageId: 'stepRole',
          data: { workflow: 'w', step: 's1', raci: 'informed', target: 'nobody', suggestion: '' },
          line: 25,
          column: 16,
          endLine: 25,
          endColumn: 22,
        },
      ],
    },
    {
      code: flow('  - id: s1\n    role: a\n    accountable: nobody\n'),
      errors: [
        {
          messageId: 'stepRole',
          data: { workflow: 'w', step: 's1', raci: 'accountable', target: 'nobody', suggestion: '' },
          line: 23,
          column: 18,
          endLine: 23,
          endColumn: 24,
        },
      ],
    },
  ],
});
