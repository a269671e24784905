/**
 * The fixed shapes of roles, each handed to ELK as a single node of its size
 * (layoutChart.ts says why). A shape knows its size and, given its top left,
 * records the absolute rectangles of what is in it into the Placement.
 *
 * - a box: one role;
 * - a stack: two or more leaves (reports with no reports of their own) under
 *   one manager in its department, in columns of at most 8, each column with
 *   a spine on its left for the lines;
 * - a role tree: a role whose whole reporting subtree stays in its
 *   department, the manager centred over the row of its reports' trees,
 *   top-aligned — the shape a layered layout gives a tree.
 *
 * The shapes of departments are departmentShapes.ts.
 */
import type { SizedBox } from '../draw/boxes.js';
import { columnsShape } from './departmentShapes.js';
import type { ElkId } from './elkId.js';
import { SPACING, type PlaceLater, type Placement, type Shape } from './geometry.js';

/** Builds the shapes of one chart: its boxes, stacks and role trees. */
export function shapeMaker(
  sized: Map<string, SizedBox>,
  placement: Placement,
  reports: Map<string, string[]>,
  columnsOf: Map<ElkId, string[][]>,
) {
  const { stackOf } = placement;
  const boxShape = (id: string): Shape => {
    const s = sized.get(id)!;
    return { width: s.width, height: s.height, place: (x, y) => placement.boxes.set(id, { x, y, width: s.width, height: s.height }) };
  };

  const stackShape = (id: ElkId, manager: string): Shape => {
    const columns = columnsOf.get(id)!;
    const widths = columns.map((col) => Math.max(...col.map((b) => sized.get(b)!.width)));
    const heights = columns.map((col) => col.reduce((s, b) => s + sized.get(b)!.height, 0) + SPACING.stackGap * (col.length - 1));
    const width = widths.reduce((s, w) => s + SPACING.stackIndent + w, 0) + SPACING.stackColumnGap * (columns.length - 1);
    const height = Math.max(...heights);
    return {
      width,
      height,
      place: (x0, y0) => {
        const spines: number[] = [];
        let x = x0;
        columns.forEach((col, i) => {
          spines.push(x + SPACING.stackIndent / 2);
          let y = y0;
          for (const b of col) {
            const s = sized.get(b)!;
            placement.boxes.set(b, { x: x + SPACING.stackIndent, y, width: s.width, height: s.height });
            y += s.height + SPACING.stackGap;
          }
          x += SPACING.stackIndent + widths[i]! + SPACING.stackColumnGap;
        });
        placement.stacks.set(id, { id, manager, columns, rect: { x: x0, y: y0, width, height }, spines });
      },
    };
  };

  /**
   * A role tree inside a department: each manager centred over the row of
   * its reports' trees (its stack where its first leaf is), top-aligned.
   * Sized bottom-up and placed top-down without recursion: a reporting
   * chain can be thousands deep.
   */
  const treeShape = (rootId: string): Shape => {
    type Child = { tree: string } | { shape: Shape };
    interface Node {
      width: number;
      height: number;
      topX: number;
      rowY: number;
      children: Child[];
      xs: number[];
    }
    const nodes = new Map<string, Node>();
    const order: string[] = [];
    for (const todo = [rootId]; todo.length;) {
      const id = todo.pop()!;
      order.push(id);
      for (const r of reports.get(id) ?? []) if (!stackOf.has(r)) todo.push(r);
    }
    for (let i = order.length - 1; i >= 0; i--) {
      const id = order[i]!;
      const box = sized.get(id)!;
      const children: Child[] = [];
      for (const r of reports.get(id) ?? []) {
        const stack = stackOf.get(r);
        if (stack === undefined) children.push({ tree: r });
        else if (columnsOf.get(stack)![0]![0] === r) children.push({ shape: stackShape(stack, id) });
      }
      const size = (c: Child) => ('tree' in c ? nodes.get(c.tree)! : c.shape);
      hangWideRow(children, size);
      if (!children.length) {
        nodes.set(id, { width: box.width, height: box.height, topX: 0, rowY: 0, children, xs: [] });
        continue;
      }
      const xs: number[] = [];
      let rowWidth = -SPACING.node;
      for (const c of children) {
        xs.push(rowWidth + SPACING.node);
        rowWidth += SPACING.node + size(c).width;
      }
      const last = children.length - 1;
      const centre = (size(children[0]!).width / 2 + xs[last]! + size(children[last]!).width / 2) / 2;
      let topX = centre - box.width / 2;
      // A manager wider than its reports' row: the row moves right instead of the manager sticking out left.
      const left = Math.min(0, topX);
      topX -= left;
      const rowY = box.height + SPACING.layer;
      nodes.set(id, {
        width: Math.max(rowWidth, topX + box.width + left) - left,
        height: rowY + Math.max(...children.map((c) => size(c).height)),
        topX,
        rowY,
        children,
        xs: xs.map((x) => x - left),
      });
    }
    /**
     * A row of sub-trees wider than a wall (a department chart of a big
     * org: dozens of regions under one business unit) hangs in balanced
     * columns off spines instead, each tree's top box entered from the left.
     */
    function hangWideRow(children: Child[], size: (c: Child) => { width: number }): void {
      const trees = children.filter((c): c is { tree: string } => 'tree' in c && (reports.get(c.tree)?.length ?? 0) > 0);
      const rowWidth = children.reduce((w, c) => w + size(c).width + SPACING.node, -SPACING.node);
      if (trees.length < 2 || rowWidth <= SPACING.maxRowWidth) return;
      const columns = columnsShape(
        trees.map((t) => {
          const n = nodes.get(t.tree)!;
          return {
            shape: {
              width: n.width,
              height: n.height,
              place: (x: number, y: number, later: PlaceLater) => {
                placeTree(t.tree, x, y, later);
              },
            },
            hang: (spine: number, top: number) => placement.hungBoxes.set(t.tree, { spine, entryY: top + sized.get(t.tree)!.height / 2 }),
          };
        }),
      );
      const first = children.indexOf(trees[0]!);
      const hung = new Set<Child>(trees);
      const rest = children.filter((c) => !hung.has(c));
      children.length = 0;
      children.push(...rest.slice(0, first), { shape: columns }, ...rest.slice(first));
    }

    function placeTree(id: string, x0: number, y0: number, later: PlaceLater): void {
      for (const todo: Array<[string, number, number]> = [[id, x0, y0]]; todo.length;) {
        const [cur, x, y] = todo.pop()!;
        const n = nodes.get(cur)!;
        const s = sized.get(cur)!;
        placement.boxes.set(cur, { x: x + n.topX, y, width: s.width, height: s.height });
        n.children.forEach((c, i) => {
          if ('tree' in c) todo.push([c.tree, x + n.xs[i]!, y + n.rowY]);
          else later(c.shape, x + n.xs[i]!, y + n.rowY);
        });
      }
    }

    const root = nodes.get(rootId)!;
    return {
      width: root.width,
      height: root.height,
      place: (x0, y0, later) => {
        placeTree(rootId, x0, y0, later);
      },
    };
  };
  return { boxShape, stackShape, treeShape };
}
