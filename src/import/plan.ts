/**
 * Roster rows → the org to write: departments from the department paths,
 * roles from people grouped by (department, title, manager's role), the
 * reporting lines, and the rows that could not be placed with the reason.
 * Everything is a linear pass or a breadth-first walk over the rows.
 */
import { didYouMean } from '../core/text/suggest.js';
import { IdAllocator } from './ids.js';
import type { CellRef, ImportProblem, RosterField, RosterRow } from './types.js';

export interface PlannedHolder {
  name: string;
  email?: string;
  employeeId?: string;
  location?: string;
}

export interface PlannedDepartment {
  id: string;
  name: string;
  path: string[];
  parent?: PlannedDepartment;
  children: PlannedDepartment[];
  roles: PlannedRole[];
  head?: PlannedRole;
}

export interface PlannedRole {
  id: string;
  title: string;
  department: PlannedDepartment;
  manager?: PlannedRole;
  headcount: number;
  holders: PlannedHolder[];
  /** The roster's 岗位编号, tried first as the id. */
  wantedId?: string;
  /** Holders the roster also puts in another role before this one (兼任): written as `concurrent_holders`. */
  concurrentHolders?: string[];
}

export interface ImportPlan {
  /** Every department, pre-order (a parent before its children), children in roster order. */
  departments: PlannedDepartment[];
  /** Roles, managers before their reports (breadth-first from the top), then roster order. */
  roles: PlannedRole[];
  top?: PlannedRole;
  problems: ImportProblem[];
  rows: number;
  placedRows: number;
}

/** Department path separators: `电商中心/运营部/推广组`, `电商中心 > 运营部`. */
const PATH_SEPARATOR = /\s*[/／>＞]\s*/u;

interface Entry {
  row: RosterRow;
  order: number;
  title: string;
  path: string[];
  person?: PlannedHolder;
  headcount?: number;
  manager?: Entry;
  /** Set once the row is placed or has a problem. */
  settled: boolean;
  role?: PlannedRole;
  /** Every row of this person (one employee number, one name) in roster order, when there are several (兼任). */
  rowsOfPerson?: Entry[];
}

export function planImport(rows: RosterRow[], reserved: Iterable<string> = []): ImportPlan {
  const problems: ImportProblem[] = [];
  const report = (row: RosterRow, field: RosterField, message: string) => problems.push({ at: cellOf(row, field), message });

  const entries = readEntries(rows, report);
  const valid = groupByEmployeeId(entries, report);
  const { top, coTops } = resolveManagers(valid, report);
  const placed = placeFrom(top, coTops, valid);
  explainUnplaced(valid, report);

  const allocator = new IdAllocator(reserved);
  const departments = buildDepartments(placed, allocator);
  const roles = buildRoles(placed, departments.byPath, allocator);
  markConcurrent(placed);
  for (const dept of departments.list) dept.head = headOf(dept);
  problems.sort(byCell(rows));
  return {
    departments: departments.list,
    roles,
    ...(top?.role ? { top: top.role } : {}),
    problems,
    rows: rows.length,
    placedRows: placed.length,
  };
}

/**
 * Problems in the order a reader meets them in the workbook: its sheets in their own order, then row, then
 * column (B before AA). Nothing here depends on the machine's locale (localeCompare did: the same roster
 * gave another order under LANG=zh_CN than under LANG=C).
 */
function byCell(rows: readonly RosterRow[]): (a: ImportProblem, b: ImportProblem) => number {
  const sheetOrder = new Map<string, number>();
  for (const row of rows) if (!sheetOrder.has(row.sheet)) sheetOrder.set(row.sheet, sheetOrder.size);
  const sheet = (p: ImportProblem) => sheetOrder.get(p.at.sheet) ?? 0;
  return (a, b) => sheet(a) - sheet(b) || a.at.row - b.at.row || compareColumns(a.at.column, b.at.column);
}

/** Spreadsheet column letters in sheet order: a shorter name comes first (Z before AA), then A to Z. */
function compareColumns(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

function cellOf(row: RosterRow, field: RosterField): CellRef {
  return { sheet: row.sheet, row: row.row, column: row.columns[field] ?? row.columns.name ?? row.columns.title ?? 'A' };
}

type Report = (row: RosterRow, field: RosterField, message: string) => void;

function readEntries(rows: RosterRow[], report: Report): Entry[] {
  const entries: Entry[] = [];
  rows.forEach((row, order) => {
    const v = row.values;
    if (v.title === undefined) {
      const whose = v.name !== undefined ? `the row of '${v.name}'` : 'this row (no name: a vacant seat)';
      report(row, 'title', `${whose} has no title (岗位): every row needs one`);
      return;
    }
    const path = (v.department ?? '').split(PATH_SEPARATOR).filter((p) => p !== '');
    if (path.length === 0) {
      report(row, 'department', `'${v.name ?? v.title}' has no department (部门): write its path, e.g. 电商中心/运营部`);
      return;
    }
    const entry: Entry = { row, order, title: v.title, path, settled: false };
    if (v.name !== undefined) {
      entry.person = {
        name: v.name,
        ...(v.email !== undefined ? { email: v.email } : {}),
        ...(v.employeeId !== undefined ? { employeeId: v.employeeId } : {}),
        ...(v.location !== undefined ? { location: v.location } : {}),
      };
    }
    if (v.headcount !== undefined) {
      // A Chinese input method types full-width digits (１２): NFKC makes them the ASCII ones.
      const seats = v.headcount.normalize('NFKC');
      if (!/^\d+$/.test(seats))
        report(row, 'headcount', `head-count (编制) '${v.headcount}' is not a whole number; the row is imported without it`);
      // The format's head-count is a JSON integer: past 2^53 it would be written rounded and fail validation.
      else if (!Number.isSafeInteger(Number(seats)))
        report(
          row,
          'headcount',
          `head-count (编制) '${v.headcount}' is more than ${Number.MAX_SAFE_INTEGER} seats; the row is imported without it`,
        );
      else entry.headcount = Number(seats);
    }
    entries.push(entry);
  });
  return entries;
}

/**
 * One employee number is one person. Rows sharing it with the same name are that person in several roles
 * (兼任): all kept, linked through `rowsOfPerson`. The same number with another name is an error, and so is
 * the same person twice in one role (a copied row); the later row is dropped.
 */
function groupByEmployeeId(entries: Entry[], report: Report): Entry[] {
  const seen = new Map<string, Entry[]>();
  return entries.filter((e) => {
    const id = e.row.values.employeeId;
    if (id === undefined) return true;
    const rows = seen.get(id);
    if (!rows) {
      seen.set(id, [e]);
      return true;
    }
    const first = rows[0]!;
    const name = e.row.values.name;
    if (name === undefined || first.row.values.name?.normalize('NFC') !== name.normalize('NFC')) {
      report(
        e.row,
        'employeeId',
        `employee number (工号) '${id}' of '${name ?? ''}' is also ${where(first)}: employee numbers must be unique`,
      );
      return false;
    }
    const twice = rows.find((r) => sameRole(r, e));
    if (twice) {
      report(
        e.row,
        'employeeId',
        `employee number (工号) '${id}' of '${name}' is also ${rowOf(twice)} in the same role (${e.title} in ${e.path.join('/')}): delete one of the two rows`,
      );
      return false;
    }
    rows.push(e);
    for (const r of rows) r.rowsOfPerson = rows;
    return true;
  });
}

/**
 * A person in several roles holds them on purpose (the roster says so, row by row): each role after the
 * person's first placed one lists them in `concurrent_holders`, so `holder-multiple-roles` does not warn.
 */
function markConcurrent(placed: Entry[]): void {
  for (const e of placed) {
    if (!e.rowsOfPerson || !e.person || !e.role) continue;
    if (e.rowsOfPerson.find((r) => r.role) === e) continue;
    const list = (e.role.concurrentHolders ??= []);
    if (!list.includes(e.person.name)) list.push(e.person.name);
  }
}

function where(e: Entry): string {
  const name = e.row.values.name;
  return `${name !== undefined ? `'${name}' ` : ''}${rowOf(e)}`;
}

function rowOf(e: Entry): string {
  return `on row ${e.row.row}${e.row.sheet ? ` of ${e.row.sheet}` : ''}`;
}

/** Each row's manager cell → the row it names (employee number, then name, then title); returns the top row. */
function resolveManagers(entries: Entry[], report: Report): { top: Entry | undefined; coTops: Entry[] } {
  const coTops: Entry[] = [];
  const byEmployeeId = new Map<string, Entry>();
  const byName = new Map<string, Entry[]>();
  const byTitle = new Map<string, Entry[]>();
  const byRoleId = new Map<string, Entry>();
  for (const e of entries) {
    const v = e.row.values;
    if (v.roleId !== undefined && !byRoleId.has(v.roleId)) byRoleId.set(v.roleId, e);
    // A person in several roles (兼任) is found by number or name at their first row, and counts as one name.
    if (e.rowsOfPerson && e.rowsOfPerson[0] !== e) {
      push(byTitle, e.title, e);
      continue;
    }
    if (v.employeeId !== undefined) byEmployeeId.set(v.employeeId, e);
    if (v.name !== undefined) push(byName, v.name, e);
    push(byTitle, e.title, e);
  }
  let top: Entry | undefined;
  for (const e of entries) {
    const cell = e.row.values.manager;
    if (cell === undefined) {
      if (!top) top = e;
      else if (sameRole(e, top))
        coTops.push(e); // another seat of the top role (co-CEOs)
      else {
        report(
          e.row,
          'manager',
          `'${e.row.values.name ?? e.title}' has no manager (上级), but ${where(top)} is already the top: fill in the manager`,
        );
        e.settled = true;
      }
      continue;
    }
    let manager = byRoleId.get(cell) ?? findManager(cell, byEmployeeId, byName, byTitle);
    // Their own number or name on a row of a person in several roles: their other role (the first other row).
    if (manager === e && e.rowsOfPerson && (cell === e.row.values.name || cell === e.row.values.employeeId))
      manager = e.rowsOfPerson.find((r) => r !== e)!;
    if (typeof manager === 'string') {
      report(e.row, 'manager', manager);
      e.settled = true;
    } else if (manager === e) {
      report(e.row, 'manager', `'${e.row.values.name ?? e.title}' reports to themself: fill in the real manager`);
      e.settled = true;
    } else e.manager = manager;
  }
  return { top, coTops };
}

/** Two rows of one role without a manager: the same 岗位编号, or without one the same title and department. */
function sameRole(a: Entry, b: Entry): boolean {
  const [ra, rb] = [a.row.values.roleId, b.row.values.roleId];
  if (ra !== undefined || rb !== undefined) return ra === rb;
  return a.title === b.title && pathKey(a.path) === pathKey(b.path);
}

function findManager(
  cell: string,
  byEmployeeId: Map<string, Entry>,
  byName: Map<string, Entry[]>,
  byTitle: Map<string, Entry[]>,
): Entry | string {
  const byId = byEmployeeId.get(cell);
  if (byId) return byId;
  const named = byName.get(cell);
  if (named?.length === 1) return named[0]!;
  if (named && named.length > 1) {
    const rows = named.map((n) => n.row.row).join(', ');
    return `manager '${cell}' is the name of ${named.length} people (rows ${rows}): write the manager's employee number (工号) instead`;
  }
  const titled = byTitle.get(cell);
  if (titled) {
    const key = pathKey(titled[0]!.path);
    if (titled.every((t) => pathKey(t.path) === key)) return titled[0]!;
    return `manager '${cell}' is a title held in ${new Set(titled.map((t) => pathKey(t.path))).size} departments: write the manager's name or employee number (工号)`;
  }
  // The cell may be any of the three: a typo in an employee number or a title deserves its suggestion too.
  return `manager '${cell}' is not in the roster (no name, employee number or title matches; has this person left?)${didYouMean(cell, byName, byEmployeeId, byTitle)}: fill in the current manager`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function pathKey(path: string[]): string {
  return path.join('\u0000');
}

/** Rows reachable from the top through the manager links, breadth-first (managers before reports, then roster order). */
function placeFrom(top: Entry | undefined, coTops: Entry[], entries: Entry[]): Entry[] {
  if (!top) return [];
  const reports = new Map<Entry, Entry[]>();
  for (const e of entries) if (e.manager && !e.settled) push(reports, e.manager, e);
  const placed: Entry[] = [top, ...coTops];
  for (const e of placed) e.settled = true;
  for (let i = 0; i < placed.length; i++) {
    for (const r of reports.get(placed[i]!) ?? []) {
      if (r.settled) continue;
      r.settled = true;
      placed.push(r);
    }
  }
  return placed;
}

/**
 * Every row not placed and not yet explained is in a reporting cycle, or
 * below a row that could not be placed. One walk up the manager links per
 * unexplained chain, each row visited once.
 */
function explainUnplaced(entries: Entry[], report: Report): void {
  const onPath = new Set<Entry>();
  for (const start of entries) {
    if (start.settled) continue;
    const path: Entry[] = [];
    let cur: Entry | undefined = start;
    while (cur && !cur.settled && !onPath.has(cur)) {
      path.push(cur);
      onPath.add(cur);
      cur = cur.manager;
    }
    const cycleStart = cur && onPath.has(cur) ? path.indexOf(cur) : path.length;
    const cycle = path.slice(cycleStart);
    const names = cycle.map((e) => e.row.values.name ?? e.title);
    for (const e of cycle) {
      report(
        e.row,
        'manager',
        `'${e.row.values.name ?? e.title}' is in a reporting cycle (${[...names, names[0]!].join(' → ')}): one of them needs another manager`,
      );
    }
    for (const e of path.slice(0, cycleStart)) {
      report(e.row, 'manager', `the manager, ${where(e.manager!)}, could not be placed, so neither can '${e.row.values.name ?? e.title}'`);
    }
    for (const e of path) {
      e.settled = true;
      onPath.delete(e);
    }
  }
}

function buildDepartments(placed: Entry[], allocator: IdAllocator): { list: PlannedDepartment[]; byPath: Map<string, PlannedDepartment> } {
  const byPath = new Map<string, PlannedDepartment>();
  const roots: PlannedDepartment[] = [];
  // Roster order decides the order of departments (placed is breadth-first: sort a copy by row).
  for (const e of [...placed].sort((a, b) => a.order - b.order)) {
    let parent: PlannedDepartment | undefined;
    for (let depth = 1; depth <= e.path.length; depth++) {
      const key = pathKey(e.path.slice(0, depth));
      let dept = byPath.get(key);
      if (!dept) {
        dept = { id: '', name: e.path[depth - 1]!, path: e.path.slice(0, depth), children: [], roles: [], ...(parent ? { parent } : {}) };
        byPath.set(key, dept);
        (parent ? parent.children : roots).push(dept);
      }
      parent = dept;
    }
  }
  const list: PlannedDepartment[] = [];
  const stack = [...roots].reverse();
  while (stack.length) {
    const d = stack.pop()!;
    list.push(d);
    for (let i = d.children.length - 1; i >= 0; i--) stack.push(d.children[i]!);
  }
  for (const d of list) d.id = allocator.take([d.name, d.parent ? `${d.parent.name}-${d.name}` : d.name, d.path.join('-')], 'department');
  return { list, byPath };
}

function buildRoles(placed: Entry[], departments: Map<string, PlannedDepartment>, allocator: IdAllocator): PlannedRole[] {
  const byKey = new Map<string, PlannedRole>();
  const roles: PlannedRole[] = [];
  const managerIndex = new Map<PlannedRole, number>();
  const givenSeats = new Map<PlannedRole, number>();
  const rowsOf = new Map<PlannedRole, number>();
  for (const e of placed) {
    const department = departments.get(pathKey(e.path))!;
    const manager = e.manager?.role;
    // 岗位编号 (a role id column, as export writes it) groups by itself; else title, department and manager do.
    const roleId = e.row.values.roleId;
    const key =
      roleId !== undefined ? `\u0002${roleId}` : `${pathKey(e.path)}\u0001${e.title}\u0001${manager ? managerIndex.get(manager)! : ''}`;
    let role = byKey.get(key);
    if (!role) {
      role = {
        id: '',
        title: e.title,
        department,
        headcount: 0,
        holders: [],
        ...(manager ? { manager } : {}),
        ...(roleId !== undefined ? { wantedId: roleId } : {}),
      };
      byKey.set(key, role);
      managerIndex.set(role, roles.length);
      roles.push(role);
      department.roles.push(role);
    }
    e.role = role;
    if (e.person) role.holders.push(e.person);
    rowsOf.set(role, (rowsOf.get(role) ?? 0) + 1);
    if (e.headcount !== undefined) givenSeats.set(role, Math.max(givenSeats.get(role) ?? 0, e.headcount));
  }
  for (const role of roles) {
    // 编制 is the role's seats, repeated on each of its rows; without it, each row is a seat.
    role.headcount = givenSeats.get(role) ?? rowsOf.get(role)!;
    const dept = role.department;
    role.id = allocator.take(
      [
        ...(role.wantedId !== undefined ? [role.wantedId] : []),
        role.title,
        `${dept.name}-${role.title}`,
        `${dept.path.join('-')}-${role.title}`,
      ],
      'role',
    );
  }
  return roles;
}

/**
 * The department's head: its one role whose manager is outside it, or, when
 * several are, the one with the most direct reports inside it (none when no
 * role has any: there is no head to guess).
 */
function headOf(dept: PlannedDepartment): PlannedRole | undefined {
  const entering = dept.roles.filter((r) => r.manager?.department !== dept);
  if (entering.length === 1) return entering[0];
  const inside = new Map<PlannedRole, number>();
  for (const r of dept.roles) if (r.manager?.department === dept) inside.set(r.manager, (inside.get(r.manager) ?? 0) + 1);
  let best: PlannedRole | undefined;
  for (const r of entering) if ((inside.get(r) ?? 0) > (best ? (inside.get(best) ?? 0) : 0)) best = r;
  return best;
}
