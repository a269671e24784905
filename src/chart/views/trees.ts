/**
 * The two trees a chart hangs on, made total for an org with findings: the
 * department forest and the reporting forest of the roles in view, each
 * with its cycles broken at the first member in model order (so every
 * department and every role appears exactly once), plus sums over them.
 * Iterative throughout: a chain can be thousands deep.
 */
import type { Department, OrgModel, Role } from '../../model/types.js';
import { Ancestry } from '../../core/tree/ancestry.js';
import { pushTo } from '../../core/multimap.js';

/** The department forest with cycles broken: preorder, and each department's parent in it. */
export interface DepartmentTree {
  order: Department[];
  parent: Map<string, string>;
  children: Map<string, Department[]>;
}

export function departmentTree(model: OrgModel): DepartmentTree {
  const order: Department[] = [];
  const parent = new Map<string, string>();
  const children = new Map<string, Department[]>();
  const placed = new Set<string>();
  const visit = (top: Department) => {
    const stack: Department[] = [top];
    placed.add(top.id);
    while (stack.length) {
      const d = stack.pop()!;
      order.push(d);
      const subs = (model.hierarchy.subDepartments.get(d.id) ?? []).filter((s) => !placed.has(s.id));
      for (const s of subs) {
        placed.add(s.id);
        parent.set(s.id, d.id);
      }
      children.set(d.id, subs);
      for (let i = subs.length - 1; i >= 0; i--) stack.push(subs[i]!);
    }
  };
  for (const d of model.hierarchy.topDepartments) visit(d);
  // Departments in a parent cycle are reached from no top: the first of each cycle (model order) becomes a top.
  for (const d of model.departments.values()) if (!placed.has(d.id)) visit(d);
  return { order, parent, children };
}

/** The reporting forest of the roles in scope: manager links inside the view, cycles broken. */
export interface ReportingForest {
  order: Role[];
  manager: Map<string, string>;
  reports: Map<string, Role[]>;
  level: Map<string, number>;
}

export function reportingForest(model: OrgModel, scope: Role[], viewRoot: string | undefined): ReportingForest {
  const inScope = new Set(scope.map((r) => r.id));
  const index = new Map(scope.map((r, i) => [r.id, i]));
  const manager = new Map<string, string>();
  for (const r of scope) {
    const m = model.hierarchy.manager.get(r.id);
    if (m && inScope.has(m.id) && r.id !== viewRoot) manager.set(r.id, m.id);
  }
  const reportsOf = (links: Map<string, string>) => {
    const reports = new Map<string, Role[]>();
    for (const r of scope) {
      const m = links.get(r.id);
      if (m === undefined) continue;
      pushTo(reports, m, r);
    }
    return reports;
  };
  let reports = reportsOf(manager);
  const level = new Map<string, number>();
  const order: Role[] = [];
  const spread = (root: Role) => {
    level.set(root.id, 0);
    const queue = [root];
    for (let i = 0; i < queue.length; i++) {
      const r = queue[i]!;
      order.push(r);
      for (const c of reports.get(r.id) ?? []) {
        if (level.has(c.id)) continue;
        level.set(c.id, level.get(r.id)! + 1);
        queue.push(c);
      }
    }
  };
  for (const r of scope) if (!manager.has(r.id)) spread(r);
  // What is left hangs off a reporting cycle: walk up to the loop and cut it at its first member.
  let broken = false;
  for (const r of scope) {
    if (level.has(r.id)) continue;
    const walk: string[] = [];
    const onWalk = new Set<string>();
    let cur: string | undefined = r.id;
    while (cur !== undefined && !onWalk.has(cur)) {
      walk.push(cur);
      onWalk.add(cur);
      cur = manager.get(cur);
    }
    const loop = walk.slice(walk.indexOf(cur!));
    const cut = loop.reduce((a, b) => (index.get(a)! <= index.get(b)! ? a : b));
    manager.delete(cut);
    reports = reportsOf(manager);
    broken = true;
    spread(model.roles.get(cut)!);
  }
  if (broken) reports = reportsOf(manager);
  return { order, manager, reports, level };
}

/** A per-department value summed over each department's subtree. */
export function sumUp(tree: DepartmentTree, own: (id: string) => number): Map<string, number> {
  const out = new Map<string, number>();
  // Preorder backwards sees every sub-department before its parent.
  for (let i = tree.order.length - 1; i >= 0; i--) {
    const d = tree.order[i]!;
    let v = own(d.id);
    for (const c of tree.children.get(d.id) ?? []) v += out.get(c.id)!;
    out.set(d.id, v);
  }
  return out;
}

/** How many boxes (and seats) sit below each node, counting only links in `childrenOf`. */
export function subtreeTotals<T extends { id: string }>(order: T[], childrenOf: (id: string) => T[], seatsOf: (n: T) => number) {
  const count = new Map<string, number>();
  const seats = new Map<string, number>();
  // `order` is breadth-first, so walking it backwards sees children before parents.
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i]!;
    let c = 0;
    let s = 0;
    for (const k of childrenOf(n.id)) {
      c += 1 + count.get(k.id)!;
      s += seatsOf(k) + seats.get(k.id)!;
    }
    count.set(n.id, c);
    seats.set(n.id, s);
  }
  return { count, seats };
}

/**
 * The departments a set of roles needs: their own, and the ancestors up to
 * the one they all share (kept: it frames the view), or up to their tops
 * when they share none. Each department is walked up only to where an
 * earlier one's walk went: linear, however deep the tree.
 */
export function enclosingDepartments(depts: Iterable<string>, tree: DepartmentTree): Set<string> {
  const own = [...new Set(depts)];
  if (!own.length) return new Set();
  const ancestry = new Ancestry(tree.order.map((d) => ({ id: d.id, parent: tree.parent.get(d.id) })));
  let shared: string | undefined = own[0];
  for (const d of own.slice(1)) if (shared !== undefined) shared = ancestry.lowestCommon(shared, d);
  const out = new Set<string>();
  for (const d of own) {
    for (let cur: string | undefined = d; cur !== undefined && !out.has(cur); cur = tree.parent.get(cur)) {
      out.add(cur);
      if (cur === shared) break;
    }
  }
  return out;
}
