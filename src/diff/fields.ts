/**
 * What is compared, per kind: each field by its YAML name and its resolved
 * value. Lists whose order means nothing are compared as sets (sorted here):
 * `holders`, `dotted_line`, a step's `consulted`/`informed`/`next`, and `kpis`
 * (keyed by KPI id). `responsibilities` keep their order: they are printed in
 * that order in job descriptions, so a reordering is a visible change.
 * `x-` extension keys are ignored, as everywhere else.
 */
import type { Department, Holder, Kpi, KpiAssignment, Organization, Role, Step, Team, TeamMember, Workflow } from '../model/types.js';
import type { ChangeKind, FieldValue } from './types.js';
import type { DiffPolicy, PolicyLimit } from '../model/diffPolicy.js';
import { stepGraph } from '../lint/rules/utils/workflowGraph.js';

/** Fields whose values are ids of other entities (shown with their names). */
export const REFERENCE_FIELDS = new Set([
  'department',
  'reports_to',
  'parent',
  'head',
  'owner',
  'top',
  'dotted_line',
  'role',
  'accountable',
  'consulted',
  'informed',
  'lead',
]);

/**
 * A before-side value with references to renamed entities (`previously:`)
 * replaced by their new ids, so `reports_to: cs-lead` before and
 * `reports_to: cs-manager` after is no change. Only reference fields and KPI
 * ids: a title that happens to equal an old id stays as written.
 */
const kpiKey = (k: FieldValue) => (typeof k === 'object' && k !== null && !Array.isArray(k) ? valueText(k.id ?? '') : '');
const kpiTarget = (k: FieldValue) =>
  typeof k === 'object' && k !== null && !Array.isArray(k) && typeof k.target === 'number' ? k.target : 0;

export function renameRefs(field: string, value: FieldValue, renamed: ReadonlyMap<string, string>): FieldValue {
  if (!renamed.size || value === null) return value;
  const to = (s: string) => renamed.get(s) ?? s;
  if (field === 'kpis' && Array.isArray(value)) {
    return value
      .map((k) => (typeof k === 'object' && k !== null && !Array.isArray(k) && typeof k.id === 'string' ? { ...k, id: to(k.id) } : k))
      .sort((a, b) => compareStrings(kpiKey(a), kpiKey(b)) || kpiTarget(a) - kpiTarget(b));
  }
  if (!REFERENCE_FIELDS.has(field)) return value;
  if (typeof value === 'string') return to(value);
  if (Array.isArray(value))
    return value.map((v) => (typeof v === 'string' ? to(v) : v)).sort((a, b) => compareStrings(valueText(a), valueText(b)));
  return value;
}

export interface FieldSpec<E> {
  /** The YAML field name (what `change` says). */
  name: string;
  value(entity: E): FieldValue;
  /** Compared as a set of strings: the change lists the elements added and removed. */
  set?: boolean;
}

const opt = (v: string | number | undefined): FieldValue => (v === undefined ? null : v);

function sortedStrings(list: readonly string[]): string[] {
  return [...list].sort(compareStrings);
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A field value as text: scalars as themselves, lists and objects as JSON
 * (never "[object Object]"; a set field's elements are strings in practice).
 */
export function valueText(v: FieldValue): string {
  return typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
}

/** A holder as one string: the name, with the e-mail when given. */
export function holderLabel(h: Holder): string {
  return h.email ? `${h.name} <${h.email}>` : h.name;
}

function kpiRefs(list: readonly KpiAssignment[]): FieldValue {
  return [...list]
    .sort((a, b) => compareStrings(a.id, b.id) || (a.target ?? 0) - (b.target ?? 0))
    .map((k): FieldValue => (k.target === undefined ? { id: k.id } : { id: k.id, target: k.target }));
}

/** Object keys sorted, recursively, so equal settings compare equal whatever their order in YAML. */
function canonical(value: unknown): FieldValue {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object') {
    // No prototype: the keys are user text (rule names, option names), and `__proto__` must stay a key.
    const out = Object.create(null) as { [key: string]: FieldValue };
    for (const key of Object.keys(value).sort(compareStrings)) out[key] = canonical((value as Record<string, unknown>)[key]);
    return out;
  }
  return value as FieldValue;
}

export const ORGANIZATION_FIELDS: FieldSpec<Organization>[] = [
  { name: 'name', value: (o) => o.name },
  { name: 'description', value: (o) => opt(o.description) },
  { name: 'locale', value: (o) => o.locale },
  { name: 'top', value: (o) => opt(o.top) },
  { name: 'rules', value: (o) => canonical(o.rules) },
  { name: 'diff_policy', value: (o) => policyValue(o.diffPolicy) },
];

/** The policy as compared: its gates and protected entries, without the YAML paths they were read at. */
function policyValue(policy: DiffPolicy | undefined): FieldValue {
  if (!policy) return null;
  const gate = (l: PolicyLimit | undefined): FieldValue => (l ? { max: l.written, level: l.level } : null);
  return {
    max_roles_removed: gate(policy.rolesRemoved),
    max_seats_removed: gate(policy.seatsRemoved),
    max_department_growth: gate(policy.departmentGrowth),
    protected: policy.protected.map((p): FieldValue => ({ [p.kind]: p.id, needs_label: [...p.labels], level: p.level })),
  };
}

export const DEPARTMENT_FIELDS: FieldSpec<Department>[] = [
  { name: 'name', value: (d) => d.name },
  { name: 'description', value: (d) => opt(d.description) },
  { name: 'parent', value: (d) => opt(d.parent) },
  { name: 'head', value: (d) => opt(d.head) },
  { name: 'headcount_budget', value: (d) => opt(d.headcountBudget) },
  { name: 'responsibilities', value: (d) => [...d.responsibilities] },
  { name: 'kpis', value: (d) => kpiRefs(d.kpis) },
];

export const ROLE_FIELDS: FieldSpec<Role>[] = [
  { name: 'title', value: (r) => r.title },
  { name: 'description', value: (r) => opt(r.description) },
  { name: 'department', value: (r) => opt(r.department) },
  { name: 'reports_to', value: (r) => opt(r.reportsTo) },
  { name: 'dotted_line', value: (r) => sortedStrings(r.dottedLine), set: true },
  { name: 'headcount', value: (r) => r.headcount },
  // null = staffing unknown, [] = every seat vacant: not the same thing.
  { name: 'holders', value: (r) => (r.holders ? sortedStrings(r.holders.map(holderLabel)) : null), set: true },
  { name: 'responsibilities', value: (r) => [...r.responsibilities] },
  { name: 'qualifications', value: (r) => [...r.qualifications] },
  // "数据分析能力 (4)": a changed level reads as one entry out, one in.
  { name: 'competencies', value: (r) => r.competencies.map((c) => (c.level === undefined ? c.name : `${c.name} (${c.level})`)) },
  { name: 'kpis', value: (r) => kpiRefs(r.kpis) },
];

export const KPI_FIELDS: FieldSpec<Kpi>[] = [
  { name: 'name', value: (k) => k.name },
  { name: 'description', value: (k) => opt(k.description) },
  { name: 'formula', value: (k) => opt(k.formula) },
  { name: 'unit', value: (k) => opt(k.unit) },
  { name: 'direction', value: (k) => opt(k.direction) },
  { name: 'target', value: (k) => opt(k.target) },
  { name: 'range', value: (k) => (k.range ? [...k.range] : null) },
  { name: 'frequency', value: (k) => opt(k.frequency) },
  { name: 'owner', value: (k) => opt(k.owner) },
];

/** Workflow fields other than `steps` (compared step by step, see compare.ts). */
export const WORKFLOW_FIELDS: FieldSpec<Workflow>[] = [
  { name: 'name', value: (w) => w.name },
  { name: 'description', value: (w) => opt(w.description) },
  { name: 'owner', value: (w) => opt(w.owner) },
  { name: 'trigger', value: (w) => opt(w.trigger) },
];

/** A team member as one string: the role, with its seats and share when not the defaults ("planner ×2", "analyst 50%"). */
export function memberLabel(m: TeamMember): string {
  const seats = m.seats ?? 1;
  const share = m.share ?? 100;
  return [m.role, seats !== 1 ? `×${String(seats)}` : '', share !== 100 ? `${String(share)}%` : ''].filter(Boolean).join(' ');
}

/** Team fields; `members` is a set of "role ×seats share%" (the order of the list means nothing). */
export const TEAM_FIELDS: FieldSpec<Team>[] = [
  { name: 'name', value: (t) => t.name },
  { name: 'description', value: (t) => opt(t.description) },
  { name: 'purpose', value: (t) => opt(t.purpose) },
  { name: 'lead', value: (t) => opt(t.lead) },
  { name: 'start', value: (t) => opt(t.start) },
  { name: 'end', value: (t) => opt(t.end) },
  { name: 'members', value: (t) => sortedStrings(t.members.map(memberLabel)), set: true },
];

/** A step's effective successors: its `next`, or else the following step in the list (none after the last). */
export function effectiveNext(workflow: Workflow, step: Step): string[] {
  const graph = stepGraph(workflow);
  return sortedStrings(graph.successors[graph.positionOf.get(step)!]!.map(({ id }) => id));
}

/**
 * Step fields, resolved: `accountable` defaults to the role and `next` to the
 * following step, so a reordering that changes the flow shows as `next` changes.
 */
export const STEP_FIELDS: FieldSpec<{ workflow: Workflow; step: Step }>[] = [
  { name: 'name', value: ({ step }) => step.name },
  { name: 'description', value: ({ step }) => opt(step.description) },
  { name: 'role', value: ({ step }) => step.role },
  { name: 'accountable', value: ({ step }) => step.accountable },
  { name: 'consulted', value: ({ step }) => sortedStrings(step.consulted), set: true },
  { name: 'informed', value: ({ step }) => sortedStrings(step.informed), set: true },
  { name: 'sla', value: ({ step }) => opt(step.sla) },
  { name: 'output', value: ({ step }) => opt(step.output) },
  { name: 'next', value: ({ workflow, step }) => effectiveNext(workflow, step), set: true },
];

/** All of an entity's compared fields as one object (what an added or removed change carries). */
export function snapshot<E>(fields: readonly FieldSpec<E>[], entity: E): { [key: string]: FieldValue } {
  const out: { [key: string]: FieldValue } = {};
  for (const f of fields) out[f.name] = f.value(entity);
  return out;
}

export function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Elements of `after` not in `before`, and of `before` not in `after` (as multisets of strings). */
export function setDelta(before: FieldValue, after: FieldValue): { added: string[]; removed: string[] } {
  const count = new Map<string, number>();
  for (const x of Array.isArray(before) ? before.map(valueText) : []) count.set(x, (count.get(x) ?? 0) + 1);
  const added: string[] = [];
  for (const x of Array.isArray(after) ? after.map(valueText) : []) {
    const n = count.get(x) ?? 0;
    if (n > 0) count.set(x, n - 1);
    else added.push(x);
  }
  const removed: string[] = [];
  for (const [x, n] of count) for (let i = 0; i < n; i++) removed.push(x);
  return { added, removed: removed.sort(compareStrings) };
}

export const KIND_ORDER: ChangeKind[] = ['organization', 'department', 'role', 'kpi', 'workflow', 'team'];
