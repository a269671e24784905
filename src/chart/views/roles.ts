/**
 * The `roles` view: every role in scope in a box (down to `depth`, deeper
 * ones folded into "+N"), inside its department's box, with solid reporting
 * lines and dotted matrix lines.
 */
import { colorIndexOf } from '../draw/palette.js';
import { departmentTooltip, roleTooltip, staffing } from '../draw/tooltips.js';
import { subtreeOf, sumUp } from './departmentTree.js';
import type { ViewContext } from './select.js';
import { enclosingDepartments, reportingForest, subtreeTotals } from './trees.js';
import { departmentOf, rootOf } from './view.js';
import type { ChartBox, ChartEdge, ChartGraph, ChartGroup } from '../types.js';

export function roleLevel({ model, view, locale, words, tree, scope, orgName, viewName }: ViewContext): ChartGraph {
  const root = rootOf(view);
  const department = departmentOf(view);
  const forest = reportingForest(model, scope, root);
  const depth = view.depth;
  const visible = forest.order.filter((r) => depth === undefined || forest.level.get(r.id)! <= depth);
  const visibleIds = new Set(visible.map((r) => r.id));
  const totals = subtreeTotals(
    forest.order,
    (id) => forest.reports.get(id) ?? [],
    (r) => r.headcount,
  );

  // Departments drawn as boxes.
  const roleDepts = visible.map((r) => r.department).filter((d): d is string => d !== undefined && model.departments.has(d));
  let groupIds: Set<string>;
  if (root !== undefined) {
    groupIds = enclosingDepartments(roleDepts, tree);
  } else {
    const inView = department !== undefined ? subtreeOf(tree, department) : tree.order;
    const withRoles = new Set<string>();
    for (const d of roleDepts)
      for (let cur: string | undefined = d; cur !== undefined && !withRoles.has(cur); cur = tree.parent.get(cur)) withRoles.add(cur);
    // Collapsing hides departments whose roles are all hidden; a department with no roles at all is still drawn (empty).
    const rolesBelow = sumUp(tree, (d) => (model.hierarchy.departmentRoles.get(d) ?? []).length);
    groupIds = new Set(inView.filter((d) => withRoles.has(d.id) || rolesBelow.get(d.id) === 0).map((d) => d.id));
  }
  const scopeIds = new Set(scope.map((r) => r.id));
  const seatsBelow = sumUp(tree, (d) =>
    (model.hierarchy.departmentRoles.get(d) ?? []).reduce((a, r) => a + (scopeIds.has(r.id) ? r.headcount : 0), 0),
  );
  const groups: ChartGroup[] = tree.order
    .filter((d) => groupIds.has(d.id))
    .map((d) => {
      const parent = tree.parent.get(d.id);
      const seats = seatsBelow.get(d.id)!;
      return {
        id: d.id,
        name: d.name,
        ...(parent !== undefined && groupIds.has(parent) ? { parent } : {}),
        seats,
        color: colorIndexOf(d.id),
        tooltip: departmentTooltip(model, d, seats, words),
      };
    });

  // Boxes in sibling order (the scope's order: departmentOrder, then each department's roles by `order`).
  const scopeIndex = new Map(scope.map((r, i) => [r.id, i]));
  const boxes: ChartBox[] = visible
    .slice()
    .sort((a, b) => (scopeIndex.get(a.id) ?? scope.length) - (scopeIndex.get(b.id) ?? scope.length))
    .map((r) => {
      const collapsed = depth !== undefined && forest.level.get(r.id) === depth;
      const hidden = collapsed ? totals.count.get(r.id)! : 0;
      const group = r.department !== undefined && groupIds.has(r.department) ? r.department : undefined;
      const tooltip = roleTooltip(model, r, words);
      if (hidden) tooltip.push(words.more(hidden, 'roles', totals.seats.get(r.id)!));
      return {
        id: r.id,
        kind: 'role' as const,
        title: r.title,
        ...(group !== undefined ? { group } : {}),
        seats: r.headcount,
        ...staffing(r),
        hidden,
        hiddenSeats: hidden ? totals.seats.get(r.id)! : 0,
        color: colorIndexOf(group),
        tooltip,
      };
    });

  const edges: ChartEdge[] = [];
  for (const b of boxes) {
    const m = forest.manager.get(b.id);
    if (m !== undefined && visibleIds.has(m)) edges.push({ from: m, to: b.id, style: 'solid' });
  }
  for (const b of boxes) {
    const role = model.roles.get(b.id)!;
    const seen = new Set<string>();
    for (const d of role.dottedLine) {
      // A dotted line that repeats the solid one, points at itself or leaves the view is not drawn.
      if (d === b.id || d === forest.manager.get(b.id) || !visibleIds.has(d) || seen.has(d)) continue;
      seen.add(d);
      edges.push({ from: d, to: b.id, style: 'dotted' });
    }
  }

  const seatsInScope = scope.reduce((s, r) => s + r.headcount, 0);
  const subtitle = [viewName, words.roles(scope.length), words.seats(seatsInScope), depth !== undefined ? words.depth(depth) : '']
    .filter(Boolean)
    .join(' · ');
  return { level: 'role', locale, title: words.chartTitle(orgName), subtitle, boxes, groups, edges };
}
