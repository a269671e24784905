/**
 * Effective dating: `effective_from` / `effective_until` on entities and `--as-of DATE`, so a restructure
 * decided today for 2027-01-01 can be merged now without changing today's org.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrg, loadOrgFromText, validateOrg } from '../../src/api.js';
import { runCli, REPO_ROOT } from '../support/cli.js';
import { ORG } from '../helpers.js';

const EXAMPLE = path.join(REPO_ROOT, 'examples/planned-restructure');

const dept = (id: string, extra = '') => `kind: Department\nid: ${id}\nname: ${id}\n${extra}`;

function findingsOf(files: Record<string, string>, asOf: string) {
  return validateOrg(loadOrgFromText(files, { asOf })).findings.map(
    (f) => `${f.file ?? '?'}:${f.line ?? 0}:${f.column ?? 0} ${f.rule} ${f.message}`,
  );
}

describe('an org read as of a date', () => {
  it('keeps a planned department out of the org before its day and puts it in from that day', () => {
    const before = loadOrg([EXAMPLE], REPO_ROOT, undefined, { asOf: '2026-12-31' });
    const after = loadOrg([EXAMPLE], REPO_ROOT, undefined, { asOf: '2027-01-01' });
    expect(before.departments.has('售后服务部')).toBe(false);
    expect(before.departments.get('客服组')!.parent).toBe('销售部');
    expect(before.roles.get('售后客服')!.headcount).toBe(3);
    expect(after.departments.get('客服组')!.parent).toBe('售后服务部');
    expect(after.roles.get('售后客服主管')!.reportsTo).toBe('售后服务经理');
    expect(after.roles.get('售后客服')!.headcount).toBe(4);
    // Both dates are clean: two versions of one id whose periods do not overlap are not duplicates.
    expect(validateOrg(before).findings).toEqual([]);
    expect(validateOrg(after).findings).toEqual([]);
  });

  it('an undated org is read as it always was (no date in its findings)', () => {
    const f = findingsOf({ 'org.yaml': `${ORG}---\n${dept('d', 'head: nobody\n')}` }, '2027-01-01');
    expect(f.join('\n')).not.toContain('as of');
  });

  it('two versions in effect on the same days are a duplicate id, said once, with both periods', () => {
    const f = findingsOf(
      {
        'a.yaml': `${ORG}---\n${dept('cs', 'effective_until: 2027-03-01\n')}`,
        'b.yaml': dept('cs', 'effective_from: 2027-01-01\n'),
      },
      '2026-12-01',
    );
    expect(f.filter((x) => x.includes('duplicate-id'))).toEqual([
      "b.yaml:2:5 duplicate-id duplicate id 'cs': two versions are in effect on the same days (until 2027-03-01 at a.yaml:6:5, and from 2027-01-01); end one with effective_until where the other's effective_from begins",
    ]);
  });

  it('on a day both versions are in effect, the overlap is still said once (not also as a reused id)', () => {
    const f = findingsOf(
      {
        'a.yaml': `${ORG}---\n${dept('cs', 'effective_until: 2027-03-01\n')}`,
        'b.yaml': dept('cs', 'effective_from: 2027-01-01\n'),
      },
      '2027-02-01',
    );
    expect(f.filter((x) => x.includes('duplicate-id'))).toEqual([
      "b.yaml:2:5 duplicate-id duplicate id 'cs': two versions are in effect on the same days (until 2027-03-01 at a.yaml:6:5, and from 2027-01-01); end one with effective_until where the other's effective_from begins",
    ]);
  });

  it('a role and a dated department sharing an id are told to rename one, not to date them apart', () => {
    const roles = 'head: boss\nroles:\n  - id: boss\n    title: 主管\n  - id: ops\n    title: 运营\n    reports_to: boss\n';
    const f = findingsOf(
      {
        'a.yaml': `${ORG}---\n${dept('cs', roles)}`,
        'b.yaml': dept('ops', 'parent: cs\neffective_from: 2026-01-01\n'),
      },
      '2026-12-01',
    );
    expect(f.filter((x) => x.includes('duplicate-id'))).toEqual([
      "b.yaml:2:5 duplicate-id duplicate id 'ops': Department 'ops' reuses the id of Role 'ops' (a.yaml:12:9), and both are in effect on the same days (always, and from 2026-01-01); ids are unique across kinds: rename one",
    ]);
  });

  it('finds a version overlapping one that is not its neighbour in date order', () => {
    const f = findingsOf(
      {
        'a.yaml': `${ORG}---\n${dept('cs', 'effective_until: 2028-01-01\n')}`,
        'b.yaml': dept('cs', 'effective_from: 2027-01-01\neffective_until: 2027-02-01\n'),
        'c.yaml': dept('cs', 'effective_from: 2027-06-01\n'),
      },
      '2026-12-01',
    );
    expect(f.filter((x) => x.includes('duplicate-id')).map((x) => x.split(': two versions')[0])).toEqual([
      "b.yaml:2:5 duplicate-id duplicate id 'cs'",
      "c.yaml:2:5 duplicate-id duplicate id 'cs'",
    ]);
    expect(f.find((x) => x.startsWith('c.yaml'))).toContain('(until 2028-01-01 at a.yaml:6:5, and from 2027-06-01)');
  });

  it('an end before the start, or a date that is not one, is a schema finding at the value', () => {
    const f = findingsOf(
      {
        'org.yaml': `${ORG}---\n${dept('cs', 'effective_from: 2027-01-01\neffective_until: 2026-01-01\n')}---\n${dept('ops', 'effective_from: 2027-02-30\n')}`,
      },
      '2026-12-01',
    );
    expect(f).toContain(
      "org.yaml:9:18 schema Department 'cs': effective_until (2026-01-01) must be after effective_from (2027-01-01); the entity would never be in effect",
    );
    expect(f.some((x) => x.startsWith('org.yaml:14:17 schema') && x.includes('YYYY-MM-DD'))).toBe(true);
  });

  it('a reference to a version not yet in effect says when it takes effect, and the finding names its date', () => {
    const f = findingsOf(
      {
        'org.yaml': `${ORG}---\n${dept('after-sales', 'effective_from: 2027-01-01\n')}---\n${dept('cs', 'parent: after-sales\n')}`,
      },
      '2026-12-01',
    );
    expect(f.filter((x) => x.includes('department-unknown'))).toEqual([
      "org.yaml:13:9 department-unknown department 'cs' has parent 'after-sales', which is not a department ('after-sales' is not in effect on 2026-12-01: it takes effect on 2027-01-01; check that date with --as-of 2027-01-01) (as of 2026-12-01)",
    ]);
  });
});

describe('suppressions in a dated org', () => {
  it('a directive that silences nothing says on which date (it may silence a finding of another date)', () => {
    const files = {
      'org.yaml': `${ORG}---\n${dept('after-sales', 'effective_until: 2027-01-01\n')}---\n${dept('cs', '# orgctl-disable-next-line department-unknown\nparent: after-sales\n')}`,
    };
    expect(findingsOf(files, '2026-12-01').filter((x) => x.includes('unused-disable'))).toEqual([
      "org.yaml:13:1 unused-disable unused orgctl-disable-next-line directive (no 'department-unknown' finding to silence as of 2026-12-01: check other dates with --as-of before removing it)",
    ]);
    expect(findingsOf(files, '2027-01-01').filter((x) => x.includes('unused-disable'))).toEqual([]);
  });
});

describe('which version a reference not in effect is told about', () => {
  const ref = (id: string) => dept('cs', `parent: ${id}\n`);
  const hint = (f: string[]) => f.filter((x) => x.includes('department-unknown')).map((x) => x.replace(/^.*is not in effect on /, ''));

  it('the next to start, whatever the order of the files', () => {
    const f = findingsOf(
      {
        'a.yaml': `${ORG}---\n${dept('after-sales', 'effective_from: 2028-01-01\n')}`,
        'b.yaml': dept('after-sales', 'effective_from: 2027-01-01\neffective_until: 2028-01-01\n'),
        'c.yaml': ref('after-sales'),
      },
      '2026-12-01',
    );
    expect(hint(f)).toEqual(['2026-12-01: it takes effect on 2027-01-01; check that date with --as-of 2027-01-01) (as of 2026-12-01)']);
  });

  it('only a version of the kind the reference asks for: a future department is no answer to a role', () => {
    const roles = 'roles:\n  - id: boss\n    title: 主管\n  - id: clerk\n    title: 文员\n    reports_to: after-sales\n';
    const f = findingsOf(
      {
        'a.yaml': `${ORG}---\n${dept('after-sales', 'effective_from: 2027-01-01\n')}`,
        'b.yaml': dept('cs', `head: boss\n${roles}`),
      },
      '2026-12-01',
    );
    expect(f.filter((x) => x.includes('reports-to-unknown'))).toEqual([
      "b.yaml:10:17 reports-to-unknown role 'clerk' reports to 'after-sales', which is not a role (as of 2026-12-01)",
    ]);
  });

  it('else the last to end, whatever the order of the files', () => {
    const f = findingsOf(
      {
        'a.yaml': `${ORG}---\n${dept('after-sales', 'effective_from: 2026-01-01\neffective_until: 2026-06-01\n')}`,
        'b.yaml': dept('after-sales', 'effective_until: 2026-01-01\n'),
        'c.yaml': ref('after-sales'),
      },
      '2026-12-01',
    );
    expect(hint(f)).toEqual(['2026-12-01: it ended on 2026-06-01) (as of 2026-12-01)']);
  });
});

describe('--as-of on the command line', () => {
  it('validate, chart, stats and docs read the org at the date', { timeout: 60_000 }, () => {
    const today = runCli(['stats', EXAMPLE, '--as-of', '2026-12-31', '--format', 'json']);
    const planned = runCli(['stats', EXAMPLE, '--as-of', '2027-01-01', '--format', 'json']);
    expect(today.code).toBe(0);
    expect(planned.code).toBe(0);
    expect(today.stdout).not.toBe(planned.stdout);
    const chart = runCli(['chart', EXAMPLE, '--as-of', '2027-01-01', '--format', 'mermaid']);
    expect(chart.stdout).toContain('售后服务经理');
    expect(runCli(['chart', EXAMPLE, '--as-of', '2026-12-31', '--format', 'mermaid']).stdout).not.toContain('售后服务经理');
  });

  it('diff --as-of FROM..TO shows the planned restructure of one tree, labelled with the dates', { timeout: 60_000 }, () => {
    const r = runCli(['diff', EXAMPLE, EXAMPLE, '--as-of', '2026-12-31..2027-01-01', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/@ 2026-12-31 → .*@ 2027-01-01$/);
    expect(r.stdout).toMatch(/客服组[\s\S]*销售部 → 售后服务部/);
    expect(r.stdout).toContain('+ role 售后服务经理');
  });

  it('a date that is not one is refused with one line, exit 2', () => {
    const r = runCli(['validate', EXAMPLE, '--as-of', '2027-02-30']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('YYYY-MM-DD');
  });
});

describe('the handbook of an effective-dated org', () => {
  it('says which date it shows and lists the changes decided for later, one line per entity', async () => {
    const { renderDocs } = await import('../../src/docs/index.js');
    const model = loadOrg([EXAMPLE], REPO_ROOT, undefined, { asOf: '2026-12-01' });
    const readme = renderDocs(model, { format: 'markdown' }).get('README.md')!;
    expect(readme).toContain('本手册反映 2026-12-01 的组织。');
    const planned = readme.slice(readme.indexOf('已决定的调整'));
    expect(planned).toContain('- 自 2027-01-01 起:售后服务部 (部门)');
    expect(planned).toContain('- 自 2027-01-01 起调整:客服组 (部门)');
    expect(planned.match(/客服组/g)).toHaveLength(1);
  });
});

describe('--as-of is today for team-expired too', () => {
  const teams = `${ORG}---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n---\nkind: Team\nid: promo\nname: 大促项目组\nlead: ceo\nstart: 2026-10-10\nend: 2026-11-20\n`;
  const expired = (asOf: string) =>
    validateOrg(loadOrgFromText({ 'org.yaml': teams }, { asOf }))
      .findings.filter((f) => f.rule === 'team-expired')
      .map((f) => f.message);

  it('a team is not expired before its end as of the date given, and is after it, naming that date', () => {
    expect(expired('2026-11-01')).toEqual([]);
    expect(expired('2026-12-01')).toEqual([
      "team 'promo' ended on 2026-11-20, before today (2026-12-01): delete the Team, or move its end date if the project runs on",
    ]);
  });
});
