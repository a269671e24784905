/**
 * orgctl as a library: `import { loadOrg, validateOrg } from 'orgctl'`.
 *
 *   const model = loadOrg(['org/']);            // read and resolve the YAML
 *   const { findings, summary } = validateOrg(model);
 *   const svg = await renderChart(model, { format: 'svg' });
 *
 * The same pipeline the CLI runs; the renderers are pure (no I/O, no clock).
 * Paths that do not exist throw UsageError.
 */
export { loadOrg, validateOrg } from './api.js';
export type { Summary, ValidationResult } from './api.js';
export type { Finding, Severity, Position } from './load/types.js';
export type {
  Department,
  Entity,
  Hierarchy,
  Holder,
  Kpi,
  KpiAssignment,
  KpiUnit,
  Organization,
  OrgModel,
  Role,
  Step,
  Workflow,
} from './model/types.js';
export { UsageError } from './core/errors.js';

export { renderChart, layoutOrgChart, CHART_FORMATS } from './chart/index.js';
export type { ChartFormat, ChartOptions, Drawing } from './chart/index.js';

export { renderDocs, DOCS_FORMATS } from './docs/index.js';
export type { DocsFormat, RenderDocsOptions } from './docs/index.js';
export { LOCALES, pickLocale, type Locale } from './core/locale.js';

export { diffOrgs, sidesDiffer, formatDiffText, formatDiffMarkdown, formatDiffJson } from './diff/index.js';
export type { Change, DiffResult, DiffOptions } from './diff/index.js';

export { computeStats, formatStats } from './stats/index.js';
export type { OrgStats, StatsFormat } from './stats/index.js';
