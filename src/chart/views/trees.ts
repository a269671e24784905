/**
 * The reporting forest of the roles in view, made total for an org with
 * findings (cycles broken at the first member in model order, so every role
 * appears exactly once), sums over it, and the departments a set of roles
 * needs. The department tree itself is departmentTree.ts.
 * Iterative throughout: a chain can be thousands deep.
 */
import type { OrgModel, Role } from '../../model/types.js';
import type { DepartmentTree } from './departmentTree.js';
import { Ancestry } from '../../core/tree/ancestry.js';
import { pushTo } from '../../core/multimap.js';

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
