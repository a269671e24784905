/**
 * `export --format csv`: the seat roster, one row per seat (filled or vacant),
 * with the headers `orgctl import` reads, so the file round-trips through
 * import to the same org. 岗位编号 (the role id) groups the seats of a role
 * and 直属上级 names the manager's role id, so ids and lines survive the trip.
 * Cells a spreadsheet would run as a formula (starting with = + - @, tab or CR)
 * get a leading `'`, which import removes again; control characters become U+FFFD.
 * A roster longer than a spreadsheet can open is refused before a row is built.
 */
import { UsageError } from '../core/errors.js';
import { replaceForbidden } from '../core/escape/codePoints.js';
import { findNode, nodePosition } from '../load/positions.js';
import type { OrgModel, Role } from '../model/types.js';
import { departmentOrder } from '../model/hierarchy.js';
import { departmentPaths } from './departmentPath.js';
import { holderExtras } from './holderExtras.js';

const HEADER = ['部门', '岗位编号', '岗位', '席位', '姓名', '工号', '邮箱', '地点', '直属上级', '编制'];

export function exportCsv(model: OrgModel): string {
  const paths = departmentPaths(model);
  const lines = [HEADER.join(',')];
  const written = new Set<Role>();
  const rolesInOrder: Role[] = [];
  for (const { dept } of departmentOrder(model)) for (const r of model.hierarchy.departmentRoles.get(dept.id) ?? []) rolesInOrder.push(r);
  const placed = new Set(rolesInOrder);
  // Roles outside the department tree (no department, or one that does not exist) still have seats.
  for (const r of model.roles.values()) if (!placed.has(r)) rolesInOrder.push(r);
  refuseTooManyRows(rolesInOrder);
  for (const role of rolesInOrder) {
    if (written.has(role)) continue;
    written.add(role);
    const path = role.department !== undefined ? (paths.get(role.department) ?? [role.department]).join('/') : '';
    const holders = role.holders ?? [];
    const extras = holderExtras(role);
    const seats = seatRows(role);
    for (let seat = 0; seat < seats; seat++) {
      const h = holders[seat];
      lines.push(
        [
          path,
          role.id,
          role.title,
          String(seat + 1),
          h?.name ?? '',
          extras[seat]?.employeeId ?? '',
          h?.email ?? '',
          extras[seat]?.location ?? '',
          role.reportsTo ?? '',
          String(role.headcount),
        ]
          .map(csvCell)
          .join(','),
      );
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Rows a role takes: one per seat, at least one per holder, and one for a role without seats (so it survives import). */
const seatRows = (role: Role) => Math.max(role.headcount, role.holders?.length ?? 0, 1);

/** Rows below the header a spreadsheet opens (Excel and LibreOffice stop at 1,048,576 rows). */
export const MAX_SEAT_ROWS = 1_048_575;

/** A headcount in the millions would build a file no tool opens, and run out of memory on the way: exit 2 naming the largest role. */
function refuseTooManyRows(roles: readonly Role[]): void {
  let rows = 0;
  let largest: Role | undefined;
  for (const role of new Set(roles)) {
    rows += seatRows(role);
    if (!largest || seatRows(role) > seatRows(largest)) largest = role;
  }
  if (rows <= MAX_SEAT_ROWS || !largest) return;
  const at = nodePosition(largest.source, findNode(largest.node, ['headcount']) ?? findNode(largest.node, ['id']) ?? largest.node);
  const where = at ? `${at.file}:${at.line}:${at.column}` : largest.source.path;
  throw new UsageError(
    `export --format csv writes one row per seat, and this roster has ${rows} rows: more than the ${MAX_SEAT_ROWS} a spreadsheet opens; role '${largest.id}' has ${seatRows(largest)} at ${where}: lower its headcount, or use --format jsonld or backstage`,
  );
}

/** A leading character a spreadsheet app reads as the start of a formula (CSV injection). */
export const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * One CSV cell: controls other than tab, LF and CR made U+FFFD (the file is printed on terminals, where ESC
 * would start a sequence, and no spreadsheet shows them), neutralised for spreadsheets, then quoted when it
 * must be (RFC 4180).
 */
export function csvCell(cell: string): string {
  const text = replaceForbidden(cell);
  // A text already starting with `'=` gets its own quote too: import removes one leading quote before = + - @.
  const safe = FORMULA_START.test(text) || /^'[=+\-@]/u.test(text) ? `'${text}` : text;
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
