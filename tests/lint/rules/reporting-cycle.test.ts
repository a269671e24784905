/**
 * Reporting-line rules: reports-to-unknown, reporting-cycle, multiple-roots,
 * cross-department-reporting, dotted-line-*, span-of-control, max-depth.
 * Line numbers in comments count from the top of each org (ORG is lines 1–3).
 */
import { describe, expect, it } from 'vitest';
import { lint, only, where, ORG } from '../../helpers.js';
import reportingCycle from '../../../src/lint/rules/reporting-cycle.js';
import { ruleTester } from '../ruleTester.js';

describe('reporting-cycle', () => {
  it('reports a loop once, on its first member in model order, listing the loop', () => {
    // x hangs off the loop and comes first, so the walk enters the loop at b, not a.
    const f = lint(
      ORG +
        `---
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
`,
    );
    expect(where(only(f, 'reporting-cycle'))).toEqual(['reporting-cycle@15:17']);
    expect(only(f, 'reporting-cycle')[0]!.message).toBe(
      "role 'a' is in a reporting loop: a → c → b → a: change the reports_to of one of them",
    );
    expect(only(f, 'reporting-cycle')[0]!.entity).toBe('a');
  });

  it('reports a role that reports to itself', () => {
    const f = lint(
      ORG +
        `---
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
`,
    );
    expect(where(only(f, 'reporting-cycle'))).toEqual(['reporting-cycle@9:13']);
    expect(only(f, 'reporting-cycle')[0]!.message).toContain('运营主管 → 运营主管');
  });

  it('reports on a valid member when the first member has a schema error', () => {
    const f = lint(
      ORG +
        `---
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
`,
    );
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
    const f = lint(
      ORG +
        `---
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
`,
    );
    expect(only(f, 'reporting-cycle')).toEqual([]);
  });
});

/** Roles a and b of department d; a's reports_to is line 12, b's line 15. */
const pair = (aReportsTo: string, bReportsTo: string) => `${ORG}---
kind: Department
id: d
name: D
head: a
roles:
  - id: a
    title: A
    reports_to: ${aReportsTo}
  - id: b
    title: B
    reports_to: ${bReportsTo}
`;

ruleTester(reportingCycle, {
  valid: [
    ORG + '---\nkind: Department\nid: d\nname: D\nhead: a\nroles:\n  - id: a\n    title: A\n  - id: b\n    title: B\n    reports_to: a\n',
  ],
  invalid: [
    {
      code: pair('b', 'a'),
      errors: [{ messageId: 'inLoop', data: { role: 'a', loop: 'a → b → a' }, line: 12, column: 17, endLine: 12, endColumn: 18 }],
    },
    {
      code: pair('a', 'a'),
      errors: [{ messageId: 'self', data: { role: 'a', loop: 'a → a' }, line: 12, column: 17, endLine: 12, endColumn: 18 }],
    },
  ],
});
