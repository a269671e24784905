/** What the roster readers produce and what the import plan consumes. */

/** The names `--encoding` takes: its choices (help, completion, did-you-mean); encodingName also reads other spellings. */
export const ENCODING_NAMES = ['utf-8', 'gbk', 'gb18030', 'utf-16le', 'utf-16be'] as const;
export type EncodingName = (typeof ENCODING_NAMES)[number];

/** The encoding name `name` spells, case and separators aside, with GB2312 and CP936 (Windows' name) read as GBK. */
export function encodingName(name: string): EncodingName | undefined {
  const n = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (n === 'gb2312' || n === 'cp936') return 'gbk';
  return ENCODING_NAMES.find((e) => e.replace(/-/g, '') === n);
}

/** `a, b or c`, for a help line or a message. */
export function orList(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)!}`;
}

/** The fields a roster column can hold (`--map column=field` names them). */
export const ROSTER_FIELDS = ['name', 'employeeId', 'title', 'roleId', 'department', 'manager', 'headcount', 'email', 'location'] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** One sheet of cells as text, with the 1-based row number of each row in the file. */
export interface Sheet {
  name: string;
  rows: { row: number; cells: string[] }[];
}

/** Where a cell came from: what a problem message points at. */
export interface CellRef {
  sheet: string;
  row: number;
  /** Column letter(s) as a spreadsheet shows them (A, B, … AA). */
  column: string;
}

/** A row of the roster: one person, or (name blank) one vacant position. */
export interface RosterRow {
  sheet: string;
  row: number;
  /** The field values, trimmed; absent when the column is missing or the cell blank. */
  values: Partial<Record<RosterField, string>>;
  /** The column letter of each field (for messages). */
  columns: Partial<Record<RosterField, string>>;
}

/** A row the import could not place, and why (text ready for people). */
export interface ImportProblem {
  at: CellRef;
  message: string;
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function formatCellRef(at: CellRef): string {
  return `${at.sheet}:${at.row}:${at.column}`;
}
