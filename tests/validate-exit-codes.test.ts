/**
 * validate's exit code for each combination of --quiet, --max-warnings, --fix-dry-run and --format, as README
 * (Exit codes; Decisions: --quiet) states it. In process (runMain), on a small org written for the test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runMain } from './support/main.js';
import { temporaryDirs, writeTree } from './support/tmp.js';

const tmp = temporaryDirs('orgctl-exit-');

const DEPT = 'kind: Department\nid: hq\nname: 总部\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n';

/** An org with one fixable error (reports_to: ce0) and one warning (an empty department). */
function orgWithTypoAndWarning(): string {
  return writeTree(tmp(), {
    'org.yaml': 'kind: Organization\nid: acme\nname: 阿克米\ntop: ceo\n',
    'hq.yaml': `${DEPT}  - id: cfo\n    title: 财务总监\n    reports_to: ce0\n`,
    'spare.yaml': 'kind: Department\nid: spare\nname: 备用\nparent: hq\n',
  });
}

describe('--quiet with --fix-dry-run', () => {
  it('does not count warnings for --max-warnings, as --quiet does without the dry run (it exited 1)', async () => {
    const org = orgWithTypoAndWarning();
    const plain = await runMain(['validate', org, '--quiet', '--max-warnings', '0']);
    expect(plain.code).toBe(1); // the typo
    const dry = await runMain(['validate', org, '--fix-dry-run', '--quiet', '--max-warnings', '0']);
    expect(dry.stderr).toBe('orgctl: note: 1 fix in 1 file would be applied by --fix (nothing written)\n');
    expect(dry.code).toBe(0);
    const json = await runMain(['validate', org, '--fix-dry-run', '--quiet', '--max-warnings', '0', '--format', 'json']);
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as { summary: unknown }).summary).toEqual({ fixes: 1, files: 1, errors: 0, warnings: 0 });
    // Without --quiet the warning still counts.
    const counted = await runMain(['validate', org, '--fix-dry-run', '--max-warnings', '0']);
    expect(counted.code).toBe(1);
  });
});

describe("-o ''", () => {
  it('is one line saying -o needs a file name, for validate as for schema (was "cannot write : … this is a directory", and schema wrote to stdout)', async () => {
    const org = orgWithTypoAndWarning();
    for (const args of [['validate', org], ['schema'], ['completion', 'bash'], ['stats', org]]) {
      const r = await runMain([...args, '-o', '']);
      expect(r.stderr, args[0]).toBe("orgctl: -o '' names no file: give a file name, or - for stdout\n");
      expect(r.stdout, args[0]).toBe('');
      expect(r.code, args[0]).toBe(2);
    }
  });
});

describe('a path that does not exist', () => {
  it('is exit 2 with the nearest name in its folder, as commands and options get (was only "path not found")', async () => {
    const dir = writeTree(tmp(), { 'org/org.yaml': 'kind: Organization\nid: acme\nname: 阿克米\n', 'orgs-old.txt': '' });
    const typo = await runMain(['validate', `${dir}/ogr`]);
    expect(typo.stderr).toBe(`orgctl: path not found: ${dir}/ogr (did you mean '${dir}/org'?)\n`);
    expect(typo.code).toBe(2);
    const slash = await runMain(['chart', `${dir}/ogr/`, '--format', 'mermaid']);
    expect(slash.stderr).toBe(`orgctl: path not found: ${dir}/ogr/ (did you mean '${dir}/org/'?)\n`);
    const far = await runMain(['validate', `${dir}/xyzzy`]);
    expect(far.stderr).toBe(`orgctl: path not found: ${dir}/xyzzy\n`);
    const noParent = await runMain(['validate', `${dir}/nope/org`]);
    expect(noParent.stderr).toBe(`orgctl: path not found: ${dir}/nope/org\n`);
  });
});

describe.skipIf(process.platform === 'win32')('a path that is a symbolic link to nothing', () => {
  it('says so and names the target, not "path not found" for a name that is there', async () => {
    const dir = writeTree(tmp(), { 'real/org.yaml': 'kind: Organization\nid: acme\nname: 阿克米\n' });
    fs.symlinkSync('gone', path.join(dir, 'org'));
    const dangling = await runMain(['validate', path.join(dir, 'org')]);
    expect(dangling.stderr).toBe(
      `orgctl: ${path.join(dir, 'org')} is a symbolic link to gone, which does not exist: point it at the org, or give the org's own path\n`,
    );
    expect(dangling.code).toBe(2);
    fs.symlinkSync('loop-b', path.join(dir, 'loop-a'));
    fs.symlinkSync('loop-a', path.join(dir, 'loop-b'));
    const loop = await runMain(['validate', path.join(dir, 'loop-a')]);
    expect(loop.stderr).toBe(
      `orgctl: ${path.join(dir, 'loop-a')} is a loop of symbolic links (ELOOP): point it at the org, or give the org's own path\n`,
    );
    expect(loop.code).toBe(2);
  });
});

describe('ORGCTL_JOBS', () => {
  it('is read as --jobs is: a whole number from 1 to 256, else exit 2 saying so (999 started up to 999 parse threads)', async () => {
    const org = orgWithTypoAndWarning();
    const flag = await runMain(['validate', org, '--jobs', '999']);
    expect(flag.code).toBe(2);
    for (const value of ['999', '0', 'lots', '2.5']) {
      vi.stubEnv('ORGCTL_JOBS', value);
      try {
        const r = await runMain(['validate', org]);
        expect(r.stderr, value).toBe(`orgctl: ORGCTL_JOBS must be a whole number from 1 to 256 (as --jobs), got '${value}'\n`);
        expect(r.code, value).toBe(2);
      } finally {
        vi.unstubAllEnvs();
      }
    }
    vi.stubEnv('ORGCTL_JOBS', '');
    try {
      expect((await runMain(['validate', org, '--quiet'])).code).toBe(1); // empty: unset, as for ORGCTL_TODAY
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('ORGCTL_DEBUG=1, as README (Exit codes) states it', () => {
  it('adds nothing to an exit-2 line that says what to fix: still one line, no stack trace', async () => {
    vi.stubEnv('ORGCTL_DEBUG', '1');
    try {
      const r = await runMain(['validate', path.join(tmp(), '不存在')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^orgctl: path not found: [^\n]*\n$/);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('adds the stack trace below an internal error (a bug in orgctl), and only with it set', async () => {
    const run = async (debug: string) => {
      vi.stubEnv('ORGCTL_DEBUG', debug);
      let stderr = '';
      const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => {
        throw new TypeError('无法写入');
      });
      const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
      const { main } = await import('../src/cli/main.js');
      try {
        await main(['node', 'orgctl', 'schema']);
      } finally {
        out.mockRestore();
        err.mockRestore();
        vi.unstubAllEnvs();
      }
      const code = Number(process.exitCode ?? 0);
      process.exitCode = 0;
      return { code, stderr };
    };
    const plain = await run('');
    expect(plain).toEqual({ code: 2, stderr: 'orgctl: internal error: 无法写入\n' });
    const debug = await run('1');
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/^orgctl: internal error: 无法写入\nTypeError: 无法写入\n\s+at /);
  });
});
