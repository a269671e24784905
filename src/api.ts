/**
 * The library façade: the pipeline `orgctl` runs, one function per step, for
 * scripts, editors and tests. Re-exported by the package root (src/index.ts).
 *
 *   load    loadOrg(paths) | loadOrgFromText({path: yaml}) | loadOrgAtRevision(rev, path, cwd) → OrgModel
 *   check   lint(model) → {findings, summary};  formatReport(format, result)        (validate)
 *   draw    renderChart(model, {format, root, department, depth, level})            (chart)
 *           renderChartTo(model, options, write) — the same bytes in pieces (large SVGs)
 *           prepareChart(model, options).writeTo(write) — the same, the model free to go once prepared
 *   docs    renderHandbook(model, {format}) → files;  writeDocs(dir, files)         (docs)
 *           renderDocs(model, {format, chartSvg, findings}) — the pure page renderer
 *           planHandbook / handbookFiles — the same files rendered one at a time (writeDocs takes them)
 *   diff    diffOrgs(before, after) → result;  formatDiff(format, result)           (diff)
 *   stats   computeStats(model);  formatStats(format, stats)                        (stats)
 *
 * Formats are string-literal unions with their lists (REPORT_FORMATS,
 * CHART_FORMATS, DOCS_FORMATS, DIFF_FORMATS, STATS_FORMATS); the CLI offers
 * exactly these as `--format` choices. Everything but the loaders and
 * writeDocs is free of I/O. The CLI calls the modules behind this file
 * directly, so a command loads only what it uses.
 */
import { lintOrg, type ValidationResult } from './lint/result.js';
import type { OrgModel } from './model/types.js';

export { loadOrg, loadOrgAtRevision, loadOrgFromText, loadSide } from './model/load.js';
export type { OnFile } from './load/index.js';
export { decideSide, type DecidedSide, type Side } from './load/sides.js';
export { createSharedParse, type ParseFn } from './load/sharedParse.js';
export { createDocMemo, type DocMemo } from './model/build/docMemo.js';

export type { Summary, ValidationResult } from './lint/result.js';
export { formatReport, REPORT_FORMATS } from './report/index.js';
export type { FormatContext, ReportFormat } from './report/index.js';

export { renderChart, renderChartTo, prepareChart, renderChartPng, layoutOrgChart, CHART_FORMATS, CHART_LEVELS } from './chart/index.js';
export type { ChartFormat, ChartLevel, ChartOptions, Drawing, PreparedChart } from './chart/index.js';

export {
  renderDocs,
  renderHandbook,
  handbookFiles,
  planHandbook,
  writeDocs,
  drawHandbookChart,
  handbookChartOptions,
  departmentChartDepth,
  CHART_DEPARTMENTS_MAX,
  CHART_ROLE_LEVEL_MAX,
  DOCS_FORMATS,
  MANIFEST,
} from './docs/index.js';
export type { DocsFormat, HandbookFile, RenderDocsOptions, RenderHandbookOptions, WriteResult } from './docs/index.js';

/** The handbook's languages under their first names (one Locale type now serves every output). */
export { LOCALES as LANGS, type Locale as Lang } from './core/locale.js';
export { LOCALES, pickLocale, type Locale } from './core/locale.js';

export {
  diffOrgs,
  sidesDiffer,
  formatDiff,
  formatDiffText,
  formatDiffMarkdown,
  formatDiffJson,
  formatDiffSvg,
  DIFF_FORMATS,
} from './diff/index.js';
export type { Change, ChangeKind, DiffFormat, DiffResult, DiffOptions, FormatDiffOptions } from './diff/index.js';

export { computeStats, configuredSpanMax, formatStats, STATS_FORMATS } from './stats/index.js';
export type { OrgStats, StatsFormat, StatsOptions } from './stats/index.js';

/**
 * Every finding of the org (load, build and every rule, with the org's rule
 * settings and suppression comments applied) and the counts `orgctl validate`
 * reports; the same findings as `orgctl validate --format json`.
 */
export function lint(model: OrgModel): ValidationResult {
  return lintOrg(model);
}

/** The name `lint` had before the façade: kept so existing callers keep working. */
export const validateOrg = lint;
