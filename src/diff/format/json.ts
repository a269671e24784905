/**
 * `orgctl diff --format json`, a contract for scripts: `changes` and `summary`, plus
 * `findings` — the findings introduced and fixed, shaped like `validate --format
 * json`'s — and `policy`, the base's diff_policy gates the change breaks (same shape). The extras the human formats use (models, moves) are left out.
 */
import { jsonText } from '../../core/escape/json.js';
import type { Finding } from '../../load/types.js';
import { changeLocations } from '../locations.js';
import type { DiffResult } from '../types.js';

function findingJson(f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = { rule: f.rule, severity: f.severity, message: f.message };
  if (f.file !== undefined) out.file = f.file;
  if (f.line !== undefined) out.line = f.line;
  if (f.column !== undefined) out.column = f.column;
  if (f.entity !== undefined) out.entity = f.entity;
  return out;
}

/**
 * The contract's version: 2 added `version`, `people`, `findings.changed`, each
 * change's `at` (file, line, column before and after) and renames (`previously`).
 */
export const DIFF_JSON_VERSION = 2;

export function formatDiffJson(result: DiffResult): string {
  const doc = {
    version: DIFF_JSON_VERSION,
    changes: result.changes.map((c) => ({ ...c, at: changeLocations(c, result.models) })),
    summary: result.summary,
    people: result.people,
    findings: {
      introduced: result.findings.introduced.map(findingJson),
      fixed: result.findings.fixed.map(findingJson),
      changed: result.findings.changed.map((c) => ({ before: findingJson(c.before), after: findingJson(c.after) })),
    },
    policy: result.policy.map(findingJson),
  };
  // jsonText: a name's C1 or bidi control prints inert when the JSON goes to a terminal.
  return jsonText(doc, 2) + '\n';
}
