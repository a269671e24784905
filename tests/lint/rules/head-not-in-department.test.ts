/**
 * Department rules: department-unknown, department-cycle, head-not-in-department,
 * department-without-head, empty-department, headcount-over-budget.
 * ORG is lines 1–3 and `---` line 4, so the first department starts on line 5.
 */
import { describe, expect, it } from 'vitest';
import { lint, only, where, ORG } from '../../helpers.js';
import headNotInDepartment from '../../../src/lint/rules/head-not-in-department.js';
import { ruleTester } from '../ruleTester.js';

describe('head-not-in-department', () => {
  it('fires on an unknown head (with a suggestion) and on a role of another department', () => {
    const f = lint(
      ORG +
        `---
kind: Department
id: warehouse
name: 仓储部
head: wh-laed
roles:
  - id: wh-lead
    title: 仓储主管
---
kind: Department
id: support
name: 客服部
head: wh-lead
roles:
  - id: support-lead
    title: 客服主管
    reports_to: wh-lead
`,
    );
    const heads = only(f, 'head-not-in-department');
    expect(where(heads)).toEqual(['head-not-in-department@8:7', 'head-not-in-department@16:7']);
    expect(heads[0]!.message).toBe("department 'warehouse' has head 'wh-laed', which is not a role (did you mean 'wh-lead'?)");
    expect(heads[1]!.message).toBe(
      "department 'support' has head 'wh-lead', but role 'wh-lead' is in department 'warehouse', not in 'support': make a role of 'support' its head, or move role 'wh-lead' into it",
    );
  });

  it('does not accept the head of a sub-department, but is quiet on its own role', () => {
    const f = lint(
      ORG +
        `---
kind: Department
id: ecommerce
name: 电商部
head: cs-lead
roles:
  - id: ops-dir
    title: 运营总监
---
kind: Department
id: cs
name: 客服部
parent: ecommerce
head: cs-lead
roles:
  - id: cs-lead
    title: 客服主管
    reports_to: ops-dir
`,
    );
    expect(where(f)).toEqual(['head-not-in-department@8:7']);
    const fixed = lint(
      ORG +
        `---
kind: Department
id: ecommerce
name: 电商部
head: ops-dir
roles:
  - id: ops-dir
    title: 运营总监
`,
    );
    expect(fixed).toEqual([]);
  });
});

/** Department d with `head` on line 8 (value from column 7), and department e holding role x. */
const withHead = (head: string, more = '') => `${ORG}---
kind: Department
id: d
name: D
head: ${head}
roles:
  - id: boss
    title: B
---
kind: Department
id: e
name: E
roles:
  - id: x
    title: X
${more}`;

ruleTester(headNotInDepartment, {
  valid: [withHead('boss')],
  invalid: [
    {
      code: withHead('bos'),
      errors: [
        {
          messageId: 'notARole',
          data: { department: 'd', head: 'bos', suggestion: " (did you mean 'boss'?)" },
          line: 8,
          column: 7,
          endLine: 8,
          endColumn: 10,
        },
      ],
    },
    {
      code: withHead('x'),
      errors: [
        { messageId: 'elsewhere', data: { department: 'd', head: 'x', headDepartment: 'e' }, line: 8, column: 7, endLine: 8, endColumn: 8 },
      ],
    },
    {
      // A role with a schema error (no department) still exists for references.
      code: withHead('y', '---\nkind: Role\nid: y\ntitle: Y\n'),
      errors: [{ messageId: 'inNoDepartment', data: { department: 'd', head: 'y' }, line: 8, column: 7, endLine: 8, endColumn: 8 }],
    },
  ],
});
