/**
 * Denial of service: a pull request controls every byte of the org, so every
 * command must stay linear (or n log n) in its input. Each test times the
 * hostile input against a linear baseline of the same size in the same
 * process (never an absolute time): what used to be quadratic, or worse, now
 * costs a small multiple of the baseline. Deep chains must also end without a
 * crash (no stack overflow, no heap exhaustion) and with output whose size is
 * bounded by the input's.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { wrapText } from '../../src/chart/draw/text.js';
import { diffOrgs } from '../../src/diff/compare.js';
import { renderDocs } from '../../src/docs/index.js';
import { computeStats } from '../../src/stats/compute.js';
import { suggest } from '../../src/core/text/suggest.js';
import { runRules } from '../../src/lint/engine.js';
import { lint, modelOf, ORG } from '../helpers.js';
import { SLOWDOWN_HANG_GUARD, slowdown } from '../support/slowdown.js';

/** Deterministic lowercase ids of `length` characters. */
function idMaker(seed: number, length: number): () => string {
  let x = seed;
  return () => {
    let s = '';
    for (let i = 0; i < length; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      s += String.fromCharCode(97 + ((x >>> 0) % 26));
    }
    return s;
  };
}

describe('"did you mean" is bounded', () => {
  it('unknown long ids against many long ids cost about as much as known ones', { timeout: SLOWDOWN_HANG_GUARD }, async () => {
    // 300 roles with 200-character ids, each reporting to an unknown 200-character id: the old
    // code compared every unknown id with every id in full (seconds); the baseline reports to known ids.
    const id = idMaker(7, 200);
    const ids = Array.from({ length: 300 }, id);
    const unknown = Array.from({ length: 300 }, id);
    const org = (targets: string[]) =>
      ORG +
      '---\nkind: Department\nid: d\nname: D\nroles:\n' +
      ids.map((r, i) => `  - id: ${r}\n    title: T\n    reports_to: ${targets[i]!}\n`).join('');
    const hostile = org(unknown);
    const benign = org(ids.map((_, i) => ids[(i + 1) % ids.length]!));
    const ratio = await slowdown(
      () => lint(benign),
      () => lint(hostile),
    );
    expect(lint(hostile).filter((f) => f.rule === 'reports-to-unknown')).toHaveLength(300);
    // The old code: ~80 times the baseline at half this size, and quadratic. The baseline is mostly the
    // parse, which the fast YAML path made 2-3× cheaper: the same suggestion work is now 15-45× of it.
    expect(ratio).toBeLessThan(60);
  });

  it('many unknown short ids against many short ids stay near linear', { timeout: SLOWDOWN_HANG_GUARD }, async () => {
    const id = idMaker(11, 12);
    const ids = Array.from({ length: 3000 }, id);
    const org = (target: (i: number) => string) =>
      ORG +
      '---\nkind: Department\nid: d\nname: D\nroles:\n' +
      ids.map((r, i) => `  - id: ${r}\n    title: T\n    reports_to: ${target(i)}\n`).join('');
    const ratio = await slowdown(
      () => lint(org((i) => ids[(i + 1) % ids.length]!)),
      () => lint(org((i) => `${ids[(i + 7) % ids.length]!.slice(0, 6)}zzzzzz`)),
    );
    expect(ratio).toBeLessThan(15); // the old code: 145
  });

  it('still suggests what it suggested before on normal input', () => {
    expect(suggest('cs-leed', ['cs-lead', 'ops-lead', 'cs-agent'])).toBe('cs-lead');
    expect(suggest('cs-lead', ['cs-lead'])).toBeUndefined();
    // A swap of two neighbours is one edit; ties go to the first in sorted order.
    expect(suggest('abdc', ['abcd', 'abxc'])).toBe('abcd');
    expect(suggest('abcx', ['abcz', 'abcy'])).toBe('abcy');
    // Accepted up to max(2, ⌊length/3⌋).
    expect(suggest('abcdefghi', ['abcdefxyz'])).toBe('abcdefxyz');
    expect(suggest('abcdefghi', ['abcdewxyz'])).toBeUndefined();
    expect(
      suggest(
        '运营总监',
        new Map([
          ['运营总鉴', 1],
          ['客服主管', 2],
        ]),
      ),
    ).toBe('运营总鉴');
    // Several sets: the best over all of them.
    expect(suggest('sales', new Map([['saels-x', 1]]), ['sale'])).toBe('sale');
  });
});

describe('chart text wrapping is linear in the length of a word', () => {
  const words = (n: number) => 'word '.repeat(n / 5);
  it('an unbroken 20,000-character title', { timeout: SLOWDOWN_HANG_GUARD }, async () => {
    const ratio = await slowdown(
      () => wrapText(words(20_000), 200, 14, true),
      () => wrapText('x'.repeat(20_000), 200, 14, true),
    );
    expect(wrapText('x'.repeat(20_000), 200, 14, true).join('')).toBe('x'.repeat(20_000));
    expect(ratio).toBeLessThan(10);
  });

  it('a word of zero-width combining marks', { timeout: SLOWDOWN_HANG_GUARD }, async () => {
    const marks = 'x' + '\u0301'.repeat(20_000);
    const ratio = await slowdown(
      () => wrapText(words(20_000), 200, 14, true),
      () => wrapText(marks, 200, 14, true),
    );
    expect(wrapText(marks, 200, 14, true)).toEqual([marks]);
    expect(ratio).toBeLessThan(10);
  });
});

/**
 * Departments d0…d(n-1), each headed by its one role r<i> with a budget of 5
 * seats: nested in one chain (d<i> under d<i-1>, r<i> reporting to r<i-1>), or
 * flat (all under d0, reporting to r0), the same size in bytes within a few.
 */
function departments(n: number, shape: 'chain' | 'flat'): string {
  const up = (i: number) => (shape === 'chain' ? i - 1 : 0);
  let text = ORG;
  for (let i = 0; i < n; i++) {
    text += `---\nkind: Department\nid: d${i}\nname: D${i}\nhead: r${i}\nheadcount_budget: 5\n${i ? `parent: d${up(i)}\n` : ''}`;
    text += `roles:\n  - id: r${i}\n    title: R${i}\n${i ? `    reports_to: r${up(i)}\n` : ''}`;
  }
  return text;
}

/** A chain of n roles in one department, each reporting to the one before. */
function roleChain(n: number, dept = 'd'): string {
  let text = ORG + `---\nkind: Department\nid: ${dept}\nname: D\nroles:\n`;
  for (let i = 0; i < n; i++) text += `  - id: r${i}\n    title: R${i}\n${i ? `    reports_to: r${i - 1}\n` : ''}`;
  return text;
}

describe('deep department trees cost what flat ones do', () => {
  const N = 4000;
  const chain = modelOf({ 'org.yaml': departments(N, 'chain') });
  const flat = modelOf({ 'org.yaml': departments(N, 'flat') });

  it('validate (cross-department-reporting, headcount-over-budget)', { timeout: SLOWDOWN_HANG_GUARD }, async () => {
    // The rules alone (the models are built once): parsing would hide what the rules cost.
    // The chain has about 8,000 findings (max-depth, headcount-over-budget) to the flat org's 2, each with a
    // message that says the fix. Since the rules skip what cannot be found (no role over the depth limit, no
    // line leaving a department) the flat org costs little, so the ratio is that of 8,000 messages to almost
    // nothing: 12–15 at 4,000 departments and 9 at 8,000 (linear: it falls as the fixed cost spreads). A rule
    // walking the chain once per role would be some 2,000 times.
    const ratio = await slowdown(
      () => runRules(flat),
      () => runRules(chain),
      9,
    );
    expect(ratio).toBeLessThan(40);
  });

  it('stats', { timeout: SLOWDOWN_HANG_GUARD }, async () => {
    const ratio = await slowdown(
      () => computeStats(flat),
      () => computeStats(chain),
    );
    expect(ratio).toBeLessThan(6); // the old code: 19
    // The figures are still those of each subtree.
    const stats = computeStats(chain);
    expect(stats.departments[0]).toMatchObject({
      id: 'd0',
      level: 0,
      roles: N,
      layers: N,
      span: { managers: N - 1, min: 1, median: 1, max: 1 },
    });
    expect(stats.departments[N - 1]).toMatchObject({ id: `d${N - 1}`, level: N - 1, roles: 1 });
  });

  it('docs: pages bounded in size, whatever the depth', { timeout: SLOWDOWN_HANG_GUARD }, async () => {
    const size = (files: Map<string, string>) => [...files.values()].reduce((n, text) => n + text.length, 0);
    for (const format of ['markdown', 'html'] as const) {
      let deep = 0;
      let shallow = 0;
      const ratio = await slowdown(
        () => (shallow = size(renderDocs(flat, { format }))),
        () => (deep = size(renderDocs(chain, { format }))),
        3,
      );
      expect(deep / shallow).toBeLessThan(1.5);
      expect(ratio).toBeLessThan(6);
    }
    // A deep page names the top, an ellipsis and the nearest departments.
    const page = renderDocs(chain, { format: 'markdown' }).get(`departments/d${N - 1}.md`)!;
    expect(page).toMatch(/\[D0\]\([^)]*\) › … › \[D3997\]\([^)]*\) › \[D3998\]\([^)]*\) › D3999/);
  });
});

describe('diff of a deep reporting chain that moved', () => {
  it('costs what the same number of plain changes does', { timeout: SLOWDOWN_HANG_GUARD }, async () => {
    const N = 3000;
    const before = modelOf({ 'org.yaml': roleChain(N) });
    const moved = modelOf({ 'org.yaml': roleChain(N, 'e') }); // every role changed department: every manager a candidate team move
    const retitled = modelOf({ 'org.yaml': roleChain(N).replace(/title: R/g, 'title: T') });
    const ratio = await slowdown(
      () => diffOrgs(before, retitled),
      () => diffOrgs(before, moved),
    );
    expect(ratio).toBeLessThan(10); // the old code: 41
    // The whole chain is one team move, under its top.
    expect(diffOrgs(before, moved).moves).toMatchObject([{ root: 'r0', seats: N }]);
  });
});

const BIN = path.resolve(__dirname, '../../bin/orgctl.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-linear-'));
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: number;
  stderr: string;
}

/**
 * Kills a run that hangs. Eight of these runs start at once (the tests below are concurrent), each walking
 * a 10,000-deep tree: on a loaded 2-core machine one took 40 s, so this only catches a real hang.
 */
const RUN_HANG_GUARD = 300_000;
/** Two runs in turn, each under RUN_HANG_GUARD. */
const CLI_TEST_HANG_GUARD = 2 * RUN_HANG_GUARD + 60_000;

/** The CLI as a process (needs the build): exit code, stdout size, stderr. */
function run(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: tmp,
      env: { ...process.env, NO_COLOR: '1', ORGCTL_DEBUG: '' },
      timeout: RUN_HANG_GUARD,
    });
    let stdout = 0;
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.length));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}

function dirBytes(dir: string): number {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true }))
    n += e.isDirectory() ? dirBytes(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).size;
  return n;
}

describe.concurrent('a department chain 10,000 deep: no crash, output linear in the input', () => {
  // Empty departments nested in one chain, one role at the bottom: no ELK run per department, so the
  // layout itself is quick, and every walk of the tree is 10,000 deep.
  const N = 10_000;
  const dir = path.join(tmp, 'chain');
  fs.mkdirSync(dir);
  let text = ORG;
  for (let i = 0; i < N; i++) text += `---\nkind: Department\nid: d${i}\nname: D${i}\n${i ? `parent: d${i - 1}\n` : ''}`;
  text += `---\nkind: Role\nid: r\ntitle: R\ndepartment: d${N - 1}\n`;
  fs.writeFileSync(path.join(dir, 'org.yaml'), text);
  const input = text.length;

  const clean = (r: Run) => {
    const context = `exit ${r.code ?? 'none (killed)'}\n${r.stderr.slice(0, 2000)}`;
    expect([0, 1], context).toContain(r.code); // null: killed by the timeout
    expect(r.stderr, context).not.toMatch(/\n\s+at |internal error|Maximum call stack/);
  };

  for (const args of [
    ['-f', 'svg'],
    ['-f', 'mermaid'],
    ['-f', 'dot'],
    ['-f', 'json'],
    ['--level', 'department'],
  ]) {
    it(`chart ${args.join(' ')}`, { timeout: CLI_TEST_HANG_GUARD }, async () => {
      const r = await run(['chart', dir, ...args]);
      clean(r);
      expect(r.stdout).toBeGreaterThan(0);
      expect(r.stdout).toBeLessThan(30 * input);
    });
  }

  it('stats (text and json)', { timeout: CLI_TEST_HANG_GUARD }, async () => {
    for (const format of ['text', 'json']) {
      const r = await run(['stats', dir, '--format', format]);
      clean(r);
      expect(r.stdout).toBeLessThan(30 * input);
    }
  });

  it('docs (markdown and html)', { timeout: CLI_TEST_HANG_GUARD }, async () => {
    for (const format of ['markdown', 'html']) {
      const out = path.join(tmp, `docs-${format}`);
      const r = await run(['docs', dir, '-o', out, '--format', format]);
      clean(r);
      expect(dirBytes(out)).toBeLessThan(40 * input);
    }
  });

  it('validate and diff', { timeout: CLI_TEST_HANG_GUARD }, async () => {
    clean(await run(['validate', dir, '--format', 'json']));
    clean(await run(['diff', dir, path.join(dir, '..', 'chain'), '--format', 'markdown']));
  });
});

describe('aligned text tables', () => {
  it('one huge name does not pad every other row to its width', async () => {
    const { table } = await import('../../src/core/text/columns.js');
    const rows = [['x'.repeat(100_000), '1'], ...Array.from({ length: 1000 }, (_, i) => [`d${i}`, String(i)])];
    const out = table(rows, ['l', 'r']).join('\n');
    // Was 1,000 rows × 100,000 spaces.
    expect(out.length).toBeLessThan(100_000 + 1000 * 250);
  });
});
