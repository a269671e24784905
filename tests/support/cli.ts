/**
 * Runs the built CLI (`bin/orgctl.js`, which loads dist/: build first) in its own
 * process, as a user or CI would, and collects what it printed.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(REPO_ROOT, 'bin/orgctl.js');

export interface CliRun {
  /** Exit code; null when the process was killed (by `timeout` or a signal). */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  /** Added to the environment (undefined removes a variable); NO_COLOR=1 is always set first. */
  env?: Record<string, string | undefined>;
  /** Kills a hung run; long enough for a loaded 2-core machine. */
  timeout?: number;
  /** Arguments for node itself, before the script (e.g. `--require hook.cjs`). */
  nodeArgs?: string[];
}

/** `orgctl ...args` in a child process, colours off. */
export function runCli(args: string[], options: CliOptions = {}): CliRun {
  const r = spawnSync(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
    cwd: options.cwd ?? process.cwd(),
    encoding: 'utf8',
    timeout: options.timeout ?? 60_000,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/**
 * A long child process (tens of seconds: packing, the bench) run without blocking this test worker.
 * spawnSync would: vitest's worker then cannot answer its runner, and past 60 s (a 30 s run on a loaded
 * 2-core machine) the run ends with "Timeout calling onTaskUpdate" although every test passed.
 */
export function runProcess(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    // In a process group of its own, so that a timeout kills what it started too (npm, tsc under a script):
    // killing the script alone left them holding its output open, and the run never ended.
    const child = spawn(command, args, { cwd: options.cwd ?? process.cwd(), env: options.env ?? process.env, detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer =
      options.timeout === undefined
        ? undefined
        : setTimeout(() => {
            try {
              process.kill(-child.pid!, 'SIGKILL');
            } catch {
              child.kill('SIGKILL'); // the group is gone already
            }
          }, options.timeout);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/**
 * A PATH on which `npx [--flags] <package> args…` runs this repository's CLI, for running the
 * GitHub Action's step scripts for real. The `npx` script is written into `dir`.
 */
export function pathWithNpxShim(dir: string): string {
  fs.writeFileSync(
    path.join(dir, 'npx'),
    `#!/usr/bin/env bash\nwhile [[ "$1" == --* ]]; do shift; done\nshift\nexec "${process.execPath}" "${BIN}" "$@"\n`,
    { mode: 0o755 },
  );
  return `${dir}${path.delimiter}${process.env.PATH ?? ''}`;
}
