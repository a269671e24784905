/**
 * The `departments` view: one box per department (name, head, seats and
 * vacancies of its whole subtree, "+N" when depth folds sub-departments),
 * lines from each department to its sub-departments.
 */
import type { Department } from '../../model/types.js';
import { colorIndexOf } from '../draw/palette.js';
import { departmentTooltip } from '../draw/tooltips.js';
import { subtreeOf } from './departmentTree.js';
import type { ViewContext } from './select.js';
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
  const seats = scope.reduce((s, r) => s + r.headcount, 0);
  const subtitle = [viewName, words.departments(inView.length), words.seats(seats), depth !== undefined ? words.depth(depth) : '']
    .filter(Boolean)
    .join(' · ');
  return { level: 'department', locale, title: words.departmentChartTitle(orgName), subtitle, boxes, groups: [], edges };
}
