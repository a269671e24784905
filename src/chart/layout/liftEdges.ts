/**
 * Layout step 2: each reporting line becomes an ELK edge between the two
 * ends' representatives in the lowest department that holds both (the
 * manager's unit, or the sub-department that contains the report), so each
 * department box lands below its manager. Dotted lines take no part in the
 * layout; the drawn lines are routed afterwards (routes.ts).
 */
import type { ElkExtendedEdge } from 'elkjs/lib/elk-api.js';
import type { ElkTree } from './buildTree.js';
import { elkId } from './elkId.js';
import type { ChartGraph } from '../types.js';
import { Ancestry } from '../../core/tree/ancestry.js';

export function liftEdges(graph: ChartGraph, tree: ElkTree): void {
  const groupOfBox = new Map(graph.boxes.map((b) => [b.id, b.group]));
  // Not each department's chain of ancestors written out: that is O(n · depth) on a deep tree.
  const ancestry = new Ancestry(graph.groups);
  const seen = new Set<string>();
  for (const e of graph.edges) {
    if (e.style !== 'solid') continue;
    const ends = ancestry.split(groupOfBox.get(e.from), groupOfBox.get(e.to));
    const source = ends.a !== undefined ? elkId({ kind: 'group', group: ends.a }) : tree.unitOf.get(e.from)!;
    const target = ends.b !== undefined ? elkId({ kind: 'group', group: ends.b }) : tree.unitOf.get(e.to)!;
    const key = `${source}\u0000${target}`;
    if (source === target || seen.has(key)) continue;
    seen.add(key);
    const edge: ElkExtendedEdge = { id: `e${seen.size}`, sources: [source], targets: [target] };
    (ends.lowest === undefined ? tree.root : tree.groupNodes.get(ends.lowest)!).edges!.push(edge);
  }
}
