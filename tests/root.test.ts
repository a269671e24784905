/** Running from wherever the user is: the org root is found upward; given files, only their findings are reported. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { findOrgRoot } from '../src/load/root.js';

const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-root-'));
const org = path.join(repo, 'org');
const write = (rel: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(org, rel)), { recursive: true });
  fs.writeFileSync(path.join(org, rel), text);
};
write('organization.yaml', 'kind: Organization\nid: acme\nname: 阿克米\ntop: ceo\n');
write(
  'office.yaml',
  'kind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n    kpis: [revenue]\n',
);
write('kpis.yaml', 'kind: KPI\nid: revenue\nname: 营收\nowner: ceo\n');
write(
  'departments/finance.yaml',
  'kind: Department\nid: finance\nname: 财务部\nparent: office\nhead: cfo\nroles:\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n    kpis: [revenue]\n',
);
write(
  'departments/sales.yaml',
  'kind: Department\nid: sales\nname: 销售部\nparent: office\nhead: sales-lead\nroles:\n  - id: sales-lead\n    title: 销售总监\n    reports_to: cfo0\n',
);
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo, stdio: 'pipe' });
git('init', '-q');
git('add', '-A');
git('commit', '-qm', 'one');
fs.appendFileSync(path.join(org, 'departments/finance.yaml'), '  - id: accountant\n    title: 会计\n    reports_to: cfo\n');
git('commit', '-qam', 'two');
afterAll(() => {
  fs.rmSync(repo, { recursive: true, force: true });
});

const SALES =
  "sales.yaml\n  9:17  error    role 'sales-lead' reports to 'cfo0', which is not a role (did you mean 'cfo'?)  reports-to-unknown\n\n✖ 1 problem (1 error, 0 warnings) — 4 roles, 4 seats, 3 departments, 1 KPI, 0 workflows in 5 files\n";

describe('org root discovery', () => {
  it('validate from a subfolder reads the whole org, says which root it used, and reports the subfolder', () => {
    const r = runCli(['validate'], { cwd: path.join(org, 'departments') });
    expect(r.stderr).toBe('orgctl: note: using the org at ../ (the folder holding the Organization document)\n');
    expect(r.stdout).toBe(SALES);
    expect(r.code).toBe(1);
  });

  it('validate of one file loads the whole org and reports only that file', () => {
    const clean = runCli(['validate', 'org/departments/finance.yaml'], { cwd: repo });
    expect(clean.stderr).toBe('orgctl: note: using the org at org/ (the folder holding the Organization document)\n');
    expect(clean.stdout).toBe('✔ no problems (4 roles, 4 seats, 3 departments, 1 KPI, 0 workflows in 5 files)\n');
    expect(clean.code).toBe(0);
    const bad = runCli(['validate', 'sales.yaml', '-f', 'compact'], { cwd: path.join(org, 'departments') });
    expect(bad.stdout).toBe(
      "sales.yaml:9:17: error role 'sales-lead' reports to 'cfo0', which is not a role (did you mean 'cfo'?) [reports-to-unknown]\n",
    );
  });

  it('a file named that the folder walk skips (a dot-folder, another extension) is read with the org, not passed as clean', () => {
    const draft = 'kind: Department\nid: new-dept\nname: 新部门\nparent: ofice\n';
    write('.drafts/new.yaml', draft);
    write('notes/new-dept.txt', draft.replace('new-dept', 'txt-dept'));
    try {
      const hidden = runCli(['validate', 'org/.drafts/new.yaml', '-f', 'compact'], { cwd: repo });
      expect(hidden.stdout).toContain(
        "org/.drafts/new.yaml:4:9: error department 'new-dept' has parent 'ofice', which is not a department (did you mean 'office'?) [department-unknown]\n",
      );
      expect(hidden.code).toBe(1);
      const txt = runCli(['validate', 'org/notes/new-dept.txt', '-f', 'compact'], { cwd: repo });
      expect(txt.stdout).toContain("org/notes/new-dept.txt:4:9: error department 'txt-dept' has parent 'ofice'");
      expect(txt.code).toBe(1);
    } finally {
      fs.rmSync(path.join(org, '.drafts'), { recursive: true });
      fs.rmSync(path.join(org, 'notes'), { recursive: true });
    }
  });

  it('from the root itself nothing is said, and the repository root (no Organization above .git) is read as given', () => {
    const r = runCli(['validate', '-f', 'compact'], { cwd: org });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      "departments/sales.yaml:9:17: error role 'sales-lead' reports to 'cfo0', which is not a role (did you mean 'cfo'?) [reports-to-unknown]\n",
    );
    expect(findOrgRoot(repo)).toBeUndefined();
    expect(findOrgRoot(path.join(org, 'departments/sales.yaml'))).toBe(org);
  });

  it('diff from a subfolder compares the whole org', () => {
    const r = runCli(['diff', 'HEAD~1', 'HEAD', '-f', 'json'], { cwd: path.join(org, 'departments') });
    expect(r.stderr).toContain('orgctl: note: using the org at ../ (the folder holding the Organization document)\n');
    const changes = JSON.parse(r.stdout).changes as Array<{ kind: string; id: string }>;
    expect(changes.map((c) => `${c.kind} ${c.id}`)).toEqual(['role accountant']);
  });
});
