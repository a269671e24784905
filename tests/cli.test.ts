/** The CLI as a user runs it: a real process, exit codes, stdout/stderr. Needs `npm run build` (npm test does it). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { temporaryDirs, writeTree } from './support/tmp.js';

const run = (args: string[], cwd?: string, env?: Record<string, string>) => runCli(args, { cwd, env });
const tmpDir = temporaryDirs('orgctl-cli-');
const tmpOrg = (files: Record<string, string>) => writeTree(tmpDir(), files);

const CLEAN = {
  'org.yaml': 'kind: Organization\nid: acme\nname: Acme\n',
  'dept.yaml':
    'kind: Department\nid: ops\nname: 运营部\nhead: boss\nroles:\n  - id: boss\n    title: 运营总监\n  - id: clerk\n    title: 运营专员\n    reports_to: boss\n    headcount: 3\n',
};

describe('orgctl CLI', () => {
  it('--version prints the package version and exits 0', () => {
    const r = run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.resolve(__dirname, '../package.json'), 'utf8')).version);
  });

  it('--help lists the commands with examples; every command has --help', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('validate');
    expect(r.stdout).toContain('Examples:');
    const v = run(['validate', '--help']);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain('--max-warnings');
  });

  it('a clean org exits 0 with a summary', () => {
    const dir = tmpOrg(CLEAN);
    const r = run(['validate', '.'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('no problems');
  });

  it('paths default to the current directory', () => {
    const dir = tmpOrg(CLEAN);
    const r = run(['validate', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary.roles).toBe(2);
  });

  it('errors exit 1; file paths are relative to the cwd with /', () => {
    const dir = tmpOrg({ ...CLEAN, 'sub/bad.yaml': 'kind: Role\nid: x\ntitle: X\ndepartment: ops\nreports_to: bos\n' });
    const r = run(['validate', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.findings[0]).toMatchObject({ rule: 'reports-to-unknown', file: 'sub/bad.yaml', line: 5, column: 13, entity: 'x' });
  });

  it('warnings alone exit 0, but 1 over --max-warnings; --quiet hides them', () => {
    const dir = tmpOrg({ ...CLEAN, 'org.yaml': 'kind: Organization\nid: acme\nname: Acme\nrules:\n  span-of-control: [warn, {max: 2}]\n' });
    expect(run(['validate'], dir).code).toBe(0);
    const over = run(['validate', '--max-warnings', '0'], dir);
    expect(over.code).toBe(1);
    expect(over.stdout).toContain('span-of-control');
    const quiet = run(['validate', '--quiet', '--max-warnings', '0'], dir);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).not.toContain('span-of-control');
  });

  it('a directory without YAML files says so (missing-organization), exit 1', () => {
    const dir = tmpDir();
    const r = run(['validate', '-f', 'json'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings[0].message).toMatch(/no \*\.yaml or \*\.yml file/);
  });

  it('a missing path is one line on stderr and exit 2', () => {
    const r = run(['validate', 'no/such/dir']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('orgctl: path not found: no/such/dir\n');
    expect(r.stdout).toBe('');
  });

  it('bad usage exits 2 without a stack trace (unknown command, bad format, bad number)', () => {
    for (const args of [['valdate'], ['validate', '--format', 'xml'], ['validate', '--max-warnings', 'lots']]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^orgctl: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(run(['valdate']).stderr).toContain('validate');
  });

  it('a broken YAML file does not hide findings in the others', () => {
    const dir = tmpOrg({
      ...CLEAN,
      'a-broken.yaml': 'kind: Role\nid: [unclosed\n',
      'z.yaml': 'kind: Role\nid: z\ntitle: Z\ndepartment: nowhere\nreports_to: boss\n',
    });
    const r = run(['validate', '-f', 'json'], dir);
    const rules = JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule);
    expect(rules).toContain('yaml-syntax');
    expect(rules).toContain('department-unknown');
  });

  it('-o writes the report to a file; an unwritable -o is exit 2', () => {
    const dir = tmpOrg(CLEAN);
    expect(run(['validate', '-f', 'json', '-o', 'report.json'], dir).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8')).summary.errors).toBe(0);
    const r = run(['validate', '-o', path.join(dir, 'dept.yaml', 'x.txt')], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^orgctl: cannot write/);
    // A device is written in place, never replaced by a regular file.
    expect(run(['validate', '-o', '/dev/null'], dir).code).toBe(0);
    expect(fs.statSync('/dev/null').isCharacterDevice()).toBe(true);
    // Node's recursive mkdir never returns under /proc; ours must fail cleanly.
    const proc = run(['validate', '-o', '/proc/orgctl-no-such-dir/x.txt'], dir);
    expect(proc.code).toBe(2);
  });

  it('schema prints the committed JSON Schema', () => {
    const r = run(['schema']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(fs.readFileSync(path.resolve(__dirname, '../schemas/orgctl.schema.json'), 'utf8'));
  });
});
