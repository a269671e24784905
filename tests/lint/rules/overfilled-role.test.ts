/** Staffing rules: overfilled-role, vacant-manager. ORG is lines 1–3, `---` line 4. */
import { describe, expect, it } from 'vitest';
import { lint, where, ORG } from '../../helpers.js';
import overfilledRole from '../../../src/lint/rules/overfilled-role.js';
import { ruleTester } from '../ruleTester.js';

/** ops-lead (holders on line 12) with one report, ops-staff (2 seats). */
const team = (leadFields: string, staffFields = '') =>
  ORG +
  `---
kind: Department
id: ops
name: 运营部
head: ops-lead
roles:
  - id: ops-lead
    title: 运营主管
${leadFields}
  - id: ops-staff
    title: 运营专员
    reports_to: ops-lead
    headcount: 2
${staffFields}`;

describe('overfilled-role', () => {
  it('fires at holders when there are more holders than seats', () => {
    const f = lint(team('    holders: [张三, {name: 李四, email: li@example.com}]'));
    expect(where(f)).toEqual(['overfilled-role@12:14']);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.message).toBe(
      "role 'ops-lead' (运营主管) has 2 holders but only 1 seat(s) (headcount): raise headcount to 2, or remove a holder",
    );
  });

  it('is quiet when every holder has a seat', () => {
    expect(lint(team('    headcount: 2\n    holders: [张三, 李四]', '    holders: [王五]'))).toEqual([]);
  });
});

/** Role a with `holders` on line 12 (value from column 14). */
const staffed = (fields: string) => `${ORG}---\nkind: Department\nid: d\nname: D\nhead: a\nroles:\n  - id: a\n    title: A\n${fields}`;

ruleTester(overfilledRole, {
  valid: [staffed('    holders: [张三, 李四]\n    headcount: 2\n'), staffed('    holders: []\n')],
  invalid: [
    {
      code: staffed('    holders: [张三, 李四]\n'),
      errors: [
        {
          messageId: 'overfilled',
          data: { role: "role 'a' (A)", holders: 2, seats: 1 },
          line: 12,
          column: 14,
          endLine: 12,
          endColumn: 22,
          path: ['holders'],
        },
      ],
    },
    {
      // A block list spans its lines: from the first item to the end of the last.
      code: staffed('    holders:\n      - 张三\n      - 李四\n'),
      errors: [{ messageId: 'overfilled', line: 13, column: 7, endLine: 14, endColumn: 11 }],
    },
  ],
});
