/**
 * Changes in words, shared by the text and markdown formats: entity labels
 * ("客服主管 (cs-lead)"), references resolved to names on the side they belong
 * to, and one phrase per changed field. A `Style` decides how user text and
 * ids are written (plain for the terminal, escaped / code spans for Markdown)
 * and in which language (the diff words of a catalogue, src/i18n/).
 */
import type { DiffWords } from '../i18n/index.js';
import { DIFF_FIELDS, type DiffField } from '../i18n/index.js';
import { departmentSubtreeSums } from '../model/hierarchy.js';
import type { OrgModel } from '../model/types.js';
import { compareStrings, REFERENCE_FIELDS, setDelta, valueText } from './fields.js';
import type { Change, ChangeKind, DiffResult, FieldValue, PersonChange, SubtreeMove } from './types.js';

export interface Style {
  /** User text (names, titles, free text). */
  text(s: string): string;
  /** An id. */
  id(s: string): string;
  words: DiffWords;
}

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

const KNOWN_FIELDS = new Set<string>(DIFF_FIELDS);

/** A compared field as the reader's language names it (English: the YAML key itself). */
function fieldName(field: string, words: DiffWords): string {
  return KNOWN_FIELDS.has(field) ? words.fields[field as DiffField] : field;
}

function scalar(value: FieldValue, field: string, model: OrgModel, other: OrgModel, style: Style): string {
  if (value === null) return field === 'holders' ? style.words.unknown : style.words.none;
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
  const w = style.words;
  const parts: string[] = [];
  const ids = [...new Set([...old.keys(), ...now.keys()])].sort(compareStrings);
  const target = (k: KpiRef) => (k.target === undefined ? '' : w.parenthesised(w.kpiTarget(String(k.target))));
  const shown = (t: number | undefined) => (t === undefined ? w.defaultTarget : String(t));
  for (const id of ids) {
    const a = old.get(id);
    const b = now.get(id);
    if (!a) parts.push(`+${ref(id, ma, mb, style)}${target(b!)}`);
    else if (!b) parts.push(`${MINUS}${ref(id, mb, ma, style)}${target(a)}`);
    else if (a.target !== b.target) parts.push(w.kpiRetarget(ref(id, ma, mb, style), shown(a.target), shown(b.target)));
  }
  return parts.join(w.listSep);
}

/** "+a, −b" for a set field, with names for references. */
function setPhrase(change: Change, result: DiffResult, style: Style): string {
  const { before: mb, after: ma } = result.models;
  const field = change.field ?? change.change;
  const show = (v: string, m: OrgModel, o: OrgModel) => (REFERENCE_FIELDS.has(field) ? ref(v, m, o, style) : style.text(v));
  const parts = [
    ...(change.added ?? []).map((v) => `+${show(v, ma, mb)}`),
    ...(change.removed ?? []).map((v) => `${MINUS}${show(v, mb, ma)}`),
  ];
  return parts.join(style.words.listSep);
}

function numberDelta(before: FieldValue, after: FieldValue, words: DiffWords): string {
  if (typeof before !== 'number' || typeof after !== 'number') return '';
  const d = Number((after - before).toPrecision(12)); // 0.3 − 0.1 is 0.2 to a reader, not 0.19999999999999998
  return words.parenthesised(d > 0 ? `+${d}` : `${MINUS}${-d}`);
}

/** What changed about a field, without the entity: "reports_to: 客服主管 (cs-lead) → 运营总监". */
export function fieldPhrase(change: Change, result: DiffResult, style: Style): string {
  const { before: mb, after: ma } = result.models;
  const w = style.words;
  const field = change.field ?? change.change;
  if (change.change === 'previously') return w.renamed(style.id(valueText(change.before ?? '')), style.id(change.id));
  const name = change.step !== undefined ? w.stepField(style.id(change.step), fieldName(field, w)) : fieldName(field, w);
  if (change.step !== undefined && field === 'added') return w.stepAdded(style.id(change.step), stepRole(change.after, result, style));
  if (change.step !== undefined && field === 'removed') return w.stepRemoved(style.id(change.step));
  if (field === 'entry')
    return w.fieldChange(w.firstStep, `${style.id(valueText(change.before!))} ${ARROW} ${style.id(valueText(change.after!))}`);
  if (field === 'kpis') return w.fieldChange(name, kpiPhrase(change.before ?? [], change.after ?? [], result, style));
  if (field === 'holders' && (change.before === null || change.after === null)) {
    const count = (v: FieldValue | undefined) => (Array.isArray(v) ? w.holdersListed(v.length) : w.unknown);
    const names =
      change.after !== null && Array.isArray(change.after) && change.after.length
        ? w.parenthesised(change.after.map((h) => style.text(valueText(h))).join(w.listSep))
        : '';
    return w.fieldChange(name, `${count(change.before)} ${ARROW} ${count(change.after)}${names}`);
  }
  if (change.added || change.removed) return w.fieldChange(name, setPhrase(change, result, style));
  if (field === 'responsibilities') {
    const { added, removed } = setDelta(change.before ?? [], change.after ?? []);
    if (!added.length && !removed.length) return w.fieldChange(name, w.reordered);
    return w.fieldChange(
      name,
      [...added.map((s) => `+${quoted(s, style)}`), ...removed.map((s) => `${MINUS}${quoted(s, style)}`)].join(w.listSep),
    );
  }
  const b = scalar(change.before ?? null, field, mb, ma, style);
  const a = scalar(change.after ?? null, field, ma, mb, style);
  const delta =
    field === 'headcount' || field === 'headcount_budget' || field === 'target'
      ? numberDelta(change.before ?? null, change.after ?? null, w)
      : '';
  return w.fieldChange(name, `${b} ${ARROW} ${a}${delta}`);
}

/** The role doing an added step, named. */
function stepRole(value: FieldValue | undefined, result: DiffResult, style: Style): string | undefined {
  const v = value as { [key: string]: FieldValue } | undefined;
  if (!v || typeof v.role !== 'string') return undefined;
  return ref(v.role, result.models.after, result.models.before, style);
}

/** Where an added or removed entity sits, in a few words: "in 客服部 · reports to 客服主管 · 4 seats". */
export function placement(change: Change, result: DiffResult, style: Style): string {
  const side = change.change === 'added' ? 'after' : 'before';
  const [m, o] = side === 'after' ? [result.models.after, result.models.before] : [result.models.before, result.models.after];
  const v = (change.after ?? change.before) as { [key: string]: FieldValue };
  const w = style.words;
  const parts: string[] = [];
  const r = (id: FieldValue) => ref(valueText(id), m, o, style);
  switch (change.kind) {
    case 'role':
      if (v.department !== null) parts.push(w.inDepartment(r(v.department!)));
      if (v.reports_to !== null) parts.push(w.reportsTo(r(v.reports_to!), side === 'after'));
      parts.push(w.seats(v.headcount as number));
      if (Array.isArray(v.holders))
        parts.push(v.holders.length ? w.heldBy(v.holders.map((h) => style.text(valueText(h))).join(w.listSep)) : w.vacant);
      break;
    case 'department':
      if (v.parent !== null) parts.push(w.under(r(v.parent!)));
      if (v.head !== null) parts.push(w.head(r(v.head!)));
      if (v.headcount_budget !== null) parts.push(w.budget(valueText(v.headcount_budget!)));
      break;
    case 'kpi':
      if (v.target !== null) parts.push(w.kpiTarget(`${valueText(v.target!)}${v.unit === 'percent' ? '%' : ''}`));
      if (v.owner !== null) parts.push(w.owner(r(v.owner!)));
      break;
    case 'workflow':
      parts.push(w.steps(Array.isArray(v.steps) ? v.steps.length : 0));
      if (v.owner !== null) parts.push(w.owner(r(v.owner!)));
      break;
    case 'team':
      if (v.lead !== null) parts.push(w.teamLead(r(v.lead!)));
      parts.push(w.teamMembers(Array.isArray(v.members) ? v.members.length : 0));
      if (v.start !== null || v.end !== null) parts.push(w.teamPeriod(valueText(v.start ?? '…'), valueText(v.end ?? '…')));
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
    out.set(`${r.kind}\u0000${r.to}`, style.words.renamedFrom(style.id(r.from)));
    out.set(`${r.kind}\u0000${r.from}`, style.words.renamedTo(style.id(r.to)));
  }
  return out;
}

/**
 * Departments' re-parenting takes their sub-departments and roles along:
 * "(with 2 sub-departments, 9 roles)".
 */
export function departmentCarries(result: DiffResult, deptId: string, words: DiffWords): string {
  const m = result.models.after;
  const dept = m.departments.get(deptId);
  // Summed once for all departments: walking each re-parented department's subtree is quadratic on a deep chain.
  const subs = dept ? departmentSubtreeSums(m, 'departments').get(dept)! - 1 : 0;
  const roles = dept ? departmentSubtreeSums(m, 'roles').get(dept)! : (m.hierarchy.departmentRoles.get(deptId)?.length ?? 0);
  return words.carries(subs, roles);
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
  const w = style.words;
  const lines = [w.team(names.join(w.listSep), more)];
  const transitions = new Map<string, number>();
  for (const id of move.members) {
    const a = before.roles.get(id)?.department;
    const b = after.roles.get(id)?.department;
    if (a === b) continue;
    const show = (d: string | undefined, m: OrgModel, o: OrgModel) => (d === undefined ? w.none : ref(d, m, o, style));
    const key = w.departmentTransition(show(a, before, after), show(b, after, before));
    transitions.set(key, (transitions.get(key) ?? 0) + 1);
  }
  for (const [k, n] of [...transitions.entries()].sort((x, y) => compareStrings(x[0], y[0])))
    lines.push(w.teamShare(n, n === move.members.length, k));
  return lines;
}

/** One line of the People section: "胡军: 仓库主管 (warehouse-lead) → 仓储物流副经理 (logistics-deputy)". */
export function personPhrase(p: PersonChange, result: DiffResult, style: Style): string {
  const { before, after } = result.models;
  const w = style.words;
  const roles = (ids: string[], m: OrgModel, o: OrgModel) => ids.map((id) => ref(id, m, o, style)).join(w.listSep);
  const from = roles(p.from, before, after);
  const to = roles(p.to, after, before);
  const person = style.text(p.person);
  if (p.change === 'joined') return w.personJoined(person, to);
  if (p.change === 'left') return w.personLeft(person, from);
  return w.personMoved(person, from || w.none, to || w.none);
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
