/**
 * Department rules: department-unknown, department-cycle, head-not-in-department,
 * department-without-head, empty-department, headcount-over-budget.
 * ORG is lines 1–3 and `---` line 4, so the first department starts on line 5.
 */
import { describe, expect, it } from 'vitest';
import { lint, where, ORG } from '../../helpers.js';
import headcountOverBudget from '../../../src/lint/rules/headcount-over-budget.js';
import { ruleTester } from '../ruleTester.js';

describe('headcount-over-budget', () => {
  const org = (budget: number) =>
    ORG +
    `---
kind: Department
id: logistics
name: 物流部
head: log-lead
headcount_budget: ${budget}
roles:
  - id: log-lead
    title: 物流主管
    headcount: 2
---
kind: Department
id: delivery
name: 配送组
parent: logistics
head: courier
roles:
  - id: courier
    title: 配送员
    reports_to: log-lead
    headcount: 4
`;

  it('counts the seats of sub-departments and points at the budget', () => {
    const f = lint(org(5));
    expect(where(f)).toEqual(['headcount-over-budget@9:19']);
    expect(f[0]!.message).toBe(
      "department 'logistics' (物流部) has 6 seats with its sub-departments, over its headcount_budget of 5: raise headcount_budget, or cut seats (headcount) in it",
    );
  });

  it('is quiet when seats equal the budget', () => {
    expect(lint(org(6))).toEqual([]);
  });

  it('names a department whose id is its name once, not twice', () => {
    const f = lint(
      org(5).replace('id: logistics\nname: 物流部', 'id: 物流部\nname: 物流部').replace('parent: logistics', 'parent: 物流部'),
    );
    expect(f.map((x) => x.message)).toEqual([
      "department '物流部' has 6 seats with its sub-departments, over its headcount_budget of 5: raise headcount_budget, or cut seats (headcount) in it",
    ]);
  });
});

const budget = (n: number) =>
  `${ORG}---\nkind: Department\nid: d\nname: D\nhead: a\nheadcount_budget: ${n}\nroles:\n  - id: a\n    title: A\n    headcount: 2\n`;

ruleTester(headcountOverBudget, {
  valid: [budget(2)],
  invalid: [
    {
      code: budget(1),
      errors: [
        {
          messageId: 'overBudget',
          data: { department: "department 'd' (D)", seats: 2, budget: 1 },
          line: 9,
          column: 19,
          endLine: 9,
          endColumn: 20,
          path: ['headcount_budget'],
        },
      ],
    },
  ],
});
