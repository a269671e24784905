import { describe, expect, it } from 'vitest';
import { lint, only, ORG, where } from '../helpers.js';

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
    expect(f[0]!.message).toBe("KPI 'on-time' has target 120, outside [0, 100], the default range for unit 'percent'");
    expect(f[1]!.message).toBe("KPI 'orders' has target -1, below 0, the minimum for unit 'count'");
    expect(f[2]!.message).toBe("KPI 'score' has target 0, outside its range [1, 5]");
    expect(f[3]!.message).toBe("department 'ops' sets target 1.5 for KPI '好评率', outside [0, 1], the default range for unit 'ratio'");
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
    expect(f[0]!.message).toBe("KPI 'orphan' has no owner and no role or department lists it");
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
