/**
 * The bundled examples: the clean ones stay clean under every rule, and
 * examples/broken makes every rule fire, at the places EXPECTED.md lists
 * (pinned by a golden JSON report — regenerate with UPDATE_GOLDEN=1 and read the diff).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadOrg, validateOrg } from '../src/api.js';
import { formatReport } from '../src/report/index.js';
import { RULE_IDS } from '../src/lint/registry.js';

const ROOT = path.resolve(__dirname, '..');
const CLEAN = [
  'ecommerce-startup',
  'ops-center',
  'project-ecommerce',
  'minimal-en',
  'functional-ecommerce',
  'ecommerce-center',
  'product-line',
  'project-teams',
  'planned-restructure',
];

describe('bundled examples', () => {
  // project-teams runs its teams in 2027: "today" is pinned so team-expired does not depend on the clock.
  beforeAll(() => {
    vi.stubEnv('ORGCTL_TODAY', '2026-12-01');
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  for (const name of CLEAN) {
    it(`${name} validates with no findings`, () => {
      const result = validateOrg(loadOrg([`examples/${name}`], ROOT));
      expect(result.findings.map((f) => `${f.file ?? '?'}:${f.line ?? '?'} ${f.rule} ${f.message}`)).toEqual([]);
      expect(result.summary.roles).toBeGreaterThan(5);
    });
  }

  it('project-ecommerce carries the KPI table of the seed and at least two workflows', () => {
    const model = loadOrg(['examples/project-ecommerce'], ROOT);
    const names = [...model.kpis.values()].map((k) => k.name);
    for (const kpi of ['缺货率', '销售目标达成率', '客户投诉率', '利润率', '退换货率']) expect(names).toContain(kpi);
    expect([...model.workflows.values()].map((w) => w.name)).toEqual(expect.arrayContaining(['订单处理流程', '营销活动流程']));
  });

  it("functional-ecommerce has the five modules of seed 004, its key roles' competency models and the data-analysis loop", () => {
    const model = loadOrg(['examples/functional-ecommerce'], ROOT);
    const names = [...model.departments.values()].map((d) => d.name);
    for (const d of ['市场与推广部', '销售与运营部', '产品与设计部', '技术与数据部', '客户服务部']) expect(names).toContain(d);
    const ops = model.roles.get('ops-manager')!;
    expect(ops.competencies.map((c) => c.name)).toEqual(['市场洞察力', '数据分析能力', '活动策划能力', '团队管理能力']);
    expect(model.roles.get('data-analyst')!.competencies.map((c) => c.name)).toEqual(['数据工具', '逻辑思维', '商业敏感度']);
    const steps = model.workflows.get('data-analysis')!.steps.map((s) => s.name);
    expect(steps).toEqual(['数据采集', '数据清洗', '数据建模', '数据分析', '洞察提炼', '策略优化', '效果追踪']);
  });

  it('ecommerce-center has the 8 departments of seed 000 and its named positions', () => {
    const model = loadOrg(['examples/ecommerce-center'], ROOT);
    expect([...model.departments.values()].map((d) => d.name)).toEqual([
      '总经理办公室',
      '运营管理部',
      '销售部',
      '采购部',
      '客服部',
      '数据分析部',
      '市场推广部',
      '技术研发部',
    ]);
    for (const r of ['总经理', '总经理助理', '运营总监', '运营经理', '产品经理', '运营主管', '运营专员', '销售经理'])
      expect(model.roles.has(r)).toBe(true);
    expect(model.hierarchy.reports.get('总经理')!.length).toBe(8);
  });

  it('product-line gives each product line its own 运营/推广/产品 roles under a 品类经理, beside shared functions', () => {
    const model = loadOrg(['examples/product-line'], ROOT);
    for (const line of ['apparel', 'home', 'beauty']) {
      const titles = model.hierarchy.departmentRoles.get(line)!.map((r) => r.title);
      expect(titles.some((t) => t.endsWith('品类经理'))).toBe(true);
      for (const f of ['运营专员', '推广专员', '产品专员']) expect(titles.some((t) => t.endsWith(f))).toBe(true);
    }
    expect(model.departments.get('customer-service')!.name).toContain('共享');
  });

  it('project-teams runs 大促项目组 and 新品上线项目组 over the functional org, each drawn from several departments', () => {
    const model = loadOrg(['examples/project-teams'], ROOT);
    expect([...model.teams.keys()]).toEqual(['大促项目组', '新品上线项目组']);
    for (const team of model.teams.values()) {
      const homes = new Set(team.members.map((m) => model.roles.get(m.role)!.department));
      expect(homes.size).toBeGreaterThanOrEqual(4);
    }
  });

  it('ops-center has the seed head-counts (美工 ×5, 客服 ×4)', () => {
    const model = loadOrg(['examples/ops-center'], ROOT);
    const seats = new Map([...model.roles.values()].map((r) => [r.title, r.headcount]));
    expect(seats.get('美工')).toBe(5);
    expect([...seats.entries()].find(([t]) => t.startsWith('客服'))?.[1]).toBe(4);
  });

  it('ecommerce-startup has the 8 departments of 经营初期', () => {
    const model = loadOrg(['examples/ecommerce-startup'], ROOT);
    const names = [...model.departments.values()].map((d) => d.name).join(' ');
    for (const d of ['网络运营部', '视觉设计部', '网络分销部', '网络客服部', '网络推广部', '商务拓展部', '电商物流部', '财务行政部'])
      expect(names).toContain(d);
  });

  // Look-alike ids are not demonstrated in examples/ (users copy them; an id in Cyrillic there
  // would be a trap): tests/rules/confusable-id.test.ts covers that rule.
  const NOT_IN_BROKEN = new Set(['confusable-id']);

  it('examples/broken makes every rule fire (but the ones tested on their own)', () => {
    const result = validateOrg(loadOrg(['examples/broken'], ROOT));
    const fired = new Set(result.findings.map((f) => f.rule));
    expect(RULE_IDS.filter((id) => !fired.has(id) && !NOT_IN_BROKEN.has(id))).toEqual([]);
    expect([...NOT_IN_BROKEN].filter((id) => fired.has(id))).toEqual([]);
  });

  it('examples/broken/EXPECTED.md lists every finding, each at the line the report gives', () => {
    const findings = validateOrg(loadOrg(['examples/broken'], ROOT)).findings.map((f) => ({
      ...f,
      file:
        f.file === undefined
          ? undefined
          : path.relative(path.join(ROOT, 'examples/broken'), path.resolve(ROOT, f.file)).split(path.sep).join('/'),
    }));
    const rows = expectedRows(fs.readFileSync(path.join(ROOT, 'examples/broken/EXPECTED.md'), 'utf8'));
    expect(rows.length).toBeGreaterThanOrEqual(RULE_IDS.length);
    const matches = (row: ExpectedRow, f: (typeof findings)[number]) =>
      f.rule === row.rule && f.severity === row.severity && f.file === row.file && row.lines(f.line ?? 0);
    for (const row of rows)
      expect(
        findings.some((f) => matches(row, f)),
        `EXPECTED.md row: ${row.text}`,
      ).toBe(true);
    for (const f of findings) {
      expect(
        rows.some((row) => matches(row, f)),
        `finding not in EXPECTED.md: ${f.rule} ${f.file ?? '?'}:${f.line ?? '?'}`,
      ).toBe(true);
    }
  });

  it('examples/broken report matches the golden file', () => {
    const cwd = process.cwd();
    process.chdir(ROOT); // file paths in the report are relative to the cwd
    try {
      const json = formatReport('json', validateOrg(loadOrg(['examples/broken'])));
      const golden = path.join(ROOT, 'tests/golden/validate/broken.json');
      if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, json);
      expect(json).toBe(fs.readFileSync(golden, 'utf8'));
    } finally {
      process.chdir(cwd);
    }
  });
});

interface ExpectedRow {
  text: string;
  rule: string;
  severity: string;
  file: string;
  /** Whether a finding's line is one the row names: `file:7`, `file:7-8` / `file:7–8` (a range), `file:7` (and/or `:9`). */
  lines: (line: number) => boolean;
}

/** The rows of EXPECTED.md's table: | # | `rule` | severity | `file:line` … | entity | what |. */
function expectedRows(markdown: string): ExpectedRow[] {
  const rows: ExpectedRow[] = [];
  for (const text of markdown.split('\n')) {
    const cells = text.split('|').map((c) => c.trim());
    if (!/^\d+$/.test(cells[1] ?? '')) continue;
    const rule = /^`([a-z-]+)`$/.exec(cells[2]!)![1]!;
    const where = /^`([^`:]+):(\d+)(?:[-–](\d+))?`(?: \(and\/or `:(\d+)`\))?$/.exec(cells[4]!);
    expect(where, `file:line cell of: ${text}`).not.toBeNull();
    const [, file, from, to, alt] = where!;
    const lo = Number(from);
    const hi = to === undefined ? lo : Number(to);
    rows.push({
      text,
      rule,
      severity: cells[3]!,
      file: file!,
      lines: (n) => (n >= lo && n <= hi) || (alt !== undefined && n === Number(alt)),
    });
  }
  return rows;
}
