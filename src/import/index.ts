/**
 * `orgctl import`: a roster (xlsx or CSV) → an org folder. Pure apart from
 * reading the workbook bytes the caller gives: readers → rows → plan → files.
 */
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { decodeRoster, type Encoding } from './decode.js';
import { parseColumnMap } from './headers.js';
import { idFrom } from './ids.js';
import { planImport, type ImportPlan } from './plan.js';
import { readCsv } from './readCsv.js';
import { readXlsx } from './readXlsx.js';
import { rosterRows } from './rows.js';
import { type ImportProblem, type Sheet, formatCellRef } from './types.js';
import { type OrgIdentity, type PlannedFile, planFiles } from './write.js';

export interface ImportOptions {
  /** `column=field` overrides. */
  map?: string[];
  /** CSV only: the encoding, instead of detecting it. */
  encoding?: string;
  /** Organization id and name (default: from the output folder's name). */
  id?: string;
  name?: string;
  /** Ids already used (an existing org's, for --update). */
  reserved?: Iterable<string>;
}

export interface ImportResult {
  plan: ImportPlan;
  files: PlannedFile[];
  problems: ImportProblem[];
  /** CSV only: how the bytes were decoded. */
  encoding?: Encoding;
}

export async function readRosterSheets(
  bytes: Uint8Array,
  file: string,
  encoding?: string,
): Promise<{ sheets: Sheet[]; encoding?: Encoding }> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') {
    // Ignoring it would hide a mistake (the wrong file, or a CSV saved as .xlsx).
    if (encoding !== undefined)
      throw new UsageError(`${file}: --encoding applies to CSV rosters only (an .xlsx workbook is always Unicode); leave it out`);
    return { sheets: await readXlsx(bytes, file) };
  }
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') {
    const decoded = decodeRoster(bytes, file, encoding);
    return { sheets: [readCsv(decoded.text, '', file)], encoding: decoded.encoding };
  }
  if (ext === '.xls') throw new UsageError(`${file}: the old .xls format is not read; save it as .xlsx or CSV from the spreadsheet`);
  throw new UsageError(`${file}: not a roster orgctl reads (.xlsx or .csv)`);
}

export async function importRoster(
  bytes: Uint8Array,
  file: string,
  org: Partial<OrgIdentity> & { folder: string },
  opts: ImportOptions = {},
): Promise<ImportResult> {
  const { sheets, encoding } = await readRosterSheets(bytes, file, opts.encoding);
  const rows = rosterRows(sheets, parseColumnMap(opts.map ?? []), file);
  const identity = orgIdentity(org);
  const plan = planImport(rows, [identity.id, ...(opts.reserved ?? [])]);
  return { plan, files: planFiles(plan, identity), problems: plan.problems, ...(encoding ? { encoding } : {}) };
}

function orgIdentity(org: Partial<OrgIdentity> & { folder: string }): OrgIdentity {
  const base = path.basename(path.resolve(org.folder));
  const id = org.id ?? (idFrom(base) || 'org');
  if (idFrom(id) !== id) throw new UsageError(`--id '${id}' is not a valid id (letters, digits, -, _, .; starting with a letter or digit)`);
  return { id, name: org.name ?? org.id ?? base };
}

/** `roster.xlsx:花名册!F12: …` (CSV has one unnamed sheet: `roster.csv:F12: …`). */
export function formatProblem(file: string, p: ImportProblem): string {
  const at = p.at.sheet === '' ? `${p.at.column}${p.at.row}` : `${p.at.sheet}!${p.at.column}${p.at.row}`;
  return `${file}:${at}: ${p.message}`;
}

export { formatCellRef };
export type { ImportProblem, ImportPlan, PlannedFile };
