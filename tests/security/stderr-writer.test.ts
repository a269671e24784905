/**
 * Everything the CLI writes on stderr goes through one writer (src/cli/stderr.ts)
 * that makes the text inert with terminalText, so no message can forget it:
 * not even the ORGCTL_DEBUG details (an error's message and stack), which
 * quote what the org or the layout engine put in them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { SHOP_FILES, writeOrg } from '../docs/fixtures.js';

// An ESC sequence that retitles the terminal, and a right-to-left override.
const HOSTILE = 'boom \x1b]0;pwned\x07 \u202e';

vi.mock('../../src/chart/index.js', () => ({
  renderChart: () => Promise.reject(new Error(`layout failed: ${HOSTILE}`)),
}));
vi.mock('../../src/stats/index.js', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  computeStats: () => {
    throw new Error(`stats failed: ${HOSTILE}`);
  },
}));

/** Read through a function: main() sets process.exitCode during the await, after `= 0` narrowed its type to number. */
function exitCodeNow(): number {
  return Number(process.exitCode ?? 0);
}

async function run(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  process.exitCode = 0;
  try {
    await main(['node', 'orgctl', ...args]);
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  const code = exitCodeNow();
  process.exitCode = 0;
  return { code, stderr };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

function expectInert(stderr: string): void {
  expect(stderr).not.toContain('\x1b');
  expect(stderr).not.toContain('\x07');
  expect(stderr).not.toContain('\u202e');
  expect(stderr).toContain('\\x1b]0;pwned\\x07 \\u202e');
}

describe('the one stderr writer', () => {
  it('no file of the CLI writes on stderr but src/cli/stderr.ts', () => {
    const cli = path.resolve(__dirname, '../../src/cli');
    const writers = fs
      .readdirSync(cli, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.ts'))
      .map((e) => path.join(e.parentPath, e.name))
      .filter((f) => /process\.stderr\.write|console\.(error|warn)/.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(cli, f).split(path.sep).join('/'));
    expect(writers).toEqual(['stderr.ts']);
  });

  it('ORGCTL_DEBUG: why the chart fell back to Mermaid is printed inert', async () => {
    vi.stubEnv('ORGCTL_DEBUG', '1');
    const r = await run(['docs', writeOrg(SHOP_FILES), '-o', fs.mkdtempSync(path.join(writeOrg({}), 'out-'))]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('orgctl: chart unavailable, using Mermaid: layout failed: boom');
    expectInert(r.stderr);
  });

  it("ORGCTL_DEBUG: an internal error's message and stack are printed inert, one line each", async () => {
    vi.stubEnv('ORGCTL_DEBUG', '1');
    const r = await run(['stats', writeOrg(SHOP_FILES)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^orgctl: internal error: stats failed: boom /);
    expect(r.stderr).toContain('    at '); // the stack is there
    expectInert(r.stderr);
  });
});
