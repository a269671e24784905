/**
 * The laid-out drawing (what `--format json` writes): structural checks on
 * the examples, on awkward orgs (long titles, broken reporting, roles outside
 * any department) and on a generated org of a few hundred roles.
 */
import { describe, expect, it } from 'vitest';
import { layoutOrgChart, renderChart } from '../../src/chart/index.js';
import { textWidth, wrapText } from '../../src/chart/draw/text.js';
import type { OrgModel } from '../../src/model/types.js';
import { checkDrawing, checkJsonLayout, example, EXAMPLES, generated, org, type JsonLayout } from './fixtures.js';

/** Neither a strip nor a column: somewhere between 1:2 and 4:1. */
function expectPosterShaped(drawing: { width: number; height: number }): void {
  const aspect = drawing.width / drawing.height;
  expect(aspect).toBeGreaterThan(0.5);
  expect(aspect).toBeLessThan(4);
}

/** The generated 3,000-role org, built once for the tests that draw it. */
let big: Promise<OrgModel> | undefined;
const bigOrg = () => (big ??= generated(3000));

describe('chart layout', () => {
  for (const name of EXAMPLES) {
    it(`${name}: every role once, nothing overlapping, every label inside its box, every line between boxes`, async () => {
      const model = example(name);
      checkDrawing(await layoutOrgChart(model), [...model.roles.keys()]);
    });
  }

  for (const name of EXAMPLES) {
    it(`${name}: the JSON a user gets passes the same checks`, async () => {
      const model = example(name);
      const json = JSON.parse(await renderChart(model, { format: 'json' })) as JsonLayout;
      checkJsonLayout(json, [...model.roles.keys()], (label, width) => {
        const lines = wrapText(label, width, 14, true);
        return { lines: lines.length, widest: Math.max(...lines.map((l) => textWidth(l, 14, true))) };
      });
    });
  }

  it('ops-center: department boxes contain their roles and sub-departments, each department its own colour', async () => {
    const drawing = await layoutOrgChart(example('ops-center'));
    const node = (id: string) => drawing.nodes.find((n) => n.id === id)!;
    expect(node('美工主管').parent).toBe('美工组');
    expect(node('美工组').parent).toBe('营销部');
    expect(node('营销部').parent).toBe('运营中心');
    expect(node('营销部').kind).toBe('department');
    const colours = drawing.nodes.filter((n) => n.container).map((n) => n.color);
    expect(new Set(colours).size).toBe(colours.length);
    // The manager sits above its reports.
    expect(node('运营总监').y + node('运营总监').height).toBeLessThan(node('销售主管').y);
    expect(node('美工主管').y + node('美工主管').height).toBeLessThan(node('美工').y);
  });

  it('the department level: one box per department, each below its parent', async () => {
    const model = example('ops-center');
    const drawing = await layoutOrgChart(model, { level: 'department' });
    checkDrawing(drawing, [...model.departments.keys()]);
    const node = (id: string) => drawing.nodes.find((n) => n.id === id)!;
    expect(drawing.nodes.every((n) => n.kind === 'department' && !n.container)).toBe(true);
    expect(node('营销部').y).toBeGreaterThan(node('运营中心').y + node('运营中心').height);
    expect(drawing.edges.map((e) => `${e.from}>${e.to}`)).toContain('营销部>美工组');
  });

  it('wraps long titles instead of widening boxes without bound, and still fits every line', async () => {
    const title = '负责跨境电商平台全渠道运营与供应链协同的高级经理';
    const latin = 'Senior Cross-Border Marketplace Operations and Supply-Chain Coordination Manager';
    const model = org(`kind: Department
id: d
name: 一个名字非常非常长的部门用来测试表头是否会换行而不是溢出边框甚至更长一些
head: a
roles:
  - id: a
    title: ${title}
    holders: [张三, 李四, 王五, 赵六, 孙七, 周八, 吴九, 郑十]
    headcount: 9
  - id: b
    title: ${latin}
    reports_to: a
  - id: c
    title: Supercalifragilisticexpialidocious-Extraordinarily-Long-Hyphenated-Identifier
    reports_to: a
`);
    const drawing = await layoutOrgChart(model);
    checkDrawing(drawing, ['a', 'b', 'c']);
    const a = drawing.nodes.find((n) => n.id === 'a')!;
    expect(a.lines.filter((l) => l.spans[0]!.tone === 'title').length).toBeGreaterThan(1);
    expect(a.width).toBeLessThanOrEqual(196);
    // Names are never split across lines.
    const names = a.lines.filter((l) => l.spans[0]!.tone === 'meta').map((l) => l.spans.map((s) => s.text).join(''));
    for (const person of ['张三', '李四', '王五', '赵六', '孙七']) expect(names.some((l) => l.includes(person))).toBe(true);
  });

  it('an org with findings still renders: dangling managers as roots, cycles broken, roles without a department', async () => {
    const model = org(`kind: Department
id: ops
name: 运营部
head: boss
roles:
  - id: boss
    title: 运营总监
  - id: lost
    title: 迷路专员
    reports_to: nobody
  - id: x
    title: 循环甲
    reports_to: y
  - id: y
    title: 循环乙
    reports_to: x
  - id: tail
    title: 挂在循环上
    reports_to: x
---
kind: Role
id: floating
title: 无部门岗位
department: ghost-department
reports_to: boss
---
kind: Department
id: loop-a
name: 环部门甲
parent: loop-b
---
kind: Department
id: loop-b
name: 环部门乙
parent: loop-a
`);
    const drawing = await layoutOrgChart(model);
    checkDrawing(drawing, ['boss', 'lost', 'x', 'y', 'tail', 'floating']);
    const solid = drawing.edges.filter((e) => e.style === 'solid').map((e) => `${e.from}>${e.to}`);
    expect(solid).toContain('boss>floating');
    expect(solid).toContain('x>tail');
    // The cycle is cut at its first member: x keeps no manager, y still reports to x.
    expect(solid).toContain('x>y');
    expect(solid).not.toContain('y>x');
    expect(solid.some((e) => e.endsWith('>lost'))).toBe(false);
    expect(drawing.nodes.find((n) => n.id === 'floating')!.parent).toBeUndefined();
    expect(
      drawing.nodes
        .filter((n) => n.container)
        .map((n) => n.id)
        .sort(),
    ).toEqual(['loop-a', 'loop-b', 'ops']);
  });

  it('a generated org of 400 roles passes the structural checks, and its layout is far from a single row', async () => {
    const model = await generated(400);
    const drawing = await layoutOrgChart(model);
    checkDrawing(drawing, [...model.roles.keys()]);
    expect(drawing.width / drawing.height).toBeLessThan(8);
  });

  it('a generated org of 3,000 roles (business units, regions, departments) is a poster, not a strip', async () => {
    // Departments of every level, leaf or not, hang in balanced columns once a row of them grows
    // wider than a wall: before, this org was 52,162 × 2,843 px (now about 15,900 × 14,400), and the
    // generated 100k-role org 1,102,126 × 4,673 (now 113,100 × 54,524).
    const model = await bigOrg();
    const drawing = await layoutOrgChart(model);
    checkDrawing(drawing, [...model.roles.keys()]);
    expectPosterShaped(drawing);
  }, 60_000);

  it('the department chart of a generated 3,000-role org is a poster too, and every line reaches its box', async () => {
    // Before, a row of every region under each business unit: 6,793 × 844 px (now 2,788 × 1,944);
    // the generated 100k-role org 137,796 × 1,240 in 42 s (now 13,112 × 10,170 in 10 s).
    const model = await bigOrg();
    const drawing = await layoutOrgChart(model, { level: 'department' });
    checkDrawing(drawing, [...model.departments.keys()]);
    expectPosterShaped(drawing);
  }, 60_000);

  it('a manager with a row of sub-teams wider than a wall hangs them in columns, each line entering its team lead from the spine', async () => {
    const leads = Array.from({ length: 18 }, (_, i) => i);
    const model = org(`kind: Department
id: sales
name: 销售部
head: boss
roles:
  - id: boss
    title: 销售总监
${leads
  .map(
    (i) => `  - id: lead-${i}
    title: 销售主管${i}
    reports_to: boss
  - id: rep-${i}-a
    title: 销售专员
    reports_to: lead-${i}
  - id: rep-${i}-b
    title: 客户经理
    reports_to: lead-${i}`,
  )
  .join('\n')}
`);
    const drawing = await layoutOrgChart(model);
    checkDrawing(drawing, [...model.roles.keys()]);
    // A row of 18 teams would be about 3,000 px; hung in columns they fill one wall's width (2,400 px, plus the department's padding).
    expect(drawing.width).toBeLessThan(2500);
    expect(new Set(leads.map((i) => drawing.nodes.find((n) => n.id === `lead-${i}`)!.y)).size).toBeGreaterThan(1);
    const box = (id: string) => drawing.nodes.find((n) => n.id === id)!;
    for (const i of leads) {
      const line = drawing.edges.find((e) => e.from === 'boss' && e.to === `lead-${i}`)!;
      const [x, y] = line.points[line.points.length - 1]!;
      const lead = box(`lead-${i}`);
      expect(x).toBeCloseTo(lead.x, 0); // from the left, level with the middle of the box
      expect(y).toBeCloseTo(lead.y + lead.height / 2, 0);
      expect(box(`rep-${i}-a`).y).toBeGreaterThan(lead.y + lead.height); // each team still below its lead
    }
  });

  it('the JSON has its documented shape: width, height, nodes with absolute boxes, edges with points', async () => {
    const json = JSON.parse(await renderChart(example('minimal-en'), { format: 'json' })) as {
      width: number;
      height: number;
      nodes: Array<Record<string, unknown>>;
      edges: Array<Record<string, unknown>>;
    };
    expect(Object.keys(json)).toEqual(['width', 'height', 'nodes', 'edges']);
    const lead = json.nodes.find((n) => n.id === 'support-lead')!;
    expect(lead).toMatchObject({
      kind: 'role',
      label: 'Support Lead',
      parent: 'customer-support',
      holders: ['Dan Zhao'],
      seats: 1,
      vacancies: 0,
    });
    for (const key of ['x', 'y', 'width', 'height']) expect(typeof lead[key]).toBe('number');
    const dept = json.nodes.find((n) => n.id === 'customer-support')!;
    expect(dept).toMatchObject({ kind: 'department', label: 'Customer Support' });
    expect(dept.parent).toBeUndefined();
    const edge = json.edges.find((e) => e.to === 'support-lead')!;
    expect(edge).toMatchObject({ from: 'store-manager', style: 'solid' });
    expect((edge.points as number[][]).every((p) => p.length === 2)).toBe(true);
    const ids = new Set(json.nodes.map((n) => n.id));
    for (const e of json.edges) expect(ids.has(e.from as string) && ids.has(e.to as string)).toBe(true);
  });

  it('the structural checks catch what they look for (a moved box, a widened label, a dangling line, a missing role)', async () => {
    const model = example('ops-center');
    const roles = [...model.roles.keys()];
    const fresh = () => layoutOrgChart(model);
    const broken: Array<(d: Awaited<ReturnType<typeof fresh>>) => void> = [
      (d) =>
        Object.assign(
          d.nodes.find((n) => n.id === '客服')!,
          { x: d.nodes.find((n) => n.id === '销售主管')!.x, y: d.nodes.find((n) => n.id === '销售主管')!.y },
        ),
      (d) => (d.nodes.find((n) => n.id === '运营总监')!.lines[0]!.width = 400),
      (d) => (d.edges[0]!.points[d.edges[0]!.points.length - 1] = [1, 1]),
      (d) =>
        d.edges.push({
          from: '运营总监',
          to: 'nobody',
          style: 'solid',
          points: [
            [0, 0],
            [1, 1],
          ],
        }),
      (d) =>
        d.nodes.splice(
          d.nodes.findIndex((n) => n.id === '客服'),
          1,
        ),
      (d) => (d.nodes.find((n) => n.id === '美工')!.y += 400),
    ];
    for (const breakIt of broken) {
      const d = await fresh();
      breakIt(d);
      expect(() => {
        checkDrawing(d, roles);
      }).toThrow();
    }
  });

  it('is deterministic: the same org gives byte-identical SVG and JSON', async () => {
    const a = await renderChart(example('ops-center'));
    const b = await renderChart(example('ops-center'));
    expect(a).toBe(b);
    const [j1, j2] = await Promise.all([
      renderChart(example('project-ecommerce'), { format: 'json' }),
      renderChart(example('project-ecommerce'), { format: 'json' }),
    ]);
    expect(j1).toBe(j2);
  });
});
