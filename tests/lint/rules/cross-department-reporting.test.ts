/**
 * Reporting-line rules: reports-to-unknown, reporting-cycle, multiple-roots,
 * cross-department-reporting, dotted-line-*, span-of-control, max-depth.
 * Line numbers in comments count from the top of each org (ORG is lines 1–3).
 */
import { describe, expect, it } from 'vitest';
import { lint, only, where, ORG } from '../../helpers.js';
import crossDepartmentReporting from '../../../src/lint/rules/cross-department-reporting.js';
import { ruleTester } from '../ruleTester.js';

/** An Organization with `rules:` set, as its own file (so other files' lines are unaffected). */
function orgWithRules(rules: string): string {
  return `${ORG}rules:\n${rules}\n`;
}

describe('cross-department-reporting', () => {
  const org =
    ORG +
    `---
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
    const f = lint(
      ORG +
        `---
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
`,
    );
    expect(where(only(f, 'multiple-roots'))).toEqual(['multiple-roots@18:9']);
    expect(only(f, 'cross-department-reporting')).toEqual([]);
  });
});

/** Department d (boss, m under boss) and e, whose head x reports to `manager` (line 23, value from column 17). */
const split = (manager: string) => `${ORG}---
kind: Department
id: d
name: D
head: boss
roles:
  - id: boss
    title: B
  - id: m
    title: M
    reports_to: boss
---
kind: Department
id: e
name: E
head: x
roles:
  - id: x
    title: X
    reports_to: ${manager}
`;

ruleTester(crossDepartmentReporting, {
  valid: [split('boss')],
  invalid: [
    {
      code: split('m'),
      errors: [
        {
          messageId: 'outsideChain',
          data: { role: 'x', department: 'e', manager: 'm', managerPlace: "of department 'd'" },
          line: 23,
          column: 17,
          endLine: 23,
          endColumn: 18,
        },
      ],
    },
  ],
});
