/**
 * View selection: which roles and departments a chart shows, and how they
 * hang together, before any geometry.
 *
 *   full org → scope {root: ROLE} (reporting subtree) | {department: DEPT} (department subtree)
 *            → depth N (collapse below N levels, "+N" on the last visible managers)
 *            → kind 'roles' (roles in department boxes) | 'departments' (one box per department)
 *
 * An org with findings still gives a chart: a role whose manager is unknown
 * (or outside the view) is drawn as a root, and a reporting or department
 * cycle is broken at its first member in model order, so every role appears
 * exactly once.
 */
import type { OrgModel, Role } from '../../model/types.js';
import { departmentOrder } from '../../model/hierarchy.js';
import { UsageError } from '../../core/errors.js';
import { didYouMeanId } from '../../lint/rules/utils/suggestId.js';
import { departmentLevel } from './departments.js';
import { departmentTree, subtreeOf, type DepartmentTree } from './departmentTree.js';
import { roleLevel } from './roles.js';
import { teamLevel, teamOf } from './team.js';
import { departmentOf, rootOf, viewOf, type ChartView } from './view.js';
import type { ChartGraph, ChartOptions } from '../types.js';
import { chartWords, type ChartWords } from '../../i18n/index.js';
import { pickLocale, type Locale } from '../../core/locale.js';

/** What both levels start from: the view, the model's department tree, and the roles in scope. */
export interface ViewContext {
  model: OrgModel;
  view: ChartView;
  locale: Locale;
  words: ChartWords;
  tree: DepartmentTree;
  /** The roles in scope, in model order. */
  scope: Role[];
  orgName: string;
  /** The part of the org in view, for the subtitle ('' for the whole org). */
  viewName: string;
}

/** The chart's graph for these options (the CLI's and the library's): `computeView(model, viewOf(options), options.lang)`. */
export function selectView(model: OrgModel, options: ChartOptions): ChartGraph {
  return computeView(model, viewOf(options), options.lang);
}

/** The view's graph, its own words in `lang` (default: the org's locale, else English). */
export function computeView(model: OrgModel, view: ChartView, lang?: Locale): ChartGraph {
  const root = rootOf(view);
  const department = departmentOf(view);
  if (root !== undefined && !model.roles.has(root)) {
    // A department given to --root (or a role to --department) is the other option's job: say which.
    if (model.departments.has(root)) throw new UsageError(`--root '${root}' is a department, not a role: use --department '${root}'`);
    throw new UsageError(`--root '${root}' is not a role${didYouMeanId(root, model.roles)}`);
  }
  if (department !== undefined && !model.departments.has(department)) {
    if (model.roles.has(department))
      throw new UsageError(`--department '${department}' is a role, not a department: use --root '${department}'`);
    throw new UsageError(`--department '${department}' is not a department${didYouMeanId(department, model.departments)}`);
  }
  if (view.kind === 'team') teamOf({ model }, view.team); // an unknown team is a usage error before any work
  const locale = pickLocale(lang, model.organization);
  const words = chartWords(locale);
  const tree = departmentTree(model);
  const ctx: ViewContext = {
    model,
    view,
    locale,
    words,
    tree,
    scope: view.kind === 'team' ? [] : rolesInScope(model, tree, view),
    orgName: model.organization?.name ?? '',
    viewName:
      root !== undefined
        ? words.reportsOf(model.roles.get(root)!.title)
        : department !== undefined
          ? model.departments.get(department)!.name
          : '',
  };
  if (view.kind === 'team') return teamLevel(ctx, view.team);
  return view.kind === 'departments' ? departmentLevel(ctx) : roleLevel(ctx);
}

/**
 * The roles in scope, in sibling order (departments in departmentOrder, each one's roles in departmentRoles order, then
 * roles without a known department in model order): the root's reporting subtree, the department subtree's roles, or all.
 */
function rolesInScope(model: OrgModel, tree: DepartmentTree, view: ChartView): Role[] {
  const ordered: Role[] = [];
  for (const { dept } of departmentOrder(model)) ordered.push(...(model.hierarchy.departmentRoles.get(dept.id) ?? []));
  for (const r of model.roles.values()) if (r.department === undefined || !model.departments.has(r.department)) ordered.push(r);
  const root = rootOf(view);
  const department = departmentOf(view);
  if (root !== undefined) {
    const seen = new Set([root]);
    const queue = [model.roles.get(root)!];
    for (let i = 0; i < queue.length; i++) {
      for (const c of model.hierarchy.reports.get(queue[i]!.id) ?? []) {
        if (seen.has(c.id)) continue;
        seen.add(c.id);
        queue.push(c);
      }
    }
    return ordered.filter((r) => seen.has(r.id));
  }
  if (department !== undefined) {
    const depts = new Set(subtreeOf(tree, department).map((d) => d.id));
    return ordered.filter((r) => r.department !== undefined && depts.has(r.department));
  }
  return ordered;
}
