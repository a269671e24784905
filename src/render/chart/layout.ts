/**
 * Layout: sized boxes → absolute rectangles, with ELK (run by elk.ts, the
 * only module that loads elkjs; Mermaid and DOT never get here).
 *
 * Departments are ELK compound nodes: each holds its roles and its
 * sub-departments, and ELK (`layered`, top-down) lays every department out
 * on its own, bottom-up (hierarchy handling SEPARATE_CHILDREN). A reporting
 * line between departments is given to ELK as an edge between the two ends'
 * representatives in the lowest department that holds both (the manager, or
 * the sub-department box that contains the report), so each department box
 * lands below its manager. The lines are routed afterwards (routes.ts).
 *
 * What ELK is given was chosen by measurement (bench/chart.mjs). ELK 0.12
 * costs about 2–5 ms per node and per compound node in a fresh process
 * whatever the options (thoroughness, crossing minimisation, node placement,
 * layering, micro layout: none moved it), and `mrtree` sizes compound nodes
 * wrongly when siblings differ in height, so `layered` it is, and the lever
 * is the number of nodes. So, each a single ELK node:
 * - a stack: the leaves under a manager (reports with no reports of their
 *   own, in the manager's department), in a column with a spine on its left
 *   — what people draw on a wall chart, and far narrower than a row;
 * - a role tree inside a department: a role whose whole reporting subtree
 *   stays in its department is composed here as a tidy tree (each manager
 *   centred over the row of its reports' trees, top-aligned) — the shape
 *   ELK's layered gives a tree, without ELK's per-node cost;
 * - a department holding a single thing (one role tree, or nothing): its box
 *   is that thing plus the header and padding, no layout run needed.
 * Roles outside any department, and charts of departments, are laid out by
 * ELK box by box (with stacks).
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import { prepareElk, runElk } from './elk.js';
import type { GroupHeader, SizedBox } from './boxes.js';
import type { ChartGraph } from './types.js';

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
};

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

/** A piece of the chart with a fixed shape, placed as one ELK node. */
interface Shape {
  width: number;
  height: number;
  /** Record the absolute rectangles of everything in it, given its top left. */
  place(x: number, y: number): void;
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

function solidReports(graph: ChartGraph): Map<string, string[]> {
  const reports = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (e.style !== 'solid') continue;
    const list = reports.get(e.from);
    if (list) list.push(e.to);
    else reports.set(e.from, [e.to]);
  }
  return reports;
}

/** Roles whose whole reporting subtree stays in their own department (what a role tree unit may hold). */
function withinDepartment(graph: ChartGraph, reports: Map<string, string[]>): Set<string> {
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
      if (g !== undefined && kids.every((k) => groupOf.get(k) === g && inside.has(k))) inside.add(top[0]);
    }
  }
  return inside;
}

export async function layoutChart(graph: ChartGraph, sized: Map<string, SizedBox>, headers: Map<string, GroupHeader>): Promise<Placement> {
  const { columnsOf, stackOf } = planStacks(graph);
  const reports = solidReports(graph);
  const inside = withinDepartment(graph, reports);
  const groupOfBox = new Map(graph.boxes.map((b) => [b.id, b.group]));
  const placement: Placement = { width: 0, height: 0, boxes: new Map(), groups: new Map(), stacks: new Map(), stackOf, stackedGroups: new Map() };

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

  /** A manager's reports as shapes in a row: sub-trees, and its stack where its first leaf is. */
  const childShapes = (id: string, subtree: (child: string) => Shape): Shape[] => {
    const out: Shape[] = [];
    for (const r of reports.get(id) ?? []) {
      const stack = stackOf.get(r);
      if (stack === undefined) out.push(subtree(r));
      else if (columnsOf.get(stack)![0]![0] === r) out.push(stackShape(stack));
    }
    return out;
  };

  /** A role tree inside a department: the manager centred over its reports' row (see the module comment). */
  const treeShape = (id: string): Shape => {
    const top = boxShape(id);
    const kids = childShapes(id, treeShape);
    if (!kids.length) return top;
    const xs: number[] = [];
    let rowWidth = 0;
    for (const k of kids) {
      xs.push(rowWidth);
      rowWidth += k.width + SPACING.node;
    }
    rowWidth -= SPACING.node;
    const centre = (xs[0]! + kids[0]!.width / 2 + xs[xs.length - 1]! + kids[kids.length - 1]!.width / 2) / 2;
    const topX = centre - top.width / 2;
    const left = Math.min(0, topX);
    const width = Math.max(rowWidth, topX + top.width) - left;
    const rowY = top.height + SPACING.layer;
    const height = rowY + Math.max(...kids.map((k) => k.height));
    return {
      width,
      height,
      place: (x, y) => {
        top.place(x + topX - left, y);
        kids.forEach((k, i) => k.place(x + xs[i]! - left, y + rowY));
      },
    };
  };

  // ELK nodes: a fixed shape for each unit, compound nodes for departments.
  const shapes = new Map<string, Shape>();
  const unitOf = new Map<string, string>();
  const root: ElkNode = { id: 'root', children: [], edges: [] };
  const groupNodes = new Map<string, ElkNode>();
  const chainOf = new Map<string, string[]>();
  for (const g of graph.groups) {
    const node: ElkNode = { id: `g:${g.id}`, children: [], edges: [] };
    groupNodes.set(g.id, node);
    chainOf.set(g.id, g.parent !== undefined ? [...chainOf.get(g.parent)!, g.id] : [g.id]);
    (g.parent !== undefined ? groupNodes.get(g.parent)! : root).children!.push(node);
  }
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
    const cm = chainOf.get(groupOfBox.get(e.from) ?? '') ?? [];
    const ct = chainOf.get(groupOfBox.get(e.to) ?? '') ?? [];
    let i = 0;
    while (i < cm.length && i < ct.length && cm[i] === ct[i]) i++;
    const source = i < cm.length ? `g:${cm[i]!}` : unitOf.get(e.from)!;
    const target = i < ct.length ? `g:${ct[i]!}` : unitOf.get(e.to)!;
    const key = `${source}\u0000${target}`;
    if (source === target || seen.has(key)) continue;
    seen.add(key);
    const edge: ElkExtendedEdge = { id: `e${seen.size}`, sources: [source], targets: [target] };
    (i === 0 ? root : groupNodes.get(cm[i - 1]!)!).edges!.push(edge);
  }

  /**
   * A long row of departments under one manager (an org with many leaf
   * departments is otherwise tens of thousands of pixels wide) is hung in
   * balanced columns off spines, like stacked roles. Only departments that
   * are already fixed shapes, with nothing hanging below them here.
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
      const widest = Math.max(...members.map((m) => m.shape.width));
      const columnCount = Math.max(1, Math.min(members.length, Math.floor((SPACING.maxRowWidth + SPACING.stackColumnGap) / (SPACING.stackIndent + widest + SPACING.stackColumnGap))));
      const total = members.reduce((h, m) => h + m.shape.height + SPACING.departmentStackGap, 0);
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
      const id = `d:${departmentStacks++}`;
      shapes.set(id, {
        width: widths.reduce((w, cw) => w + SPACING.stackIndent + cw + SPACING.stackColumnGap, -SPACING.stackColumnGap),
        height: Math.max(...heights),
        place: (x0, y0) => {
          let x = x0;
          columns.forEach((col, i) => {
            let y = y0;
            for (const m of col) {
              m.shape.place(x + SPACING.stackIndent, y);
              const group = m.id.slice(2);
              placement.stackedGroups.set(group, { spine: x + SPACING.stackIndent / 2, entryY: y + headers.get(group)!.height / 2 });
              y += m.shape.height + SPACING.departmentStackGap;
            }
            x += SPACING.stackIndent + widths[i]! + SPACING.stackColumnGap;
          });
        },
      });
      const stacked = new Set(targets);
      const first = node.children!.findIndex((c) => stacked.has(c.id));
      const size = shapes.get(id)!;
      node.children!.splice(first, 1, { id, width: size.width, height: size.height });
      node.children = node.children!.filter((c) => !stacked.has(c.id));
      node.edges = node.edges!.filter((e) => !(e.sources[0] === source && stacked.has(e.targets[0]!)));
      node.edges.push({ id: `e${id}`, sources: [source], targets: [id] });
    }
  };

  // A department holding one unit (or nothing) and no edges has a fixed shape; sub-departments first.
  for (let gi = graph.groups.length - 1; gi >= 0; gi--) {
    const g = graph.groups[gi]!;
    const node = groupNodes.get(g.id)!;
    const header = headers.get(g.id)!;
    const padTop = header.height + SPACING.groupHeaderGap;
    stackDepartments(node);
    const kids = node.children!;
    if (kids.length <= 1 && !node.edges!.length && (!kids.length || shapes.has(kids[0]!.id))) {
      const inner = kids.length ? shapes.get(kids[0]!.id)! : undefined;
      const width = Math.max(header.minWidth, (inner?.width ?? 0) + 2 * SPACING.groupPadX);
      const height = padTop + (inner ? inner.height + SPACING.groupPadBottom : SPACING.groupPadBottom);
      const id = `f:${g.id}`;
      shapes.set(id, {
        width,
        height,
        place: (x, y) => {
          placement.groups.set(g.id, { x, y, width, height });
          inner?.place(x + (width - inner.width) / 2, y + padTop);
        },
      });
      // Stand in for the compound node in its parent (same place in the children, same edges).
      node.id = id;
      delete node.children;
      delete node.edges;
      node.width = width;
      node.height = height;
      for (const e of (g.parent !== undefined ? groupNodes.get(g.parent)! : root).edges!) {
        if (e.sources[0] === `g:${g.id}`) e.sources = [id];
        if (e.targets[0] === `g:${g.id}`) e.targets = [id];
      }
      // Edges lifted higher up name this department through an ancestor, never by its own id.
      continue;
    }
    node.layoutOptions = {
      'elk.padding': `[top=${padTop},left=${SPACING.groupPadX},bottom=${SPACING.groupPadBottom},right=${SPACING.groupPadX}]`,
      'elk.nodeSize.constraints': 'MINIMUM_SIZE',
      'elk.nodeSize.minimum': `(${header.minWidth},${padTop + SPACING.groupPadBottom})`,
    };
  }

  stackDepartments(root);

  const laidOut = await runElk(root, SHARED_OPTIONS);

  placement.width = laidOut.width ?? 0;
  placement.height = laidOut.height ?? 0;
  const place = (node: ElkNode, ox: number, oy: number) => {
    const children = node.children ?? [];
    // A department widened for its header keeps its content centred.
    let shift = 0;
    if (node !== laidOut && children.length) {
      const left = Math.min(...children.map((c) => c.x ?? 0));
      const right = Math.max(...children.map((c) => (c.x ?? 0) + (c.width ?? 0)));
      shift = ((node.width ?? 0) - (right - left)) / 2 - left;
      if (Math.abs(shift) < 0.5) shift = 0;
    }
    for (const c of children) {
      const x = ox + (c.x ?? 0) + shift;
      const y = oy + (c.y ?? 0);
      const shape = shapes.get(c.id);
      if (shape) shape.place(x, y);
      else {
        placement.groups.set(c.id.slice(2), { x, y, width: c.width ?? 0, height: c.height ?? 0 });
        place(c, x, y);
      }
    }
  };
  place(laidOut, 0, 0);
  return placement;
}
