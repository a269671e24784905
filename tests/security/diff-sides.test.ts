/**
 * A pull request controls every file name in the tree, so it can add a folder
 * named like a revision (`HEAD/`, `origin/main/`) holding a copy of the base
 * org. `orgctl diff` must never read such a folder in place of the revision:
 * with --path, or when the name is a revision, the revision is read; `dir:`,
 * `rev:` and `--` force one reading; a name that is both is said on stderr.
 * And `-o` must not write into the org a revision side is read from.
 * Real processes in a real temporary repository. Needs `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { pathWithNpxShim, REPO_ROOT, runCli } from '../support/cli.js';
import { git } from '../support/git.js';
import { temporaryDirs, writeTree } from '../support/tmp.js';

/** Per test: several real processes each, on a loaded 2-core CI machine. */
const LOADED_MACHINE_TIMEOUT = 180_000;

const tmpDir = temporaryDirs('orgctl-sides-');

const run = (args: string[], cwd: string) => runCli(args, { cwd });

const BASE_ORG = {
  'organization.yaml': 'kind: Organization\nid: shop\nname: 小店\nlocale: zh-CN\n',
  'ops.yaml':
    'kind: Department\nid: ops\nname: 运营部\nhead: 运营总监\nroles:\n  - id: 运营总监\n    title: 运营总监\n  - id: 客服\n    title: 客服\n    reports_to: 运营总监\n    headcount: 3\n',
};
/** The pull request's real change: a role reporting to a manager that does not exist (an error). */
const BROKEN_ROLE = 'kind: Role\nid: 美工\ntitle: 美工\ndepartment: ops\nreports_to: 运营总鉴\n';

function under(prefix: string, files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([rel, text]) => [`${prefix}/${rel}`, text]));
}

/**
 * main: the org. The pull request (checked out, HEAD) breaks org/ and adds
 * folders named `HEAD/` and `origin/main/` that hold the base org unchanged.
 */
function hostileRepo(): string {
  const repo = tmpDir();
  git(repo, ['init', '-q']);
  writeTree(repo, under('org', BASE_ORG));
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-qm', 'org']);
  git(repo, ['tag', 'base']);
  git(repo, ['checkout', '-qb', 'pr']);
  writeTree(repo, { 'org/美工.yaml': BROKEN_ROLE, ...under('HEAD', BASE_ORG), ...under('origin/main', BASE_ORG) });
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-qm', 'innocent-looking change']);
  return repo;
}

let repo: string;
beforeAll(() => {
  repo = hostileRepo();
});

describe('a folder named like a revision cannot stand in for it', { timeout: LOADED_MACHINE_TIMEOUT }, () => {
  it('with --path, HEAD is the revision even when a folder HEAD/ exists, and stderr says so in one line', () => {
    const r = run(['diff', 'base', 'HEAD', '--path', 'org', '--exit-code'], repo);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('美工');
    expect(r.stdout).not.toContain('0 to add, 0 to change, 0 to remove');
    const lines = r.stderr.split('\n').filter(Boolean);
    const warnings = lines.filter((l) => l.includes('is both a git revision and a path'));
    expect(warnings).toHaveLength(1);
    // The other line is the usual notice of the errors in the head side.
    expect(lines).toHaveLength(2);
    expect(warnings[0]).toMatch(
      /^orgctl: warning: 'HEAD' is both a git revision and a path; reading the git revision \(write dir:HEAD to read the path\)$/,
    );
  });

  it('with --path, a name that is not a revision is an error, never the folder of that name', () => {
    // As in a shallow CI clone where origin/main has not been fetched: the folder origin/main/ is there.
    const r = run(['diff', 'origin/main', 'HEAD', '--path', 'org', '--exit-code'], repo);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("orgctl: unknown git revision 'origin/main' (write dir:origin/main to read the path)\n");
  });

  it('without --path, a name that is a revision is read as the revision, with the warning', () => {
    const r = run(['diff', 'base', 'HEAD', '--format', 'json'], repo);
    expect(r.code).toBe(0);
    // The whole repository at HEAD: the real org plus the decoy copies (so ids are duplicated), not the folder HEAD/ alone.
    const json = JSON.parse(r.stdout);
    expect(json.changes.length).toBeGreaterThan(0);
    expect(r.stderr).toContain(
      "orgctl: warning: 'HEAD' is both a git revision and a path; reading the git revision (write dir:HEAD to read the path)\n",
    );
  });

  it('rev: and dir: force one reading, without a warning', () => {
    const forced = run(['diff', 'rev:base', 'rev:HEAD', '--path', 'org', '--exit-code'], repo);
    expect(forced.code).toBe(1);
    expect(forced.stderr).not.toContain('is both a git revision and a path');
    expect(forced.stdout).toContain('美工');

    // The decoy folder read on purpose: it is the base org, so no difference from the base.
    const decoy = run(['diff', 'rev:base', 'dir:HEAD', '--path', 'org', '--exit-code'], repo);
    expect(decoy.stderr).toBe('');
    expect(decoy.code).toBe(0);

    const dirs = run(['diff', 'dir:HEAD', 'dir:org', '--exit-code'], repo);
    expect(dirs.code).toBe(1);
    expect(dirs.stdout).toContain('美工');
  });

  it('names after -- are paths, as in git', () => {
    const r = run(['diff', 'base', '--path', 'org', '--exit-code', '--', 'HEAD'], repo);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const both = run(['diff', '--exit-code', '--', 'HEAD', 'org'], repo);
    expect(both.code).toBe(1);
    expect(both.stdout).toContain('美工');
    // Right after the command name too (there commander itself consumes the `--`).
    const first = run(['diff', '--', 'HEAD', 'org', '-f', 'json'], repo);
    expect(first.code).toBe(2); // after --, '-f' and 'json' are names too: too many arguments
    expect(first.stderr).toMatch(/^orgctl: too many arguments/);
    const plain = run(['diff', '--', 'HEAD', 'org'], repo);
    expect(plain.stderr).not.toContain('is both a git revision and a path');
    expect(plain.stdout).toContain('orgctl diff: HEAD → org');
    expect(plain.stdout).toContain('美工');
    // A `--` that is the value of -o is not the separator: both names stay revisions.
    const valueNotSeparator = run(['diff', '-p', 'org', '-f', 'json', '-o', '--', 'base', 'HEAD'], repo);
    expect(valueNotSeparator.code).toBe(0);
    expect(fs.existsSync(path.join(repo, '--'))).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(repo, '--'), 'utf8')).changes.length).toBeGreaterThan(0);
    fs.rmSync(path.join(repo, '--'));
  });

  it('a dir: side that does not exist, or an empty rev:, is exit 2 with one line', () => {
    const missing = run(['diff', 'dir:nowhere', 'rev:HEAD', '-p', 'org'], repo);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('orgctl: path not found: nowhere\n');
    const empty = run(['diff', 'rev:', 'rev:HEAD', '-p', 'org'], repo);
    expect(empty.code).toBe(2);
    expect(empty.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(empty.stderr).toContain('rev:');
    const notRevision = run(['diff', 'rev:org', 'rev:HEAD', '-p', 'org'], repo);
    expect(notRevision.code).toBe(2);
    // One line. The branches are main and pr: `org` is two edits from `pr`, too far in a three-letter
    // name to be a typo, so no did-you-mean; `mian` is one edit from `main`.
    expect(notRevision.stderr).toBe("orgctl: unknown git revision 'org'\n");
    const typo = run(['diff', 'rev:mian', 'rev:HEAD', '-p', 'org'], repo);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe("orgctl: unknown git revision 'mian' (did you mean 'main'?)\n");
  });
});

describe('-o never writes into the org a revision side is read from', { timeout: LOADED_MACHINE_TIMEOUT }, () => {
  it('refuses a YAML file below --path, and an org file itself, writing nothing', () => {
    const report = path.join(repo, 'org/report.yaml');
    const r = run(['diff', 'base', 'HEAD', '-p', 'org', '-f', 'json', '-o', 'org/report.yaml'], repo);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toMatch(/^orgctl: refusing to write to org\/report\.yaml: .*next run would take it for part of the org/);
    expect(fs.existsSync(report)).toBe(false);

    const before = fs.readFileSync(path.join(repo, 'org/ops.yaml'), 'utf8');
    const own = run(['diff', 'base', 'HEAD', '-p', 'org', '-o', 'org/ops.yaml'], repo);
    expect(own.code).toBe(2);
    expect(own.stderr).toMatch(/^orgctl: refusing to write to org\/ops\.yaml: it is one of the org's own files/);
    expect(fs.readFileSync(path.join(repo, 'org/ops.yaml'), 'utf8')).toBe(before);
  });

  it('still writes a report outside the org, or beside it under another extension', () => {
    const out = path.join(tmpDir(), 'diff.md');
    expect(run(['diff', 'base', 'HEAD', '-p', 'org', '-f', 'markdown', '-o', out], repo).code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain('美工');
    expect(run(['diff', 'rev:base', 'rev:HEAD', '-p', 'org', '-o', 'org/diff.md'], repo).code).toBe(0);
    fs.rmSync(path.join(repo, 'org/diff.md'));
  });
});

describe('the composite action', { timeout: LOADED_MACHINE_TIMEOUT }, () => {
  interface Step {
    name: string;
    env: Record<string, string>;
    run: string;
  }
  const action = parse(fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as { runs: { steps: Step[] } };
  const diffStep = action.runs.steps.find((s) => s.name === 'orgctl diff')!;

  it('names both sides with rev:, so no folder can impersonate them', () => {
    expect(diffStep.run).toMatch(/diff "rev:\$base" rev:HEAD /);
  });

  it('summarises the real change of a pull request that adds decoy HEAD/ and origin/main/ folders', () => {
    // What actions/checkout gives a pull request: one commit deep, the base not fetched.
    const clone = tmpDir();
    git(clone, ['clone', '-q', '--depth=1', '--single-branch', '--branch', 'pr', `file://${repo}`, '.']);
    const summary = path.join(tmpDir(), 'summary.md');
    fs.writeFileSync(summary, '');
    const r = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', diffStep.run], {
      cwd: clone,
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        ...process.env,
        NO_COLOR: '1',
        PATH: pathWithNpxShim(tmpDir()),
        ORGCTL_PACKAGE: 'orgctl',
        ORGCTL_PATH: 'org',
        ORGCTL_BASE_REF: 'origin/main',
        GITHUB_STEP_SUMMARY: summary,
      },
    });
    expect(r.status).toBe(0);
    const md = fs.readFileSync(summary, 'utf8');
    expect(md).toContain('美工');
    expect(md).toContain('### 引入的问题(1)'); // the org is zh-CN: the summary speaks Chinese
  });
});
