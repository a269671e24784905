/** Org figures (seats, holders, vacancies, layers, span of control) and their formats. */
export { computeStats, configuredSpanMax } from './compute.js';
export type { DepartmentStats, OrgStats, OverLimit, ScopeStats, SpanFigures, StaffingFigures, StatsOptions } from './compute.js';
export { formatStatsText } from './format/text.js';
export { formatStatsJson } from './format/json.js';

import type { Locale } from '../core/locale.js';
import type { OrgStats } from './compute.js';
import { formatStatsJson } from './format/json.js';
import { formatStatsText } from './format/text.js';

export const STATS_FORMATS = ['text', 'json'] as const;
export type StatsFormat = (typeof STATS_FORMATS)[number];

/** `locale`: the language of the text format's headings (JSON has none); default en. */
export function formatStats(format: StatsFormat, stats: OrgStats, locale?: Locale): string {
  return format === 'json' ? formatStatsJson(stats) : formatStatsText(stats, locale);
}
