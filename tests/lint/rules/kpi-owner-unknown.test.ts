import { describe, expect, it } from 'vitest';
import { lint, only, ORG, where } from '../../helpers.js';
import kpiOwnerUnknown from '../../../src/lint/rules/kpi-owner-unknown.js';
import { ruleTester } from '../ruleTester.js';

/** Lines 1–3 are ORG, line 4 is the `---` before the first document of `body`. */
const org = (body: string) => lint(ORG + '---\n' + body);

describe('kpi-owner-unknown', () => {
  it('reports an owner that is neither role nor department, at the owner, with did-you-mean', () => {
    const f = only(
      org(`kind: Department
id: 客服部
name: 网络客服部
---
kind: KPI
id: complaint-rate
name: 投诉率
owner: 客服布
`),
      'kpi-owner-unknown',
    );
    expect(where(f)).toEqual(['kpi-owner-unknown@12:8']);
    expect(f[0]!.message).toBe("KPI 'complaint-rate' is owned by '客服布', which is not a role or department (did you mean '客服部'?)");
    expect(f[0]!.entity).toBe('complaint-rate');
  });

  it('accepts a role or a department as owner', () => {
    const f = org(`kind: Department
id: cs
name: 客服部
head: cs-lead
roles:
  - id: cs-lead
    title: 客服主管
---
kind: KPI
id: a
name: A
owner: cs
---
kind: KPI
id: b
name: B
owner: cs-lead
`);
    expect(only(f, 'kpi-owner-unknown')).toEqual([]);
  });
});

const kpi = (owner: string) => `${ORG}---\nkind: Department\nid: ops\nname: O\n---\nkind: KPI\nid: gmv\nname: GMV\nowner: ${owner}\n`;

ruleTester(kpiOwnerUnknown, {
  valid: [kpi('ops')],
  invalid: [
    {
      code: kpi('opz'),
      errors: [
        {
          messageId: 'notAnOwner',
          data: { kpi: 'gmv', owner: 'opz', suggestion: " (did you mean 'ops'?)" },
          line: 12,
          column: 8,
          endLine: 12,
          endColumn: 11,
          path: ['owner'],
        },
      ],
    },
  ],
});
