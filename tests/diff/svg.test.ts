/** `diff --format svg`: the HEAD chart with the changes highlighted and removed entities as ghosts. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../src/api.js';
import { diffOrgs, formatDiffSvg, withGhosts } from '../../src/diff/index.js';
import { modelOf, ORG } from '../helpers.js';

const FIXTURES = path.resolve(__dirname, '../fixtures/restructure');

function caseResult(name: string, reversed = false) {
  const before = loadOrg([path.join(FIXTURES, name, reversed ? 'after' : 'before')]);
  const after = loadOrg([path.join(FIXTURES, name, reversed ? 'before' : 'after')]);
  return diffOrgs(before, after);
}

/** The highlight groups drawn over the chart: "status:id". */
function highlights(svg: string): string[] {
  return [...svg.matchAll(/<g class="diff-(\w+)" data-id="([^"]+)">/g)].map((m) => `${m[1]}:${m[2]}`).sort();
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

  it('withGhosts puts the removed entities back into a copy of HEAD only', () => {
    const result = caseResult('split', true);
    const model = withGhosts(result);
    expect(model.roles.has('aftersales-lead')).toBe(true);
    expect(model.departments.has('aftersales')).toBe(true);
    expect(result.models.after.roles.has('aftersales-lead')).toBe(false);
    expect(model.hierarchy.reports.get('总经理')!.map((r) => r.id)).toContain('aftersales-lead');
    const unchanged = caseResult('promote');
    expect(withGhosts(unchanged)).toBe(unchanged.models.after);
  });

  it('escapes user strings and is byte-identical for the same input', async () => {
    const dept = (title: string) => `kind: Department\nid: d\nname: "部<门>"\nhead: a\nroles:\n  - {id: a, title: "${title}"}\n  - {id: b, title: 专员, reports_to: a}\n`;
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
});
