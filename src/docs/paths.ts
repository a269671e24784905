/**
 * Where each page goes and how pages link to each other.
 *
 * File names come from ids, kept readable (`roles/运营主管.md`) but made safe
 * for every file system a handbook may be checked out on: case-insensitive
 * (macOS, Windows) and normalising (macOS) systems, Windows device names
 * (`con`, `nul`, `com1` …, whatever the extension) and the 255-byte name
 * limit. Ids cannot contain `~`, so the suffixes added here never collide with
 * a real id. Links keep those readable names (`roles/运营主管.md`, which
 * CommonMark and browsers accept as they are) and percent-encode anything
 * else, so they resolve in any Markdown renderer and browser.
 */
import type { OrgModel } from '../model/types.js';
import type { Target } from './ir.js';
import {
  collisionKey,
  cutName,
  hash8,
  NAME_MAX_BYTES,
  TEMP_NAME_OVERHEAD_BYTES,
  utf8Length,
  windowsDeviceStem,
} from '../core/fs/fileNames.js';

export const OVERVIEW_MD = 'README.md';
export const ROLES_INDEX_MD = 'roles.md';
export const KPI_DICTIONARY_MD = 'kpis.md';
export const CHART_SVG = 'chart.svg';
export const HANDBOOK_HTML = 'handbook.html';

/** Code points kept before the name is shortened (readability; the byte budget below is what file systems need). */
const MAX_NAME_CHARS = 60;

/** Every page name ends so (the HTML handbook's one file has a fixed name). */
const PAGE_EXTENSION = '.md';
/**
 * The most bytes (UTF-8) of a page name before its extension: the name, its
 * extension and the temporary name it is first written under
 * (`.<name>.md.orgctl-<pid>-<ms>.tmp`) all fit in 255 bytes.
 */
export const PAGE_STEM_MAX_BYTES = NAME_MAX_BYTES - TEMP_NAME_OVERHEAD_BYTES - utf8Length(PAGE_EXTENSION);
/** What the suffixes added after shortening may take: `~` after a device name, `~N` for a collision. */
const SUFFIX_RESERVE_BYTES = 1 + 1 + 10;
/** `~` and 8 hex digits: the hash that keeps shortened names distinct. */
const HASH_SUFFIX_BYTES = 9;

/** The readable, file-system-safe base name for an id (before collision handling). */
export function baseName(id: string): string {
  let name = id.normalize('NFC').replace(/[^\p{L}\p{N}\p{M}_.-]/gu, '_');
  if (name === '' || name.startsWith('.')) name = `_${name}`;
  const maxBytes = PAGE_STEM_MAX_BYTES - SUFFIX_RESERVE_BYTES;
  if (Array.from(name).length > MAX_NAME_CHARS || utf8Length(name) > maxBytes) {
    name = `${cutName(name, MAX_NAME_CHARS, maxBytes - HASH_SUFFIX_BYTES)}~${hash8(id)}`;
  }
  const device = windowsDeviceStem(name);
  if (device) name = `${name.slice(0, device)}~${name.slice(device)}`; // `con~.md`, `con~.txt.md`
  if (name.endsWith('.')) name = `${name}~`; // Windows drops trailing dots
  return name;
}

/**
 * Unique names within one namespace (a folder): ids are taken in code-point
 * order, so which id gets a `~2` suffix does not depend on file order. Two
 * names are the same when Windows or macOS would open the same file for both
 * (see collisionKey: full case folding and normalisation).
 */
export function assignNames(ids: Iterable<string>): Map<string, string> {
  const sorted = [...new Set(ids)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const taken = new Set<string>();
  const out = new Map<string, string>();
  for (const id of sorted) {
    const base = baseName(id);
    let name = base;
    for (let n = 2; taken.has(collisionKey(name)); n++) name = `${base}~${n}`;
    taken.add(collisionKey(name));
    out.set(id, name);
  }
  return out;
}

/** Page paths and anchors of every entity, computed once per model. */
export class PagePaths {
  private readonly departmentNames: Map<string, string>;
  private readonly roleNames: Map<string, string>;
  private readonly kpiNames: Map<string, string>;
  private readonly workflowNames: Map<string, string>;

  constructor(model: OrgModel) {
    this.departmentNames = assignNames(model.departments.keys());
    this.roleNames = assignNames(model.roles.keys());
    this.kpiNames = assignNames(model.kpis.keys());
    this.workflowNames = assignNames(model.workflows.keys());
  }

  departmentPage(id: string): string {
    return `departments/${this.departmentNames.get(id)!}.md`;
  }
  rolePage(id: string): string {
    return `roles/${this.roleNames.get(id)!}.md`;
  }
  workflowPage(id: string): string {
    return `workflows/${this.workflowNames.get(id)!}.md`;
  }

  /** In-page anchors (the KPI dictionary in Markdown; every section of the HTML handbook). */
  departmentAnchor(id: string): string {
    return `dept-${this.departmentNames.get(id)!}`;
  }
  roleAnchor(id: string): string {
    return `role-${this.roleNames.get(id)!}`;
  }
  kpiAnchor(id: string): string {
    return `kpi-${this.kpiNames.get(id)!}`;
  }
  workflowAnchor(id: string): string {
    return `wf-${this.workflowNames.get(id)!}`;
  }
}

/** A path segment or fragment in a link: letters, digits and marks of any script stay readable; anything else is percent-encoded. */
export function encodeLinkPart(part: string): string {
  // encodeURIComponent leaves ! ' ( ) * alone; a parenthesis would end a Markdown link.
  return part.replace(/[^\p{L}\p{N}\p{M}_.~-]/gu, (c) =>
    encodeURIComponent(c).replace(/[!'()*]/g, (p) => `%${p.charCodeAt(0).toString(16).toUpperCase()}`),
  );
}

/** The link from page `from` to page `to` (both relative to the output dir). */
export function relativeHref(from: string, to: string, anchor?: string): string {
  const fromDir = from.split('/').slice(0, -1);
  const target = to.split('/');
  let common = 0;
  while (common < fromDir.length && common < target.length - 1 && fromDir[common] === target[common]) common++;
  const parts = [...fromDir.slice(common).map(() => '..'), ...target.slice(common)];
  const href = parts.map((p) => (p === '..' ? p : encodeLinkPart(p))).join('/');
  return anchor === undefined ? href : `${href}#${encodeLinkPart(anchor)}`;
}

/** A link to an anchor on the same page. */
export function anchorHref(anchor: string): string {
  return `#${encodeLinkPart(anchor)}`;
}

/**
 * The anchor (HTML id) of a target: the KPI dictionary's entries and the
 * overview's sections in Markdown; every chapter and section of the HTML
 * handbook. Entity anchors carry a kind prefix (`dept-`, `role-`, `kpi-`,
 * `wf-`) and no chapter's starts with one (the KPI dictionary is `kpis`, not
 * `kpi-dictionary`, which a KPI with the id `dictionary` has), so they never meet.
 */
export function anchorId(paths: PagePaths, target: Target): string {
  if ('page' in target) {
    if (target.section) return `overview-${target.section}`;
    return { overview: 'overview', roles: 'job-descriptions', kpis: 'kpis', departments: 'departments', workflows: 'workflows' }[
      target.page
    ];
  }
  switch (target.kind) {
    case 'department':
      return paths.departmentAnchor(target.id);
    case 'role':
      return paths.roleAnchor(target.id);
    case 'kpi':
      return paths.kpiAnchor(target.id);
    case 'workflow':
      return paths.workflowAnchor(target.id);
  }
}

/** The Markdown file a target lives in, and the anchor within it when it is not the whole page. */
export function markdownLocation(paths: PagePaths, target: Target): { file: string; anchor?: string } {
  if ('page' in target) {
    if (target.page === 'departments') return { file: OVERVIEW_MD, anchor: anchorId(paths, { page: 'overview', section: 'tree' }) };
    if (target.page === 'workflows') return { file: OVERVIEW_MD, anchor: anchorId(paths, { page: 'overview', section: 'workflows' }) };
    const file = { overview: OVERVIEW_MD, roles: ROLES_INDEX_MD, kpis: KPI_DICTIONARY_MD }[target.page];
    return target.section ? { file, anchor: anchorId(paths, target) } : { file };
  }
  switch (target.kind) {
    case 'department':
      return { file: paths.departmentPage(target.id) };
    case 'role':
      return { file: paths.rolePage(target.id) };
    case 'workflow':
      return { file: paths.workflowPage(target.id) };
    case 'kpi':
      return { file: KPI_DICTIONARY_MD, anchor: anchorId(paths, target) };
  }
}
