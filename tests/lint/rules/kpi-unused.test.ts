import { describe, expect, it } from 'vitest';
import { lint, only, ORG, where } from '../../helpers.js';
import kpiUnused from '../../../src/lint/rules/kpi-unused.js';
import { ruleTester } from '../ruleTester.js';

/** Lines 1–3 are ORG, line 4 is the `---` before the first document of `body`. */
const org = (body: string) => lint(ORG + '---\n' + body);

describe('kpi-unused', () => {
  it('warns at the id of a KPI with no owner that nobody lists', () => {
    const f = only(
      org(`kind: KPI
id: orphan
name: 无人指标
`),
      'kpi-unused',
    );
    expect(where(f)).toEqual(['kpi-unused@6:5']);
    expect(f[0]!.severity).toBe('warning');
    expect(f[0]!.message).toBe(
      "KPI 'orphan' has no owner and no role or department lists it: give it an owner, or list it under the kpis of the role or department that answers for it",
    );
  });

  it('is quiet for a KPI with an owner, one a role lists, one a department lists, and an invalid KPI', () => {
    const f = org(`kind: Department
id: ops
name: 运营部
head: ops-lead
kpis: [by-dept]
roles:
  - id: ops-lead
    title: 运营主管
    kpis: [{id: by-role, target: 1}]
---
kind: KPI
id: owned
name: A
owner: ops-lead
---
kind: KPI
id: by-dept
name: B
---
kind: KPI
id: by-role
name: C
---
kind: KPI
id: broken
name: D
unti: percent
`);
    expect(only(f, 'kpi-unused')).toEqual([]);
    expect(only(f, 'schema')).toHaveLength(1);
  });
});

ruleTester(kpiUnused, {
  valid: [ORG + '---\nkind: KPI\nid: gmv\nname: GMV\nowner: x\n'],
  invalid: [
    {
      code: ORG + '---\nkind: KPI\nid: orphan\nname: 无人指标\n',
      errors: [{ messageId: 'unused', data: { kpi: 'orphan' }, line: 6, column: 5, endLine: 6, endColumn: 11, path: ['id'] }],
    },
  ],
});
