/**
 * The org's figures: seats, holders, vacancies, layers and span of control,
 * per department (each including its sub-departments, the way
 * `headcount_budget` counts) and in total. `orgctl stats` prints them and
 * `orgctl diff` compares them before → after, so both read the same numbers.
 *
 * Span of control is counted like the `span-of-control` rule: a manager's
 * direct solid-line reports in seats (headcount); dotted lines do not count.
 */
import { spanLimit } from '../lint/rules/utils/spanOfControl.js';
import { departmentOrder, departmentTreeIndex, seatsOf } from '../model/hierarchy.js';
import type { OrgModel, Role, Team } from '../model/types.js';
import { memberLoad } from '../model/build/team.js';
import { RangeOrder } from '../core/tree/rangeOrder.js';
import { roleStaffing } from '../model/staffing.js';

export interface StaffingFigures {
  roles: number;
  /** Sum of headcount. */
  seats: number;
  /** People named in `holders`. */
  holders: number;
  /** Seats minus holders, over roles that list their holders. */
  vacancies: number;
  /** Seats of roles without a `holders` list: staffing unknown (not vacant). */
  unknownSeats: number;
}

export interface SpanFigures {
  /** Roles with at least one direct report. */
  managers: number;
  min: number | null;
  median: number | null;
  max: number | null;
}

export interface OverLimit {
  role: string;
  title: string;
  /** Direct reports in seats. */
  span: number;
}

export interface ScopeStats extends StaffingFigures {
  /** Levels of the reporting tree, from the highest role in scope to the lowest. */
  layers: number;
  span: SpanFigures;
  /** Managers whose span exceeds `spanMax`, widest first (per department, the widest MAX_DEPARTMENT_OVER_LIMIT). */
  overLimit: OverLimit[];
}

export interface DepartmentStats extends ScopeStats {
  id: string;
  name: string;
  parent: string | null;
  /** Nesting level in the department tree (top-level departments are 0). */
  level: number;
  budget: number | null;
}

/** A project team (Team): what it borrows from the functional org. */
export interface TeamStats {
  id: string;
  name: string;
  lead: string | null;
  start: string | null;
  end: string | null;
  /** Member entries whose role exists. */
  members: number;
  /** Seats lent (seats, default 1, over the members). */
  seats: number;
  /** Full-time equivalents: seats × share / 100, summed. */
  fte: number;
  /** Home departments the members come from (the lead's included). */
  departments: number;
}

export interface OrgStats {
  organization: { id: string; name: string } | null;
  /** The span-of-control limit the figures were measured against; null when the org turns the rule off (no limit). */
  spanMax: number | null;
  total: ScopeStats & { departments: number };
  /** Departments in tree order (parents before their sub-departments). */
  departments: DepartmentStats[];
  /** Project teams, in model order. */
  teams: TeamStats[];
}

export interface StatsOptions {
  /** Span-of-control limit (null: none); default: the org's `span-of-control` max (10 unless configured), none when the rule is off. */
  spanMax?: number | null;
}

/** Accumulates figures over a set of roles; merged up the department tree. */
class Tally {
  roles = 0;
  seats = 0;
  holders = 0;
  vacancies = 0;
  unknownSeats = 0;
  minDepth = Infinity;
  maxDepth = -Infinity;
  spans: number[] = [];
  overLimit: OverLimit[] = [];

  addRole(role: Role, model: OrgModel, spanMax: number | null): void {
    this.addStaffing(role);
    const depth = model.hierarchy.depth.get(role.id);
    if (depth !== undefined) this.addDepth(depth);
    const reports = model.hierarchy.reports.get(role.id);
    if (reports) this.addSpan(role, reports, spanMax);
  }

  addStaffing(role: Role): void {
    const s = roleStaffing(role);
    this.roles++;
    this.seats += s.seats;
    if (s.holders === undefined) this.unknownSeats += s.seats;
    else {
      this.holders += s.holders;
      this.vacancies += s.vacant!;
    }
  }

  addDepth(depth: number): void {
    if (depth < this.minDepth) this.minDepth = depth;
    if (depth > this.maxDepth) this.maxDepth = depth;
  }

  /** A manager's direct reports (none: not a manager). */
  addSpan(role: Role, reports: readonly Role[], spanMax: number | null): void {
    if (!reports.length) return;
    const span = seatsOf(reports);
    this.spans.push(span);
    if (spanMax !== null && span > spanMax) this.overLimit.push({ role: role.id, title: role.title, span });
  }

  /**
   * Add a sub-department's figures. Its spans stay where they are (the
   * department's span figures come from a RangeOrder over the tree), and
   * only its widest over-limit managers come along: copying every list up
   * every level is O(n · depth) in time and in output.
   */
  merge(other: Tally): void {
    this.roles += other.roles;
    this.seats += other.seats;
    this.holders += other.holders;
    this.vacancies += other.vacancies;
    this.unknownSeats += other.unknownSeats;
    this.minDepth = Math.min(this.minDepth, other.minDepth);
    this.maxDepth = Math.max(this.maxDepth, other.maxDepth);
    this.overLimit = widestFirst([...this.overLimit, ...other.overLimit]).slice(0, MAX_DEPARTMENT_OVER_LIMIT);
  }

  figures(span?: SpanFigures): ScopeStats {
    let spanFigures = span;
    if (!spanFigures) {
      const spans = [...this.spans].sort((a, b) => a - b);
      const n = spans.length;
      const median = n === 0 ? null : n % 2 ? spans[(n - 1) / 2]! : (spans[n / 2 - 1]! + spans[n / 2]!) / 2;
      spanFigures = { managers: n, min: n ? spans[0]! : null, median, max: n ? spans[n - 1]! : null };
    }
    return {
      roles: this.roles,
      seats: this.seats,
      holders: this.holders,
      vacancies: this.vacancies,
      unknownSeats: this.unknownSeats,
      layers: this.maxDepth < 0 ? 0 : this.maxDepth - this.minDepth + 1,
      span: spanFigures,
      overLimit: widestFirst(this.overLimit),
    };
  }
}

/** Over-limit managers listed per department at most (the total lists them all). */
export const MAX_DEPARTMENT_OVER_LIMIT = 20;

function widestFirst(list: OverLimit[]): OverLimit[] {
  return [...list].sort((a, b) => b.span - a.span || compareIds(a.role, b.role));
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The org-wide figures alone, one pass over the roles (`orgctl diff` summarises each side with them). */
export function totalFigures(model: OrgModel, spanMax = spanLimit(model)): OrgStats['total'] {
  const total = new Tally();
  // The same sums as addRole over every role, read from the hierarchy's maps instead of looking each role up
  // in them: every key of `depth` and `reports` is a role of the model, and the order of the spans does not
  // matter (figures() sorts them, and widestFirst the managers over the limit).
  for (const role of model.roles.values()) total.addStaffing(role);
  for (const depth of model.hierarchy.depth.values()) total.addDepth(depth);
  for (const [id, reports] of model.hierarchy.reports) total.addSpan(model.roles.get(id)!, reports, spanMax);
  return { departments: model.departments.size, ...total.figures() };
}

export function computeStats(model: OrgModel, options: StatsOptions = {}): OrgStats {
  const spanMax = options.spanMax !== undefined ? options.spanMax : spanLimit(model);

  // Departments in THE tree order (parents before their sub-departments); a parent loop is cut at one member,
  // so the visits' parent links make a forest and nothing is counted twice.
  const ordered = departmentOrder(model);
  const { end: subtreeEnd } = departmentTreeIndex(model);

  // Own roles first, then merge each department into its parent, deepest first (reverse tree order).
  const tallies = new Map<string, Tally>();
  for (const { dept } of ordered) {
    const t = new Tally();
    for (const role of model.hierarchy.departmentRoles.get(dept.id) ?? []) t.addRole(role, model, spanMax);
    t.overLimit = widestFirst(t.overLimit).slice(0, MAX_DEPARTMENT_OVER_LIMIT);
    tallies.set(dept.id, t);
  }
  // A department's subtree is a run of `ordered` (preorder), so its spans are a run of this list.
  const spanList: number[] = [];
  const spanStart: number[] = [];
  for (const { dept } of ordered) {
    spanStart.push(spanList.length);
    for (const s of tallies.get(dept.id)!.spans) spanList.push(s);
  }
  spanStart.push(spanList.length);
  for (let i = ordered.length - 1; i >= 0; i--) {
    const { dept, parent } = ordered[i]!;
    if (parent !== undefined) tallies.get(parent.id)!.merge(tallies.get(dept.id)!);
  }
  const order = new RangeOrder(spanList);
  const spanOf = (i: number): SpanFigures => {
    const from = spanStart[i]!;
    const n = spanStart[subtreeEnd[i]!]! - from;
    if (!n) return { managers: 0, min: null, median: null, max: null };
    const kth = (k: number) => order.kth(from, from + n, k);
    return { managers: n, min: kth(0), median: n % 2 ? kth((n - 1) / 2) : (kth(n / 2 - 1) + kth(n / 2)) / 2, max: kth(n - 1) };
  };

  const org = model.organization;
  return {
    organization: org ? { id: org.id, name: org.name } : null,
    spanMax,
    total: totalFigures(model, spanMax),
    departments: ordered.map(({ dept, depth: level }, i) => ({
      id: dept.id,
      name: dept.name,
      parent: dept.parent ?? null,
      level,
      budget: dept.headcountBudget ?? null,
      ...tallies.get(dept.id)!.figures(spanOf(i)),
    })),
    teams: [...model.teams.values()].map((t) => teamStats(model, t)),
  };
}

function teamStats(model: OrgModel, team: Team): TeamStats {
  const members = team.members.filter((m) => model.roles.has(m.role));
  const homes = new Set<string>();
  for (const id of [...members.map((m) => m.role), ...(team.lead !== undefined ? [team.lead] : [])]) {
    const dept = model.roles.get(id)?.department;
    if (dept !== undefined) homes.add(dept);
  }
  return {
    id: team.id,
    name: team.name,
    lead: team.lead ?? null,
    start: team.start ?? null,
    end: team.end ?? null,
    members: members.length,
    seats: members.reduce((n, m) => n + (m.seats ?? 1), 0),
    // Hundredths of a seat are exact in percent; dividing once at the end keeps 0.1 + 0.2 out of the output.
    fte: members.reduce((n, m) => n + memberLoad(m), 0) / 100,
    departments: homes.size,
  };
}
