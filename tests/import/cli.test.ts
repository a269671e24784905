/** `orgctl import` and `orgctl export` from the command line (in-process): exit codes, --strict, and writing only under -o. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENCODING_NAMES, ROSTER_FIELDS } from '../../src/import/types.js';
import { runMain } from '../support/main.js';
import { temporaryDirs } from '../support/tmp.js';

const tmpDir = temporaryDirs('orgctl-import-');
const ROSTER = '姓名,工号,部门,岗位,直属上级\n张三,E1,总部,总经理,\n李四,E2,总部/技术部,工程师,张三\n';
const BAD = `${ROSTER}王五,E3,总部/技术部,工程师,刘洋\n`;

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

describe('orgctl import / export (CLI)', () => {
  it('imports a clean roster with exit 0, writing only under -o', async () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'roster.csv'), ROSTER);
    const r = await runMain(['import', path.join(dir, 'roster.csv'), '-o', path.join(dir, 'out', 'org')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Imported 2 of 2 rows .*2 departments, 2 roles in 3 files/);
    expect(listFiles(dir)).toEqual([
      'out/org/departments/总部.yaml',
      'out/org/organization.yaml',
      'out/org/orgctl.schema.json',
      'roster.csv',
    ]);
    const v = await runMain(['validate', path.join(dir, 'out', 'org')]);
    expect(v.code).toBe(0);
  });

  it('exit 1 with the rows not placed; --strict writes nothing', async () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'roster.csv'), BAD);
    const strict = await runMain(['import', path.join(dir, 'roster.csv'), '-o', path.join(dir, 'strict'), '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("roster.csv:E4: manager '刘洋' is not in the roster");
    expect(fs.existsSync(path.join(dir, 'strict'))).toBe(false);
    const lax = await runMain(['import', path.join(dir, 'roster.csv'), '-o', path.join(dir, 'lax')]);
    expect(lax.code).toBe(1);
    expect(lax.stdout).toContain('Imported 2 of 3 rows');
  });

  it('a hostile cell prints inert: no terminal escape reaches stderr', async () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'roster.csv'), `${ROSTER}王五,E3,总部,专员,"\u001b]0;pwned\u0007\n::error::x"\n`);
    const r = await runMain(['import', path.join(dir, 'roster.csv'), '-o', path.join(dir, 'org')]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/\u001b|\u0007/);
    expect(r.stderr).toContain('\\x1b]0;pwned');
  });

  it('refuses to import over an org without --update (exit 2)', async () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'roster.csv'), ROSTER);
    expect((await runMain(['import', path.join(dir, 'roster.csv'), '-o', path.join(dir, 'org')])).code).toBe(0);
    const again = await runMain(['import', path.join(dir, 'roster.csv'), '-o', path.join(dir, 'org')]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('use --update');
    const update = await runMain(['import', path.join(dir, 'roster.csv'), '-o', path.join(dir, 'org'), '--update']);
    expect(update.code).toBe(0);
  });

  it('exports each format to stdout or -o, and never into the org', async () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'roster.csv'), ROSTER);
    await runMain(['import', path.join(dir, 'roster.csv'), '-o', path.join(dir, 'org')]);
    for (const format of ['backstage', 'jsonld', 'csv']) {
      const r = await runMain(['export', path.join(dir, 'org'), '--format', format]);
      expect(r.code, format).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(0);
    }
    const into = await runMain(['export', path.join(dir, 'org'), '--format', 'backstage', '-o', path.join(dir, 'org', 'catalog.yaml')]);
    expect(into.code).toBe(2);
  });
});

describe('orgctl import --help', () => {
  it('names every field --map takes and every encoding --encoding takes', async () => {
    const help = (await runMain(['import', '--help'])).stdout.replace(/\s+/g, ' ');
    const map = /--map <column=field> read a column as a field \(([^)]*)\)/.exec(help)![1]!.split(', ');
    expect(map).toEqual([...ROSTER_FIELDS]);
    const encodings = /--encoding <name> CSV encoding instead of detecting it .*?\(choices: (.*?)\) --id /
      .exec(help)![1]!
      .split(', ')
      .map((e) => JSON.parse(e) as string);
    expect(encodings).toEqual([...ENCODING_NAMES]);
    // Each one the help names is accepted, and each the error message offers is in the help.
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'roster.csv'), ROSTER);
    const refused = await runMain(['import', path.join(dir, 'roster.csv'), '-o', path.join(dir, 'x'), '--encoding', 'latin1']);
    expect(refused.code).toBe(2);
    const offered = /Allowed choices are (.*?)\./.exec(refused.stderr)![1]!.split(', ');
    expect(encodings.sort()).toEqual(offered.sort());
    // Other spellings of a choice are still read: GB2312, Windows' CP936, UTF8.
    for (const spelling of ['GB2312', 'cp936', 'UTF8', 'utf-8']) {
      const r = await runMain(['import', path.join(dir, 'roster.csv'), '-o', path.join(dir, `x-${spelling}`), '--encoding', spelling]);
      // (The roster is UTF-8: read as GBK it may have no header row, but the encoding itself is taken.)
      expect(r.stderr, spelling).not.toMatch(/Allowed choices|unknown --encoding/);
    }
  });
});
