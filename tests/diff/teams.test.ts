/** `orgctl diff` on project teams: added, removed and changed teams, in every human format and in JSON. */
import { describe, expect, it } from 'vitest';
import { diffOrgs, formatDiffJson, formatDiffMarkdown, formatDiffText } from '../../src/diff/index.js';
import { modelOf, ORG } from '../helpers.js';

const DEPT = `kind: Department
id: ops
name: 运营部
head: ops-lead
roles:
  - id: ops-lead
    title: 运营主管
  - id: planner
    title: 活动策划
    reports_to: ops-lead
    headcount: 3
  - id: analyst
    title: 数据分析师
    reports_to: ops-lead
`;

const side = (teams: string) => modelOf({ 'org.yaml': `${ORG}locale: zh-CN\n`, 'd.yaml': DEPT, 't.yaml': teams });

const before = side(`kind: Team
id: promo
name: 大促项目组
lead: ops-lead
end: 2026-11-20
members:
  - role: planner
  - role: analyst
    share: 50
---
kind: Team
id: old
name: 旧项目组
lead: ops-lead
`);
const after = side(`kind: Team
id: promo
name: 大促项目组
lead: planner
end: 2026-11-30
members:
  - role: analyst
    share: 50
  - role: planner
    seats: 2
---
kind: Team
id: launch
name: 新品上线项目组
lead: ops-lead
start: 2026-12-01
members:
  - role: analyst
`);

describe('diff: teams', () => {
  const result = diffOrgs(before, after);

  it('reports teams added, removed and changed field by field; members as a set of role ×seats share%', () => {
    const teams = result.changes.filter((c) => c.kind === 'team');
    expect(teams.map((c) => [c.id, c.change])).toEqual([
      ['launch', 'added'],
      ['old', 'removed'],
      ['promo', 'lead'],
      ['promo', 'end'],
      ['promo', 'members'],
    ]);
    const members = teams.find((c) => c.change === 'members')!;
    expect([members.added, members.removed]).toEqual([['planner ×2'], ['planner']]);
    expect(result.summary).toMatchObject({ added: 1, removed: 1, changed: 1 });
  });

  it('a reordered member list is no change', () => {
    const same = side(`kind: Team
id: promo
name: 大促项目组
lead: ops-lead
end: 2026-11-20
members:
  - role: analyst
    share: 50
  - role: planner
---
kind: Team
id: old
name: 旧项目组
lead: ops-lead
`);
    expect(diffOrgs(before, same).changes).toEqual([]);
  });

  it('words them in the org language: text section, Markdown group, placement of an added team', () => {
    const text = formatDiffText(result, { color: false });
    expect(text).toContain('项目组\n');
    expect(text).toContain('+ 项目组 新品上线项目组 (launch)  项目负责人 运营主管 (ops-lead) · 1 个成员岗位 · 2026-12-01 至 …');
    expect(text).toContain('项目负责人:运营主管 (ops-lead) → 活动策划 (planner)');
    const md = formatDiffMarkdown(result);
    expect(md).toContain('### 项目组');
    expect(md).toContain('新增项目组 **新品上线项目组 (`launch`)**');
    expect(JSON.parse(formatDiffJson(result)).changes.filter((c: { kind: string }) => c.kind === 'team')).toHaveLength(5);
  });
});
