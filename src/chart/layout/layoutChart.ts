/**
 * Layout: sized boxes → absolute rectangles, with ELK (run by elk.ts, the
 * only module that loads elkjs; Mermaid and DOT never get here).
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
 * (shapes.ts): a stack of leaves; a role tree that stays inside its
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
 * from 3,811 ELK nodes (42 s) to one.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { GroupHeader, SizedBox } from '../draw/boxes.js';
import { prepareElk, runElk } from './elk.js';
import {
  departmentColumnShape,
  fixedDepartmentShape,
  placeAll,
  planStacks,
  shapeMaker,
  solidReports,
  SPACING,
  withinDepartment,
  type Placement,
  type PlaceLater,
  type Shape,
} from './shapes.js';
import type { ChartGraph } from '../types.js';
import { Ancestry } from '../../core/tree/ancestry.js';

export type { Placement, Rect, Stack } from './shapes.js';
export { SPACING } from './shapes.js';

/** Options every level shares (passed once, not per node). */
const SHARED_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.spacing.nodeNode': String(SPACING.node),
  'elk.layered.spacing.nodeNodeBetweenLayers': String(SPACING.layer),
  'elk.spacing.componentComponent': String(SPACING.node),
  // Keep siblings in the order of the YAML (readers look for them there; and it is deterministic).
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  // Managers centred over their reports.
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
  // Unconnected pieces (sub-departments whose heads report outside, several roots) side by side in
  // model order: packed as separate components they may be stacked, which reads as reporting.
  'elk.separateConnectedComponents': 'false',
};

/** Start loading ELK in the background (see elk.ts); the CLI calls this before reading the org. */
export function prepareLayout(): void {
  prepareElk();
}

export async function layoutChart(graph: ChartGraph, sized: Map<string, SizedBox>, headers: Map<string, GroupHeader>): Promise<Placement> {
  const { columnsOf, stackOf } = planStacks(graph);
  const reports = solidReports(graph);
  const inside = withinDepartment(graph, reports);
  const groupOfBox = new Map(graph.boxes.map((b) => [b.id, b.group]));
  const placement: Placement = { width: 0, height: 0, boxes: new Map(), groups: new Map(), stacks: new Map(), stackOf, stackedGroups: new Map(), hungBoxes: new Map() };

  const { boxShape, stackShape, treeShape } = shapeMaker(sized, placement, reports, columnsOf);

  // ELK nodes: a fixed shape for each unit, compound nodes for departments.
  const shapes = new Map<string, Shape>();
  const unitOf = new Map<string, string>();
  const root: ElkNode = { id: 'root', children: [], edges: [] };
  const groupNodes = new Map<string, ElkNode>();
  for (const g of graph.groups) {
    const node: ElkNode = { id: `g:${g.id}`, children: [], edges: [] };
    groupNodes.set(g.id, node);
    (g.parent !== undefined ? groupNodes.get(g.parent)! : root).children!.push(node);
  }
  // Not each department's chain of ancestors written out: that is O(n · depth) on a deep tree.
  const ancestry = new Ancestry(graph.groups);
  const container = (group: string | undefined) => (group !== undefined ? groupNodes.get(group)! : root);
  const addUnit = (elkId: string, group: string | undefined, shape: Shape, members: string[]) => {
    shapes.set(elkId, shape);
    for (const m of members) unitOf.set(m, elkId);
    container(group).children!.push({ id: elkId, width: shape.width, height: shape.height });
  };
  const membersOf = (id: string): string[] => {
    const out: string[] = [];
    const todo = [id];
    while (todo.length) {
      const cur = todo.pop()!;
      out.push(cur);
      todo.push(...(reports.get(cur) ?? []));
    }
    return out;
  };
  // Which unit each box is in: the tree of its topmost manager that is still inside the department, its stack, or itself.
  const managerOf = new Map<string, string>();
  for (const [m, list] of reports) for (const r of list) managerOf.set(r, m);
  const plan = new Map<string, { id: string; make: () => Shape; members: string[] }>();
  for (const b of graph.boxes) {
    const m = managerOf.get(b.id);
    if (!inside.has(b.id) || (m !== undefined && inside.has(m)) || !reports.has(b.id)) continue;
    const unit = { id: `t:${b.id}`, make: () => treeShape(b.id), members: membersOf(b.id) };
    for (const member of unit.members) plan.set(member, unit);
  }
  for (const b of graph.boxes) {
    if (plan.has(b.id)) continue;
    const stack = stackOf.get(b.id);
    const unit = stack !== undefined
      ? { id: stack, make: () => stackShape(stack), members: columnsOf.get(stack)!.flat() }
      : { id: `b:${b.id}`, make: () => boxShape(b.id), members: [b.id] };
    for (const member of unit.members) plan.set(member, unit);
  }
  for (const b of graph.boxes) {
    const unit = plan.get(b.id)!;
    if (!unitOf.has(b.id)) addUnit(unit.id, b.group, unit.make(), unit.members);
  }

  // Reporting lines, lifted to the lowest department holding both ends.
  const seen = new Set<string>();
  for (const e of graph.edges) {
    if (e.style !== 'solid') continue;
    const ends = ancestry.split(groupOfBox.get(e.from), groupOfBox.get(e.to));
    const source = ends.a !== undefined ? `g:${ends.a}` : unitOf.get(e.from)!;
    const target = ends.b !== undefined ? `g:${ends.b}` : unitOf.get(e.to)!;
    const key = `${source}\u0000${target}`;
    if (source === target || seen.has(key)) continue;
    seen.add(key);
    const edge: ElkExtendedEdge = { id: `e${seen.size}`, sources: [source], targets: [target] };
    (ends.lowest === undefined ? root : groupNodes.get(ends.lowest)!).edges!.push(edge);
  }

  /**
   * A long row of departments under one manager (an org with many
   * departments is otherwise tens of thousands of pixels wide) is hung in
   * balanced columns off spines, like stacked roles. Every department is a
   * fixed shape by the time its parent is laid out; only those with nothing
   * hanging below them at this level (no line from one of their roles to a
   * sibling) are hung.
   */
  let departmentStacks = 0;
  const stackDepartments = (node: ElkNode) => {
    const sources = new Set(node.edges!.map((e) => e.sources[0]!));
    const incoming = new Map<string, number>();
    for (const e of node.edges!) incoming.set(e.targets[0]!, (incoming.get(e.targets[0]!) ?? 0) + 1);
    const order = new Map(node.children!.map((c, i) => [c.id, i]));
    for (const source of [...sources]) {
      const targets = node.edges!
        .filter((e) => e.sources[0] === source)
        .map((e) => e.targets[0]!)
        .filter((t) => t.startsWith('f:') && !sources.has(t) && incoming.get(t) === 1)
        .sort((a, b) => order.get(a)! - order.get(b)!);
      const members = targets.map((t) => ({ id: t, shape: shapes.get(t)! }));
      const rowWidth = members.reduce((w, m) => w + m.shape.width + SPACING.node, -SPACING.node);
      if (members.length < 2 || rowWidth <= SPACING.maxRowWidth) continue;
      const id = `d:${departmentStacks++}`;
      shapes.set(id, departmentColumnShape(members.map((m) => ({ group: m.id.slice(2), shape: m.shape })), headers, placement));
      const stacked = new Set(targets);
      const first = node.children!.findIndex((c) => stacked.has(c.id));
      const size = shapes.get(id)!;
      node.children!.splice(first, 1, { id, width: size.width, height: size.height });
      node.children = node.children!.filter((c) => !stacked.has(c.id));
      node.edges = node.edges!.filter((e) => !(e.sources[0] === source && stacked.has(e.targets[0]!)));
      node.edges.push({ id: `e${id}`, sources: [source], targets: [id] });
    }
  };

  /**
   * Every department becomes a fixed shape, sub-departments first: one
   * holding a single unit (or nothing) and no edges is a box around it; any
   * other is laid out by ELK on its own, and the result is its shape. So a
   * parent sees each sub-department as one node of known size and can hang a
   * long row of them in columns (stackDepartments) — business units and
   * regions included, not only leaf departments. ELK lays out compound
   * nodes bottom-up anyway (each department on its own), so this is the same
   * layout, run a department at a time.
   */
  for (let gi = graph.groups.length - 1; gi >= 0; gi--) {
    const g = graph.groups[gi]!;
    const node = groupNodes.get(g.id)!;
    const header = headers.get(g.id)!;
    const padTop = header.height + SPACING.groupHeaderGap;
    stackDepartments(node);
    const kids = node.children!;
    const id = `f:${g.id}`;
    let shape: Shape;
    if (kids.length <= 1 && !node.edges!.length && (!kids.length || shapes.has(kids[0]!.id))) {
      shape = fixedDepartmentShape(g.id, header, kids.length ? shapes.get(kids[0]!.id)! : undefined, placement);
    } else {
      const laidOut = await runElk(
        {
          id: node.id,
          children: kids,
          edges: node.edges!,
          layoutOptions: { 'elk.padding': `[top=${padTop},left=${SPACING.groupPadX},bottom=${SPACING.groupPadBottom},right=${SPACING.groupPadX}]` },
        },
        SHARED_OPTIONS,
      );
      shape = laidOutDepartmentShape(g.id, laidOut, Math.max(laidOut.width ?? 0, header.minWidth), Math.max(laidOut.height ?? 0, padTop + SPACING.groupPadBottom));
    }
    shapes.set(id, shape);
    // Stand in for the compound node in its parent (same place in the children, same edges).
    node.id = id;
    delete node.children;
    delete node.edges;
    node.width = shape.width;
    node.height = shape.height;
    for (const e of (g.parent !== undefined ? groupNodes.get(g.parent)! : root).edges!) {
      if (e.sources[0] === `g:${g.id}`) e.sources = [id];
      if (e.targets[0] === `g:${g.id}`) e.targets = [id];
    }
    // Edges lifted higher up name this department through an ancestor, never by its own id.
  }

  stackDepartments(root);

  const laidOut = await runElk(root, SHARED_OPTIONS);
  placement.width = laidOut.width ?? 0;
  placement.height = laidOut.height ?? 0;
  placeAll((later) => placeChildren(laidOut, 0, 0, 0, later));
  return placement;

  /** Place the shapes ELK arranged in `node` (whose top left is ox, oy), shifted right by `shift`. */
  function placeChildren(node: ElkNode, ox: number, oy: number, shift: number, later: PlaceLater): void {
    for (const c of node.children ?? []) later(shapes.get(c.id)!, ox + (c.x ?? 0) + shift, oy + (c.y ?? 0));
  }

  /** A department ELK laid out on its own; widened for its header, it keeps its content centred. */
  function laidOutDepartmentShape(group: string, laidOut: ElkNode, width: number, height: number): Shape {
    const children = laidOut.children ?? [];
    let shift = 0;
    if (children.length) {
      const left = Math.min(...children.map((c) => c.x ?? 0));
      const right = Math.max(...children.map((c) => (c.x ?? 0) + (c.width ?? 0)));
      shift = (width - (right - left)) / 2 - left;
      if (Math.abs(shift) < 0.5) shift = 0;
    }
    return {
      width,
      height,
      place: (x, y, later) => {
        placement.groups.set(group, { x, y, width, height });
        placeChildren(laidOut, x, y, shift, later);
      },
    };
  }
}
