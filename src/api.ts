/**
 * The library API: the same pipeline the CLI runs, for scripts and tests.
 *   loadOrg(paths) → OrgModel (with load/build findings)
 *   validateOrg(model) → findings + summary
 */
import { loadFiles, type OnFile } from './load/index.js';
import type { Finding } from './load/types.js';
import { buildModel } from './model/build.js';
import type { OrgModel } from './model/types.js';
import { runRules } from './lint/engine.js';

export interface Summary {
  errors: number;
  warnings: number;
  files: number;
  departments: number;
  roles: number;
  seats: number;
  kpis: number;
  workflows: number;
}

export interface ValidationResult {
  findings: Finding[];
  summary: Summary;
}

/** Load every YAML file under `paths` and build the resolved model. Throws UsageError for missing paths. */
export function loadOrg(paths: string[] = ['.'], cwd = process.cwd(), onFile?: OnFile): OrgModel {
  const { files, findings } = loadFiles(paths, cwd, onFile);
  const model = buildModel(files);
  model.buildFindings.unshift(...findings);
  return model;
}

export function validateOrg(model: OrgModel): ValidationResult {
  const findings = runRules(model);
  let seats = 0;
  for (const r of model.roles.values()) seats += r.headcount;
  const errors = findings.filter((f) => f.severity === 'error').length;
  return {
    findings,
    summary: {
      errors,
      warnings: findings.length - errors,
      files: model.files.length,
      departments: model.departments.size,
      roles: model.roles.size,
      seats,
      kpis: model.kpis.size,
      workflows: model.workflows.size,
    },
  };
}
