/**
 * The worker-pool parse (`--jobs`, ORGCTL_JOBS): the built CLI, bundled and
 * unbundled, reports byte-identically with workers forced on and off — syntax
 * errors, suppression directives, aliases, CRLF and fixes included — and the
 * workers really ran (a pool that fell back to one thread says so on stderr).
 * In process, through the built modules (a worker runs dist/load/parseWorker.js):
 * this thread parses its share, and a worker sends a file the fast reader
 * takes as values only, its skeletons built here from the text when asked.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { decideJobs } from '../../src/load/pool.js';
import type { loadFilesFast as LoadFilesFast } from '../../src/load/fastLoad.js';
import type { skeletonPending as SkeletonPending } from '../../src/load/fastYaml/index.js';
import type { parseInPool as ParseInPool, ParseWorkers as Workers } from '../../src/load/pool.js';
import type { SourceFile } from '../../src/load/types.js';
import { BIN, REPO_ROOT, type CliRun } from '../support/cli.js';
import { temporaryDirs, writeTree } from '../support/tmp.js';
import { orgWithProblems } from './orgWithProblems.js';

const tmp = temporaryDirs('orgctl-pool-');
const ENV = { ORGCTL_TODAY: '2026-12-01', ORGCTL_JOBS: undefined };

/** runCli (tests/support/cli.ts) without blocking: vitest's worker must answer its heartbeat while several CLIs run. */
function runCli(args: string[], options: { env?: Record<string, string | undefined>; timeout?: number } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      timeout: options.timeout ?? 120_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      resolve({ code, signal, stdout, stderr });
    });
  });
}

describe('parsing in a worker pool', () => {
  let generated: string;
  beforeAll(() => {
    generated = orgWithProblems(path.join(tmp(), 'org'));
  });

  // One test per build and org: each spawns a handful of processes, short enough for vitest's worker heartbeat.
  const builds = {
    'one-file bundle': {},
    'esbuild bundle': { ORGCTL_NO_CODE_CACHE: '1' },
    'unbundled dist': { ORGCTL_NO_BUNDLE: '1' },
  };
  for (const [build, launch] of Object.entries(builds)) {
    const env = { ...ENV, ...launch };
    for (const org of ['generated', 'examples/broken']) {
      it(`gives the same report with workers on and off: ${org} (${build})`, async () => {
        const dir = org === 'generated' ? generated : org;
        for (const format of ['stylish', 'json']) {
          const one = await runCli(['validate', dir, '-f', format, '--jobs', '1'], { env });
          const many = await runCli(['validate', dir, '-f', format, '--jobs', '3'], { env });
          expect(many.stderr, `${org} ${format}`).not.toMatch(/parse workers failed/);
          expect(many, `${org} ${format}`).toEqual(one);
          expect(one.stdout.length).toBeGreaterThan(0);
        }
      });
    }
  }

  it('takes the thread count from ORGCTL_JOBS, with the cache too', async () => {
    const withPool = await runCli(['validate', generated, '-f', 'json', '--cache', '--cache-location', path.join(tmp(), 'c')], {
      env: { ...ENV, ORGCTL_JOBS: '2' },
    });
    expect(withPool.stderr).not.toMatch(/parse workers failed/);
    expect(withPool.stdout).toBe((await runCli(['validate', generated, '-f', 'json', '--jobs', '1'], { env: ENV })).stdout);
  });

  it('ends the workers it started when a file cannot be read: one line, exit 2, no hang', async () => {
    const dir = writeTree(tmp(), { 'org.yaml': 'kind: Organization\nid: o\nname: O\n', 'a.yaml': 'kind: Role\nid: a\ntitle: A\n' });
    fs.writeFileSync(path.join(dir, 'zz-huge.yaml'), '');
    fs.truncateSync(path.join(dir, 'zz-huge.yaml'), 65 * 1024 * 1024); // sparse: past what orgctl reads, read after the workers start
    const run = await runCli(['validate', dir, '--jobs', '2'], { env: ENV, timeout: 30_000 });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^orgctl: .*zz-huge\.yaml is 68157440 bytes, more than the \d+ bytes orgctl reads from one file\n$/);
  });

  it('uses workers only when told (--jobs or ORGCTL_JOBS), whatever the size', () => {
    expect(decideJobs(undefined, 100 * 1024 * 1024, {})).toBe(1);
    expect(decideJobs(undefined, 10, { ORGCTL_JOBS: '4' })).toBe(4);
    expect(decideJobs(1, 100 * 1024 * 1024, { ORGCTL_JOBS: '4' })).toBe(1);
    expect(() => decideJobs(undefined, 10, { ORGCTL_JOBS: 'lots' })).toThrow(/ORGCTL_JOBS must be a whole number/);
    expect(decideJobs(undefined, 10, { ORGCTL_JOBS: '' })).toBe(1);
  });
});

/** A module of the build (dist/: build first), so the pool starts the worker it ships. */
async function built<T>(rel: string): Promise<T> {
  return (await import(pathToFileURL(path.join(REPO_ROOT, 'dist', rel)).href)) as T;
}

describe('the pool, in process', () => {
  let org: string;
  beforeAll(() => {
    org = orgWithProblems(path.join(tmp(), 'org'));
    // A key that is also Object.prototype's accessor: it must stay an own key through the worker's answer.
    writeTree(org, { 'zz-proto.yaml': 'kind: Role\nid: proto-role\ntitle: 原型\nextra:\n  __proto__: {polluted: true}\n' });
  });

  it('parses on this thread too: one worker takes the largest files, this thread the smallest, each file once', async () => {
    const { parseInPool, ParseWorkers } = await built<{ parseInPool: typeof ParseInPool; ParseWorkers: typeof Workers }>('load/pool.js');
    const { findOrgFiles } = await import('../../src/load/files.js');
    const inputs = findOrgFiles([org], REPO_ROOT).files.map((f) => ({ shown: f, bytes: fs.readFileSync(f) }));
    const here: number[] = [];
    const there: number[] = [];
    const workers = new ParseWorkers(1);
    try {
      await parseInPool(
        inputs,
        workers,
        false,
        (reply) => there.push(reply.index),
        (index) => here.push(index),
      );
    } finally {
      workers.close();
    }
    expect(here.length).toBeGreaterThan(0);
    expect(there.length).toBeGreaterThan(0);
    expect([...here, ...there].sort((a, b) => a - b)).toEqual(inputs.map((_, i) => i));
    // The worker's first file is the largest; this thread's first is the smallest.
    const sizes = inputs.map((f) => f.bytes.length);
    expect(sizes[there[0]!]).toBe(Math.max(...sizes));
    expect(sizes[here[0]!]).toBe(Math.min(...sizes));
  });

  it('gets values only from a worker and builds a skeleton from the text when asked, as one thread does', async () => {
    const { loadFilesFast } = await built<{ loadFilesFast: typeof LoadFilesFast }>('load/fastLoad.js');
    const { skeletonPending } = await built<{ skeletonPending: typeof SkeletonPending }>('load/fastYaml/index.js');
    const poolErrors: Error[] = [];
    const one = await loadFilesFast([org], REPO_ROOT, { jobs: 1 });
    const many = await loadFilesFast([org], REPO_ROOT, { jobs: 3, onPoolError: (e) => poolErrors.push(e) });
    expect(poolErrors).toEqual([]);
    const pending = (files: SourceFile[]) => files.map((f) => f.docs.filter(skeletonPending).length);
    // Every file the fast reader took is pending on both sides (the worker built and sent no skeleton).
    expect(pending(many.files)).toEqual(pending(one.files));
    expect(pending(one.files).reduce((a, b) => a + b)).toBeGreaterThan(20);
    const plain = (files: SourceFile[]) =>
      files.map((f) => ({
        path: f.path,
        text: f.text,
        lineStarts: f.lineCounter.lineStarts,
        comments: f.comments,
        unparsed: f.unparsed,
        docs: f.docs.map((d) => ({ offset: d.offset, index: d.index, value: d.value, root: d.root })),
      }));
    expect(plain(many.files)).toStrictEqual(plain(one.files));
    expect(many.findings).toStrictEqual(one.findings);
    const proto = many.files.find((f) => f.path.endsWith('zz-proto.yaml'))!.docs[0]!.value as { extra: object };
    expect(Object.keys(proto.extra)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(proto.extra)).toBe(Object.prototype);
  });
});
