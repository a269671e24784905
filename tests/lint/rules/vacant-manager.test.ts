/** Staffing rules: overfilled-role, vacant-manager. ORG is lines 1–3, `---` line 4. */
import { describe, expect, it } from 'vitest';
import { lint, where, ORG } from '../../helpers.js';
import vacantManager from '../../../src/lint/rules/vacant-manager.js';
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

describe('vacant-manager', () => {
  it('fires at an empty holders list of a role with seats and direct reports', () => {
    const f = lint(team('    holders: []'));
    expect(where(f)).toEqual(['vacant-manager@12:14']);
    expect(f[0]!.severity).toBe('warning');
    expect(f[0]!.message).toBe(
      "role 'ops-lead' (运营主管) has 1 direct report(s) but no holders: name who holds it under holders, or move its reports to a role that is filled",
    );
  });

  it('is quiet when staffing is unknown, the seat is unfunded, or the role manages nobody', () => {
    // ops-staff has holders: [] but no reports; ops-lead has no holders key at all.
    expect(lint(team('    description: 负责店铺运营', '    holders: []'))).toEqual([]);
    expect(lint(team('    headcount: 0\n    holders: []'))).toEqual([]);
  });
});

/** a (holders on line 12, value from column 14) and b reporting to a. */
const manager = (holders: string) =>
  `${ORG}---\nkind: Department\nid: d\nname: D\nhead: a\nroles:\n  - id: a\n    title: A\n    holders: ${holders}\n  - id: b\n    title: B\n    reports_to: a\n`;

ruleTester(vacantManager, {
  valid: [manager('[张三]')],
  invalid: [
    {
      code: manager('[]'),
      errors: [{ messageId: 'vacant', data: { role: "role 'a' (A)", reports: 1 }, line: 12, column: 14, endLine: 12, endColumn: 16 }],
    },
  ],
});
