/**
 * What the layout produces and the units it measures in: absolute
 * rectangles (the Placement), the spacing rules, and the Shape — a piece of
 * the chart whose arrangement is decided here, not by ELK, handed to ELK as
 * a single node of its size (layoutChart.ts says why).
 */
import type { ElkId } from './elkId.js';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Leaves stacked under their manager, in one or more columns, each with a spine line on its left. */
export interface Stack {
  id: ElkId;
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
  stacks: Map<ElkId, Stack>;
  /** The stack a box is in. */
  stackOf: Map<string, ElkId>;
  /** Departments hung in a column off a spine (see stackDepartments.ts): the spine's x and where the line enters the box. */
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
