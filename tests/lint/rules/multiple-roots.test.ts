/**
 * Reporting-line rules: reports-to-unknown, reporting-cycle, multiple-roots,
 * cross-department-reporting, dotted-line-*, span-of-control, max-depth.
 * Line numbers in comments count from the top of each org (ORG is lines 1–3).
 */
import { describe, expect, it } from 'vitest';
import { lint, only, where, ORG } from '../../helpers.js';
import multipleRoots from '../../../src/lint/rules/multiple-roots.js';
import { ruleTester } from '../ruleTester.js';

describe('multiple-roots', () => {
  it('without Organization top, reports every root after the first, naming the first', () => {
    const f = lint(
      ORG +
        `---
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
`,
    );
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
  - id: cs
    title: 客服
    reports_to: gmm
`,
    );
    expect(where(f)).toEqual(['reports-to-unknown@14:17']);
  });

  it('does not multiply a misspelt reprots_to: one schema finding only', () => {
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
  - id: intern
    title: 实习生
    reprots_to: gm
`,
    );
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

/** Roles a and b of department d, neither with reports_to (b's id on line 12, or 13 with `top`). */
const twoRoots = (orgExtra = '', bExtra = '') => `${ORG}${orgExtra}---
kind: Department
id: d
name: D
head: a
roles:
  - id: a
    title: A
  - id: b
    title: B
${bExtra}`;

ruleTester(multipleRoots, {
  valid: [twoRoots('', '    reports_to: a\n'), twoRoots('top: a\n', '    reports_to: a\n')],
  invalid: [
    {
      code: twoRoots(),
      errors: [{ messageId: 'secondRoot', data: { role: 'b', first: 'a' }, line: 12, column: 9, endLine: 12, endColumn: 10, path: ['id'] }],
    },
    {
      code: twoRoots('top: b\n'),
      errors: [{ messageId: 'notTheTop', data: { role: 'a', top: 'b' }, line: 11, column: 9, endLine: 11, endColumn: 10 }],
    },
  ],
});
