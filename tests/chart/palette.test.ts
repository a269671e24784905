/** Department colours: a function of the department id, the same in the chart and in the diff's SVG. */
import { describe, expect, it } from 'vitest';
import { colorIndexOf, PALETTE_SIZE, paletteFor } from '../../src/chart/draw/palette.js';
import { computeView } from '../../src/chart/views/select.js';
import { decoratedView, diffOrgs } from '../../src/diff/index.js';
import { org } from './fixtures.js';

const DEPTS = ['运营部', '客服部', '财务部'];

function yamlOf(departments: string[]): string {
  return departments
    .map(
      (d, i) =>
        `kind: Department\nid: ${d}\nname: ${d}\nroles:\n  - id: ${d}-头\n    title: ${d}负责人${i === 0 ? '' : `\n    reports_to: ${departments[0]!}-头`}\n`,
    )
    .join('---\n');
}

const colours = (g: ReturnType<typeof computeView>) => new Map(g.groups.map((x) => [x.id, x.color]));

describe('department colours', () => {
  it('are FNV-1a of the id, within the palette, neutral without a department', () => {
    // FNV-1a 32 of "a" is 0xe40c292c.
    expect(colorIndexOf('a')).toBe(0xe40c292c % PALETTE_SIZE);
    expect(colorIndexOf(undefined)).toBe(-1);
    for (const id of ['运营部', 'ops', '']) expect(colorIndexOf(id)).toBeGreaterThanOrEqual(0);
    expect(paletteFor(colorIndexOf('运营部')).stroke).toBe(paletteFor(colorIndexOf('运营部')).stroke);
  });

  it('do not repaint the other departments when one is added in front of them', () => {
    const before = colours(computeView(org(yamlOf(DEPTS)), { kind: 'roles' }));
    const after = colours(computeView(org(yamlOf(['新部门', ...DEPTS])), { kind: 'roles' }));
    for (const d of DEPTS) expect(after.get(d)).toBe(before.get(d));
    // …and a box is painted like its department.
    const boxes = computeView(org(yamlOf(DEPTS)), { kind: 'roles' }).boxes;
    for (const b of boxes) expect(b.color).toBe(colorIndexOf(b.group));
  });

  it('are the same in the diff SVG as in the chart, ghosts included', () => {
    const before = org(yamlOf(DEPTS));
    const after = org(yamlOf(['新部门', ...DEPTS.slice(1)]));
    const view = decoratedView(diffOrgs(before, after));
    for (const g of view.groups) expect(g.color, g.id).toBe(colorIndexOf(g.id));
    const chart = colours(computeView(after, { kind: 'roles' }));
    for (const [id, c] of chart) expect(colours(view).get(id)).toBe(c);
    expect(colours(view).get('运营部')).toBe(colorIndexOf('运营部')); // the removed department, as a ghost
  });
});
