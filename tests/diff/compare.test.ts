/** diffOrgs on in-memory orgs: what counts as a change, and how each is reported. */
import { describe, expect, it } from 'vitest';
import { diffOrgs, type Change } from '../../src/diff/index.js';
import { modelOf, ORG } from '../helpers.js';

const DEPT = `kind: Department
id: cs
name: 客服部
head: cs-lead
roles:
  - id: cs-lead
    title: 客服主管
    holders: [赵敏]
  - id: agent
    title: 售前客服
    reports_to: cs-lead
    headcount: 3
    holders: [张三, 李四]
    dotted_line: []
`;

function diff(before: Record<string, string>, after: Record<string, string>) {
  return diffOrgs(modelOf(before), modelOf(after));
}

/** Replace the first occurrence of `from` in `text` (and insist it was there). */
function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture edit: '${from}' not found`);
  return text.replace(from, to);
}

/** A change without the bulky snapshots of added/removed entities. */
function brief(c: Change) {
  const { kind, id, change, step, field } = c;
  if (change === 'added' || change === 'removed') return { kind, id, change };
  return {
    kind,
    id,
    change,
    ...(step ? { step, field } : {}),
    before: c.before,
    after: c.after,
    ...(c.added ? { added: c.added, removed: c.removed } : {}),
  };
}

describe('diffOrgs', () => {
  it('reports nothing for the same org written differently (other files, key order, inline vs standalone, set order)', () => {
    const a = { 'org.yaml': ORG, 'cs.yaml': DEPT };
    const b = {
      'a/org.yaml': ORG,
      'b/cs.yaml': 'kind: Department\nid: cs\nhead: cs-lead\nname: 客服部\nroles:\n  - {title: 客服主管, id: cs-lead, holders: [赵敏]}\n',
      'c/agent.yaml': 'kind: Role\nid: agent\ndepartment: cs\ntitle: 售前客服\nheadcount: 3\nreports_to: cs-lead\nholders: [李四, 张三]\n',
    };
    const r = diff(a, b);
    expect(r.changes).toEqual([]);
    expect(r.summary).toMatchObject({ added: 0, removed: 0, changed: 0 });
    expect(r.findings).toEqual({ introduced: [], fixed: [], changed: [] });
  });

  it('reports a field change once, on the entity that changed, with before and after', () => {
    const r = diff(
      { 'org.yaml': ORG, 'cs.yaml': DEPT },
      { 'org.yaml': ORG, 'cs.yaml': edit(DEPT, '    headcount: 3', '    headcount: 2') },
    );
    expect(r.changes.map(brief)).toEqual([{ kind: 'role', id: 'agent', change: 'headcount', before: 3, after: 2 }]);
    expect(r.summary).toMatchObject({ added: 0, removed: 0, changed: 1 });
    expect(r.summary.before.seats - r.summary.after.seats).toBe(1);
  });

  it('compares holders and dotted lines as sets, listing who was added and removed', () => {
    const after = edit(edit(DEPT, '[张三, 李四]', '[李四, 王五]'), 'dotted_line: []', 'dotted_line: [cs-lead]');
    const r = diff({ 'org.yaml': ORG, 'cs.yaml': DEPT }, { 'org.yaml': ORG, 'cs.yaml': after });
    expect(r.changes.map(brief)).toEqual([
      { kind: 'role', id: 'agent', change: 'dotted_line', before: [], after: ['cs-lead'], added: ['cs-lead'], removed: [] },
      {
        kind: 'role',
        id: 'agent',
        change: 'holders',
        before: ['张三', '李四'],
        after: ['李四', '王五'],
        added: ['王五'],
        removed: ['张三'],
      },
    ]);
  });

  it('tells "staffing unknown" (no holders list) from "all seats vacant" (holders: [])', () => {
    const r = diff({ 'org.yaml': ORG, 'cs.yaml': DEPT }, { 'org.yaml': ORG, 'cs.yaml': edit(DEPT, '    holders: [张三, 李四]\n', '') });
    expect(r.changes.map(brief)).toEqual([
      { kind: 'role', id: 'agent', change: 'holders', before: ['张三', '李四'], after: null, added: [], removed: ['张三', '李四'] },
    ]);
    const r2 = diff(
      { 'org.yaml': ORG, 'cs.yaml': edit(DEPT, '    holders: [张三, 李四]\n', '') },
      { 'org.yaml': ORG, 'cs.yaml': edit(DEPT, '[张三, 李四]', '[]') },
    );
    expect(r2.changes.map((c) => [c.change, c.before, c.after])).toEqual([['holders', null, []]]);
  });

  it('a role moving department is a department change of the role, not a change of either department', () => {
    const two = DEPT + '---\nkind: Department\nid: sales\nname: 销售部\n';
    // An inline role cannot name another department: the moved role gets its own document.
    const after = {
      'org.yaml': ORG,
      'cs.yaml': edit(
        two,
        '  - id: agent\n    title: 售前客服\n    reports_to: cs-lead\n    headcount: 3\n    holders: [张三, 李四]\n    dotted_line: []\n',
        '',
      ),
      'agent.yaml': 'kind: Role\nid: agent\ntitle: 售前客服\ndepartment: sales\nreports_to: cs-lead\nheadcount: 3\nholders: [张三, 李四]\n',
    };
    const r = diff({ 'org.yaml': ORG, 'cs.yaml': two }, after);
    expect(r.changes.map(brief)).toEqual([{ kind: 'role', id: 'agent', change: 'department', before: 'cs', after: 'sales' }]);
  });

  it('an inline role moved word for word into another department still changes department', () => {
    // The role's mapping is written alike on both sides; only the enclosing department differs.
    const block =
      '  - id: agent\n    title: 售前客服\n    reports_to: cs-lead\n    headcount: 3\n    holders: [张三, 李四]\n    dotted_line: []\n';
    const sales = '---\nkind: Department\nid: sales\nname: 销售部\nroles:\n';
    const r = diff({ 'org.yaml': ORG, 'cs.yaml': DEPT + sales }, { 'org.yaml': ORG, 'cs.yaml': edit(DEPT, block, '') + sales + block });
    expect(r.changes.map(brief)).toEqual([{ kind: 'role', id: 'agent', change: 'department', before: 'cs', after: 'sales' }]);
    expect(r.moves).toEqual([]);
  });

  it('a changed id is a removal and an addition, flagged as a possible rename when title and department match', () => {
    const r = diff({ 'org.yaml': ORG, 'cs.yaml': DEPT }, { 'org.yaml': ORG, 'cs.yaml': edit(DEPT, 'id: agent', 'id: presales') });
    expect(r.changes.map(brief)).toEqual([
      { kind: 'role', id: 'agent', change: 'removed' },
      { kind: 'role', id: 'presales', change: 'added' },
    ]);
    expect(r.renames).toEqual([{ kind: 'role', from: 'agent', to: 'presales' }]);
    expect(r.changes[1]!.after).toMatchObject({
      title: '售前客服',
      department: 'cs',
      reports_to: 'cs-lead',
      headcount: 3,
      holders: ['张三', '李四'],
    });
    const retitled = diff(
      { 'org.yaml': ORG, 'cs.yaml': DEPT },
      { 'org.yaml': ORG, 'cs.yaml': edit(edit(DEPT, 'id: agent', 'id: presales'), 'title: 售前客服', 'title: 售前专员') },
    );
    expect(retitled.renames).toEqual([]);
  });

  it('compares every kind: organization, department, KPI fields', () => {
    const kpi = 'kind: KPI\nid: cr\nname: 投诉率\nunit: percent\ntarget: 2\nowner: cs\nrange: [0, 10]\n';
    const before = {
      'org.yaml': ORG + 'locale: zh-CN\n',
      'cs.yaml': DEPT + '---\nkind: Department\nid: hq\nname: 总部\n',
      'kpi.yaml': kpi,
    };
    const after = {
      'org.yaml': ORG.replace('name: Acme', 'name: Acme 电商') + 'rules:\n  span-of-control: [warn, {max: 6}]\n',
      'cs.yaml':
        edit(DEPT, 'name: 客服部', 'name: 网络客服部\nparent: hq\nheadcount_budget: 5\nkpis: [{id: cr, target: 1}]') +
        '---\nkind: Department\nid: hq\nname: 总部\n',
      'kpi.yaml': edit(
        edit(edit(kpi, 'target: 2', 'target: 1.5'), 'owner: cs', 'owner: cs-lead'),
        'range: [0, 10]',
        'range: [0, 5]\nformula: 投诉数 / 订单数',
      ),
    };
    const r = diff(before, after);
    expect(r.changes.map(brief)).toEqual([
      { kind: 'organization', id: 'acme', change: 'name', before: 'Acme', after: 'Acme 电商' },
      { kind: 'organization', id: 'acme', change: 'locale', before: 'zh-CN', after: 'en' },
      { kind: 'organization', id: 'acme', change: 'rules', before: {}, after: { 'span-of-control': ['warn', { max: 6 }] } },
      { kind: 'department', id: 'cs', change: 'name', before: '客服部', after: '网络客服部' },
      { kind: 'department', id: 'cs', change: 'parent', before: null, after: 'hq' },
      { kind: 'department', id: 'cs', change: 'headcount_budget', before: null, after: 5 },
      { kind: 'department', id: 'cs', change: 'kpis', before: [], after: [{ id: 'cr', target: 1 }] },
      { kind: 'kpi', id: 'cr', change: 'formula', before: null, after: '投诉数 / 订单数' },
      { kind: 'kpi', id: 'cr', change: 'target', before: 2, after: 1.5 },
      { kind: 'kpi', id: 'cr', change: 'range', before: [0, 10], after: [0, 5] },
      { kind: 'kpi', id: 'cr', change: 'owner', before: 'cs', after: 'cs-lead' },
    ]);
    expect(r.summary).toMatchObject({ added: 0, removed: 0, changed: 3 });
  });

  it('compares workflow steps by step id: added, removed, re-assigned, flow and entry', () => {
    const wf = (steps: string) => `kind: Workflow\nid: refund\nname: 退款流程\nowner: cs-lead\nsteps:\n${steps}`;
    const before = wf('  - {id: apply, role: agent}\n  - {id: check, role: agent, consulted: [cs-lead]}\n  - {id: pay, role: cs-lead}\n');
    const after = wf(
      '  - {id: check, role: cs-lead, consulted: [cs-lead, agent]}\n  - {id: apply, role: agent, next: [check]}\n  - {id: notify, role: agent, next: []}\n',
    );
    const r = diff({ 'org.yaml': ORG, 'cs.yaml': DEPT, 'wf.yaml': before }, { 'org.yaml': ORG, 'cs.yaml': DEPT, 'wf.yaml': after });
    expect(r.changes.map((c) => `${c.change}:${c.step ?? '?'}:${c.field ?? '?'}`)).toEqual([
      'steps:check:entry',
      'steps:check:role',
      // accountable defaults to the role: re-assigning the step moves the A of its RACI too.
      'steps:check:accountable',
      'steps:check:consulted',
      'steps:check:next',
      // apply: its default next was check; now written explicitly as check — no change.
      'steps:notify:added',
      'steps:pay:removed',
    ]);
    const [entry, role, accountable, consulted, next, added, removed] = r.changes;
    expect(brief(accountable!)).toMatchObject({ before: 'agent', after: 'cs-lead' });
    expect(brief(entry!)).toMatchObject({ before: 'apply', after: 'check' });
    expect(brief(role!)).toMatchObject({ before: 'agent', after: 'cs-lead' });
    expect(brief(consulted!)).toMatchObject({ added: ['agent'], removed: [] });
    // check's default next was pay (the following step); now apply follows it in the list.
    expect(brief(next!)).toMatchObject({ before: ['pay'], after: ['apply'] });
    expect(added!.after).toMatchObject({ role: 'agent', accountable: 'agent', next: [] });
    expect(removed!.before).toMatchObject({ role: 'cs-lead' });
    expect(r.summary.changed).toBe(1);
  });

  it('reports the findings introduced and fixed, matched regardless of position', () => {
    // The same unknown manager, moved down the file by new lines: not introduced, not fixed.
    const broken = edit(DEPT, 'reports_to: cs-lead', 'reports_to: cs-leed');
    const shifted = '# 客服部\n# (comment lines move every position)\n' + broken;
    const same = diff({ 'org.yaml': ORG, 'cs.yaml': broken }, { 'org.yaml': ORG, 'cs.yaml': shifted });
    expect(same.findings).toEqual({ introduced: [], fixed: [], changed: [] });
    expect(same.summary.after.errors).toBe(1);

    const fixed = diff({ 'org.yaml': ORG, 'cs.yaml': broken }, { 'org.yaml': ORG, 'cs.yaml': DEPT });
    expect(fixed.findings.introduced).toEqual([]);
    expect(fixed.findings.fixed.map((f) => [f.rule, f.entity])).toEqual([['reports-to-unknown', 'agent']]);
    expect(fixed.summary.before.errors - fixed.summary.after.errors).toBe(1);

    const introduced = diff({ 'org.yaml': ORG, 'cs.yaml': DEPT }, { 'org.yaml': ORG, 'cs.yaml': broken });
    expect(introduced.findings.introduced.map((f) => [f.rule, f.severity, f.file, f.line])).toEqual([
      ['reports-to-unknown', 'error', 'cs.yaml', 11],
    ]);
  });

  it('counts repeated findings: one more copy of the same finding is one introduced', () => {
    const dup = (n: number) => ({
      'org.yaml': ORG,
      'cs.yaml': DEPT,
      ...Object.fromEntries(Array.from({ length: n }, (_, i) => [`dup${i}.yaml`, 'kind: KPI\nid: agent\nname: x\n'])),
    });
    const r = diff(dup(1), dup(2));
    expect(r.findings.introduced.map((f) => f.rule)).toEqual(['duplicate-id']);
    expect(r.findings.fixed).toEqual([]);
  });

  it('uses the findings it is given (what validateOrg returned) instead of running the rules again', () => {
    const before = modelOf({ 'org.yaml': ORG, 'cs.yaml': DEPT });
    const fake = { rule: 'span-of-control', severity: 'warning' as const, message: 'm', entity: 'cs-lead' };
    const r = diffOrgs(before, before, { beforeFindings: [], afterFindings: [fake] });
    expect(r.findings.introduced).toEqual([fake]);
    expect(r.summary.after).toMatchObject({ findings: 1, warnings: 1, errors: 0 });
  });

  it('summarises a manager moving with an unchanged team as one subtree move', () => {
    const org = `kind: Department
id: a
name: 甲部
head: boss
roles:
  - {id: boss, title: 总经理}
  - {id: lead, title: 组长, reports_to: boss}
  - {id: m1, title: 组员, reports_to: lead, headcount: 2}
  - {id: m2, title: 实习生, reports_to: m1}
---
kind: Department
id: b
name: 乙部
head: b-lead
roles:
  - {id: b-lead, title: 乙部主管, reports_to: boss}
`;
    const moved = org
      .replace(
        '  - {id: lead, title: 组长, reports_to: boss}\n  - {id: m1, title: 组员, reports_to: lead, headcount: 2}\n  - {id: m2, title: 实习生, reports_to: m1}\n',
        '',
      )
      .concat(
        '  - {id: lead, title: 组长, reports_to: b-lead}\n  - {id: m1, title: 组员, reports_to: lead, headcount: 2}\n  - {id: m2, title: 实习生, reports_to: m1}\n',
      );
    const r = diff({ 'org.yaml': ORG, 'd.yaml': org }, { 'org.yaml': ORG, 'd.yaml': moved });
    // Every role's own change is still listed (JSON)…
    expect(r.changes.map((c) => `${c.id}.${c.change}`)).toEqual(['lead.department', 'lead.reports_to', 'm1.department', 'm2.department']);
    // …and the formats can tell it as one move.
    expect(r.moves).toEqual([{ root: 'lead', members: ['m1', 'm2'], seats: 4 }]);

    // A team member that also changed something else breaks the "whole subtree" reading.
    const retitled = moved.replace('title: 实习生', 'title: 助理');
    expect(diff({ 'org.yaml': ORG, 'd.yaml': org }, { 'org.yaml': ORG, 'd.yaml': retitled }).moves).toEqual([]);
  });

  it('is deterministic: same input, identical result', () => {
    const a = { 'org.yaml': ORG, 'cs.yaml': DEPT };
    const b = { 'org.yaml': ORG, 'cs.yaml': edit(DEPT, 'id: agent', 'id: 售前') };
    expect(JSON.stringify(diff(a, b).changes)).toBe(JSON.stringify(diff(a, b).changes));
  });
});

describe('moves with the whole team', () => {
  /** Departments a and b; `roles` as `id:reportsTo:department`. */
  function org(roles: string[]): Record<string, string> {
    const role = (r: string) => {
      const [id, to, dept] = r.split(':');
      return `---\nkind: Role\nid: ${id!}\ntitle: ${id!}\ndepartment: ${dept!}\n${to ? `reports_to: ${to}\n` : ''}`;
    };
    return {
      'org.yaml': `${ORG}top: boss\n`,
      'a.yaml': 'kind: Department\nid: a\nname: A\n',
      'b.yaml': 'kind: Department\nid: b\nname: B\n',
      'roles.yaml': roles.map(role).join(''),
    };
  }
  const moves = (before: string[], after: string[]) =>
    diffOrgs(modelOf(org(before)), modelOf(org(after))).moves.map((m) => `${m.root}: ${m.members.join(' ')}`);

  it('one move for a manager whose team went along, nested moves folded into it', () => {
    const before = ['boss::a', 'm:boss:a', 'n:m:a', 'x:n:a', 'other:boss:a'];
    const after = ['boss::a', 'm:boss:b', 'n:m:b', 'x:n:b', 'other:boss:a'];
    expect(moves(before, after)).toEqual(['m: n x']);
  });

  it('no move when someone in the team changed manager, on either side', () => {
    const before = ['boss::a', 'm:boss:a', 'n:m:a', 'x:n:a', 'y:boss:a'];
    // y joins n's team: m's team is not the one it had.
    expect(moves(before, ['boss::a', 'm:boss:b', 'n:m:b', 'x:n:b', 'y:n:a'])).toEqual([]);
    expect(moves(['boss::a', 'm:boss:a', 'n:m:a', 'x:n:a', 'y:x:a'], ['boss::a', 'm:boss:b', 'n:m:b', 'x:n:b', 'y:boss:a'])).toEqual([]);
  });

  it('the same moves on an org with a reporting loop elsewhere (the whole-forest sums)', () => {
    const loop = ['p:q:a', 'q:p:a'];
    const before = ['boss::a', 'm:boss:a', 'n:m:a', ...loop];
    const after = ['boss::a', 'm:boss:b', 'n:m:b', ...loop];
    expect(moves(before, after)).toEqual(['m: n']);
  });

  it('a chain 1,500 deep that moved department is one move (walks up, never down each candidate)', () => {
    const chain = (dept: string) => ['boss::a', ...Array.from({ length: 1500 }, (_, i) => `c${i}:${i ? `c${i - 1}` : 'boss'}:${dept}`)];
    const found = moves(chain('a'), chain('b'));
    expect(found).toHaveLength(1);
    expect(found[0]!.startsWith('c0: ')).toBe(true);
  });
});
