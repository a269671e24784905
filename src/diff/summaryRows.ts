/** The figures compared before → after, as rows shared by the text and markdown formats. */
import type { DiffWords, SummaryRowKey } from '../i18n/index.js';
import { formatNumber } from '../stats/format/text.js';
import type { DiffResult, SideSummary } from './types.js';

export interface SummaryRow {
  label: string;
  before: string;
  after: string;
  /** "+3", "−1" or "" when equal. */
  delta: string;
}

const ROWS: [SummaryRowKey, (s: SideSummary) => number | null][] = [
  ['roles', (s) => s.roles],
  ['seats', (s) => s.seats],
  ['holders', (s) => s.holders],
  ['vacancies', (s) => s.vacancies],
  ['layers', (s) => s.layers],
  ['maxSpan', (s) => s.maxSpan],
  ['errors', (s) => s.errors],
  ['warnings', (s) => s.warnings],
];

export function signed(d: number): string {
  return d > 0 ? `+${formatNumber(d)}` : d < 0 ? `−${formatNumber(-d)}` : '';
}

export function summaryRows(result: DiffResult, words: DiffWords): SummaryRow[] {
  const { before, after } = result.summary;
  return ROWS.map(([key, get]) => {
    const b = get(before);
    const a = get(after);
    return {
      label: words.summaryRows[key],
      before: b === null ? '–' : formatNumber(b),
      after: a === null ? '–' : formatNumber(a),
      delta: a !== null && b !== null ? signed(a - b) : '',
    };
  });
}
