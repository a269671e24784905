/** Sheets → roster rows: the header row found, each later non-blank row's fields by column. */
import { UsageError } from '../core/errors.js';
import { findHeader, type ColumnMap } from './headers.js';
import { type RosterField, type RosterRow, type Sheet, columnLetter } from './types.js';

export function rosterRows(sheets: Sheet[], columnMap: ColumnMap, file: string): RosterRow[] {
  const rows: RosterRow[] = [];
  let found = false;
  for (const sheet of sheets) {
    const header = findHeader(sheet, columnMap);
    if (!header) continue;
    found = true;
    const fields = [...header.fields].sort((a, b) => a[0] - b[0]);
    for (const { row, cells } of sheet.rows.slice(header.index + 1)) {
      const values: RosterRow['values'] = {};
      const columns: RosterRow['columns'] = {};
      let any = false;
      for (const [col, field] of fields) {
        columns[field] = columnLetter(col);
        const value = clean(cells[col] ?? '');
        if (value !== '') {
          values[field] = value;
          any = true;
        }
      }
      if (any) rows.push({ sheet: sheet.name, row, values, columns });
    }
  }
  if (!found) {
    throw new UsageError(
      `${file}: no header row found (a row naming at least a 姓名/name or 岗位/title column and one more: 部门, 上级, 工号 …); name the columns with --map column=field`,
    );
  }
  return rows;
}

/** Trimmed, inner runs of white space as one space, NFC (so the same name typed twice is the same id). */
function clean(text: string): string {
  return unneutralise(text.normalize('NFC').replace(/\s+/gu, ' ').trim());
}

/** `'=…`: the leading quote a CSV export puts before a formula character (export's csvCell) is not part of the value. */
function unneutralise(text: string): string {
  return /^'[=+\-@]/u.test(text) ? text.slice(1) : text;
}

export type { RosterField };
