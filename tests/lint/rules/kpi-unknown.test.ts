import { describe, expect, it } from 'vitest';
import { lint, only, ORG, where } from '../../helpers.js';
import kpiUnknown from '../../../src/lint/rules/kpi-unknown.js';
import { ruleTester } from '../ruleTester.js';

/** Lines 1–3 are ORG, line 4 is the `---` before the first document of `body`. */
const org = (body: string) => lint(ORG + '---\n' + body);

describe('kpi-unknown', () => {
  const findings = org(`kind: Department
id: 客服部
name: 网络客服部
head: cs-lead
kpis: [complaint-rat]
roles:
  - id: cs-lead
    title: 客服主管
    kpis:
      - {id: 回复时长, target: 30}
      - id: 退货律
        target: 3
      - complaint-rate
---
kind: KPI
id: complaint-rate
name: 投诉率
owner: 客服部
---
kind: KPI
id: 退货率
name: 退货率
owner: 客服部
`);
  const f = only(findings, 'kpi-unknown');

  it('reports each unknown id at the id, in a bare list and in {id, target}', () => {
    expect(where(f)).toEqual(['kpi-unknown@9:8', 'kpi-unknown@14:14', 'kpi-unknown@15:13']);
    expect(f.every((x) => x.severity === 'error')).toBe(true);
  });

  it('names the holder and suggests the nearest KPI id (Chinese ids too)', () => {
    expect(f[0]!.message).toBe("department '客服部' lists KPI 'complaint-rat', which is not a KPI (did you mean 'complaint-rate'?)");
    expect(f[0]!.entity).toBe('客服部');
    expect(f[1]!.message).toBe("role 'cs-lead' lists KPI '回复时长', which is not a KPI");
    expect(f[2]!.message).toContain("did you mean '退货率'?");
    expect(f[2]!.entity).toBe('cs-lead');
  });

  it('is quiet for known KPIs, and for a role with a schema error of its own', () => {
    const quiet = org(`kind: Department
id: ops
name: 运营部
head: ops-lead
kpis: [gmv]
roles:
  - id: ops-lead
    title: 运营主管
    kpis: [{id: gmv, target: 100}]
  - id: ops-intern
    title: 运营助理
    reprots_to: ops-lead
    kpis: [no-such-kpi]
---
kind: KPI
id: gmv
name: 成交额
unit: currency
`);
    expect(only(quiet, 'kpi-unknown')).toEqual([]);
    expect(where(only(quiet, 'schema'))).toEqual(['schema@16:5']);
  });
});

/** Role a lists `kpis` on line 12 (the list opens at column 11); KPI gmv is defined after it. */
const listing = (kpis: string) =>
  `${ORG}---\nkind: Department\nid: d\nname: D\nhead: a\nroles:\n  - id: a\n    title: A\n    kpis: ${kpis}\n---\nkind: KPI\nid: gmv\nname: GMV\nowner: a\n`;

ruleTester(kpiUnknown, {
  valid: [listing('[gmv]'), listing('[{id: gmv, target: 5}]')],
  invalid: [
    {
      code: listing('[gmv, gvm]'),
      errors: [
        {
          messageId: 'notAKpi',
          data: { holderKind: 'role', holder: 'a', kpi: 'gvm', suggestion: " (did you mean 'gmv'?)" },
          line: 12,
          column: 17,
          endLine: 12,
          endColumn: 20,
          path: ['kpis', 1, 'id'],
        },
      ],
    },
    {
      // In `{id, target}` the finding points at the id.
      code: listing('[{id: nope, target: 5}]'),
      errors: [{ messageId: 'notAKpi', line: 12, column: 17, endLine: 12, endColumn: 21 }],
    },
  ],
});
