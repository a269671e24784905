/**
 * `orgctl chart` as users run it: in-process for the action (output, exit
 * codes, the error notice), and as a real process for what only a process
 * shows (one-line usage errors with exit 2, nothing but the chart on stdout,
 * progress only on a terminal). The process tests need `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runChart } from '../../src/cli/actions/chart.js';
import type { ChartCommandOptions } from '../../src/cli/commands/chart.js';
import { UsageError } from '../../src/core/errors.js';
import { REPO } from './fixtures.js';

const BIN = path.join(REPO, 'bin/orgctl.js');
const OPS = path.join(REPO, 'examples/ops-center');
const BROKEN = path.join(REPO, 'examples/broken');

function run(args: string[], env: Record<string, string | undefined> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 60000,
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const opts = (o: Partial<ChartCommandOptions> = {}): ChartCommandOptions => ({ format: 'svg', level: 'role', ...o });

describe('orgctl chart (action)', () => {
  let stdout: string[];
  let stderr: string[];
  beforeEach(() => {
    stdout = [];
    stderr = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => (stdout.push(String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => (stderr.push(String(s)), true));
  });
  afterEach(() => vi.restoreAllMocks());

  it('writes the SVG to stdout, or to -o FILE (nothing on stdout then), exit 0 for a clean org', async () => {
    expect(await runChart(OPS, opts())).toBe(0);
    expect(stdout.join('')).toMatch(/^<\?xml[^]*<\/svg>\n$/);
    stdout.length = 0;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-chart-')), 'nested', 'org.svg');
    expect(await runChart(OPS, opts({ output: file }))).toBe(0);
    expect(stdout).toEqual([]);
    expect(fs.readFileSync(file, 'utf8')).toContain('电商运营中心 组织架构图');
    expect(stderr).toEqual([]);
  });

  it('each format and view reaches the writer', async () => {
    await runChart(OPS, opts({ format: 'mermaid', department: '营销部' }));
    expect(stdout.join('')).toContain('flowchart TB');
    expect(stdout.join('')).not.toContain('销售主管');
    stdout.length = 0;
    await runChart(OPS, opts({ format: 'dot', level: 'department' }));
    expect(stdout.join('')).toContain('"运营中心" -> "营销部"');
    stdout.length = 0;
    await runChart(OPS, opts({ format: 'json', root: '推广主管', depth: 0 }));
    const json = JSON.parse(stdout.join('')) as { nodes: Array<{ id: string; collapsed?: number }> };
    expect(json.nodes.find((n) => n.id === '推广主管')!.collapsed).toBe(3);
  });

  it('an org with errors is still drawn, says how many errors on stderr, and exits 1', async () => {
    expect(await runChart(BROKEN, opts({ format: 'json' }))).toBe(1);
    expect(stderr.join('')).toMatch(/^orgctl: warning: the org has \d+ errors; run 'orgctl validate' for details\n$/);
    expect(JSON.parse(stdout.join('')).nodes.length).toBeGreaterThan(10);
  });

  it('an unknown --root or --department is a usage error with a suggestion', async () => {
    await expect(runChart(OPS, opts({ root: '运营主官' }))).rejects.toThrow(UsageError);
    await expect(runChart(OPS, opts({ department: '营销' }))).rejects.toThrow("did you mean '营销部'");
    expect(stdout).toEqual([]);
  });
});

describe('orgctl chart (process)', () => {
  it('usage errors: one line on stderr, exit 2, nothing on stdout', () => {
    for (const args of [
      ['chart', 'examples/ops-center', '--root', '运营主官'],
      ['chart', 'examples/ops-center', '--root', '运营主管', '--department', '营销部'],
      ['chart', 'examples/ops-center', '--depth', 'two'],
      ['chart', 'examples/ops-center', '--format', 'pdf'],
      ['chart', 'no/such/org'],
    ]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(run(['chart', 'examples/ops-center', '--root', '运营主官']).stderr).toBe(
      "orgctl: --root '运营主官' is not a role (did you mean '运营主管'?)\n",
    );
  });

  it('--help lists the formats, views and examples', () => {
    const r = run(['chart', '--help']);
    expect(r.code).toBe(0);
    for (const word of ['--format', 'mermaid', '--root', '--department', '--depth', '--level', 'Examples:'])
      expect(r.stdout).toContain(word);
  });

  it("--lang sets the chart's own words (title, seat counts, legend), with did-you-mean for a near choice", () => {
    const en = run(['chart', 'examples/ops-center', '--format', 'mermaid', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('title: "电商运营中心 — organisation chart — 16 roles · 24 seats"');
    expect(en.stdout).not.toContain('组织架构图');
    const svg = run(['chart', 'examples/minimal-en', '--lang', 'zh-CN']);
    expect(svg.code).toBe(0);
    expect(svg.stdout).toContain('组织架构图');
    const typo = run(['chart', 'examples/ops-center', '--lang', 'zh_CN']);
    expect(typo.code).toBe(2);
    expect(typo.stderr.trim().split('\n')).toHaveLength(1);
    expect(typo.stderr).toContain("(did you mean 'zh-CN'?)");
    const help = run(['chart', '--help']);
    expect(help.stdout.replace(/\s+/g, ' ')).toMatch(/--lang <lang> .*\(choices: "en", "zh-CN"\)/);
    expect(help.stdout).toContain('$ orgctl chart examples/ops-center --lang en');
  });

  it('stdout carries only the chart, and stderr stays empty when it is not a terminal', () => {
    const r = run(['chart', 'examples/ops-center', '--format', 'mermaid']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('---\ntitle:')).toBe(true);
    expect(r.stderr).toBe('');
  });

  it.skipIf(process.platform !== 'linux' || spawnSync('script', ['--version']).status !== 0)(
    'on a terminal, a chart shows progress on stderr once the delay has passed (and never on stdout)',
    { timeout: 120_000 },
    () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-chart-progress-'));
      const out = path.join(dir, 'chart.svg');
      // `script` gives the command a terminal; stdout goes to a file, so what the terminal shows is stderr.
      const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} chart ${JSON.stringify(path.join(REPO, 'examples/ops-center'))} -o ${JSON.stringify(out)}`;
      // Delay 0: progress from the first step, so the test does not need a run longer than the usual second.
      const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ORGCTL_PROGRESS_DELAY_MS: '0' };
      delete env.CI; // progress is (rightly) off in CI logs
      const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', timeout: 120000, env });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout, `terminal showed: ${r.stdout}`).toMatch(/laying out|drawing|loading/);
      expect(fs.readFileSync(out, 'utf8').startsWith('<?xml')).toBe(true);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  );
});
