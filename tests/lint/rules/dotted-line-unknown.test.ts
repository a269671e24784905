/**
 * Reporting-line rules: reports-to-unknown, reporting-cycle, multiple-roots,
 * cross-department-reporting, dotted-line-*, span-of-control, max-depth.
 * Line numbers in comments count from the top of each org (ORG is lines 1–3).
 */
import { describe, expect, it } from 'vitest';
import { lint, where, ORG } from '../../helpers.js';
import dottedLineUnknown from '../../../src/lint/rules/dotted-line-unknown.js';
import { ruleTester } from '../ruleTester.js';

describe('dotted-line-unknown', () => {
  it('points at the unknown entry and suggests a role id', () => {
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
    dotted_line: [crm-lead, crm-leed]
`,
    );
    expect(where(f)).toEqual(['dotted-line-unknown@18:29']);
    expect(f[0]!.message).toBe("role 'analyst' has a dotted line to 'crm-leed', which is not a role (did you mean 'crm-lead'?)");
  });

  it('is quiet when every dotted line names a role', () => {
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
    dotted_line:
      - crm-lead
`,
    );
    expect(f).toEqual([]);
  });
});

/** a, and b under a with `dotted_line` on line 15 (the list opens at column 18). */
const dotted = (list: string) => `${ORG}---
kind: Department
id: d
name: D
head: a
roles:
  - id: a
    title: A
  - id: b
    title: B
    reports_to: a
    dotted_line: ${list}
`;

ruleTester(dottedLineUnknown, {
  // A redundant line is dotted-line-redundant's finding, not this rule's.
  valid: [dotted('[a]'), dotted('[]')],
  invalid: [
    {
      code: dotted('[a, bb]'),
      errors: [
        {
          messageId: 'notARole',
          data: { role: 'b', target: 'bb', suggestion: " (did you mean 'b'?)" },
          line: 15,
          column: 22,
          endLine: 15,
          endColumn: 24,
          path: ['dotted_line', 1],
        },
      ],
    },
  ],
});
