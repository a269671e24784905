/** The handbook's project teams: a section of the overview (zh-CN and en), and each role page names its teams. */
import { describe, expect, it } from 'vitest';
import { renderDocs } from '../../src/docs/index.js';
import { modelOf, ORG } from '../helpers.js';

const files = (locale: string) => ({
  'org.yaml': `${ORG}locale: ${locale}\n`,
  'd.yaml': `kind: Department
id: ops
name: 销售与运营部
head: ops-manager
roles:
  - id: ops-manager
    title: 电商运营经理
  - id: analyst
    title: 数据分析师
    reports_to: ops-manager
    headcount: 2
`,
  't.yaml': `kind: Team
id: 大促项目组
name: 双十一大促项目组
purpose: 大促一体化执行
lead: ops-manager
start: 2026-10-10
end: 2026-11-20
members:
  - role: analyst
    seats: 2
    share: 50
`,
});

describe('handbook: project teams', () => {
  it('zh-CN: a 项目组 section with purpose, lead, dates, seats (FTE) and a member table, linked from the contents', () => {
    const readme = renderDocs(modelOf(files('zh-CN')), { format: 'markdown' }).get('README.md')!;
    expect(readme).toContain('- [项目组](#overview-teams)');
    const section = readme.slice(readme.indexOf('## <a id="overview-teams"></a>项目组'));
    expect(section).toContain('### 双十一大促项目组');
    expect(section).toContain('- **项目目标**:大促一体化执行');
    expect(section).toContain('- **项目负责人**:[电商运营经理](roles/ops-manager.md)');
    expect(section).toContain('- **起止日期**:2026-10-10 — 2026-11-20');
    expect(section).toContain('- **投入编制**:2 个编制(折合全职 1 人)');
    expect(section).toContain('| [数据分析师](roles/analyst.md) | [销售与运营部](departments/ops.md) | 2 | 50% |');
  });

  it("names a role's teams on its job description, the lead marked", () => {
    const docs = renderDocs(modelOf(files('zh-CN')), { format: 'markdown' });
    expect(docs.get('roles/ops-manager.md')).toContain('- **参与的项目组**:[双十一大促项目组](../README.md#overview-teams)(项目负责人)');
    expect(docs.get('roles/analyst.md')).toContain('- **参与的项目组**:[双十一大促项目组](../README.md#overview-teams)\n');
  });

  it('en and HTML say the same', () => {
    const en = renderDocs(modelOf(files('en')), { format: 'markdown' }).get('README.md')!;
    expect(en).toContain('Project teams');
    expect(en).toContain('- **Seats lent**: 2 seats (1 FTE)');
    const html = renderDocs(modelOf(files('zh-CN')), { format: 'html' }).get('handbook.html')!;
    expect(html).toContain('id="overview-teams"');
    expect(html).toContain('双十一大促项目组');
  });

  it('an org without teams has no team section', () => {
    const readme = renderDocs(modelOf({ 'org.yaml': ORG }), { format: 'markdown' }).get('README.md')!;
    expect(readme).not.toContain('overview-teams');
  });
});
