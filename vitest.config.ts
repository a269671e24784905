import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Three projects. `unit` runs in-process on small inputs (library calls on in-memory YAML) and takes
 * seconds: `npx vitest --project unit` while editing. `slow` is in-process too but works on volume:
 * fast-check property runs, generated orgs of thousands of roles, hostile inputs against a linear
 * baseline, the TypeScript compiler. `e2e` starts processes — the CLI, git, npm pack, the YAML
 * language server — or a browser. `npm test` runs all three.
 *
 * A file belongs to e2e when it can start a process: it names node:child_process or
 * puppeteer-core, or uses the process runners in tests/support/ (cli.ts, git.ts). Read from the files
 * themselves, so a new or moved test lands in the right project without a list to update.
 */
const STARTS_PROCESSES = /['"](?:node:child_process|puppeteer-core)['"]|support\/(?:cli|git)\.js['"]/;

/** In-process but heavy: property runs, the bench's org generator, the compiler, linear-time comparisons. */
const WORKS_ON_VOLUME = /from ['"](?:fast-check|typescript)['"]|bench\/generate|\bgenerated\(|linear baseline/;

const ROOT = path.dirname(fileURLToPath(import.meta.url));

/** Test files under `dir`, as paths relative to the repository root with `/` separators. */
function testFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => path.posix.join(dir, f.split(path.sep).join('/')))
    .sort();
}

const all = testFiles('tests');
const e2e = all.filter((f) => STARTS_PROCESSES.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
const slow = all.filter((f) => !e2e.includes(f) && WORKS_ON_VOLUME.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
const unit = all.filter((f) => !e2e.includes(f) && !slow.includes(f));

export default defineConfig({
  test: {
    // Generous for a loaded 2-core machine; no test relies on these as a limit.
    testTimeout: 30000,
    hookTimeout: 60000,
    // `validate --cache` keeps its signing key in the user's cache folder: the tests' own, not the user's.
    env: { XDG_CACHE_HOME: path.join(os.tmpdir(), 'orgctl-tests-xdg-cache') },
    projects: [
      { extends: true, test: { name: 'unit', include: unit } },
      // Volume: 28 s for 3,000 mutated files with two CPU-bound processes beside the suite, where 30 s was the limit.
      { extends: true, test: { name: 'slow', include: slow, testTimeout: 300_000 } },
      // A process or a browser started on a machine that is also running something heavy can take minutes.
      { extends: true, test: { name: 'e2e', include: e2e, testTimeout: 180_000 } },
    ],
  },
});
