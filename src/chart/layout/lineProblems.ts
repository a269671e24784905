/**
 * The structural check on a drawing's lines, used by the tests on every
 * golden chart and on a generated 3k-role org: no line segment passes
 * through a box it does not start or end at, no dotted line runs along
 * a solid one (a reader could not tell which is which), and no two dotted
 * lines with no end in common share a stretch (which arrow goes where?). Department boxes are
 * containers, lines enter them on purpose; role boxes (and the department
 * chart's boxes) are what a line must not cross.
 *
 * Near-linear: the boxes go into a grid index (boxGrid.ts), and each segment
 * is tested only against the boxes in the cells it passes; the solid segments
 * likewise, for the dotted ones.
 */
import type { Drawing, DrawingEdge } from '../types.js';
import { BoxGrid } from './boxGrid.js';
import type { Rect } from './geometry.js';

type Point = [number, number];

/** How far inside a box a segment must get to count as crossing it (coordinates are rounded to 0.1). */
const INSET = 0.5;

/** Whether the segment a→b passes through the inside of `r` (Liang–Barsky clipping). */
export function segmentCrossesRect(a: Point, b: Point, r: Rect, inset = INSET): boolean {
  const [x0, y0, x1, y1] = [r.x + inset, r.y + inset, r.x + r.width - inset, r.y + r.height - inset];
  if (x1 <= x0 || y1 <= y0) return false;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q > 0;
    const t = q / p;
    if (p < 0) {
      if (t >= t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t <= t0) return false;
      if (t < t1) t1 = t;
    }
    return true;
  };
  return clip(-dx, a[0] - x0) && clip(dx, x1 - a[0]) && clip(-dy, a[1] - y0) && clip(dy, y1 - a[1]) && t1 - t0 > 1e-9;
}

interface Segment extends Rect {
  a: Point;
  b: Point;
  edge: DrawingEdge;
}

function segmentsOf(edges: DrawingEdge[]): Segment[] {
  const out: Segment[] = [];
  for (const edge of edges)
    for (let i = 1; i < edge.points.length; i++) {
      const [a, b] = [edge.points[i - 1]!, edge.points[i]!];
      const x = Math.min(a[0], b[0]);
      const y = Math.min(a[1], b[1]);
      out.push({ a, b, edge, x, y, width: Math.abs(a[0] - b[0]), height: Math.abs(a[1] - b[1]) });
    }
  return out;
}

/** Length two axis-parallel segments share on one line (0 when they only cross or touch). */
function sharedRun(s: Segment, t: Segment): number {
  const tol = 1;
  if (s.height === 0 && t.height === 0 && Math.abs(s.y - t.y) < tol) return Math.min(s.x + s.width, t.x + t.width) - Math.max(s.x, t.x);
  if (s.width === 0 && t.width === 0 && Math.abs(s.x - t.x) < tol) return Math.min(s.y + s.height, t.y + t.height) - Math.max(s.y, t.y);
  return 0;
}

/** Everything wrong with the drawing's lines, one message per line and problem, in edge order. */
export function lineProblems(drawing: Drawing): string[] {
  const boxes = drawing.nodes.filter((n) => !n.container);
  const grid = new BoxGrid(boxes);
  const segments = segmentsOf(drawing.edges);
  const problems: string[] = [];
  const reported = new Set<string>();
  const report = (key: string, message: string) => {
    if (!reported.has(key)) problems.push(message);
    reported.add(key);
  };
  for (const s of segments) {
    for (const box of grid.near(s.a[0], s.a[1], s.b[0], s.b[1])) {
      if (box.id === s.edge.from || box.id === s.edge.to) continue;
      if (segmentCrossesRect(s.a, s.b, box))
        report(
          `${s.edge.style}\0${s.edge.from}\0${s.edge.to}\0${box.id}`,
          `${s.edge.style} line ${s.edge.from} → ${s.edge.to} crosses ${box.id}`,
        );
    }
  }
  const solid = new BoxGrid(segments.filter((s) => s.edge.style === 'solid'));
  for (const s of segments) {
    if (s.edge.style !== 'dotted') continue;
    for (const t of solid.near(s.a[0], s.a[1], s.b[0], s.b[1]))
      if (sharedRun(s, t) > 2)
        report(
          `along\0${s.edge.from}\0${s.edge.to}`,
          `dotted line ${s.edge.from} → ${s.edge.to} runs along the solid line ${t.edge.from} → ${t.edge.to}`,
        );
  }
  const dotted = new BoxGrid(segments.filter((s) => s.edge.style === 'dotted'));
  for (const s of segments) {
    if (s.edge.style !== 'dotted') continue;
    for (const t of dotted.near(s.a[0], s.a[1], s.b[0], s.b[1])) {
      // Lines from one manager may share a trunk, like a solid bus; lines with no end in common may not.
      const ends = new Set([t.edge.from, t.edge.to]);
      if (t.edge === s.edge || ends.has(s.edge.from) || ends.has(s.edge.to)) continue;
      if (sharedRun(s, t) > 2 && `${s.edge.from}\0${s.edge.to}` < `${t.edge.from}\0${t.edge.to}`)
        report(
          `dotted\0${s.edge.from}\0${s.edge.to}\0${t.edge.from}\0${t.edge.to}`,
          `dotted line ${s.edge.from} → ${s.edge.to} runs along the dotted line ${t.edge.from} → ${t.edge.to}`,
        );
    }
  }
  return problems;
}
