/** git in a throw-away repository: a fixed identity, no signing, `main` as the first branch. */
import { execFileSync } from 'node:child_process';

const CONFIG = [
  '-c',
  'user.name=orgctl-test',
  '-c',
  'user.email=test@example.com',
  '-c',
  'commit.gpgsign=false',
  '-c',
  'init.defaultBranch=main',
];

/** Runs `git ...args` in `cwd` and returns its stdout; throws on a non-zero exit. */
export function git(cwd: string, args: string[], input?: Buffer | string): string {
  return execFileSync('git', [...CONFIG, ...args], { cwd, input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 1 << 24 });
}
