/** Org figures (seats, holders, vacancies, layers, span of control) and their formats. */
export { computeStats } from './compute.js';
export { configuredSpanMax } from '../lint/rules/utils/spanOfControl.js';
export type { DepartmentStats, OrgStats, OverLimit, ScopeStats, SpanFigures, StaffingFigures, StatsOptions } from './compute.js';
export { formatStatsText } from './format/text.js';
export { formatStatsJson } from './format/json.js';
export { STATS_FORMATS, type StatsFormat } from './formats.js';

import { UsageError } from '../core/errors.js';
import type { Locale } from '../core/locale.js';
import type { OrgStats } from './compute.js';
import { formatStatsJson } from './format/json.js';
import { formatStatsText } from './format/text.js';
import { STATS_FORMATS, type StatsFormat } from './formats.js';

/** The figures in one of STATS_FORMATS (`locale`: the language of the text format's headings; JSON has none; default en). A format that is not one of them (from plain JavaScript) is a UsageError. */
export function formatStats(format: StatsFormat, stats: OrgStats, locale?: Locale): string {
  switch (format) {
    case 'json':
      return formatStatsJson(stats);
    case 'text':
      return formatStatsText(stats, locale);
    default:
      throw new UsageError(`unknown stats format '${String(format)}'; choose one of: ${STATS_FORMATS.join(', ')}`);
  }
}
