/**
 * Department rules: department-unknown, department-cycle, head-not-in-department,
 * department-without-head, empty-department, headcount-over-budget.
 * ORG is lines 1–3 and `---` line 4, so the first department starts on line 5.
 */
import { describe, expect, it } from 'vitest';
import { lint, only, where, ORG } from '../helpers.js';

describe('department-unknown', () => {
  const org = ORG + `---
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
    expect(where(f)).toEqual(['department-unknown@16:9', 'department-unknown@21:13', 'department-unknown@27:13', 'department-unknown@33:13']);
    expect(f[0]!.message).toBe("department 'returns' has parent 'suport', which is not a department (did you mean 'support'?)");
    expect(f[1]!.message).toBe("role 'temp' is in department 'suport', which is not a department (did you mean 'support'?)");
    // 'cs-leed' is one edit from the role 'cs-lead', but a role is not what `department` expects.
    expect(f[2]!.message).toBe("role 'helper' is in department 'cs-leed', which is not a department");
    expect(f[3]!.message).toBe("role 'clerk' is in department 'cs-lead', which is not a department (it is a Role)");
  });

  it('is quiet when departments and parents resolve', () => {
    const f = lint(ORG + `---
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
`);
    expect(f).toEqual([]);
  });
});

describe('department-cycle', () => {
  it('reports each parent loop once, on its first member in model order', () => {
    // 'child' comes first and hangs off the loop, so the walk enters it at dept-x, not dept-y.
    const f = only(lint(ORG + `---
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
`), 'department-cycle');
    expect(where(f)).toEqual(['department-cycle@13:9', 'department-cycle@23:9']);
    expect(f[0]!.message).toBe("department 'dept-y' is in a parent loop: dept-y → dept-x → dept-y");
    expect(f[1]!.message).toBe("department '自循环部' is its own parent: 自循环部 → 自循环部");
  });

  it('is quiet on a parent chain', () => {
    const f = lint(ORG + `---
kind: Department
id: a
name: 甲
parent: b
---
kind: Department
id: b
name: 乙
`);
    expect(only(f, 'department-cycle')).toEqual([]);
  });
});

describe('head-not-in-department', () => {
  it('fires on an unknown head (with a suggestion) and on a role of another department', () => {
    const f = lint(ORG + `---
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
`);
    const heads = only(f, 'head-not-in-department');
    expect(where(heads)).toEqual(['head-not-in-department@8:7', 'head-not-in-department@16:7']);
    expect(heads[0]!.message).toBe("department 'warehouse' has head 'wh-laed', which is not a role (did you mean 'wh-lead'?)");
    expect(heads[1]!.message).toBe("department 'support' has head 'wh-lead', but role 'wh-lead' is in department 'warehouse', not in 'support'");
  });

  it('does not accept the head of a sub-department, but is quiet on its own role', () => {
    const f = lint(ORG + `---
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
`);
    expect(where(f)).toEqual(['head-not-in-department@8:7']);
    const fixed = lint(ORG + `---
kind: Department
id: ecommerce
name: 电商部
head: ops-dir
roles:
  - id: ops-dir
    title: 运营总监
`);
    expect(fixed).toEqual([]);
  });
});

describe('department-without-head and empty-department', () => {
  it('warn at the id of a department with roles but no head, and of one with nothing in it', () => {
    const f = lint(ORG + `---
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
`);
    expect(where(f)).toEqual(['department-without-head@6:5', 'empty-department@13:5']);
    expect(f.map((x) => x.severity)).toEqual(['warning', 'warning']);
    expect(f[0]!.message).toContain("department 'marketing' (市场部) has 1 role(s) but no head");
    expect(f[1]!.message).toContain("department 'research' (研究部) has no roles and no sub-departments");
  });

  it('are quiet on a department whose only content is a sub-department', () => {
    const f = lint(ORG + `---
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
`);
    expect(f).toEqual([]);
  });
});

describe('headcount-over-budget', () => {
  const org = (budget: number) => ORG + `---
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
    expect(f[0]!.message).toBe("department 'logistics' (物流部) has 6 seats with its sub-departments, over its headcount_budget of 5");
  });

  it('is quiet when seats equal the budget', () => {
    expect(lint(org(6))).toEqual([]);
  });

  it('names a department whose id is its name once, not twice', () => {
    const f = lint(org(5).replace('id: logistics\nname: 物流部', 'id: 物流部\nname: 物流部').replace('parent: logistics', 'parent: 物流部'));
    expect(f.map((x) => x.message)).toEqual(["department '物流部' has 6 seats with its sub-departments, over its headcount_budget of 5"]);
  });
});
