/**
 * Typical restructures, each a pair of org directories under
 * tests/fixtures/restructure/<case>/{before,after}: the expected change list,
 * the figures, the findings delta, and the reports as golden files
 * (regenerate with UPDATE_GOLDEN=1, then read the diff): the English Markdown
 * report in tests/golden/diff/<case>.md, and — the fixtures are zh-CN orgs —
 * the Chinese Markdown and text reports they get by default in
 * tests/golden/diff/zh-CN/<case>.{md,txt}, and the JSON contract in
 * tests/golden/diff/<case>.json.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrg, validateOrg } from '../../src/api.js';
import {
  diffOrgs,
  failsOn,
  formatDiffJson,
  formatDiffMarkdown,
  formatDiffText,
  type Change,
  type DiffResult,
} from '../../src/diff/index.js';
import { goldenIn } from '../support/golden.js';

const FIXTURES = path.resolve(__dirname, '../fixtures/restructure');
const GOLDEN = path.resolve(__dirname, '../golden/diff');

function diffCase(name: string): DiffResult {
  // Relative paths, as a user would type them: findings carry `before/…` and `after/…` file names.
  const cwd = path.join(FIXTURES, name);
  const before = loadOrg(['before'], cwd);
  const after = loadOrg(['after'], cwd);
  return diffOrgs(before, after, { beforeFindings: validateOrg(before).findings, afterFindings: validateOrg(after).findings });
}

const show = (v: unknown) => (v === undefined ? '' : JSON.stringify(v));

/** One line per change: "role crm department "cs" → "ops"". */
function compact(c: Change): string {
  const what = c.step !== undefined ? `steps ${c.step}.${c.field ?? '?'}` : c.change;
  if (c.change === 'added' || c.change === 'removed' || c.field === 'added' || c.field === 'removed') return `${c.kind} ${c.id} ${what}`;
  return `${c.kind} ${c.id} ${what} ${show(c.before)} → ${show(c.after)}`;
}

const golden = goldenIn(GOLDEN);

const CASES: Record<string, { changes: string[]; check(r: DiffResult): void }> = {
  move: {
    changes: [
      'department ops headcount_budget 6 → 7',
      'role crm department "cs" → "ops"',
      'role crm reports_to "cs-lead" → "ops-lead"',
      'role design-lead reports_to "总经理" → "ops-lead"',
    ],
    check(r) {
      // The design lead moved under the ops lead with the artists: one move, not two changes.
      expect(r.moves).toEqual([{ root: 'design-lead', members: ['美工'], seats: 4 }]);
      expect(r.summary.before.layers).toBe(3);
      expect(r.summary.after.layers).toBe(4);
      // Reporting across departments is the price of the move, and the reviewer sees it.
      expect(r.findings.introduced.map((f) => `${f.rule} ${f.entity ?? '?'}`)).toEqual(['cross-department-reporting design-lead']);
      expect(r.findings.fixed).toEqual([]);
    },
  },
  promote: {
    changes: [
      'department cs headcount_budget 8 → 9',
      'role cs-presales reports_to "cs-lead" → "cs-presales-lead"',
      'role cs-presales holders ["张三","李四"] → ["李四"]',
      'role cs-presales-lead added',
      'role ops-lead title "运营主管" → "运营经理"',
      'workflow order-fulfillment steps confirm.accountable "cs-lead" → "cs-presales-lead"',
    ],
    check(r) {
      expect(r.summary).toMatchObject({ added: 1, removed: 0, changed: 4 });
      // 张三 holds the new seat; the presales role has one more vacancy.
      expect(r.summary.before.vacancies).toBe(2);
      expect(r.summary.after.vacancies).toBe(3);
      expect(r.summary.before.maxSpan).toBe(6);
      expect(r.summary.after.maxSpan).toBe(4);
      expect(r.moves).toEqual([]); // cs-presales has no team of its own
      expect(r.people).toEqual([{ person: '张三', change: 'moved', from: ['cs-presales'], to: ['cs-presales-lead'] }]);
    },
  },
  'promote-holder': {
    changes: [
      'department logistics headcount_budget 5 → 6',
      'role logistics-deputy added',
      'role packer holders ["孙丽"] → ["周强","孙丽"]',
      'role warehouse-lead holders ["胡军"] → []',
      'role 活动策划 holders ["陈晨"] → []',
    ],
    check(r) {
      // 胡军 is promoted: one move from role to role, not an added holder here and a removed one there.
      expect(r.people).toEqual([
        { person: '周强', change: 'joined', from: [], to: ['packer'] },
        { person: '胡军', change: 'moved', from: ['warehouse-lead'], to: ['logistics-deputy'] },
        { person: '陈晨', change: 'left', from: ['活动策划'], to: [] },
      ]);
      const text = formatDiffText(r, { color: false, locale: 'en' });
      expect(text).toContain('胡军: 仓库主管 (warehouse-lead) → 仓储物流副经理 (logistics-deputy)');
      expect(text).toContain('周强 joined as 打包员 (packer)');
      expect(text).toContain('陈晨 left 活动策划');
      expect(formatDiffMarkdown(r, { locale: 'en' })).toContain('### People');
      expect(JSON.parse(formatDiffJson(r)).people).toEqual(r.people);
    },
  },
  rename: {
    changes: [
      'role copywriter removed',
      'role cs-manager previously "cs-lead" → "cs-manager"',
      'role cs-manager title "网络客服主管" → "网络客服经理"',
      'role 文案 added',
    ],
    check(r) {
      // `previously: [cs-lead]`: one renamed role carrying its own change; the references to
      // cs-lead before (reports_to ×3, head, a workflow's accountable and informed) match cs-manager.
      expect(r.summary).toMatchObject({ added: 1, removed: 1, changed: 1 });
      expect(r.changes[1]).toMatchObject({ previously: 'cs-lead' });
      expect(r.changes[2]).toMatchObject({ previously: 'cs-lead' });
      expect(r.people).toEqual([]); // 赵敏 stays in the same (renamed) role
      // Without `previously`, the heuristic hint stays.
      expect(r.renames).toEqual([{ kind: 'role', from: 'copywriter', to: '文案' }]);
      const text = formatDiffText(r, { color: false, locale: 'en' });
      expect(text).toContain('renamed cs-lead → cs-manager');
      expect(text).toContain('possibly renamed to 文案');
      const json = JSON.parse(formatDiffJson(r));
      expect(json.changes[1].at).toEqual({
        before: { file: 'before/departments.yaml', line: 39, column: 5 },
        after: { file: 'after/departments.yaml', line: 40, column: 5 },
      });
    },
  },
  split: {
    changes: [
      'department aftersales added',
      'department cs headcount_budget 8 → 5',
      'department cs kpis [{"id":"complaint-rate"}] → []',
      'role aftersales-lead added',
      'role cs-aftersales department "cs" → "aftersales"',
      'role cs-aftersales reports_to "cs-lead" → "aftersales-lead"',
      'kpi complaint-rate owner "cs" → "aftersales"',
      'workflow order-fulfillment steps ship.informed ["cs-lead"] → ["aftersales-lead","cs-lead"]',
    ],
    check(r) {
      expect(r.summary).toMatchObject({ added: 2, removed: 0, changed: 4 });
      expect(r.summary.after.seats - r.summary.before.seats).toBe(1);
      expect(r.findings).toEqual({ introduced: [], fixed: [], changed: [] });
    },
  },
  merge: {
    changes: [
      'department design removed',
      'department ops headcount_budget 6 → 10',
      'role design-lead department "design" → "ops"',
      'role design-lead reports_to "总经理" → "ops-lead"',
      'role 美工 department "design" → "ops"',
    ],
    check(r) {
      expect(r.moves).toEqual([{ root: 'design-lead', members: ['美工'], seats: 4 }]);
      expect(r.summary).toMatchObject({ added: 0, removed: 1, changed: 3 });
      expect(r.summary.after.roles).toBe(r.summary.before.roles);
    },
  },
  'headcount-cut': {
    changes: [
      'department cs headcount_budget 8 → 6',
      'department logistics headcount_budget 3 → 2',
      'role cs-presales headcount 3 → 2',
      'role cs-presales holders ["张三","李四"] → ["张三"]',
      'role 活动策划 headcount 2 → 1',
      'role 美工 headcount 3 → 0',
    ],
    check(r) {
      expect(r.summary.before.seats - r.summary.after.seats).toBe(5);
      expect(r.summary.after.vacancies).toBe(1);
      // The logistics budget now sits below its seats: an error the reviewer must see.
      expect(r.findings.introduced.map((f) => `${f.severity} ${f.rule} ${f.entity ?? '?'}`)).toEqual([
        'error headcount-over-budget logistics',
      ]);
      expect(r.summary.after.errors).toBe(1);
    },
  },
  'span-still-over': {
    // cs-lead's span of control goes from 11 to 9 seats, still over the maximum of 8.
    changes: ['role cs-aftersales headcount 5 → 3'],
    check(r) {
      // The same finding on both sides: neither introduced nor fixed, but changed.
      expect(r.findings.introduced).toEqual([]);
      expect(r.findings.fixed).toEqual([]);
      expect(r.findings.changed.map((c) => [c.before.rule, c.before.entity, c.after.entity])).toEqual([
        ['span-of-control', 'cs-lead', 'cs-lead'],
      ]);
      expect(r.findings.changed[0]!.before.message).toContain('has 11 direct reports');
      expect(r.findings.changed[0]!.after.message).toContain('has 9 direct reports');
      expect(formatDiffText(r, { color: false, locale: 'en' })).toContain('changed (11 → 9 direct reports)');
      // The baseline gate: nothing new, so CI passes even though a warning remains.
      expect(failsOn(r, 'new-warnings')).toBe(false);
      expect(failsOn(r, 'new-errors')).toBe(false);
    },
  },
  'kpi-retarget': {
    changes: [
      'role cs-lead kpis [{"id":"response-time","target":30}] → [{"id":"response-time","target":20}]',
      'kpi complaint-rate target 200 → 1.5',
      'kpi complaint-rate owner "cs" → "cs-lead"',
      'kpi conversion-rate formula "成交用户数 / 访客数" → "成交订单数 / 访客数"',
      'kpi conversion-rate target 3 → 3.5',
      'kpi repeat-purchase-rate added',
    ],
    check(r) {
      // A complaint-rate target of 200% was out of range; the retarget fixes it.
      expect(r.findings.fixed.map((f) => `${f.rule} ${f.entity ?? '?'}`)).toEqual(['kpi-target-out-of-range complaint-rate']);
      expect(r.findings.introduced).toEqual([]);
      expect(r.summary.before.errors).toBe(1);
      expect(r.summary.after.errors).toBe(0);
    },
  },
};

describe('restructure fixtures', () => {
  for (const [name, expected] of Object.entries(CASES)) {
    describe(name, () => {
      const result = diffCase(name);

      it('lists the expected changes, each once', () => {
        expect(result.changes.map(compact)).toEqual(expected.changes);
      });

      it('summarises the figures and the findings delta', () => {
        expected.check(result);
      });

      it('writes the Markdown report (golden)', () => {
        golden(`${name}.md`, formatDiffMarkdown(result, { labels: { before: 'main', after: 'restructure' }, locale: 'en' }));
      });

      it('writes the JSON contract (golden)', () => {
        golden(`${name}.json`, formatDiffJson(result));
      });

      it('writes the Chinese Markdown and text reports, the default for a zh-CN org (golden)', () => {
        const labels = { before: 'main', after: 'restructure' };
        golden(`zh-CN/${name}.md`, formatDiffMarkdown(result, { labels }));
        golden(`zh-CN/${name}.txt`, formatDiffText(result, { labels, color: false }));
        // Asked for by name, zh-CN is the same as the org's default.
        expect(formatDiffMarkdown(result, { labels, locale: 'zh-CN' })).toBe(formatDiffMarkdown(result, { labels }));
      });
    });
  }

  it('the before side of every case is the same clean org', () => {
    for (const name of Object.keys(CASES)) {
      // Their before sides carry the finding the case is about: an out-of-range target, a span over the maximum.
      if (name === 'kpi-retarget' || name === 'span-still-over') continue;
      const findings = validateOrg(loadOrg([path.join(FIXTURES, name, 'before')])).findings;
      expect(findings.map((f) => `${name}: ${f.rule} ${f.message}`)).toEqual([]);
    }
  });

  it("zh-CN: the new sections speak the org's language, and --lang en overrides it", () => {
    const labels = { before: 'main', after: 'restructure' };
    const people = diffCase('promote-holder');
    expect(formatDiffText(people, { labels, color: false })).toContain('人员\n  周强 加入,任 打包员 (packer)');
    expect(formatDiffMarkdown(people, { labels })).toContain('### 人员');
    expect(formatDiffText(people, { labels, color: false, locale: 'en' })).toContain('People\n');
    const renamed = diffCase('rename');
    expect(formatDiffText(renamed, { labels, color: false })).toContain('更名 cs-lead → cs-manager');
    const span = diffCase('span-still-over');
    expect(formatDiffText(span, { labels, color: false })).toContain('本次变更后仍存在、但有变化的问题(1)');
    // The finding itself in Chinese, and what changed in it in Chinese words.
    expect(formatDiffMarkdown(span, { labels })).toContain("岗位 'cs-lead' 有 9 名直接下属(按编制计,分属 3 个岗位),超过上限 8");
    expect(formatDiffMarkdown(span, { labels })).toContain('有变化(11 → 9 名直接下属)');
    expect(formatDiffMarkdown(span, { labels, locale: 'en' })).toContain('changed (11 → 9 direct reports)');
    // A rule's data in English words (the manager's place) is worded in Chinese too.
    const moved = formatDiffText(diffCase('move'), { labels, color: false });
    expect(moved).toContain("岗位 'design-lead'(部门 'design')向 'ops-lead'(部门 'ops')汇报");
    expect(moved).not.toContain('of department');
    expect(formatDiffMarkdown(diffCase('move'), { labels })).toContain('-. 原上级 .->');
  });

  it('text: a moved team is told once, under its manager', () => {
    const text = formatDiffText(diffCase('merge'), { color: false, labels: { before: 'main', after: 'HEAD' }, locale: 'en' });
    expect(text).toContain('» role 视觉设计主管 (design-lead) moved with its team of 1 role (4 seats in all)');
    expect(text).toContain('all of the team: department 视觉设计部 (design) → 网络运营部 (ops)');
    // 美工's own department change is folded into the move.
    expect(text).not.toMatch(/~ role 美工/);
    expect(text).toContain('Plan: 0 to add, 3 to change, 1 to remove; findings: 0 introduced, 0 fixed.');
  });
});
