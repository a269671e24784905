/**
 * `validate --cache` keeps the run's result and takes it whole when an edit
 * touched only text no check reads (duties, descriptions, comments, `x-`
 * fields) in a file that had no finding. Every other edit checks the org in
 * full. Whatever the edit, the report is the one a run without the cache
 * gives; a result not signed with this user's key is never believed.
 */
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cachedRun } from '../../src/cli/cachedRun.js';
import { ParseCache } from '../../src/load/cache.js';
import { cacheKeyFile, cacheSecret } from '../../src/load/cacheSecret.js';
import { fileStat } from '../../src/lint/cache/keptResult.js';
import { runMain } from '../support/main.js';
import { temporaryDirs } from '../support/tmp.js';
import { firstDepartmentFile, orgWithProblems } from '../load/orgWithProblems.js';

const tmp = temporaryDirs('orgctl-kept-');

/** Whether a run now would take the kept result (what the CLI would do, asked without running it). */
function wouldReuse(org: string, cacheFile: string): boolean {
  return cachedRun([org], new ParseCache(cacheFile, undefined, cacheSecret(), false), undefined).reused !== undefined;
}

describe('validate --cache keeps the result of a run', () => {
  let generated: string;
  beforeAll(() => {
    vi.stubEnv('ORGCTL_TODAY', '2026-12-01');
    vi.stubEnv('ORGCTL_JOBS', '1');
    vi.stubEnv('XDG_CACHE_HOME', tmp());
    generated = orgWithProblems(path.join(tmp(), 'org'));
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  /** validate with the cache after `edit`, checked against validate without it; says whether the kept result was taken. */
  async function afterEdit(org: string, cacheFile: string, edit: () => void): Promise<boolean> {
    edit();
    const reused = wouldReuse(org, cacheFile);
    for (const format of ['json', 'stylish']) {
      const plain = await runMain(['validate', org, '-f', format]);
      const cached = await runMain(['validate', org, '-f', format, '--cache', '--cache-location', cacheFile]);
      expect(cached, format).toEqual(plain);
    }
    return reused;
  }

  it('takes the result after edits to duties, descriptions and comments of a file with no finding; checks in full after any other', async () => {
    const org = path.join(tmp(), 'edit');
    fs.cpSync(generated, org, { recursive: true });
    const cacheFile = path.join(tmp(), 'cache');
    await runMain(['validate', org, '--cache', '--cache-location', cacheFile]);
    const file = firstDepartmentFile(org);
    const change = (from: RegExp, to: string) => () => {
      const text = fs.readFileSync(file, 'utf8');
      const edited = text.replace(from, to);
      expect(edited, String(from)).not.toBe(text);
      fs.writeFileSync(file, edited);
    };
    const append = (target: string, line: string) => () => {
      fs.appendFileSync(target, line);
    };

    expect(await afterEdit(org, cacheFile, () => {}), 'nothing changed').toBe(true);
    expect(await afterEdit(org, cacheFile, change(/^( +- )(.+)$/m, '$1$2,并跟进合同')), 'a duty reworded').toBe(true);
    expect(await afterEdit(org, cacheFile, append(file, '# 待定:明年是否拆分\n')), 'a comment').toBe(true);
    expect(
      await afterEdit(org, cacheFile, change(/^responsibilities:/m, 'description: 部门说明\nx-note: 备注\nresponsibilities:')),
      'a description',
    ).toBe(true);

    // The schema checks free text too: the edited file is built on its own, and this one does not build cleanly.
    expect(
      await afterEdit(org, cacheFile, change(/^description: 部门说明$/m, 'description: [不是文字]')),
      'a description that is a list',
    ).toBe(false);
    // That file had a finding in the run before: whatever it becomes now, the org is checked in full.
    expect(await afterEdit(org, cacheFile, change(/^description: \[不是文字\]$/m, 'description: 部门说明')), 'the finding fixed').toBe(
      false,
    );
    expect(await afterEdit(org, cacheFile, change(/^( +- )(.+)$/m, '$1$2。')), 'quiet again').toBe(true);

    expect(await afterEdit(org, cacheFile, change(/^(name: .+)$/m, '$1(新)')), 'a name, which findings quote').toBe(false);
    expect(await afterEdit(org, cacheFile, change(/reports_to: .+/, 'reports_to: no-such-manager')), 'a reporting line').toBe(false);
    expect(
      await afterEdit(org, cacheFile, change(/reports_to: no-such-manager/, 'reports_to: still-no-such-manager')),
      'in a file with findings',
    ).toBe(false);
    const other = path.join(org, 'zz-more.yaml');
    expect(await afterEdit(org, cacheFile, append(other, 'kind: KPI\nid: 新指标\nname: 新指标\nunit: count\n')), 'a new file').toBe(false);
    expect(
      await afterEdit(org, cacheFile, () => {
        fs.rmSync(other);
      }),
      'a file removed',
    ).toBe(false);
    const quiet = path.join(org, 'zz-quiet.yaml');
    fs.writeFileSync(quiet, '# 空文件\n');
    await runMain(['validate', org, '--cache', '--cache-location', cacheFile]);
    expect(await afterEdit(org, cacheFile, append(quiet, '# orgctl-disable span-of-control\n')), 'a suppression comment').toBe(false);
  });

  it('gives the report a run without the cache gives, after an edit to each file of every example', async () => {
    const examples = fs.readdirSync('examples').filter((n) => fs.statSync(path.join('examples', n)).isDirectory());
    let reused = 0;
    for (const name of examples) {
      const org = path.join(tmp(), name);
      fs.cpSync(path.join('examples', name), org, { recursive: true });
      const cacheFile = path.join(tmp(), 'cache');
      await runMain(['validate', org, '--cache', '--cache-location', cacheFile]);
      const files = fs
        .readdirSync(org, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.yaml'))
        .sort();
      for (const rel of files) {
        const file = path.join(org, rel);
        const text = fs.readFileSync(file, 'utf8');
        // Free text where there is some, else a comment; then something every check reads.
        const wording = text.replace(/(responsibilities:\r?\n\s+- )(.+)/, '$1$2(修订)');
        const edits = [wording === text ? `${text}# 修订\n` : wording, text.replace(/^(\s*title: )(.+)$/m, '$1$2(代)')];
        for (const edited of edits) {
          fs.writeFileSync(file, edited);
          if (wouldReuse(org, cacheFile)) reused++;
          const plain = await runMain(['validate', org, '-f', 'json']);
          const cached = await runMain(['validate', org, '-f', 'json', '--cache', '--cache-location', cacheFile]);
          expect(cached, `${name}/${rel}`).toEqual(plain);
        }
      }
    }
    // (Most files of the examples are quiet: the free-text edits were taken from the cache.)
    expect(reused).toBeGreaterThan(20);
  });

  it('checks in full after an edit that moves a line another finding quotes the place of', async () => {
    const org = path.join(tmp(), 'quoted');
    fs.cpSync('examples/minimal-en', org, { recursive: true });
    const role = (title: string) => `kind: Role\nid: packer\ntitle: ${title}\ndepartment: store-operations\nreports_to: store-manager\n`;
    fs.writeFileSync(path.join(org, 'a-first.yaml'), role('Packer'));
    fs.writeFileSync(path.join(org, 'z-second.yaml'), role('Packer (night)'));
    const cacheFile = path.join(tmp(), 'cache');
    const first = await runMain(['validate', org, '-f', 'json', '--cache', '--cache-location', cacheFile]);
    // The finding is in z-second.yaml and names the place of the first id, in a-first.yaml.
    expect(first.stdout).toMatch(/a-first\.yaml:2:5/);
    expect(
      await afterEdit(org, cacheFile, () => {
        fs.writeFileSync(path.join(org, 'a-first.yaml'), `# 先到先得\n${role('Packer')}`);
      }),
    ).toBe(false);
  });

  it('is not taken on another date, nor from a cache signed with another key or altered', async () => {
    const org = path.join(tmp(), 'date');
    fs.cpSync(generated, org, { recursive: true });
    const cacheFile = path.join(tmp(), 'cache');
    await runMain(['validate', org, '--cache', '--cache-location', cacheFile]);
    expect(wouldReuse(org, cacheFile)).toBe(true);
    vi.stubEnv('ORGCTL_TODAY', '2026-12-02');
    expect(wouldReuse(org, cacheFile)).toBe(false);
    vi.stubEnv('ORGCTL_TODAY', '2026-12-01');
    // From another folder the findings name the files by other paths.
    const elsewhere = cachedRun([path.resolve(org)], new ParseCache(cacheFile, undefined, cacheSecret(), false), undefined, tmp());
    expect(elsewhere.reused).toBeUndefined();

    // A cache committed by someone else (another key), or this one with its result replaced by "no findings".
    const plain = await runMain(['validate', org, '-f', 'json']);
    expect(JSON.parse(plain.stdout).findings.length).toBeGreaterThan(0);
    const good = fs.readFileSync(cacheFile);
    const data = v8.deserialize(good) as { result: { bytes: Uint8Array; mac: string } };
    const kept = v8.deserialize(data.result.bytes) as { result: { findings: unknown[]; summary: { errors: number; warnings: number } } };
    const forged = v8.serialize({ ...kept, result: { findings: [], summary: { ...kept.result.summary, errors: 0, warnings: 0 } } });
    const hostile = {
      forged: { ...data, result: { bytes: forged, mac: data.result.mac } },
      unsigned: { ...data, result: { bytes: forged, mac: '' } },
    };
    for (const [name, cache] of Object.entries(hostile)) {
      fs.writeFileSync(cacheFile, v8.serialize(cache));
      expect(wouldReuse(org, cacheFile), name).toBe(false);
      expect(await runMain(['validate', org, '-f', 'json', '--cache', '--cache-location', cacheFile]), name).toEqual(plain);
    }
    fs.writeFileSync(cacheFile, good);
    expect(wouldReuse(org, cacheFile)).toBe(true);
    vi.stubEnv('XDG_CACHE_HOME', tmp());
    expect(wouldReuse(org, cacheFile), 'another key').toBe(false);
  });

  it('never believes a key file that others can read, or that is not a plain file of the right size', () => {
    vi.stubEnv('XDG_CACHE_HOME', tmp());
    const file = cacheKeyFile()!;
    const key = cacheSecret(file);
    expect(key).toHaveLength(32);
    expect(cacheSecret(file)).toEqual(key);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    fs.chmodSync(file, 0o644);
    expect(cacheSecret(file)).toBeUndefined();
    fs.rmSync(file);
    fs.symlinkSync(path.join(tmp(), 'elsewhere'), file);
    expect(cacheSecret(file)).toBeUndefined();
    expect(fs.existsSync(path.join(path.dirname(file), 'elsewhere'))).toBe(false);
  });

  it('reads a file again when its stat changed, even at the same size with its time set back', () => {
    const file = path.join(tmp(), 'role.yaml');
    const written = new Date(Date.now() - 3_600_000);
    fs.writeFileSync(file, 'kind: Role\nid: a\ntitle: 客服\n');
    fs.utimesSync(file, written, written);
    const { mtimeMs, size } = fs.statSync(file);
    const later = Date.now() + 60_000; // as a run a minute from now sees it: the file is no longer "just written"
    const before = fileStat(file, later);
    expect(before).not.toBe('');
    expect(fileStat(file, later)).toBe(before);
    fs.writeFileSync(file, 'kind: Role\nid: b\ntitle: 客服\n');
    fs.utimesSync(file, written, written);
    expect(fs.statSync(file)).toMatchObject({ mtimeMs, size });
    // Same size, same time of writing: the time of the change (ctime) tells.
    expect(fileStat(file, later)).not.toBe(before);
    // Changed within two seconds of a run's start: never taken on its stat (it may change again within the clock's grain).
    expect(fileStat(file, fs.statSync(file).ctimeMs + 1000)).toBe('');
  });
});
