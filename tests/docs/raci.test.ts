import { describe, expect, it } from 'vitest';
import { participationByRole, raciMatrix } from '../../src/docs/raci.js';
import { stepGraph } from '../../src/lint/rules/utils/workflowGraph.js';
import { renderDocs } from '../../src/docs/index.js';
import { modelOf, ORG } from '../helpers.js';
import { shop } from './fixtures.js';

/** The matrix as rows of "role: cell | cell | …" (easy to check by hand). */
function rows(m: ReturnType<typeof raciMatrix>): string[] {
  return m.roles.map((role, r) => `${role}: ${m.cells[r]!.map((c) => c.join('/') || '-').join(' | ')}`);
}

describe('RACI', () => {
  it('matches the hand-checked matrix of 售前接待 (default A = R, explicit A, C, I, a role with two letters)', () => {
    const wf = shop().workflows.get('售前接待')!;
    // Steps: 接待 (R 售前客服, A defaults to R) · 推荐 (R 售前客服, A 客服主管, C 运营专员)
    //        下单 (R 售前客服, I 运营主管 + 客服主管) · 结束 (R = A = 客服主管)
    expect(rows(raciMatrix(wf))).toEqual([
      '售前客服: R/A | R | R/A | -',
      '客服主管: - | A | I | R/A',
      '运营专员: - | C | - | -',
      '运营主管: - | - | I | -',
    ]);
  });

  it('every step has exactly one A and at least one R', () => {
    const m = raciMatrix(shop().workflows.get('售前接待')!);
    m.steps.forEach((_, s) => {
      const column = m.cells.map((row) => row[s]!);
      expect(column.filter((c) => c.includes('A'))).toHaveLength(1);
      expect(column.filter((c) => c.includes('R')).length).toBeGreaterThanOrEqual(1);
    });
  });

  it('turned around, lists each role’s steps in workflow order', () => {
    const parts = participationByRole(shop()).get('客服主管')!;
    expect(parts.map((p) => `${p.step.id}:${p.letters.join('')}`)).toEqual(['推荐:A', '下单:I', '结束:RA']);
    expect(
      participationByRole(shop())
        .get('运营专员')!
        .map((p) => p.letters),
    ).toEqual([['C']]);
  });

  it('a role named twice on a step (consulted and informed) gets each letter once, in R A C I order', () => {
    const model = modelOf({
      'o.yaml': `${ORG}---
kind: Workflow
id: w
name: W
steps:
  - {id: a, role: x, informed: [y, y], consulted: [y]}
`,
    });
    expect(rows(raciMatrix(model.workflows.get('w')!))).toEqual(['x: R/A', 'y: C/I']);
  });

  it('successors: explicit next, the following step by default, [] and the last step end', () => {
    const wf = shop().workflows.get('售前接待')!;
    expect(stepGraph(wf).successors.map((list) => list.map(({ id }) => id))).toEqual([['推荐'], ['下单', '结束'], ['结束'], []]);
  });

  it('the workflow page prints the same matrix, and each job description its steps', () => {
    const files = renderDocs(shop(), { format: 'markdown' });
    const page = files.get('workflows/售前接待.md')!;
    const matrix = page.slice(page.indexOf('## RACI'));
    expect(matrix).toContain('| [售前客服](../roles/售前客服.md) | R/A | R | R/A |   |');
    expect(matrix).toContain('| [运营主管](../roles/运营主管.md) |   |   | I |   |');
    const jd = files.get('roles/客服主管.md')!;
    expect(jd).toContain('| 2. 推荐商品 | A 审批负责 |');
    expect(jd).toContain('| 4. 结束接待 | R 执行、A 审批负责 |');
  });
});
