/** `--format json`: `{findings, summary}` as README (Output formats of `validate`) documents it, key order included: scripts depend on it. */
import type { Formatter } from './types.js';

export const formatJson: Formatter = (result) => {
  const findings = result.findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    ...(f.file !== undefined ? { file: f.file, line: f.line, column: f.column } : {}),
    ...(f.entity !== undefined ? { entity: f.entity } : {}),
  }));
  const s = result.summary;
  const summary = {
    errors: s.errors,
    warnings: s.warnings,
    files: s.files,
    departments: s.departments,
    roles: s.roles,
    seats: s.seats,
    kpis: s.kpis,
    workflows: s.workflows,
  };
  return JSON.stringify({ findings, summary }, null, 2) + '\n';
};
