/**
 * Reporting-line rules: reports-to-unknown, reporting-cycle, multiple-roots,
 * cross-department-reporting, dotted-line-*, span-of-control, max-depth.
 * Line numbers in comments count from the top of each org (ORG is lines 1–3).
 */
import { describe, expect, it } from 'vitest';
import { lint, only, where, ORG } from '../helpers.js';

/** An Organization with `rules:` set, as its own file (so other files' lines are unaffected). */
function orgWithRules(rules: string): string {
  return `${ORG}rules:\n${rules}\n`;
}

describe('reports-to-unknown', () => {
  it('points at reports_to and suggests the nearest role id (Chinese ids)', () => {
    const f = lint(ORG + `---
kind: Department
id: cs
name: 客服部
head: 客服主管
roles:
  - id: 客服主管
    title: 客服主管
  - id: 售前客服
    title: 售前客服
    reports_to: 客服主观
`);
    expect(where(only(f, 'reports-to-unknown'))).toEqual(['reports-to-unknown@14:17']);
    expect(only(f, 'reports-to-unknown')[0]!.message).toBe("role '售前客服' reports to '客服主观', which is not a role (did you mean '客服主管'?)");
  });

  it('reports an Organization top that names no role, at the top value', () => {
    const f = lint(`kind: Organization
id: acme
name: Acme
top: 总经里
---
kind: Department
id: mgmt
name: 总经办
head: 总经理
roles:
  - id: 总经理
    title: 总经理
`);
    expect(where(f)).toEqual(['reports-to-unknown@4:6']);
    expect(f[0]!.message).toContain("did you mean '总经理'");
  });

  it('is quiet when every reports_to resolves', () => {
    const f = lint(ORG + `---
kind: Department
id: cs
name: 客服部
head: cs-lead
roles:
  - id: cs-lead
    title: 客服主管
  - id: cs-agent
    title: 客服
    reports_to: cs-lead
`);
    expect(f).toEqual([]);
  });
});

describe('reporting-cycle', () => {
  it('reports a loop once, on its first member in model order, listing the loop', () => {
    // x hangs off the loop and comes first, so the walk enters the loop at b, not a.
    const f = lint(ORG + `---
kind: Department
id: ops
name: 运营部
head: a
roles:
  - id: x
    title: 外围
    reports_to: b
  - id: a
    title: 甲
    reports_to: c
  - id: b
    title: 乙
    reports_to: a
  - id: c
    title: 丙
    reports_to: b
`);
    expect(where(only(f, 'reporting-cycle'))).toEqual(['reporting-cycle@15:17']);
    expect(only(f, 'reporting-cycle')[0]!.message).toBe("role 'a' is in a reporting loop: a → c → b → a");
    expect(only(f, 'reporting-cycle')[0]!.entity).toBe('a');
  });

  it('reports a role that reports to itself', () => {
    const f = lint(ORG + `---
kind: Role
id: 运营主管
title: 运营主管
department: ops
reports_to: 运营主管
---
kind: Department
id: ops
name: 运营部
head: 运营主管
`);
    expect(where(only(f, 'reporting-cycle'))).toEqual(['reporting-cycle@9:13']);
    expect(only(f, 'reporting-cycle')[0]!.message).toContain('运营主管 → 运营主管');
  });

  it('reports on a valid member when the first member has a schema error', () => {
    const f = lint(ORG + `---
kind: Department
id: ops
name: 运营部
head: a
roles:
  - id: a
    title: 甲
    colour: red
    reports_to: b
  - id: b
    title: 乙
    reports_to: a
`);
    expect(where(only(f, 'reporting-cycle'))).toEqual(['reporting-cycle@16:17']);
    expect(only(f, 'reporting-cycle')[0]!.message).toContain('b → a → b');
  });

  it('does not count the declared top reporting to its own report as a loop (that is a schema error)', () => {
    const f = lint(`kind: Organization
id: acme
name: Acme
top: gm
---
kind: Department
id: mgmt
name: 总经办
head: gm
roles:
  - id: gm
    title: 总经理
    reports_to: deputy
  - id: deputy
    title: 副总
    reports_to: gm
`);
    expect(where(f)).toEqual(['schema@13:17']);
  });

  it('is quiet on a chain that ends at a top', () => {
    const f = lint(ORG + `---
kind: Department
id: ops
name: 运营部
head: a
roles:
  - id: a
    title: 甲
  - id: b
    title: 乙
    reports_to: a
  - id: c
    title: 丙
    reports_to: b
`);
    expect(only(f, 'reporting-cycle')).toEqual([]);
  });
});

describe('multiple-roots', () => {
  it('without Organization top, reports every root after the first, naming the first', () => {
    const f = lint(ORG + `---
kind: Department
id: mgmt
name: 总经办
head: a
roles:
  - id: a
    title: 甲
  - id: b
    title: 乙
  - id: c
    title: 丙
    reports_to: a
  - id: d
    title: 丁
`);
    expect(where(only(f, 'multiple-roots'))).toEqual(['multiple-roots@12:9', 'multiple-roots@17:9']);
    expect(only(f, 'multiple-roots').map((x) => x.entity)).toEqual(['b', 'd']);
    expect(only(f, 'multiple-roots')[0]!.message).toContain("neither has 'a'");
  });

  it('with Organization top, reports every other root, even one declared before the top', () => {
    const f = lint(`kind: Organization
id: acme
name: Acme
top: gm
---
kind: Department
id: mgmt
name: 总经办
head: gm
roles:
  - id: x
    title: 副总
  - id: gm
    title: 总经理
`);
    expect(where(f)).toEqual(['multiple-roots@11:9']);
    expect(f[0]!.message).toContain("the top is 'gm'");
  });

  it('does not make a role with an unknown manager a root', () => {
    const f = lint(ORG + `---
kind: Department
id: mgmt
name: 总经办
head: gm
roles:
  - id: gm
    title: 总经理
  - id: cs
    title: 客服
    reports_to: gmm
`);
    expect(where(f)).toEqual(['reports-to-unknown@14:17']);
  });

  it('does not multiply a misspelt reprots_to: one schema finding only', () => {
    const f = lint(ORG + `---
kind: Department
id: mgmt
name: 总经办
head: gm
roles:
  - id: gm
    title: 总经理
  - id: intern
    title: 实习生
    reprots_to: gm
`);
    expect(f.map((x) => x.rule)).toEqual(['schema']);
    expect(f[0]!.message).toContain("did you mean 'reports_to'");
  });

  it('is quiet with a single root and an Organization top that names no role', () => {
    const f = lint(`kind: Organization
id: acme
name: Acme
top: boss
---
kind: Department
id: mgmt
name: 总经办
head: gm
roles:
  - id: gm
    title: 总经理
`);
    expect(f.map((x) => x.rule)).toEqual(['reports-to-unknown']);
  });
});

describe('cross-department-reporting', () => {
  const org = ORG + `---
kind: Department
id: mgmt
name: 总经办
head: gm
roles:
  - id: gm
    title: 总经理
---
kind: Department
id: ecommerce
name: 电商部
parent: mgmt
head: ops-dir
roles:
  - id: ops-dir
    title: 运营总监
    reports_to: gm
  - id: analyst
    title: 数据分析
    reports_to: ops-dir
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
  - id: cs-trainer
    title: 客服培训
    reports_to: analyst
---
kind: Department
id: cs-night
name: 夜班客服
parent: cs
head: night-agent
roles:
  - id: night-agent
    title: 夜班客服
    reports_to: ops-dir
---
kind: Department
id: marketing
name: 市场部
parent: mgmt
head: mk-lead
roles:
  - id: mk-lead
    title: 市场主管
    reports_to: gm
  - id: designer
    title: 美工
    reports_to: cs-lead
  - id: copywriter
    title: 文案
    reports_to: mk-leed
`;

  it('fires for a manager outside the department chain (a non-head of the parent, a sibling department)', () => {
    const f = lint(org);
    // Quiet: ops-dir → gm (the top), cs-lead → ops-dir (parent's head), night-agent → ops-dir
    // (grandparent's head), copywriter (unknown manager: reports-to-unknown only).
    expect(where(only(f, 'cross-department-reporting'))).toEqual(['cross-department-reporting@37:17', 'cross-department-reporting@60:17']);
    const designer = only(f, 'cross-department-reporting')[1]!;
    expect(designer.entity).toBe('designer');
    expect(designer.severity).toBe('warning');
    expect(designer.message).toContain("reports to 'cs-lead' of department 'cs'");
    expect(designer.message).toContain("department 'marketing'");
    expect(where(only(f, 'reports-to-unknown'))).toEqual(['reports-to-unknown@63:17']);
  });

  it('is switched off by Organization.rules', () => {
    const f = lint({ 'a.yaml': orgWithRules('  cross-department-reporting: off'), 'b.yaml': org.slice(ORG.length) });
    expect(only(f, 'cross-department-reporting')).toEqual([]);
  });

  it('treats each of several roots as a top', () => {
    const f = lint(ORG + `---
kind: Department
id: mgmt
name: 总经办
head: gm
roles:
  - id: gm
    title: 总经理
---
kind: Department
id: board
name: 董事会
head: chair
roles:
  - id: chair
    title: 董事长
  - id: secretary
    title: 秘书
    reports_to: gm
`);
    expect(where(only(f, 'multiple-roots'))).toEqual(['multiple-roots@18:9']);
    expect(only(f, 'cross-department-reporting')).toEqual([]);
  });
});

describe('dotted-line-unknown', () => {
  it('points at the unknown entry and suggests a role id', () => {
    const f = lint(ORG + `---
kind: Department
id: ops
name: 运营部
head: ops-lead
roles:
  - id: ops-lead
    title: 运营主管
  - id: crm-lead
    title: 会员主管
    reports_to: ops-lead
  - id: analyst
    title: 数据分析
    reports_to: ops-lead
    dotted_line: [crm-lead, crm-leed]
`);
    expect(where(f)).toEqual(['dotted-line-unknown@18:29']);
    expect(f[0]!.message).toBe("role 'analyst' has a dotted line to 'crm-leed', which is not a role (did you mean 'crm-lead'?)");
  });

  it('is quiet when every dotted line names a role', () => {
    const f = lint(ORG + `---
kind: Department
id: ops
name: 运营部
head: ops-lead
roles:
  - id: ops-lead
    title: 运营主管
  - id: crm-lead
    title: 会员主管
    reports_to: ops-lead
  - id: analyst
    title: 数据分析
    reports_to: ops-lead
    dotted_line:
      - crm-lead
`);
    expect(f).toEqual([]);
  });
});

describe('dotted-line-redundant', () => {
  it('fires on the solid-line manager, the role itself and a repeated entry', () => {
    const f = lint(ORG + `---
kind: Department
id: ops
name: 运营部
head: ops-lead
roles:
  - id: ops-lead
    title: 运营主管
  - id: crm-lead
    title: 会员主管
    reports_to: ops-lead
  - id: analyst
    title: 数据分析
    reports_to: ops-lead
    dotted_line: [ops-lead, analyst, crm-lead, crm-lead]
`);
    expect(where(f)).toEqual(['dotted-line-redundant@18:19', 'dotted-line-redundant@18:29', 'dotted-line-redundant@18:48']);
    expect(f.map((x) => x.message)).toEqual([
      "role 'analyst' has a dotted line to 'ops-lead', which repeats its solid line (reports_to)",
      "role 'analyst' has a dotted line to 'analyst', which is the role itself",
      "role 'analyst' has a dotted line to 'crm-lead', which is already listed",
    ]);
  });

  it('leaves an unknown id to the unknown-id rules', () => {
    const f = lint(ORG + `---
kind: Department
id: ops
name: 运营部
head: ops-lead
roles:
  - id: ops-lead
    title: 运营主管
  - id: analyst
    title: 数据分析
    reports_to: boss
    dotted_line: [boss]
`);
    expect(f.map((x) => x.rule)).toEqual(['reports-to-unknown', 'dotted-line-unknown']);
  });
});

describe('span-of-control', () => {
  /** cs-lead (line 10) with two reports of the given seats; 'crm' (dotted to cs-lead) adds `dotted` seats elsewhere. */
  const team = (a: number, b: number, dotted = 0) => `---
kind: Department
id: cs
name: 客服部
head: cs-lead
roles:
  - id: cs-lead
    title: 客服主管
  - id: presales
    title: 售前客服
    reports_to: cs-lead
    headcount: ${a}
  - id: aftersales
    title: 售后客服
    reports_to: cs-lead
    headcount: ${b}
  - id: crm
    title: 会员专员
    reports_to: presales
    dotted_line: [cs-lead]
    headcount: ${dotted}
`;

  it('counts seats, not roles', () => {
    const f = lint(ORG + team(6, 5));
    expect(where(f)).toEqual(['span-of-control@10:9']);
    expect(f[0]!.message).toContain('11 direct reports');
    expect(f[0]!.message).toContain('maximum of 10');
  });

  it('is quiet at the limit, and dotted lines do not count', () => {
    expect(lint(ORG + team(6, 4, 9))).toEqual([]);
  });

  it('takes its limit from Organization.rules', () => {
    const f = lint({ 'a.yaml': orgWithRules('  span-of-control: [warn, {max: 3}]'), 'b.yaml': team(2, 2) });
    expect(where(f)).toEqual(['span-of-control@7:9']);
    expect(f[0]!.severity).toBe('warning');
    expect(f[0]!.message).toContain('maximum of 3');
    expect(lint({ 'b.yaml': ORG + team(2, 2) })).toEqual([]);
  });

  it('is switched off by `off`', () => {
    expect(lint({ 'a.yaml': orgWithRules('  span-of-control: off'), 'b.yaml': team(6, 5) })).toEqual([]);
  });
});

describe('max-depth', () => {
  /**
   * One department with a chain r0 ← r1 ← … ← rN (r0 the top). In its own file:
   * r0's id is on line 6, r1's on line 8, ri's on line 8 + 3(i−1).
   */
  const chain = (n: number, brokenAt?: number) => {
    let y = `kind: Department\nid: ops\nname: 运营部\nhead: r0\nroles:\n  - id: r0\n    title: 层0\n`;
    for (let i = 1; i <= n; i++) y += `  - id: r${i}\n    title: 层${i}\n    reports_to: ${i === brokenAt ? 'nobody' : `r${i - 1}`}\n`;
    return y;
  };
  const idLine = (i: number) => 8 + 3 * (i - 1);

  it('fires for each role more than 8 levels below the top by default', () => {
    const f = lint({ 'a.yaml': ORG, 'b.yaml': chain(10) });
    expect(where(f)).toEqual([`max-depth@${idLine(9)}:9`, `max-depth@${idLine(10)}:9`]);
    expect(f.map((x) => x.entity)).toEqual(['r9', 'r10']);
    expect(f[0]!.message).toBe("role 'r9' is 9 levels below the top 'r0', more than the maximum of 8");
  });

  it('is quiet at exactly the limit', () => {
    expect(lint({ 'a.yaml': ORG, 'b.yaml': chain(8) })).toEqual([]);
  });

  it('takes its limit from Organization.rules', () => {
    const f = lint({ 'a.yaml': orgWithRules('  max-depth: [error, {max: 2}]'), 'b.yaml': chain(3) });
    expect(where(f)).toEqual([`max-depth@${idLine(3)}:9`]);
    expect(f[0]!.severity).toBe('error');
  });

  it('skips roles below an unknown manager', () => {
    const f = lint({ 'a.yaml': orgWithRules('  max-depth: [warn, {max: 2}]'), 'b.yaml': chain(6, 2) });
    expect(f.map((x) => x.rule)).toEqual(['reports-to-unknown']);
  });
});
