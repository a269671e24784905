/**
 * `orgctl import --update`: the roster's holders and head-counts written into
 * an existing org folder through the yaml Document API, so comments, duties,
 * KPIs, workflows and every field the import does not own stay as written.
 *
 * A planned role is the existing role with its id and title, else the one with
 * its title in its department. Matched roles get the roster's holders and
 * head-count; roles the roster no longer has, that had holders, keep their
 * place and lose their holders (`holders: []`: the seats are vacant); new roles
 * join their department's document (new departments get a document in their
 * parent's file, or a file of their own).
 */
import { Document, isMap, isSeq, parseAllDocuments, type YAMLMap, type YAMLSeq } from 'yaml';
import { UsageError } from '../core/errors.js';
import { yamlText } from '../core/escape/yaml.js';
import { diffOrgs, formatDiff } from '../diff/index.js';
import { lintOrg } from '../lint/result.js';
import { loadOrgFromText } from '../model/load.js';
import { IdAllocator } from './ids.js';
import type { ImportPlan, PlannedDepartment, PlannedRole } from './plan.js';
import { SCHEMA_FILE, departmentDoc, departmentFileStem, flowHolders, holderValue, roleDoc, yamlDocuments } from './write.js';

export interface UpdateResult {
  /** Changed or new files: path relative to the org folder → text. */
  files: Map<string, string>;
  /** The change as `orgctl diff` prints it. */
  diff: string;
}

interface RoleAt {
  map: YAMLMap;
  file: string;
  doc: Document;
  department?: string;
}

/**
 * `shown` names a file of `existing` (a path relative to the org folder) in
 * messages, as the user would find it.
 */
export async function updateOrg(
  existing: Map<string, string>,
  plan: ImportPlan,
  shown: (file: string) => string = (file) => file,
): Promise<UpdateResult> {
  const docs = new Map<string, Document[]>();
  const roles = new Map<string, RoleAt>();
  const departments = new Map<string, { file: string; doc: Document }>();
  const ids = new IdAllocator();
  for (const [file, text] of [...existing].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const parsed = parseAllDocuments(text);
    const list = Array.isArray(parsed) ? parsed : [parsed];
    // A file that does not parse cannot be edited in place (nor written back): say where, before changing anything.
    for (const doc of list as Document[]) {
      const error = doc.errors[0];
      if (!error) continue;
      const at = error.linePos?.[0];
      throw new UsageError(
        `--update: ${shown(file)}${at ? `:${at.line}:${at.col}` : ''} does not parse (${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}); ` +
          'fix it (orgctl validate shows every error), then import again',
      );
    }
    docs.set(file, list as Document[]);
    for (const doc of list as Document[]) collect(doc, file, roles, departments, ids);
  }

  const deptId = new Map<PlannedDepartment, string>();
  const roleId = new Map<PlannedRole, string>();
  const changed = new Set<string>();
  const matched = new Set<YAMLMap>();
  for (const d of plan.departments) {
    if (departments.has(d.id)) deptId.set(d, d.id);
  }
  const byDeptTitle = new Map<string, RoleAt[]>();
  for (const r of roles.values()) {
    const key = `${r.department ?? ''}\u0000${String(r.map.get('title'))}`;
    byDeptTitle.set(key, [...(byDeptTitle.get(key) ?? []), r]);
  }
  const newRoles: PlannedRole[] = [];
  for (const role of plan.roles) {
    const sameId = roles.get(role.id);
    const dept = deptId.get(role.department);
    const found =
      sameId && sameId.map.get('title') === role.title && !matched.has(sameId.map)
        ? sameId
        : dept !== undefined
          ? byDeptTitle.get(`${dept}\u0000${role.title}`)?.find((r) => !matched.has(r.map))
          : undefined;
    if (!found) {
      newRoles.push(role);
      continue;
    }
    matched.add(found.map);
    roleId.set(role, String(found.map.get('id')));
    if (setStaffing(found, role)) changed.add(found.file);
  }
  // People gone: a role that had holders and is not in the roster keeps its duties, its seats become vacant.
  for (const r of roles.values()) {
    if (matched.has(r.map)) continue;
    const holders = r.map.get('holders', true);
    if (isSeq(holders) && holders.items.length > 0) {
      r.map.set('holders', r.doc.createNode([]));
      changed.add(r.file);
    }
  }
  const appended = new Map<string, string[]>();
  addNew(plan, newRoles, { docs, departments, deptId, roleId, ids, changed, appended });

  const files = new Map<string, string>();
  for (const file of changed) {
    const parts = [
      // yamlText, as a fresh import writes: a bidi control, DEL or C1 in a name the roster brings is written as
      // its escape (a raw one would reorder the line in review, or be refused by strict YAML readers). Any such
      // character already in the file's scalars gets the same escape; the data read back is unchanged.
      ...(docs.get(file) ?? []).map((d) => yamlText(d, { lineWidth: 0, flowCollectionPadding: false, controls: 'escape' })),
      ...(appended.get(file) ?? []),
    ];
    files.set(file, parts.map((p, i) => (i > 0 && !p.startsWith('---') ? `---\n${p}` : p)).join(''));
  }
  const after = new Map(existing);
  for (const [f, t] of files) after.set(f, t);
  const before = loadOrgFromText(Object.fromEntries(existing));
  const afterModel = loadOrgFromText(Object.fromEntries(after));
  const result = diffOrgs(before, afterModel, { beforeFindings: lintOrg(before).findings, afterFindings: lintOrg(afterModel).findings });
  return { files, diff: await formatDiff('text', result, { labels: { before: 'before', after: 'roster' }, color: false }) };
}

function collect(
  doc: Document,
  file: string,
  roles: Map<string, RoleAt>,
  departments: Map<string, { file: string; doc: Document }>,
  ids: IdAllocator,
): void {
  const root = doc.contents;
  if (!isMap(root)) return;
  const id = root.get('id');
  if (typeof id === 'string') ids.reserve(id);
  if (root.get('kind') === 'Department' && typeof id === 'string') {
    if (!departments.has(id)) departments.set(id, { file, doc });
    const inline = root.get('roles', true);
    if (isSeq(inline)) {
      for (const r of inline.items) {
        if (!isMap(r)) continue;
        const rid = r.get('id');
        if (typeof rid === 'string') {
          ids.reserve(rid);
          if (!roles.has(rid)) roles.set(rid, { map: r, file, doc, department: id });
        }
      }
    }
  }
  if (root.get('kind') === 'Role' && typeof id === 'string' && !roles.has(id)) {
    const dept = root.get('department');
    roles.set(id, { map: root, file, doc, ...(typeof dept === 'string' ? { department: dept } : {}) });
  }
}

/** The roster's holders and head-count on an existing role; true when anything changed. */
function setStaffing(at: RoleAt, role: PlannedRole): boolean {
  let changed = false;
  const want = JSON.stringify(role.holders.map(holderValue));
  const holders = at.map.get('holders', true);
  const have = isSeq(holders) ? JSON.stringify((holders as YAMLSeq).toJSON()) : undefined;
  if (have !== want) {
    const node = at.doc.createNode(role.holders.map(holderValue)) as YAMLSeq;
    for (const h of node.items) if (isMap(h)) h.flow = true;
    at.map.set('holders', node);
    changed = true;
  }
  if (allowConcurrent(at, role.concurrentHolders ?? [])) changed = true;
  const current = at.map.get('headcount');
  const seats = typeof current === 'number' ? current : 1;
  if (seats !== role.headcount) {
    at.map.set('headcount', role.headcount);
    changed = true;
  }
  return changed;
}

/**
 * The roster's 兼任 on an existing role: names it lists in `concurrent_holders` that the role does not allow yet
 * are added (names already there, and `concurrent: true`, are the user's and stay). True when anything changed.
 */
function allowConcurrent(at: RoleAt, names: string[]): boolean {
  if (names.length === 0 || at.map.get('concurrent') === true) return false;
  const list = at.map.get('concurrent_holders', true);
  const have = new Set(
    isSeq(list) ? (list.toJSON() as unknown[]).filter((n) => typeof n === 'string').map((n) => n.normalize('NFC').trim()) : [],
  );
  const missing = names.filter((n) => !have.has(n.normalize('NFC').trim()));
  if (missing.length === 0) return false;
  if (isSeq(list)) for (const n of missing) list.items.push(at.doc.createNode(n));
  else {
    const node = at.doc.createNode(missing) as YAMLSeq;
    node.flow = true;
    at.map.set('concurrent_holders', node);
  }
  return true;
}

interface AddContext {
  docs: Map<string, Document[]>;
  departments: Map<string, { file: string; doc: Document }>;
  deptId: Map<PlannedDepartment, string>;
  roleId: Map<PlannedRole, string>;
  ids: IdAllocator;
  changed: Set<string>;
  /** New department documents (YAML text) to add at the end of a file. */
  appended: Map<string, string[]>;
}

/** New departments and roles, managers first, with ids that collide with nothing in the org. */
function addNew(plan: ImportPlan, newRoles: PlannedRole[], ctx: AddContext): void {
  const fresh = new Set(newRoles);
  for (const d of plan.departments) {
    if (ctx.deptId.has(d)) continue;
    const id = ctx.ids.has(d.id) ? ctx.ids.take([`${d.id}-2`], d.id) : (ctx.ids.reserve(d.id), d.id);
    ctx.deptId.set(d, id);
  }
  for (const r of newRoles) {
    const id = ctx.ids.has(r.id) ? ctx.ids.take([`${r.department.name}-${r.title}`], r.id) : (ctx.ids.reserve(r.id), r.id);
    ctx.roleId.set(r, id);
  }
  const roleDocOf = (r: PlannedRole) => ({
    ...roleDoc(r),
    id: ctx.roleId.get(r)!,
    ...(r.manager ? { reports_to: ctx.roleId.get(r.manager)! } : {}),
  });
  for (const d of plan.departments) {
    const id = ctx.deptId.get(d)!;
    const existing = ctx.departments.get(id);
    const added = d.roles.filter((r) => fresh.has(r));
    if (existing) {
      if (added.length === 0) continue;
      const root = existing.doc.contents as YAMLMap;
      const seq: unknown = root.get('roles', true);
      if (isSeq(seq)) for (const r of added) seq.items.push(existing.doc.createNode(roleDocOf(r)));
      else root.set('roles', existing.doc.createNode(added.map(roleDocOf)));
      flowHolders(root);
      ctx.changed.add(existing.file);
      continue;
    }
    const own = d.roles.filter((r) => fresh.has(r));
    const text = {
      ...departmentDoc(d),
      id,
      ...(d.parent ? { parent: ctx.deptId.get(d.parent)! } : {}),
      ...(d.head && fresh.has(d.head) ? { head: ctx.roleId.get(d.head)! } : { head: undefined }),
      ...(own.length ? { roles: own.map(roleDocOf) } : { roles: undefined }),
    };
    const parentFile = d.parent ? ctx.departments.get(ctx.deptId.get(d.parent)!)?.file : undefined;
    const file = parentFile ?? `departments/${departmentFileStem(id)}.yaml`;
    const depth = file.split('/').length - 1;
    const doc = new Document(JSON.parse(JSON.stringify(text)) as Record<string, unknown>);
    ctx.appended.set(file, [
      ...(ctx.appended.get(file) ?? []),
      yamlDocuments([doc.toJSON() as Record<string, unknown>], `${depth === 0 ? './' : '../'.repeat(depth)}${SCHEMA_FILE}`),
    ]);
    ctx.departments.set(id, { file, doc });
    ctx.changed.add(file);
  }
}
