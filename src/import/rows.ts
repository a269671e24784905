/** Sheets → roster rows: the header row found, each later non-blank row's fields by column. */
import { UsageError } from '../core/errors.js';
import { fieldLabel, findHeader, misspeltHeader, type ColumnMap, type HeaderMatch } from './headers.js';
import { type RosterField, type RosterRow, type Sheet, columnLetter } from './types.js';

export function rosterRows(sheets: Sheet[], columnMap: ColumnMap, file: string): RosterRow[] {
  const rows: RosterRow[] = [];
  let found = false;
  let complete = false;
  let firstIncomplete: UsageError | undefined;
  let firstHeader = '';
  for (const sheet of sheets) {
    const header = findHeader(sheet, columnMap);
    if (!header) continue;
    if (!found) firstHeader = ` on row ${sheet.rows[header.index]!.row}${sheet.name ? ` of ${sheet.name}` : ''}`;
    found = true;
    const fields = [...header.fields].sort((a, b) => a[0] - b[0]);
    const first = rows.length;
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
    const missing = missingColumns(sheet, header, rows.slice(first), file);
    if (missing) firstIncomplete ??= missing;
    else complete = true;
  }
  // A workbook whose roster sheet is complete may also have a lookup sheet (部门 and 岗位 lists for drop-downs):
  // its rows are reported one by one as before. Only when no sheet names the columns is that the mistake.
  if (firstIncomplete && !complete) throw firstIncomplete;
  if (!found) {
    throw new UsageError(
      `${file}: no header row found (a row naming at least a 姓名/name or 岗位/title column and one more: 部门, 上级, 工号 …)${misspeltHeaders(sheets)}; name the columns with --map column=field`,
    );
  }
  // A blank template would write an empty org, and under --update leave every role without holders.
  if (rows.length === 0)
    throw new UsageError(`${file}: no rows under the header${firstHeader}: nothing to import (is this the right file or sheet?)`);
  return rows;
}

/**
 * A column every row needs that the header does not name is one mistake: said once, with the column that
 * looks like it (`Departmnt`), instead of "has no department" on every row. 上级 is needed as soon as the
 * rows hold more than one role (without it every row but the first would be a second top).
 */
function missingColumns(sheet: Sheet, header: HeaderMatch, rows: RosterRow[], file: string): UsageError | undefined {
  const named = new Set(header.fields.values());
  const roles = new Set(rows.map((r) => `${r.values.title ?? ''}\u0000${r.values.department ?? ''}`));
  const required: RosterField[] = ['title', 'department', ...(roles.size > 1 ? (['manager'] as const) : [])];
  const missing = required.filter((f) => !named.has(f));
  if (missing.length === 0) return undefined;
  const cells = sheet.rows[header.index]!.cells;
  const hints: string[] = [];
  const maps: string[] = [];
  cells.forEach((cell, col) => {
    if (header.fields.has(col)) return;
    const guess = misspeltHeader(cell);
    if (!guess || !missing.includes(guess.field)) return;
    hints.push(`column ${columnLetter(col)} '${cell.trim()}' (did you mean '${guess.header}'?)`);
    maps.push(`--map '${cell.trim()}=${guess.field}'`);
  });
  const at = `${file}${sheet.name ? `:${sheet.name}` : ''}`;
  const what = `the header on row ${sheet.rows[header.index]!.row} has no ${missing.map(fieldLabel).join(' or ')} column`;
  const fix =
    hints.length > 0
      ? `${hints.join(', ')}: rename ${hints.length > 1 ? 'them' : 'it'}, or use ${maps.join(' ')}`
      : `add it, or name an existing column with --map <column>=${missing[0]!}`;
  return new UsageError(`${at}: ${what}; ${fix}`);
}

/** ` ('Nmae' looks like name (姓名), …)` for the first rows' headers that are one typo from a known one, or ''. */
function misspeltHeaders(sheets: Sheet[]): string {
  const hints: string[] = [];
  for (const sheet of sheets) {
    for (const { cells } of sheet.rows.slice(0, 10)) {
      for (const cell of cells) {
        const guess = misspeltHeader(cell);
        if (guess) hints.push(`'${cell.trim()}' looks like ${fieldLabel(guess.field)}`);
      }
      if (hints.length >= 2) return ` (${hints.join(', ')})`;
      hints.length = 0;
    }
  }
  return '';
}

/** Trimmed, inner runs of white space as one space, NFC (so the same name typed twice is the same id). */
function clean(text: string): string {
  return unneutralise(text.normalize('NFC').replace(/\s+/gu, ' ').trim());
}

/**
 * `'=…`: the leading quote a CSV export puts before a formula character (export's csvCell) is not part of the
 * value. Export also quotes a value that starts with `'=` itself (`''=…`), so one quote comes off there too.
 */
function unneutralise(text: string): string {
  return /^'+[=+\-@]/u.test(text) ? text.slice(1) : text;
}

export type { RosterField };
