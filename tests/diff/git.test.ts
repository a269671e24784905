/**
 * Sides given as git revisions, read from git objects in a temporary
 * repository: the same files and display paths as on disk, no checkout, a
 * shallow clone once the base is fetched, and one clear error for a revision
 * or path that is not there.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/load/index.js';
import { loadGitFiles, PathNotInRevision } from '../../src/load/git.js';
import { loadSide } from '../../src/model/load.js';
import { decideSide, type Side } from '../../src/load/sides.js';
import { diffOrgs } from '../../src/diff/index.js';
import { UsageError } from '../../src/core/errors.js';

const FIXTURES = path.resolve(__dirname, '../fixtures/restructure');
const rev = (revision: string): Side => ({ kind: 'revision', revision });
const dir = (p: string): Side => ({ kind: 'path', path: p });

function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    [
      '-c',
      'user.name=orgctl-test',
      '-c',
      'user.email=test@example.com',
      '-c',
      'commit.gpgsign=false',
      '-c',
      'init.defaultBranch=main',
      ...args,
    ],
    {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

const temporary: string[] = [];

function tmpDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true });
});

function copyDir(from: string, to: string): void {
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(from, to, { recursive: true });
}

/** A repository whose `org/` is the merge case's before side at tag v1, and its after side at HEAD. */
let repo: string;

beforeAll(() => {
  repo = tmpDir('orgctl-git-');
  git(repo, 'init', '-q');
  copyDir(path.join(FIXTURES, 'merge/before'), path.join(repo, 'org'));
  // Files the loader skips must be skipped in git too.
  fs.mkdirSync(path.join(repo, 'org/.drafts'));
  fs.writeFileSync(path.join(repo, 'org/.drafts/draft.yaml'), 'kind: Role\nid: draft\n');
  fs.mkdirSync(path.join(repo, 'org/node_modules/x'), { recursive: true });
  fs.writeFileSync(path.join(repo, 'org/node_modules/x/pkg.yaml'), 'kind: Role\nid: pkg\n');
  fs.writeFileSync(path.join(repo, 'org/README.md'), '# 组织架构\n');
  fs.writeFileSync(path.join(repo, 'elsewhere.yaml'), 'kind: Role\nid: outside\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'v1');
  git(repo, 'tag', 'v1');
  copyDir(path.join(FIXTURES, 'merge/after'), path.join(repo, 'org'));
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'merge design into ops');
});

describe('loadGitFiles', () => {
  it('reads the same files, with the same display paths, as the loader on disk', () => {
    const fromGit = loadGitFiles('HEAD', 'org', repo);
    const fromDisk = loadFiles(['org'], repo);
    expect(fromGit.files.map((f) => f.path)).toEqual([
      'org/departments.yaml',
      'org/kpis.yaml',
      'org/organization.yaml',
      'org/workflows.yaml',
    ]);
    expect(fromGit.files.map((f) => f.path)).toEqual(fromDisk.files.map((f) => f.path));
    expect(fromGit.files.map((f) => f.text)).toEqual(fromDisk.files.map((f) => f.text));
    expect(fromGit.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('reads an older revision without touching the worktree', () => {
    const v1 = loadGitFiles('v1', 'org', repo);
    const text = v1.files.find((f) => f.path === 'org/departments.yaml')!.text;
    expect(text).toContain('id: design\n');
    expect(fs.readFileSync(path.join(repo, 'org/departments.yaml'), 'utf8')).not.toContain('id: design\n');
  });

  it('shows paths relative to the current directory when run from a subdirectory', () => {
    const sub = path.join(repo, 'org');
    expect(loadGitFiles('HEAD', '.', sub).files.map((f) => f.path)).toEqual([
      'departments.yaml',
      'kpis.yaml',
      'organization.yaml',
      'workflows.yaml',
    ]);
  });

  it('takes a single file given as the path, and an absolute path', () => {
    expect(loadGitFiles('HEAD', 'org/kpis.yaml', repo).files.map((f) => f.path)).toEqual(['org/kpis.yaml']);
    expect(loadGitFiles('HEAD', path.join(repo, 'org'), repo).files).toHaveLength(4);
  });

  it('an unknown revision is a UsageError with one clear line', () => {
    expect(() => loadGitFiles('no-such-branch', 'org', repo)).toThrow(new UsageError("unknown git revision 'no-such-branch'"));
    expect(() => loadGitFiles('--output=x', 'org', repo)).toThrow(UsageError);
  });

  it('a path that is not in the revision is a UsageError', () => {
    // A UsageError of its own kind (PathNotInRevision), so diff can read that side as an empty org.
    expect(() => loadGitFiles('v1', 'nowhere', repo)).toThrow(UsageError);
    expect(() => loadGitFiles('v1', 'nowhere', repo)).toThrow(new PathNotInRevision('nowhere', 'v1'));
    expect(new PathNotInRevision('nowhere', 'v1').message).toBe("path 'nowhere' does not exist in git revision 'v1'");
    expect(() => loadGitFiles('v1', '../..', repo)).toThrow(/outside the git repository/);
  });

  it('a --path that is a submodule, inside one, or a symbolic link says so and what to do, not "does not exist"', () => {
    const r = tmpDir('orgctl-git-links-');
    git(r, 'init', '-q');
    copyDir(path.join(FIXTURES, 'merge/before'), path.join(r, 'org'));
    fs.symlinkSync('org', path.join(r, 'org-link'));
    git(r, 'add', '-A');
    git(r, 'commit', '-q', '-m', 'org');
    // A submodule is a commit entry (mode 160000) in the tree: the org it holds is another repository's.
    git(r, 'update-index', '--add', '--cacheinfo', `160000,${git(r, 'rev-parse', 'HEAD').trim()},hr`);
    git(r, 'commit', '-q', '-m', 'submodule');
    const submodule =
      "path 'hr/org' is inside git submodule 'hr' in git revision 'HEAD': orgctl reads one repository; run orgctl diff inside the submodule";
    expect(() => loadGitFiles('HEAD', 'hr/org', r)).toThrow(new UsageError(submodule));
    expect(() => loadGitFiles('HEAD', 'hr', r)).toThrow(
      /^path 'hr' is git submodule 'hr' in git revision 'HEAD': orgctl reads one repository/,
    );
    expect(() => loadGitFiles('HEAD', 'org-link', r)).toThrow(
      new UsageError("path 'org-link' is a symbolic link in git revision 'HEAD' (to 'org'): give --path the folder it points to"),
    );
    expect(() => loadGitFiles('HEAD', 'org-link/kpis.yaml', r)).toThrow(/^path 'org-link\/kpis.yaml' is inside symbolic link 'org-link'/);
    fs.mkdirSync(path.join(r, 'links'));
    fs.symlinkSync('../org/kpis.yaml', path.join(r, 'links/kpis.yaml'));
    git(r, 'add', 'links');
    git(r, 'commit', '-q', '-m', 'links');
    expect(() => loadGitFiles('HEAD', 'links', r)).toThrow(/^path 'links' in git revision 'HEAD' holds only symbolic links or submodules/);
    expect(() => loadGitFiles('HEAD', 'nowhere/deeper', r)).toThrow(new PathNotInRevision('nowhere/deeper', 'HEAD'));
  });

  it('outside a repository, a side that is neither path nor revision says so', () => {
    const plain = tmpDir('orgctl-nogit-');
    expect(() => loadGitFiles('main', '.', plain)).toThrow(/neither a path nor a git revision/);
  });

  it('a binary blob is a yaml-syntax finding, as on disk', () => {
    const r = tmpDir('orgctl-git-bin-');
    git(r, 'init', '-q');
    fs.writeFileSync(path.join(r, 'org.yaml'), Buffer.from([0x6b, 0x00, 0x01]));
    git(r, 'add', '-A');
    git(r, 'commit', '-q', '-m', 'binary');
    expect(loadGitFiles('HEAD', '.', r).findings).toEqual([
      { rule: 'yaml-syntax', message: 'file is binary (contains NUL bytes), not YAML', file: 'org.yaml', line: 1, column: 1 },
    ]);
  });
});

describe('symbolic links: git and the disk read the same org', () => {
  it('a link leading out of the org is the same one finding from git as on disk, and a diff of the two shows nothing', () => {
    const r = tmpDir('orgctl-git-outside-');
    git(r, 'init', '-q');
    copyDir(path.join(FIXTURES, 'merge/before'), path.join(r, 'org'));
    fs.writeFileSync(path.join(r, 'secret.yaml'), 'kind: Role\nid: hunter2\ntitle: T\n');
    fs.mkdirSync(path.join(r, 'common'));
    fs.writeFileSync(path.join(r, 'common', 'c.yaml'), 'kind: Role\nid: hunter3\ntitle: T\n');
    fs.mkdirSync(path.join(r, 'org', 'roles'));
    fs.mkdirSync(path.join(r, 'org', 'sub'));
    fs.writeFileSync(path.join(r, 'org', 'sub', 'k.yaml'), 'kind: KPI\nid: k-sub\nname: K\n');
    fs.symlinkSync('../../secret.yaml', path.join(r, 'org', 'roles', 'x.yaml')); // in the repository, out of the org
    fs.symlinkSync('/etc/hostname', path.join(r, 'org', 'roles', 'y.yaml')); // out of the repository
    fs.symlinkSync('../common', path.join(r, 'org', 'shared')); // a folder out of the org
    fs.symlinkSync('sub/k.yaml', path.join(r, 'org', 'a.yaml')); // inside: read once, as org/sub/k.yaml
    fs.symlinkSync('../org/README.md', path.join(r, 'org', 'notes')); // a link that is neither: nothing
    fs.symlinkSync('shared/c.yaml', path.join(r, 'org', 'z.yaml')); // through the folder link: out
    fs.symlinkSync('../z.yaml', path.join(r, 'org', 'roles', 'zz.yaml')); // a link to that link: out
    git(r, 'add', '-A');
    git(r, 'commit', '-q', '-m', 'links');
    const fromGit = loadGitFiles('HEAD', 'org', r);
    const onDisk = loadFiles(['org'], r);
    const links = (findings: typeof fromGit.findings) => findings.filter((f) => f.message.includes('symbolic link'));
    expect(links(fromGit.findings).map((f) => f.file)).toEqual([
      'org/roles/x.yaml',
      'org/roles/y.yaml',
      'org/roles/zz.yaml',
      'org/shared',
      'org/z.yaml',
    ]);
    expect(links(fromGit.findings)).toEqual(links(onDisk.findings));
    expect(fromGit.files.map((f) => f.path)).toEqual(onDisk.files.map((f) => f.path));
    const result = diffOrgs(loadSide(rev('HEAD'), 'org', r), loadSide(dir('org'), 'org', r));
    expect(result.changes).toEqual([]);
    expect(result.findings).toEqual({ introduced: [], fixed: [], changed: [] });
    expect(JSON.stringify(result)).not.toContain('hunter');
  });
});

describe('diff of git revisions', () => {
  it('gives the same changes as diffing the two directories', () => {
    const fromGit = diffOrgs(loadSide(rev('v1'), 'org', repo), loadSide(rev('HEAD'), 'org', repo));
    const fromDirs = diffOrgs(
      loadSide(dir('before'), '.', path.join(FIXTURES, 'merge')),
      loadSide(dir('after'), '.', path.join(FIXTURES, 'merge')),
    );
    expect(fromGit.changes).toEqual(fromDirs.changes);
    expect(fromGit.changes.length).toBeGreaterThan(0);
  });

  it('without --path, a bare name is a revision when git knows it, else a path', () => {
    // 'org' exists on disk (the worktree = HEAD) and is no revision; 'v1' is a tag.
    const rules = { orgPathGiven: false, afterDoubleDash: false };
    const v1 = decideSide('v1', rules, repo);
    const org = decideSide('org', rules, repo);
    expect([v1, org]).toEqual([{ side: rev('v1'), warning: undefined }, { side: dir('org') }]);
    const r = diffOrgs(loadSide(v1.side, 'org', repo), loadSide(org.side, 'ignored', repo));
    expect(r.changes.map((c) => `${c.kind} ${c.id} ${c.change}`)).toContain('department design removed');
  });

  it('works in a shallow clone once the base is fetched', () => {
    const clone = tmpDir('orgctl-shallow-');
    git(clone, 'clone', '-q', '--depth', '1', `file://${repo}`, 'c');
    const cwd = path.join(clone, 'c');
    expect(() => loadSide(rev('v1'), 'org', cwd)).toThrow(/^unknown git revision 'v1': this is a shallow clone/);
    git(cwd, 'fetch', '-q', '--depth', '1', 'origin', 'tag', 'v1');
    const r = diffOrgs(loadSide(rev('v1'), 'org', cwd), loadSide(rev('HEAD'), 'org', cwd));
    expect(r.changes.map((c) => `${c.kind} ${c.id} ${c.change}`)).toContain('department design removed');
  });
});
