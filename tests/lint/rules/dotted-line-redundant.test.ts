/**
 * Reporting-line rules: reports-to-unknown, reporting-cycle, multiple-roots,
 * cross-department-reporting, dotted-line-*, span-of-control, max-depth.
 * Line numbers in comments count from the top of each org (ORG is lines 1–3).
 */
import { describe, expect, it } from 'vitest';
import { lint, where, ORG } from '../../helpers.js';
import dottedLineRedundant from '../../../src/lint/rules/dotted-line-redundant.js';
import { ruleTester } from '../ruleTester.js';

describe('dotted-line-redundant', () => {
  it('fires on the solid-line manager, the role itself and a repeated entry', () => {
    const f = lint(
      ORG +
        `---
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
`,
    );
    expect(where(f)).toEqual(['dotted-line-redundant@18:19', 'dotted-line-redundant@18:29', 'dotted-line-redundant@18:48']);
    expect(f.map((x) => x.message)).toEqual([
      "role 'analyst' has a dotted line to 'ops-lead', which repeats its solid line (reports_to): remove it from dotted_line",
      "role 'analyst' has a dotted line to 'analyst', which is the role itself: remove it from dotted_line",
      "role 'analyst' has a dotted line to 'crm-lead', which is already listed: remove it from dotted_line",
    ]);
  });

  it('leaves an unknown id to the unknown-id rules', () => {
    const f = lint(
      ORG +
        `---
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
`,
    );
    expect(f.map((x) => x.rule)).toEqual(['reports-to-unknown', 'dotted-line-unknown']);
  });
});

/** a and c, and b under a with `dotted_line` on line 17 (the list opens at column 18). */
const dotted = (list: string) => `${ORG}---
kind: Department
id: d
name: D
head: a
roles:
  - id: a
    title: A
  - id: c
    title: C
  - id: b
    title: B
    reports_to: a
    dotted_line: ${list}
`;

ruleTester(dottedLineRedundant, {
  valid: [dotted('[c]'), dotted('[nobody]')],
  invalid: [
    {
      code: dotted('[a, b, c, c]'),
      errors: [
        { messageId: 'solidLine', data: { role: 'b', target: 'a' }, line: 17, column: 19, endLine: 17, endColumn: 20 },
        { messageId: 'self', data: { role: 'b', target: 'b' }, line: 17, column: 22, endLine: 17, endColumn: 23 },
        { messageId: 'repeated', data: { role: 'b', target: 'c' }, line: 17, column: 28, endLine: 17, endColumn: 29 },
      ],
    },
  ],
});
