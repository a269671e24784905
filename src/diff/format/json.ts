/**
 * `orgctl diff --format json`, a contract for scripts: `changes` and `summary`, plus
 * `findings` — the findings introduced and fixed, shaped like `validate --format
 * json`'s — and `policy`, the base's diff_policy gates the change breaks (same shape). The extras the human formats use (models, moves) are left out.
 */
import type { Finding } from '../../load/types.js';
import type { DiffResult } from '../types.js';

function findingJson(f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = { rule: f.rule, severity: f.severity, message: f.message };
  if (f.file !== undefined) out.file = f.file;
  if (f.line !== undefined) out.line = f.line;
  if (f.column !== undefined) out.column = f.column;
  if (f.entity !== undefined) out.entity = f.entity;
  return out;
}

export function formatDiffJson(result: DiffResult): string {
  const doc = {
    changes: result.changes,
    summary: result.summary,
    findings: { introduced: result.findings.introduced.map(findingJson), fixed: result.findings.fixed.map(findingJson) },
    policy: result.policy.map(findingJson),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
