/** validate's colour, --max-warnings -1 and --quiet's summary, through the real CLI. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, runCli } from './support/cli.js';
import { colorChoice } from '../src/cli/color.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-opts-'));
fs.writeFileSync(
  path.join(dir, 'org.yaml'),
  'kind: Organization\nid: acme\nname: Acme\nrules:\n  span-of-control: [warn, {max: 1}]\n---\nkind: Department\nid: d\nname: 部\nhead: a\nroles:\n  - {id: a, title: A}\n  - {id: b, title: B, reports_to: a}\n  - {id: c, title: C, reports_to: a}\n',
);
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const ESC = '\u001b[';
const hasScript = spawnSync('script', ['--version']).status === 0;

/** `orgctl validate` in a pseudo-terminal (util-linux `script`), so chalk sees a real TTY. */
function inTerminal(args: string, env: Record<string, string | undefined>): string {
  const r = spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" validate ${args}`, '/dev/null'], {
    cwd: dir,
    encoding: 'utf8',
    // No CI variable: chalk turns colour off under CI=true even in a terminal (that is its rule, not ours).
    env: { ...process.env, CI: undefined, NO_COLOR: undefined, FORCE_COLOR: undefined, TERM: 'xterm-256color', ...env },
  });
  return r.stdout;
}

describe('colour', () => {
  it.runIf(hasScript)('NO_COLOR is honoured in a real terminal; without it the terminal gets colour', () => {
    expect(inTerminal('', {})).toContain(ESC);
    expect(inTerminal('', { NO_COLOR: '1' })).not.toContain(ESC);
    expect(inTerminal('--no-color', {})).not.toContain(ESC);
  });
  it('--color colours even into a pipe, --no-color wins over FORCE_COLOR', () => {
    expect(runCli(['validate', '--color'], { cwd: dir, env: { NO_COLOR: undefined } }).stdout).toContain(ESC);
    expect(runCli(['validate', '--no-color'], { cwd: dir, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
  });
  it('decides flag, then NO_COLOR (set and not empty), then leaves it to chalk', () => {
    expect(colorChoice(true, { NO_COLOR: '1' })).toBe(true);
    expect(colorChoice(undefined, { NO_COLOR: '1' })).toBe(false);
    expect(colorChoice(undefined, { NO_COLOR: '' })).toBeUndefined();
    expect(colorChoice(undefined, {})).toBeUndefined();
  });
});

describe('--max-warnings and --quiet', () => {
  it('--max-warnings -1 is no limit (ESLint), 0 fails on one warning', () => {
    expect(runCli(['validate', '--max-warnings', '-1'], { cwd: dir }).code).toBe(0);
    expect(runCli(['validate', '--max-warnings', '0'], { cwd: dir }).code).toBe(1);
    const bad = runCli(['validate', '--max-warnings', '-2'], { cwd: dir });
    expect(bad.code).toBe(2);
  });
  it.each(['stylish', 'compact', 'json', 'github', 'sarif', 'junit'])(
    'a failure for too many warnings is said on stderr in the %s format too (the report on stdout stays as it is)',
    (format) => {
      const r = runCli(['validate', '--format', format, '--max-warnings', '0'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('orgctl: too many warnings (1); maximum allowed is 0\n');
      expect(r.stdout).toBe(runCli(['validate', '--format', format], { cwd: dir }).stdout);
    },
  );
  it('--quiet never says "no problems" while it hides warnings', () => {
    const r = runCli(['validate', '--quiet'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✔ no errors (1 warning hidden by --quiet) (3 roles, 3 seats, 1 department, 0 KPIs, 0 workflows in 1 file)\n');
  });
});
