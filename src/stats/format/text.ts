/** `orgctl stats --format text`: one aligned table, departments indented by nesting, then the span summary. */
import { terminalText } from '../../core/escape/terminal.js';
import { DEFAULT_LOCALE, type Locale } from '../../core/locale.js';
import { table } from '../../core/text/columns.js';
import { messagesFor } from '../../i18n/index.js';
import type { OrgStats, ScopeStats, SpanFigures } from '../compute.js';

const DASH = '–';

/** Levels of nesting shown by indentation. */
const MAX_INDENT = 12;

/** Medians of an even count can be halves; print them without trailing zeros. */
export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** min, median and max span, or dashes for a scope without managers. */
function spanCells(span: SpanFigures): string[] {
  return span.managers ? [String(span.min), formatNumber(span.median!), String(span.max)] : [DASH, DASH, DASH];
}

/** "name (id)", or the id alone when the name is the id; the one place this table prints user text. */
function label(name: string, id: string): string {
  return name === id ? terminalText(id) : `${terminalText(name)} (${terminalText(id)})`;
}

function figures(s: ScopeStats): string[] {
  return [
    String(s.roles),
    String(s.seats),
    String(s.holders),
    String(s.vacancies),
    String(s.unknownSeats),
    String(s.layers),
    ...spanCells(s.span),
  ];
}

/** `locale`: the language of the headings (the caller picks it, see pickLocale); the figures and names are the org's. */
export function formatStatsText(stats: OrgStats, locale: Locale = DEFAULT_LOCALE): string {
  const w = messagesFor(locale).stats;
  const col = w.columns;
  const lines: string[] = [];
  const org = stats.organization;
  if (org) lines.push(label(org.name, org.id), '');

  const rows: string[][] = [
    [
      col.department,
      col.roles,
      col.seats,
      col.holders,
      col.vacant,
      col.unknown,
      col.layers,
      col.minSpan,
      col.median,
      col.maxSpan,
      col.budget,
    ],
  ];
  for (const d of stats.departments) {
    // Indented by nesting up to MAX_INDENT levels, deeper ones numbered: indenting each row by its full depth is quadratic output on a deep chain.
    const indent = '  '.repeat(Math.min(d.level, MAX_INDENT)) + (d.level > MAX_INDENT ? `${d.level}› ` : '');
    const name = indent + label(d.name, d.id);
    const budget = d.budget === null ? '' : d.seats > d.budget ? w.overBudget(d.budget, d.seats - d.budget) : String(d.budget);
    rows.push([name, ...figures(d), budget]);
  }
  rows.push([w.total(stats.total.departments), ...figures(stats.total), '']);
  lines.push(...table(rows, ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l']));

  const { span, overLimit } = stats.total;
  lines.push('');
  lines.push(
    span.managers ? w.span(stats.spanMax, span.managers, span.min!, formatNumber(span.median!), span.max!) : w.noSpan(stats.spanMax),
  );
  if (overLimit.length) {
    lines.push(w.overLimit(overLimit.length));
    const rowsOver = overLimit.map((o) => ['  ' + label(o.title, o.role), w.spanSeats(o.span)]);
    lines.push(...table(rowsOver, ['l', 'r']));
  }
  if (stats.teams.length) {
    const c = w.teamColumns;
    lines.push('', w.teams(stats.teams.length));
    const rowsTeams = [
      ['  ' + c.team, c.lead, c.members, c.seats, c.fte, c.departments, c.period],
      ...stats.teams.map((t) => [
        '  ' + label(t.name, t.id),
        t.lead === null ? DASH : terminalText(t.lead),
        String(t.members),
        String(t.seats),
        String(t.fte),
        String(t.departments),
        t.start === null && t.end === null ? DASH : `${t.start ?? '…'} – ${t.end ?? '…'}`,
      ]),
    ];
    lines.push(...table(rowsTeams, ['l', 'l', 'r', 'r', 'r', 'r', 'l']));
  }
  lines.push('', w.footnote);
  return lines.join('\n') + '\n';
}
