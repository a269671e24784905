import { describe, expect, it } from 'vitest';
import { lint, only, ORG, where } from '../../helpers.js';
import kpiTargetOutOfRange from '../../../src/lint/rules/kpi-target-out-of-range.js';
import { ruleTester } from '../ruleTester.js';

/** Lines 1–3 are ORG, line 4 is the `---` before the first document of `body`. */
const org = (body: string) => lint(ORG + '---\n' + body);

describe('kpi-target-out-of-range', () => {
  const findings = org(`kind: KPI
id: on-time
name: 准时率
unit: percent
target: 120
owner: ops
---
kind: KPI
id: 好评率
name: 好评率
unit: ratio
target: 0.98
owner: ops
---
kind: KPI
id: orders
name: 订单数
unit: count
target: -1
owner: ops
---
kind: KPI
id: score
name: 满意度
unit: score
range: [1, 5]
target: 0
owner: ops
---
kind: Department
id: ops
name: 运营部
kpis:
  - {id: 好评率, target: 1.5}
  - id: on-time
    target: 100
`);
  const f = only(findings, 'kpi-target-out-of-range');

  it('checks the KPI target against the unit default and the explicit range, and overrides too', () => {
    expect(where(f)).toEqual([
      'kpi-target-out-of-range@9:9',
      'kpi-target-out-of-range@23:9',
      'kpi-target-out-of-range@31:9',
      'kpi-target-out-of-range@38:23',
    ]);
  });

  it('says which bounds were broken and where they come from', () => {
    expect(f[0]!.message).toBe(
      "KPI 'on-time' has target 120, outside [0, 100], the default range for unit 'percent': correct the target, or give the KPI a range that allows it",
    );
    expect(f[1]!.message).toBe(
      "KPI 'orders' has target -1, below 0, the minimum for unit 'count': correct the target, or give the KPI a range that allows it",
    );
    expect(f[2]!.message).toBe("KPI 'score' has target 0, outside its range [1, 5]: correct the target, or widen the range");
    expect(f[3]!.message).toBe(
      "department 'ops' sets target 1.5 for KPI '好评率', outside [0, 1], the default range for unit 'ratio': correct this target, or give the KPI a range that allows it",
    );
    expect(f[3]!.entity).toBe('ops');
  });

  it('is quiet within bounds, on the bounds, with a range allowing negatives, and without unit', () => {
    const quiet = org(`kind: KPI
id: growth
name: 增长率
unit: percent
range: [-50, 200]
target: -10
owner: ops
---
kind: KPI
id: delta
name: 库存变化
target: -300
owner: ops
---
kind: KPI
id: full
name: 满分率
unit: percent
target: 100
owner: ops
---
kind: Department
id: ops
name: 运营部
kpis: [{id: full, target: 0}, {id: growth, target: 150}, {id: delta, target: -5}]
`);
    expect(only(quiet, 'kpi-target-out-of-range')).toEqual([]);
  });

  it('leaves an override of an unknown KPI to kpi-unknown', () => {
    const f = org(`kind: Department
id: ops
name: 运营部
kpis: [{id: nope, target: -1}]
`);
    expect(only(f, 'kpi-target-out-of-range')).toEqual([]);
    expect(only(f, 'kpi-unknown')).toHaveLength(1);
  });
});

/** KPI gmv with `fields` from line 8 (target last), listed by role a with an override on line 17 (when `fields` is one line). */
const kpi = (fields: string, override = 5) => `${ORG}---
kind: KPI
id: gmv
name: GMV
${fields}---
kind: Department
id: d
name: D
head: a
roles:
  - id: a
    title: A
    kpis: [{id: gmv, target: ${override}}]
`;

ruleTester(kpiTargetOutOfRange, {
  valid: [kpi('unit: percent\ntarget: 100\n'), kpi('range: [-10, 10]\ntarget: -10\n', -1), kpi('target: -5\n', -7)],
  invalid: [
    {
      code: kpi('unit: percent\ntarget: 150\n'),
      errors: [
        {
          messageId: 'kpiOutsideUnitRange',
          data: { kpi: 'gmv', target: 150, min: 0, max: 100, unit: 'percent', advice: '' },
          line: 9,
          column: 9,
          endLine: 9,
          endColumn: 12,
          path: ['target'],
        },
      ],
    },
    {
      code: kpi('range: [0, 10]\ntarget: 11\n'),
      errors: [
        { messageId: 'kpiOutsideRange', data: { kpi: 'gmv', target: 11, min: 0, max: 10 }, line: 9, column: 9, endLine: 9, endColumn: 11 },
      ],
    },
    {
      code: kpi('unit: count\ntarget: -1\n'),
      errors: [
        {
          messageId: 'kpiBelowUnitMin',
          data: { kpi: 'gmv', target: -1, min: 0, unit: 'count' },
          line: 9,
          column: 9,
          endLine: 9,
          endColumn: 11,
        },
      ],
    },
    {
      code: kpi('unit: ratio\n', 2),
      errors: [
        {
          messageId: 'overrideOutsideUnitRange',
          data: { holderKind: 'role', holder: 'a', target: 2, kpi: 'gmv', min: 0, max: 1, unit: 'ratio', advice: '' },
          line: 17,
          column: 30,
          endLine: 17,
          endColumn: 31,
          path: ['kpis', 0, 'target'],
        },
      ],
    },
    {
      code: kpi('range: [0, 10]\n', 12),
      errors: [{ messageId: 'overrideOutsideRange', line: 17, column: 30, endLine: 17, endColumn: 32 }],
    },
    {
      code: kpi('unit: currency\n', -3),
      errors: [{ messageId: 'overrideBelowUnitMin', line: 17, column: 30, endLine: 17, endColumn: 32 }],
    },
  ],
});
