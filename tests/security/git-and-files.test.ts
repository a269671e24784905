/**
 * What a hostile tree can do to the loader: a huge file or blob, a damaged git
 * repository, a FIFO or device where a file is expected. Each is exit 2 with one
 * line (or, inside a directory walk, a file that is not read), never an
 * internal error, a stack trace or a hang. Processes run with a timeout so a
 * regression fails instead of hanging. Needs `npm run build`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGitFiles } from '../../src/load/git.js';
import { MAX_FILE_BYTES } from '../../src/load/readFile.js';
import { UsageError } from '../../src/core/errors.js';
import { REPO_ROOT, runCli } from '../support/cli.js';
import { git } from '../support/git.js';
import { temporaryDirs } from '../support/tmp.js';

/** Long enough for a loaded machine; a hang (a FIFO opened, /dev/zero read) is killed instead of stalling the suite. */
const TIMEOUT = 30_000;

/** Per test: several real processes each, on a loaded 2-core CI machine. */
const LOADED_MACHINE_TIMEOUT = 180_000;

const tmpDir = temporaryDirs('orgctl-hostile-');

const run = (args: string[], cwd: string) => runCli(args, { cwd, timeout: TIMEOUT });

/** Exit 2, nothing on stdout, exactly one line on stderr — which is returned. */
function oneLineFailure(r: ReturnType<typeof run>): string {
  expect(r.signal).toBeNull(); // not killed by the timeout
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^orgctl: [^\n]+\n$/);
  expect(r.stderr).not.toContain('internal error');
  return r.stderr;
}

const ORG = 'kind: Organization\nid: shop\nname: 小店\n';

/** A repository whose tag `base` has org/organization.yaml and whose HEAD adds `extra` under org/. */
function repoWith(extra: Record<string, Buffer>): string {
  const repo = tmpDir();
  git(repo, ['init', '-q']);
  fs.mkdirSync(path.join(repo, 'org'));
  fs.writeFileSync(path.join(repo, 'org/organization.yaml'), ORG);
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-qm', 'base']);
  git(repo, ['tag', 'base']);
  for (const [rel, bytes] of Object.entries(extra)) {
    // Straight into the object store and the index: no copy of a big file in the worktree.
    const object = git(repo, ['hash-object', '-w', '--stdin'], bytes).trim();
    git(repo, ['update-index', '--add', '--cacheinfo', `100644,${object},${rel}`]);
  }
  git(repo, ['commit', '-qm', 'change']);
  return repo;
}

function deleteObject(repo: string, object: string): void {
  fs.rmSync(path.join(repo, '.git/objects', object.slice(0, 2), object.slice(2)));
}

describe('git: a blob too large, a damaged repository', { timeout: LOADED_MACHINE_TIMEOUT }, () => {
  it('a blob above the per-file limit is a UsageError naming the file, before its content is read', () => {
    const big = Buffer.from(`kind: Role\nid: big\ntitle: '${'x'.repeat(2000)}'\n`);
    const repo = repoWith({ 'org/big.yaml': big });
    expect(() => loadGitFiles('HEAD', 'org', repo, undefined, 1000)).toThrow(UsageError);
    expect(() => loadGitFiles('HEAD', 'org', repo, undefined, 1000)).toThrow(
      new RegExp(`^org/big\\.yaml in git revision 'HEAD' is ${big.length} bytes, more than the 1000 bytes orgctl reads from one file$`),
    );
    // At the limit exactly, it is read.
    expect(loadGitFiles('HEAD', 'org', repo, undefined, big.length).files.map((f) => f.path)).toEqual([
      'org/big.yaml',
      'org/organization.yaml',
    ]);
  });

  it('the CLI refuses a blob one byte over the limit with one line (was: spawnSync git ENOBUFS for 1 GB)', () => {
    // Zeros: cheap to hash and compress, and the limit is checked from the object's size alone.
    const repo = repoWith({ 'org/big.yaml': Buffer.alloc(MAX_FILE_BYTES + 1) });
    const line = oneLineFailure(run(['diff', 'base', 'HEAD', '-p', 'org'], repo));
    expect(line).toContain('org/big.yaml');
    expect(line).toContain(`${MAX_FILE_BYTES + 1} bytes`);
  });

  it('a missing tree object is exit 2 with one line', () => {
    const repo = repoWith({ 'org/roles.yaml': Buffer.from('kind: Role\nid: a\ntitle: A\n') });
    deleteObject(repo, git(repo, ['rev-parse', 'HEAD:org']).trim());
    const line = oneLineFailure(run(['diff', 'base', 'HEAD', '-p', 'org'], repo));
    expect(line).toMatch(/^orgctl: cannot read git revision 'HEAD': .*[Cc]ould not read/);
  });

  it('a missing blob is exit 2 with one line naming the file', () => {
    const repo = repoWith({ 'org/roles.yaml': Buffer.from('kind: Role\nid: a\ntitle: A\n') });
    deleteObject(repo, git(repo, ['rev-parse', 'HEAD:org/roles.yaml']).trim());
    const line = oneLineFailure(run(['diff', 'base', 'HEAD', '-p', 'org'], repo));
    expect(line).toMatch(/^orgctl: cannot read org\/roles\.yaml in git revision 'HEAD': object [0-9a-f]{40} is missing/);
  });
});

describe('files on disk: too large, not regular', { timeout: LOADED_MACHINE_TIMEOUT }, () => {
  it('a file above the per-file limit is exit 2 with one line, given by name or found in a directory', () => {
    const dir = tmpDir();
    fs.mkdirSync(path.join(dir, 'org'));
    fs.writeFileSync(path.join(dir, 'org/organization.yaml'), ORG);
    // Sparse: MAX_FILE_BYTES + 1 bytes that take no disk space.
    const big = path.join(dir, 'org/big.yaml');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, MAX_FILE_BYTES + 1);
    for (const args of [
      ['validate', 'org/big.yaml'],
      ['validate', 'org'],
      ['diff', 'org', 'org'],
    ]) {
      const line = oneLineFailure(run(args, dir));
      expect(line).toBe(
        `orgctl: org/big.yaml is ${MAX_FILE_BYTES + 1} bytes, more than the ${MAX_FILE_BYTES} bytes orgctl reads from one file\n`,
      );
    }
  });

  it.skipIf(process.platform === 'win32')('a FIFO or a device given by name is refused, saying what it is', () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'organization.yaml'), ORG);
    execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
    for (const args of [
      ['validate', 'pipe.yaml'],
      ['stats', 'pipe.yaml'],
      ['chart', 'pipe.yaml', '-f', 'mermaid'],
      ['diff', 'organization.yaml', 'pipe.yaml'],
    ]) {
      expect(oneLineFailure(run(args, dir))).toBe('orgctl: pipe.yaml is a FIFO (named pipe), not a file or directory\n');
    }
    for (const args of [
      ['validate', '/dev/zero'],
      ['diff', '--', '/dev/zero', 'organization.yaml'],
    ]) {
      expect(oneLineFailure(run(args, dir))).toBe('orgctl: /dev/zero is a character device, not a file or directory\n');
    }
  });

  it.skipIf(process.platform === 'win32')('a directory walk skips FIFOs and devices (also behind a symlink) without opening them', () => {
    const dir = tmpDir();
    fs.mkdirSync(path.join(dir, 'org'));
    fs.writeFileSync(path.join(dir, 'org/organization.yaml'), ORG);
    execFileSync('mkfifo', [path.join(dir, 'org/pipe.yaml')]);
    fs.symlinkSync('/dev/zero', path.join(dir, 'org/zero.yaml'));
    const r = run(['validate', 'org', '--format', 'json'], dir);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.stringify(JSON.parse(r.stdout))).not.toMatch(/pipe\.yaml|zero\.yaml/);
  });

  it.skipIf(process.platform === 'win32')('reading a path that became a FIFO after the walk fails at once instead of blocking', () => {
    // The walk's stat and the read are two moments: the reader itself must refuse what is not a regular file.
    const dir = tmpDir();
    const fifo = path.join(dir, 'swapped.yaml');
    execFileSync('mkfifo', [fifo]);
    const script = `import(${JSON.stringify(path.join(REPO_ROOT, 'dist/load/parse.js'))}).then((m) => m.readSourceFile(${JSON.stringify(fifo)}, 'swapped.yaml')).catch((e) => { console.log(e.name + ': ' + e.message); });`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: TIMEOUT });
    expect(r.signal).toBeNull();
    expect(r.stdout).toBe('UsageError: swapped.yaml is a FIFO (named pipe), not a regular file\n');
  });
});
