/**
 * Department rules: department-unknown, department-cycle, head-not-in-department,
 * department-without-head, empty-department, headcount-over-budget.
 * ORG is lines 1–3 and `---` line 4, so the first department starts on line 5.
 */
import { describe, expect, it } from 'vitest';
import { lint, where, ORG } from '../../helpers.js';
import departmentWithoutHead from '../../../src/lint/rules/department-without-head.js';
import { ruleTester } from '../ruleTester.js';

describe('department-without-head and empty-department', () => {
  it('warn at the id of a department with roles but no head, and of one with nothing in it', () => {
    const f = lint(
      ORG +
        `---
kind: Department
id: marketing
name: 市场部
roles:
  - id: mk-lead
    title: 市场主管
---
kind: Department
id: research
name: 研究部
`,
    );
    expect(where(f)).toEqual(['department-without-head@6:5', 'empty-department@13:5']);
    expect(f.map((x) => x.severity)).toEqual(['warning', 'warning']);
    expect(f[0]!.message).toContain(
      "department 'marketing' (市场部) has 1 role(s) but no head: name the role that leads it with head: <role id>",
    );
    expect(f[1]!.message).toContain(
      "department 'research' (研究部) has no roles and no sub-departments: give it roles or sub-departments, or delete it",
    );
  });

  it('are quiet on a department whose only content is a sub-department', () => {
    const f = lint(
      ORG +
        `---
kind: Department
id: ecommerce
name: 电商部
---
kind: Department
id: cs
name: 客服部
parent: ecommerce
head: cs-lead
roles:
  - id: cs-lead
    title: 客服主管
`,
    );
    expect(f).toEqual([]);
  });
});

ruleTester(departmentWithoutHead, {
  valid: [
    ORG + '---\nkind: Department\nid: d\nname: D\nhead: mk\nroles:\n  - id: mk\n    title: M\n',
    ORG + '---\nkind: Department\nid: d\nname: D\n',
  ],
  invalid: [
    {
      code: ORG + '---\nkind: Department\nid: marketing\nname: 市场部\nroles:\n  - id: mk\n    title: M\n',
      errors: [
        {
          messageId: 'noHead',
          data: { department: "department 'marketing' (市场部)", roles: 1 },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 14,
          path: ['id'],
        },
      ],
    },
  ],
});
