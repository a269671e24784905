/**
 * What `orgctl import` reads as a roster: a regular file only. A FIFO, a
 * device or a missing file is exit 2 with one line saying what it is, never a
 * run that blocks on a pipe with no writer or reads /dev/zero until memory
 * runs out. (A child process: a blocked read would hang an in-process test.)
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { temporaryDirs } from '../support/tmp.js';

const tmpDir = temporaryDirs('orgctl-roster-');

describe('orgctl import: the roster file', () => {
  it.runIf(process.platform !== 'win32')('a FIFO is refused at once, not waited on', () => {
    const dir = tmpDir();
    const fifo = path.join(dir, 'roster.csv');
    execFileSync('mkfifo', [fifo]);
    const r = runCli(['import', fifo, '-o', path.join(dir, 'org')], { timeout: 20_000 });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/roster\.csv is a FIFO.*not a regular file/);
  });

  it.runIf(process.platform === 'linux')('a device is refused, not read without end', () => {
    const r = runCli(['import', '/dev/zero', '-o', path.join(tmpDir(), 'org')], { timeout: 20_000 });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\/dev\/zero is a .*not a regular file/);
  });

  it('a roster that is not there says so in words', () => {
    const r = runCli(['import', path.join(tmpDir(), '花名册.xlsx'), '-o', path.join(tmpDir(), 'org')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^orgctl: roster not found: .*花名册\.xlsx$/m);
  });
});
