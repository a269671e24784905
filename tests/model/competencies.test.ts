/**
 * 任职资格与能力模型: `qualifications` and `competencies` on roles — read, checked
 * by the schema, shown on the job description and in the chart's tooltip, and
 * compared by the diff like any other field.
 */
import { describe, expect, it } from 'vitest';
import { diffOrgs } from '../../src/diff/index.js';
import { renderDocs } from '../../src/docs/index.js';
import { roleTooltip } from '../../src/chart/draw/tooltips.js';
import { CATALOGUES } from '../../src/i18n/index.js';
import { lint, modelOf } from '../helpers.js';

const org = (competencies: string) => ({
  'org.yaml': `kind: Organization
id: shop
name: 小店
locale: zh-CN
---
kind: Department
id: 运营部
name: 运营部
head: 运营经理
roles:
  - id: 运营经理
    title: 电商运营经理
    qualifications:
      - 5年以上电商运营经验
    competencies:
${competencies}
`,
});

const FOUR = `      - {name: 市场洞察力, level: 4, description: 发现机会}
      - {name: 数据分析能力, level: 4}
      - 活动策划能力
      - {name: 团队管理能力, level: 3}`;

describe('qualifications and competencies', () => {
  it('a competency is a name or {name, level, description}; both forms are read in order', () => {
    const role = modelOf(org(FOUR)).roles.get('运营经理')!;
    expect(role.qualifications).toEqual(['5年以上电商运营经验']);
    expect(role.competencies).toEqual([
      { name: '市场洞察力', level: 4, description: '发现机会' },
      { name: '数据分析能力', level: 4 },
      { name: '活动策划能力' },
      { name: '团队管理能力', level: 3 },
    ]);
    expect(lint(org(FOUR))).toEqual([]);
  });

  it('a level outside 1–5 is a schema error at the level', () => {
    const findings = lint(org('      - {name: 市场洞察力, level: 6}'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'schema', line: 16 });
    expect(findings[0]!.message).toContain('level');
  });

  it('the job description has 任职资格 and a 能力模型 table with level names', () => {
    const page = renderDocs(modelOf(org(FOUR)), { format: 'markdown' }).get('roles/运营经理.md')!;
    expect(page).toContain('## 任职资格\n\n- 5年以上电商运营经验');
    expect(page).toContain(
      '## 能力模型\n\n| 能力 | 等级 | 说明 |\n| --- | --- | --- |\n| 市场洞察力 | 4 — 精通 | 发现机会 |\n| 数据分析能力 | 4 — 精通 | — |\n| 活动策划能力 | — | — |',
    );
    const en = renderDocs(modelOf(org(FOUR)), { format: 'markdown', lang: 'en' }).get('roles/运营经理.md')!;
    expect(en).toContain('| 团队管理能力 | 3 — practised | — |');
  });

  it("the chart's tooltip names them", () => {
    const model = modelOf(org(FOUR));
    const lines = roleTooltip(model, model.roles.get('运营经理')!, CATALOGUES['zh-CN'].chart);
    expect(lines).toContain('任职资格: 5年以上电商运营经验');
    expect(lines).toContain('能力模型: 市场洞察力 (4)、数据分析能力 (4)、活动策划能力、团队管理能力 (3)');
  });

  it('the diff reports a changed level as a change of the role competencies', () => {
    const before = modelOf(org(FOUR));
    const after = modelOf(org(FOUR.replace('{name: 团队管理能力, level: 3}', '{name: 团队管理能力, level: 4}')));
    const changes = diffOrgs(before, after).changes.filter((c) => c.id === '运营经理');
    expect(changes).toMatchObject([
      { change: 'competencies', before: expect.arrayContaining(['团队管理能力 (3)']), after: expect.arrayContaining(['团队管理能力 (4)']) },
    ]);
  });
});
