/**
 * View selection: which roles and departments a chart shows, and how they
 * hang together, before any geometry.
 *
 *   full org → --root ROLE (reporting subtree) | --department DEPT (department subtree)
 *            → --depth N (collapse below N levels, "+N" on the last visible managers)
 *            → --level role (roles in department boxes) | department (one box per department)
 *
 * An org with findings still gives a chart: a role whose manager is unknown
 * (or outside the view) is drawn as a root, and a reporting or department
 * cycle is broken at its first member in model order, so every role appears
 * exactly once.
 */
import type { Department, OrgModel, Role } from '../../model/types.js';
import { UsageError } from '../../core/errors.js';
import { didYouMean } from '../../core/text/suggest.js';
import { departmentLevel } from './departments.js';
import { departmentTooltip, roleTooltip, staffing } from '../draw/tooltips.js';
import { departmentTree, enclosingDepartments, reportingForest, subtreeTotals, sumUp } from './trees.js';
import type { ChartBox, ChartEdge, ChartGraph, ChartGroup, ChartOptions } from '../types.js';
import { chartWords } from '../../i18n/index.js';

export function selectView(model: OrgModel, options: ChartOptions): ChartGraph {
  const locale = model.organization?.locale ?? 'en';
  const words = chartWords(locale);
  if (options.root !== undefined && options.department !== undefined) {
    throw new UsageError('--root and --department cannot be used together');
  }
  if (options.root !== undefined && !model.roles.has(options.root)) {
    throw new UsageError(`--root '${options.root}' is not a role${didYouMean(options.root, model.roles)}`);
  }
  if (options.department !== undefined && !model.departments.has(options.department)) {
    throw new UsageError(`--department '${options.department}' is not a department${didYouMean(options.department, model.departments)}`);
  }
  const tree = departmentTree(model);
  const color = new Map(tree.order.map((d, i) => [d.id, i]));
  const deptSubtree = (id: string): Department[] => {
    const out: Department[] = [];
    const stack = [model.departments.get(id)!];
    while (stack.length) {
      const d = stack.pop()!;
      out.push(d);
      const subs = tree.children.get(d.id) ?? [];
      for (let i = subs.length - 1; i >= 0; i--) stack.push(subs[i]!);
    }
    return out;
  };

  // The roles in scope, in model order.
  let scope: Role[];
  if (options.root !== undefined) {
    const seen = new Set([options.root]);
    const queue = [model.roles.get(options.root)!];
    for (let i = 0; i < queue.length; i++) {
      for (const c of model.hierarchy.reports.get(queue[i]!.id) ?? []) {
        if (seen.has(c.id)) continue;
        seen.add(c.id);
        queue.push(c);
      }
    }
    scope = [...model.roles.values()].filter((r) => seen.has(r.id));
  } else if (options.department !== undefined) {
    const depts = new Set(deptSubtree(options.department).map((d) => d.id));
    scope = [...model.roles.values()].filter((r) => r.department !== undefined && depts.has(r.department));
  } else {
    scope = [...model.roles.values()];
  }

  const orgName = model.organization?.name ?? '';
  const viewName = options.root !== undefined
    ? words.reportsOf(model.roles.get(options.root)!.title)
    : options.department !== undefined
      ? model.departments.get(options.department)!.name
      : '';
  const seatsInScope = scope.reduce((s, r) => s + r.headcount, 0);

  if ((options.level ?? 'role') === 'department') {
    return departmentLevel(model, options, words, tree, color, scope, deptSubtree, orgName, viewName);
  }

  const forest = reportingForest(model, scope, options.root);
  const depth = options.depth;
  const visible = forest.order.filter((r) => depth === undefined || forest.level.get(r.id)! <= depth);
  const visibleIds = new Set(visible.map((r) => r.id));
  const totals = subtreeTotals(forest.order, (id) => forest.reports.get(id) ?? [], (r) => r.headcount);

  // Departments drawn as boxes.
  const roleDepts = visible.map((r) => r.department).filter((d): d is string => d !== undefined && model.departments.has(d));
  let groupIds: Set<string>;
  if (options.root !== undefined) {
    groupIds = enclosingDepartments(roleDepts, tree);
  } else {
    const inView = options.department !== undefined ? deptSubtree(options.department) : tree.order;
    const withRoles = new Set<string>();
    for (const d of roleDepts) for (let cur: string | undefined = d; cur !== undefined && !withRoles.has(cur); cur = tree.parent.get(cur)) withRoles.add(cur);
    // Collapsing hides departments whose roles are all hidden; a department with no roles at all is still drawn (empty).
    const rolesBelow = sumUp(tree, (d) => (model.hierarchy.departmentRoles.get(d) ?? []).length);
    groupIds = new Set(inView.filter((d) => withRoles.has(d.id) || rolesBelow.get(d.id) === 0).map((d) => d.id));
  }
  const scopeIds = new Set(scope.map((r) => r.id));
  const seatsBelow = sumUp(tree, (d) => (model.hierarchy.departmentRoles.get(d) ?? []).reduce((a, r) => a + (scopeIds.has(r.id) ? r.headcount : 0), 0));
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
        color: color.get(d.id)!,
        tooltip: departmentTooltip(model, d, seats, words),
      };
    });

  const modelIndex = new Map([...model.roles.keys()].map((id, i) => [id, i]));
  const boxes: ChartBox[] = visible
    .slice()
    .sort((a, b) => modelIndex.get(a.id)! - modelIndex.get(b.id)!)
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
        color: group !== undefined ? color.get(group)! : -1,
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

  const subtitle = [viewName, words.roles(scope.length), words.seats(seatsInScope), depth !== undefined ? words.depth(depth) : '']
    .filter(Boolean)
    .join(' · ');
  return { level: 'role', locale, title: words.chartTitle(orgName), subtitle, boxes, groups, edges };
}
