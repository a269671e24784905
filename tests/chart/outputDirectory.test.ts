/**
 * `-o` names a file for chart, stats and export. A path ending in `/` (or an
 * existing directory) is one line and exit 2 that says so, before the org is
 * read, rather than `cannot write out/: ENOTDIR` once the work is done.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from '../support/main.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-output-dir-'));
afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

const COMMANDS = [
  ['chart', 'examples/minimal-en'],
  ['chart', 'examples/minimal-en', '--format', 'png'],
  ['stats', 'examples/minimal-en'],
  ['export', 'examples/minimal-en', '--format', 'csv'],
];

describe('-o naming a directory', () => {
  it('a path ending in / is exit 2 with one line that says to name a file, and nothing is created', async () => {
    const out = path.join(work, 'charts') + '/';
    for (const args of COMMANDS) {
      const run = await runMain([...args, '-o', out]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`orgctl: cannot write ${out}: -o names a file, and this is a directory (add a file name to it)\n`);
    }
    expect(fs.existsSync(path.join(work, 'charts'))).toBe(false);
  });

  it('an existing directory is refused before the org is read', async () => {
    for (const args of COMMANDS) {
      const run = await runMain([args[0]!, path.join(work, 'no-such-org'), ...args.slice(2), '-o', work]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toBe(`orgctl: cannot write ${work}: -o names a file, and this is a directory (add a file name to it)\n`);
    }
  });
});
