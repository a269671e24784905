/** `stats --format` values. Light on purpose, so the CLI can list them without loading the analysis. */
export const STATS_FORMATS = ['text', 'json'] as const;
export type StatsFormat = (typeof STATS_FORMATS)[number];
