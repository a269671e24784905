/**
 * Changes in words, shared by the text and markdown formats: entity labels
 * ("客服主管 (cs-lead)"), references resolved to names on the side they belong
 * to, and one phrase per changed field. A `Style` decides how user text and
 * ids are written (plain for the terminal, escaped / code spans for Markdown).
 */
import { departmentSubtreeSums } from '../model/hierarchy.js';
import type { OrgModel } from '../model/types.js';
import { compareStrings, setDelta } from './fields.js';
import type { Change, ChangeKind, DiffResult, FieldValue, SubtreeMove } from './types.js';

export interface Style {
  /** User text (names, titles, free text). */
  text(s: string): string;
  /** An id. */
  id(s: string): string;
}

export const PLAIN: Style = { text: (s) => s, id: (s) => s };

export const ARROW = '→';
const MINUS = '−';

/** The name a model gives an id: a role's title, any other entity's name. */
export function nameOf(model: OrgModel, id: string): string | undefined {
  const e = model.byId.get(id);
  return e === undefined ? undefined : e.kind === 'Role' ? e.title : e.name;
}

/** "name (id)", or just the id when the name is the id (common with Chinese ids). */
export function label(id: string, name: string | undefined, style: Style): string {
  return name === undefined || name === id ? style.id(id) : `${style.text(name)} (${style.id(id)})`;
}

/** An id on one side, named by that side's model (or the other side's, if it is gone there). */
export function ref(id: string, primary: OrgModel, secondary: OrgModel, style: Style): string {
  return label(id, nameOf(primary, id) ?? nameOf(secondary, id), style);
}

export function entityLabel(kind: ChangeKind, id: string, result: DiffResult, style: Style, side: 'before' | 'after' = 'after'): string {
  const { before, after } = result.models;
  const [first, second] = side === 'after' ? [after, before] : [before, after];
  if (kind === 'organization') {
    const org = (first.organization?.id === id ? first.organization : second.organization) ?? undefined;
    return label(id, org?.name, style);
  }
  return ref(id, first, second, style);
}

export const KIND_WORD: Record<ChangeKind, string> = {
  organization: 'organization',
  department: 'department',
  role: 'role',
  kpi: 'KPI',
  workflow: 'workflow',
};

/** Fields whose values are ids of other entities (shown with their names). */
const REFERENCE_FIELDS = new Set(['department', 'reports_to', 'parent', 'head', 'owner', 'top', 'dotted_line', 'role', 'accountable', 'consulted', 'informed']);

function scalar(value: FieldValue, field: string, model: OrgModel, other: OrgModel, style: Style): string {
  if (value === null) return field === 'holders' ? 'unknown' : '(none)';
  if (typeof value === 'string') return REFERENCE_FIELDS.has(field) ? ref(value, model, other, style) : quoted(value, style);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => scalar(v, field, model, other, style)).join(', ')}]`;
  return style.text(JSON.stringify(value));
}

/** Free text is quoted so a reader sees where it starts and ends; short names and enum words are not. */
function quoted(s: string, style: Style): string {
  return s.length > 60 ? `“${style.text(s.slice(0, 57))}…”` : /\s/.test(s) || s.length > 24 ? `“${style.text(s)}”` : style.text(s);
}

interface KpiRef {
  id: string;
  target?: number;
}

function kpiPhrase(before: FieldValue, after: FieldValue, result: DiffResult, style: Style): string {
  const { before: mb, after: ma } = result.models;
  const old = new Map((before as unknown as KpiRef[]).map((k) => [k.id, k]));
  const now = new Map((after as unknown as KpiRef[]).map((k) => [k.id, k]));
  const parts: string[] = [];
  const ids = [...new Set([...old.keys(), ...now.keys()])].sort(compareStrings);
  const target = (k: KpiRef) => (k.target === undefined ? '' : ` (target ${k.target})`);
  for (const id of ids) {
    const a = old.get(id);
    const b = now.get(id);
    if (!a) parts.push(`+${ref(id, ma, mb, style)}${target(b!)}`);
    else if (!b) parts.push(`${MINUS}${ref(id, mb, ma, style)}${target(a)}`);
    else if (a.target !== b.target) parts.push(`${ref(id, ma, mb, style)} target ${a.target ?? 'default'} ${ARROW} ${b.target ?? 'default'}`);
  }
  return parts.join(', ');
}

/** "+a, −b" for a set field, with names for references. */
function setPhrase(change: Change, result: DiffResult, style: Style): string {
  const { before: mb, after: ma } = result.models;
  const field = change.field ?? change.change;
  const show = (v: string, m: OrgModel, o: OrgModel) => (REFERENCE_FIELDS.has(field) ? ref(v, m, o, style) : style.text(v));
  const parts = [...(change.added ?? []).map((v) => `+${show(v, ma, mb)}`), ...(change.removed ?? []).map((v) => `${MINUS}${show(v, mb, ma)}`)];
  return parts.join(', ');
}

function numberDelta(before: FieldValue, after: FieldValue): string {
  if (typeof before !== 'number' || typeof after !== 'number') return '';
  const d = Number((after - before).toPrecision(12)); // 0.3 − 0.1 is 0.2 to a reader, not 0.19999999999999998
  return d > 0 ? ` (+${d})` : ` (${MINUS}${-d})`;
}

/** What changed about a field, without the entity: "reports_to: 客服主管 (cs-lead) → 运营总监". */
export function fieldPhrase(change: Change, result: DiffResult, style: Style): string {
  const { before: mb, after: ma } = result.models;
  const field = change.field ?? change.change;
  const name = change.step !== undefined ? `step ${style.id(change.step)} ${field}` : field;
  if (change.step !== undefined && field === 'added') return `step ${style.id(change.step)} added${stepSummary(change.after, result, style)}`;
  if (change.step !== undefined && field === 'removed') return `step ${style.id(change.step)} removed`;
  if (field === 'entry') return `first step: ${style.id(String(change.before))} ${ARROW} ${style.id(String(change.after))}`;
  if (field === 'kpis') return `kpis: ${kpiPhrase(change.before ?? [], change.after ?? [], result, style)}`;
  if (field === 'holders' && (change.before === null || change.after === null)) {
    const count = (v: FieldValue | undefined) => (Array.isArray(v) ? `${v.length} listed` : 'unknown');
    return `holders: ${count(change.before)} ${ARROW} ${count(change.after)}${change.after !== null && Array.isArray(change.after) && change.after.length ? ` (${change.after.map((h) => style.text(String(h))).join(', ')})` : ''}`;
  }
  if (change.added || change.removed) return `${name}: ${setPhrase(change, result, style)}`;
  if (field === 'responsibilities') {
    const { added, removed } = setDelta(change.before ?? [], change.after ?? []);
    if (!added.length && !removed.length) return 'responsibilities: reordered';
    return `responsibilities: ${[...added.map((s) => `+${quoted(s, style)}`), ...removed.map((s) => `${MINUS}${quoted(s, style)}`)].join(', ')}`;
  }
  const b = scalar(change.before ?? null, field, mb, ma, style);
  const a = scalar(change.after ?? null, field, ma, mb, style);
  return `${name}: ${b} ${ARROW} ${a}${field === 'headcount' || field === 'headcount_budget' || field === 'target' ? numberDelta(change.before ?? null, change.after ?? null) : ''}`;
}

function stepSummary(value: FieldValue | undefined, result: DiffResult, style: Style): string {
  const v = value as { [key: string]: FieldValue } | undefined;
  if (!v || typeof v.role !== 'string') return '';
  return ` (${ref(v.role, result.models.after, result.models.before, style)})`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Where an added or removed entity sits, in a few words: "in 客服部 · reports to 客服主管 · 4 seats". */
export function placement(change: Change, result: DiffResult, style: Style): string {
  const side = change.change === 'added' ? 'after' : 'before';
  const [m, o] = side === 'after' ? [result.models.after, result.models.before] : [result.models.before, result.models.after];
  const v = (change.after ?? change.before) as { [key: string]: FieldValue };
  const parts: string[] = [];
  const r = (id: FieldValue) => ref(String(id), m, o, style);
  switch (change.kind) {
    case 'role':
      if (v.department !== null) parts.push(`in ${r(v.department!)}`);
      if (v.reports_to !== null) parts.push(`${side === 'after' ? 'reports' : 'reported'} to ${r(v.reports_to!)}`);
      parts.push(plural(v.headcount as number, 'seat'));
      if (Array.isArray(v.holders)) parts.push(v.holders.length ? `held by ${v.holders.map((h) => style.text(String(h))).join(', ')}` : 'vacant');
      break;
    case 'department':
      if (v.parent !== null) parts.push(`under ${r(v.parent!)}`);
      if (v.head !== null) parts.push(`head ${r(v.head!)}`);
      if (v.headcount_budget !== null) parts.push(`budget ${v.headcount_budget}`);
      break;
    case 'kpi':
      if (v.target !== null) parts.push(`target ${v.target}${v.unit === 'percent' ? '%' : ''}`);
      if (v.owner !== null) parts.push(`owner ${r(v.owner!)}`);
      break;
    case 'workflow':
      parts.push(plural(Array.isArray(v.steps) ? v.steps.length : 0, 'step'));
      if (v.owner !== null) parts.push(`owner ${r(v.owner!)}`);
      break;
    case 'organization':
      break;
  }
  return parts.join(' · ');
}

/** "(possibly renamed from 'x')" / "(possibly renamed to 'y')" notes, by kind and id. */
export function renameNotes(result: DiffResult, style: Style): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of result.renames) {
    out.set(`${r.kind}\u0000${r.to}`, `possibly renamed from ${style.id(r.from)}`);
    out.set(`${r.kind}\u0000${r.from}`, `possibly renamed to ${style.id(r.to)}`);
  }
  return out;
}

/**
 * Departments' re-parenting takes their sub-departments and roles along:
 * "(with 2 sub-departments, 9 roles)".
 */
export function departmentCarries(result: DiffResult, deptId: string): string {
  const m = result.models.after;
  const dept = m.departments.get(deptId);
  // Summed once for all departments: walking each re-parented department's subtree is quadratic on a deep chain.
  const subs = dept ? departmentSubtreeSums(m, 'departments').get(dept)! - 1 : 0;
  const roles = dept ? departmentSubtreeSums(m, 'roles').get(dept)! : (m.hierarchy.departmentRoles.get(deptId)?.length ?? 0);
  const parts = [];
  if (subs) parts.push(plural(subs, 'sub-department'));
  parts.push(plural(roles, 'role'));
  return `with ${parts.join(', ')}`;
}

/** Team members named in full up to this many; beyond, a count. */
const TEAM_NAMES = 5;

/**
 * A moved team in a few lines: who is in it ("team: 美工, 文案"), then one line
 * per department transition its members made ("3 roles: department 客服部 → 销售部").
 */
export function teamLines(move: SubtreeMove, result: DiffResult, style: Style): string[] {
  const { before, after } = result.models;
  const names = move.members.slice(0, TEAM_NAMES).map((id) => ref(id, after, before, style));
  const more = move.members.length - names.length;
  const lines = [`team: ${names.join(', ')}${more > 0 ? ` and ${more} more` : ''}`];
  const transitions = new Map<string, number>();
  for (const id of move.members) {
    const a = before.roles.get(id)?.department;
    const b = after.roles.get(id)?.department;
    if (a === b) continue;
    const show = (d: string | undefined, m: OrgModel, o: OrgModel) => (d === undefined ? '(none)' : ref(d, m, o, style));
    const key = `department ${show(a, before, after)} ${ARROW} ${show(b, after, before)}`;
    transitions.set(key, (transitions.get(key) ?? 0) + 1);
  }
  for (const [k, n] of [...transitions.entries()].sort((x, y) => compareStrings(x[0], y[0]))) lines.push(`${n === move.members.length ? 'all' : plural(n, 'role')} of the team: ${k}`);
  return lines;
}

/** Changes grouped per entity, in the order of the change list (kind, then id). */
export function groupByEntity(changes: readonly Change[]): Change[][] {
  const groups: Change[][] = [];
  let key = '';
  for (const c of changes) {
    const k = `${c.kind}\u0000${c.id}`;
    if (k !== key || !groups.length) groups.push([]);
    groups[groups.length - 1]!.push(c);
    key = k;
  }
  return groups;
}

export { plural };
