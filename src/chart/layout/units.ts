/**
 * Which boxes travel together through the layout: the leaves stacked under
 * their manager, the solid reporting links, and the roles whose whole
 * reporting subtree stays in their department (what a role tree may hold).
 */
import { elkId, type ElkId } from './elkId.js';
import { SPACING } from './geometry.js';
import type { ChartGraph } from '../types.js';
import { pushTo } from '../../core/multimap.js';

/**
 * Which leaves go into stacks: two or more leaves under one manager, in its
 * department. In a chart of departments the boxes are few and large and a
 * row reads better, so there only the children of a parent whose children
 * are all leaves are stacked.
 */
export function planStacks(graph: ChartGraph): { columnsOf: Map<ElkId, string[][]>; stackOf: Map<string, ElkId> } {
  const groupOf = new Map(graph.boxes.map((b) => [b.id, b.group]));
  const reports = solidReports(graph);
  const columnsOf = new Map<ElkId, string[][]>();
  const stackOf = new Map<string, ElkId>();
  for (const b of graph.boxes) {
    const all = reports.get(b.id) ?? [];
    const leaves = all.filter((r) => !reports.has(r) && groupOf.get(r) === b.group);
    if (leaves.length < 2 || (graph.level === 'department' && leaves.length < all.length)) continue;
    const id = elkId({ kind: 'stack', manager: b.id });
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
