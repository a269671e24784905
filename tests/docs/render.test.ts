import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/load/types.js';
import { renderDocs } from '../../src/docs/index.js';
import { CATALOGUES } from '../../src/i18n/index.js';
import { MERMAID_MAX_NODES } from '../../src/docs/format/mermaid.js';
import { modelOf, ORG } from '../helpers.js';
import { shop } from './fixtures.js';
import { brokenHtmlLinks, brokenMarkdownLinks } from './linkcheck.js';

const MESSAGES = { en: CATALOGUES.en.docs, 'zh-CN': CATALOGUES['zh-CN'].docs };

const md = (format: 'markdown' = 'markdown') => renderDocs(shop(), { format });
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><style>text{fill:red}</style><text id="t">组织</text></svg>';

describe('renderDocs', () => {
  it('is deterministic: the same model gives the same bytes', () => {
    const a = renderDocs(shop(), { format: 'markdown' });
    const b = renderDocs(shop(), { format: 'markdown' });
    expect([...a]).toEqual([...b]);
    expect(renderDocs(shop(), { format: 'html' }).get('handbook.html')).toBe(renderDocs(shop(), { format: 'html' }).get('handbook.html'));
  });

  it('job descriptions carry effective KPI targets, staffing with holders, and dotted lines both ways', () => {
    const files = md();
    const specialist = files.get('roles/运营专员.md')!;
    expect(specialist).toContain('| [询单转化率](../kpis.md#kpi-转化率) | 5% | 百分比 | 越高越好 | 每周 |');
    expect(specialist).toContain('- **编制**:3\n- **在岗人员**:张三、李四(lisi@example.com)\n- **空缺**:1');
    expect(specialist).toContain('- **虚线汇报给**:[客服主管](客服主管.md)');
    expect(files.get('roles/客服主管.md')).toContain('- **虚线汇报来自**:[运营专员](运营专员.md)');
    // The head's own target (the KPI's default) and, as head, the department's override.
    const head = files.get('roles/运营主管.md')!;
    expect(head).toContain(
      '### 本岗位指标\n\n| 指标 | 目标值 | 单位 | 考核方向 | 考核周期 |\n| --- | --- | --- | --- | --- |\n| [询单转化率](../kpis.md#kpi-转化率) | 3% |',
    );
    expect(head).toContain(
      '### 作为运营部负责人承担的部门指标\n\n| 指标 | 目标值 | 单位 | 考核方向 | 考核周期 |\n| --- | --- | --- | --- | --- |\n| [询单转化率](../kpis.md#kpi-转化率) | 4% |',
    );
  });

  it('the KPI dictionary lists who carries each KPI with which target', () => {
    const kpis = md().get('kpis.md')!;
    expect(kpis).toContain('## <a id="kpi-转化率"></a>询单转化率');
    expect(kpis).toContain('- **计算公式**:下单人数 / 询单人数');
    expect(kpis).toContain(
      [
        '| [运营部](departments/运营部.md) | 部门 | 4% |',
        '| [运营主管](roles/运营主管.md) | 岗位 | 3% |',
        '| [运营专员](roles/运营专员.md) | 岗位 | 5% |',
      ].join('\n'),
    );
  });

  it('the overview counts seats, holders and vacancies per department (with its sub-departments) and against the budget', () => {
    const readme = md().get('README.md')!;
    expect(readme).toContain('| [运营部](departments/运营部.md) | [运营主管](roles/运营主管.md) | 4 | 7 | 3 | 1 | 3 | 7 / 10 |');
    expect(readme).toContain('| \u2003[客服部](departments/客服部.md) | [客服主管](roles/客服主管.md) | 2 | 3 | 0 | 0 | 3 | — |');
    expect(readme).toContain('| **合计** |   | **4** | **7** | **3** | **1** | **3** |   |');
  });

  it('embeds the SVG chart: chart.svg beside the Markdown, an isolated inline image in the HTML', () => {
    const files = renderDocs(shop(), { format: 'markdown', chartSvg: SVG });
    expect(files.get('chart.svg')).toBe(SVG);
    const readme = files.get('README.md')!;
    expect(readme).toContain('## <a id="overview-chart"></a>组织架构图\n\n![组织架构图](chart.svg)');
    expect(readme).not.toContain('flowchart TD\n  r1');
    const page = renderDocs(shop(), { format: 'html', chartSvg: SVG }).get('handbook.html')!;
    const src = /<img alt="组织架构图" src="data:image\/svg\+xml;base64,([^"]+)">/.exec(page);
    expect(Buffer.from(src![1]!, 'base64').toString('utf8')).toBe(SVG);
    expect(page).not.toContain('<svg'); // its <style> and ids cannot reach the handbook
  });

  it('without a chart, Markdown draws the org in Mermaid; a large org per department; a huge one not at all', () => {
    expect(md().get('README.md')).toContain('```mermaid\nflowchart TD\n  r1["运营主管<br/>运营部"]\n');
    const roles = (n: number, dept: (i: number) => string) =>
      Array.from(
        { length: n },
        (_, i) => `---\nkind: Role\nid: r${i}\ntitle: 岗位${i}\ndepartment: ${dept(i)}\n${i ? 'reports_to: r0\n' : ''}`,
      ).join('');
    const depts = (n: number) => Array.from({ length: n }, (_, i) => `---\nkind: Department\nid: d${i}\nname: 部门${i}\n`).join('');
    const big = modelOf({ 'o.yaml': ORG + depts(3) + roles(MERMAID_MAX_NODES + 1, (i) => `d${i % 3}`) });
    const bigReadme = renderDocs(big, { format: 'markdown', lang: 'en' }).get('README.md')!;
    expect(bigReadme).toContain('Drawn at department level');
    expect(bigReadme).toContain('```mermaid\nflowchart TD\n  d1["部门0"]\n  d2["部门1"]\n  d3["部门2"]\n```');
    const huge = modelOf({ 'o.yaml': ORG + depts(MERMAID_MAX_NODES + 1) + roles(MERMAID_MAX_NODES + 1, (i) => `d${i}`) });
    const hugeReadme = renderDocs(huge, { format: 'markdown', lang: 'en' }).get('README.md')!;
    expect(hugeReadme).toContain(
      `> The org has ${MERMAID_MAX_NODES + 1} roles in ${MERMAID_MAX_NODES + 1} departments, too many to draw here`,
    );
    expect(hugeReadme).not.toContain('flowchart TD\n  r1');
  });

  it('an org with findings gets a visible notice with the counts and the findings (capped, with the rest counted)', () => {
    const finding = (i: number, severity: Finding['severity']): Finding => ({
      rule: 'reports-to-unknown',
      severity,
      message: `role 'r${i}' reports to 'x', which is not a role`,
      file: 'org.yaml',
      line: i + 1,
      column: 3,
      entity: `r${i}`,
    });
    const findings = [...Array.from({ length: 230 }, (_, i) => finding(i, 'error')), finding(999, 'warning')];
    const readme = renderDocs(shop(), { format: 'markdown', lang: 'en', findings }).get('README.md')!;
    expect(readme).toContain('> [!WARNING]\n> **Validation findings**: This org has 230 errors and 1 warning.');
    expect(readme).toContain("> - **error** `reports-to-unknown` org.yaml:1:3 — role 'r0' reports to 'x', which is not a role");
    expect(readme).toContain('> - … and 31 more (run');
    expect(readme).not.toContain("'r999'"); // the warning sorts after the errors, beyond the cap
    const page = renderDocs(shop(), { format: 'html', lang: 'en', findings: findings.slice(0, 1) }).get('handbook.html')!;
    expect(page).toMatch(
      /<header class="cover">[\s\S]*<\/header>\n<div class="notice" role="note" id="overview-findings">\n<p><strong>Validation findings<\/strong>: This org has 1 error and 0 warnings\./,
    );
  });

  it('the HTML handbook: table of contents, one article per entity, print rules, anchors that resolve', () => {
    const page = renderDocs(shop(), { format: 'html' }).get('handbook.html')!;
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    for (const id of ['dept-运营部', 'dept-客服部', 'role-运营主管', 'role-运营专员', 'role-客服主管', 'role-售前客服', 'wf-售前接待']) {
      expect(page).toContain(`<article class="page" id="${id}">`);
      expect(page).toContain(`<a href="#${id}">`);
    }
    expect(page).toContain('<h2 id="kpi-转化率">询单转化率</h2>');
    expect(page).toMatch(/@media print \{[\s\S]*article\.page \{ break-before: page; \}/);
    expect(page).not.toContain('```mermaid'); // Mermaid is for Markdown viewers only
    expect(page).not.toMatch(/<script|<link|@import|url\(/); // self-contained
    expect(brokenHtmlLinks(page)).toEqual([]);
  });

  it('links in every page resolve, for orgs with broken references too', () => {
    const broken = modelOf({
      'o.yaml': `${ORG}---
kind: Department
id: d
name: D
parent: nowhere
head: ghost
kpis: [nokpi]
roles:
  - {id: a, title: A, reports_to: b}
  - {id: b, title: B, reports_to: a, dotted_line: [ghost]}
  - {id: c, title: C, department: d}
---
kind: Role
id: homeless
title: 流浪岗位
department: nowhere
---
kind: Department
id: x
name: X
parent: y
---
kind: Department
id: y
name: Y
parent: x
---
kind: Workflow
id: w
name: W
owner: ghost
steps:
  - {id: s, role: ghost, next: [nowhere]}
`,
    });
    for (const lang of ['en', 'zh-CN'] as const) {
      expect(brokenMarkdownLinks(renderDocs(broken, { format: 'markdown', lang }))).toEqual([]);
      expect(brokenHtmlLinks(renderDocs(broken, { format: 'html', lang }).get('handbook.html')!)).toEqual([]);
    }
    const files = renderDocs(broken, { format: 'markdown', lang: 'en' });
    expect(files.get('README.md')).toContain('<em>Departments outside the tree (their parent links loop)</em>');
    expect(files.get('roles.md')).toContain('## <em>(no department)</em>');
    expect(files.get('workflows/w.md')).toContain('| 1 | s | ghost (unknown) | ghost (unknown) | — | — | nowhere (unknown) |');
  });
});

describe('message catalogue', () => {
  const strings = (lang: keyof typeof MESSAGES) =>
    Object.entries(MESSAGES[lang]).flatMap(([key, v]) =>
      typeof v === 'string'
        ? [[key, v]]
        : typeof v === 'function'
          ? [[key, String(key === 'slaDuration' ? v('2', 'h') : v(2, 3))]]
          : Object.entries(v as object).map(([k, s]) => [`${key}.${k}`, String(s)]),
    );

  it('English has no Chinese, and Chinese labels are Chinese', () => {
    for (const [key, text] of strings('en')) expect(text, key).not.toMatch(/\p{Script=Han}/u);
    const zh = Object.fromEntries(strings('zh-CN'));
    for (const key of ['overview', 'departmentTree', 'jobDescription', 'roleResponsibilities', 'kpiDictionary', 'workflows', 'raciMatrix'])
      expect(zh[key], key).toMatch(/\p{Script=Han}/u);
  });

  it('both languages label the same things', () => {
    expect(Object.keys(MESSAGES['zh-CN']).sort()).toEqual(Object.keys(MESSAGES.en).sort());
  });
});
