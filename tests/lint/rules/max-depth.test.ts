/**
 * Reporting-line rules: reports-to-unknown, reporting-cycle, multiple-roots,
 * cross-department-reporting, dotted-line-*, span-of-control, max-depth.
 * Line numbers in comments count from the top of each org (ORG is lines 1–3).
 */
import { describe, expect, it } from 'vitest';
import { lint, where, ORG } from '../../helpers.js';
import maxDepth from '../../../src/lint/rules/max-depth.js';
import { ruleTester } from '../ruleTester.js';

/** An Organization with `rules:` set, as its own file (so other files' lines are unaffected). */
function orgWithRules(rules: string): string {
  return `${ORG}rules:\n${rules}\n`;
}

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
    expect(f[0]!.message).toBe(
      "role 'r9' is 9 levels below the top 'r0', more than the maximum of 8: hang it higher, or raise max (rules: {max-depth: [warn, {max: N}]})",
    );
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

/** `rules:` on lines 4–5; a chain a ← b ← c, c's id on line 17. */
const chain = (max: number) => `${ORG}rules:
  max-depth: [warn, {max: ${max}}]
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
  - id: c
    title: C
    reports_to: b
`;

ruleTester(maxDepth, {
  valid: [chain(2)],
  invalid: [
    {
      code: chain(1),
      errors: [{ messageId: 'tooDeep', data: { role: 'c', depth: 2, top: 'a', max: 1 }, line: 17, column: 9, endLine: 17, endColumn: 10 }],
    },
  ],
});
