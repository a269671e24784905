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
import { UsageError } from '../../util/errors.js';
import { didYouMean } from '../../util/suggest.js';
import type { ChartBox, ChartEdge, ChartGraph, ChartGroup, ChartOptions } from './types.js';
import { wordsFor, type ChartWords } from './words.js';

/** The department forest with cycles broken: preorder, and each department's parent in it. */
interface DepartmentTree {
  order: Department[];
  parent: Map<string, string>;
  children: Map<string, Department[]>;
}

function departmentTree(model: OrgModel): DepartmentTree {
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
interface ReportingForest {
  order: Role[];
  manager: Map<string, string>;
  reports: Map<string, Role[]>;
  level: Map<string, number>;
}

function reportingForest(model: OrgModel, scope: Role[], viewRoot: string | undefined): ReportingForest {
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
      const list = reports.get(m);
      if (list) list.push(r);
      else reports.set(m, [r]);
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
function sumUp(tree: DepartmentTree, own: (id: string) => number): Map<string, number> {
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
function subtreeTotals<T extends { id: string }>(order: T[], childrenOf: (id: string) => T[], seatsOf: (n: T) => number) {
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

function roleTooltip(model: OrgModel, role: Role, words: ChartWords): string[] {
  const lines = [role.title === role.id ? role.title : `${role.title} (${role.id})`];
  const dept = role.department !== undefined ? model.departments.get(role.department) : undefined;
  if (dept) lines.push(dept.name);
  lines.push(role.headcount === 0 ? `${words.seats(0)} (${words.unfunded})` : words.seats(role.headcount));
  if (role.holders?.length) lines.push(`${words.holders}: ${role.holders.map((h) => h.name).join(words.listSeparator)}`);
  if (role.description) lines.push(role.description);
  for (const r of role.responsibilities) lines.push(`• ${r}`);
  return lines;
}

function departmentTooltip(model: OrgModel, dept: Department, seats: number, words: ChartWords): string[] {
  const lines = [dept.name === dept.id ? dept.name : `${dept.name} (${dept.id})`, words.seats(seats)];
  const head = dept.head !== undefined ? model.roles.get(dept.head) : undefined;
  if (head) lines.push(`${words.head}: ${head.title}`);
  if (dept.description) lines.push(dept.description);
  for (const r of dept.responsibilities) lines.push(`• ${r}`);
  return lines;
}

function staffing(role: Role): Pick<ChartBox, 'holders' | 'vacancies'> {
  if (!role.holders) return {};
  return { holders: role.holders.map((h) => h.name), vacancies: Math.max(0, role.headcount - role.holders.length) };
}

/** The departments a set of roles needs: their own, and the ancestors up to the one they all share. */
function enclosingDepartments(depts: Iterable<string>, tree: DepartmentTree): Set<string> {
  const chains: string[][] = [];
  for (const d of new Set(depts)) {
    const chain: string[] = [];
    for (let cur: string | undefined = d; cur !== undefined; cur = tree.parent.get(cur)) chain.unshift(cur);
    chains.push(chain);
  }
  if (!chains.length) return new Set();
  let shared = 0;
  while (chains.every((c) => c.length > shared && c[shared] === chains[0]![shared])) shared++;
  // Keep the shared lowest ancestor itself (it frames the view), drop what is above it.
  const keepFrom = Math.max(0, shared - 1);
  const out = new Set<string>();
  for (const c of chains) for (const d of c.slice(keepFrom)) out.add(d);
  return out;
}

export function selectView(model: OrgModel, options: ChartOptions): ChartGraph {
  const locale = model.organization?.locale ?? 'en';
  const words = wordsFor(locale);
  if (options.root !== undefined && options.department !== undefined) {
    throw new UsageError('--root and --department cannot be used together');
  }
  if (options.root !== undefined && !model.roles.has(options.root)) {
    throw new UsageError(`--root '${options.root}' is not a role${didYouMean(options.root, model.roles.keys())}`);
  }
  if (options.department !== undefined && !model.departments.has(options.department)) {
    throw new UsageError(`--department '${options.department}' is not a department${didYouMean(options.department, model.departments.keys())}`);
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

function departmentLevel(
  model: OrgModel,
  options: ChartOptions,
  words: ChartWords,
  tree: DepartmentTree,
  color: Map<string, number>,
  scope: Role[],
  deptSubtree: (id: string) => Department[],
  orgName: string,
  viewName: string,
): ChartGraph {
  const locale = model.organization?.locale ?? 'en';
  let inView: Department[];
  if (options.root !== undefined) {
    const ids = enclosingDepartments(scope.map((r) => r.department).filter((d): d is string => d !== undefined && model.departments.has(d)), tree);
    inView = tree.order.filter((d) => ids.has(d.id));
  } else if (options.department !== undefined) {
    inView = deptSubtree(options.department);
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
  // Breadth-first order (tops first) so levels and totals are one pass each way.
  const order: Department[] = [];
  const level = new Map<string, number>();
  for (const top of inView.filter((d) => parentOf(d.id) === undefined)) {
    level.set(top.id, 0);
    const queue = [top];
    for (let i = 0; i < queue.length; i++) {
      order.push(queue[i]!);
      for (const c of childrenOf(queue[i]!.id)) {
        level.set(c.id, level.get(queue[i]!.id)! + 1);
        queue.push(c);
      }
    }
  }
  const total = new Map<string, number>();
  const vacant = new Map<string, number | undefined>();
  for (let i = order.length - 1; i >= 0; i--) {
    const d = order[i]!;
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
  const hiddenTotals = subtreeTotals(order, childrenOf, () => 0);

  const depth = options.depth;
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
      color: color.get(d.id)!,
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
