/**
 * Lines between boxes, routed the way org charts are drawn by hand:
 *
 * - a reporting line leaves the manager's bottom, drops to a horizontal bus
 *   halfway to the row of reports, and comes down into each report's top; a
 *   stacked report hangs off the stack's spine on its left;
 * - the bus of a line into another department runs in the gap above that
 *   department's box (the level where the layout placed it below the
 *   manager), so the line enters the box from above;
 * - a line from a manager inside a department to a department placed below
 *   that whole department starts at the department's bottom border, under
 *   the manager: drawn from the manager itself it would run behind the
 *   department's other boxes and look like a line between them;
 * - a department hung in a column (stackDepartments.ts: long rows of departments) gets
 *   its line from the column's spine into its left border, level with its
 *   name; so does the top box of a tree hung in a column (shapes.ts: long
 *   rows of sub-trees), level with its middle;
 * - a dotted line is routed afterwards, around the boxes and off the solid
 *   lines (dottedRoutes.ts), from the dotted-line manager to the report,
 *   where the SVG puts its arrowhead.
 *
 * The rare line whose report did not land below its manager (a reporting
 * loop between departments) takes a plain elbow so it is still drawn.
 */
import type { Placement, Rect } from './geometry.js';
import type { ChartEdge, ChartGraph, DrawingEdge } from '../types.js';
import { DottedRouter } from './dottedRoutes.js';
import { Ancestry } from '../../core/tree/ancestry.js';

type Point = [number, number];

const cx = (r: Rect) => r.x + r.width / 2;
const cy = (r: Rect) => r.y + r.height / 2;
const bottom = (r: Rect) => r.y + r.height;

/** Drop points that add nothing (repeated, or in line with both neighbours). */
function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    const last = out[out.length - 1];
    if (last && Math.abs(last[0] - p[0]) < 0.01 && Math.abs(last[1] - p[1]) < 0.01) continue;
    const prev = out[out.length - 2];
    if (prev && last) {
      const sameX = Math.abs(prev[0] - last[0]) < 0.01 && Math.abs(last[0] - p[0]) < 0.01;
      const sameY = Math.abs(prev[1] - last[1]) < 0.01 && Math.abs(last[1] - p[1]) < 0.01;
      if (sameX || sameY) out.pop();
    }
    out.push(p);
  }
  return out;
}

/** Where the segment from `r`'s centre towards `toward` leaves `r`. */
function borderPoint(r: Rect, toward: Point): Point {
  const [x0, y0] = [cx(r), cy(r)];
  const dx = toward[0] - x0;
  const dy = toward[1] - y0;
  if (dx === 0 && dy === 0) return [x0, y0];
  const sx = dx === 0 ? Infinity : r.width / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : r.height / 2 / Math.abs(dy);
  const s = Math.min(sx, sy);
  return [x0 + dx * s, y0 + dy * s];
}

export function routeEdges(graph: ChartGraph, placement: Placement): DrawingEdge[] {
  const groupOf = new Map(graph.boxes.map((b) => [b.id, b.group]));
  // Not each department's chain of ancestors written out: that is O(n · depth) on a deep tree.
  const ancestry = new Ancestry(graph.groups);

  /** The two ends as the layout saw them: the boxes (or stack, or department box) side by side in one department. */
  const representatives = (from: string, to: string) => {
    const ends = ancestry.split(groupOf.get(from), groupOf.get(to));
    const stack = placement.stackOf.get(to);
    const source = ends.a !== undefined ? placement.groups.get(ends.a)! : placement.boxes.get(from)!;
    const target =
      ends.b !== undefined
        ? placement.groups.get(ends.b)!
        : stack !== undefined
          ? placement.stacks.get(stack)!.rect
          : placement.boxes.get(to)!;
    const hung = ends.b !== undefined ? placement.stackedGroups.get(ends.b) : placement.hungBoxes.get(to);
    return { key: `${from}\u0000${ends.shared}`, source, target, hung };
  };

  // One bus per manager and level: halfway between the manager's side and the highest of its reports there. Each
  // line's ends are worked out once, here, and kept for the routing below (not asked of the ancestry twice a line).
  const busTop = new Map<string, number>();
  const ends: Array<ReturnType<typeof representatives>> = [];
  for (const e of graph.edges) {
    if (e.style !== 'solid') continue;
    const rep = representatives(e.from, e.to);
    ends.push(rep);
    busTop.set(rep.key, Math.min(busTop.get(rep.key) ?? Infinity, rep.target.y));
  }

  const out: DrawingEdge[] = [];
  for (const e of graph.edges) {
    const m = placement.boxes.get(e.from)!;
    const r = placement.boxes.get(e.to)!;
    if (e.style === 'dotted') continue;
    const { key, source, target, hung } = ends[out.length]!;
    const top = busTop.get(key)!;
    let points: Point[];
    if (top >= bottom(source) + 2) {
      const busY = (bottom(source) + top) / 2;
      const start: Point = [cx(m), source === m ? bottom(m) : bottom(source)];
      const stackId = placement.stackOf.get(e.to);
      if (hung) {
        // A department hung off a spine: the line ends at its border, level with its name.
        points = [start, [cx(m), busY], [hung.spine, busY], [hung.spine, hung.entryY], [target.x, hung.entryY]];
      } else if (stackId !== undefined) {
        const stack = placement.stacks.get(stackId)!;
        const spine = stack.spines[stack.columns.findIndex((c) => c.includes(e.to))]!;
        points = [start, [cx(m), busY], [spine, busY], [spine, cy(r)], [r.x, cy(r)]];
      } else {
        points = [start, [cx(m), busY], [cx(r), busY], [cx(r), r.y]];
      }
    } else if (bottom(r) <= m.y) {
      const midY = (bottom(r) + m.y) / 2;
      points = [
        [cx(m), m.y],
        [cx(m), midY],
        [cx(r), midY],
        [cx(r), bottom(r)],
      ];
    } else {
      const rightward = cx(r) >= cx(m);
      const x1 = rightward ? m.x + m.width : m.x;
      const x2 = rightward ? r.x : r.x + r.width;
      const midX = (x1 + x2) / 2;
      points = [
        [x1, cy(m)],
        [midX, cy(m)],
        [midX, cy(r)],
        [x2, cy(r)],
      ];
    }
    out.push({ ...e, points: simplify(points) });
  }
  const dotted = graph.edges.filter((e) => e.style === 'dotted');
  if (!dotted.length) return out;
  const router = new DottedRouter(placement.boxes.values(), out, placement);
  const routed = new Map<ChartEdge, DrawingEdge>();
  for (const e of dotted) {
    const m = placement.boxes.get(e.from)!;
    const r = placement.boxes.get(e.to)!;
    // No way round (a box walled in on every side): the straight line, which the structural tests would flag.
    const points = router.route(m, r) ?? [borderPoint(m, [cx(r), cy(r)]), borderPoint(r, [cx(m), cy(m)])];
    routed.set(e, { ...e, points });
  }
  // Lines in the graph's order, as before.
  const solid = out[Symbol.iterator]();
  return graph.edges.map((e) => (e.style === 'dotted' ? routed.get(e)! : solid.next().value!));
}
