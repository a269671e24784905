/** View selection: which boxes, groups and lines a chart has, before any geometry. */
import { describe, expect, it } from 'vitest';
import { computeView, selectView } from '../../src/chart/views/select.js';
import { viewOf } from '../../src/chart/views/view.js';
import { departmentOrder } from '../../src/model/hierarchy.js';
import { UsageError } from '../../src/core/errors.js';
import { example, org } from './fixtures.js';
import { modelOf } from '../helpers.js';

const SHOP = org(`kind: Department
id: 运营中心
name: 电商运营中心
head: 运营总监
roles:
  - id: 运营总监
    title: 运营总监
    holders: [张伟]
---
kind: Department
id: 运营部
name: 运营部
parent: 运营中心
head: 运营主管
roles:
  - id: 运营主管
    title: 运营主管
    reports_to: 运营总监
  - id: 项目运营
    title: 项目运营
    reports_to: 运营主管
    headcount: 3
    holders: [王芳, 刘洋]
  - id: 数据专员
    title: 数据专员
    reports_to: 运营主管
    dotted_line: [客服主管, 运营主管, 数据专员]
---
kind: Department
id: 客服部
name: 客服部
parent: 运营中心
head: 客服主管
roles:
  - id: 客服主管
    title: 客服主管
    reports_to: 运营总监
    holders: []
  - id: 客服
    title: 客服
    reports_to: 客服主管
    headcount: 4
---
kind: Department
id: 筹备组
name: 筹备组
parent: 运营中心
`);

const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id);
const edges = (g: ReturnType<typeof selectView>) => g.edges.map((e) => `${e.from}${e.style === 'solid' ? '>' : '~>'}${e.to}`);

describe('selectView', () => {
  it('the full org: every role, every department (an empty one too), solid and dotted lines', () => {
    const g = selectView(SHOP, {});
    expect(ids(g.boxes)).toEqual(['运营总监', '运营主管', '项目运营', '数据专员', '客服主管', '客服']);
    expect(ids(g.groups)).toEqual(['运营中心', '运营部', '客服部', '筹备组']);
    expect(g.groups.find((x) => x.id === '运营部')).toMatchObject({ parent: '运营中心', seats: 5 });
    expect(g.groups.find((x) => x.id === '运营中心')!.seats).toBe(11);
    // The dotted line that repeats the solid one, and the one to itself, are not drawn.
    expect(edges(g)).toEqual([
      '运营总监>运营主管',
      '运营主管>项目运营',
      '运营主管>数据专员',
      '运营总监>客服主管',
      '客服主管>客服',
      '客服主管~>数据专员',
    ]);
    expect(g.title).toBe('Acme 组织架构图');
    expect(g.subtitle).toBe('6 个岗位 · 编制 11');
  });

  it('staffing: holders and vacancies when known, nothing when unknown', () => {
    const box = (id: string) => selectView(SHOP, {}).boxes.find((b) => b.id === id)!;
    expect(box('项目运营')).toMatchObject({ seats: 3, holders: ['王芳', '刘洋'], vacancies: 1 });
    expect(box('客服主管')).toMatchObject({ seats: 1, holders: [], vacancies: 1 });
    expect(box('客服').holders).toBeUndefined();
    expect(box('客服').vacancies).toBeUndefined();
  });

  it('--root: the reporting subtree, framed by the departments it needs', () => {
    const g = selectView(SHOP, { root: '运营主管' });
    expect(ids(g.boxes)).toEqual(['运营主管', '项目运营', '数据专员']);
    expect(ids(g.groups)).toEqual(['运营部']);
    expect(g.groups[0]!.parent).toBeUndefined();
    expect(edges(g)).toEqual(['运营主管>项目运营', '运营主管>数据专员']);
    expect(g.subtitle).toContain('运营主管 及其下属');
  });

  it('--department: the department and its sub-departments; a manager outside the view makes a root', () => {
    const g = selectView(SHOP, { department: '客服部' });
    expect(ids(g.boxes)).toEqual(['客服主管', '客服']);
    expect(edges(g)).toEqual(['客服主管>客服']);
    const whole = selectView(SHOP, { department: '运营中心' });
    expect(whole.boxes.length).toBe(6);
  });

  it('unknown --root / --department are usage errors with a suggestion; both at once too', () => {
    expect(() => selectView(SHOP, { root: '运营主官' })).toThrow(UsageError);
    expect(() => selectView(SHOP, { root: '运营主官' })).toThrow("--root '运营主官' is not a role (did you mean '运营主管'?)");
    expect(() => selectView(SHOP, { department: '客服组' })).toThrow("--department '客服组' is not a department (did you mean '客服部'?)");
    expect(() => selectView(SHOP, { root: '运营主管', department: '客服部' })).toThrow(UsageError);
  });

  it('--depth N: N levels below the top, the last managers showing how many roles and seats are folded', () => {
    const g = selectView(SHOP, { depth: 1 });
    expect(ids(g.boxes)).toEqual(['运营总监', '运营主管', '客服主管']);
    const lead = g.boxes.find((b) => b.id === '运营主管')!;
    expect(lead).toMatchObject({ hidden: 2, hiddenSeats: 4 });
    expect(g.boxes.find((b) => b.id === '运营总监')!.hidden).toBe(0);
    expect(ids(g.groups)).toEqual(['运营中心', '运营部', '客服部', '筹备组']);
    // Departments left with no visible role disappear; the one that is empty in the org stays.
    expect(ids(selectView(SHOP, { depth: 0 }).groups)).toEqual(['运营中心', '筹备组']);
    expect(ids(selectView(SHOP, { depth: 0 }).boxes)).toEqual(['运营总监']);
    expect(selectView(SHOP, { depth: 0 }).boxes[0]!.hidden).toBe(5);
  });

  it('--level department: one box per department with seat totals and staffing, lines parent to child', () => {
    const g = selectView(SHOP, { level: 'department' });
    expect(g.level).toBe('department');
    expect(ids(g.boxes)).toEqual(['运营中心', '运营部', '客服部', '筹备组']);
    expect(g.boxes.find((b) => b.id === '运营中心')).toMatchObject({ seats: 11, head: '运营总监', vacancies: 2 });
    expect(g.boxes.find((b) => b.id === '筹备组')).toMatchObject({ seats: 0 });
    expect(edges(g)).toEqual(['运营中心>运营部', '运营中心>客服部', '运营中心>筹备组']);
    const folded = selectView(SHOP, { level: 'department', depth: 0 });
    expect(folded.boxes).toHaveLength(1);
    expect(folded.boxes[0]).toMatchObject({ hidden: 3, hiddenSeats: 10 });
  });

  it("--level department: top departments hang off the department of their head's manager, never in a loop", () => {
    const flat = org(`kind: Department
id: 总经办
name: 总经办
head: 总经理
roles:
  - id: 总经理
    title: 总经理
---
kind: Department
id: 运营部
name: 运营部
head: 运营总监
roles:
  - id: 运营总监
    title: 运营总监
    reports_to: 总经理
---
kind: Department
id: 直播组
name: 直播组
parent: 运营部
head: 主播
roles:
  - id: 主播
    title: 主播
    reports_to: 运营总监
---
kind: Department
id: 客服部
name: 客服部
head: 客服主管
roles:
  - id: 客服主管
    title: 客服主管
    reports_to: 主播
---
kind: Department
id: 甲部
name: 甲部
head: 甲
roles:
  - id: 甲
    title: 甲
    reports_to: 乙
---
kind: Department
id: 乙部
name: 乙部
head: 乙
roles:
  - id: 乙
    title: 乙
    reports_to: 甲
`);
    const g = selectView(flat, { level: 'department' });
    // 客服部's head reports into 直播组, a sub-department; 甲部 and 乙部 report to each other: one line, not a loop.
    expect(edges(g)).toEqual(['运营部>直播组', '总经办>运营部', '直播组>客服部', '乙部>甲部']);
    // With 直播组 folded away by --depth, the line comes from the nearest department still shown.
    expect(edges(selectView(flat, { level: 'department', depth: 0 }))).toEqual(['总经办>运营部', '运营部>客服部', '乙部>甲部']);
  });

  it('colours follow the whole org, so a department keeps its colour in a partial view', () => {
    const full = selectView(SHOP, {});
    const part = selectView(SHOP, { department: '客服部' });
    expect(part.groups[0]!.color).toBe(full.groups.find((x) => x.id === '客服部')!.color);
    expect(part.boxes[0]!.color).toBe(full.boxes.find((b) => b.id === '客服主管')!.color);
  });

  it('English orgs get English words', () => {
    const g = selectView(example('minimal-en'), { depth: 0 });
    expect(g.title).toBe('Acme Online Shop — organisation chart');
    expect(g.subtitle).toBe('6 roles · 10 seats · 0 levels below the top');
  });

  it('a view is data: the options read as {kind, scope, depth}, and computing that view is the same chart', () => {
    expect(viewOf({})).toEqual({ kind: 'roles' });
    expect(viewOf({ level: 'department', department: '客服部', depth: 1 })).toEqual({
      kind: 'departments',
      scope: { department: '客服部' },
      depth: 1,
    });
    expect(viewOf({ root: '运营主管' })).toEqual({ kind: 'roles', scope: { root: '运营主管' } });
    expect(computeView(SHOP, { kind: 'departments', scope: { department: '运营中心' }, depth: 0 })).toEqual(
      selectView(SHOP, { level: 'department', department: '运营中心', depth: 0 }),
    );
    expect(ids(computeView(SHOP, { kind: 'roles', scope: { root: '客服主管' } }).boxes)).toEqual(['客服主管', '客服']);
  });

  it('departments come in THE department order of the model, parent loops broken the same way', () => {
    const looped = org(`kind: Department
id: b
name: B
parent: a
roles: [{id: rb, title: RB}]
---
kind: Department
id: top
name: Top
roles: [{id: rt, title: RT}]
---
kind: Department
id: a
name: A
parent: b
---
kind: Department
id: c
name: C
parent: top
`);
    const order = departmentOrder(looped).map((v) => v.dept.id);
    expect(ids(selectView(looped, {}).groups)).toEqual(order);
    expect(ids(selectView(looped, { level: 'department' }).boxes)).toEqual(order);
    // The loop is cut under its first member in model order: b holds a.
    expect(selectView(looped, {}).groups.find((g) => g.id === 'a')!.parent).toBe('b');
  });
});

describe('--root / --department: display names and the other option', () => {
  const EN = modelOf({
    'org.yaml': 'kind: Organization\nid: acme\nname: Acme\n',
    'd.yaml':
      'kind: Department\nid: ops\nname: 运营部\nhead: ops-lead\nroles:\n  - id: ops-lead\n    title: 运营主管\n---\nkind: Department\nid: logistics\nname: 物流部\nparent: ops\nhead: log-lead\nroles:\n  - id: log-lead\n    title: 物流主管\n    reports_to: ops-lead\n',
  });

  it('a display name or title gets its id, with the name it was found by', () => {
    expect(() => selectView(EN, { department: '运营部' })).toThrow(
      "--department '运营部' is not a department (did you mean 'ops' (运营部)?)",
    );
    expect(() => selectView(EN, { root: '物流主管' })).toThrow("--root '物流主管' is not a role (did you mean 'log-lead' (物流主管)?)");
  });

  it('a department given to --root says to use --department, and the reverse', () => {
    expect(() => selectView(EN, { root: 'logistics' })).toThrow(
      "--root 'logistics' is a department, not a role: use --department 'logistics'",
    );
    expect(() => selectView(EN, { department: 'log-lead' })).toThrow(
      "--department 'log-lead' is a role, not a department: use --root 'log-lead'",
    );
  });
});
