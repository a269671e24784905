/**
 * `errorsOnly` (chart, stats and export only say how many errors the org has): rules set to warn are not
 * run, and the error findings are exactly those of a full check — also when a suppression names a rule
 * that did not run and unused-disable is itself an error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintOrg } from '../../src/lint/result.js';
import { loadOrg, loadOrgFromText } from '../../src/model/load.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

const errorsOf = (findings: { severity: string }[]) => findings.filter((f) => f.severity === 'error');

/** A department with no head (a warning) and a manager that is misspelt (an error); `rules` and a directive as given. */
const org = (rules = '', directive = '    # (no directive)') => ({
  'org.yaml': `kind: Organization\nid: acme\nname: 阿克米\n${rules}`,
  'cs.yaml': `kind: Department\nid: cs\nname: 客服部\nroles:\n  - id: boss\n    title: 主管\n  - id: agent\n    title: 客服\n${directive}\n    reports_to: nobdy\n`,
});

describe('checking for errors only', () => {
  it('runs no rule set to warn, and finds the errors a full check finds', () => {
    const model = loadOrgFromText(org());
    const full = lintOrg(model);
    expect(full.summary.warnings).toBeGreaterThan(0);
    const only = lintOrg(model, { errorsOnly: true });
    expect(only.summary.warnings).toBe(0);
    expect(only.findings).toEqual(errorsOf(full.findings));
    expect(only.summary.errors).toBe(full.summary.errors);
  });

  it('a rule raised to error still runs', () => {
    const model = loadOrgFromText(org('rules:\n  department-without-head: error\n'));
    const only = lintOrg(model, { errorsOnly: true });
    expect(only.findings.map((f) => f.rule)).toContain('department-without-head');
    expect(only.findings).toEqual(errorsOf(lintOrg(model).findings));
  });

  it('runs every rule when unused-disable is an error: a suppression of a warning is not reported unused', () => {
    const model = loadOrgFromText(
      org('rules:\n  unused-disable: error\n', '    # orgctl-disable-next-line department-without-head, reports-to-unknown'),
    );
    const full = lintOrg(model);
    expect(lintOrg(model, { errorsOnly: true }).findings).toEqual(errorsOf(full.findings));
  });

  it('counts the errors of every example and fixture org as a full check does', () => {
    const dirs = [
      ...fs.readdirSync(path.join(ROOT, 'examples')).map((d) => path.join(ROOT, 'examples', d)),
      path.join(ROOT, 'tests/fixtures/restructure/span-still-over/after'),
      path.join(ROOT, 'tests/fixtures/restructure/removal-over-policy/after'),
    ].filter((d) => fs.statSync(d).isDirectory());
    let withErrors = 0;
    for (const dir of dirs) {
      const model = loadOrg([dir], ROOT);
      const full = lintOrg(model);
      expect(lintOrg(model, { errorsOnly: true }).findings, dir).toEqual(errorsOf(full.findings));
      if (full.summary.errors > 0) withErrors++;
    }
    expect(withErrors).toBeGreaterThan(0);
  });
});
