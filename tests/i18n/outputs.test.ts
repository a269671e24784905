/**
 * What a zh-CN org reads besides the diff (tests/diff/ has the diff goldens):
 * stats headings follow the org's locale (or --lang), and stylish's summary
 * is translatable for library users while `orgctl validate` stays English —
 * its rule messages are English, and CI logs are grepped for "problems".
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrg, validateOrg } from '../../src/api.js';
import { formatReport } from '../../src/report/index.js';
import { computeStats, formatStatsText } from '../../src/stats/index.js';
import { modelOf, ORG } from '../helpers.js';

const BIN = path.resolve(__dirname, '../../bin/orgctl.js');
const FIXTURES = path.resolve(__dirname, '../fixtures/restructure');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: FIXTURES, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('stats text in Chinese', () => {
  const stats = computeStats(loadOrg([path.join(FIXTURES, 'move/before')]));

  it('headings, total, span line and footnote from the zh-CN catalogue; figures unchanged', () => {
    const zh = formatStatsText(stats, 'zh-CN');
    expect(zh).toMatch(
      /^曼曼电商 \(manman\)\n\n部门\s+岗位\s+编制\s+在岗\s+空缺\s+未登记\s+层级\s+最小幅度\s+幅度中位数\s+最大幅度\s+编制预算\n/,
    );
    expect(zh).toMatch(/合计\(5 个部门\)\s+12\s+19\s+6\s+2\s+11\s+3\s+2\s+3\s+6\n/);
    expect(zh).toContain('管理幅度(按编制计,上限 6):5 名管理者,最小 2,中位数 3,最大 6');
    for (const english of ['department', 'roles', 'seats', 'vacant', 'total', 'Span', 'manager', 'limit'])
      expect(zh).not.toContain(english);
    expect(formatStatsText(stats)).toContain('total (5 departments)');
  });

  it("orgctl stats speaks the org's locale unless --lang says otherwise", () => {
    const zh = run(['stats', 'move/before']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toBe(formatStatsText(stats, 'zh-CN'));
    expect(run(['stats', 'move/before', '--lang', 'en']).stdout).toBe(formatStatsText(stats, 'en'));
    // JSON has no words to translate.
    expect(run(['stats', 'move/before', '-f', 'json', '--lang', 'zh-CN']).stdout).toBe(run(['stats', 'move/before', '-f', 'json']).stdout);
  }, 60_000);
});

describe('stylish summary', () => {
  const broken = validateOrg(
    modelOf({
      'a.yaml': ORG,
      'b.yaml': 'kind: Department\nid: cs\nname: 客服部\nroles:\n  - id: a\n    title: A\n    reports_to: nobody\n',
    }),
  );
  const clean = validateOrg(modelOf({ 'a.yaml': ORG }));

  it('English by default, word for word as before', () => {
    const out = formatReport('stylish', broken, { color: false });
    expect(out).toContain('\n  7:17  error    role ');
    expect(out).toContain('\n  2:5   warning  department ');
    expect(out.endsWith('✖ 2 problems (1 error, 1 warning) — 1 role, 1 seat, 1 department, 0 KPIs, 0 workflows in 2 files\n')).toBe(true);
    expect(formatReport('stylish', clean, { color: false })).toBe(
      '✔ no problems (0 roles, 0 seats, 0 departments, 0 KPIs, 0 workflows in 1 file)\n',
    );
  });

  it('in Chinese when asked: severities padded to the same width, no plural forms', () => {
    const out = formatReport('stylish', broken, { color: false, locale: 'zh-CN' });
    expect(out).toContain('\n  7:17  错误  role ');
    expect(out).toContain('\n  2:5   警告  department ');
    expect(out.endsWith('✖ 2 个问题(1 个错误、1 个警告) — 2 个文件:1 个岗位、1 个编制、1 个部门、0 个指标、0 个流程\n')).toBe(true);
    expect(formatReport('stylish', clean, { color: false, locale: 'zh-CN' })).toBe(
      '✔ 没有问题(1 个文件:0 个岗位、0 个编制、0 个部门、0 个指标、0 个流程)\n',
    );
  });

  it('orgctl validate stays English for a zh-CN org', () => {
    const r = run(['validate', 'move/before']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^✔ no problems \(12 roles, 19 seats, 5 departments/);
  }, 60_000);
});
