/** `validate --fix` and `--fix-dry-run`: golden files, byte for byte, and where a fix may write. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { applyEdits, planFixes } from '../src/lint/fix.js';
import { runRules } from '../src/lint/engine.js';
import { lint, modelOf } from './helpers.js';
import { unifiedDiff } from '../src/core/text/unifiedDiff.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/fix/typos');
let tmp: string;

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-fix-'));
  fs.cpSync(path.join(FIXTURE, 'input'), path.join(tmp, 'org'), { recursive: true });
});
afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

const read = (p: string) => fs.readFileSync(p, 'utf8');

describe('validate --fix', () => {
  it('rewrites exactly the typo’d values: each fixed file equals the expected file byte for byte', () => {
    const r = runCli(['validate', 'org', '--fix'], { cwd: tmp });
    for (const name of fs.readdirSync(path.join(FIXTURE, 'expected')))
      expect(read(path.join(tmp, 'org', name)), name).toBe(read(path.join(FIXTURE, 'expected', name)));
    expect(r.stderr).toBe('orgctl: note: fixed 4 problems in 2 files\n');
    // What is left: the unsafe suggestion (two equally close ids) and what the fix revealed.
    expect(r.stdout).toContain("29:17  error    role 'ab-2' reports to 'ab-3'");
    expect(r.stdout).toContain('✖ 2 problems (1 error, 1 warning)');
    expect(r.code).toBe(1);
  });

  it('--fix-dry-run prints the unified diff and writes nothing', () => {
    const r = runCli(['validate', 'org', '--fix-dry-run'], { cwd: tmp });
    expect(r.stdout).toBe(read(path.join(FIXTURE, 'fix.diff')));
    // Exits as validate would after the fixes: the error they leave fails the run, and stderr says so.
    expect(r.stderr).toBe(
      'orgctl: note: 4 fixes in 2 files would be applied by --fix (nothing written)\n' +
        "orgctl: 1 error would remain after these fixes (run 'orgctl validate --fix' to apply them and see what is left)\n",
    );
    expect(r.code).toBe(1);
    for (const name of fs.readdirSync(path.join(FIXTURE, 'input')))
      expect(read(path.join(tmp, 'org', name))).toBe(read(path.join(FIXTURE, 'input', name)));
  });

  it('--fix-dry-run --format json prints JSON a script can read: per file the edits and the diff, and what would remain', () => {
    const r = runCli(['validate', 'org', '--fix-dry-run', '--format', 'json'], { cwd: tmp });
    const plan = JSON.parse(r.stdout) as {
      fixes: {
        file: string;
        applied: number;
        edits: { desc: string; line: number; column: number; fix: { text: string } }[];
        diff: string;
      }[];
      summary: Record<string, number>;
    };
    expect(Object.keys(plan)).toEqual(['fixes', 'summary']);
    expect(plan.fixes.map((f) => [f.file, f.applied, f.edits.length])).toEqual([
      ['org/departments.yaml', 3, 3],
      ['org/organization.yaml', 1, 1],
    ]);
    expect(plan.fixes[1]!.edits[0]).toMatchObject({ file: 'org/organization.yaml', line: 4, column: 6, safe: true, fix: { text: 'ceo' } });
    // The same change as the diff the dry run prints without --format json.
    expect(plan.fixes.map((f) => f.diff).join('')).toBe(read(path.join(FIXTURE, 'fix.diff')));
    expect(plan.summary).toEqual({ fixes: 4, files: 2, errors: 1, warnings: 1 });
    expect(r.code).toBe(1);
    for (const name of fs.readdirSync(path.join(FIXTURE, 'input')))
      expect(read(path.join(tmp, 'org', name))).toBe(read(path.join(FIXTURE, 'input', name)));
  });

  it('--fix-dry-run with a findings format (sarif, github …) is refused in one line saying what to use', () => {
    const r = runCli(['validate', 'org', '--fix-dry-run', '--format', 'sarif'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'orgctl: --fix-dry-run prints the changes as a unified diff, or as JSON with --format json; --format sarif reports findings: use --format json, or drop --fix-dry-run\n',
    );
  });

  it('--fix-dry-run exits 0 when the fixes would leave no error, and 1 when there are errors but nothing to fix', () => {
    const org = path.join(tmp, 'small');
    fs.mkdirSync(org);
    fs.writeFileSync(path.join(org, 'org.yaml'), 'kind: Organization\nid: acme\nname: 阿克米\ntop: ceo\n');
    const dept = 'kind: Department\nid: hq\nname: 总部\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n';
    fs.writeFileSync(path.join(org, 'hq.yaml'), dept + '  - id: cfo\n    title: 财务总监\n    reports_to: ce0\n');
    const fixable = runCli(['validate', 'small', '--fix-dry-run'], { cwd: tmp });
    expect(fixable.stderr).toBe('orgctl: note: 1 fix in 1 file would be applied by --fix (nothing written)\n');
    expect(fixable.code).toBe(0);
    // --max-warnings counts the warnings the fixes would leave, as validate would after --fix.
    fs.writeFileSync(path.join(org, 'spare.yaml'), 'kind: Department\nid: spare\nname: 备用\nparent: hq\n');
    const warned = runCli(['validate', 'small', '--fix-dry-run', '--max-warnings', '0'], { cwd: tmp });
    expect(warned.stderr).toBe(
      'orgctl: note: 1 fix in 1 file would be applied by --fix (nothing written)\n' +
        'orgctl: too many warnings (1) would remain after these fixes; maximum allowed is 0\n',
    );
    expect(warned.code).toBe(1);
    fs.rmSync(path.join(org, 'spare.yaml'));
    fs.writeFileSync(path.join(org, 'hq.yaml'), dept + '  - id: cfo\n    title: 财务总监\n    reports_to: nobody-like-this\n');
    const unfixable = runCli(['validate', 'small', '--fix-dry-run'], { cwd: tmp });
    expect(unfixable.stdout).toBe('');
    expect(unfixable.stderr).toBe(
      'orgctl: note: 0 fixes in 0 files would be applied by --fix (nothing written)\n' +
        "orgctl: 1 error would remain: --fix has no fix for it (run 'orgctl validate' to see it)\n",
    );
    expect(unfixable.code).toBe(1);
    // --fix exits as validate does after writing: 1 while an error is left.
    const fixed = runCli(['validate', 'small', '--fix'], { cwd: tmp });
    expect(fixed.code).toBe(1);
    expect(fixed.stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
  });

  it('never writes through a symbolic link to a file outside the org', () => {
    const outside = path.join(tmp, 'outside.yaml');
    const text = 'kind: Role\nid: clerk\ndepartment: finance\ntitle: 文员\nreports_to: cf0\n';
    fs.writeFileSync(outside, text);
    fs.symlinkSync(outside, path.join(tmp, 'org', 'linked.yaml'));
    const r = runCli(['validate', 'org', '--fix'], { cwd: tmp });
    expect(read(outside)).toBe(text);
    expect(fs.lstatSync(path.join(tmp, 'org', 'linked.yaml')).isSymbolicLink()).toBe(true);
    // The link leads out of the org's folder: it is not even read (src/load/files.ts), only reported.
    expect(r.stdout).toContain('file is a symbolic link to a file outside the folder');
    expect(r.stderr).not.toContain('linked.yaml');
    expect(r.stderr).toContain('orgctl: note: fixed 4 problems in 2 files');
  });

  it('keeps a byte order mark, CRLF line ends and the file mode', () => {
    const file = path.join(tmp, 'org', 'organization.yaml');
    fs.writeFileSync(file, '\ufeff' + read(file).replace(/\n/g, '\r\n'));
    fs.chmodSync(file, 0o600);
    runCli(['validate', 'org', '--fix'], { cwd: tmp });
    expect(read(file)).toBe('\ufeff' + read(path.join(FIXTURE, 'expected/organization.yaml')).replace(/\n/g, '\r\n'));
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('refuses --fix with --fix-dry-run', () => {
    const r = runCli(['validate', 'org', '--fix', '--fix-dry-run'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('orgctl: --fix and --fix-dry-run exclude each other: choose one\n');
  });
});

describe('applyEdits', () => {
  it('applies edits in order and leaves out one that overlaps', () => {
    const e = (range: [number, number], text: string) => ({ desc: '', file: 'f', range, text, safe: true });
    expect(applyEdits('abcdef', [e([4, 5], 'E'), e([0, 2], 'AB'), e([1, 3], 'x')])).toEqual({ text: 'ABcdEf', applied: 2 });
  });
});

describe('unifiedDiff', () => {
  it('marks a missing final line break and numbers empty ranges as diff does', () => {
    expect(unifiedDiff('f', 'a\nb', 'a\nc')).toBe(
      '--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n',
    );
    expect(unifiedDiff('f', 'a\n', 'a\nb\n')).toBe('--- a/f\n+++ b/f\n@@ -1 +1,2 @@\n a\n+b\n');
    expect(unifiedDiff('f', '', 'b\n')).toBe('--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+b\n');
    expect(unifiedDiff('f', 'same\n', 'same\n')).toBe('');
  });
});

describe('planFixes on block scalars', () => {
  it('replaces a folded or literal value without eating the line break after it (the file still parses)', () => {
    const org = 'kind: Organization\nid: acme\nname: 阿克米\ntop: ceo\n';
    const dept =
      'kind: Department\nid: hq\nname: 总部\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n' +
      '  - id: cfo\n    title: 财务总监\n    reports_to: >-\n      ce0\n    holders: [王芳]\n' +
      '  - id: coo\n    title: 运营总监\n    reports_to: |-\r\n      ce0\r\n    holders: [李娜]\n';
    const files = { 'hq.yaml': dept, 'org.yaml': org };
    const model = modelOf(files);
    const fixes = planFixes(model.files, runRules(model));
    expect(fixes.map((f) => f.after)).toEqual([dept.replace('>-\n      ce0\n', '"ceo"\n').replace('|-\r\n      ce0\r\n', '"ceo"\r\n')]);
    expect(lint({ ...files, 'hq.yaml': fixes[0]!.after })).toEqual([]);
  });
});

describe('planFixes on a misspelt key', () => {
  it('does not rename a key to one the mapping already has (the file would not parse: duplicate key)', () => {
    const org = 'kind: Organization\nid: acme\nname: 阿克米\ntop: ceo\n';
    const dept =
      'kind: Department\nid: hq\nname: 总部\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n' +
      '  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n    reprots_to: ceo\n' +
      '  - {id: coo, title: 运营总监, tilte: 运营, reports_to: ceo}\n';
    const model = modelOf({ 'hq.yaml': dept, 'org.yaml': org });
    const findings = runRules(model);
    expect(planFixes(model.files, findings)).toEqual([]);
    expect(findings.map((f) => `${f.line ?? 0}:${f.column ?? 0} ${f.message}`)).toEqual([
      "11:5 Role 'cfo': unknown field 'reprots_to' ('reports_to', which it looks like, is already set: remove one of the two)",
      "12:28 Role 'coo': unknown field 'tilte' ('title', which it looks like, is already set: remove one of the two)",
    ]);
  });
});
