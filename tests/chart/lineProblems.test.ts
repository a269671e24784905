/** The structural line check itself: it must catch a line through a box and a dotted line along a solid one. */
import { describe, expect, it } from 'vitest';
import { lineProblems, segmentCrossesRect } from '../../src/chart/layout/lineProblems.js';
import { DottedRouter } from '../../src/chart/layout/dottedRoutes.js';
import type { Drawing, DrawingEdge, DrawingNode } from '../../src/chart/types.js';
import { roleBox } from '../support/drawing.js';

const box = (id: string, x: number, y: number): DrawingNode => roleBox({ id, x, y, width: 100, height: 40 });

function drawing(edges: DrawingEdge[]): Drawing {
  return {
    width: 600,
    height: 400,
    locale: 'en',
    title: '',
    subtitle: '',
    nodes: [box('a', 0, 0), box('b', 200, 0), box('c', 400, 0), box('d', 200, 200)],
    edges,
    legendY: 380,
    hasDotted: true,
  };
}

describe('lineProblems', () => {
  it('flags a segment through a box that is not one of its ends, and not one that only touches a border', () => {
    expect(segmentCrossesRect([0, 20], [600, 20], { x: 200, y: 0, width: 100, height: 40 })).toBe(true);
    expect(segmentCrossesRect([0, 40], [600, 40], { x: 200, y: 0, width: 100, height: 40 })).toBe(false);
    expect(segmentCrossesRect([150, 100], [350, -100], { x: 200, y: 0, width: 100, height: 40 })).toBe(true);
    const straight: DrawingEdge = {
      from: 'a',
      to: 'c',
      style: 'dotted',
      points: [
        [100, 20],
        [400, 20],
      ],
    };
    expect(lineProblems(drawing([straight]))).toEqual(['dotted line a → c crosses b']);
    const around: DrawingEdge = {
      from: 'a',
      to: 'c',
      style: 'dotted',
      points: [
        [50, 40],
        [50, 100],
        [450, 100],
        [450, 40],
      ],
    };
    expect(lineProblems(drawing([around]))).toEqual([]);
  });

  it('flags a dotted line running along a solid one, not one crossing it', () => {
    const solid: DrawingEdge = {
      from: 'b',
      to: 'd',
      style: 'solid',
      points: [
        [250, 40],
        [250, 120],
        [250, 200],
      ],
    };
    const along: DrawingEdge = {
      from: 'b',
      to: 'd',
      style: 'dotted',
      points: [
        [250, 40],
        [250, 200],
      ],
    };
    expect(lineProblems(drawing([solid, along]))).toEqual(['dotted line b → d runs along the solid line b → d']);
    const across: DrawingEdge = {
      from: 'a',
      to: 'c',
      style: 'dotted',
      points: [
        [50, 40],
        [50, 100],
        [450, 100],
        [450, 40],
      ],
    };
    expect(lineProblems(drawing([solid, across]))).toEqual([]);
  });

  it('the dotted router goes round the box in the way and off the solid line', () => {
    const d = drawing([]);
    const solid: DrawingEdge = {
      from: 'b',
      to: 'd',
      style: 'solid',
      points: [
        [250, 40],
        [250, 200],
      ],
    };
    const router = new DottedRouter(d.nodes, [solid], d);
    const points = router.route(d.nodes[0]!, d.nodes[2]!)!;
    expect(points.length).toBeGreaterThan(2);
    for (let i = 1; i < points.length; i++) {
      const [p, q] = [points[i - 1]!, points[i]!];
      expect(p[0] === q[0] || p[1] === q[1]).toBe(true); // orthogonal
    }
    const routed: DrawingEdge = { from: 'a', to: 'c', style: 'dotted', points };
    expect(lineProblems({ ...d, edges: [solid, routed] })).toEqual([]);
  });
});
