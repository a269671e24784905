/**
 * The CLI as a process on nasty inputs: empty, binary, non-UTF-8, absurdly
 * nested, large, symlink loops, unwritable outputs. Whatever comes in, every
 * command ends with exit 0, 1 or 2 (README, Exit codes), says something, and never shows
 * a stack trace or an internal error. Needs `npm run build` (npm test does it).
 * Processes run concurrently (async spawn), but never more at once than the
 * machine has cores: 55 processes started together on a loaded 2-core CI
 * machine each took longer than any sane hang limit, and the limit then
 * reported a hang that was only a queue.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = path.resolve(__dirname, '../bin/orgctl.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const SLOTS = Math.max(1, os.availableParallelism());
let running = 0;
const waiting: (() => void)[] = [];
async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= SLOTS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** One CLI process; the timeout only catches a real hang (a killed run has code null). */
function run(args: string[], cwd: string, timeoutMs = 120_000): Promise<Run> {
  return slot(() => spawnOnce(args, cwd, timeoutMs));
}

function spawnOnce(args: string[], cwd: string, timeoutMs: number): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', ORGCTL_DEBUG: '' },
      timeout: timeoutMs,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}

/** What every run must satisfy, whatever the input. */
function expectCleanExit(r: Run, codes: readonly number[] = [0, 1, 2]): void {
  const context = `exit ${r.code ?? 'none (killed)'}\nstderr: ${r.stderr.slice(0, 2000)}`;
  expect(codes, context).toContain(r.code); // null = killed by the timeout: a hang
  expect(r.stderr, context).not.toMatch(/\n\s+at /);
  expect(r.stderr, context).not.toContain('internal error');
  expect(r.stdout.length + r.stderr.length, context).toBeGreaterThan(0);
}

const ORG = 'kind: Organization\nid: acme\nname: 曼曼电商\n';
const CLEAN =
  ORG +
  '---\nkind: Department\nid: ops\nname: 运营部\nhead: boss\nroles:\n  - id: boss\n    title: 运营总监\n  - id: clerk\n    title: 运营专员\n    reports_to: boss\n    headcount: 3\n';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-hardening-'));
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

/** A fresh org directory under the test root holding `files` (string or bytes). */
function orgDir(name: string, files: Record<string, string | Uint8Array> = {}): string {
  const dir = path.join(root, name);
  fs.mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), content);
  return dir;
}

function binaryBytes(): Uint8Array {
  // Deterministic "random" bytes, NULs included, as a binary file would have.
  const bytes = new Uint8Array(4096);
  let x = 2463534242;
  for (let i = 0; i < bytes.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  bytes[10] = 0;
  return bytes;
}

const DEPTH = 5000;
const NASTY: Record<string, { setup: () => string; rule?: string; message?: RegExp }> = {
  'an empty file': { setup: () => orgDir('empty-file', { 'org.yaml': '' }), rule: 'missing-organization' },
  'an empty directory (no YAML files)': { setup: () => orgDir('empty-dir'), rule: 'missing-organization' },
  'a binary file named .yaml': {
    setup: () => orgDir('binary', { 'org.yaml': ORG, 'blob.yaml': binaryBytes() }),
    rule: 'yaml-syntax',
    message: /binary/,
  },
  'a Latin-1 (not UTF-8) file': {
    setup: () =>
      orgDir('latin1', { 'org.yaml': ORG, 'dept.yaml': Buffer.from('kind: Department\nid: cafe\nname: Caf\xe9 M\xfcller\n', 'latin1') }),
    rule: 'yaml-syntax',
    message: /UTF-8/,
  },
  [`${DEPTH} levels of [`]: {
    setup: () =>
      orgDir('deep-flow', {
        'org.yaml': ORG,
        'deep.yaml': `kind: KPI\nid: k\nname: K\nx-deep: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`,
      }),
    rule: 'yaml-syntax',
    message: /nested too deeply/,
  },
  [`${DEPTH} levels of { with a suppression comment (comments are collected from the whole tree)`]: {
    setup: () =>
      orgDir('deep-map', {
        'org.yaml': ORG,
        'deep.yaml': `# orgctl-disable-next-line schema\nkind: KPI\nid: k\nname: K\nx-deep: ${'{a: '.repeat(DEPTH)}1${'}'.repeat(DEPTH)}\n`,
      }),
    rule: 'yaml-syntax',
    message: /nested too deeply/,
  },
  'a symlink loop inside the org directory': {
    setup: () => {
      const dir = orgDir('symlinks', { 'org.yaml': CLEAN });
      fs.mkdirSync(path.join(dir, 'sub'));
      fs.symlinkSync('..', path.join(dir, 'sub', 'up')); // a directory loop
      fs.symlinkSync('self.yaml', path.join(dir, 'self.yaml')); // a link to itself (ELOOP): a YAML file the org cannot read
      return dir;
    },
    rule: 'yaml-syntax',
    message: /^file is a symbolic link in a loop of links/,
  },
};

const DIFF_BASE = orgDir('diff-base', { 'org.yaml': CLEAN });

/** Each command's argument list for an org directory (docs and diff need more). */
const COMMANDS: Record<string, (dir: string) => string[]> = {
  validate: (dir) => ['validate', dir, '--format', 'json'],
  chart: (dir) => ['chart', dir],
  docs: (dir) => ['docs', dir, '-o', fs.mkdtempSync(path.join(root, 'docs-out-'))],
  diff: (dir) => ['diff', DIFF_BASE, dir, '--format', 'json'],
  stats: (dir) => ['stats', dir, '--format', 'json'],
};

// Queued behind the process slots, a test may wait for others: its limit is the whole file's.
describe.concurrent('hardening: nasty inputs never crash the CLI', { timeout: 600_000 }, () => {
  for (const [label, nasty] of Object.entries(NASTY)) {
    it(`${label}: every command exits cleanly, with findings rather than a crash`, async () => {
      const dir = nasty.setup();
      const runs = await Promise.all(Object.entries(COMMANDS).map(async ([name, args]) => [name, await run(args(dir), root)] as const));
      for (const [name, r] of runs) {
        // An input problem is a finding (exit 0/1), never "could not do the job" (2).
        expectCleanExit(r, [0, 1]);
        if (name === 'validate' && nasty.rule) {
          const findings = (JSON.parse(r.stdout) as { findings: { rule: string; message: string }[] }).findings;
          expect(findings.map((f) => f.rule)).toContain(nasty.rule);
          if (nasty.message)
            expect(
              findings.some((f) => nasty.message!.test(f.message)),
              JSON.stringify(findings),
            ).toBe(true);
        }
        if (name === 'diff') JSON.parse(r.stdout);
        if (name === 'stats') JSON.parse(r.stdout);
      }
      if (!nasty.rule) expect(runs.find(([name]) => name === 'validate')![1].code).toBe(0); // the symlinks hide nothing and add nothing
    });
  }

  it('a 5 MB org of valid roles validates and counts', async () => {
    const parts = [ORG + '---\nkind: Department\nid: ops\nname: 运营部\nhead: r0\n'];
    let bytes = Buffer.byteLength(parts[0]!);
    let roles = 0;
    // A tree of 8 reports per manager, so the only findings would be real bugs.
    while (bytes < 5_000_000) {
      const role = `---\nkind: Role\nid: r${roles}\ntitle: 运营专员${roles}\ndepartment: ops\n${roles ? `reports_to: r${Math.floor((roles - 1) / 8)}\n` : ''}responsibilities: [负责日常运营工作和处理客户咨询以及其他相关的工作内容]\n`;
      parts.push(role);
      bytes += Buffer.byteLength(role);
      roles++;
    }
    const dir = orgDir('large', { 'org.yaml': parts.join('') });
    const [validate, stats] = await Promise.all([
      run(['validate', dir, '--format', 'json'], root),
      run(['stats', dir, '--format', 'json'], root),
    ]);
    expectCleanExit(validate, [0]);
    expectCleanExit(stats, [0]);
    const summary = (JSON.parse(validate.stdout) as { summary: { roles: number; errors: number } }).summary;
    expect(summary).toMatchObject({ roles, errors: 0 });
    // Speed is not asserted here (a loaded CI machine makes any bound flaky): tests/security/linear-time.test.ts
    // compares hostile inputs with a linear baseline in one process, and bench/ times the commands.
  });

  it('-o below a regular file: exit 2, one orgctl: line, nothing half-written', async () => {
    const dir = orgDir('unwritable', { 'org.yaml': CLEAN, 'not-a-dir.txt': 'x' });
    const target = path.join(dir, 'not-a-dir.txt', 'out');
    const argLists = [
      ['validate', dir, '-o', target],
      ['chart', dir, '--format', 'mermaid', '-o', target],
      ['docs', dir, '-o', target],
      ['diff', dir, dir, '-o', target],
      ['stats', dir, '-o', target],
    ];
    const runs = await Promise.all(argLists.map((args) => run(args, root)));
    runs.forEach((r, i) => {
      const context = `${argLists[i]!.join(' ')}\n${r.stderr}`;
      expectCleanExit(r, [2]);
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines, context).toHaveLength(1);
      expect(lines[0], context).toMatch(/^orgctl: /);
      expect(lines[0], context).toContain('not-a-dir.txt');
    });
    expect(fs.readdirSync(dir).sort()).toEqual(['not-a-dir.txt', 'org.yaml']); // no .tmp, no stray output
    expect(fs.readFileSync(path.join(dir, 'not-a-dir.txt'), 'utf8')).toBe('x');
  });

  it("-o onto one of the org's files, or a new YAML file inside the org: exit 2, the org untouched", async () => {
    const dir = orgDir('into-the-org', { 'org.yaml': CLEAN });
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.symlinkSync(path.join(dir, 'org.yaml'), path.join(root, 'link-to-org.yaml'));
    const cases: Array<[string[], RegExp]> = [
      [['validate', dir, '-o', path.join(dir, 'org.yaml')], /it is one of the org's own files/],
      [['validate', path.join(dir, 'org.yaml'), '-o', path.join(dir, 'org.yaml')], /it is one of the org's own files/],
      [['chart', dir, '-o', path.join(root, 'link-to-org.yaml')], /it is one of the org's own files/],
      [['stats', dir, '-o', path.join(dir, 'sub', 'stats.yml')], /the next run would take it for part of the org/],
      [['validate', dir, '--format', 'json', '-o', path.join(dir, 'report.YAML')], /the next run would take it for part of the org/],
      [['diff', dir, dir, '-o', path.join(dir, 'diff.yaml')], /the next run would take it for part of the org/],
    ];
    const runs = await Promise.all(cases.map(([args]) => run(args, root)));
    runs.forEach((r, i) => {
      const context = `${cases[i]![0].join(' ')}\n${r.stderr}`;
      expectCleanExit(r, [2]);
      expect(r.stderr.trimEnd().split('\n'), context).toHaveLength(1);
      expect(r.stderr, context).toMatch(cases[i]![1]);
      expect(r.stdout, context).toBe('');
    });
    expect(fs.readFileSync(path.join(dir, 'org.yaml'), 'utf8')).toBe(CLEAN);
    expect(fs.readdirSync(dir, { recursive: true }).map(String).sort()).toEqual(['org.yaml', 'sub']);
    // Not YAML, or below a directory orgctl skips: written as asked.
    const allowed = await Promise.all([
      run(['validate', dir, '--format', 'json', '-o', path.join(dir, 'report.json')], root),
      run(['chart', dir, '-o', path.join(dir, '.cache', 'chart.yaml')], root),
    ]);
    for (const r of allowed) expect(r.code, r.stderr).toBe(0);
    expect(fs.existsSync(path.join(dir, 'report.json'))).toBe(true);
    expect(fs.existsSync(path.join(dir, '.cache', 'chart.yaml'))).toBe(true);
  });

  it('docs -o inside the org directory writes Markdown the next validate ignores', async () => {
    const dir = orgDir('docs-inside', { 'org.yaml': CLEAN });
    const before = await run(['validate', dir, '--format', 'json'], root);
    const docs = await run(['docs', dir, '-o', path.join(dir, 'handbook')], root);
    expectCleanExit(docs, [0]);
    expect(fs.existsSync(path.join(dir, 'handbook', 'README.md'))).toBe(true);
    // The handbook is Markdown (and chart.svg), never YAML, so the org reads the same afterwards.
    const written = fs.readdirSync(path.join(dir, 'handbook'), { recursive: true }).map(String);
    expect(written.filter((f) => /\.ya?ml$/i.test(f))).toEqual([]);
    const after = await run(['validate', dir, '--format', 'json'], root);
    expectCleanExit(after, [0]);
    expect(after.stdout).toBe(before.stdout);
    // Writing into the org directory itself does not touch the org's own files either.
    const again = await run(['docs', dir, '-o', dir, '--format', 'html'], root);
    expectCleanExit(again, [0]);
    expect(fs.readFileSync(path.join(dir, 'org.yaml'), 'utf8')).toBe(CLEAN);
    expect((await run(['validate', dir, '--format', 'json'], root)).stdout).toBe(before.stdout);
  });
});
