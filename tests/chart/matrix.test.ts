/**
 * examples/matrix-ecommerce: 40 roles in eleven departments with eleven
 * dotted lines between departments (推广 → 市场推广部, 售后 → 仓储, 数据分析 →
 * 天猫 …), and seed titles long enough to wrap. The chart a wall gets: no line
 * through a box, no dotted line along a solid one, dotted lines side by side
 * far enough apart to be told apart, titles wrapped whole.
 */
import { describe, expect, it } from 'vitest';
import { METRICS } from '../../src/chart/draw/boxes.js';
import { layoutOrgChart } from '../../src/chart/index.js';
import { DOTTED_GAP } from '../../src/chart/layout/dottedRoutes.js';
import { lineProblems } from '../../src/chart/layout/lineProblems.js';
import type { Drawing } from '../../src/chart/types.js';
import { example } from './fixtures.js';

let drawn: Promise<Drawing> | undefined;
const drawing = () => (drawn ??= layoutOrgChart(example('matrix-ecommerce')));

const titleLines = (d: Drawing, id: string) =>
  d.nodes
    .find((n) => n.id === id)!
    .lines.filter((l) => l.spans[0]?.tone === 'title')
    .map((l) => l.spans.map((s) => s.text).join(''));

/**
 * Every two segments of different dotted lines that run side by side (parallel, overlapping by more than
 * 2 px along their length), with the distance between them, closest first.
 */
function dottedNeighbours(d: Drawing): { distance: number; pair: string }[] {
  const segments = d.edges
    .filter((e) => e.style === 'dotted')
    .flatMap((e) =>
      e.points.slice(1).map((b, i) => {
        const a = e.points[i]!;
        const vertical = a[0] === b[0];
        const [along, at] = vertical ? [1, 0] : [0, 1];
        return {
          e,
          vertical,
          at: a[at]!,
          lo: Math.min(a[along]!, b[along]!),
          hi: Math.max(a[along]!, b[along]!),
          text: `${a.join(',')} → ${b.join(',')}`,
        };
      }),
    );
  const out: { distance: number; pair: string }[] = [];
  segments.forEach((s, i) => {
    for (const t of segments.slice(i + 1)) {
      if (s.e === t.e || s.vertical !== t.vertical || Math.min(s.hi, t.hi) - Math.max(s.lo, t.lo) <= 2) continue;
      const distance = Math.abs(s.at - t.at);
      out.push({ distance, pair: `${s.e.from} → ${s.e.to} (${s.text}) and ${t.e.from} → ${t.e.to} (${t.text}): ${distance} px` });
    }
  });
  return out.sort((a, b) => a.distance - b.distance);
}

describe('matrix-ecommerce', () => {
  it('has at least six dotted lines between departments, none through a box or along a solid line', async () => {
    const d = await drawing();
    const parent = new Map(d.nodes.map((n) => [n.id, n.parent]));
    const across = d.edges.filter((e) => e.style === 'dotted' && parent.get(e.from) !== parent.get(e.to));
    expect(across.length).toBeGreaterThanOrEqual(6);
    expect(d.nodes.filter((n) => n.kind === 'role')).toHaveLength(40);
    expect(lineProblems(d)).toEqual([]);
  });

  it('runs dotted lines side by side at least DOTTED_GAP apart, so two never read as one thick line', async () => {
    const side = dottedNeighbours(await drawing());
    expect(side.length).toBeGreaterThan(0); // the chart has dotted lines side by side to measure
    const tooClose = side.filter((n) => n.distance < DOTTED_GAP - 0.1); // coordinates are rounded to 0.1
    expect(tooClose.map((n) => n.pair)).toEqual([]);
  });

  it('wraps the seed titles whole: the bracketed platforms on their own line, no character alone', async () => {
    const d = await drawing();
    expect(titleLines(d, 'tmall-ads')).toEqual(['付费推广专员', '(直通车/万相台)']);
    expect(titleLines(d, 'tmall-events')).toEqual(['活动策划专员', '(聚划算/淘抢购)']);
    // One character more than a line: not 天猫旗舰店店铺运营负责 / 人.
    expect(titleLines(d, 'tmall-lead')).toEqual(['天猫旗舰店店', '铺运营负责人']);
  });

  it('sizes each box to its wrapped lines', async () => {
    const d = await drawing();
    for (const n of d.nodes.filter((x) => x.kind === 'role')) {
      const text = n.lines.reduce((h, l) => h + l.height, 0);
      expect(n.height, n.id).toBe(Math.max(METRICS.minHeight, Math.ceil(METRICS.padTop + text + METRICS.padBottom)));
      for (const l of n.lines) expect(l.width, n.id).toBeLessThanOrEqual(n.width - 2 * METRICS.padX);
    }
    expect(titleLines(d, 'jd-lead')).toHaveLength(1);
  });
});
