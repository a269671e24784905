/**
 * Model stage: parsed documents → typed entities in one graph. Inline roles
 * and standalone Role documents end up in the same `roles` map. Produces the
 * `schema`, `duplicate-id` and `missing-organization` findings; everything
 * else is the rules' job.
 */
import { isPosScalar, type PosNode } from '../load/skeleton.js';
import { childNode, docNode, findNode, nodePosition, type NodeRef } from '../load/positions.js';
import type { LoadedDoc, RawFinding, SourceFile } from '../load/types.js';
import { didYouMeanAny, valueCandidates } from '../core/text/suggest.js';
import { replaceScalar } from '../load/suggestions.js';
import { buildHierarchy } from './hierarchy.js';
import { inEffect, periodsOverlap, periodText } from './effective.js';
import { registerNotInEffect } from './notInEffect.js';
import { today } from '../core/time/today.js';
import { KINDS, OrganizationSchema, RoleSchema, KpiSchema, WorkflowSchema } from './schema.js';
import type { InlineRoleDoc, Kind, KpiDoc, OrganizationDoc, RoleDoc, TeamDoc, WorkflowDoc } from './schema.js';
import type { Entity, OrgModel } from './types.js';
import { isPlainObject, stripExtensions, type DocContext } from './validateDoc.js';
import { checkDoc, nfc, quickValid, type Checked, type DocSource, type KindSchema } from './build/check.js';
import { buildDepartment, DEPARTMENT, type DepartmentFieldsDoc } from './build/department.js';
import { buildKpi, KPI } from './build/kpi.js';
import { buildOrganization, ORGANIZATION } from './build/organization.js';
import { buildRole, INLINE_ROLE, ROLE } from './build/role.js';
import { buildWorkflow, WORKFLOW } from './build/workflow.js';
import { buildTeam, TEAM } from './build/team.js';
import type { DocMemo, InlinePlace } from './build/docMemo.js';

/** Reads documents one by one into entities, collecting the findings on the way. */
class ModelBuilder {
  readonly findings: RawFinding[] = [];
  readonly entities: Entity[] = [];
  /** Ids of documents that were not built (no or unknown kind), with where they are. */
  readonly unbuilt: Array<{ id: string; file: SourceFile; offset: number }> = [];
  /** A document left out (no kind, or a kind meant to be Organization) may be the Organization. */
  organizationLeftOut = false;

  /** `memo`: the other side of a diff (or the model before, in `orgctl serve`), for inline roles written as before in a file that changed. */
  constructor(private readonly memo?: DocMemo) {}

  /** A document is left out: the ids it (and its inline roles) would define are remembered. */
  private leaveOut(file: SourceFile, loaded: LoadedDoc, raw: Record<string, unknown>): void {
    const offset = loaded.offset;
    if (typeof raw.id === 'string') this.unbuilt.push({ id: nfc(raw.id), file, offset });
    if (Array.isArray(raw.roles))
      for (const r of raw.roles as unknown[])
        if (isPlainObject(r) && typeof r.id === 'string') this.unbuilt.push({ id: nfc(r.id), file, offset });
  }

  loadDoc(file: SourceFile, loaded: LoadedDoc): void {
    // The document's node is looked up only when a finding needs a position (load/positions.ts).
    const node = docNode(loaded);
    // A `---` with nothing after it (a file ending in `---`, a document commented out) is read as an empty
    // null: like an empty file it defines nothing and is no mistake. A null written out (`--- ~`) is one.
    if (loaded.value === null && isEmptyNode(loaded.root)) return;
    const here = () => nodePosition(file, node) ?? { file: file.path, line: 1, column: 1 };
    if (!isPlainObject(loaded.value)) {
      this.findings.push({ rule: 'schema', message: `document must be a mapping with a 'kind' (one of ${KINDS.join(', ')})`, ...here() });
      return;
    }
    const written = loaded.value;
    // A department's inline roles are checked one by one (loadInlineRole): the department itself is read
    // without them, or each role would be stripped and checked twice.
    const own = written.kind === 'Department' && Object.hasOwn(written, 'roles') ? withoutRoles(written) : written;
    const known = KINDS.find((x) => x === written.kind);
    // Nearly every document is plainly valid: the quick check takes it as written (no stripped copy, no zod).
    const quick = known && quickValid<{ id: string }>(KIND_BUILDS[known], own, true);
    if (known && quick) {
      if (known === 'Department') this.rolesNotAList(file, node, written);
      this.addEntity(known, quick.checked, () => stripExtensions(own).clean, file, loaded, node, quick.extensions);
      return;
    }
    const { clean: raw, extensions } = stripExtensions(own);
    const kind = raw.kind;
    const rawId = typeof raw.id === 'string' ? raw.id : undefined;
    if (kind === undefined) {
      const at = nodePosition(file, findNode(node, ['id'])) ?? here();
      this.findings.push({ rule: 'schema', message: `document has no 'kind' (one of ${KINDS.join(', ')})`, ...at, entity: rawId });
      this.organizationLeftOut = true;
      this.leaveOut(file, loaded, written);
      return;
    }
    const k = KINDS.find((x) => x === kind);
    if (k === undefined) {
      const kindNode = findNode(node, ['kind']);
      const at = nodePosition(file, kindNode) ?? here();
      // The YAML may give any value: a list or mapping is shown as JSON, never as "[object Object]".
      const shown = typeof kind === 'string' ? kind : JSON.stringify(kind);
      const candidates = typeof kind === 'string' ? valueCandidates(kind, KINDS) : [];
      const suggestions = replaceScalar(file, kindNode, candidates);
      this.findings.push({
        rule: 'schema',
        message: `unknown kind '${shown}'${didYouMeanAny(candidates)}; expected one of ${KINDS.join(', ')}`,
        ...at,
        entity: rawId,
        ...(suggestions ? { suggestions } : {}),
      });
      if (candidates.includes('Organization')) this.organizationLeftOut = true;
      this.leaveOut(file, loaded, written);
      return;
    }
    const ctx: DocContext = { file, node, label: rawId ? `${k} '${rawId}'` : k, entity: rawId };
    const checked = checkDoc<{ id: string }>(KIND_BUILDS[k], raw, ctx, this.findings);
    if (k === 'Department') this.rolesNotAList(file, node, written);
    if (checked) this.addEntity(k, checked, () => raw, file, loaded, node, extensions);
    // An Organization with no usable id: its schema finding is the one to fix.
    else if (k === 'Organization') this.organizationLeftOut = true;
  }

  /** A department's `roles` that is no list is a finding of its own (even when the department has no id). */
  private rolesNotAList(file: SourceFile, node: NodeRef, written: Record<string, unknown>): void {
    if (written.roles === undefined || Array.isArray(written.roles)) return;
    const at = nodePosition(file, findNode(node, ['roles'])) ?? nodePosition(file, node) ?? { file: file.path, line: 1, column: 1 };
    const rawId = typeof written.id === 'string' ? written.id : undefined;
    const label = rawId ? `Department '${rawId}'` : 'Department';
    this.findings.push({ rule: 'schema', message: `${label}: field 'roles' must be a list of roles`, ...at, entity: rawId });
  }

  /** The entity (and a department's inline roles) of a checked document; `raw`: the document stripped of `x-` keys. */
  private addEntity(
    k: Kind,
    checked: Checked<{ id: string }>,
    raw: () => Record<string, unknown>,
    file: SourceFile,
    loaded: LoadedDoc,
    node: NodeRef,
    extensions: Record<string, unknown>,
  ): void {
    const written = loaded.value as Record<string, unknown>;
    const from: DocSource = { source: file, node, written, extensions };
    // Each builder takes its own kind's checked data (KIND_BUILDS[k] checked it).
    const as = <T>() => checked as unknown as Checked<T & { id: string }>;
    switch (k) {
      case 'Department': {
        // Inline roles from the unstripped value: their own `x-` keys are kept as their extensions.
        const rawRoles = written.roles;
        const rolesOk = rawRoles === undefined || Array.isArray(rawRoles); // else rolesNotAList said so
        const dept = buildDepartment(as<DepartmentFieldsDoc>(), from, rolesOk);
        this.entities.push(dept);
        if (Array.isArray(rawRoles)) {
          // One place for all its roles: what the memo compares an inline role's surroundings by.
          const place = this.memo && { department: dept.id, period: dept.effective };
          for (let i = 0; i < rawRoles.length; i++)
            this.loadInlineRole(file, childNode(node, ['roles', i]), rawRoles[i], dept.id, dept.effective, place);
        }
        return;
      }
      case 'Organization':
        this.entities.push(buildOrganization(as<OrganizationDoc>(), raw(), from));
        return;
      case 'Role':
        this.entities.push(buildRole(as<RoleDoc>(), from));
        return;
      case 'KPI':
        this.entities.push(buildKpi(as<KpiDoc>(), from));
        return;
      case 'Workflow':
        this.entities.push(buildWorkflow(as<WorkflowDoc>(), raw(), from));
        return;
      case 'Team':
        this.entities.push(buildTeam(as<TeamDoc>(), raw(), from));
        return;
    }
  }

  /** `deptPeriod`: a role declared inside a dated department shares its period unless it gives its own. */
  loadInlineRole(
    file: SourceFile,
    node: NodeRef,
    item: unknown,
    deptId: string,
    deptPeriod: Entity['effective'],
    place: InlinePlace | undefined,
  ): void {
    const reused = place && this.memo?.reuseInlineRole(file, node, item, place);
    if (reused) {
      this.entities.push(reused);
      if (this.memo!.recording) this.memo!.rememberInlineRole(item, place, reused);
      return;
    }
    const findingsBefore = this.findings.length;
    const here = () => nodePosition(file, node) ?? { file: file.path, line: 1, column: 1 };
    if (!isPlainObject(item)) {
      this.findings.push({
        rule: 'schema',
        message: `Department '${deptId}': each item of 'roles' must be a mapping (a role)`,
        ...here(),
        entity: deptId,
      });
      return;
    }
    let checked: Checked<InlineRoleDoc> | undefined;
    let extensions: Record<string, unknown>;
    const quick = quickValid(INLINE_ROLE, item, false);
    if (quick) ({ checked, extensions } = quick);
    else {
      const stripped = stripExtensions(item, false);
      const raw = stripped.clean;
      extensions = stripped.extensions;
      const rawId = typeof raw.id === 'string' ? raw.id : undefined;
      const ctx: DocContext = { file, node, label: rawId ? `Role '${rawId}'` : `Role in Department '${deptId}'`, entity: rawId };
      checked = checkDoc(INLINE_ROLE, raw, ctx, this.findings);
      if (!checked) return;
    }
    const d = checked.data;
    let invalid = checked.invalid;
    if (typeof d.department === 'string' && nfc(d.department) !== deptId) {
      invalid = true;
      const at = nodePosition(file, findNode(node, ['department'])) ?? here();
      this.findings.push({
        rule: 'schema',
        message: `Role '${d.id}' is declared inline in Department '${deptId}' but names department '${d.department}'`,
        ...at,
        entity: d.id,
      });
    }
    const role = buildRole(checked, { source: file, node, written: item, extensions }, { department: deptId, invalid });
    if (role.effective === undefined && deptPeriod !== undefined) role.effective = deptPeriod;
    this.entities.push(role);
    if (place && this.memo?.recording && this.findings.length === findingsBefore) this.memo.rememberInlineRole(item, place, role);
  }
}

/** Each kind's schema (the builders' checks). */
const KIND_BUILDS: Record<Kind, KindSchema<{ id: string }>> = {
  Organization: ORGANIZATION,
  Department: DEPARTMENT,
  Role: ROLE,
  KPI: KPI,
  Workflow: WORKFLOW,
  Team: TEAM,
};

/** A department's mapping without its `roles` (a shallow copy; keys keep their order). */
function withoutRoles(value: Record<string, unknown>): Record<string, unknown> {
  const { roles: _roles, ...rest } = value;
  return rest;
}

/** An empty plain scalar: what a `---` with nothing after it reads as. */
function isEmptyNode(node: PosNode): boolean {
  return isPosScalar(node) && node.s === node.e;
}

/** Position of an entity's `id` value (where findings about the whole entity point). */
export function idPosition(e: Entity) {
  return nodePosition(e.source, findNode(e.node, ['id']) ?? e.node) ?? { file: e.source.path, line: 1, column: 1 };
}

/** The id as written in the YAML (before NFC normalisation). */
function writtenId(e: Entity): string {
  const node = findNode(e.node, ['id']);
  return isPosScalar(node) ? node.v : e.id;
}

export interface BuildOptions {
  /** The date to read an effective-dated org at (`YYYY-MM-DD`); default today. */
  asOf?: string;
  /** Documents already built by another model (the other side of a diff, the last rebuild; see build/docMemo.ts). */
  docMemo?: DocMemo;
}

export function buildModel(files: SourceFile[], options: BuildOptions = {}): OrgModel {
  const memo = options.docMemo;
  const b = new ModelBuilder(memo);
  for (const file of files)
    for (const doc of file.docs) {
      if (!memo) {
        b.loadDoc(file, doc);
        continue;
      }
      const reused = memo.reuse(file, doc);
      if (reused) {
        for (const e of reused) b.entities.push(e);
        if (memo.recording) memo.remember(doc, { entities: reused, findings: 0, leftOut: 0 });
        continue;
      }
      if (!memo.recording) {
        b.loadDoc(file, doc);
        continue;
      }
      const [entities, findings, leftOut] = [b.entities.length, b.findings.length, b.unbuilt.length];
      b.loadDoc(file, doc);
      memo.remember(doc, {
        entities: b.entities.slice(entities),
        findings: b.findings.length - findings,
        leftOut: b.unbuilt.length - leftOut,
      });
    }
  memo?.endModel();
  const dated = b.entities.some((e) => e.effective !== undefined);
  const asOf = options.asOf ?? today(undefined);
  const notInEffect = new Map<string, Entity[]>();
  if (dated) checkPeriods(b.entities, b.findings);

  const byId = new Map<string, Entity>();
  const duplicates: Entity[] = [];
  const model: OrgModel = {
    files,
    organizations: [],
    departments: new Map(),
    roles: new Map(),
    kpis: new Map(),
    workflows: new Map(),
    teams: new Map(),
    byId,
    duplicates,
    buildFindings: b.findings,
    unchecked: new Map(),
    hierarchy: undefined as never,
  };
  for (const e of b.entities) {
    if (dated && !inEffect(e, asOf)) {
      const versions = notInEffect.get(e.id);
      if (versions) versions.push(e);
      else notInEffect.set(e.id, [e]);
      continue;
    }
    const first = byId.get(e.id);
    if (first) {
      duplicates.push(e);
      // Two versions in effect on the same day, one of them dated: checkPeriods has said so, with both periods.
      if (first.effective !== undefined || e.effective !== undefined) continue;
      const p = idPosition(first);
      const twins =
        writtenId(e) !== writtenId(first)
          ? ' (written with different code points that are the same text in Unicode NFC, e.g. composed é and e + U+0301)'
          : '';
      b.findings.push({
        rule: 'duplicate-id',
        message: `duplicate id '${e.id}': ${e.kind} '${e.id}' reuses the id of ${first.kind} '${first.id}' (${p.file}:${p.line}:${p.column})${twins}`,
        ...idPosition(e),
        entity: e.id,
      });
      continue;
    }
    byId.set(e.id, e);
    switch (e.kind) {
      case 'Organization':
        model.organizations.push(e);
        break;
      case 'Department':
        model.departments.set(e.id, e);
        break;
      case 'Role':
        model.roles.set(e.id, e);
        break;
      case 'KPI':
        model.kpis.set(e.id, e);
        break;
      case 'Workflow':
        model.workflows.set(e.id, e);
        break;
      case 'Team':
        model.teams.set(e.id, e);
        break;
    }
  }
  for (const file of files)
    for (const doc of file.unparsed)
      for (const id of doc.ids)
        if (!byId.has(id) && !model.unchecked.has(id)) model.unchecked.set(id, { file, offset: doc.offset, unparsed: true });
  for (const { id, file, offset } of b.unbuilt)
    if (!byId.has(id) && !model.unchecked.has(id)) model.unchecked.set(id, { file, offset, unparsed: false });
  model.organization = model.organizations[0];
  // One mistake, one finding: when the Organization may be in a document that was not read (its syntax,
  // encoding or kind has a finding), that finding is the one to fix; then the org says whether one is missing.
  const organizationUnread =
    b.organizationLeftOut || files.some((f) => f.unparsed.some((d) => d.kind === undefined || mayMeanOrganization(d.kind)));
  if (model.organizations.length === 0 && !organizationUnread) {
    const message =
      files.length === 0
        ? 'no org files: there is no *.yaml or *.yml file under the given paths (try `orgctl init`)'
        : 'no Organization document: an org needs exactly one (kind: Organization, with id and name)';
    b.findings.push({ rule: 'missing-organization', message });
  }
  for (const extra of model.organizations.slice(1)) {
    const first = model.organization!;
    const p = idPosition(first);
    b.findings.push({
      rule: 'missing-organization',
      message: `more than one Organization: '${extra.id}' and '${first.id}' (${p.file}:${p.line}:${p.column}); an org has exactly one`,
      ...idPosition(extra),
      entity: extra.id,
    });
  }
  if (options.asOf !== undefined) model.asOf = options.asOf;
  if (dated) {
    model.dating = { asOf, notInEffect };
    registerNotInEffect(model);
  }
  model.hierarchy = buildHierarchy(model, b.findings);
  return model;
}

/** Whether a kind as written (in a document that did not parse) is Organization or a misspelling of it. */
function mayMeanOrganization(kind: string): boolean {
  return valueCandidates(kind, KINDS).includes('Organization');
}

/**
 * Checks the periods of dated entities: `effective_until` after `effective_from`, and the versions of one id
 * never in effect on the same day (that would be a duplicate id on that day, whichever day --as-of picks).
 * Versions sorted by start, so each is compared with the one before: n log n.
 */
function checkPeriods(entities: Entity[], findings: RawFinding[]): void {
  const versions = new Map<string, Entity[]>();
  for (const e of entities) {
    const from = e.effective?.from;
    const until = e.effective?.until;
    if (from !== undefined && until !== undefined && until <= from) {
      const node = findNode(e.node, ['effective_until']);
      findings.push({
        rule: 'schema',
        message: `${e.kind} '${e.id}': effective_until (${until}) must be after effective_from (${from}); the entity would never be in effect`,
        ...(nodePosition(e.source, node) ?? idPosition(e)),
        entity: e.id,
      });
    }
    const list = versions.get(e.id);
    if (list) list.push(e);
    else versions.set(e.id, [e]);
  }
  for (const list of versions.values()) {
    if (list.length < 2 || list.every((e) => e.effective === undefined)) continue; // plain duplicates: duplicate-id says it
    const start = (e: Entity) => e.effective?.from ?? '';
    const sorted = [...list].sort((a, c) => (start(a) < start(c) ? -1 : start(a) > start(c) ? 1 : 0));
    // Each version against the earlier one that ends last: it overlaps some earlier version exactly when it
    // overlaps that one (not only its neighbour: until 2028 overlaps a version from 2027-06 across one in between).
    let earlier = sorted[0]!;
    for (const later of sorted.slice(1)) {
      const overlaps = periodsOverlap(earlier, later);
      const endsLater =
        earlier.effective?.until !== undefined && (later.effective?.until === undefined || later.effective.until > earlier.effective.until);
      const longest = endsLater ? later : earlier;
      if (!overlaps) {
        earlier = longest;
        continue;
      }
      const p = idPosition(earlier);
      const periods = `${periodText(earlier) || 'always'}, and ${periodText(later) || 'always'}`;
      // Two kinds sharing an id are no versions of one entity: no dates make them one; a rename does.
      const message =
        earlier.kind === later.kind
          ? `duplicate id '${later.id}': two versions are in effect on the same days (${periodText(earlier) || 'always'} at ${p.file}:${p.line}:${p.column}, and ${periodText(later) || 'always'}); end one with effective_until where the other's effective_from begins`
          : `duplicate id '${later.id}': ${later.kind} '${later.id}' reuses the id of ${earlier.kind} '${earlier.id}' (${p.file}:${p.line}:${p.column}), and both are in effect on the same days (${periods}); ids are unique across kinds: rename one`;
      findings.push({
        rule: 'duplicate-id',
        message,
        ...idPosition(later),
        entity: later.id,
      });
      earlier = longest;
    }
  }
}

export { OrganizationSchema, RoleSchema, KpiSchema, WorkflowSchema };
