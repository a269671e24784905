/**
 * `orgctl diff` sides read from git, attacked as a careless or hostile user would: revision syntax
 * git users type, a shallow clone, git missing, paths and trees a pull request controls. Each case
 * is one line of exit 2 that says the fix, or the same findings as the folder on disk.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGitFiles, resolveRevision } from '../../src/load/git.js';
import { UsageError } from '../../src/core/errors.js';
import { decideSide } from '../../src/load/sides.js';
import { git as gitIn } from '../support/git.js';
import { temporaryDirs } from '../support/tmp.js';
import { loadFiles } from '../../src/load/index.js';
import { runCli } from '../support/cli.js';

const FIXTURES = path.resolve(__dirname, '../fixtures/restructure');

const git = (cwd: string, ...args: string[]): string => gitIn(cwd, args);

const tmpDir = temporaryDirs('orgctl-hostile-');

/** What `fn` throws: a UsageError's message, one line. */
function usageError(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    const message = (err as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('did not throw');
}

/** `org/` is the merge case's before side at tag v1 (on main), its after side on branch feature. */
let repo: string;
beforeAll(() => {
  repo = tmpDir();
  git(repo, 'init', '-q');
  fs.cpSync(path.join(FIXTURES, 'merge/before'), path.join(repo, 'org'), { recursive: true });
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'v1');
  git(repo, 'tag', 'v1');
  git(repo, 'checkout', '-q', '-b', 'feature');
  fs.rmSync(path.join(repo, 'org'), { recursive: true });
  fs.cpSync(path.join(FIXTURES, 'merge/after'), path.join(repo, 'org'), { recursive: true });
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'v2');
});

describe('revisions git cannot find', () => {
  it('in a shallow clone, says to fetch more history', () => {
    const clone = tmpDir();
    git(clone, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${repo}`, 'c');
    const cwd = path.join(clone, 'c');
    const message = usageError(() => resolveRevision('HEAD~1', cwd));
    expect(message).toMatch(/^unknown git revision 'HEAD~1': this is a shallow clone/);
    expect(message).toContain('fetch-depth: 0');
    expect(message).toContain('git fetch --unshallow');
  });
});

describe('without git', () => {
  it('git missing from PATH says so, not "not in a git repository"', () => {
    const saved = process.env.PATH;
    process.env.PATH = tmpDir();
    try {
      const message = usageError(() => resolveRevision('v1', repo));
      expect(message).toMatch(/^git is not installed or not on PATH/);
      expect(message).not.toContain('not in a git repository');
      expect(usageError(() => decideSide('v9', { orgPathGiven: false, afterDoubleDash: false }, repo))).toBe(
        "'v9' is neither a path nor a git revision (git is not installed or not on PATH)",
      );
      // Two folders still compare without git.
      expect(decideSide('org', { orgPathGiven: false, afterDoubleDash: false }, repo).side).toEqual({ kind: 'path', path: 'org' });
    } finally {
      process.env.PATH = saved;
    }
  });
});

describe('--path', () => {
  it('an absolute path through a linked folder (macOS /tmp, $PWD in a linked folder), or ../repo/org, is the folder in the repository', () => {
    const link = path.join(tmpDir(), 'repo');
    fs.symlinkSync(repo, link);
    const inOrg = (files: Array<{ path: string }>) => files.map((f) => f.path.slice(f.path.lastIndexOf('org/')));
    const expected = inOrg(loadGitFiles('v1', 'org', repo).files);
    expect(expected).toContain('org/departments.yaml');
    expect(inOrg(loadGitFiles('v1', path.join(link, 'org'), repo).files)).toEqual(expected);
    expect(inOrg(loadGitFiles('v1', `../${path.basename(repo)}/org`, repo).files)).toEqual(expected);
    // Still refused: a path that really is outside.
    expect(usageError(() => loadGitFiles('v1', path.dirname(repo), repo))).toMatch(/is outside the git repository$/);
  });
});

describe('revision syntax', () => {
  it('A...B is the merge base of A and B, as git checkout reads it; either end left out is HEAD', () => {
    const base = git(repo, 'rev-parse', 'v1').trim();
    git(repo, 'checkout', '-q', 'main');
    try {
      fs.writeFileSync(path.join(repo, 'later.txt'), 'main moved on\n');
      git(repo, 'add', 'later.txt');
      git(repo, 'commit', '-q', '-m', 'main moves on');
    } finally {
      git(repo, 'checkout', '-q', 'feature');
    }
    expect(resolveRevision('main...feature', repo)).toBe(base);
    expect(resolveRevision('main...', repo)).toBe(base);
    expect(decideSide('main...HEAD', { orgPathGiven: false, afterDoubleDash: false }, repo).side).toEqual({
      kind: 'revision',
      revision: 'main...HEAD',
    });
    expect(loadGitFiles('main...HEAD', 'org', repo).commit).toBe(base);
  });

  it('A..B is a range, and the message says how to write its ends', () => {
    expect(usageError(() => resolveRevision('main..feature', repo))).toBe(
      "'main..feature' is a range of commits, not one: give its two ends as the two sides (orgctl diff main feature), or 'main...feature' for their merge base",
    );
  });

  it('A..B as a bare side (no --path, no rev:) says the same, not "neither a path nor a git revision"', () => {
    const bare = { orgPathGiven: false, afterDoubleDash: false };
    expect(usageError(() => decideSide('main..feature', bare, repo))).toBe(
      "'main..feature' is a range of commits, not one: give its two ends as the two sides (orgctl diff main feature), or 'main...feature' for their merge base",
    );
  });
});

describe('unknown revisions say what to write', () => {
  it('a mistyped branch or tag gets a did-you-mean; @{u} without an upstream says so', () => {
    expect(usageError(() => resolveRevision('featrue', repo))).toBe("unknown git revision 'featrue' (did you mean 'feature'?)");
    expect(usageError(() => resolveRevision('@{u}', repo))).toBe(
      "unknown git revision '@{u}': no upstream configured for branch 'feature'",
    );
    // Nothing close: no guess; a tree is not a commit, and git's message about orgctl's ^{commit} is not shown.
    expect(usageError(() => resolveRevision('zzzzzzzz', repo))).toBe("unknown git revision 'zzzzzzzz'");
    expect(usageError(() => resolveRevision('v1^{tree}', repo))).toBe("unknown git revision 'v1^{tree}'");
  });
});

describe('trees a pull request controls: git and the disk read the same org', () => {
  /** A repository with the merge case's before org plus `links` (name below org/ → target), committed. */
  function orgWithLinks(links: Record<string, string>): string {
    const r = tmpDir();
    git(r, 'init', '-q');
    fs.cpSync(path.join(FIXTURES, 'merge/before'), path.join(r, 'org'), { recursive: true });
    for (const [name, target] of Object.entries(links)) fs.symlinkSync(target, path.join(r, 'org', name));
    git(r, 'add', '-A');
    git(r, 'commit', '-q', '-m', 'links');
    return r;
  }

  const LOOP = 'file is a symbolic link in a loop of links, so orgctl cannot read it: point the link at a file, or remove it';
  const NOTHING =
    'file is a symbolic link to nothing (its target does not exist), so orgctl cannot read it: restore the target, or remove the link';
  const linkFindings = <F extends { message: string }>(findings: F[]) => findings.filter((f) => f.message.includes('symbolic link'));

  it('a YAML file in a loop of links is one finding at the link, from git as on disk (both skipped it unseen); other names stay skipped', () => {
    const r = orgWithLinks({ 'self.yaml': 'self.yaml', 'a.yaml': 'b.yaml', 'b.yaml': 'a.yaml', p: 'q', q: 'p' });
    const fromGit = loadGitFiles('HEAD', 'org', r);
    const onDisk = loadFiles(['org'], r);
    expect(linkFindings(onDisk.findings).map((f) => [f.file, f.line, f.column, f.message])).toEqual([
      ['org/a.yaml', 1, 1, LOOP],
      ['org/b.yaml', 1, 1, LOOP],
      ['org/self.yaml', 1, 1, LOOP],
    ]);
    expect(fromGit.findings).toEqual(onDisk.findings);
    expect(fromGit.files.map((f) => f.path)).toEqual(onDisk.files.map((f) => f.path));
  });

  it('a YAML file linked to nothing (in the org, elsewhere in the repository, outside it) is one finding at the link, from git as on disk', () => {
    const outside = tmpDir();
    const r = orgWithLinks({
      'roles.yaml': 'gone.yaml', // its target was deleted or never committed
      'up.yaml': '../nowhere/x.yaml', // in the repository, not in the org
      'abs.yaml': path.join(outside, 'gone.yaml'), // out of the repository
      'deep.yaml': 'departments.yaml/x.yaml', // below a file (ENOTDIR)
      '../alias': 'org', // a link of the repository outside the org, which git follows too
      'via.yaml': '../alias/gone.yaml',
      notes: 'nowhere', // not a YAML name: not the org's, as before
    });
    const fromGit = loadGitFiles('HEAD', 'org', r);
    const onDisk = loadFiles(['org'], r);
    expect(linkFindings(onDisk.findings).map((f) => [f.file, f.message])).toEqual([
      ['org/abs.yaml', NOTHING],
      ['org/deep.yaml', NOTHING],
      ['org/roles.yaml', NOTHING],
      ['org/up.yaml', NOTHING],
      ['org/via.yaml', NOTHING],
    ]);
    expect(fromGit.findings).toEqual(onDisk.findings);
    expect(fromGit.files.map((f) => f.path)).toEqual(onDisk.files.map((f) => f.path));
  });
});

describe('a link out of the repository whose name says nothing', () => {
  it('is a folder finding when the disk says the place is a folder, as on disk; a file there is skipped, as on disk', () => {
    const outside = tmpDir();
    fs.mkdirSync(path.join(outside, 'common'));
    fs.writeFileSync(path.join(outside, 'common', 'c.yaml'), 'kind: Role\nid: hunter3\ntitle: T\n');
    fs.writeFileSync(path.join(outside, 'notes'), 'not yaml\n');
    const r = tmpDir();
    git(r, 'init', '-q');
    fs.cpSync(path.join(FIXTURES, 'merge/before'), path.join(r, 'org'), { recursive: true });
    fs.symlinkSync(path.join(outside, 'common'), path.join(r, 'org', 'shared')); // absolute, a folder
    fs.symlinkSync(path.relative(path.join(r, 'org'), path.join(outside, 'common')), path.join(r, 'org', 'rel')); // ../../, a folder
    fs.symlinkSync(path.join(outside, 'notes'), path.join(r, 'org', 'notes')); // a file: not YAML, skipped
    fs.symlinkSync(path.join(outside, 'gone'), path.join(r, 'org', 'gone')); // nothing there: skipped
    git(r, 'add', '-A');
    git(r, 'commit', '-q', '-m', 'links out');
    const links = <F extends { message: string }>(findings: F[]) => findings.filter((f) => f.message.includes('symbolic link'));
    const fromGit = loadGitFiles('HEAD', 'org', r);
    const onDisk = loadFiles(['org'], r);
    expect(links(onDisk.findings).map((f) => f.file)).toEqual(['org/rel', 'org/shared']);
    expect(links(fromGit.findings)).toEqual(links(onDisk.findings));
    expect(JSON.stringify(fromGit)).not.toContain('hunter');
  });
});

describe('a file or folder name that is not UTF-8', () => {
  it('is one finding at it, from git as on disk, not "cannot read ...: ENOENT" (exit 2) on disk', () => {
    const r = tmpDir();
    git(r, 'init', '-q');
    fs.cpSync(path.join(FIXTURES, 'merge/before'), path.join(r, 'org'), { recursive: true });
    const org = Buffer.from(path.join(r, 'org') + '/');
    const bytes = (name: string) => Buffer.concat([org, Buffer.from(name, 'latin1')]);
    const role = 'kind: Role\nid: latin\ntitle: T\n';
    fs.writeFileSync(bytes('caf\xe9.yaml'), role); // Latin-1 é: not UTF-8
    fs.mkdirSync(bytes('d\xe9p'));
    fs.writeFileSync(bytes('d\xe9p/r.yaml'), role.replace('latin', 'latin2'));
    fs.writeFileSync(bytes('notes-\xe9.txt'), 'not YAML: skipped\n');
    fs.mkdirSync(bytes('.h\xe9'));
    fs.writeFileSync(bytes('.h\xe9/r.yaml'), role.replace('latin', 'hidden'));
    git(r, 'add', '-A');
    git(r, 'commit', '-q', '-m', 'latin-1 names');
    const onDisk = loadFiles(['org'], r);
    const fromGit = loadGitFiles('HEAD', 'org', r);
    const bad = <F extends { message: string }>(findings: F[]) => findings.filter((f) => f.message.includes('not UTF-8'));
    expect(bad(onDisk.findings).map((f) => [f.file, f.message.split(' ')[0]])).toEqual([
      ['org/caf\uFFFD.yaml', 'file'],
      ['org/d\uFFFDp', 'folder'],
    ]);
    expect(bad(fromGit.findings)).toEqual(bad(onDisk.findings));
    expect(fromGit.files.map((f) => f.path)).toEqual(onDisk.files.map((f) => f.path));
    expect(JSON.stringify(fromGit)).not.toContain('latin');
  });
});

describe('a side that is neither a path nor a revision', () => {
  const bare = { orgPathGiven: false, afterDoubleDash: false };
  it('without --path, says what it is a typo of, as with --path', () => {
    expect(usageError(() => decideSide('featrue', bare, repo))).toBe(
      "'featrue' is neither a path nor a git revision (did you mean 'feature'?)",
    );
  });
  it("git's REV:PATH says to give the path with --path", () => {
    const hint = ': it names a path in a revision; give the revision and the path apart (orgctl diff v1 HEAD --path org)';
    expect(usageError(() => decideSide('v1:org', bare, repo))).toBe(`'v1:org' is neither a path nor a git revision${hint}`);
    expect(usageError(() => resolveRevision('v1:org', repo))).toBe(`unknown git revision 'v1:org'${hint}`);
  });
});

describe('positions', () => {
  it('an org path given through a linked folder names files as the disk does', () => {
    const link = path.join(tmpDir(), 'repo');
    fs.symlinkSync(repo, link);
    git(repo, 'checkout', '-q', 'v1');
    try {
      const given = path.join(link, 'org');
      const onDisk = loadFiles([given], repo);
      const fromGit = loadGitFiles('v1', given, repo);
      expect(onDisk.files.length).toBeGreaterThan(0);
      expect(fromGit.files.map((f) => f.path)).toEqual(onDisk.files.map((f) => f.path));
    } finally {
      git(repo, 'checkout', '-q', 'feature');
    }
  });
});

describe('a submodule inside the org', () => {
  /** A repository whose org/ holds the submodule org/hr (checked out, with a role of its own). */
  function withSubmodule(): string {
    const sub = tmpDir();
    git(sub, 'init', '-q');
    fs.writeFileSync(path.join(sub, 'r.yaml'), 'kind: Role\nid: sub-role\ntitle: T\n');
    git(sub, 'add', '-A');
    git(sub, 'commit', '-q', '-m', 'sub');
    const r = tmpDir();
    git(r, 'init', '-q');
    fs.cpSync(path.join(FIXTURES, 'merge/before'), path.join(r, 'org'), { recursive: true });
    git(r, 'add', '-A');
    git(r, 'commit', '-q', '-m', 'org');
    git(r, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub, 'org/hr');
    git(r, 'commit', '-q', '-m', 'submodule');
    return r;
  }

  it('is skipped from disk, checked out or not, as git (which holds none of its files) skips it', () => {
    const r = withSubmodule();
    expect(fs.existsSync(path.join(r, 'org/hr/r.yaml'))).toBe(true);
    const onDisk = loadFiles(['org'], r);
    const fromGit = loadGitFiles('HEAD', 'org', r);
    expect(onDisk.files.map((f) => f.path)).not.toContain('org/hr/r.yaml');
    expect(fromGit.files.map((f) => f.path)).toEqual(onDisk.files.map((f) => f.path));
    expect(fromGit.findings).toEqual(onDisk.findings);
    // The submodule given itself is still read: the user named that repository.
    expect(loadFiles(['org/hr'], r).files.map((f) => f.path)).toEqual(['org/hr/r.yaml']);
  });

  it('is named in one note on stderr, not a finding: nothing in the org is wrong', () => {
    const r = withSubmodule();
    const NOTE =
      'orgctl: note: org/hr/ is another git repository (a submodule or a nested clone), so its files were not read: orgctl reads one repository; give its path to read it\n';
    const skipped = runCli(['validate', 'org', '--format', 'json'], { cwd: r });
    fs.rmSync(path.join(r, 'org/hr'), { recursive: true });
    const without = runCli(['validate', 'org', '--format', 'json'], { cwd: r });
    expect(skipped.stderr).toBe(NOTE);
    expect(skipped.stdout).toBe(without.stdout);
    expect(skipped.code).toBe(without.code);
    expect(without.stderr).toBe('');
  });

  it('diff names it once, though both sides are read; the submodule given itself has no note', () => {
    const r = withSubmodule();
    const both = runCli(['diff', 'dir:org', 'dir:org', '--format', 'json'], { cwd: r });
    expect(both.stderr.match(/note: org\/hr\/ is another git repository/g)).toHaveLength(1);
    const sub = runCli(['validate', 'org/hr'], { cwd: r });
    expect(sub.stderr).not.toContain('another git repository');
  });
});
