/** `orgctl stats` as a user runs it: a real process. Needs `npm run build` (npm test does it). */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const FIXTURES = path.resolve(__dirname, '../fixtures/restructure');

const run = (args: string[]) => runCli(args, { cwd: FIXTURES });

describe('orgctl stats', () => {
  it('prints the table for an org', () => {
    const r = run(['stats', 'move/before', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^曼曼电商 \(manman\)\n/);
    expect(r.stdout).toMatch(/total \(5 departments\)\s+12\s+19\s+6\s+2\s+11\s+3\s+2\s+3\s+6\n/);
    expect(r.stdout).toContain('Span of control (in seats, limit 6): 5 managers, min 2, median 3, max 6');
  });

  it('--format json: the same figures diff compares', () => {
    const r = run(['stats', 'headcount-cut/after', '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.total).toMatchObject({ roles: 12, seats: 14, holders: 5, vacancies: 1, layers: 3 });
    expect(json.departments.find((d: { id: string }) => d.id === 'logistics')).toMatchObject({ seats: 3, budget: 2 });
    // The org has an error; stats still reports, and says so on stderr.
    expect(r.stderr).toBe("orgctl: warning: the org has 1 error; run 'orgctl validate' for details\n");
  });

  it('a missing path is exit 2', () => {
    const r = run(['stats', 'no-such-org']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('orgctl: path not found: no-such-org\n');
  });
});
