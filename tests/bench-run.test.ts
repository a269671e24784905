/**
 * `npm run bench` keeps working: the whole suite at a tiny size writes one
 * page with every command against its baseline, a partial rerun replaces
 * only its own rows, and a `dot` run stopped at the time limit is reported
 * as a bound, not as a figure. (The figures themselves are bench/RESULTS.md's
 * business, measured on an idle machine, never asserted here.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runProcess } from './support/cli.js';
// @ts-expect-error -- plain ESM scripts without type declarations
import { renderResults } from '../bench/suite/page.mjs';
// @ts-expect-error -- plain ESM scripts without type declarations
import { runCommand } from '../bench/measure.mjs';
// @ts-expect-error -- plain ESM scripts without type declarations
import { flatDot } from '../bench/suite/chart.mjs';
// @ts-expect-error -- plain ESM scripts without type declarations
import { parseArgs } from '../bench/run.mjs';

const ROOT = path.resolve(__dirname, '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-bench-run-'));
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

// Not spawnSync: a whole-suite run takes 30 s and more (see runProcess).
const bench = (...args: string[]) => runProcess(process.execPath, ['bench/run.mjs', ...args], { cwd: ROOT });

describe('bench/run.mjs', () => {
  const out = path.join(tmp, 'RESULTS.md');

  it('measures every command at a size and writes the page and its figures', async () => {
    const r = await bench('--sizes', '150', '--reps', '1', '--dot-timeout', '60', '--out', out);
    expect(r.stderr).not.toMatch(/^bench:/m);
    expect(r.code).not.toBe(2);
    const page = fs.readFileSync(out, 'utf8');
    for (const subject of [
      '`orgctl validate`',
      '`orgctl --version`',
      '`orgctl chart` (SVG)',
      '`orgctl docs` (Markdown)',
      '`orgctl diff`',
      '`orgctl import` (CSV roster, rows)',
    ]) {
      expect(page).toContain(`| ${subject}`);
    }
    for (const baseline of ['yaml parse', '`node -e 0`', 'validate one side', 'validate of the result'])
      expect(page).toContain(`| ${baseline} |`);
    expect(page).toContain('`orgctl --version` within 1.2× of `node -e 0`');
    expect(page).toContain('`orgctl validate` of 10 roles within 3× of `node -e 0`');
    const json = JSON.parse(fs.readFileSync(path.join(tmp, 'RESULTS.json'), 'utf8'));
    expect(json.rows.map((row: { command: string }) => row.command)).toEqual([
      'validate',
      'start-up',
      'chart',
      'docs',
      'diff',
      'import',
      'chart-html',
      'serve',
    ]);
    for (const row of json.rows) {
      expect(row.subject.ms).toBeGreaterThan(0);
      // The html chart and serve rows report their own figures (bytes, first frame, relayout), no baseline.
      if (row.command === 'chart-html' || row.command === 'serve') continue;
      expect(row.baseline.ms).toBeGreaterThan(0);
      expect(row.ratio).toBeCloseTo(row.subject.ms / row.baseline.ms, 5);
    }
    const docs = json.rows.find((row: { command: string }) => row.command === 'docs');
    expect(docs.extra.files).toBeGreaterThan(150); // a page per role at least
  }, 900_000); // 30 s on an idle 2-core machine; 283 s beside two CPU-bound processes, where 300 s was the limit

  it('replaces only the rows it measured on a partial rerun', async () => {
    const before = JSON.parse(fs.readFileSync(path.join(tmp, 'RESULTS.json'), 'utf8'));
    const r = await bench('--only', 'validate', '--sizes', '150', '--reps', '1', '--out', out);
    expect(r.code).not.toBe(2);
    const after = JSON.parse(fs.readFileSync(path.join(tmp, 'RESULTS.json'), 'utf8'));
    expect(after.rows.map((row: { command: string }) => row.command)).toEqual(before.rows.map((row: { command: string }) => row.command));
    expect(after.rows.find((row: { command: string }) => row.command === 'docs')).toEqual(
      before.rows.find((row: { command: string }) => row.command === 'docs'),
    );
  }, 300_000); // 21 s beside two CPU-bound processes

  it('refuses unknown commands and options with exit 2 and a clear line', async () => {
    const r = await bench('--only', 'charts', '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("bench: unknown command 'charts'; one of: validate, start-up, chart, docs, diff");
    expect(() => parseArgs(['--sizes', 'lots'])).toThrow(/--sizes takes positive whole numbers/);
    expect(parseArgs(['--sizes', '1k,10k']).sizes).toEqual([1000, 10000]);
  });
});

describe('measuring', () => {
  it('stops a command at the time limit and says so', () => {
    const r = runCommand('sleep', ['5'], { timeoutMs: 1000 });
    expect(r.timedOut).toBe(true);
    expect(r.ms).toBe(1000);
    expect(runCommand('true', [], { timeoutMs: 5000 }).timedOut).toBe(false);
  });

  it('reports a stopped dot run as a bound on the ratio, and judges targets', () => {
    const m = (ms: number, extra: object = {}) => ({ ms, runs: [ms], ...extra });
    const page = renderResults({
      seed: 1,
      machine: 'test machine',
      rss: 'none',
      rows: [
        {
          command: 'chart',
          size: 100000,
          reps: 1,
          subject: m(20000),
          baseline: { label: '`dot -Tsvg`', ...m(300000, { timedOut: true }) },
          ratio: 20000 / 300000,
          extra: { dotClusters: m(300000, { timedOut: true }), ratioClusters: 20000 / 300000, svgBytes: 1e6, width: 10, height: 20 },
          targets: [],
        },
        {
          command: 'diff',
          size: 100000,
          reps: 1,
          subject: m(4000),
          baseline: { label: 'validate one side', ...m(1000) },
          ratio: 4,
          extra: { rolesChanged: 1000, changes: 1200 },
          targets: [{ what: 'diff within 3× of validating one side', measured: 4, limit: 3, unit: '×' }],
        },
      ],
    });
    expect(page).toContain('| `orgctl chart` (SVG) | 100k | 20.0 s | – | `dot -Tsvg` | > 300.0 s | < 0.07× | 1 |');
    expect(page).toContain('| diff within 3× of validating one side | 100k | 4.00× | 3× | **FAIL** |');
  });

  it('strips the department clusters for the plain dot baseline', () => {
    const dot = ['digraph {', '  subgraph "cluster_a" {', '    label="A"', '    "r1"', '  }', '  "r1" -> "r2"', '}'].join('\n');
    expect(flatDot(dot)).toBe(['digraph {', '    "r1"', '  "r1" -> "r2"', '}'].join('\n'));
  });
});
