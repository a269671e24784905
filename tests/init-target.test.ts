/**
 * `orgctl init` into a target that is not a plain empty folder: a link inside it, a directory or a
 * pipe where a template file goes, a file where a folder goes, a write that fails half-way. Nothing
 * outside the target is written, no partial org is left behind, and the answer is one line, exit 2.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from './support/cli.js';
import { runMain } from './support/main.js';
import { temporaryDirs } from './support/tmp.js';

const tmpDir = temporaryDirs('orgctl-init-target-');

/** Every entry below dir (links not followed), relative with '/', sorted. */
function entries(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    out.push(e.name);
    if (e.isDirectory()) out.push(...entries(path.join(dir, e.name)).map((f) => `${e.name}/${f}`));
  }
  return out.sort();
}

async function refused(args: string[]): Promise<string> {
  const r = await runMain(args);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.split('\n')).toHaveLength(2); // one line and its newline
  return r.stderr;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('orgctl init: the target', () => {
  it('writes nothing through a directory link inside the target (it would land outside it)', async () => {
    const target = tmpDir();
    const elsewhere = tmpDir();
    fs.symlinkSync(elsewhere, path.join(target, 'departments'));
    const stderr = await refused(['init', target, '--template', 'ecommerce-startup', '--force']);
    expect(stderr).toContain('departments is a symbolic link');
    expect(fs.readdirSync(elsewhere)).toEqual([]);
    expect(entries(target)).toEqual(['departments']);
  });

  it('a directory where a template file goes is refused before anything is written, even with --force', async () => {
    const target = tmpDir();
    fs.mkdirSync(path.join(target, 'kpis.yaml'));
    const stderr = await refused(['init', target, '--template', 'ecommerce-startup', '--force']);
    expect(stderr).toContain('kpis.yaml is not a file');
    expect(entries(target)).toEqual(['kpis.yaml']);
  });

  it('a named pipe where a template file goes is refused, not written to (that would wait for a reader)', () => {
    const target = tmpDir();
    const fifo = path.join(target, 'organization.yaml');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return; // no mkfifo here
    // In a process of its own: writing into the pipe would block this one for good.
    const r = runCli(['init', target, '--force'], { timeout: 20_000 });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).toContain('organization.yaml is not a file');
    expect(entries(target)).toEqual(['organization.yaml']);
  });

  it('a file where a folder of the path is: one line that names it, not an errno', async () => {
    const cwd = tmpDir();
    fs.writeFileSync(path.join(cwd, 'notes'), 'mine\n');
    const stderr = await refused(['init', path.join(cwd, 'notes', 'org')]);
    expect(stderr).toMatch(/notes is a file, not a directory/);
    expect(stderr).not.toContain('ENOTDIR');
    expect(entries(cwd)).toEqual(['notes']);
  });

  it('a write that fails half-way removes what this run created: no partial org', async () => {
    const cwd = tmpDir();
    const target = path.join(cwd, 'org');
    const open = fs.openSync.bind(fs);
    let calls = 0;
    vi.spyOn(fs, 'openSync').mockImplementation((...args: Parameters<typeof fs.openSync>) => {
      if (++calls === 3) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      return open(...args);
    });
    const stderr = await refused(['init', target, '--template', 'ecommerce-startup']);
    expect(stderr).toContain('ENOSPC');
    expect(entries(cwd)).toEqual([]);
  });

  it('a half-way failure in a folder that held files keeps them and removes only what it wrote', async () => {
    const target = tmpDir();
    fs.writeFileSync(path.join(target, 'README.md'), 'mine\n');
    const open = fs.openSync.bind(fs);
    let calls = 0;
    vi.spyOn(fs, 'openSync').mockImplementation((...args: Parameters<typeof fs.openSync>) => {
      if (++calls === 2) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      return open(...args);
    });
    await refused(['init', target]);
    expect(entries(target)).toEqual(['README.md']);
    expect(fs.readFileSync(path.join(target, 'README.md'), 'utf8')).toBe('mine\n');
  });

  it('a target that is a link to nothing says so, not EEXIST', async () => {
    const cwd = tmpDir();
    fs.symlinkSync(path.join(cwd, 'gone', 'org'), path.join(cwd, 'org'));
    const stderr = await refused(['init', path.join(cwd, 'org')]);
    expect(stderr).toMatch(/org is a symbolic link to \S*gone\/org, which does not exist/);
    expect(stderr).not.toContain('EEXIST');
    expect(stderr).not.toContain('removed');
    expect(entries(cwd)).toEqual(['org']);
  });

  it('a target that is a link to a folder is the folder: the org is written there', async () => {
    const real = tmpDir();
    const link = path.join(tmpDir(), 'org');
    fs.symlinkSync(real, link);
    const r = await runMain(['init', link]);
    expect(r.code).toBe(0);
    expect(entries(real)).toContain('organization.yaml');
  });
});
