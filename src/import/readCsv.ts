/** A CSV roster → one Sheet (named after the file), cells as text. */
import { parse } from 'csv-parse/sync';
import { UsageError } from '../core/errors.js';
import { type Sheet, columnLetter } from './types.js';

export function readCsv(text: string, sheetName: string, file: string): Sheet {
  let records: string[][];
  try {
    const parsed: unknown = parse(text, {
      relax_column_count: true,
      skip_empty_lines: false,
      bom: true,
      // `秘书 "大"` or `=HYPERLINK("…")` unquoted: a spreadsheet reads the quotes as part of the cell, and so do we.
      relax_quotes: true,
      // A semicolon- or tab-separated export is as common as a comma-separated one.
      delimiter: guessDelimiter(text),
    });
    records = parsed as string[][];
  } catch (err) {
    const e = err as { code?: string; records?: number; column?: number };
    if (e.code === 'CSV_QUOTE_NOT_CLOSED' && e.records !== undefined && e.column !== undefined) {
      // Every line after the quote would be one cell: say which cell opened it.
      throw new UsageError(
        `${file}:${columnLetter(e.column)}${e.records + 1}: this cell opens a quote (") that is never closed: close it, and write a quote inside a quoted cell as ""`,
      );
    }
    throw new UsageError(`${file}: not a readable CSV file (${(err as Error).message.split('\n')[0] ?? ''})`);
  }
  return { name: sheetName, rows: records.map((cells, i) => ({ row: i + 1, cells })) };
}

/** Lines looked at for the separator: the header is among the first ten rows (a title row may come first). */
const SNIFF_LINES = 10;

/**
 * The separator: whichever of `,` `;` tab one of the first lines holds most of, outside quotes. Not the first
 * line alone: a title row above the header (`2026年花名册`) has none, and a quoted title may hold a comma.
 */
function guessDelimiter(text: string): string {
  let best = ',';
  let bestCount = 0;
  const lineEnd = /\r\n|\n|\r/gu;
  let start = 0;
  for (let line = 0; line < SNIFF_LINES && start < text.length; line++) {
    lineEnd.lastIndex = start;
    const stop = lineEnd.exec(text)?.index ?? text.length;
    const counts = new Map<string, number>();
    let quoted = false;
    for (let i = start; i < stop; i++) {
      const ch = text[i]!;
      if (ch === '"') quoted = !quoted;
      else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
    for (const d of [',', ';', '\t']) {
      if ((counts.get(d) ?? 0) > bestCount) {
        best = d;
        bestCount = counts.get(d)!;
      }
    }
    start = stop + (text.startsWith('\r\n', stop) ? 2 : 1);
  }
  return best;
}
