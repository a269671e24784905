/** `--format json`: `{findings, summary}` as README (Output formats of `validate`) documents it, key order included: scripts depend on it. */
import type { Suggestion } from '../load/types.js';
import type { Formatter } from './types.js';
import { jsonText } from '../core/escape/json.js';

/** ESLint's suggestion shape (`desc`, `fix: {range, text}`), plus where the range is as line/column and whether `--fix` applies it. */
export function suggestionJson(s: Suggestion) {
  return {
    desc: s.desc,
    safe: s.safe,
    file: s.file,
    ...(s.line !== undefined ? { line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn } : {}),
    fix: { range: s.range, text: s.text },
  };
}

export const formatJson: Formatter = (result) => {
  const findings = result.findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    ...(f.file !== undefined ? { file: f.file, line: f.line, column: f.column } : {}),
    ...(f.entity !== undefined ? { entity: f.entity } : {}),
    ...(f.suggestions?.length ? { suggestions: f.suggestions.map(suggestionJson) } : {}),
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
  return jsonText({ findings, summary }, 2) + '\n'; // inert on a terminal: see core/escape/json.ts
};
