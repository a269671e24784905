/**
 * The worker-pool parse (`--jobs`, ORGCTL_JOBS): the built CLI, bundled and
 * unbundled, reports byte-identically with workers forced on and off — syntax
 * errors, suppression directives, aliases, CRLF and fixes included — and the
 * workers really ran (a pool that fell back to one thread says so on stderr).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decideJobs } from '../../src/load/pool.js';
import { BIN, type CliRun } from '../support/cli.js';
import { temporaryDirs } from '../support/tmp.js';
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

  it('uses workers only when told (--jobs or ORGCTL_JOBS), whatever the size', () => {
    expect(decideJobs(undefined, 100 * 1024 * 1024, {})).toBe(1);
    expect(decideJobs(undefined, 10, { ORGCTL_JOBS: '4' })).toBe(4);
    expect(decideJobs(1, 100 * 1024 * 1024, { ORGCTL_JOBS: '4' })).toBe(1);
    expect(() => decideJobs(undefined, 10, { ORGCTL_JOBS: 'lots' })).toThrow(/ORGCTL_JOBS must be a whole number/);
    expect(decideJobs(undefined, 10, { ORGCTL_JOBS: '' })).toBe(1);
  });
});
