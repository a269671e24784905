/**
 * orgctl as a library: `import { loadOrg, lint, formatReport } from 'orgctl'`.
 *
 *   const model = loadOrg(['org/']);            // read and resolve the YAML
 *   const result = lint(model);                 // findings + summary (validateOrg is the old name)
 *   const sarif = formatReport('sarif', result);
 *   const svg = await renderChart(model, { format: 'svg' });
 *
 * The same pipeline the CLI runs (the façade is src/api.ts); the renderers are
 * pure (no I/O, no clock). Paths that do not exist throw UsageError.
 */
export * from './api.js';
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
