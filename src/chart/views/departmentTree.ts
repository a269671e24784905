/**
 * The department tree a chart hangs on: THE department order of the model
 * (`departmentOrder`, cycles broken at their first member in model order),
 * indexed the way the views look it up. Sums over it follow the tree as it is
 * drawn: a department in a parent loop is drawn inside the loop member it was
 * cut under, so it counts what is drawn in it.
 */
import { departmentOrder } from '../../model/hierarchy.js';
import type { Department, OrgModel } from '../../model/types.js';
import { subtreeSums } from '../../core/tree/forest.js';
import { pushTo } from '../../core/multimap.js';

export interface DepartmentTree {
  /** Pre-order: every department once, parents before children, siblings in model order. */
  order: Department[];
  parent: Map<string, string>;
  children: Map<string, Department[]>;
  depth: Map<string, number>;
  /** Each department's place in `order`. */
  index: Map<string, number>;
}

export function departmentTree(model: OrgModel): DepartmentTree {
  const visits = departmentOrder(model);
  const tree: DepartmentTree = { order: [], parent: new Map(), children: new Map(), depth: new Map(), index: new Map() };
  for (const { dept, depth, parent } of visits) {
    tree.index.set(dept.id, tree.order.length);
    tree.order.push(dept);
    tree.depth.set(dept.id, depth);
    if (parent !== undefined) {
      tree.parent.set(dept.id, parent.id);
      pushTo(tree.children, parent.id, dept);
    }
  }
  return tree;
}

/** A department and its sub-departments, in tree order: a pre-order subtree is one run of `order`. */
export function subtreeOf(tree: DepartmentTree, id: string): Department[] {
  const start = tree.index.get(id)!;
  const top = tree.depth.get(id)!;
  let end = start + 1;
  while (end < tree.order.length && tree.depth.get(tree.order[end]!.id)! > top) end++;
  return tree.order.slice(start, end);
}

/** A per-department value summed over each department's subtree in the tree (see above). */
export function sumUp(tree: DepartmentTree, own: (id: string) => number): Map<string, number> {
  const byDept = subtreeSums(
    tree.order,
    (d) => (tree.parent.has(d.id) ? tree.order[tree.index.get(tree.parent.get(d.id)!)!] : undefined),
    (d) => own(d.id),
  );
  return new Map(tree.order.map((d) => [d.id, byDept.get(d)!]));
}
