/**
 * Sibling order: departments and roles list by `order`, then in the
 * organization's own order with the top role's department first (not the
 * file path, which puts finance.yaml's 财务部 before zjb.yaml's 总经办).
 */
import { describe, expect, it } from 'vitest';
import { departmentOrder } from '../../src/model/hierarchy.js';
import { renderChart } from '../../src/chart/index.js';
import { renderDocs } from '../../src/docs/index.js';
import { computeStats, formatStatsText } from '../../src/stats/index.js';
import { modelOf, ORG } from '../helpers.js';

const FILES = {
  'org.yaml': ORG + 'top: gm\n',
  'departments/finance.yaml': `kind: Department
id: finance
name: 财务部
head: cfo
roles:
  - {id: cfo, title: 财务经理, reports_to: gm}
  - {id: cashier, title: 出纳, reports_to: cfo}
`,
  'departments/zjb.yaml': `kind: Department
id: zjb
name: 总经办
head: gm
roles:
  - {id: gm, title: 总经理}
`,
};

/** Where each needle first appears in text, asserting it does. */
function positions(text: string, needles: string[]): number[] {
  return needles.map((n) => {
    const at = text.indexOf(n);
    expect(at, `${n} in output`).toBeGreaterThanOrEqual(0);
    return at;
  });
}

function expectInOrder(text: string, needles: string[]) {
  const at = positions(text, needles);
  expect(at).toEqual([...at].sort((a, b) => a - b));
}

describe('sibling order', () => {
  it('puts the top role’s department first by default, not the file path order', () => {
    const model = modelOf(FILES);
    expect(departmentOrder(model).map((v) => v.dept.id)).toEqual(['zjb', 'finance']);
    expectInOrder(formatStatsText(computeStats(model)), ['总经办', '财务部']);
    const readme = renderDocs(model, { format: 'markdown', lang: 'zh-CN' }).get('README.md')!;
    expectInOrder(readme, ['总经办', '财务部']);
  });

  it('sorts sibling departments and roles by `order` in the chart, docs and stats', async () => {
    const model = modelOf({
      ...FILES,
      'departments/zjb.yaml': FILES['departments/zjb.yaml'] + 'order: 2\n',
      'departments/finance.yaml': `kind: Department
id: finance
name: 财务部
head: cfo
order: 1
roles:
  - {id: cfo, title: 财务经理, reports_to: gm}
  - {id: cashier, title: 出纳, reports_to: gm, order: 2}
  - {id: accountant, title: 会计, reports_to: gm, order: 1}
`,
    });
    expect(departmentOrder(model).map((v) => v.dept.id)).toEqual(['finance', 'zjb']);
    expect(model.hierarchy.departmentRoles.get('finance')!.map((r) => r.id)).toEqual(['accountant', 'cashier', 'cfo']);
    expect(model.hierarchy.reports.get('gm')!.map((r) => r.id)).toEqual(['accountant', 'cashier', 'cfo']);

    expectInOrder(formatStatsText(computeStats(model)), ['财务部', '总经办']);
    const docs = renderDocs(model, { format: 'markdown', lang: 'zh-CN' });
    expectInOrder(docs.get('README.md')!, ['财务部', '总经办']);
    const rolesPage = [...docs.entries()].find(([p]) => /roles/i.test(p) && !p.includes('/'))?.[1];
    if (rolesPage) expectInOrder(rolesPage, ['会计', '出纳', '财务经理']);

    const mermaid = await renderChart(model, { format: 'mermaid' });
    expectInOrder(mermaid, ['会计', '出纳', '财务经理']);
  });

  it('keeps departments without `order` after those with one, in their default order', () => {
    const model = modelOf({
      ...FILES,
      'departments/audit.yaml': 'kind: Department\nid: audit\nname: 审计部\norder: 5\n',
      'departments/hr.yaml': 'kind: Department\nid: hr\nname: 人事部\n',
    });
    expect(departmentOrder(model).map((v) => v.dept.id)).toEqual(['audit', 'zjb', 'finance', 'hr']);
  });
});
