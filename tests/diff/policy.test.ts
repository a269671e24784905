/**
 * The diff policy gates (Organization `diff_policy`, src/diff/policy/): read
 * from the base side, each broken gate a finding at its level, in every
 * format, and exit 1 for a broken error gate. The fixture
 * tests/fixtures/restructure/removal-over-policy removes 客服培训专员, cuts the
 * presales seats ×6 → ×4, grows 活动策划 ×2 → ×5, and loosens the policy in
 * the same change (which must not count). Goldens in
 * tests/golden/diff/removal-over-policy.* (regenerate with UPDATE_GOLDEN=1).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrg, validateOrg } from '../../src/api.js';
import { diffOrgs, formatDiffJson, formatDiffMarkdown, formatDiffText, type DiffResult } from '../../src/diff/index.js';
import { buildDiffPolicy } from '../../src/model/diffPolicy.js';
import { lint, modelOf, ORG } from '../helpers.js';
import { runMain } from '../support/main.js';
import { goldenIn } from '../support/golden.js';

const CASE = path.resolve(__dirname, '../fixtures/restructure/removal-over-policy');
const GOLDEN = path.resolve(__dirname, '../golden/diff');

const golden = goldenIn(GOLDEN);

function fixture(labels: string[] = [], reversed = false): DiffResult {
  const [a, b] = reversed ? ['after', 'before'] : ['before', 'after'];
  const before = loadOrg([a], CASE);
  const after = loadOrg([b], CASE);
  return diffOrgs(before, after, { beforeFindings: validateOrg(before).findings, afterFindings: validateOrg(after).findings, labels });
}

const brief = (r: DiffResult) =>
  r.policy.map((f) => `${f.severity} ${f.messageId ?? '?'} ${f.entity ?? '-'} ${f.file ?? '?'}:${f.line ?? 0}`);

/** A one-department org: `roles` as `id:headcount`, all reporting to the head. */
function org(policy: string, roles: string[], dept = 'd'): Record<string, string> {
  return {
    'org.yaml': `${ORG}${policy ? `diff_policy:\n${policy}` : ''}`,
    'd.yaml':
      `kind: Department\nid: ${dept}\nname: 部门\nhead: boss\nroles:\n  - {id: boss, title: 经理}\n` +
      roles.map((r) => `  - {id: ${r.split(':')[0]!}, title: 专员, reports_to: boss, headcount: ${r.split(':')[1] ?? '1'}}\n`).join(''),
  };
}
const gates = (policy: string, before: string[], after: string[], labels: string[] = []) =>
  diffOrgs(modelOf(org(policy, before)), modelOf(org(policy, after)), { labels }).policy.map((f) => `${f.severity} ${f.messageId ?? '?'}`);

describe('removal-over-policy', () => {
  it('breaks each gate once, at its level, located at the gate in the base', () => {
    expect(brief(fixture())).toEqual([
      'error maxRolesRemoved - before/organization.yaml:10',
      'warning maxSeatsRemoved - before/organization.yaml:11',
      'warning maxDepartmentGrowth ops before/organization.yaml:12',
      'error protectedChange cs before/organization.yaml:14',
    ]);
  });

  it('reads the policy from the base: the head loosening max_roles_removed to 5 does not pass the gate', () => {
    expect(brief(fixture()).filter((s) => s.includes('maxRolesRemoved'))).toHaveLength(1);
    const strict = '  max_roles_removed: 0\n';
    const loose = '  max_roles_removed: 5\n';
    const run = (a: string, b: string) => diffOrgs(modelOf(org(a, ['a', 'b'])), modelOf(org(b, ['a']))).policy.length;
    expect(run(strict, loose)).toBe(1);
    expect(run(loose, strict)).toBe(0);
  });

  it('an approver label passes the protected gate, whatever its case', () => {
    expect(brief(fixture(['CS-Approved'])).map((s) => s.split(' ')[1])).toEqual([
      'maxRolesRemoved',
      'maxSeatsRemoved',
      'maxDepartmentGrowth',
    ]);
    expect(fixture(['other']).policy.map((f) => f.messageId)).toContain('protectedChange');
  });

  it('writes the gates in text, Markdown and JSON (golden)', () => {
    const r = fixture();
    const labels = { before: 'main', after: 'restructure' };
    golden('removal-over-policy.md', formatDiffMarkdown(r, { labels, locale: 'en' }));
    golden('zh-CN/removal-over-policy.md', formatDiffMarkdown(r, { labels }));
    golden('zh-CN/removal-over-policy.txt', formatDiffText(r, { labels, color: false }));
    golden('removal-over-policy.json', formatDiffJson(r));
    expect(JSON.parse(formatDiffJson(r)).policy).toHaveLength(4);
  });

  it("words every gate in the org's language (zh-CN), and in English with --lang en", () => {
    const r = fixture();
    const labels = { before: 'main', after: 'restructure' };
    const zh = [formatDiffText(r, { labels, color: false }), formatDiffMarkdown(r, { labels })];
    for (const out of zh) {
      expect(out).toContain("本次变更删除 1 个岗位('cs-trainer')");
      expect(out).toContain('本次变更减少 3 个编制(占 23 个编制的 13%');
      expect(out).toContain("部门 'ops' 增加 3 个编制(4 → 7)");
      expect(out).toContain("部门 'cs' 受基线 diff");
      expect(out).toContain("岗位 'cs-presales' 编制变更、岗位 'cs-trainer' 删除");
      expect(out).not.toMatch(/the change removes|grows by|is protected/);
    }
    // The finding keeps its English message (JSON, the library); --lang en prints it.
    expect(r.policy[0]!.message).toMatch(/^the change removes 1 role \('cs-trainer'\)/);
    expect(formatDiffText(r, { labels, color: false, locale: 'en' })).toContain("department 'ops' grows by 3 seats (4 → 7)");
  });
});

describe('diff_policy gates', () => {
  it('names five ids and counts the rest, in either language', () => {
    const before = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7'];
    const r = diffOrgs(modelOf(org('  max_roles_removed: 10%\n', before)), modelOf(org('  max_roles_removed: 10%\n', [])));
    expect(r.policy[0]!.message).toContain("removes 7 roles ('r1', 'r2', 'r3', 'r4', 'r5' and 2 more, 87.5% of 8)");
    expect(formatDiffText(r, { color: false, locale: 'zh-CN' })).toContain(
      "删除 7 个岗位('r1'、'r2'、'r3'、'r4'、'r5' 及其他 2 个,占 8 个岗位的 87.5%)",
    );
  });

  it('max_roles_removed: a count, or a share of the base roles', () => {
    expect(gates('  max_roles_removed: 1\n', ['a', 'b', 'c'], ['a'])).toEqual(['error maxRolesRemoved']);
    expect(gates('  max_roles_removed: 2\n', ['a', 'b', 'c'], ['a'])).toEqual([]);
    // 4 roles before (boss, a, b, c): 2 removed is 50%.
    expect(gates('  max_roles_removed: 50%\n', ['a', 'b', 'c'], ['a'])).toEqual([]);
    expect(gates('  max_roles_removed: {max: 49%, level: warning}\n', ['a', 'b', 'c'], ['a'])).toEqual(['warning maxRolesRemoved']);
  });

  it('max_seats_removed counts cuts gross: seats added elsewhere do not hide them', () => {
    expect(gates('  max_seats_removed: 2\n', ['a:4', 'b:1'], ['a:1', 'b:4'])).toEqual(['error maxSeatsRemoved']);
    expect(gates('  max_seats_removed: 3\n', ['a:4', 'b:1'], ['a:1', 'b:4'])).toEqual([]);
  });

  it('max_department_growth: per department, its own roles', () => {
    expect(gates('  max_department_growth: 2\n', ['a:1'], ['a:4'])).toEqual(['error maxDepartmentGrowth']);
    expect(gates('  max_department_growth: 3\n', ['a:1'], ['a:4'])).toEqual([]);
  });

  it('protected roles and departments need one of their labels; an unchanged one needs none', () => {
    const policy = '  protected:\n    - {role: a, needs_label: [hr, ceo]}\n';
    expect(gates(policy, ['a:1', 'b:1'], ['a:2', 'b:1'])).toEqual(['error protectedChange']);
    expect(gates(policy, ['a:1', 'b:1'], ['a:2', 'b:1'], ['ceo'])).toEqual([]);
    expect(gates(policy, ['a:1', 'b:1'], ['a:1', 'b:2'])).toEqual([]);
    expect(gates('  protected:\n    - {department: d, needs_label: hr, level: warning}\n', ['a'], ['a', 'b'])).toEqual([
      'warning protectedChange',
    ]);
  });

  it('a rename with previously: is the same entity to every gate: not a removal, not new growth, still protected', () => {
    const renamedOrg = (policy: string) => ({
      'org.yaml': `${ORG}diff_policy:\n${policy}`,
      'd.yaml':
        'kind: Department\nid: d2\npreviously: [d]\nname: 部门\nhead: boss\nroles:\n  - {id: boss, title: 经理}\n' +
        '  - {id: a2, previously: [a], title: 专员, reports_to: boss, headcount: 2}\n',
    });
    const renamed = (policy: string, labels: string[] = []) =>
      diffOrgs(modelOf(org(policy, ['a:2'])), modelOf(renamedOrg(policy)), { labels }).policy.map(
        (f) => `${f.severity} ${f.messageId ?? '?'}`,
      );
    expect(renamed('  max_roles_removed: 0\n  max_seats_removed: 0\n  max_department_growth: 0\n')).toEqual([]);
    // Renamed and retitled, a protected role or department still needs its label.
    const retitled = (policy: string, labels: string[] = []) =>
      diffOrgs(modelOf(org(policy, ['a:2'])), modelOf(renamedOrg(policy)), { labels }).policy.map(
        (f) => `${f.severity} ${f.messageId ?? '?'} ${f.entity ?? ''}`,
      );
    expect(retitled('  protected:\n    - {role: a, needs_label: hr}\n')).toEqual(['error protectedChange a']);
    expect(retitled('  protected:\n    - {role: a, needs_label: hr}\n', ['hr'])).toEqual([]);
    const r = diffOrgs(
      modelOf(org('  protected:\n    - {role: a, needs_label: hr}\n', ['a:2'])),
      modelOf(renamedOrg('  protected:\n    - {role: a, needs_label: hr}\n')),
    );
    expect(formatDiffText(r, { color: false, locale: 'en' })).toContain("its change (role 'a2' renamed) needs the label 'hr'");
    expect(formatDiffText(r, { color: false, locale: 'zh-CN' })).toContain("岗位 'a2' 更名");
    expect(retitled('  protected:\n    - {department: d, needs_label: hr}\n')).toEqual(['error protectedChange d']);
    expect(renamed('  protected:\n    - {department: d, needs_label: hr}\n', ['hr'])).toEqual([]);
  });

  it('a label written with markup stays text in the Markdown', () => {
    const policy = '  protected:\n    - {role: a, needs_label: "<img src=x onerror=alert(1)> **x**"}\n';
    const r = diffOrgs(modelOf(org(policy, ['a:1'])), modelOf(org(policy, ['a:2'])));
    const md = formatDiffMarkdown(r, { locale: 'en' });
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt; \\*\\*x\\*\\*');
  });

  it('no policy on the base, no gate (a policy added by the change applies from the next one)', () => {
    const before = modelOf(org('', ['a', 'b']));
    const after = modelOf(org('  max_roles_removed: 0\n', ['a']));
    expect(diffOrgs(before, after).policy).toEqual([]);
  });

  it('the schema checks the policy: a bad limit is a finding of validate, and builds no policy', () => {
    expect(lint({ 'org.yaml': `${ORG}diff_policy:\n  max_roles_removed: lots\n` }).map((f) => f.rule)).toContain('schema');
    expect(buildDiffPolicy({ max_roles_removed: 'lots' })).toBeUndefined();
    expect(buildDiffPolicy({ max_seats_removed: '12.5%' })?.seatsRemoved).toMatchObject({ max: 0.125, share: true, level: 'error' });
  });
});

describe('orgctl diff and the policy', () => {
  const sides = ['dir:' + path.join(CASE, 'before'), 'dir:' + path.join(CASE, 'after')];

  it('exits 1 on a broken error gate, 0 when only warnings remain (labels given, roles kept)', async () => {
    const broken = await runMain(['diff', ...sides, '--format', 'json']);
    expect(broken.code).toBe(1);
    expect((JSON.parse(broken.stdout) as { policy: unknown[] }).policy).toHaveLength(4);
    // An org whose only broken gate is a warning: reported, exit 0.
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-policy-'));
    try {
      const write = (dir: string, files: Record<string, string>) => {
        fs.mkdirSync(path.join(tmp, dir));
        for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(tmp, dir, name), text);
      };
      write('a', org('  max_roles_removed: {max: 0, level: warning}\n', ['a', 'b']));
      write('b', org('', ['a']));
      const warned = await runMain(['diff', `dir:${path.join(tmp, 'a')}`, `dir:${path.join(tmp, 'b')}`, '--lang', 'en']);
      expect(warned.stdout).toContain('Policy gates broken (1)');
      expect(warned.code).toBe(0);
      // --exit-code still says "the sides differ".
      expect((await runMain(['diff', `dir:${path.join(tmp, 'a')}`, `dir:${path.join(tmp, 'b')}`, '--exit-code'])).code).toBe(1);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('--labels passes the protected gate', async () => {
    const r = await runMain(['diff', ...sides, '--format', 'json', '--labels', 'x, cs-approved']);
    expect((JSON.parse(r.stdout) as { policy: Array<{ message: string }> }).policy.map((f) => f.message)).not.toContainEqual(
      expect.stringContaining('protected'),
    );
  });
});
