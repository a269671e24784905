/**
 * Reporting-line rules: reports-to-unknown, reporting-cycle, multiple-roots,
 * cross-department-reporting, dotted-line-*, span-of-control, max-depth.
 * Line numbers in comments count from the top of each org (ORG is lines 1–3).
 */
import { describe, expect, it } from 'vitest';
import { lint, where, ORG } from '../../helpers.js';
import spanOfControl from '../../../src/lint/rules/span-of-control.js';
import { ruleTester } from '../ruleTester.js';

/** An Organization with `rules:` set, as its own file (so other files' lines are unaffected). */
function orgWithRules(rules: string): string {
  return `${ORG}rules:\n${rules}\n`;
}

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

/** `rules:` on lines 4–5; a (id on line 12) manages b, whose seats are `seats`. */
const span = (seats: number) => `${ORG}rules:
  span-of-control: [warn, {max: 1}]
---
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
    headcount: ${seats}
`;

ruleTester(spanOfControl, {
  valid: [span(1)],
  invalid: [
    {
      code: span(2),
      errors: [{ messageId: 'tooWide', data: { role: 'a', seats: 2, roles: 1, max: 1 }, line: 12, column: 9, endLine: 12, endColumn: 10 }],
    },
  ],
});
