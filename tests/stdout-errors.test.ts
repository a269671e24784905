/**
 * Standard output that cannot be written (`orgctl validate --format sarif > report.sarif` on a full disk) is
 * exit 2 with one line, as an -o file that cannot be written is: never a stack trace, and never exit 1, which
 * a CI job reads as "the org has errors". A reader that closes the pipe early (`| head`) is still no error.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN } from './support/cli.js';

/** `orgctl ...args` with stdout on `fd`. */
function runTo(fd: number, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stderr: r.stderr };
}

describe.skipIf(!fs.existsSync('/dev/full'))('standard output on a full disk (/dev/full)', () => {
  it('is exit 2 with one line saying why, for a clean validate and for schema (was a stack trace and exit 1)', () => {
    const full = fs.openSync('/dev/full', 'w');
    try {
      for (const args of [['validate', 'examples/minimal-en', '--format', 'sarif'], ['schema']]) {
        const r = runTo(full, args);
        expect(r.stderr, args[0]).toBe(
          'orgctl: cannot write standard output: no space left on the device (ENOSPC): free some space, or write elsewhere\n',
        );
        expect(r.code, args[0]).toBe(2);
      }
    } finally {
      fs.closeSync(full);
    }
  });
});
