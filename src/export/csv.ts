/**
 * `export --format csv`: the seat roster, one row per seat (filled or vacant),
 * with the headers `orgctl import` reads, so the file round-trips through
 * import to the same org. 岗位编号 (the role id) groups the seats of a role
 * and 直属上级 names the manager's role id, so ids and lines survive the trip.
 * Cells a spreadsheet would run as a formula (starting with = + - @, tab or CR)
 * get a leading `'`, which import removes again; control characters become U+FFFD.
 */
import { replaceForbidden } from '../core/escape/codePoints.js';
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
  for (const role of rolesInOrder) {
    if (written.has(role)) continue;
    written.add(role);
    const path = role.department !== undefined ? (paths.get(role.department) ?? [role.department]).join('/') : '';
    const holders = role.holders ?? [];
    const extras = holderExtras(role);
    const seats = Math.max(role.headcount, holders.length, 1);
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
