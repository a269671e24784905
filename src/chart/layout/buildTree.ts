/**
 * Layout step 1, the tree ELK is given: a compound node per department (in
 * its parent's, or the root), and in it one node of fixed shape per unit — a
 * role tree that stays in the department, a stack of leaves, or a single box.
 */
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { SizedBox } from '../draw/boxes.js';
import { elkId, type ElkId } from './elkId.js';
import type { Placement, Shape } from './geometry.js';
import { shapeMaker } from './shapes.js';
import { planStacks, solidReports, withinDepartment } from './units.js';
import type { ChartGraph } from '../types.js';

export interface ElkTree {
  root: ElkNode;
  /** The compound node of each department (until place.ts folds it into a fixed shape). */
  groupNodes: Map<string, ElkNode>;
  /** The shape behind each fixed-shape node. */
  shapes: Map<ElkId, Shape>;
  /** The unit node each box is in. */
  unitOf: Map<string, ElkId>;
  /** How many column blocks of departments have been made (their ids count up). */
  columnBlocks: number;
}

export function buildTree(graph: ChartGraph, sized: Map<string, SizedBox>, placement: Placement): ElkTree {
  const { columnsOf, stackOf } = planStacks(graph);
  placement.stackOf = stackOf;
  const reports = solidReports(graph);
  const inside = withinDepartment(graph, reports);
  const { boxShape, stackShape, treeShape } = shapeMaker(sized, placement, reports, columnsOf);

  const tree: ElkTree = {
    root: { id: elkId({ kind: 'root' }), children: [], edges: [] },
    groupNodes: new Map(),
    shapes: new Map(),
    unitOf: new Map(),
    columnBlocks: 0,
  };
  for (const g of graph.groups) {
    const node: ElkNode = { id: elkId({ kind: 'group', group: g.id }), children: [], edges: [] };
    tree.groupNodes.set(g.id, node);
    (g.parent !== undefined ? tree.groupNodes.get(g.parent)! : tree.root).children!.push(node);
  }
  const container = (group: string | undefined) => (group !== undefined ? tree.groupNodes.get(group)! : tree.root);
  const addUnit = (id: ElkId, group: string | undefined, shape: Shape, members: string[]) => {
    tree.shapes.set(id, shape);
    for (const m of members) tree.unitOf.set(m, id);
    container(group).children!.push({ id, width: shape.width, height: shape.height });
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
  const plan = new Map<string, { id: ElkId; make: () => Shape; members: string[] }>();
  for (const b of graph.boxes) {
    const m = managerOf.get(b.id);
    if (!inside.has(b.id) || (m !== undefined && inside.has(m)) || !reports.has(b.id)) continue;
    const unit = { id: elkId({ kind: 'tree', role: b.id }), make: () => treeShape(b.id), members: membersOf(b.id) };
    for (const member of unit.members) plan.set(member, unit);
  }
  for (const b of graph.boxes) {
    if (plan.has(b.id)) continue;
    const stack = stackOf.get(b.id);
    const unit =
      stack !== undefined
        ? { id: stack, make: () => stackShape(stack, managerOf.get(b.id)!), members: columnsOf.get(stack)!.flat() }
        : { id: elkId({ kind: 'box', role: b.id }), make: () => boxShape(b.id), members: [b.id] };
    for (const member of unit.members) plan.set(member, unit);
  }
  for (const b of graph.boxes) {
    const unit = plan.get(b.id)!;
    if (!tree.unitOf.has(b.id)) addUnit(unit.id, b.group, unit.make(), unit.members);
  }
  return tree;
}
