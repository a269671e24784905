/**
 * Model stage: parsed documents → typed entities in one graph. Inline roles
 * and standalone Role documents end up in the same `roles` map. Produces the
 * `schema`, `duplicate-id` and `missing-organization` findings; everything
 * else is the rules' job.
 */
import { isScalar, type Node } from 'yaml';
import type { z } from 'zod';
import { findNode, nodePosition, type PathSegment } from '../load/positions.js';
import type { LoadedDoc, RawFinding, SourceFile } from '../load/types.js';
import { didYouMean } from '../core/text/suggest.js';
import { buildHierarchy } from './hierarchy.js';
import {
  DepartmentSchema,
  InlineRoleSchema,
  KIND_SCHEMAS,
  KINDS,
  KpiSchema,
  OrganizationSchema,
  RoleSchema,
  RuleSetting,
  WorkflowSchema,
  type Kind,
  type KpiRefDoc,
  type HolderDoc,
  type RuleSettingDoc,
} from './schema.js';
import type { Department, Entity, Holder, KpiAssignment, Kpi, Organization, OrgModel, Role, Step, Workflow } from './types.js';
import { bareObject, checkAgainst, isPlainObject, lenient, stripExtensions, type DocContext } from './validateDoc.js';

type Shape = Record<string, z.ZodType>;

/** The field names a schema accepts at `path` (for "did you mean" on unknown fields). */
function fieldsAt(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  let s: unknown = schema;
  const unwrap = (x: unknown): unknown => {
    for (;;) {
      const def = (x as { _zod?: { def?: { type?: string; innerType?: unknown; options?: unknown[] } } })._zod?.def;
      if (def?.type === 'optional' || def?.type === 'default') x = def.innerType;
      else if (def?.type === 'union') x = def.options?.find((o) => (o as { _zod: { def: { type: string } } })._zod.def.type === 'object') ?? x;
      else return x;
      if (def?.type === 'union') return x;
    }
  };
  s = unwrap(s);
  for (const seg of path) {
    const def = (s as { _zod: { def: { type: string; shape?: Shape; element?: unknown } } })._zod.def;
    if (def.type === 'object' && typeof seg === 'string') s = def.shape && Object.hasOwn(def.shape, seg) ? unwrap(def.shape[seg]) : undefined;
    else if (def.type === 'array') s = unwrap(def.element);
    else return [];
    if (!s) return [];
  }
  const def = (s as { _zod: { def: { type: string; shape?: Shape } } })._zod.def;
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/**
 * The Department schema minus `roles` (inline roles are checked one by one).
 * Built once: every zod schema compiles its own fast path on first use, which
 * costs far more than checking one document.
 */
let deptWithoutRoles: z.ZodType | undefined;
function departmentWithoutRoles(): z.ZodType {
  return (deptWithoutRoles ??= DepartmentSchema.omit({ roles: true }));
}

function shapeOf(schema: z.ZodType): Shape {
  return (schema as unknown as { shape: Shape }).shape;
}

/**
 * Ids, and every reference to one, are compared in Unicode NFC: the same word
 * typed composed (`café`) or decomposed (`cafe` + U+0301) is one id, so twins
 * are a `duplicate-id` and a reference resolves whichever way it was typed.
 */
function nfc(id: string): string {
  return id.normalize('NFC');
}

function nfcOpt(id: unknown): string | undefined {
  return typeof id === 'string' ? nfc(id) : undefined;
}

function nfcList(ids: unknown): string[] {
  return Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string').map(nfc) : [];
}

function kpiAssignments(refs: KpiRefDoc[] | undefined): KpiAssignment[] {
  return (refs ?? []).map((r, index) => (typeof r === 'string' ? { id: nfc(r), index } : { id: nfc(r.id), target: r.target, index }));
}

/**
 * The entries of a `rules` mapping that are valid settings, keyed by rule name
 * in an object without prototype (the names are user text). Options stay the
 * mapping as written rather than zod's copy: zod silently drops a `__proto__`
 * key, which must reach the options check to be reported as unknown.
 */
function ruleSettings(rules: Record<string, unknown>): Organization['rules'] {
  const out = bareObject<RuleSettingDoc>();
  for (const [id, setting] of Object.entries(rules)) {
    const r = RuleSetting.safeParse(setting);
    if (!r.success) continue;
    out[id] = Array.isArray(r.data) && r.data.length === 2 ? [r.data[0], (setting as unknown[])[1] as Record<string, unknown>] : r.data;
  }
  return out;
}

function holders(list: HolderDoc[] | undefined): Holder[] | undefined {
  return list?.map((h) => (typeof h === 'string' ? { name: h } : { name: h.name, ...(h.email ? { email: h.email } : {}) }));
}

class ModelBuilder {
  readonly findings: RawFinding[] = [];
  readonly entities: Entity[] = [];

  add(entity: Entity): void {
    this.entities.push(entity);
  }

  /** Validate `raw` and return data to build from (lenient when invalid), or undefined when no id. */
  check(schema: z.ZodType, raw: Record<string, unknown>, ctx: DocContext): { data: Record<string, unknown>; invalid: boolean } | undefined {
    const result = checkAgainst(schema, raw, ctx, (p) => fieldsAt(schema, p));
    let data: Record<string, unknown>;
    let invalid = false;
    if (result.ok) {
      data = result.data as Record<string, unknown>;
    } else {
      this.findings.push(...result.findings);
      data = lenient(shapeOf(schema), raw);
      invalid = true;
    }
    if (typeof data.id !== 'string') return undefined; // an entity without an id cannot exist
    return { data, invalid };
  }

  loadDoc(file: SourceFile, loaded: LoadedDoc): void {
    const node = loaded.doc.contents as Node;
    const here = nodePosition(file, node) ?? { file: file.path, line: 1, column: 1 };
    if (!isPlainObject(loaded.value)) {
      this.findings.push({ rule: 'schema', message: `document must be a mapping with a 'kind' (one of ${KINDS.join(', ')})`, ...here });
      return;
    }
    const { clean: raw, extensions } = stripExtensions(loaded.value);
    const kind = raw.kind;
    const rawId = typeof raw.id === 'string' ? raw.id : undefined;
    if (kind === undefined) {
      const at = nodePosition(file, findNode(node, ['id'])) ?? here;
      this.findings.push({ rule: 'schema', message: `document has no 'kind' (one of ${KINDS.join(', ')})`, ...at, entity: rawId });
      return;
    }
    if (typeof kind !== 'string' || !(KINDS as string[]).includes(kind)) {
      const at = nodePosition(file, findNode(node, ['kind'])) ?? here;
      this.findings.push({
        rule: 'schema',
        message: `unknown kind '${String(kind)}'${didYouMean(String(kind), KINDS)}; expected one of ${KINDS.join(', ')}`,
        ...at,
        entity: rawId,
      });
      return;
    }
    const k = kind as Kind;
    const ctx: DocContext = { file, node, label: rawId ? `${k} '${rawId}'` : k, entity: rawId };
    const base = (data: Record<string, unknown>, invalid: boolean) => ({
      id: nfc(data.id as string),
      description: data.description as string | undefined,
      source: file,
      node,
      invalid,
      extensions,
    });

    if (k === 'Department') {
      const { roles: _stripped, ...rest } = raw;
      // Inline roles from the unstripped value: their own `x-` keys are kept as their extensions.
      const rawRoles = (loaded.value as Record<string, unknown>).roles;
      const deptSchema = departmentWithoutRoles();
      const checked = this.check(deptSchema, rest, ctx);
      let rolesOk = true;
      if (rawRoles !== undefined && !Array.isArray(rawRoles)) {
        rolesOk = false;
        const at = nodePosition(file, findNode(node, ['roles'])) ?? here;
        this.findings.push({ rule: 'schema', message: `${ctx.label}: field 'roles' must be a list of roles`, ...at, entity: rawId });
      }
      if (!checked) return;
      const d = checked.data;
      const dept: Department = {
        kind: 'Department',
        ...base(d, checked.invalid || !rolesOk),
        name: (d.name as string) ?? d.id,
        parent: nfcOpt(d.parent),
        head: nfcOpt(d.head),
        headcountBudget: d.headcount_budget as number | undefined,
        responsibilities: (d.responsibilities as string[]) ?? [],
        kpis: kpiAssignments(d.kpis as KpiRefDoc[] | undefined),
      };
      this.add(dept);
      if (Array.isArray(rawRoles)) {
        rawRoles.forEach((item, i) => this.loadInlineRole(file, findNode(node, ['roles', i]) ?? node, item, dept.id));
      }
      return;
    }

    const schema = KIND_SCHEMAS[k] as z.ZodType;
    const checked = this.check(schema, raw, ctx);
    if (!checked) return;
    const { data: d, invalid } = checked;
    switch (k) {
      case 'Organization': {
        // One bad setting must not throw away the others (it is its own schema finding).
        const rules = isPlainObject(raw.rules) ? ruleSettings(raw.rules) : bareObject<RuleSettingDoc>();
        this.add({ kind: 'Organization', ...base(d, invalid), name: (d.name as string) ?? d.id, locale: (d.locale as Organization['locale']) ?? 'en', top: nfcOpt(d.top), rules });
        return;
      }
      case 'Role':
        this.add(this.role(d, base(d, invalid), false));
        return;
      case 'KPI': {
        const kpi: Kpi = {
          kind: 'KPI',
          ...base(d, invalid),
          name: (d.name as string) ?? d.id,
          formula: d.formula as string | undefined,
          unit: d.unit as Kpi['unit'],
          direction: d.direction as Kpi['direction'],
          target: d.target as number | undefined,
          range: d.range as [number, number] | undefined,
          frequency: d.frequency as Kpi['frequency'],
          owner: nfcOpt(d.owner),
        };
        this.add(kpi);
        return;
      }
      case 'Workflow': {
        const rawSteps = Array.isArray(d.steps) ? (d.steps as Record<string, unknown>[]) : Array.isArray(raw.steps) ? (raw.steps as unknown[]).filter(isPlainObject) : [];
        const steps: Step[] = [];
        rawSteps.forEach((s, index) => {
          if (typeof s.id !== 'string' || typeof s.role !== 'string') return;
          steps.push({
            id: nfc(s.id),
            name: typeof s.name === 'string' ? s.name : s.id,
            description: typeof s.description === 'string' ? s.description : undefined,
            role: nfc(s.role),
            accountable: nfc(typeof s.accountable === 'string' ? s.accountable : s.role),
            accountableGiven: typeof s.accountable === 'string',
            consulted: nfcList(s.consulted),
            informed: nfcList(s.informed),
            sla: typeof s.sla === 'string' ? s.sla : undefined,
            output: typeof s.output === 'string' ? s.output : undefined,
            next: Array.isArray(s.next) ? nfcList(s.next) : undefined,
            index,
          });
        });
        const wf: Workflow = { kind: 'Workflow', ...base(d, invalid), name: (d.name as string) ?? d.id, owner: nfcOpt(d.owner), trigger: d.trigger as string | undefined, steps };
        this.add(wf);
        return;
      }
    }
  }

  role(d: Record<string, unknown>, b: Omit<Role, 'kind' | 'title' | 'inline' | 'dottedLine' | 'headcount' | 'responsibilities' | 'kpis'>, inline: boolean): Role {
    return {
      kind: 'Role',
      ...b,
      title: (d.title as string) ?? d.id,
      department: nfcOpt(d.department),
      inline,
      reportsTo: nfcOpt(d.reports_to),
      dottedLine: nfcList(d.dotted_line),
      headcount: (d.headcount as number) ?? 1,
      holders: holders(d.holders as HolderDoc[] | undefined),
      responsibilities: (d.responsibilities as string[]) ?? [],
      kpis: kpiAssignments(d.kpis as KpiRefDoc[] | undefined),
    };
  }

  loadInlineRole(file: SourceFile, node: Node, item: unknown, deptId: string): void {
    const here = nodePosition(file, node) ?? { file: file.path, line: 1, column: 1 };
    if (!isPlainObject(item)) {
      this.findings.push({ rule: 'schema', message: `Department '${deptId}': each item of 'roles' must be a mapping (a role)`, ...here, entity: deptId });
      return;
    }
    const { clean: raw, extensions } = stripExtensions(item, false);
    const rawId = typeof raw.id === 'string' ? raw.id : undefined;
    const ctx: DocContext = { file, node, label: rawId ? `Role '${rawId}'` : `Role in Department '${deptId}'`, entity: rawId };
    const checked = this.check(InlineRoleSchema, raw, ctx);
    if (!checked) return;
    const { data: d } = checked;
    let invalid = checked.invalid;
    if (typeof d.department === 'string' && nfc(d.department) !== deptId) {
      invalid = true;
      const at = nodePosition(file, findNode(node, ['department'])) ?? here;
      this.findings.push({ rule: 'schema', message: `Role '${d.id as string}' is declared inline in Department '${deptId}' but names department '${d.department}'`, ...at, entity: d.id as string });
    }
    this.add(this.role({ ...d, department: deptId }, { id: nfc(d.id as string), description: d.description as string | undefined, source: file, node, invalid, extensions }, true));
  }
}

/** Position of an entity's `id` value (where findings about the whole entity point). */
export function idPosition(e: Entity) {
  return nodePosition(e.source, findNode(e.node, ['id']) ?? e.node) ?? { file: e.source.path, line: 1, column: 1 };
}

/** The id as written in the YAML (before NFC normalisation). */
function writtenId(e: Entity): string {
  const node = findNode(e.node, ['id']);
  return isScalar(node) ? String(node.value) : e.id;
}

export function buildModel(files: SourceFile[]): OrgModel {
  const b = new ModelBuilder();
  for (const file of files) for (const doc of file.docs) b.loadDoc(file, doc);

  const byId = new Map<string, Entity>();
  const duplicates: Entity[] = [];
  const model: OrgModel = {
    files,
    organizations: [],
    departments: new Map(),
    roles: new Map(),
    kpis: new Map(),
    workflows: new Map(),
    byId,
    duplicates,
    buildFindings: b.findings,
    hierarchy: undefined as never,
  };
  for (const e of b.entities) {
    const first = byId.get(e.id);
    if (first) {
      duplicates.push(e);
      const p = idPosition(first);
      const twins = writtenId(e) !== writtenId(first) ? ' (written with different code points that are the same text in Unicode NFC, e.g. composed é and e + U+0301)' : '';
      b.findings.push({ rule: 'duplicate-id', message: `duplicate id '${e.id}': ${e.kind} '${e.id}' reuses the id of ${first.kind} '${first.id}' (${p.file}:${p.line}:${p.column})${twins}`, ...idPosition(e), entity: e.id });
      continue;
    }
    byId.set(e.id, e);
    switch (e.kind) {
      case 'Organization': model.organizations.push(e); break;
      case 'Department': model.departments.set(e.id, e); break;
      case 'Role': model.roles.set(e.id, e); break;
      case 'KPI': model.kpis.set(e.id, e); break;
      case 'Workflow': model.workflows.set(e.id, e); break;
    }
  }
  model.organization = model.organizations[0];
  if (model.organizations.length === 0) {
    const message = files.length === 0
      ? 'no org files: there is no *.yaml or *.yml file under the given paths (try `orgctl init`)'
      : 'no Organization document: an org needs exactly one (kind: Organization, with id and name)';
    b.findings.push({ rule: 'missing-organization', message });
  }
  for (const extra of model.organizations.slice(1)) {
    const first = model.organization!;
    const p = idPosition(first);
    b.findings.push({ rule: 'missing-organization', message: `more than one Organization: '${extra.id}' and '${first.id}' (${p.file}:${p.line}:${p.column}); an org has exactly one`, ...idPosition(extra), entity: extra.id });
  }
  model.hierarchy = buildHierarchy(model, b.findings);
  return model;
}

export { OrganizationSchema, RoleSchema, KpiSchema, WorkflowSchema };
