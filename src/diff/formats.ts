/** `diff --format` values. Light on purpose, so the CLI can list them without loading the diff or the chart. */
export const DIFF_FORMATS = ['text', 'markdown', 'json', 'svg'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];
