/**
 * The test helper that runs long processes (the pack test's script, the bench): its timeout must end
 * the run, with whatever the process started. It once killed only the script, and a command the script
 * had started kept the output open, so the run (and the test) waited for that command however long.
 */
import { describe, expect, it } from 'vitest';
import { runProcess } from './support/cli.js';

describe('runProcess', () => {
  it('a timeout kills the command a script started, and the run ends', async () => {
    // `sleep` holds the pipe to `cat`, and `cat` the script's stdout: only killing all three ends the run.
    // With the script alone killed, this waited for the sleep, past the test's own timeout.
    const r = await runProcess('bash', ['-c', 'sleep 100000 | cat'], { timeout: 2000 });
    expect(r.code).toBeNull();
    expect(r.signal).toBe('SIGKILL');
  });
});
