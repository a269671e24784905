/**
 * Department rules: department-unknown, department-cycle, head-not-in-department,
 * department-without-head, empty-department, headcount-over-budget.
 * ORG is lines 1–3 and `---` line 4, so the first department starts on line 5.
 */
import { describe, expect, it } from 'vitest';
import { lint, only, where, ORG } from '../../helpers.js';
import departmentUnknown from '../../../src/lint/rules/department-unknown.js';
import { ruleTester } from '../ruleTester.js';

describe('department-unknown', () => {
  const org =
    ORG +
    `---
kind: Department
id: support
name: 客服部
head: cs-lead
roles:
  - id: cs-lead
    title: 客服主管
---
kind: Department
id: returns
name: 退货组
parent: suport
---
kind: Role
id: temp
title: 临时工
department: suport
reports_to: cs-lead
---
kind: Role
id: helper
title: 帮手
department: cs-leed
reports_to: cs-lead
---
kind: Role
id: clerk
title: 文员
department: cs-lead
reports_to: cs-lead
`;

  it("points at a role's department and a department's parent, suggesting department ids only", () => {
    const f = only(lint(org), 'department-unknown');
    expect(where(f)).toEqual([
      'department-unknown@16:9',
      'department-unknown@21:13',
      'department-unknown@27:13',
      'department-unknown@33:13',
    ]);
    expect(f[0]!.message).toBe("department 'returns' has parent 'suport', which is not a department (did you mean 'support'?)");
    expect(f[1]!.message).toBe("role 'temp' is in department 'suport', which is not a department (did you mean 'support'?)");
    // 'cs-leed' is one edit from the role 'cs-lead', but a role is not what `department` expects.
    expect(f[2]!.message).toBe("role 'helper' is in department 'cs-leed', which is not a department");
    expect(f[3]!.message).toBe("role 'clerk' is in department 'cs-lead', which is not a department (it is a Role)");
  });

  it('is quiet when departments and parents resolve', () => {
    const f = lint(
      ORG +
        `---
kind: Department
id: support
name: 客服部
head: cs-lead
roles:
  - id: cs-lead
    title: 客服主管
---
kind: Role
id: temp
title: 临时工
department: support
reports_to: cs-lead
`,
    );
    expect(f).toEqual([]);
  });
});

ruleTester(departmentUnknown, {
  valid: [ORG + '---\nkind: Department\nid: d\nname: D\n---\nkind: Department\nid: e\nname: E\nparent: d\n'],
  invalid: [
    {
      code: ORG + '---\nkind: Department\nid: sales\nname: S\n---\nkind: Department\nid: e\nname: E\nparent: sale\n',
      errors: [
        {
          messageId: 'parent',
          data: { department: 'e', target: 'sale', hint: " (did you mean 'sales'?)" },
          line: 12,
          column: 9,
          endLine: 12,
          endColumn: 13,
          path: ['parent'],
        },
      ],
    },
    {
      // A role whose department is a role: the message says what the id is instead.
      code: ORG + '---\nkind: Role\nid: r\ntitle: R\ndepartment: r\n',
      errors: [
        {
          messageId: 'roleDepartment',
          data: { role: 'r', target: 'r', hint: ' (it is a Role)' },
          line: 8,
          column: 13,
          endLine: 8,
          endColumn: 14,
        },
      ],
    },
  ],
});
