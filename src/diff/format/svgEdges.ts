/**
 * Which stretch of a reporting line the diff SVG marks. Lines from one manager
 * share a trunk and a bus (src/chart/layout/routes.ts): marking a removed
 * report's whole route would paint its kept siblings' connector too, so they
 * would look removed. A line's own stretch is its route minus every stretch a
 * sibling line that is not marked the same way also runs along.
 */
import type { DrawingEdge } from '../../chart/types.js';

type Point = [number, number];

const EPS = 0.01;
const same = (a: number, b: number) => Math.abs(a - b) < EPS;

/** An axis-aligned stretch: `at` is the fixed coordinate, [lo, hi] the span along the other axis. */
interface Run {
  horizontal: boolean;
  at: number;
  lo: number;
  hi: number;
}

function runsOf(points: readonly Point[]): Array<Run | [Point, Point]> {
  const out: Array<Run | [Point, Point]> = [];
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1]!, points[i]!];
    if (same(a[1], b[1])) out.push({ horizontal: true, at: a[1], lo: Math.min(a[0], b[0]), hi: Math.max(a[0], b[0]) });
    else if (same(a[0], b[0])) out.push({ horizontal: false, at: a[0], lo: Math.min(a[1], b[1]), hi: Math.max(a[1], b[1]) });
    else out.push([a, b]); // a slanted segment is never shared (routes are orthogonal)
  }
  return out;
}

/**
 * The stretches a set of lines runs along, merged per horizontal or vertical
 * line and sorted, so taking them away from a route costs a binary search:
 * a manager with thousands of reports stays n log n.
 */
export class Cover {
  private readonly lines = new Map<string, Array<[number, number]>>();

  constructor(edges: Iterable<DrawingEdge>) {
    const raw = new Map<string, Array<[number, number]>>();
    for (const e of edges)
      for (const r of runsOf(e.points)) {
        if (Array.isArray(r)) continue;
        const key = lineKey(r);
        let list = raw.get(key);
        if (!list) raw.set(key, (list = []));
        list.push([r.lo, r.hi]);
      }
    for (const [key, list] of raw) {
      list.sort((a, b) => a[0] - b[0]);
      const merged: Array<[number, number]> = [];
      for (const [lo, hi] of list) {
        const last = merged[merged.length - 1];
        if (last && lo <= last[1] + EPS) last[1] = Math.max(last[1], hi);
        else merged.push([lo, hi]);
      }
      this.lines.set(key, merged);
    }
  }

  /** `run` minus the parts covered, lowest coordinate first. */
  subtract(run: Run): Run[] {
    const covered = this.lines.get(lineKey(run));
    if (!covered) return [run];
    // The first interval that ends after the run starts.
    let lo = 0;
    let hi = covered.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (covered[mid]![1] <= run.lo + EPS) lo = mid + 1;
      else hi = mid;
    }
    const out: Run[] = [];
    let from = run.lo;
    for (let i = lo; i < covered.length && covered[i]![0] < run.hi - EPS; i++) {
      const [a, b] = covered[i]!;
      if (a > from + EPS) out.push({ ...run, lo: from, hi: a });
      from = Math.max(from, b);
    }
    if (from < run.hi - EPS) out.push({ ...run, lo: from, hi: run.hi });
    return out;
  }
}

/** Coordinates are rounded for the key the way the SVG writes them (two decimals). */
const lineKey = (r: Run) => `${r.horizontal ? 'h' : 'v'}${Math.round(r.at * 100)}`;

const endpoints = (r: Run): [Point, Point] =>
  r.horizontal
    ? [
        [r.lo, r.at],
        [r.hi, r.at],
      ]
    : [
        [r.at, r.lo],
        [r.at, r.hi],
      ];

/**
 * The polylines of `edge` that no line in `shared` runs along, in route
 * order; touching pieces are joined so a dash pattern runs on unbroken.
 */
export function ownStretches(edge: DrawingEdge, shared: Cover): Point[][] {
  const out: Point[][] = [];
  for (const [i, run] of runsOf(edge.points).entries()) {
    let pieces: Array<[Point, Point]>;
    if (Array.isArray(run)) pieces = [run];
    else {
      pieces = shared.subtract(run).map(endpoints);
      // Pieces come lowest coordinate first: turn them round where the route runs the other way.
      const [a, b] = [edge.points[i]!, edge.points[i + 1]!];
      if ((run.horizontal ? b[0] - a[0] : b[1] - a[1]) < 0) pieces = pieces.map(([p, q]): [Point, Point] => [q, p]).reverse();
    }
    for (const [p, q] of pieces) {
      const last = out[out.length - 1];
      const end = last?.[last.length - 1];
      if (last && end && same(end[0], p[0]) && same(end[1], p[1])) last.push(q);
      else out.push([p, q]);
    }
  }
  return out;
}
