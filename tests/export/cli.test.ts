/** `orgctl export`'s options say no rather than being ignored: `--base` belongs to `--format jsonld`. */
import { describe, expect, it } from 'vitest';
import { runMain } from '../support/main.js';

const ORG_DIR = 'examples/minimal-en';

describe('export --base', () => {
  it('is refused with another format (exit 2, one line) instead of being ignored', async () => {
    for (const format of ['csv', 'backstage']) {
      const run = await runMain(['export', ORG_DIR, '--format', format, '--base', 'https://example.com/org/']);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe('orgctl: --base applies to --format jsonld only\n');
    }
  });
});
