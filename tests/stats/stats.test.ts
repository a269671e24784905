import { describe, expect, it } from 'vitest';
import { computeStats, formatStatsJson, formatStatsText } from '../../src/stats/index.js';
import { displayWidth, table } from '../../src/core/text/columns.js';
import { modelOf, ORG } from '../helpers.js';

/** 总部 ⊃ 运营部 ⊃ 推广组, plus a 客服部; holders listed on some roles only. */
const ORG_FILES = {
  'org.yaml': ORG,
  'depts.yaml': `kind: Department
id: hq
name: 总部
head: ceo
roles:
  - id: ceo
    title: 总经理
    holders: [王曼]
---
kind: Department
id: ops
name: 运营部
parent: hq
head: ops-lead
headcount_budget: 6
roles:
  - id: ops-lead
    title: 运营主管
    reports_to: ceo
    holders: [刘洋]
  - id: planner
    title: 活动策划
    reports_to: ops-lead
    headcount: 3
    holders: [陈晨]
---
kind: Department
id: promo
name: 推广组
parent: ops
head: promo-lead
roles:
  - id: promo-lead
    title: 推广主管
    reports_to: ops-lead
  - id: promoter
    title: 推广专员
    reports_to: promo-lead
    headcount: 4
    holders: []
---
kind: Department
id: cs
name: 客服部
parent: hq
head: cs-lead
roles:
  - id: cs-lead
    title: 客服主管
    reports_to: ceo
    holders: [赵敏, 钱多]
  - id: agent
    title: 客服专员
    reports_to: cs-lead
    headcount: 0
`,
};

describe('computeStats', () => {
  const stats = computeStats(modelOf(ORG_FILES));

  it('totals seats, holders, vacancies and unknown staffing separately', () => {
    const t = stats.total;
    expect(t.roles).toBe(7);
    expect(t.seats).toBe(1 + 1 + 3 + 1 + 4 + 1 + 0);
    // Listed holders: 王曼, 刘洋, 陈晨, 赵敏, 钱多 (overfilled cs-lead counts its two people).
    expect(t.holders).toBe(5);
    // planner 3−1, promoter 4−0; the overfilled cs-lead is not a negative vacancy.
    expect(t.vacancies).toBe(2 + 4);
    // promo-lead and agent list no holders: unknown, not vacant.
    expect(t.unknownSeats).toBe(1 + 0);
    expect(t.departments).toBe(4);
  });

  it('measures layers and span of control in seats', () => {
    const t = stats.total;
    expect(t.layers).toBe(4); // ceo → ops-lead → promo-lead → promoter
    // Spans: ceo 2 (ops-lead, cs-lead), ops-lead 3+1, promo-lead 4, cs-lead 0 (agent has no seats).
    expect(t.span).toEqual({ managers: 4, min: 0, median: 3, max: 4 });
  });

  it('counts each department with its sub-departments, in tree order', () => {
    expect(stats.departments.map((d) => [d.id, d.level])).toEqual([
      ['hq', 0],
      ['ops', 1],
      ['promo', 2],
      ['cs', 1],
    ]);
    const ops = stats.departments.find((d) => d.id === 'ops')!;
    expect(ops.roles).toBe(4);
    expect(ops.seats).toBe(9);
    expect(ops.budget).toBe(6);
    expect(ops.layers).toBe(3); // ops-lead (1) to promoter (3)
    expect(ops.span).toEqual({ managers: 2, min: 4, median: 4, max: 4 });
    const hq = stats.departments.find((d) => d.id === 'hq')!;
    expect(hq.seats).toBe(stats.total.seats);
  });

  it('lists managers over the limit, from the org configuration or the option', () => {
    expect(stats.spanMax).toBe(10);
    expect(stats.total.overLimit).toEqual([]);
    const tight = computeStats(modelOf(ORG_FILES), { spanMax: 3 });
    expect(tight.total.overLimit).toEqual([
      { role: 'ops-lead', title: '运营主管', span: 4 },
      { role: 'promo-lead', title: '推广主管', span: 4 },
    ]);
    const configured = computeStats(modelOf({ ...ORG_FILES, 'org.yaml': ORG + 'rules:\n  span-of-control: [warn, {max: 3}]\n' }));
    expect(configured.spanMax).toBe(3);
    expect(configured.total.overLimit.map((o) => o.role)).toEqual(['ops-lead', 'promo-lead']);
  });

  it('presents no limit when the span-of-control rule is off, in every format', () => {
    for (const setting of ['off', '[off, {max: 3}]']) {
      const off = computeStats(modelOf({ ...ORG_FILES, 'org.yaml': ORG + `rules:\n  span-of-control: ${setting}\n` }));
      expect(off.spanMax, setting).toBeNull();
      expect(off.total.overLimit, setting).toEqual([]);
      expect(
        off.departments.flatMap((d) => d.overLimit),
        setting,
      ).toEqual([]);
      expect(off.total.span, setting).toEqual(stats.total.span); // the figures are still measured
      const text = formatStatsText(off, 'en');
      expect(text, setting).toContain('Span of control (in seats, no limit: the span-of-control rule is off): 4 managers');
      expect(text, setting).not.toMatch(/limit \d|Over the limit/);
      expect(formatStatsText(off, 'zh-CN'), setting).toContain('管理幅度(按编制计,无上限:span-of-control 规则已关闭)');
      expect(JSON.parse(formatStatsJson(off)), setting).toMatchObject({ spanMax: null });
    }
    // An explicit limit still applies (the library option), and a warn/error setting keeps its max.
    const offWithOption = computeStats(modelOf({ ...ORG_FILES, 'org.yaml': ORG + 'rules:\n  span-of-control: off\n' }), { spanMax: 3 });
    expect(offWithOption.spanMax).toBe(3);
    expect(offWithOption.total.overLimit.map((o) => o.role)).toEqual(['ops-lead', 'promo-lead']);
  });

  it('takes the median of an odd count as the middle span, of an even count as the mean of the middle two', () => {
    const chain = (headcounts: number[]) =>
      computeStats(
        modelOf({
          'org.yaml': ORG,
          // A chain a → r1 → r2 → …: each manager's span is the headcount of the next role.
          'd.yaml':
            'kind: Department\nid: d\nname: D\nhead: a\nroles:\n  - {id: a, title: A}\n' +
            headcounts.map((h, i) => `  - {id: r${i + 1}, title: R${i + 1}, reports_to: ${i ? `r${i}` : 'a'}, headcount: ${h}}\n`).join(''),
        }),
      ).total.span;
    // The last role has no reports, so n headcounts make n managers.
    expect(chain([2, 5, 1])).toEqual({ managers: 3, min: 1, median: 2, max: 5 }); // 1 2 5
    expect(chain([2, 3, 1, 6])).toEqual({ managers: 4, min: 1, median: 2.5, max: 6 }); // 1 2 3 6
  });

  it('survives a department parent loop without counting anything twice', () => {
    const s = computeStats(
      modelOf({
        'org.yaml': ORG,
        'd.yaml': `kind: Department
id: a
name: A
parent: b
roles:
  - {id: boss, title: Boss, headcount: 2}
---
kind: Department
id: b
name: B
parent: a
roles:
  - {id: clerk, title: Clerk, reports_to: boss, headcount: 3}
`,
      }),
    );
    expect(s.departments.map((d) => d.id).sort()).toEqual(['a', 'b']);
    expect(Math.max(...s.departments.map((d) => d.seats))).toBe(5);
    expect(s.total.seats).toBe(5);
  });

  it('puts a department hanging off a parent loop under the loop, even when it comes first in model order', () => {
    const s = computeStats(
      modelOf({
        'org.yaml': ORG,
        'd.yaml': `kind: Department
id: child
name: Child
parent: x
roles:
  - {id: c1, title: C1, headcount: 4}
---
kind: Department
id: y
name: Y
parent: x
roles:
  - {id: y1, title: Y1, headcount: 2}
---
kind: Department
id: x
name: X
parent: y
roles:
  - {id: x1, title: X1, headcount: 1}
`,
      }),
    );
    // The loop x ⇄ y is cut at its first member (y); child hangs below x, never a top of its own.
    expect(s.departments.map((d) => [d.id, d.level, d.seats])).toEqual([
      ['y', 0, 7],
      ['x', 1, 5],
      ['child', 2, 4],
    ]);
  });

  it('an org without roles has zero layers and no span', () => {
    const s = computeStats(modelOf({ 'org.yaml': ORG }));
    expect(s.total.layers).toBe(0);
    expect(s.total.span).toEqual({ managers: 0, min: null, median: null, max: null });
  });
});

describe('stats formats', () => {
  const stats = computeStats(modelOf(ORG_FILES), { spanMax: 3 });

  it('text: indents departments by nesting and aligns Chinese names by display width', () => {
    const text = formatStatsText(stats);
    const lines = text.split('\n');
    const header = lines.find((l) => l.startsWith('department'))!;
    const rows = lines.filter((l) => /^\s*(总部|运营部|推广组|客服部)/.test(l));
    expect(rows.map((r) => r.match(/^\s*/)![0].length)).toEqual([0, 2, 4, 2]);
    // The "seats" column ends at the same terminal column on every row.
    const seatsEnd = displayWidth(header.slice(0, header.indexOf('seats') + 'seats'.length));
    for (const row of rows) {
      const upToSeats = row.match(/^\s*\S.*?\s{2,}\d+\s+\d+/)![0]; // label, roles, seats
      expect(displayWidth(upToSeats)).toBe(seatsEnd);
    }
    expect(text).toContain('运营部 (ops)');
    expect(text).toContain('Over the limit (2):');
    expect(text).toMatch(/运营主管 \(ops-lead\)\s+4 seats/);
  });

  it('json: the computed figures, stable', () => {
    const json = JSON.parse(formatStatsJson(stats));
    expect(json.total.vacancies).toBe(6);
    expect(json.departments[1]).toMatchObject({ id: 'ops', name: '运营部', parent: 'hq', level: 1, budget: 6, seats: 9 });
    expect(formatStatsJson(computeStats(modelOf(ORG_FILES), { spanMax: 3 }))).toBe(formatStatsJson(stats));
  });

  it('displayWidth counts CJK as two cells and ignores colour codes', () => {
    expect(displayWidth('运营部')).toBe(6);
    expect(displayWidth('ops')).toBe(3);
    expect(displayWidth('\x1b[31m客服\x1b[39m')).toBe(4);
    expect(
      table(
        [
          ['客服部', '1'],
          ['ops', '10'],
        ],
        ['l', 'r'],
      ),
    ).toEqual(['客服部   1', 'ops     10']);
  });
});
