/**
 * What the handbook says about the org, worked out once (linear in the size of
 * the org) and shared by the Markdown pages and the HTML handbook: the
 * department tree in reading order, staffing, who carries which KPI with which
 * target, incoming dotted lines, each role's workflow steps.
 */
import type { Department, Kpi, KpiAssignment, OrgModel, Role } from '../model/types.js';
import type { Finding } from '../load/types.js';
import type { DocsWords, SlaUnit } from '../i18n/index.js';
import { participationByRole, type Participation } from './raci.js';
import { pushTo } from '../core/multimap.js';
import { roleStaffing } from '../model/staffing.js';
import { departmentAncestors, departmentOrder as treeDepartmentOrder, isTopDepartment, sumOverSubtrees } from '../model/hierarchy.js';

export interface Totals {
  roles: number;
  seats: number;
  /** People named in `holders` (model/staffing.ts: an overfilled role's every holder). */
  holders: number;
  vacant: number;
  /** Seats of roles whose holders are not recorded. */
  unknown: number;
}

export interface KpiCarrier {
  entity: Department | Role;
  /** The carrier's override, else the KPI's own target. */
  target?: number;
}

export interface DocFacts {
  findings: Finding[];
  /** Departments in tree order (depth-first, siblings in model order), then any caught in a parent loop. */
  departmentOrder: { dept: Department; depth: number }[];
  /** Departments whose parent links loop (not reachable from a top department). */
  loopedDepartments: Department[];
  /** Roles with no department, or a department that does not exist. */
  homelessRoles: Role[];
  /** Every role, grouped by department in tree order, then the homeless ones (the order of the index and the handbook). */
  roleOrder: Role[];
  kpiCarriers: Map<string, KpiCarrier[]>;
  /** Roles that have a dotted line to each role id. */
  dottedFrom: Map<string, Role[]>;
  participation: Map<string, Participation[]>;
  /** KPIs whose `owner` is each role or department id. */
  kpisOwnedBy: Map<string, Kpi[]>;
  /** Departments each role id is the head of (in tree order). */
  headOf: Map<string, Department[]>;
  /** The top department each department in the tree hangs under (none for departments in a parent loop). */
  topOf: Map<string, Department>;
}

/** Levels of nesting the handbook shows by indentation; deeper ones are numbered instead (see nestingShown). */
export const MAX_SHOWN_NESTING = 12;

/**
 * How deep to indent an item at `depth`, and the level number to show when
 * it is deeper than that: indenting each line of a deep chain by its full
 * depth makes the page quadratic in size.
 */
export function nestingShown(depth: number): { indent: number; level?: string } {
  return depth <= MAX_SHOWN_NESTING ? { indent: depth } : { indent: MAX_SHOWN_NESTING, level: `${depth}› ` };
}

export function collectFacts(model: OrgModel, findings: Finding[]): DocFacts {
  // THE department order; the trees under a top department come first, and a department only a parent loop
  // reaches is listed apart, flat, in model order.
  const departmentOrder: DocFacts['departmentOrder'] = [];
  const topOf = new Map<string, Department>();
  const rooted = new Set<Department>();
  let top: Department | undefined;
  for (const { dept, depth, parent } of treeDepartmentOrder(model)) {
    if (parent === undefined) top = isTopDepartment(model, dept) ? dept : undefined;
    if (top === undefined) continue;
    rooted.add(dept);
    departmentOrder.push({ dept, depth });
    topOf.set(dept.id, top);
  }
  const loopedDepartments = [...model.departments.values()].filter((d) => !rooted.has(d));
  for (const d of loopedDepartments) departmentOrder.push({ dept: d, depth: 0 });

  const homelessRoles = [...model.roles.values()].filter((r) => r.department === undefined || !model.departments.has(r.department));
  const roleOrder: Role[] = [];
  for (const { dept } of departmentOrder) for (const role of model.hierarchy.departmentRoles.get(dept.id) ?? []) roleOrder.push(role);
  roleOrder.push(...homelessRoles);

  const kpiCarriers = new Map<string, KpiCarrier[]>();
  const carry = (entity: Department | Role, assignments: KpiAssignment[]) => {
    for (const a of assignments) {
      const kpi = model.kpis.get(a.id);
      if (kpi) pushTo(kpiCarriers, kpi.id, { entity, target: a.target ?? kpi.target });
    }
  };
  for (const { dept } of departmentOrder) carry(dept, dept.kpis);
  for (const role of model.roles.values()) carry(role, role.kpis);

  const dottedFrom = new Map<string, Role[]>();
  for (const role of model.roles.values()) for (const to of new Set(role.dottedLine)) if (to !== role.id) pushTo(dottedFrom, to, role);

  const kpisOwnedBy = new Map<string, Kpi[]>();
  for (const kpi of model.kpis.values()) if (kpi.owner !== undefined) pushTo(kpisOwnedBy, kpi.owner, kpi);

  const headOf = new Map<string, Department[]>();
  for (const { dept } of departmentOrder) if (dept.head !== undefined) pushTo(headOf, dept.head, dept);

  return {
    headOf,
    topOf,
    findings,
    departmentOrder,
    loopedDepartments,
    homelessRoles,
    roleOrder,
    kpiCarriers,
    dottedFrom,
    participation: participationByRole(model),
    kpisOwnedBy,
  };
}

/** Ancestors a breadcrumb names in full; a longer way up shows the top, an ellipsis and the nearest ones. */
export const BREADCRUMB_ANCESTORS = 4;
const BREADCRUMB_NEAREST = 2;

/**
 * The departments above `dept`, outermost first, for a breadcrumb: all of
 * them when there are at most BREADCRUMB_ANCESTORS, else the top, `'…'` and
 * the nearest two (the top is left out for a department below a parent loop,
 * which has none). Walks at most a few levels: a page names a bounded number
 * of departments however deep the tree.
 */
export function breadcrumbAncestors(model: OrgModel, facts: DocFacts, dept: Department): Array<Department | '…'> {
  const up = departmentAncestors(model, dept, BREADCRUMB_ANCESTORS + 1);
  if (up.length <= BREADCRUMB_ANCESTORS) return up.reverse();
  const nearest = up.slice(0, BREADCRUMB_NEAREST).reverse();
  const top = facts.topOf.get(dept.id);
  return top !== undefined && top !== dept ? [top, '…', ...nearest] : ['…', ...nearest];
}

/** Seats, holders and vacancies of roles, as `orgctl stats` counts them (model/staffing.ts). */
export function totalsOf(roles: Iterable<Role>): Totals {
  const t: Totals = { roles: 0, seats: 0, holders: 0, vacant: 0, unknown: 0 };
  for (const role of roles) {
    const s = roleStaffing(role);
    t.roles++;
    t.seats += s.seats;
    if (s.holders === undefined) t.unknown += s.seats;
    else {
      t.holders += s.holders;
      t.vacant += s.vacant!;
    }
  }
  return t;
}

const TOTAL_FIELDS = ['roles', 'seats', 'holders', 'vacant', 'unknown'] as const;

/**
 * A department's staffing with all its sub-departments: the one definition
 * `stats` uses too (a department's figures include what is below it).
 */
export function subtreeTotalsOf(model: OrgModel, dept: Department): Totals {
  const own = (d: Department) => totalsOf(model.hierarchy.departmentRoles.get(d.id) ?? []);
  const t = {} as Totals;
  for (const field of TOTAL_FIELDS) t[field] = sumOverSubtrees(model, `staffing:${field}`, (d) => own(d)[field]).get(dept) ?? 0;
  return t;
}

/** The target a role or department is measured against: its override, else the KPI's own. */
export function effectiveTarget(assignment: KpiAssignment, kpi: Kpi | undefined): number | undefined {
  return assignment.target ?? kpi?.target;
}

/** A target with its unit sign where it has one (`3%`); other units are shown in their own column. */
export function formatTarget(value: number | undefined, kpi: Kpi | undefined, msg: DocsWords): string {
  if (value === undefined) return msg.none;
  return kpi?.unit === 'percent' ? `${value}%` : String(value);
}

export function formatRange(kpi: Kpi, msg: DocsWords): string {
  if (!kpi.range) return msg.none;
  const [lo, hi] = kpi.range;
  return kpi.unit === 'percent' ? `${lo}% – ${hi}%` : `${lo} – ${hi}`;
}

/** `2h` → "2 hours" / "2 小时"; anything else is shown as written. */
export function formatSla(sla: string | undefined, msg: DocsWords): string {
  if (sla === undefined) return msg.none;
  const m = /^(\d+(?:\.\d+)?)([mhdw])$/.exec(sla);
  return m ? msg.slaDuration(m[1]!, m[2] as SlaUnit) : sla;
}

/** The department a role belongs to, when it exists. */
export function departmentOf(model: OrgModel, role: Role): Department | undefined {
  return role.department === undefined ? undefined : model.departments.get(role.department);
}

/** Findings sorted for display: errors first, then by file, line, column, rule. */
export function sortedFindings(findings: Finding[]): Finding[] {
  const key = (f: Finding) => [f.severity === 'error' ? 0 : 1, f.file ?? '', f.line ?? 0, f.column ?? 0, f.rule] as const;
  return [...findings].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
    return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
  });
}

/** How many findings the overview lists before pointing at `orgctl validate`. */
export const MAX_LISTED_FINDINGS = 200;
