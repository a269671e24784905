/**
 * Fixed shapes: the parts of a chart whose arrangement is decided here, not
 * by ELK, each handed to ELK as a single node of its size (layout.ts says
 * why). A shape knows its size and, given its top left, records the absolute
 * rectangles of what is in it into the Placement.
 *
 * - a stack: two or more leaves (reports with no reports of their own) under
 *   one manager in its department, in columns of at most 8, each column with
 *   a spine on its left for the lines;
 * - a role tree: a role whose whole reporting subtree stays in its
 *   department, the manager centred over the row of its reports' trees,
 *   top-aligned — the shape a layered layout gives a tree;
 * - a department column: departments hung off spines instead of a row too
 *   wide for a wall, in as many columns as keep the block near 2:1;
 * - a fixed department: a department box around a single shape (or nothing).
 */
import type { GroupHeader, SizedBox } from '../draw/boxes.js';
import type { ChartGraph } from '../types.js';
import { pushTo } from '../../core/multimap.js';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Leaves stacked under their manager, in one or more columns, each with a spine line on its left. */
export interface Stack {
  id: string;
  manager: string;
  columns: string[][];
  rect: Rect;
  /** x of each column's spine (absolute). */
  spines: number[];
}

export interface Placement {
  width: number;
  height: number;
  /** Absolute rectangles, origin at the top left of the laid-out area. */
  boxes: Map<string, Rect>;
  groups: Map<string, Rect>;
  stacks: Map<string, Stack>;
  /** The stack a box is in. */
  stackOf: Map<string, string>;
  /** Departments hung in a column off a spine (see stackDepartments): the spine's x and where the line enters the box. */
  stackedGroups: Map<string, { spine: number; entryY: number }>;
  /** The same for the top box of a tree hung in a column (a wide row of sub-trees, see treeShape). */
  hungBoxes: Map<string, { spine: number; entryY: number }>;
}

export const SPACING = {
  /** Between boxes side by side, and between a box and a department border. */
  node: 20,
  /** Between a manager and the row of its reports (room for the bus line). */
  layer: 36,
  groupPadX: 14,
  groupPadBottom: 14,
  /** Between a department's header band and its first row. */
  groupHeaderGap: 12,
  /** Stacks: room on the left of each column for its spine, gap between stacked boxes and between columns. */
  stackIndent: 18,
  stackGap: 10,
  stackColumnGap: 14,
  /** Longest column before a stack gets another one. */
  stackMaxRows: 8,
  /** Departments under one manager wider than this side by side are hung in columns instead. */
  maxRowWidth: 2400,
  departmentStackGap: 16,
  /** Width : height a column block of departments aims at (landscape, like a wall or a slide). */
  stackAspect: 2,
};

/** A piece of the chart with a fixed shape, placed as one ELK node. */
export interface Shape {
  width: number;
  height: number;
  /**
   * Record the absolute rectangles of what it holds directly, given its top
   * left, and hand the shapes nested in it to `later` (placeAll places them
   * in turn: departments nest thousands deep, too deep to recurse).
   */
  place(x: number, y: number, later: PlaceLater): void;
}

export type PlaceLater = (shape: Shape, x: number, y: number) => void;

/** Run `start` and place every shape it hands on, and every shape those hand on, without recursion. */
export function placeAll(start: (later: PlaceLater) => void): void {
  const todo: Array<[Shape, number, number]> = [];
  const later: PlaceLater = (shape, x, y) => todo.push([shape, x, y]);
  start(later);
  while (todo.length) {
    const [shape, x, y] = todo.pop()!;
    shape.place(x, y, later);
  }
}

/**
 * Which leaves go into stacks: two or more leaves under one manager, in its
 * department. In a chart of departments the boxes are few and large and a
 * row reads better, so there only the children of a parent whose children
 * are all leaves are stacked.
 */
export function planStacks(graph: ChartGraph): { columnsOf: Map<string, string[][]>; stackOf: Map<string, string> } {
  const groupOf = new Map(graph.boxes.map((b) => [b.id, b.group]));
  const reports = solidReports(graph);
  const columnsOf = new Map<string, string[][]>();
  const stackOf = new Map<string, string>();
  for (const b of graph.boxes) {
    const all = reports.get(b.id) ?? [];
    const leaves = all.filter((r) => !reports.has(r) && groupOf.get(r) === b.group);
    if (leaves.length < 2 || (graph.level === 'department' && leaves.length < all.length)) continue;
    const id = `s:${b.id}`;
    const columnCount = Math.ceil(leaves.length / SPACING.stackMaxRows);
    const rows = Math.ceil(leaves.length / columnCount);
    const columns: string[][] = [];
    for (let i = 0; i < leaves.length; i += rows) columns.push(leaves.slice(i, i + rows));
    columnsOf.set(id, columns);
    for (const l of leaves) stackOf.set(l, id);
  }
  return { columnsOf, stackOf };
}

export function solidReports(graph: ChartGraph): Map<string, string[]> {
  const reports = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (e.style !== 'solid') continue;
    pushTo(reports, e.from, e.to);
  }
  return reports;
}

/**
 * Roles whose whole reporting subtree stays in their own department (what a
 * role tree unit may hold). In a chart of departments every box is outside
 * any department, and each tree of departments is one unit.
 */
export function withinDepartment(graph: ChartGraph, reports: Map<string, string[]>): Set<string> {
  const oneTree = graph.level === 'department';
  const groupOf = new Map(graph.boxes.map((b) => [b.id, b.group]));
  const inside = new Set<string>();
  const done = new Set<string>();
  // Post-order without recursion (a reporting chain can be thousands deep).
  for (const b of graph.boxes) {
    if (done.has(b.id)) continue;
    const stack: Array<[string, number]> = [[b.id, 0]];
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const kids = reports.get(top[0]) ?? [];
      if (top[1] < kids.length) {
        const next = kids[top[1]++]!;
        if (!done.has(next)) stack.push([next, 0]);
        continue;
      }
      stack.pop();
      done.add(top[0]);
      const g = groupOf.get(top[0]);
      if ((g !== undefined || oneTree) && kids.every((k) => groupOf.get(k) === g && inside.has(k))) inside.add(top[0]);
    }
  }
  return inside;
}

/** Builds the shapes of one chart: its boxes, stacks and role trees. */
export function shapeMaker(sized: Map<string, SizedBox>, placement: Placement, reports: Map<string, string[]>, columnsOf: Map<string, string[][]>) {
  const { stackOf } = placement;
  const boxShape = (id: string): Shape => {
    const s = sized.get(id)!;
    return { width: s.width, height: s.height, place: (x, y) => placement.boxes.set(id, { x, y, width: s.width, height: s.height }) };
  };

  const stackShape = (id: string): Shape => {
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
        placement.stacks.set(id, { id, manager: id.slice(2), columns, rect: { x: x0, y: y0, width, height }, spines });
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
    interface Node { width: number; height: number; topX: number; rowY: number; children: Child[]; xs: number[] }
    const nodes = new Map<string, Node>();
    const order: string[] = [];
    for (const todo = [rootId]; todo.length; ) {
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
        else if (columnsOf.get(stack)![0]![0] === r) children.push({ shape: stackShape(stack) });
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
            shape: { width: n.width, height: n.height, place: (x: number, y: number, later: PlaceLater) => placeTree(t.tree, x, y, later) },
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
      for (const todo: Array<[string, number, number]> = [[id, x0, y0]]; todo.length; ) {
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
      place: (x0, y0, later) => placeTree(rootId, x0, y0, later),
    };
  };
  return { boxShape, stackShape, treeShape };
}

/**
 * Blocks hung off spines in balanced columns, in their order (left column
 * first): as many columns as fit in a row's width, or more when that would
 * make the block taller than wide. `hang` learns each block's top and its
 * column's spine, for the line into it.
 */
export function columnsShape(members: Array<{ shape: Shape; hang: (spine: number, top: number) => void }>): Shape {
  const widest = Math.max(...members.map((m) => m.shape.width));
  const total = members.reduce((h, m) => h + m.shape.height + SPACING.departmentStackGap, 0);
  const columnWidth = SPACING.stackIndent + widest + SPACING.stackColumnGap;
  // k columns of big blocks are about k × columnWidth wide and total / k tall.
  const fitting = Math.floor((SPACING.maxRowWidth + SPACING.stackColumnGap) / columnWidth);
  const balanced = Math.round(Math.sqrt((SPACING.stackAspect * total) / columnWidth));
  const columnCount = Math.max(1, Math.min(members.length, Math.max(fitting, balanced)));
  const columns: Array<typeof members> = [[]];
  let filled = 0;
  for (const m of members) {
    const col = columns[columns.length - 1]!;
    // Start the next column once this one has its share of the height (keeping the order).
    if (col.length && columns.length < columnCount && filled + m.shape.height / 2 > (total / columnCount) * columns.length) columns.push([]);
    columns[columns.length - 1]!.push(m);
    filled += m.shape.height + SPACING.departmentStackGap;
  }
  const widths = columns.map((col) => Math.max(...col.map((m) => m.shape.width)));
  const heights = columns.map((col) => col.reduce((h, m) => h + m.shape.height + SPACING.departmentStackGap, -SPACING.departmentStackGap));
  return {
    width: widths.reduce((w, cw) => w + SPACING.stackIndent + cw + SPACING.stackColumnGap, -SPACING.stackColumnGap),
    height: Math.max(...heights),
    place: (x0, y0, later) => {
      let x = x0;
      columns.forEach((col, i) => {
        let y = y0;
        for (const m of col) {
          later(m.shape, x + SPACING.stackIndent, y);
          m.hang(x + SPACING.stackIndent / 2, y);
          y += m.shape.height + SPACING.departmentStackGap;
        }
        x += SPACING.stackIndent + widths[i]! + SPACING.stackColumnGap;
      });
    },
  };
}

/** Departments hung off spines in balanced columns; the line enters each level with its name. */
export function departmentColumnShape(members: Array<{ group: string; shape: Shape }>, headers: Map<string, GroupHeader>, placement: Placement): Shape {
  return columnsShape(
    members.map((m) => ({
      shape: m.shape,
      hang: (spine: number, top: number) => placement.stackedGroups.set(m.group, { spine, entryY: top + headers.get(m.group)!.height / 2 }),
    })),
  );
}

/** A department box around one shape (or empty): header band, padding, the shape centred. */
export function fixedDepartmentShape(group: string, header: GroupHeader, inner: Shape | undefined, placement: Placement): Shape {
  const padTop = header.height + SPACING.groupHeaderGap;
  const width = Math.max(header.minWidth, (inner?.width ?? 0) + 2 * SPACING.groupPadX);
  const height = padTop + (inner ? inner.height + SPACING.groupPadBottom : SPACING.groupPadBottom);
  return {
    width,
    height,
    place: (x, y, later) => {
      placement.groups.set(group, { x, y, width, height });
      if (inner) later(inner, x + (width - inner.width) / 2, y + padTop);
    },
  };
}
