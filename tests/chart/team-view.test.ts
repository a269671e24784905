/** `chart --team`: a project team's lead and members, inside their home departments. */
import { describe, expect, it } from 'vitest';
import { selectView } from '../../src/chart/views/select.js';
import { renderChart } from '../../src/chart/index.js';
import { UsageError } from '../../src/core/errors.js';
import { org } from './fixtures.js';

const SHOP = org(`kind: Department
id: 总经办
name: 总经办
head: gm
roles:
  - id: gm
    title: 总经理
---
kind: Department
id: 运营部
name: 销售与运营部
parent: 总经办
head: ops-manager
roles:
  - id: ops-manager
    title: 电商运营经理
    reports_to: gm
  - id: planner
    title: 活动策划
    reports_to: ops-manager
    headcount: 3
---
kind: Department
id: 数据部
name: 技术与数据部
parent: 总经办
head: analyst
roles:
  - id: analyst
    title: 数据分析师
    reports_to: gm
---
kind: Department
id: 客服部
name: 客户服务部
parent: 总经办
head: cs-lead
roles:
  - id: cs-lead
    title: 客服主管
    reports_to: gm
---
kind: Team
id: 大促项目组
name: 双十一大促项目组
purpose: 大促一体化执行
lead: ops-manager
start: 2026-10-10
end: 2026-11-20
members:
  - role: planner
    seats: 2
  - role: analyst
    share: 50
  - role: ghost
`);

describe('chart --team', () => {
  const g = selectView(SHOP, { team: '大促项目组' });

  it('draws the lead and the known members, each in its home department, with lines from the lead', () => {
    expect(g.boxes.map((b) => [b.id, b.group, b.seats])).toEqual([
      ['ops-manager', '运营部', 1],
      ['planner', '运营部', 2],
      ['analyst', '数据部', 1],
    ]);
    expect(g.edges).toEqual([
      { from: 'ops-manager', to: 'planner', style: 'solid' },
      { from: 'ops-manager', to: 'analyst', style: 'solid' },
    ]);
    // Only the departments that lend people (and the one they share), not 客服部.
    expect(g.groups.map((d) => [d.id, d.seats])).toEqual([
      ['总经办', 4],
      ['运营部', 3],
      ['数据部', 1],
    ]);
  });

  it('marks the lead and a share of time in the title, and names the team, purpose and dates', () => {
    expect(g.boxes.map((b) => b.title)).toEqual(['电商运营经理 · 项目负责人', '活动策划', '数据分析师 · 投入 50% 时间']);
    expect(g.subtitle).toBe('双十一大促项目组 · 大促一体化执行 · 2026-10-10 至 2026-11-20 · 3 个岗位 · 编制 4');
  });

  it('refuses an unknown team (with did-you-mean) and options that scope another view', () => {
    expect(() => selectView(SHOP, { team: '大促项目' })).toThrow("--team '大促项目' is not a team (did you mean '大促项目组'?)");
    expect(() => selectView(SHOP, { team: '大促项目组', root: 'gm' })).toThrow(UsageError);
    expect(() => selectView(SHOP, { team: '大促项目组', depth: 1, level: 'department' })).toThrow(
      '--team cannot be used with --depth, --level department',
    );
  });

  it("renders in every format (Mermaid draws the lead's lines)", async () => {
    const mermaid = await renderChart(SHOP, { team: '大促项目组', format: 'mermaid' });
    expect(mermaid).toContain('r_ops_manager --> r_planner');
    // The title says it is the team's chart, not the whole org's (as the SVG's and DOT's subtitle do).
    expect(mermaid.split('\n')[1]).toMatch(/^title: ".* — 双十一大促项目组 · /);
    const svg = await renderChart(SHOP, { team: '大促项目组', format: 'svg' });
    expect(svg).toContain('双十一大促项目组');
  });
});
