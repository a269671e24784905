/**
 * The diff SVG marks only what changed: a removed report's own stretch of line
 * (not the connector its kept siblings share), and a changed box's before →
 * after. Checked on the SVG as parsed (the overlay paths and badges), against
 * the drawing's routes.
 */
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../src/api.js';
import { drawChart } from '../../src/chart/index.js';
import type { DrawingEdge } from '../../src/chart/types.js';
import { decoratedView, diffOrgs, formatDiffSvg, type DiffResult } from '../../src/diff/index.js';
import { Cover, ownStretches } from '../../src/diff/format/svgEdges.js';
import { modelOf, ORG } from '../helpers.js';

const FIXTURE = path.resolve(__dirname, '../fixtures/restructure/removal-over-policy');
const RED = '#cf222e';

type Point = [number, number];
type Segment = [Point, Point];

interface XmlNode {
  [key: string]: unknown;
}
const list = (v: unknown): XmlNode[] => (v === undefined ? [] : Array.isArray(v) ? (v as XmlNode[]) : [v as XmlNode]);

/** The overlay group of a diff SVG, parsed. */
function overlay(svg: string): XmlNode {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(svg) as { svg: XmlNode };
  const group = list(doc.svg.g).find((g) => g.class === 'diff');
  expect(group).toBeDefined();
  return group!;
}

/** Every straight segment of the red dashed lines drawn over the chart. */
function redDashedSegments(svg: string): { paths: number; segments: Segment[] } {
  const paths = list(overlay(svg).path).filter((p) => p.stroke === RED && p['stroke-dasharray'] !== undefined);
  const segments: Segment[] = [];
  for (const p of paths) {
    const points = [...String(p.d).matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m): Point => [Number(m[1]), Number(m[2])]);
    for (let i = 1; i < points.length; i++) segments.push([points[i - 1]!, points[i]!]);
  }
  return { paths: paths.length, segments };
}

/** The badge texts of the changed boxes, by id. */
function changedBadges(svg: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const g of list(overlay(svg).g)) if (g.class === 'diff-changed') out[String(g['data-id'])] = String((g.text as XmlNode)['#text']);
  return out;
}

const length = ([a, b]: Segment) => Math.hypot(b[0] - a[0], b[1] - a[1]);

/** How much of segment `s` runs along `route` (both orthogonal). */
function overlap(s: Segment, route: readonly Point[]): number {
  let total = 0;
  for (let i = 1; i < route.length; i++) {
    const [a, b] = [route[i - 1]!, route[i]!];
    const horizontal = a[1] === b[1] && s[0][1] === s[1][1] && a[1] === s[0][1];
    const vertical = a[0] === b[0] && s[0][0] === s[1][0] && a[0] === s[0][0];
    const k = horizontal ? 0 : vertical ? 1 : undefined;
    if (k === undefined) continue;
    const lo = Math.max(Math.min(a[k], b[k]), Math.min(s[0][k], s[1][k]));
    const hi = Math.min(Math.max(a[k], b[k]), Math.max(s[0][k], s[1][k]));
    total += Math.max(0, hi - lo);
  }
  return total;
}

async function routes(result: DiffResult): Promise<DrawingEdge[]> {
  return (await drawChart(decoratedView(result, 'zh-CN'))).edges.filter((e) => e.style === 'solid');
}

function fixtureResult(): DiffResult {
  return diffOrgs(loadOrg([path.join(FIXTURE, 'before')]), loadOrg([path.join(FIXTURE, 'after')]));
}

/** Red dashed stretches lie on the removed line, never on a kept sibling's, and cover the removed line's own part. */
async function expectOnlyRemovedEdge(result: DiffResult, removed: string, manager: string, redPaths = 1): Promise<Segment[]> {
  const svg = await formatDiffSvg(result);
  const all = redDashedSegments(svg);
  expect(all.paths).toBe(redPaths);
  const edges = (await routes(result)).filter((e) => e.from === manager);
  // The dashed stretches drawn on this manager's lines (a removed team below has its own).
  const segments = all.segments.filter((s) => edges.some((e) => overlap(s, e.points) > 0));
  const gone = edges.find((e) => e.to === removed)!;
  const siblings = edges.filter((e) => e !== gone);
  expect(siblings.length).toBeGreaterThan(0);
  expect(segments.length).toBeGreaterThan(0);
  for (const s of segments) {
    expect(overlap(s, gone.points), `${JSON.stringify(s)} is on the removed line`).toBeCloseTo(length(s), 1);
    for (const sib of siblings) expect(overlap(s, sib.points), `${JSON.stringify(s)} runs along ${sib.to}'s line`).toBe(0);
  }
  return segments;
}

describe('diff SVG: a removed role marks only its own line', () => {
  it('removing 客服培训专员 dashes its stretch of the spine, not the connector 客服主管 keeps for its siblings', async () => {
    const segments = await expectOnlyRemovedEdge(fixtureResult(), 'cs-trainer', 'cs-lead');
    // From the last kept sibling's branch down to the ghost, and into it.
    expect(segments.reduce((sum, s) => sum + length(s), 0)).toBeGreaterThan(0);
  });

  it('a report removed from a bus: its end of the bus and its drop, not the trunk its siblings share', async () => {
    // Reports with teams of their own are laid out on a bus, not stacked.
    const dept = (roles: string[]) =>
      `kind: Department\nid: d\nname: 部门\nhead: boss\nroles:\n  - {id: boss, title: 经理}\n` +
      roles.map((r) => `  - {id: ${r}, title: ${r}, reports_to: boss}\n  - {id: ${r}-sub, title: 组员, reports_to: ${r}}\n`).join('');
    const before = modelOf({ 'org.yaml': ORG, 'd.yaml': dept(['a', 'b', 'c']) });
    const after = modelOf({ 'org.yaml': ORG, 'd.yaml': dept(['a', 'c']) });
    const result = diffOrgs(before, after);
    // Two dashed lines: b's own drop, and the line from b down to its (removed) team.
    const segments = await expectOnlyRemovedEdge(result, 'b', 'boss', 2);
    // Nothing above the bus: the trunk from the manager down to it is a's and c's too.
    const trunk = (await routes(result)).find((e) => e.to === 'b')!.points.slice(0, 2);
    for (const s of segments) expect(overlap(s, trunk)).toBe(0);
  });

  it('when every report goes, the whole connector goes with them', () => {
    const route = (x: number): DrawingEdge => ({
      from: 'm',
      to: `r${x}`,
      style: 'solid',
      points: [
        [50, 0],
        [50, 10],
        [x, 10],
        [x, 20],
      ],
    });
    // Both reports removed: nothing kept, so each line is its own from the manager down.
    expect(ownStretches(route(0), new Cover([]))).toEqual([route(0).points]);
    // One kept at x=100: the removed one at x=0 keeps the bus from 50 leftwards and its drop.
    expect(ownStretches(route(0), new Cover([route(100)]))).toEqual([
      [
        [50, 10],
        [0, 10],
        [0, 20],
      ],
    ]);
  });
});

describe('diff SVG: a changed box says before → after', () => {
  it('shows ×6 → ×4 for a seat cut and ×2 → ×5 for growth, not a bare badge', async () => {
    const badges = changedBadges(await formatDiffSvg(fixtureResult()));
    expect(badges).toEqual({ 'cs-presales': '×6 → ×4', 活动策划: '×2 → ×5' });
  });

  it('names the field when it is not a figure, and escapes nothing into markup', async () => {
    const dept = (title: string, budget: number) =>
      `kind: Department\nid: d\nname: 部门\nhead: a\nheadcount_budget: ${budget}\nroles:\n  - {id: a, title: "${title}"}\n`;
    const before = modelOf({ 'org.yaml': `${ORG}locale: en\n`, 'd.yaml': dept('Boss', 3) });
    const after = modelOf({ 'org.yaml': `${ORG}locale: en\n`, 'd.yaml': dept('<b>Boss</b>', 2) });
    const svg = await formatDiffSvg(diffOrgs(before, after));
    expect(changedBadges(svg)).toEqual({ a: 'changed: title', d: 'headcount_budget 3 → 2' });
  });
});
