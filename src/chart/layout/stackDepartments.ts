/**
 * Layout step 3, in each department as it is folded (and in the root): a
 * long row of departments under one manager (an org with many departments
 * is otherwise tens of thousands of pixels wide) is hung in balanced columns
 * off spines, like stacked roles. Every department is a fixed shape by the
 * time its parent is laid out; only those with nothing hanging below them at
 * this level (no line from one of their roles to a sibling) are hung.
 */
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { GroupHeader } from '../draw/boxes.js';
import type { ElkTree } from './buildTree.js';
import { departmentColumnShape } from './departmentShapes.js';
import { elkId, idOf, refOf, type ElkId } from './elkId.js';
import { SPACING, type Placement } from './geometry.js';

export function stackDepartments(node: ElkNode, tree: ElkTree, headers: Map<string, GroupHeader>, placement: Placement): void {
  const { shapes } = tree;
  const sourceOf = (e: { sources: string[] }) => e.sources[0]! as ElkId;
  const targetOf = (e: { targets: string[] }) => e.targets[0]! as ElkId;
  const sources = new Set(node.edges!.map(sourceOf));
  const incoming = new Map<ElkId, number>();
  for (const e of node.edges!) incoming.set(targetOf(e), (incoming.get(targetOf(e)) ?? 0) + 1);
  const order = new Map(node.children!.map((c, i) => [idOf(c), i]));
  for (const source of [...sources]) {
    const targets: Array<{ id: ElkId; group: string }> = [];
    for (const e of node.edges!) {
      if (sourceOf(e) !== source) continue;
      const t = targetOf(e);
      const ref = refOf(t);
      if (ref.kind === 'department' && !sources.has(t) && incoming.get(t) === 1) targets.push({ id: t, group: ref.group });
    }
    targets.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    const members = targets.map((t) => ({ group: t.group, shape: shapes.get(t.id)! }));
    const rowWidth = members.reduce((w, m) => w + m.shape.width + SPACING.node, -SPACING.node);
    if (members.length < 2 || rowWidth <= SPACING.maxRowWidth) continue;
    const id = elkId({ kind: 'columns', index: tree.columnBlocks++ });
    const size = departmentColumnShape(members, headers, placement);
    shapes.set(id, size);
    const stacked = new Set<string>(targets.map((t) => t.id));
    const first = node.children!.findIndex((c) => stacked.has(c.id));
    node.children!.splice(first, 1, { id, width: size.width, height: size.height });
    node.children = node.children!.filter((c) => !stacked.has(c.id));
    node.edges = node.edges!.filter((e) => !(sourceOf(e) === source && stacked.has(targetOf(e))));
    node.edges.push({ id: `e${id}`, sources: [source], targets: [id] });
  }
}
