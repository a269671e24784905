/**
 * The layouts place.ts computes itself instead of running ELK (layout/withoutElk.ts): the same positions
 * and sizes as ELK gives, on random graphs of each kind the shortcut takes; ELK for everything else; and
 * no ELK run at all for a generated org, whose departments are all of those kinds.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { layoutOrgChart } from '../../src/chart/index.js';
import { ElkMemo, runElk, stopElk, useElkMemo } from '../../src/chart/layout/elk.js';
import { SHARED_OPTIONS } from '../../src/chart/layout/elkOptions.js';
import { ELK_DEFAULT_PADDING, layOutWithoutElk, type Padding } from '../../src/chart/layout/withoutElk.js';
import { generated } from './fixtures.js';

afterAll(() => {
  stopElk();
});

/** A small deterministic generator (the same graphs every run). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const DEPARTMENT_PADDING: Padding = { top: 42, left: 14, bottom: 14, right: 14 };
const paddingOption = (p: Padding) => ({ 'elk.padding': `[top=${p.top},left=${p.left},bottom=${p.bottom},right=${p.right}]` });

/** A head and `reports` boxes it manages, listed in a shuffled order; sizes integral (as the chart's are) or not. */
function headAndReports(rnd: () => number, reports: number, integral: boolean): ElkNode {
  const size = (lo: number, hi: number) => (integral ? Math.round(lo + rnd() * (hi - lo)) : lo + rnd() * (hi - lo));
  const head = { id: 'head', width: size(60, 400), height: size(30, 120) };
  const kids = Array.from({ length: reports }, (_, i) => ({
    id: `r${i}`,
    width: size(40, rnd() < 0.3 ? 4000 : 400),
    height: size(30, 2000),
  }));
  const children = [...kids, head].sort(() => rnd() - 0.5);
  const edges = kids.map((k, i) => ({ id: `e${i}`, sources: ['head'], targets: [k.id] }));
  return { id: 'department', layoutOptions: paddingOption(DEPARTMENT_PADDING), children, edges };
}

/** The shortcut's layout equals ELK's: every child's position and the graph's size (within float rounding). */
async function expectAsElk(graph: ElkNode, padding: Padding): Promise<boolean> {
  const ours = layOutWithoutElk(structuredClone(graph), padding);
  if (!ours) return false;
  const elk = await runElk(structuredClone(graph), SHARED_OPTIONS);
  const where = (g: ElkNode) => Object.fromEntries((g.children ?? []).map((c) => [c.id, [c.x ?? NaN, c.y ?? NaN, c.width, c.height]]));
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  const ourPlaces = where(ours);
  for (const [id, [x, y, w, h]] of Object.entries(where(elk))) {
    const [ox, oy, ow, oh] = ourPlaces[id]!;
    expect(
      close(ox!, x!) && close(oy!, y!) && ow === w && oh === h,
      `${id}: ours ${JSON.stringify([ox, oy])} ELK ${JSON.stringify([x, y])} in ${JSON.stringify(graph)}`,
    ).toBe(true);
  }
  expect(close(ours.width!, elk.width!) && close(ours.height!, elk.height!), `size in ${JSON.stringify(graph)}`).toBe(true);
  return true;
}

describe('layouts without ELK', () => {
  it('a head with one or two reports: where ELK puts them, whenever the shortcut takes the graph', { timeout: 60_000 }, async () => {
    const rnd = random(7);
    let taken = 0;
    const tries = 120;
    for (let i = 0; i < tries; i++) {
      if (await expectAsElk(headAndReports(rnd, 1 + Math.floor(rnd() * 2), rnd() < 0.7), DEPARTMENT_PADDING)) taken++;
    }
    // Most heads sit over their row; the shortcut must be taking those, or this test checks nothing.
    expect(taken).toBeGreaterThan(tries / 3);
  });

  it('a single node with no edges, with the padding given or ELK’s default', async () => {
    const rnd = random(11);
    for (let i = 0; i < 10; i++) {
      const node = { id: 'only', width: Math.round(rnd() * 5000), height: Math.round(rnd() * 3000) };
      expect(await expectAsElk({ id: 'root', children: [node], edges: [] }, ELK_DEFAULT_PADDING)).toBe(true);
      expect(
        await expectAsElk({ id: 'd', layoutOptions: paddingOption(DEPARTMENT_PADDING), children: [node], edges: [] }, DEPARTMENT_PADDING),
      ).toBe(true);
    }
  });

  it('leaves to ELK what it does not lay out the same way', () => {
    const box = (id: string, width = 200, height = 60) => ({ id, width, height });
    const edge = (id: string, from: string, to: string) => ({ id, sources: [from], targets: [to] });
    const cases: Record<string, ElkNode> = {
      'three reports': {
        id: 'g',
        children: [box('h'), box('a'), box('b'), box('c')],
        edges: [edge('1', 'h', 'a'), edge('2', 'h', 'b'), edge('3', 'h', 'c')],
      },
      'a chain': { id: 'g', children: [box('h'), box('a'), box('b')], edges: [edge('1', 'h', 'a'), edge('2', 'a', 'b')] },
      'a head wider than its row': { id: 'g', children: [box('h', 900), box('a', 100)], edges: [edge('1', 'h', 'a')] },
      'two unconnected nodes': { id: 'g', children: [box('a'), box('b')], edges: [] },
      'a node with children of its own': { id: 'g', children: [{ ...box('a'), children: [box('x')] }], edges: [] },
      'an edge with a label': { id: 'g', children: [box('h'), box('a')], edges: [{ ...edge('1', 'h', 'a'), labels: [{ text: 'x' }] }] },
      'an edge to nowhere': { id: 'g', children: [box('h'), box('a')], edges: [edge('1', 'h', 'zz')] },
    };
    for (const [what, graph] of Object.entries(cases)) expect(layOutWithoutElk(graph, DEPARTMENT_PADDING), what).toBeUndefined();
  });

  it('a generated org of 1,000 roles is charted with no ELK run at all', { timeout: 60_000 }, async () => {
    const memo = new ElkMemo();
    useElkMemo(memo);
    try {
      const drawing = await layoutOrgChart(await generated(1000));
      expect(drawing.nodes.length).toBeGreaterThan(1000);
      expect(memo.ran).toBe(0);
    } finally {
      useElkMemo(undefined);
    }
  });
});
