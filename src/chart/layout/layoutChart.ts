/**
 * Layout: sized boxes → absolute rectangles, with ELK (run by elk.ts, the
 * only module that loads elkjs; Mermaid and DOT never get here), in four
 * steps, one module each:
 *
 *   buildTree.ts         the ELK tree: departments as compound nodes, units
 *                        of fixed shape in them (shapes.ts, units.ts)
 *   liftEdges.ts         reporting lines lifted to the lowest department
 *                        holding both ends
 *   stackDepartments.ts  long rows of departments hung in columns
 *   place.ts             departments folded into fixed shapes bottom-up (an
 *                        ELK run each), the root laid out, everything placed
 *
 * Node ids are typed (elkId.ts), never string prefixes spelled out here.
 *
 * Departments are laid out bottom-up, each on its own: ELK (`layered`,
 * top-down) arranges what a department holds — its roles and its
 * sub-departments, each by then a block of known size — and the result is
 * the department's block in its parent. A reporting
 * line between departments is given to ELK as an edge between the two ends'
 * representatives in the lowest department that holds both (the manager, or
 * the sub-department box that contains the report), so each department box
 * lands below its manager. The lines are routed afterwards (routes.ts).
 *
 * What ELK is given was chosen by measurement (bench/chart-variants.mjs). ELK 0.12
 * costs about 2–5 ms per node and per compound node in a fresh process
 * whatever the options (thoroughness, crossing minimisation, node placement,
 * layering, micro layout: none moved it), and `mrtree` sizes compound nodes
 * wrongly when siblings differ in height, so `layered` it is, and the lever
 * is the number of nodes. So these are each a single ELK node of fixed shape
 * (shapes.ts, departmentShapes.ts): a stack of leaves; a role tree that stays inside its
 * department (a wide row of sub-teams in it hung in columns); columns of
 * departments hung off a spine (instead of a row wider than a wall: leaf
 * departments, regions and business units alike, balanced towards a 2:1
 * block); and a department holding a single one of those, whose box needs
 * no layout run. What ELK lays out is the departments: which box goes where,
 * below its manager. A chart of departments is a tree of boxes, so each of
 * its trees is one such tree shape. Roles outside any department are ELK
 * nodes box by box (with stacks). Measured on the generated 1k / 5k orgs,
 * that is 27 / 165 ELK nodes instead of 1039 / 5204, and the layout itself
 * 0.1 / 0.4 s instead of seconds; the department chart of 100k roles went
 * from 3,811 ELK nodes (42 s) to one. Those that are left are mostly a
 * head over one or two blocks, or a single block: withoutElk.ts lays these
 * out as ELK does without an ELK run (the generated orgs need none at all).
 */
import type { GroupHeader, SizedBox } from '../draw/boxes.js';
import { buildTree } from './buildTree.js';
import { prepareElk, stopElk } from './elk.js';
import type { Placement } from './geometry.js';
import { liftEdges } from './liftEdges.js';
import { foldDepartments, placeRoot } from './place.js';
import type { ChartGraph } from '../types.js';

export type { Placement, Rect, Stack } from './geometry.js';
export { SPACING } from './geometry.js';

/** Whether the layout worker is stopped after the next chart's layout (see prepareLayout). */
let stopAfterLayout = false;

/**
 * Start loading ELK in the background (see elk.ts); a caller that knows it will lay charts out calls
 * this before reading the org. `once`: this process lays out one chart, so the worker is stopped as
 * soon as that layout is done and its memory is free before the lines are routed (a later layout
 * starts a new worker). `whenNeeded`: start no worker now; the first department that ELK has to lay
 * out starts it (`orgctl chart`: most charts of generated or regular orgs need no ELK run at all, see
 * withoutElk.ts, and a thread loading ELK costs about half a second of CPU that such a chart never uses).
 */
export function prepareLayout(options: { once?: boolean; whenNeeded?: boolean } = {}): void {
  stopAfterLayout = options.once ?? false;
  if (!options.whenNeeded) prepareElk();
}

/** Stop the layout worker now (a process done laying out: `orgctl docs` before it writes the pages); a later layout starts another. */
export function finishLayout(): void {
  stopAfterLayout = false;
  stopElk();
}

export async function layoutChart(graph: ChartGraph, sized: Map<string, SizedBox>, headers: Map<string, GroupHeader>): Promise<Placement> {
  const placement: Placement = {
    width: 0,
    height: 0,
    boxes: new Map(),
    groups: new Map(),
    stacks: new Map(),
    stackOf: new Map(),
    stackedGroups: new Map(),
    hungBoxes: new Map(),
  };
  const tree = buildTree(graph, sized, placement);
  liftEdges(graph, tree);
  await foldDepartments(graph, tree, headers, placement);
  await placeRoot(tree, headers, placement);
  if (stopAfterLayout) {
    stopAfterLayout = false;
    stopElk();
  }
  return placement;
}
