/** A CSV roster → one Sheet (named after the file), cells as text. */
import { parse } from 'csv-parse/sync';
import { UsageError } from '../core/errors.js';
import type { Sheet } from './types.js';

export function readCsv(text: string, sheetName: string, file: string): Sheet {
  let records: string[][];
  try {
    const parsed: unknown = parse(text, {
      relax_column_count: true,
      skip_empty_lines: false,
      bom: true,
      // A semicolon- or tab-separated export is as common as a comma-separated one.
      delimiter: guessDelimiter(text),
    });
    records = parsed as string[][];
  } catch (err) {
    throw new UsageError(`${file}: not a readable CSV file (${(err as Error).message.split('\n')[0] ?? ''})`);
  }
  return { name: sheetName, rows: records.map((cells, i) => ({ row: i + 1, cells })) };
}

/** The separator of the first line: whichever of `,` `;` tab it holds most of (outside quotes is close enough for a header). */
function guessDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  let best = ',';
  let bestCount = 0;
  for (const d of [',', ';', '\t']) {
    const count = firstLine.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}
