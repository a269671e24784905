/**
 * The reporting tree and department tree, derived once from the entities so
 * every rule and renderer uses the same reading (and none is quadratic).
 */
import { findNode, nodePosition } from '../load/positions.js';
import type { RawFinding } from '../load/types.js';
import type { Department, Hierarchy, OrgModel, Role } from './types.js';
import { pushTo } from '../core/multimap.js';

export function buildHierarchy(model: OrgModel, findings: RawFinding[]): Hierarchy {
  const { roles, departments, organization } = model;
  const declaredTop = organization?.top !== undefined ? roles.get(organization.top) : undefined;

  if (declaredTop?.reportsTo !== undefined) {
    const at = nodePosition(declaredTop.source, findNode(declaredTop.node, ['reports_to'])) ?? {
      file: declaredTop.source.path,
      line: 1,
      column: 1,
    };
    findings.push({
      rule: 'schema',
      message: `Role '${declaredTop.id}' is the Organization's top but has its own reports_to '${declaredTop.reportsTo}'`,
      ...at,
      entity: declaredTop.id,
    });
  }

  const reports = new Map<string, Role[]>();
  const manager = new Map<string, Role>();
  const roots: Role[] = [];
  const dangling: Role[] = [];
  for (const role of roles.values()) {
    if (role === declaredTop) continue; // the top's own reports_to is ignored (and reported above)
    if (role.reportsTo === undefined) {
      if (!role.invalid) roots.push(role);
      continue;
    }
    const m = roles.get(role.reportsTo);
    if (m) {
      manager.set(role.id, m);
      pushTo(reports, m.id, role);
    } else dangling.push(role);
  }

  const tops: Role[] = declaredTop ? [declaredTop, ...roots] : roots;

  const departmentRoles = new Map<string, Role[]>();
  for (const role of roles.values()) if (role.department !== undefined) pushTo(departmentRoles, role.department, role);

  const subDepartments = new Map<string, Department[]>();
  const topDepartments: Department[] = [];
  for (const dept of departments.values()) {
    if (dept.parent !== undefined && departments.has(dept.parent) && dept.parent !== dept.id) pushTo(subDepartments, dept.parent, dept);
    else topDepartments.push(dept);
  }

  // Breadth-first from the tops: each role's level, cycles and dangling managers never reached. No role is met
  // twice, so none is looked up first: a role is in the reports of its one manager only, and a top is in none
  // (the roots have no reports_to, and the declared top's is not followed).
  const depth = new Map<string, number>();
  let frontier = tops;
  for (const t of frontier) depth.set(t.id, 0);
  for (let level = 1; frontier.length; level++) {
    const next: Role[] = [];
    for (const r of frontier) {
      for (const child of reports.get(r.id) ?? []) {
        depth.set(child.id, level);
        next.push(child);
      }
    }
    frontier = next;
  }

  // Sibling order: `order` first (lower first), then those without one in model order, except that the departments
  // holding the top role (its department and the ones above it) lead their siblings. Each list is sorted once.
  const leading = topDepartmentChain(model, tops[0]);
  const byOrder = <T extends { order?: number }>(list: T[], lead?: Set<T>) => {
    if (list.length < 2) return;
    // Nothing to reorder (the sort is stable, every key equal): most lists of a large org, twice per role.
    if (!lead?.size && !list.some((x) => x.order !== undefined)) return;
    const rank = (x: T) => (x.order !== undefined ? 0 : lead?.has(x) ? 1 : 2);
    list.sort((a, b) => rank(a) - rank(b) || (a.order !== undefined && b.order !== undefined ? a.order - b.order : 0));
  };
  byOrder(topDepartments, leading);
  for (const list of subDepartments.values()) byOrder(list, leading);
  for (const list of departmentRoles.values()) byOrder(list);
  for (const list of reports.values()) byOrder(list);

  return { reports, manager, dangling, departmentRoles, subDepartments, topDepartments, tops, roots, depth };
}

/**
 * The department holding the top role (the one whose head it is, else its own
 * department) and the departments above it: each leads its siblings by default.
 */
function topDepartmentChain(model: OrgModel, top: Role | undefined): Set<Department> {
  const chain = new Set<Department>();
  if (top === undefined) return chain;
  let holder: Department | undefined;
  for (const d of model.departments.values())
    if (d.head === top.id) {
      holder = d;
      break;
    }
  holder ??= top.department !== undefined ? model.departments.get(top.department) : undefined;
  if (holder === undefined) return chain;
  chain.add(holder);
  for (const d of departmentAncestors(model, holder)) chain.add(d);
  return chain;
}

/**
 * Ancestors of a department, nearest first, following `parent` links (stops
 * at a loop, an unknown parent or after `max` of them): what a breadcrumb
 * names, bounded so a page costs the same however deep the tree.
 */
export function departmentAncestors(model: OrgModel, dept: Department, max = Infinity): Department[] {
  const out: Department[] = [];
  const seen = new Set<string>([dept.id]);
  let cur = dept.parent;
  while (cur !== undefined && !seen.has(cur) && out.length < max) {
    const d = model.departments.get(cur);
    if (!d) break;
    out.push(d);
    seen.add(cur);
    cur = d.parent;
  }
  return out;
}

/** Seats of some roles: the sum of their headcounts (every seat count in the tool is this sum). */
export function seatsOf(roles: Iterable<Role>): number {
  let seats = 0;
  for (const r of roles) seats += r.headcount;
  return seats;
}

/** Each department's parent in the department tree (what `subDepartments` links), if any. */
function treeParentOf(model: OrgModel, d: Department): Department | undefined {
  return d.parent !== undefined && d.parent !== d.id ? model.departments.get(d.parent) : undefined;
}

/**
 * A top department (in `topDepartments`): no parent, its own parent or an
 * unknown one. A top of departmentOrder that is not one was cut out of a loop.
 */
export function isTopDepartment(model: OrgModel, d: Department): boolean {
  return treeParentOf(model, d) === undefined;
}

/** One department in the department tree's order: its depth (tops are 0) and the parent it hangs under. */
export interface DepartmentVisit {
  dept: Department;
  depth: number;
  parent: Department | undefined;
}

const orderMemo = new WeakMap<Hierarchy, DepartmentVisit[]>();

/**
 * THE department order every consumer walks (charts, handbook, stats, diff,
 * rules): depth-first pre-order from the top departments in sibling order,
 * children in sibling order (`order`, then the top role's department, then
 * model order; see buildHierarchy). Iterative, so a chain 100,000 deep is fine.
 * Departments that only a parent loop reaches (no top above them) follow:
 * each loop is broken at its first member in model order, which becomes a
 * top with the loop and everything hanging off it below (a department hanging
 * off the loop is never a top, whatever its place in model order).
 * Every department appears exactly once, and every visit's `parent` is the
 * department's own parent except at a top. Worked out once per model.
 */
export function departmentOrder(model: OrgModel): readonly DepartmentVisit[] {
  const memo = orderMemo.get(model.hierarchy);
  if (memo) return memo;
  const out: DepartmentVisit[] = [];
  const seen = new Set<Department>();
  const walkFrom = (top: Department) => {
    const stack: DepartmentVisit[] = [{ dept: top, depth: 0, parent: undefined }];
    while (stack.length) {
      const visit = stack.pop()!;
      if (seen.has(visit.dept)) continue;
      seen.add(visit.dept);
      out.push(visit);
      const subs = model.hierarchy.subDepartments.get(visit.dept.id) ?? [];
      for (let i = subs.length - 1; i >= 0; i--)
        if (!seen.has(subs[i]!)) stack.push({ dept: subs[i]!, depth: visit.depth + 1, parent: visit.dept });
    }
  };
  for (const top of model.hierarchy.topDepartments) walkFrom(top);
  const modelIndex = new Map([...model.departments.values()].map((d, i) => [d, i]));
  for (const dept of model.departments.values()) {
    if (seen.has(dept)) continue;
    // Not below a top: up the parent links is a loop (all unseen, as a walk takes whole subtrees); cut it at its first member.
    const path: Department[] = [];
    const onPath = new Set<Department>();
    let cur = dept;
    while (!onPath.has(cur)) {
      onPath.add(cur);
      path.push(cur);
      cur = treeParentOf(model, cur)!;
    }
    const loop = path.slice(path.indexOf(cur));
    walkFrom(loop.reduce((a, b) => (modelIndex.get(a)! <= modelIndex.get(b)! ? a : b)));
  }
  orderMemo.set(model.hierarchy, out);
  return out;
}

/** Where each department stands in departmentOrder, and where its subtree there ends. */
export interface DepartmentTreeIndex {
  /** Position of each department in departmentOrder. */
  index: Map<Department, number>;
  /** The subtree of the visit at i is departmentOrder(model).slice(i, end[i]) (a pre-order keeps it in one run). */
  end: number[];
  /** The members of the loop cut at each top that had one (the top first, then down the tree), for loop tops only. */
  loopAt: Map<Department, Department[]>;
}

const indexMemo = new WeakMap<Hierarchy, DepartmentTreeIndex>();

export function departmentTreeIndex(model: OrgModel): DepartmentTreeIndex {
  const memo = indexMemo.get(model.hierarchy);
  if (memo) return memo;
  const order = departmentOrder(model);
  const index = new Map(order.map((v, i) => [v.dept, i]));
  const end = order.map((_, i) => i + 1);
  for (let i = order.length - 1; i >= 0; i--) {
    const parent = order[i]!.parent;
    if (parent === undefined) continue;
    const p = index.get(parent)!;
    end[p] = Math.max(end[p]!, end[i]!);
  }
  // A top whose own parent exists was cut out of a loop: the loop runs from that parent up the visits to the top.
  const loopAt = new Map<Department, Department[]>();
  for (const { dept, depth } of order) {
    const closing = depth === 0 ? treeParentOf(model, dept) : undefined;
    if (closing === undefined) continue;
    const loop: Department[] = [];
    for (let v = order[index.get(closing)!]!; ; v = order[index.get(v.parent)!]!) {
      loop.push(v.dept);
      if (v.parent === undefined) break;
    }
    loopAt.set(dept, loop.reverse());
  }
  const built = { index, end, loopAt };
  indexMemo.set(model.hierarchy, built);
  return built;
}

/** The departments of the subtree rooted at `dept` in departmentOrder (itself first). */
export function departmentSubtree(model: OrgModel, dept: Department): readonly DepartmentVisit[] {
  const { index, end } = departmentTreeIndex(model);
  const i = index.get(dept)!;
  return departmentOrder(model).slice(i, end[i]);
}

const sumsMemo = new WeakMap<Hierarchy, Map<string, Map<Department, number>>>();

/**
 * A per-department figure summed over each department's subtree, once per
 * model and `key`, from prefix sums over departmentOrder. A department on a
 * parent loop counts the whole loop and everything hanging off it (all that
 * is below it), which is the subtree of the top the loop was cut at. Every
 * "with its sub-departments" figure (stats, handbook, diff, budget rule) is
 * one of these, so they cannot disagree.
 */
export function sumOverSubtrees(model: OrgModel, key: string, own: (d: Department) => number): Map<Department, number> {
  let byKey = sumsMemo.get(model.hierarchy);
  if (!byKey) sumsMemo.set(model.hierarchy, (byKey = new Map<string, Map<Department, number>>()));
  let sums = byKey.get(key);
  if (!sums) {
    const order = departmentOrder(model);
    const { end, loopAt } = departmentTreeIndex(model);
    const prefix = [0];
    for (const { dept } of order) prefix.push(prefix[prefix.length - 1]! + own(dept));
    sums = new Map(order.map(({ dept }, i) => [dept, prefix[end[i]!]! - prefix[i]!]));
    for (const [top, loop] of loopAt) for (const m of loop) sums.set(m, sums.get(top)!);
    byKey.set(key, sums);
  }
  return sums;
}

/** Seats, roles or departments (itself included) of each department with its sub-departments. */
export function departmentSubtreeSums(model: OrgModel, figure: 'seats' | 'roles' | 'departments'): Map<Department, number> {
  const roles = (d: Department) => model.hierarchy.departmentRoles.get(d.id) ?? [];
  const own = figure === 'seats' ? (d: Department) => seatsOf(roles(d)) : figure === 'roles' ? (d: Department) => roles(d).length : () => 1;
  return sumOverSubtrees(model, figure, own);
}

/**
 * Seats in a department and all its sub-departments (a department in a
 * parent loop: the whole loop and what hangs off it), for every department
 * at once: linear however deep the tree, and worked out once per model.
 */
export function seatsInSubtree(model: OrgModel, deptId: string): number {
  const dept = model.departments.get(deptId);
  return dept ? departmentSubtreeSums(model, 'seats').get(dept)! : 0;
}
