/**
 * Layout with elkjs — the only module that loads it, and only when a chart
 * needs geometry (SVG and JSON; Mermaid and DOT do not).
 *
 * Departments are ELK compound nodes: each holds its own roles and its
 * sub-departments, and ELK lays every department out on its own, bottom-up
 * (hierarchy handling SEPARATE_CHILDREN), which keeps the work close to
 * linear in the size of the org. A reporting line between two departments is
 * given to ELK as an edge between their representatives in the lowest
 * department that holds both (the manager, or the sub-department box that
 * contains the report), so each department box lands below its manager; the
 * lines themselves are routed afterwards in routes.ts, org-chart style.
 *
 * The leaves under a manager (reports with no reports of their own, in the
 * manager's department) are stacked in a column — what people draw on a wall
 * chart, and a big saving in width and layout time. A stack is one ELK node,
 * and so is a manager whose reports are all in its stack, together with the
 * stack (a "block"): ELK's cost is per node, and the shape of a block is
 * fixed anyway (the manager centred above its column).
 */
import type { ELK, ELKConstructorArguments, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
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
}

/** Knobs for measuring alternatives (bench); the defaults are what the measurements chose. */
export interface LayoutTuning {
  algorithm: 'layered' | 'mrtree' | 'auto';
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
};

type ElkConstructor = new (args?: ELKConstructorArguments) => ELK;

let elkInstance: Promise<ELK> | undefined;

async function elk(): Promise<ELK> {
  elkInstance ??= import('elkjs/lib/elk.bundled.js').then((mod) => {
    // A CommonJS bundle: under Node's ESM interop its `default` is module.exports, whose `default` is the class.
    const exported = mod.default as unknown as { default?: ElkConstructor } & ElkConstructor;
    const ELKClass = exported.default ?? exported;
    return new ELKClass({ algorithms: ['layered', 'mrtree'] });
  });
  return elkInstance;
}

const ELK_ID = {
  box: (id: string) => `b:${id}`,
  group: (id: string) => `g:${id}`,
  stack: (manager: string) => `s:${manager}`,
  block: (manager: string) => `k:${manager}`,
};

/**
 * Which leaves go into stacks (see the module comment). In a chart of
 * departments the boxes are few and large, so a row reads better: there
 * leaves are stacked only under a parent whose children are all leaves.
 */
export function planStacks(graph: ChartGraph): { columnsOf: Map<string, string[][]>; stackOf: Map<string, string>; blocks: Set<string> } {
  const groupOf = new Map(graph.boxes.map((b) => [b.id, b.group]));
  const reports = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (e.style !== 'solid') continue;
    const list = reports.get(e.from);
    if (list) list.push(e.to);
    else reports.set(e.from, [e.to]);
  }
  const columnsOf = new Map<string, string[][]>();
  const stackOf = new Map<string, string>();
  const blocks = new Set<string>();
  for (const b of graph.boxes) {
    const all = reports.get(b.id) ?? [];
    const leaves = all.filter((r) => !reports.has(r) && groupOf.get(r) === b.group);
    if (leaves.length < 2 || (graph.level === 'department' && leaves.length < all.length)) continue;
    const id = ELK_ID.stack(b.id);
    const columnCount = Math.ceil(leaves.length / SPACING.stackMaxRows);
    const rows = Math.ceil(leaves.length / columnCount);
    const columns: string[][] = [];
    for (let i = 0; i < leaves.length; i += rows) columns.push(leaves.slice(i, i + rows));
    columnsOf.set(id, columns);
    for (const l of leaves) stackOf.set(l, id);
    if (leaves.length === all.length) blocks.add(b.id);
  }
  return { columnsOf, stackOf, blocks };
}

function stackSize(columns: string[][], sized: Map<string, SizedBox>): { width: number; height: number } {
  let height = 0;
  let width = 0;
  columns.forEach((col, i) => {
    const h = col.reduce((s, id) => s + sized.get(id)!.height, 0) + SPACING.stackGap * (col.length - 1);
    height = Math.max(height, h);
    width += (i ? SPACING.stackColumnGap : 0) + SPACING.stackIndent + Math.max(...col.map((id) => sized.get(id)!.width));
  });
  return { width, height };
}

/** Is this container's graph a forest (every node at most one incoming edge, no cycle)? mrtree needs one. */
function isForest(node: ElkNode): boolean {
  const parent = new Map<string, string>();
  for (const e of node.edges ?? []) {
    const t = e.targets[0]!;
    if (parent.has(t)) return false;
    parent.set(t, e.sources[0]!);
  }
  for (const start of parent.keys()) {
    const seen = new Set<string>();
    for (let cur: string | undefined = start; cur !== undefined; cur = parent.get(cur)) {
      if (seen.has(cur)) return false;
      seen.add(cur);
    }
  }
  return true;
}

function containerOptions(algorithm: 'layered' | 'mrtree', header?: GroupHeader): Record<string, string> {
  const options: Record<string, string> = { 'elk.algorithm': algorithm };
  if (header) {
    options['elk.padding'] = `[top=${header.height + SPACING.groupHeaderGap},left=${SPACING.groupPadX},bottom=${SPACING.groupPadBottom},right=${SPACING.groupPadX}]`;
    options['elk.nodeSize.constraints'] = 'MINIMUM_SIZE';
    options['elk.nodeSize.minimum'] = `(${header.minWidth},${header.height + SPACING.groupHeaderGap + SPACING.groupPadBottom})`;
  }
  return options;
}

/** Options every level shares (passed once, not per node). */
const SHARED_OPTIONS: Record<string, string> = {
  'elk.direction': 'DOWN',
  'elk.spacing.nodeNode': String(SPACING.node),
  'elk.layered.spacing.nodeNodeBetweenLayers': String(SPACING.layer),
  'elk.spacing.componentComponent': String(SPACING.node),
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
  'elk.edgeRouting': 'ORTHOGONAL',
};

export async function layoutChart(
  graph: ChartGraph,
  sized: Map<string, SizedBox>,
  headers: Map<string, GroupHeader>,
  tuning: LayoutTuning = { algorithm: 'layered' },
): Promise<Placement> {
  const { columnsOf, stackOf, blocks } = planStacks(graph);
  /** The ELK node a box is laid out as: itself, its stack, or its (or its manager's) block. */
  const unitOf = (box: string): string => {
    if (blocks.has(box)) return ELK_ID.block(box);
    const stack = stackOf.get(box);
    if (stack === undefined) return ELK_ID.box(box);
    const manager = stack.slice(2);
    return blocks.has(manager) ? ELK_ID.block(manager) : stack;
  };
  const blockSize = (manager: string) => {
    const m = sized.get(manager)!;
    const stack = stackSize(columnsOf.get(ELK_ID.stack(manager))!, sized);
    return { width: Math.max(m.width, stack.width), height: m.height + SPACING.layer + stack.height };
  };
  const root: ElkNode = { id: 'root', children: [], edges: [] };
  const groupNodes = new Map<string, ElkNode>();
  const chainOf = new Map<string, string[]>();
  for (const g of graph.groups) {
    const node: ElkNode = { id: ELK_ID.group(g.id), children: [], edges: [] };
    groupNodes.set(g.id, node);
    chainOf.set(g.id, g.parent !== undefined ? [...chainOf.get(g.parent)!, g.id] : [g.id]);
    (g.parent !== undefined ? groupNodes.get(g.parent)! : root).children!.push(node);
  }
  const container = (group: string | undefined) => (group !== undefined ? groupNodes.get(group)! : root);
  const groupOfBox = new Map(graph.boxes.map((b) => [b.id, b.group]));
  const added = new Set<string>();
  for (const b of graph.boxes) {
    const unit = unitOf(b.id);
    if (added.has(unit)) continue;
    added.add(unit);
    const [kind, id] = [unit[0], unit.slice(2)];
    const size = kind === 'b' ? sized.get(id)! : kind === 's' ? stackSize(columnsOf.get(unit)!, sized) : blockSize(id);
    container(b.group).children!.push({ id: unit, width: size.width, height: size.height });
  }

  // Reporting lines, lifted to the lowest department holding both ends.
  const seen = new Set<string>();
  for (const e of graph.edges) {
    if (e.style !== 'solid') continue;
    const cm = chainOf.get(groupOfBox.get(e.from) ?? '') ?? [];
    const ct = chainOf.get(groupOfBox.get(e.to) ?? '') ?? [];
    let i = 0;
    while (i < cm.length && i < ct.length && cm[i] === ct[i]) i++;
    const source = i < cm.length ? ELK_ID.group(cm[i]!) : unitOf(e.from);
    const target = i < ct.length ? ELK_ID.group(ct[i]!) : unitOf(e.to);
    const key = `${source}\u0000${target}`;
    if (source === target || seen.has(key)) continue;
    seen.add(key);
    const edge: ElkExtendedEdge = { id: `e${seen.size}`, sources: [source], targets: [target] };
    (i === 0 ? root : groupNodes.get(cm[i - 1]!)!).edges!.push(edge);
  }

  const pick = (node: ElkNode): 'layered' | 'mrtree' => (tuning.algorithm === 'auto' ? (isForest(node) ? 'mrtree' : 'layered') : tuning.algorithm);
  root.layoutOptions = containerOptions(pick(root));
  for (const g of graph.groups) {
    const node = groupNodes.get(g.id)!;
    node.layoutOptions = containerOptions(pick(node), headers.get(g.id));
  }

  const laidOut = await (await elk()).layout(root, { layoutOptions: SHARED_OPTIONS });

  const placement: Placement = { width: laidOut.width ?? 0, height: laidOut.height ?? 0, boxes: new Map(), groups: new Map(), stacks: new Map(), stackOf };
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
      const rect = { x: ox + (c.x ?? 0) + shift, y: oy + (c.y ?? 0), width: c.width ?? 0, height: c.height ?? 0 };
      const [kind, ...rest] = c.id.split(':');
      const id = rest.join(':');
      if (kind === 'b') placement.boxes.set(id, rect);
      else if (kind === 'g') {
        placement.groups.set(id, rect);
        place(c, rect.x, rect.y);
      } else if (kind === 'k') placeBlock(id, rect);
      else placeStack(c.id, rect);
    }
  };
  const placeBlock = (manager: string, rect: Rect) => {
    const m = sized.get(manager)!;
    const stackId = ELK_ID.stack(manager);
    const stack = stackSize(columnsOf.get(stackId)!, sized);
    placement.boxes.set(manager, { x: rect.x + (rect.width - m.width) / 2, y: rect.y, width: m.width, height: m.height });
    placeStack(stackId, { x: rect.x + (rect.width - stack.width) / 2, y: rect.y + m.height + SPACING.layer, ...stack });
  };
  const placeStack = (id: string, rect: Rect) => {
    const columns = columnsOf.get(id)!;
    const spines: number[] = [];
    let x = rect.x;
    for (const col of columns) {
      spines.push(x + SPACING.stackIndent / 2);
      let y = rect.y;
      let colWidth = 0;
      for (const boxId of col) {
        const s = sized.get(boxId)!;
        placement.boxes.set(boxId, { x: x + SPACING.stackIndent, y, width: s.width, height: s.height });
        y += s.height + SPACING.stackGap;
        colWidth = Math.max(colWidth, s.width);
      }
      x += SPACING.stackIndent + colWidth + SPACING.stackColumnGap;
    }
    placement.stacks.set(id, { id, manager: id.slice(2), columns, rect, spines });
  };
  place(laidOut, 0, 0);
  return placement;
}
