/**
 * What checking an org gives: every finding (load, build and rules, sorted and
 * suppressed as the engine does) and the counts `orgctl validate` reports.
 * The report formats take this; the CLI and the library produce it the same way.
 */
import type { Finding } from '../load/types.js';
import type { OrgModel } from '../model/types.js';
import { runRules, type RunOptions } from './engine.js';
import { RULES } from './registry.js';

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

/** Run every rule (with the org's own rule settings and suppressions) and count what was found. */
export function lintOrg(model: OrgModel, options: RunOptions = {}): ValidationResult {
  const findings = runRules(model, RULES, undefined, options);
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
