/**
 * The reporting tree and department tree, derived once from the entities so
 * every rule and renderer uses the same reading (and none is quadratic).
 */
import { findNode, nodePosition } from '../load/positions.js';
import type { RawFinding } from '../load/types.js';
import type { Department, Hierarchy, OrgModel, Role } from './types.js';
import { subtreeSums } from '../core/tree/forest.js';
import { pushTo } from '../core/multimap.js';


export function buildHierarchy(model: OrgModel, findings: RawFinding[]): Hierarchy {
  const { roles, departments, organization } = model;
  const declaredTop = organization?.top !== undefined ? roles.get(organization.top) : undefined;

  if (declaredTop?.reportsTo !== undefined) {
    const at = nodePosition(declaredTop.source, findNode(declaredTop.node, ['reports_to'])) ?? { file: declaredTop.source.path, line: 1, column: 1 };
    findings.push({ rule: 'schema', message: `Role '${declaredTop.id}' is the Organization's top but has its own reports_to '${declaredTop.reportsTo}'`, ...at, entity: declaredTop.id });
  }

  const reports = new Map<string, Role[]>();
  const manager = new Map<string, Role>();
  const roots: Role[] = [];
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
    }
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

  // Breadth-first from the tops: each role's level, cycles and dangling managers never reached.
  const depth = new Map<string, number>();
  let frontier = tops.filter((t) => !depth.has(t.id));
  for (const t of frontier) depth.set(t.id, 0);
  for (let level = 1; frontier.length; level++) {
    const next: Role[] = [];
    for (const r of frontier) {
      for (const child of reports.get(r.id) ?? []) {
        if (depth.has(child.id)) continue;
        depth.set(child.id, level);
        next.push(child);
      }
    }
    frontier = next;
  }

  return { reports, manager, departmentRoles, subDepartments, topDepartments, tops, roots, depth };
}

/** Ancestors of a department, nearest first (stops at a loop or an unknown parent). */
export function departmentAncestors(model: OrgModel, deptId: string): Department[] {
  const out: Department[] = [];
  const seen = new Set<string>([deptId]);
  let cur = model.departments.get(deptId)?.parent;
  while (cur !== undefined && !seen.has(cur)) {
    const d = model.departments.get(cur);
    if (!d) break;
    out.push(d);
    seen.add(cur);
    cur = d.parent;
  }
  return out;
}

/** Departments in the subtree rooted at `deptId` (itself first), loop-safe. */
export function departmentSubtree(model: OrgModel, deptId: string): Department[] {
  const out: Department[] = [];
  const seen = new Set<string>();
  const stack = [deptId];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const d = model.departments.get(id);
    if (!d) continue;
    out.push(d);
    const subs = model.hierarchy.subDepartments.get(id) ?? [];
    for (let i = subs.length - 1; i >= 0; i--) stack.push(subs[i]!.id);
  }
  return out;
}

/** Each department's parent in the department tree (what `subDepartments` links), if any. */
function treeParentOf(model: OrgModel): (d: Department) => Department | undefined {
  return (d) => (d.parent !== undefined && d.parent !== d.id ? model.departments.get(d.parent) : undefined);
}

const sumsMemo = new WeakMap<Hierarchy, Map<string, Map<Department, number>>>();

/** A per-department figure summed over each department's subtree (see seatsInSubtree), once per model and figure. */
export function departmentSubtreeSums(model: OrgModel, figure: 'seats' | 'roles' | 'departments'): Map<Department, number> {
  let byFigure = sumsMemo.get(model.hierarchy);
  if (!byFigure) sumsMemo.set(model.hierarchy, (byFigure = new Map()));
  let sums = byFigure.get(figure);
  if (!sums) {
    const roles = (d: Department) => model.hierarchy.departmentRoles.get(d.id) ?? [];
    const own = figure === 'seats' ? (d: Department) => roles(d).reduce((s, r) => s + r.headcount, 0) : figure === 'roles' ? (d: Department) => roles(d).length : () => 1;
    sums = subtreeSums(model.departments.values(), treeParentOf(model), own);
    byFigure.set(figure, sums);
  }
  return sums;
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

/** One department in the department tree's order: its depth (tops are 0) and the parent it hangs under. */
export interface DepartmentVisit {
  dept: Department;
  depth: number;
  parent: Department | undefined;
}

const orderMemo = new WeakMap<Hierarchy, DepartmentVisit[]>();

/**
 * THE department order every consumer walks (charts, handbook, stats, diff,
 * rules): depth-first pre-order from the top departments in model order,
 * children in model order. Iterative, so a chain 100,000 deep is fine.
 * Departments that only a parent loop reaches (no top above them) follow, each
 * loop broken at its first member in model order, which is then a top.
 * Every department appears exactly once. Worked out once per model.
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
      for (let i = subs.length - 1; i >= 0; i--) if (!seen.has(subs[i]!)) stack.push({ dept: subs[i]!, depth: visit.depth + 1, parent: visit.dept });
    }
  };
  for (const top of model.hierarchy.topDepartments) walkFrom(top);
  for (const dept of model.departments.values()) if (!seen.has(dept)) walkFrom(dept);
  orderMemo.set(model.hierarchy, out);
  return out;
}
