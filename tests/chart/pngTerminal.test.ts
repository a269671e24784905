/**
 * `chart --format png` without -o on a terminal: a PNG's bytes are not text,
 * and printed they can hold escape sequences that reconfigure the terminal.
 * The command stops with exit 2 and the fix instead; piped, the PNG goes out.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runMain } from '../support/main.js';

const ORG_DIR = 'examples/minimal-en';
const wasTTY = process.stdout.isTTY;

afterEach(() => {
  process.stdout.isTTY = wasTTY;
});

describe('chart --format png on a terminal', () => {
  it('is exit 2 with one line naming -o, and writes nothing', async () => {
    process.stdout.isTTY = true;
    for (const args of [[], ['-o', '-']]) {
      const run = await runMain(['chart', ORG_DIR, '--format', 'png', ...args]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        'orgctl: refusing to write a PNG to the terminal: write it to a file with -o FILE (e.g. -o org.png), or pipe it\n',
      );
    }
  });

  it('goes to stdout when stdout is not a terminal (a pipe or a file)', async () => {
    process.stdout.isTTY = false;
    const run = await runMain(['chart', ORG_DIR, '--format', 'png']);
    expect(run.code).toBe(0);
    // runMain keeps what was written as String(chunk): a Uint8Array's bytes joined by commas, starting with the PNG signature.
    expect(run.stdout.startsWith('137,80,78,71,13,10,26,10,')).toBe(true);
  }, 60_000);
});
