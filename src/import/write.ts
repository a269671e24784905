/**
 * The plan → the files of an org folder in the layout `orgctl init` writes:
 * organization.yaml, departments/<top department>.yaml (the top department,
 * then its sub-departments, one document each, roles inline), and
 * orgctl.schema.json, with the schema comment on every YAML document.
 */
import { Document, isMap, isSeq } from 'yaml';
import { collisionKey, cutName, hash8, NAME_MAX_BYTES, utf8Length, windowsDeviceStem } from '../core/fs/fileNames.js';
import { yamlText } from '../core/escape/yaml.js';
import { jsonSchemaText } from '../model/jsonSchema.js';
import { schemaComment } from '../init/editorSupport.js';
import type { ImportPlan, PlannedDepartment, PlannedHolder, PlannedRole } from './plan.js';

export const SCHEMA_FILE = 'orgctl.schema.json';

export interface OrgIdentity {
  id: string;
  name: string;
}

export interface PlannedFile {
  /** Relative to the org folder, with `/`. */
  path: string;
  content: string;
}

export function planFiles(plan: ImportPlan, org: OrgIdentity): PlannedFile[] {
  const files: PlannedFile[] = [{ path: 'organization.yaml', content: yamlDocuments([organizationDoc(plan, org)], './' + SCHEMA_FILE) }];
  const names = new Set<string>();
  for (const dept of plan.departments) {
    if (dept.parent) continue;
    const docs = subtree(dept).map(departmentDoc);
    files.push({ path: `departments/${fileName(dept.id, names)}.yaml`, content: yamlDocuments(docs, '../' + SCHEMA_FILE) });
  }
  files.push({ path: SCHEMA_FILE, content: jsonSchemaText() });
  return files;
}

/** Room for what may follow a stem in a file name: `.yaml`, a `-N` collision suffix and a `~` after a device name. */
const STEM_MAX_BYTES = NAME_MAX_BYTES - utf8Length('.yaml') - 11 - 1;
/** `~` and 8 hex digits: the hash that keeps shortened stems distinct (ids never hold `~`). */
const HASH_SUFFIX_BYTES = 9;

/**
 * A department id as the stem of its file name, readable and safe on every
 * file system: a long id (a 100-character Chinese name is 300 bytes, past the
 * 255 allowed) is cut between characters and keeps a hash of the whole, and a
 * Windows device name (`aux`, `con.x`: the console on Windows whatever follows
 * the dot) gets a `~` after it.
 */
export function departmentFileStem(id: string): string {
  let stem = utf8Length(id) > STEM_MAX_BYTES ? `${cutName(id, Infinity, STEM_MAX_BYTES - HASH_SUFFIX_BYTES)}~${hash8(id)}` : id;
  const device = windowsDeviceStem(stem);
  if (device) stem = `${stem.slice(0, device)}~${stem.slice(device)}`;
  return stem;
}

/** A department id as a file name, unique also on case-insensitive file systems. */
function fileName(id: string, taken: Set<string>): string {
  const stem = departmentFileStem(id);
  let name = stem;
  for (let n = 2; taken.has(collisionKey(name)); n++) name = `${stem}-${n}`;
  taken.add(collisionKey(name));
  return name;
}

function subtree(root: PlannedDepartment): PlannedDepartment[] {
  const out: PlannedDepartment[] = [];
  const stack = [root];
  while (stack.length) {
    const d = stack.pop()!;
    out.push(d);
    for (let i = d.children.length - 1; i >= 0; i--) stack.push(d.children[i]!);
  }
  return out;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

function organizationDoc(plan: ImportPlan, org: OrgIdentity): Record<string, unknown> {
  const chinese = plan.roles.some((r) => CJK.test(r.title)) || plan.departments.some((d) => CJK.test(d.name));
  return {
    kind: 'Organization',
    id: org.id,
    name: org.name,
    locale: chinese ? 'zh-CN' : 'en',
    ...(plan.top ? { top: plan.top.id } : {}),
  };
}

export function departmentDoc(dept: PlannedDepartment): Record<string, unknown> {
  return {
    kind: 'Department',
    id: dept.id,
    name: dept.name,
    ...(dept.parent ? { parent: dept.parent.id } : {}),
    ...(dept.head ? { head: dept.head.id } : {}),
    ...(dept.roles.length ? { roles: dept.roles.map(roleDoc) } : {}),
  };
}

export function roleDoc(role: PlannedRole): Record<string, unknown> {
  return {
    id: role.id,
    title: role.title,
    ...(role.manager ? { reports_to: role.manager.id } : {}),
    ...(role.headcount !== 1 ? { headcount: role.headcount } : {}),
    holders: role.holders.map(holderValue),
    ...(role.concurrentHolders?.length ? { concurrent_holders: role.concurrentHolders } : {}),
  };
}

/** A name alone, or `{name, email, x-employee-id, x-location}` when the roster says more (x- keys are kept and ignored by the format). */
export function holderValue(h: PlannedHolder): string | Record<string, string> {
  if (h.email === undefined && h.employeeId === undefined && h.location === undefined) return h.name;
  return {
    name: h.name,
    ...(h.email !== undefined ? { email: h.email } : {}),
    ...(h.employeeId !== undefined ? { 'x-employee-id': h.employeeId } : {}),
    ...(h.location !== undefined ? { 'x-location': h.location } : {}),
  };
}

/** Documents as YAML text, each opening with the schema comment; holders written one per line as flow mappings. */
export function yamlDocuments(docs: Record<string, unknown>[], schemaRef: string): string {
  return docs
    .map((d) => {
      const doc = new Document(d);
      flowHolders(doc.contents);
      // yamlText: a bidi control in a name is written as its escape (the org's files are read and reviewed as
      // text, where one would reorder the line), and so are DEL and C1 (strict YAML 1.2 readers refuse them raw),
      // so the next import of the same roster finds the same names.
      return `${schemaComment(schemaRef)}\n${yamlText(doc, { lineWidth: 0, flowCollectionPadding: false, controls: 'escape' })}`;
    })
    .join('---\n');
}

/** Holder mappings in flow style (`- {name: 张伟, x-employee-id: E0001}`): a roster reads one person per line. */
export function flowHolders(node: unknown): void {
  if (!isMap(node)) return;
  const roles = node.get('roles', true);
  const list = roles && typeof roles === 'object' && 'items' in roles ? (roles.items as unknown[]) : [node];
  for (const role of list) {
    if (!isMap(role)) continue;
    const holders = role.get('holders', true);
    if (holders && typeof holders === 'object' && 'items' in holders) {
      for (const h of holders.items as unknown[]) if (isMap(h)) h.flow = true;
    }
    // `concurrent_holders: [董芳]`, one line, as the README writes it.
    const concurrent = role.get('concurrent_holders', true);
    if (isSeq(concurrent)) concurrent.flow = true;
  }
}
