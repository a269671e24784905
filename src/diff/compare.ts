/**
 * The semantic diff: two resolved models compared entity by entity (by id,
 * per kind) and field by field (by value), never as YAML text — moving a role
 * to another file or reordering keys is no change. Each change is reported
 * once, on the entity whose own field changed.
 */
import type { Finding } from '../load/types.js';
import type { Entity, EntityBase, OrgModel, Role, Step, Workflow } from '../model/types.js';
import { runRules } from '../lint/engine.js';
import { computeStats, totalFigures } from '../stats/compute.js';
import {
  compareStrings,
  DEPARTMENT_FIELDS,
  renameRefs,
  KPI_FIELDS,
  ORGANIZATION_FIELDS,
  ROLE_FIELDS,
  sameValue,
  setDelta,
  snapshot,
  STEP_FIELDS,
  TEAM_FIELDS,
  WORKFLOW_FIELDS,
  type FieldSpec,
} from './fields.js';
import { findingsDelta } from './findingsDelta.js';
import { peopleChanges } from './people.js';
import { checkPolicy } from './policy/index.js';
import { findPossibleRenames, findSubtreeMoves } from './moves.js';
import type { AbsentSide, Change, ChangeKind, DiffResult, FieldValue, SideSummary } from './types.js';

export interface DiffOptions {
  /** Findings of each side (what `validateOrg` returns); computed when not given. */
  beforeFindings?: readonly Finding[];
  afterFindings?: readonly Finding[];
  /** The approver labels the change carries (a pull request's labels): they pass the base policy's protected gates. */
  labels?: readonly string[];
  /** A side whose org path did not exist (read as an empty org): the human formats say so. */
  absent?: AbsentSide;
}

/**
 * Changes of the fields of one entity present on both sides. With `step`, the
 * fields are a workflow step's: each becomes a `steps` change naming the step.
 */
function fieldChanges<E>(
  kind: ChangeKind,
  id: string,
  fields: readonly FieldSpec<E>[],
  before: E,
  after: E,
  renamed: ReadonlyMap<string, string>,
  step?: string,
  previously?: string,
): Change[] {
  const out: Change[] = [];
  for (const f of fields) {
    const a = renameRefs(f.name, f.value(before), renamed);
    const b = f.value(after);
    if (sameValue(a, b)) continue;
    const change: Change =
      step === undefined
        ? { kind, id, change: f.name, before: a, after: b }
        : { kind, id, change: 'steps', step, field: f.name, before: a, after: b };
    if (previously !== undefined) change.previously = previously;
    if (f.set) Object.assign(change, setDelta(a, b));
    out.push(change);
  }
  return out;
}

/**
 * What comparing one entity id takes: its kind and id, the entity on each side (undefined where it is
 * not), the fields compared, any further comparison (a workflow's steps), and the before-side id of an
 * entity renamed with `previously:`.
 */
type EntityComparison<E> = [
  kind: ChangeKind,
  id: string,
  before: E | undefined,
  after: E | undefined,
  fields: readonly FieldSpec<E>[],
  more?: (b: E, a: E) => Change[],
  previously?: string,
];

class ChangeList {
  readonly changes: Change[] = [];
  added = 0;
  removed = 0;
  changed = 0;
  /**
   * Role ids (either side's) that were added, removed, or changed a field (or, however unlikely, list
   * their holders' names otherwise with the same labels). Every other role has the same reports_to,
   * department and holders on both sides, so the people and team-move passes look only at these and
   * their neighbours: the few a restructure touches, not the whole org.
   */
  readonly touchedRoles = new Set<string>();
  /** Before-side id → after-side id, for entities renamed with `previously:`. */
  constructor(readonly renamed: ReadonlyMap<string, string>) {}

  /** Compare one entity id: added, removed, or its field changes. */
  entity<E>(...args: EntityComparison<E>): void {
    this.changes.push(...this.compare(...args));
  }

  /** One entity id's changes (counted, not yet listed). */
  private compare<E>(...[kind, id, before, after, fields, more, previously]: EntityComparison<E>): Change[] {
    if (before === undefined && after === undefined) return [];
    const touch = () => {
      if (kind !== 'role') return;
      this.touchedRoles.add(id);
      if (previously !== undefined) this.touchedRoles.add(previously);
    };
    if (before === undefined) {
      touch();
      this.added++;
      return [{ kind, id, change: 'added', after: snapshotOf(fields, after!, kind) }];
    } else if (after === undefined) {
      touch();
      this.removed++;
      return [{ kind, id, change: 'removed', before: snapshotOf(fields, before, kind) }];
    } else {
      if (previously === undefined && this.renamed.size === 0 && (sameDocument(before, after) || sameWritten(before, after))) return [];
      const found = fieldChanges(kind, id, fields, before, after, this.renamed, undefined, previously);
      if (found.length || previously !== undefined || (kind === 'role' && !sameHolderNames(before as Role, after as Role))) touch();
      if (more) found.push(...more(before, after).map((c) => (previously === undefined ? c : { ...c, previously })));
      // The rename itself comes first, then what else changed about the entity.
      if (previously !== undefined) found.unshift({ kind, id, change: 'previously', previously, before: previously, after: id });
      if (found.length) this.changed++;
      return found;
    }
  }

  map<E>(
    kind: ChangeKind,
    before: Map<string, E>,
    after: Map<string, E>,
    fields: readonly FieldSpec<E>[],
    more?: (b: E, a: E) => Change[],
  ): void {
    // Listed in id order: the few ids that changed are sorted, not every id of both sides.
    const found: [string, Change[]][] = [];
    const add = (id: string, changes: Change[]) => {
      if (changes.length) found.push([id, changes]);
    };
    // Each before-side entity under its after-side id (renamed ones under their new id), then the after-side
    // ids no before-side entity has: a renamed id's old one is not on the after side, its new one not before.
    if (this.renamed.size === 0) {
      // Each after-side id against the before side: most of an org is read from the same document on both
      // sides and checked here without a call. When every before-side id was met, none was removed, and
      // the before side need not be walked at all.
      let met = 0;
      for (const [id, is] of after) {
        const was = before.get(id);
        if (was !== undefined) met++;
        if (was === undefined || !sameDocument(was, is)) add(id, this.compare(kind, id, was, is, fields, more));
      }
      if (met < before.size)
        for (const [id, was] of before) if (!after.has(id)) add(id, this.compare(kind, id, was, undefined, fields, more));
      found.sort((a, b) => compareStrings(a[0], b[0]));
      for (const [, changes] of found) this.changes.push(...changes);
      return;
    }
    const renamedTo = new Set<string>();
    for (const [id, was] of before) {
      const now = this.renamed.get(id);
      if (now !== undefined) renamedTo.add(now);
      add(now ?? id, this.compare(kind, now ?? id, was, after.get(now ?? id), fields, more, now === undefined ? undefined : id));
    }
    for (const [id, is] of after) if (!before.has(id) && !renamedTo.has(id)) add(id, this.compare(kind, id, undefined, is, fields, more));
    found.sort((a, b) => compareStrings(a[0], b[0]));
    for (const [, changes] of found) this.changes.push(...changes);
  }
}

/**
 * Both sides read the entity from the same parsed document: its file is
 * byte-identical on both sides (createSharedParse hands both the same
 * documents). Every compared field, steps included, is a function of that
 * document alone, so without renames (which rewrite before-side references)
 * nothing about it changed, and comparing field by field would only say so
 * for most of the org.
 */
function sameDocument(before: unknown, after: unknown): boolean {
  const written = (before as Partial<EntityBase>).written;
  return written !== undefined && written === (after as Partial<EntityBase>).written;
}

/**
 * Both sides wrote the entity alike, from different documents (another entity in its file changed):
 * every compared field is a function of the mapping as written, and of the enclosing department for a
 * role declared inline, so without renames nothing about it changed. A structural check of the written
 * values, much cheaper than computing and comparing each field; anything unlike (even keys in another
 * order, or NaN) is left to the field-by-field comparison.
 */
function sameWritten(before: unknown, after: unknown): boolean {
  const a = before as Partial<EntityBase> & { department?: string };
  const b = after as Partial<EntityBase> & { department?: string };
  return a.written !== undefined && b.written !== undefined && a.department === b.department && samePlain(a.written, b.written);
}

/** Plain parsed YAML values (scalars, arrays, mappings) with the same structure, keys in the same order. */
function samePlain(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!samePlain(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i]!;
    if (k !== kb[i] || !samePlain((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/** The holders' names in the same order: `holders` compares labels (name <email>), and people go by name. */
function sameHolderNames(before: Role, after: Role): boolean {
  const a = before.holders ?? [];
  const b = after.holders ?? [];
  return a.length === b.length && a.every((h, i) => h.name === b[i]!.name);
}

function snapshotOf<E>(fields: readonly FieldSpec<E>[], entity: E, kind: ChangeKind): FieldValue {
  const snap = snapshot(fields, entity);
  if (kind === 'workflow') {
    const wf = entity as unknown as Workflow;
    snap.steps = wf.steps.map((step) => ({ id: step.id, ...snapshot(STEP_FIELDS, { workflow: wf, step }) }));
  }
  return snap;
}

/** First step of each id (a repeated step id is already a workflow-step-unknown finding). */
function stepsById(workflow: Workflow): Map<string, Step> {
  const out = new Map<string, Step>();
  for (const s of workflow.steps) if (!out.has(s.id)) out.set(s.id, s);
  return out;
}

/**
 * Step-by-step changes of a workflow, as `steps` changes naming the step: the
 * entry (first step) moving, steps added and removed, and each step field.
 */
function stepChanges(before: Workflow, after: Workflow, renamed: ReadonlyMap<string, string>): Change[] {
  const id = after.id;
  const out: Change[] = [];
  const entryBefore = before.steps[0]?.id;
  const entryAfter = after.steps[0]?.id;
  if (entryBefore !== undefined && entryAfter !== undefined && entryBefore !== entryAfter) {
    out.push({ kind: 'workflow', id, change: 'steps', step: entryAfter, field: 'entry', before: entryBefore, after: entryAfter });
  }
  const old = stepsById(before);
  const now = stepsById(after);
  for (const [stepId, step] of now) {
    const was = old.get(stepId);
    if (!was) {
      out.push({
        kind: 'workflow',
        id,
        change: 'steps',
        step: stepId,
        field: 'added',
        after: snapshot(STEP_FIELDS, { workflow: after, step }),
      });
      continue;
    }
    out.push(...fieldChanges('workflow', id, STEP_FIELDS, { workflow: before, step: was }, { workflow: after, step }, renamed, stepId));
  }
  for (const [stepId, step] of old) {
    if (!now.has(stepId))
      out.push({
        kind: 'workflow',
        id,
        change: 'steps',
        step: stepId,
        field: 'removed',
        before: snapshot(STEP_FIELDS, { workflow: before, step }),
      });
  }
  return out;
}

function sideSummary(model: OrgModel, findings: readonly Finding[]): SideSummary {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const t = totalFigures(model);
  return {
    roles: t.roles,
    seats: t.seats,
    holders: t.holders,
    vacancies: t.vacancies,
    layers: t.layers,
    maxSpan: t.span.max,
    findings: findings.length,
    errors,
    warnings: findings.length - errors,
  };
}

/**
 * Renames declared with `previously:` on the after side: an old id the before
 * side has (same kind) and the after side no longer uses, for an id the before
 * side does not have. Anything else (an old id still in use) is a
 * `previously-id-in-use` finding, and stays a removal plus an addition.
 */
function declaredRenames(before: OrgModel, after: OrgModel): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  const kinds: [ReadonlyMap<string, Entity>, ReadonlyMap<string, Entity>][] = [
    [before.departments, after.departments],
    [before.roles, after.roles],
    [before.kpis, after.kpis],
    [before.workflows, after.workflows],
  ];
  for (const [b, a] of kinds) {
    for (const entity of a.values()) {
      if (!entity.previously.length || b.has(entity.id)) continue;
      for (const old of entity.previously) {
        if (!b.has(old) || after.byId.has(old) || a.has(old) || taken.has(old)) continue;
        out.set(old, entity.id);
        taken.add(old);
        break;
      }
    }
  }
  return out;
}

export function diffOrgs(before: OrgModel, after: OrgModel, options: DiffOptions = {}): DiffResult {
  const renamed = declaredRenames(before, after);
  const list = new ChangeList(renamed);
  const orgBefore = before.organization;
  const orgAfter = after.organization;
  if (orgBefore && orgAfter && orgBefore.id !== orgAfter.id && orgAfter.previously.includes(orgBefore.id)) {
    list.entity('organization', orgAfter.id, orgBefore, orgAfter, ORGANIZATION_FIELDS, undefined, orgBefore.id);
  } else if (orgBefore && orgAfter && orgBefore.id !== orgAfter.id) {
    // Ids are identity: a new Organization id is a removal and an addition.
    list.entity('organization', orgBefore.id, orgBefore, undefined, ORGANIZATION_FIELDS);
    list.entity('organization', orgAfter.id, undefined, orgAfter, ORGANIZATION_FIELDS);
  } else {
    list.entity('organization', (orgAfter ?? orgBefore)?.id ?? '', orgBefore, orgAfter, ORGANIZATION_FIELDS);
  }
  list.map('department', before.departments, after.departments, DEPARTMENT_FIELDS);
  list.map('role', before.roles, after.roles, ROLE_FIELDS);
  list.map('kpi', before.kpis, after.kpis, KPI_FIELDS);
  list.map('workflow', before.workflows, after.workflows, WORKFLOW_FIELDS, (b, a) => stepChanges(b, a, renamed));
  list.map('team', before.teams, after.teams, TEAM_FIELDS);
  // Without renames, the roles sameDocument did not vouch for; with them every role was compared field by field.
  const touched = renamed.size === 0 ? list.touchedRoles : undefined;

  const beforeFindings = options.beforeFindings ?? runRules(before);
  const afterFindings = options.afterFindings ?? runRules(after);
  // Each side's full figures (per department) only when a caller reads them: the summary needs the totals alone,
  // and both sides' department tallies were a fifth of a diff's own work at 100k roles.
  let stats: DiffResult['stats'] | undefined;
  return {
    changes: list.changes,
    summary: {
      before: sideSummary(before, beforeFindings),
      after: sideSummary(after, afterFindings),
      added: list.added,
      removed: list.removed,
      changed: list.changed,
    },
    findings: findingsDelta(beforeFindings, afterFindings, renamed),
    people: peopleChanges(before, after, renamed, touched),
    policy: checkPolicy(before, after, list.changes, options.labels, renamed),
    moves: findSubtreeMoves(before, after, list.changes, touched),
    renames: findPossibleRenames(before, after, list.changes),
    get stats() {
      stats ??= { before: computeStats(before), after: computeStats(after) };
      return stats;
    },
    models: { before, after },
    ...(options.absent ? { absent: options.absent } : {}),
  };
}

/** A gate of the base's diff_policy set at error level is broken: `orgctl diff` exits 1. */
export function policyFails(result: DiffResult): boolean {
  return result.policy.some((f) => f.severity === 'error');
}

/** The two sides differ: some entity changed, or the findings did (a suppression comment changes no entity). */
export function sidesDiffer(result: DiffResult): boolean {
  const f = result.findings;
  return result.changes.length > 0 || f.introduced.length > 0 || f.fixed.length > 0 || f.changed.length > 0;
}
