/**
 * The `departments` view: one box per department (name, head, seats and
 * vacancies of its whole subtree, "+N" when depth folds sub-departments),
 * lines from each department to its sub-departments, and from the department
 * of a top department's head's manager to it (headLines).
 */
import type { Department, OrgModel } from '../../model/types.js';
import { colorIndexOf } from '../draw/palette.js';
import { departmentTooltip } from '../draw/tooltips.js';
import { subtreeOf } from './departmentTree.js';
import type { ViewContext } from './select.js';
import { DisjointSets } from '../../core/tree/disjointSets.js';
import { enclosingDepartments, subtreeTotals } from './trees.js';
import { departmentOf, rootOf } from './view.js';
import type { ChartBox, ChartEdge, ChartGraph } from '../types.js';

export function departmentLevel({ model, view, locale, words, tree, scope, orgName, viewName }: ViewContext): ChartGraph {
  const department = departmentOf(view);
  // In tree order (pre-order): parents before children, so levels are one pass forwards and totals one pass backwards.
  let inView: Department[];
  if (rootOf(view) !== undefined) {
    const ids = enclosingDepartments(
      scope.map((r) => r.department).filter((d): d is string => d !== undefined && model.departments.has(d)),
      tree,
    );
    inView = tree.order.filter((d) => ids.has(d.id));
  } else if (department !== undefined) {
    inView = subtreeOf(tree, department);
  } else {
    inView = tree.order;
  }
  const inViewIds = new Set(inView.map((d) => d.id));
  const parentOf = (id: string) => {
    const p = tree.parent.get(id);
    return p !== undefined && inViewIds.has(p) ? p : undefined;
  };
  const childrenOf = (id: string) => (tree.children.get(id) ?? []).filter((d) => inViewIds.has(d.id));

  // Seats and staffing of the roles in scope, per department, then summed up the tree.
  const ownSeats = new Map<string, number>();
  const ownVacant = new Map<string, number>();
  for (const r of scope) {
    if (r.department === undefined || !inViewIds.has(r.department)) continue;
    ownSeats.set(r.department, (ownSeats.get(r.department) ?? 0) + r.headcount);
    if (r.holders) ownVacant.set(r.department, (ownVacant.get(r.department) ?? 0) + Math.max(0, r.headcount - r.holders.length));
  }
  const level = new Map<string, number>();
  for (const d of inView) {
    const p = parentOf(d.id);
    level.set(d.id, p === undefined ? 0 : level.get(p)! + 1);
  }
  const total = new Map<string, number>();
  const vacant = new Map<string, number | undefined>();
  for (let i = inView.length - 1; i >= 0; i--) {
    const d = inView[i]!;
    let seats = ownSeats.get(d.id) ?? 0;
    let vac = ownVacant.get(d.id);
    for (const c of childrenOf(d.id)) {
      seats += total.get(c.id)!;
      const cv = vacant.get(c.id);
      if (cv !== undefined) vac = (vac ?? 0) + cv;
    }
    total.set(d.id, seats);
    vacant.set(d.id, vac);
  }
  const hiddenTotals = subtreeTotals(inView, childrenOf, () => 0);

  const depth = view.depth;
  const visible = inView.filter((d) => depth === undefined || level.get(d.id)! <= depth);
  const visibleIds = new Set(visible.map((d) => d.id));
  const boxes: ChartBox[] = visible.map((d) => {
    const hidden = depth !== undefined && level.get(d.id) === depth ? hiddenTotals.count.get(d.id)! : 0;
    const head = d.head !== undefined ? model.roles.get(d.head) : undefined;
    const tooltip = departmentTooltip(model, d, total.get(d.id)!, words);
    const vac = vacant.get(d.id);
    const hiddenSeats = hidden ? childrenOf(d.id).reduce((s, c) => s + total.get(c.id)!, 0) : 0;
    if (hidden) tooltip.push(words.more(hidden, 'departments', hiddenSeats));
    return {
      id: d.id,
      kind: 'department' as const,
      title: d.name,
      seats: total.get(d.id)!,
      ...(vac !== undefined ? { vacancies: vac } : {}),
      ...(head ? { head: head.title } : {}),
      hidden,
      hiddenSeats,
      color: colorIndexOf(d.id),
      tooltip,
    };
  });
  const edges: ChartEdge[] = [];
  for (const d of visible) {
    const p = parentOf(d.id);
    if (p !== undefined && visibleIds.has(p)) edges.push({ from: p, to: d.id, style: 'solid' });
  }
  edges.push(...headLines(model, inView, visible, parentOf, visibleIds));
  const seats = scope.reduce((s, r) => s + r.headcount, 0);
  const subtitle = [viewName, words.departments(inView.length), words.seats(seats), depth !== undefined ? words.depth(depth) : '']
    .filter(Boolean)
    .join(' · ');
  return { level: 'department', locale, title: words.departmentChartTitle(orgName), subtitle, boxes, groups: [], edges };
}

/**
 * A department with no parent in view is still placed under someone: its
 * head reports to a role in another department (every head to 总经理 in
 * 总经办). Like the role chart, draw that line, from the (visible) department
 * of the head's manager. Only lines that keep the chart a forest are drawn
 * (a department is never hung below itself through its own subtree, nor two
 * top departments under each other): a union-find over the trees drawn so far.
 * Linear: one pre-order pass maps each department to its nearest visible one.
 */
function headLines(
  model: OrgModel,
  inView: Department[],
  visible: Department[],
  parentOf: (id: string) => string | undefined,
  visibleIds: Set<string>,
): ChartEdge[] {
  const shown = new Map<string, string>();
  for (const d of inView) {
    const p = parentOf(d.id);
    const up = visibleIds.has(d.id) ? d.id : p !== undefined ? shown.get(p) : undefined;
    if (up !== undefined) shown.set(d.id, up);
  }
  const trees = new DisjointSets<string>();
  for (const d of visible) {
    const p = parentOf(d.id);
    if (p !== undefined && visibleIds.has(p)) trees.union(p, d.id);
  }
  const lines: ChartEdge[] = [];
  for (const d of visible) {
    if (parentOf(d.id) !== undefined || d.head === undefined) continue;
    const managerDept = model.hierarchy.manager.get(d.head)?.department;
    const from = managerDept !== undefined ? shown.get(managerDept) : undefined;
    if (from === undefined || trees.find(from) === trees.find(d.id)) continue;
    trees.union(from, d.id);
    lines.push({ from, to: d.id, style: 'solid' });
  }
  return lines;
}
