/**
 * An .xlsx roster → one Sheet per visible worksheet, cells as text. Merged cells read
 * as their master's value in every cell they cover (exceljs does this), so a
 * header merged over two rows or two columns is found in either.
 */
import ExcelJS from 'exceljs';
import { UsageError } from '../core/errors.js';
import type { Sheet } from './types.js';

export async function readXlsx(bytes: Uint8Array, file: string): Promise<Sheet[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (err) {
    throw new UsageError(`${file}: not a readable .xlsx workbook (${(err as Error).message.split('\n')[0] ?? ''})`);
  }
  const sheets: Sheet[] = [];
  workbook.eachSheet((ws) => {
    // A hidden sheet is what the user does not see as the roster: a 离职 archive, the lists behind drop-downs.
    if (ws.state === 'hidden' || ws.state === 'veryHidden') return;
    const rows: Sheet['rows'] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = cellText(cell.value);
      });
      for (let i = 0; i < cells.length; i++) cells[i] ??= '';
      rows.push({ row: rowNumber, cells });
    });
    sheets.push({ name: ws.name, rows });
  });
  return sheets;
}

/** A cell's value as the text a person sees (formulas by their result, rich text joined, dates as YYYY-MM-DD). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
    // A hyperlink's text is a string, or rich text when part of it is formatted.
    if ('text' in value) return cellText(value.text);
    if ('error' in value) return '';
  }
  return '';
}

/**
 * A number as Excel's General format shows it: at most 15 significant digits, so a computed 0.3/0.1 is 3
 * (as on screen), not 2.9999999999999996. Integers are exact already and written whole.
 */
function numberText(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
}
