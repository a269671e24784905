/**
 * Reporting-line rules: reports-to-unknown, reporting-cycle, multiple-roots,
 * cross-department-reporting, dotted-line-*, span-of-control, max-depth.
 * Line numbers in comments count from the top of each org (ORG is lines 1–3).
 */
import { describe, expect, it } from 'vitest';
import { lint, only, where, ORG } from '../../helpers.js';
import reportsToUnknown from '../../../src/lint/rules/reports-to-unknown.js';
import { ruleTester } from '../ruleTester.js';

describe('reports-to-unknown', () => {
  it('points at reports_to and suggests the nearest role id (Chinese ids)', () => {
    const f = lint(
      ORG +
        `---
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
`,
    );
    expect(where(only(f, 'reports-to-unknown'))).toEqual(['reports-to-unknown@14:17']);
    expect(only(f, 'reports-to-unknown')[0]!.message).toBe(
      "role '售前客服' reports to '客服主观', which is not a role (did you mean '客服主管'?)",
    );
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
    const f = lint(
      ORG +
        `---
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
`,
    );
    expect(f).toEqual([]);
  });
});

/** boss and a in department d; a's reports_to is line 14, its value from column 17. */
const team = (reportsTo: string, orgExtra = '') => `${ORG}${orgExtra}---
kind: Department
id: d
name: D
head: boss
roles:
  - id: boss
    title: B
  - id: a
    title: A
    reports_to: ${reportsTo}
`;

ruleTester(reportsToUnknown, {
  valid: [team('boss'), team('boss', 'top: boss\n')],
  invalid: [
    {
      code: team('bos'),
      errors: [
        {
          messageId: 'notARole',
          data: { role: 'a', target: 'bos', suggestion: " (did you mean 'boss'?)" },
          line: 14,
          column: 17,
          endLine: 14,
          endColumn: 20,
          path: ['reports_to'],
        },
      ],
    },
    {
      code: team('boss', 'top: bos\n'),
      errors: [
        {
          messageId: 'topNotARole',
          data: { top: 'bos', suggestion: " (did you mean 'boss'?)" },
          line: 4,
          column: 6,
          endLine: 4,
          endColumn: 9,
          path: ['top'],
        },
      ],
    },
  ],
});
