/**
 * Department rules: department-unknown, department-cycle, head-not-in-department,
 * department-without-head, empty-department, headcount-over-budget.
 * ORG is lines 1–3 and `---` line 4, so the first department starts on line 5.
 */
import { describe, expect, it } from 'vitest';
import { lint, only, where, ORG } from '../../helpers.js';
import departmentCycle from '../../../src/lint/rules/department-cycle.js';
import { ruleTester } from '../ruleTester.js';

describe('department-cycle', () => {
  it('reports each parent loop once, on its first member in model order', () => {
    // 'child' comes first and hangs off the loop, so the walk enters it at dept-x, not dept-y.
    const f = only(
      lint(
        ORG +
          `---
kind: Department
id: child
name: 子部
parent: dept-x
---
kind: Department
id: dept-y
name: 乙部
parent: dept-x
---
kind: Department
id: dept-x
name: 甲部
parent: dept-y
---
kind: Department
id: 自循环部
name: 自循环部
parent: 自循环部
`,
      ),
      'department-cycle',
    );
    expect(where(f)).toEqual(['department-cycle@13:9', 'department-cycle@23:9']);
    expect(f[0]!.message).toBe("department 'dept-y' is in a parent loop: dept-y → dept-x → dept-y: change the parent of one of them");
    expect(f[1]!.message).toBe("department '自循环部' is its own parent: 自循环部 → 自循环部: give it its real parent, or none");
  });

  it('is quiet on a parent chain', () => {
    const f = lint(
      ORG +
        `---
kind: Department
id: a
name: 甲
parent: b
---
kind: Department
id: b
name: 乙
`,
    );
    expect(only(f, 'department-cycle')).toEqual([]);
  });
});

const depts = (aParent: string, bParent?: string) =>
  `${ORG}---\nkind: Department\nid: a\nname: A\nparent: ${aParent}\n---\nkind: Department\nid: b\nname: B\n${bParent ? `parent: ${bParent}\n` : ''}`;

ruleTester(departmentCycle, {
  valid: [depts('b')],
  invalid: [
    {
      code: depts('b', 'a'),
      errors: [{ messageId: 'inLoop', data: { department: 'a', loop: 'a → b → a' }, line: 8, column: 9, endLine: 8, endColumn: 10 }],
    },
    {
      code: depts('a'),
      errors: [{ messageId: 'ownParent', data: { department: 'a', loop: 'a → a' }, line: 8, column: 9, endLine: 8, endColumn: 10 }],
    },
  ],
});
