/** `orgctl diff` as a user runs it: a real process. Needs `npm run build` (npm test does it). */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = path.resolve(__dirname, '../../bin/orgctl.js');
const FIXTURES = path.resolve(__dirname, '../fixtures/restructure');

/** Colour decided by the child's own detection: stdout is a pipe, and no NO_COLOR/FORCE_COLOR unless given. */
function run(args: string[], cwd = FIXTURES, env: Record<string, string> = {}) {
  const { NO_COLOR: _n, FORCE_COLOR: _f, ...inherited } = process.env;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...inherited, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let repo: string;

beforeAll(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-diff-cli-'));
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args],
      { cwd: repo, stdio: 'ignore' },
    );
  git('init', '-q');
  fs.cpSync(path.join(FIXTURES, 'headcount-cut/before'), path.join(repo, 'org'), { recursive: true });
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  git('branch', 'base');
  fs.rmSync(path.join(repo, 'org'), { recursive: true });
  fs.cpSync(path.join(FIXTURES, 'headcount-cut/after'), path.join(repo, 'org'), { recursive: true });
  git('add', '-A');
  git('commit', '-q', '-m', 'cut');
});

afterAll(() => {
  fs.rmSync(repo, { recursive: true, force: true });
});

describe('orgctl diff', () => {
  it('text by default; exit 0 without --exit-code; no colour when not a terminal', () => {
    const r = run(['diff', 'move/before', 'move/after', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('orgctl diff: move/before → move/after');
    expect(r.stdout).toContain('Plan: 0 to add, 3 to change, 0 to remove; findings: 1 introduced, 0 fixed.');
    expect(r.stdout).not.toContain('\x1b[');
  });

  it("speaks the HEAD org's locale unless --lang says otherwise", () => {
    // The fixtures are zh-CN orgs.
    const zh = run(['diff', 'move/before', 'move/after']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('计划:新增 0 项,变更 3 项,删除 0 项;问题:引入 1 个,修复 0 个。');
    expect(zh.stdout).not.toContain('Plan:');
    expect(run(['diff', 'move/before', 'move/after', '--lang', 'zh-CN']).stdout).toBe(zh.stdout);
    const md = run(['diff', 'move/before', 'move/after', '-f', 'markdown', '--lang', 'en']);
    expect(md.stdout).toContain('### Findings introduced (1)');
    const bad = run(['diff', 'move/before', 'move/after', '--lang', 'fr']);
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toBe('');
  });

  it('FORCE_COLOR colours the text; -o FILE never gets colour', () => {
    expect(run(['diff', 'move/before', 'move/after'], FIXTURES, { FORCE_COLOR: '1' }).stdout).toContain('\x1b[');
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-diff-o-')), 'diff.txt');
    expect(run(['diff', 'move/before', 'move/after', '-o', out], FIXTURES, { FORCE_COLOR: '1' }).code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).not.toContain('\x1b[');
    fs.rmSync(path.dirname(out), { recursive: true });
  });

  it('--exit-code: 1 when the sides differ, 0 when they do not', () => {
    expect(run(['diff', 'move/before', 'move/after', '--exit-code']).code).toBe(1);
    const same = run(['diff', 'move/before', 'merge/before', '--exit-code']);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('无变更');
  });

  it('--fail-on: 1 only on what the change introduced (new-errors, new-warnings) or on any error of the head (any-errors)', () => {
    // headcount-cut introduces an error (logistics over budget).
    expect(run(['diff', 'headcount-cut/before', 'headcount-cut/after', '--fail-on', 'new-errors']).code).toBe(1);
    // span-still-over keeps a warning that was already there: no new finding.
    expect(run(['diff', 'span-still-over/before', 'span-still-over/after', '--fail-on', 'new-warnings']).code).toBe(0);
    // move introduces a warning only.
    expect(run(['diff', 'move/before', 'move/after', '--fail-on', 'new-errors']).code).toBe(0);
    expect(run(['diff', 'move/before', 'move/after', '--fail-on', 'new-warnings']).code).toBe(1);
    // kpi-retarget fixes its only error: the head is clean.
    expect(run(['diff', 'kpi-retarget/after', 'kpi-retarget/before', '--fail-on', 'any-errors']).code).toBe(1);
    expect(run(['diff', 'kpi-retarget/before', 'kpi-retarget/after', '--fail-on', 'any-errors']).code).toBe(0);
    const bad = run(['diff', 'move/before', 'move/after', '--fail-on', 'sometimes']);
    expect(bad.code).toBe(2);
  });

  it('--format json follows the contract', () => {
    const r = run(['diff', 'split/before', 'split/after', '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['version', 'changes', 'summary', 'people', 'findings', 'policy']);
    expect(json.changes).toContainEqual({
      kind: 'role',
      id: 'cs-aftersales',
      change: 'reports_to',
      before: 'cs-lead',
      after: 'aftersales-lead',
      at: {
        before: { file: 'split/before/departments.yaml', line: 52, column: 5 },
        after: { file: 'split/after/departments.yaml', line: 66, column: 5 },
      },
    });
    expect(json.summary).toMatchObject({
      before: { roles: 12, seats: 19, findings: 0 },
      after: { roles: 13, seats: 20, findings: 0 },
      added: 2,
      removed: 0,
      changed: 4,
    });
    expect(json.findings).toEqual({ introduced: [], fixed: [], changed: [] });
  });

  it('reads git revisions at --path, and says on stderr how many errors HEAD has', () => {
    const r = run(['diff', 'base', 'HEAD', '--path', 'org', '--format', 'json'], repo);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("orgctl: warning: 'HEAD' has 1 error; run 'orgctl validate' for details\n");
    const json = JSON.parse(r.stdout);
    expect(json.findings.introduced).toEqual([
      expect.objectContaining({ rule: 'headcount-over-budget', severity: 'error', entity: 'logistics', file: 'org/departments.yaml' }),
    ]);
  });

  it('markdown for a pull-request comment', () => {
    const r = run(['diff', 'base', 'HEAD', '-p', 'org', '-f', 'markdown'], repo);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^## orgctl diff: `base` → `HEAD`/);
    expect(r.stdout).toContain('### 引入的问题(1)');
    expect(r.stdout).toContain('```mermaid');
  });

  it('an unknown revision is exit 2 with one clear line', () => {
    const r = run(['diff', 'nope', 'HEAD', '--path', 'org'], repo);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("orgctl: unknown git revision 'nope'\n");
  });

  it('a path missing from the revision is exit 2', () => {
    const r = run(['diff', 'base', 'HEAD', '--path', 'no-such-dir'], repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("orgctl: path 'no-such-dir' does not exist in git revision 'base'\n");
  });

  it('a pull request that adds the org (no org at the base) is diffed against an empty org, and says so', () => {
    const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-diff-new-'));
    try {
      const git = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], {
          cwd: fresh,
          stdio: 'ignore',
        });
      git('init', '-q');
      fs.writeFileSync(path.join(fresh, 'README.md'), 'no org yet\n');
      git('add', 'README.md');
      git('commit', '-q', '-m', 'start');
      git('branch', 'base');
      fs.cpSync(path.join(FIXTURES, 'move/before'), path.join(fresh, 'org'), { recursive: true });
      git('add', 'org');
      git('commit', '-q', '-m', 'the org');
      const md = run(['diff', 'rev:base', 'rev:HEAD', '-p', 'org', '-f', 'markdown', '--lang', 'en'], fresh);
      expect(md.code).toBe(0);
      expect(md.stderr).toBe(
        "orgctl: note: path 'org' does not exist in git revision 'base': compared with an empty org (everything is added)\n",
      );
      expect(md.stdout).toContain(
        'This change adds the org: `org` does not exist in `base`, so it is compared with an empty org (everything is added).',
      );
      expect(md.stdout).toMatch(/\*\*\d+ added · 0 changed · 0 removed\*\*/);
      const text = run(['diff', 'base', 'HEAD', '-p', 'org'], fresh);
      expect(text.code).toBe(0);
      expect(text.stdout).toContain("此变更新增了组织:'org' 在 'base' 中不存在,因此与空组织比较(所有内容均为新增)。");
      // The other way round: the org removed; and a path on neither side stays exit 2.
      const removed = run(['diff', 'HEAD', 'base', '-p', 'org', '-f', 'json'], fresh);
      expect(removed.code).toBe(0);
      expect(JSON.parse(removed.stdout).summary.added).toBe(0);
      expect(JSON.parse(removed.stdout).summary.removed).toBeGreaterThan(0);
      expect(run(['diff', 'base', 'HEAD', '-p', 'nowhere'], fresh).code).toBe(2);
    } finally {
      fs.rmSync(fresh, { recursive: true, force: true });
    }
  });

  it('--format svg writes the highlighted chart', () => {
    const r = run(['diff', 'promote/before', 'promote/after', '-f', 'svg']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<\?xml/);
    expect(r.stdout).toContain('class="diff-added" data-id="cs-presales-lead"');
    // The badges and the legend speak the org's language, or the one asked for.
    expect(r.stdout).toContain('>新增</text>');
    const en = run(['diff', 'promote/before', 'promote/after', '-f', 'svg', '--lang', 'en']);
    expect(en.stdout).toContain('>added</text>');
    expect(en.stdout).not.toContain('>新增</text>');
  });

  it('--help has examples', () => {
    const r = run(['diff', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--exit-code');
    expect(r.stdout).toContain('Examples:');
  });
});
