/**
 * Runs the CLI in this process, through `main` (no build needed, no process
 * started): stdout and stderr are captured, the exit code read and reset.
 */
import { vi } from 'vitest';
import { main } from '../../src/cli/main.js';

export interface MainRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Read in a function of its own: after `process.exitCode = 0` above, TypeScript would take it for 0's type. */
function exitCode(): number {
  return Number(process.exitCode ?? 0);
}

export async function runMain(args: string[]): Promise<MainRun> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  process.exitCode = 0;
  try {
    await main(['node', 'orgctl', ...args]);
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  const code = exitCode();
  process.exitCode = 0;
  return { code, stdout, stderr };
}
