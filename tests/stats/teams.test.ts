/** `orgctl stats` counts project teams: members, seats lent, full-time equivalents, home departments. */
import { describe, expect, it } from 'vitest';
import { computeStats, formatStatsJson, formatStatsText } from '../../src/stats/index.js';
import { modelOf, ORG } from '../helpers.js';

const model = modelOf({
  'org.yaml': `${ORG}locale: zh-CN\n`,
  'depts.yaml': `kind: Department
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
---
kind: Department
id: data
name: 数据部
head: analyst
roles:
  - id: analyst
    title: 数据分析师
    reports_to: ops-lead
`,
  'teams.yaml': `kind: Team
id: promo
name: 大促项目组
lead: ops-lead
start: 2026-10-10
end: 2026-11-20
members:
  - role: planner
    seats: 2
  - role: analyst
    share: 25
  - role: ghost
---
kind: Team
id: launch
name: 新品上线项目组
members:
  - role: planner
`,
});

describe('stats: teams', () => {
  const stats = computeStats(model);

  it('counts known members, seats lent, FTE (seats × share) and home departments, in model order', () => {
    expect(stats.teams).toEqual([
      {
        id: 'promo',
        name: '大促项目组',
        lead: 'ops-lead',
        start: '2026-10-10',
        end: '2026-11-20',
        members: 2,
        seats: 3,
        fte: 2.25,
        departments: 2,
      },
      { id: 'launch', name: '新品上线项目组', lead: null, start: null, end: null, members: 1, seats: 1, fte: 1, departments: 1 },
    ]);
    expect(JSON.parse(formatStatsJson(stats)).teams).toHaveLength(2);
  });

  it('prints a team table under the departments, in the org language', () => {
    const text = formatStatsText(stats, 'zh-CN');
    expect(text).toContain('项目组(2):');
    const row = text.split('\n').find((l) => l.includes('大促项目组'))!;
    expect(row.split(/\s+/).filter(Boolean)).toEqual([
      '大促项目组',
      '(promo)',
      'ops-lead',
      '2',
      '3',
      '2.25',
      '2',
      '2026-10-10',
      '–',
      '2026-11-20',
    ]);
  });

  it('prints no team table for an org without teams', () => {
    const none = computeStats(modelOf({ 'org.yaml': ORG }));
    expect(none.teams).toEqual([]);
    expect(formatStatsText(none, 'en')).not.toContain('Project teams');
  });
});
