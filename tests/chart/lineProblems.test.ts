/**
 * The structural line check itself: it must catch a line through a box, a dotted line along a solid one
 * and two dotted lines with no end in common on one track.
 */
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

  it('flags two dotted lines with no end in common sharing a stretch, not two from one manager', () => {
    const under = (from: string, to: string, x0: number, x1: number): DrawingEdge => ({
      from,
      to,
      style: 'dotted',
      points: [
        [x0, 40],
        [x0, 100],
        [x1, 100],
        [x1, 40],
      ],
    });
    expect(lineProblems(drawing([under('a', 'c', 50, 450), under('b', 'c', 250, 430)]))).toEqual([]);
    expect(lineProblems(drawing([under('a', 'c', 50, 450), under('a', 'b', 70, 250)]))).toEqual([]);
    const dLine: DrawingEdge = {
      from: 'd',
      to: 'b',
      style: 'dotted',
      points: [
        [220, 200],
        [220, 100],
        [180, 100],
        [180, 20],
        [200, 20],
      ],
    };
    expect(lineProblems(drawing([under('a', 'c', 50, 450), dLine]))).toEqual(['dotted line a → c runs along the dotted line d → b']);
  });

  it('the dotted router keeps a later line off the track of an earlier one', () => {
    // A wall with one gap between two managers above and their dotted reports below, crosswise:
    // both lines must pass the gap, and the second takes its own column there.
    const boxes = [
      roleBox({ id: 'left', x: 0, y: 100, width: 180, height: 40 }),
      roleBox({ id: 'right', x: 220, y: 100, width: 380, height: 40 }),
      roleBox({ id: 'm1', x: 0, y: 0, width: 100, height: 40 }),
      roleBox({ id: 'm2', x: 450, y: 0, width: 100, height: 40 }),
      roleBox({ id: 'r1', x: 450, y: 250, width: 100, height: 40 }),
      roleBox({ id: 'r2', x: 0, y: 250, width: 100, height: 40 }),
    ];
    const d: Drawing = { ...drawing([]), nodes: boxes };
    const router = new DottedRouter(boxes, [], d);
    const at = (id: string) => boxes.find((n) => n.id === id)!;
    const first: DrawingEdge = { from: 'm1', to: 'r1', style: 'dotted', points: router.route(at('m1'), at('r1'))! };
    const second: DrawingEdge = { from: 'm2', to: 'r2', style: 'dotted', points: router.route(at('m2'), at('r2'))! };
    expect(lineProblems({ ...d, edges: [first, second] })).toEqual([]);
  });
});
