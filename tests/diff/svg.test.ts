/** `diff --format svg`: the HEAD chart with the changes highlighted and removed entities as ghosts. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../src/api.js';
import { decoratedView, diffOrgs, formatDiffSvg } from '../../src/diff/index.js';
import { seatsInSubtree } from '../../src/model/hierarchy.js';
import { METRICS } from '../../src/chart/draw/boxes.js';
import { colorIndexOf } from '../../src/chart/draw/palette.js';
import { textWidth } from '../../src/chart/draw/text.js';
import { modelOf, ORG } from '../helpers.js';

const FIXTURES = path.resolve(__dirname, '../fixtures/restructure');

function caseResult(name: string, reversed = false) {
  const before = loadOrg([path.join(FIXTURES, name, reversed ? 'after' : 'before')]);
  const after = loadOrg([path.join(FIXTURES, name, reversed ? 'before' : 'after')]);
  return diffOrgs(before, after);
}

/** The highlight groups drawn over the chart: "status:id". */
function highlights(svg: string): string[] {
  return [...svg.matchAll(/<g class="diff-(\w+)" data-id="([^"]+)">/g)].map((m) => `${m[1]!}:${m[2]!}`).sort();
}

describe('formatDiffSvg', () => {
  it('outlines added, moved and changed roles and departments', async () => {
    const svg = await formatDiffSvg(caseResult('promote'), { labels: { before: 'main', after: 'HEAD' } });
    expect(highlights(svg)).toEqual(['added:cs-presales-lead', 'changed:cs', 'changed:ops-lead', 'moved:cs-presales']);
    expect(svg).toContain('<title id="diff-title">orgctl diff: main → HEAD');
    // Legend words follow the org's locale (zh-CN).
    expect(svg).toContain('>新增</text>');
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg.match(/<\?xml/g)).toHaveLength(1); // the nested chart's declaration is dropped
  });

  it('draws removed roles and departments as ghosts, in their old place, without counting them in HEAD', async () => {
    // The split undone: the after-sales department and its lead are removed.
    const result = caseResult('split', true);
    const svg = await formatDiffSvg(result);
    expect(highlights(svg)).toEqual(expect.arrayContaining(['removed:aftersales', 'removed:aftersales-lead', 'moved:cs-aftersales']));
    // The ghost is laid out like any box: it has a place in the chart.
    expect(svg).toMatch(/<g data-id="aftersales-lead">/);
    // The heading counts HEAD (12 roles, 19 seats), not HEAD plus ghosts.
    expect(result.summary.after).toMatchObject({ roles: 12, seats: 19 });
    expect(svg).toContain('12 个岗位');
    expect(svg).toContain('编制 19');
    // The line to the ghost is dashed red over the erased solid line.
    expect(svg).toContain('stroke="#cf222e" stroke-width="1.5" stroke-dasharray="6 4"');
  });

  it('decorates the HEAD view before layout: statuses, ghosts in their old place, HEAD counts, HEAD model untouched', () => {
    const result = caseResult('split', true);
    const view = decoratedView(result);
    const box = (id: string) => view.boxes.find((b) => b.id === id);
    const group = (id: string) => view.groups.find((g) => g.id === id);
    expect(box('aftersales-lead')).toMatchObject({ status: 'removed', group: 'aftersales' });
    expect(group('aftersales')).toMatchObject({ status: 'removed' });
    expect(box('cs-aftersales')!.status).toBe('moved');
    // The ghost hangs under its old manager; its department counts only its ghosts.
    expect(view.edges).toContainEqual({ from: '总经理', to: 'aftersales-lead', style: 'solid' });
    expect(group('aftersales')!.seats).toBe(view.boxes.filter((b) => b.group === 'aftersales').reduce((s, b) => s + b.seats, 0));
    // HEAD's own departments keep HEAD's seats, and the HEAD model is not touched.
    const heads = view.groups.filter((x) => x.status !== 'removed');
    expect(heads.length).toBeGreaterThan(0);
    for (const g of heads) expect(g.seats).toBe(seatsInSubtree(result.models.after, g.id));
    expect(result.models.after.roles.has('aftersales-lead')).toBe(false);
    // Department colours are a function of the id, ghosts included: the same as in `orgctl chart`.
    for (const g of view.groups) expect(g.color).toBe(colorIndexOf(g.id));
    const unchanged = decoratedView(caseResult('kpi-retarget'));
    expect(unchanged.boxes.some((b) => b.status === 'removed')).toBe(false);
  });

  it('escapes user strings and is byte-identical for the same input', async () => {
    const dept = (title: string) =>
      `kind: Department\nid: d\nname: "部<门>"\nhead: a\nroles:\n  - {id: a, title: "${title}"}\n  - {id: b, title: 专员, reports_to: a}\n`;
    const before = modelOf({ 'org.yaml': ORG, 'd.yaml': dept('主管') });
    const after = modelOf({ 'org.yaml': ORG, 'd.yaml': dept('<script>alert(1)</script> & 主管') });
    const result = diffOrgs(before, after);
    const svg = await formatDiffSvg(result, { labels: { before: '<base>', after: 'HEAD' } });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<base>');
    expect(svg).toContain('&lt;script&gt;');
    expect(highlights(svg)).toEqual(['changed:a']);
    expect(await formatDiffSvg(diffOrgs(before, after), { labels: { before: '<base>', after: 'HEAD' } })).toBe(svg);
  });

  it('a department header counts HEAD even when the ghosts would have made it wrap (it was laid out, and left, with their seats)', async () => {
    // A name that fits on one line with "· 编制 9" and wraps with "· 编制 10".
    const fits = (name: string, seats: number) =>
      textWidth(name, METRICS.headerSize, true) + textWidth(` · 编制 ${seats}`, METRICS.headerSize) <= METRICS.headerMaxWidth;
    let name = '客户服务部';
    while (fits(name + 'i', 9)) name += 'i';
    expect([fits(name, 9), fits(name, 10)]).toEqual([true, false]);
    const dept = (roles: string) =>
      `kind: Department\nid: d\nname: ${name}\nhead: a\nroles:\n  - {id: a, title: 主管, headcount: 9}\n${roles}`;
    const before = modelOf({ 'org.yaml': `${ORG}locale: zh-CN\n`, 'd.yaml': dept('  - {id: b, title: 专员, reports_to: a}\n') });
    const after = modelOf({ 'org.yaml': `${ORG}locale: zh-CN\n`, 'd.yaml': dept('') });
    const svg = await formatDiffSvg(diffOrgs(before, after));
    expect(highlights(svg)).toEqual(['removed:b']);
    expect(svg).toContain('<tspan class="meta"> · 编制 9</tspan>');
    expect(svg).not.toContain('编制 10');
  });
});
