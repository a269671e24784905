/**
 * The published package works: scripts/pack-test.sh packs the repository,
 * installs the tarball into an empty project (dependencies from the npm
 * registry) and runs the CLI and the library façade there (every step, and
 * the names exported before it). Slow (40 s on an idle machine, minutes on a busy one).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runProcess } from './support/cli.js';

const SCRIPT = path.resolve(__dirname, '../scripts/pack-test.sh');

describe('npm package', () => {
  it('installs from its tarball; the CLI and `import from "orgctl"` work', async () => {
    // dist/ is already built (npm test builds first): packing must not rebuild it under the other tests.
    // Timeouts that only catch a hang: with two CPU-bound processes beside the suite on a 2-core machine, npm
    // pack took 40 s and npm install two minutes, and the whole run went past the six minutes it once had.
    const r = await runProcess('bash', [SCRIPT], { env: { ...process.env, PACK_TEST_NO_BUILD: '1' }, timeout: 840_000 });
    const output = `${r.stdout}\n${r.stderr}`;
    expect(r.code, output).toBe(0);
    expect(r.stderr).not.toContain('pack-test: FAILED');
    expect(r.stdout).toMatch(/pack-test: all \d+ checks passed/);
    for (const check of [
      'orgctl --version',
      'orgctl validate org exits 0',
      "imports the library from 'orgctl': loads from disk and text, lints, reports, charts, writes the handbook, diffs, counts",
      'type-checks',
    ]) {
      expect(r.stdout, check).toContain(check);
    }
  }, 900_000);
});
