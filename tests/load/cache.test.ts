/**
 * `validate --cache`: the report is byte-identical cold, warm and without the
 * cache; after one edit only that file is parsed again; a damaged, foreign,
 * hostile or symlinked cache file is ignored (and rewritten), never trusted.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ParseCache, contentHash } from '../../src/load/cache.js';
import { loadFilesFast } from '../../src/load/fastLoad.js';
import { buildModel } from '../../src/model/build.js';
import { lintOrg } from '../../src/lint/result.js';
import { runMain } from '../support/main.js';
import { temporaryDirs } from '../support/tmp.js';
import { firstDepartmentFile, orgWithProblems } from './orgWithProblems.js';

const tmp = temporaryDirs('orgctl-cache-');
const EXAMPLES = fs.readdirSync('examples').filter((n) => fs.statSync(path.join('examples', n)).isDirectory());

/**
 * The report of `org` as the cache gives it, parsing on this thread; counts what was parsed. `fast: false`
 * (the default here) caches every file, so these tests see the cache at work on all of them.
 */
async function loadWithCache(org: string, cacheFile: string, fast = false) {
  const cache = new ParseCache(cacheFile);
  const loaded = await loadFilesFast([org], process.cwd(), { cache, jobs: 1, fast });
  const model = buildModel(loaded.files);
  model.buildFindings.unshift(...loaded.findings);
  return { report: JSON.stringify(lintOrg(model)), stats: cache.stats };
}

describe('validate --cache', () => {
  let generated: string;
  beforeAll(() => {
    vi.stubEnv('ORGCTL_TODAY', '2026-12-01');
    vi.stubEnv('ORGCTL_JOBS', '1');
    generated = orgWithProblems(path.join(tmp(), 'org'));
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('reports byte-identically without the cache, cold and warm (text and JSON, every example and a generated org)', async () => {
    for (const org of [...EXAMPLES.map((n) => `examples/${n}`), generated]) {
      const cacheFile = path.join(tmp(), 'cache');
      for (const format of ['stylish', 'json']) {
        const plain = await runMain(['validate', org, '-f', format]);
        const cold = await runMain(['validate', org, '-f', format, '--cache', '--cache-location', cacheFile]);
        expect(fs.existsSync(cacheFile)).toBe(true);
        const warm = await runMain(['validate', org, '-f', format, '--cache', '--cache-location', cacheFile]);
        expect(cold, `${org} ${format} cold`).toEqual(plain);
        expect(warm, `${org} ${format} warm`).toEqual(plain);
      }
    }
  });

  it('parses only the file that changed, and still runs the cross-file rules', async () => {
    const org = path.join(tmp(), 'edit');
    fs.cpSync(generated, org, { recursive: true });
    const cacheFile = path.join(tmp(), 'cache');
    const cold = await loadWithCache(org, cacheFile);
    const total = cold.stats.parsed.length;
    expect(cold.stats.hits).toBe(0);
    const warm = await loadWithCache(org, cacheFile);
    expect(warm.stats).toEqual({ hits: total, parsed: [], fast: 0 });
    expect(warm.report).toBe(cold.report);

    // Point a role at a manager that does not exist: a cross-file finding the edited file alone cannot say.
    const file = firstDepartmentFile(org);
    const text = fs.readFileSync(file, 'utf8');
    const edited = text.replace(/reports_to: .+/, 'reports_to: no-such-manager');
    expect(edited).not.toBe(text);
    fs.writeFileSync(file, edited);
    const after = await loadWithCache(org, cacheFile);
    expect(after.stats.parsed).toEqual([path.relative(process.cwd(), file).split(path.sep).join('/')]);
    expect(after.stats.hits).toBe(total - 1);
    expect(after.report).toContain('no-such-manager');
    expect(after.report).toBe((await loadWithCache(org, path.join(tmp(), 'fresh'))).report);
  });

  it('keeps only the files the fast reader declines: the rest are read each time, with the same report', async () => {
    const org = 'examples/ops-center';
    const cacheFile = path.join(tmp(), 'cache');
    const all = await loadWithCache(org, path.join(tmp(), 'every-file'));
    const cold = await loadWithCache(org, cacheFile, true);
    const warm = await loadWithCache(org, cacheFile, true);
    expect(cold.stats.fast).toBeGreaterThan(0);
    // organization.yaml has a folded `>-` description, which the fast reader leaves to yaml: it is cached.
    expect(cold.stats.parsed).toEqual([`${org}/organization.yaml`]);
    expect(cold.stats.fast + cold.stats.parsed.length).toBe(all.stats.parsed.length);
    expect(warm.stats).toEqual({ hits: 1, parsed: [], fast: cold.stats.fast });
    expect(cold.report).toBe(all.report);
    expect(warm.report).toBe(all.report);
  });

  it('ignores a damaged, truncated, foreign or hostile cache with no crash, and rewrites it', async () => {
    const org = 'examples/broken';
    const dir = tmp();
    const reference = await loadWithCache(org, path.join(dir, 'good'));
    const good = fs.readFileSync(path.join(dir, 'good'));
    const files = reference.stats.parsed;
    const hostileEntry = (blob: unknown) => {
      const { entries, ...rest } = v8.deserialize(good) as { entries: Array<[string, string, Uint8Array]> };
      return v8.serialize({ ...rest, entries: entries.map(([p, h]) => [p, h, v8.serialize(blob)]) });
    };
    let deep: unknown = 'x';
    for (let i = 0; i < 1_000; i++) deep = [deep];
    const damaged: Record<string, Buffer | string> = {
      garbage: Buffer.from('not a cache at all'),
      empty: Buffer.alloc(0),
      truncated: good.subarray(0, Math.floor(good.length / 2)),
      json: JSON.stringify({ magic: 'orgctl-parse-cache', entries: [] }),
      foreign: v8.serialize({ ...(v8.deserialize(good) as object), key: '{"orgctl":"0.0.0-other"}' }),
      wrongTypes: hostileEntry({ docs: 'no', comments: [], unparsed: [], findings: [], lineStarts: null }),
      deepValue: hostileEntry({
        docs: [{ root: { s: 0, e: 0 }, offset: 0, value: deep, index: 0 }],
        comments: [],
        unparsed: [],
        findings: [],
        lineStarts: null,
      }),
      outOfRange: hostileEntry({
        docs: [{ root: { s: 0, e: 1e12 }, offset: 0, value: {}, index: 0 }],
        comments: [],
        unparsed: [],
        findings: [],
        lineStarts: null,
      }),
      notPlain: hostileEntry({
        docs: [{ root: { s: 0, e: 0 }, offset: 0, value: new Map([['kind', 'Role']]), index: 0 }],
        comments: [],
        unparsed: [],
        findings: [],
        lineStarts: null,
      }),
    };
    for (const [name, bytes] of Object.entries(damaged)) {
      const cacheFile = path.join(dir, name);
      fs.writeFileSync(cacheFile, bytes);
      const run = await loadWithCache(org, cacheFile);
      expect(run.report, name).toBe(reference.report);
      expect(run.stats.parsed, name).toEqual(files);
      const again = await loadWithCache(org, cacheFile);
      expect(again.stats, `${name} is rewritten`).toEqual({ hits: files.length, parsed: [], fast: 0 });
      expect(again.report).toBe(reference.report);
    }
    // The right hash but another cache key (another orgctl): nothing is taken from it.
    const first = files[0]!;
    const bytes = fs.readFileSync(first);
    expect(new ParseCache(path.join(dir, 'good')).lookup(first, contentHash(bytes), bytes.toString('utf8'))).toBeDefined();
    expect(new ParseCache(path.join(dir, 'good'), 'another key').lookup(first, contentHash(bytes), bytes.toString('utf8'))).toBeUndefined();
  });

  it('never follows a symlink at the cache location: not read, and replaced rather than written through', async () => {
    const dir = tmp();
    const outside = path.join(dir, 'outside');
    fs.writeFileSync(outside, 'precious');
    const link = path.join(dir, 'link-cache');
    fs.symlinkSync(outside, link);
    const run = await loadWithCache('examples/minimal-en', link);
    expect(run.stats.hits).toBe(0);
    expect(fs.readFileSync(outside, 'utf8')).toBe('precious');
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(false);
    const dirCache = path.join(dir, 'a-dir');
    fs.mkdirSync(dirCache);
    await expect(loadWithCache('examples/minimal-en', dirCache)).resolves.toBeDefined();
    expect(fs.statSync(dirCache).isDirectory()).toBe(true);
  });

  it("never keeps the cache in one of the org's files, nor as a YAML file the next run would read (it overwrote organization.yaml)", async () => {
    const org = path.join(tmp(), 'org');
    fs.cpSync('examples/minimal-en', org, { recursive: true });
    const before = fs.readFileSync(path.join(org, 'organization.yaml'), 'utf8');
    const own = await runMain(['validate', org, '--cache', '--cache-location', path.join(org, 'organization.yaml')]);
    expect(own.stderr).toBe(
      `orgctl: refusing to keep the cache in ${path.join(org, 'organization.yaml')}: it is one of the org's own files (choose another --cache-location)\n`,
    );
    expect(own.code).toBe(2);
    expect(fs.readFileSync(path.join(org, 'organization.yaml'), 'utf8')).toBe(before);
    const inside = await runMain(['validate', org, '--cache', '--cache-location', path.join(org, 'cache.yml')]);
    expect(inside.stderr).toMatch(/^orgctl: refusing to keep the cache in .*cache\.yml: orgctl reads every \.yaml\/\.yml file below/);
    expect(inside.code).toBe(2);
    expect(fs.existsSync(path.join(org, 'cache.yml'))).toBe(false);
    // Another name inside the org is fine: the loader does not read it.
    const beside = await runMain(['validate', org, '--cache', '--cache-location', path.join(org, '.orgctl-cache')]);
    expect(beside.code).toBe(0);
  });

  it('says --cache-location needs --cache, and --jobs must be a count', async () => {
    const r = await runMain(['validate', 'examples/minimal-en', '--cache-location', path.join(os.tmpdir(), 'x')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--cache-location needs --cache/);
    const j = await runMain(['validate', 'examples/minimal-en', '--jobs', '0']);
    expect(j.code).toBe(2);
  });
});
