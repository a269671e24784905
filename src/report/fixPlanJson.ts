/**
 * `validate --fix-dry-run --format json`: what `--fix` would change, for a CI bot to read. Per file, the
 * suggestions it would apply (the json report's suggestion shape) and the unified diff as a string; then the
 * totals and the errors and warnings that would remain once the fixes are written (what the exit code follows).
 * Key order is part of the format, as README (Fixing) documents it.
 */
import { jsonText } from '../core/escape/json.js';
import { unifiedDiff } from '../core/text/unifiedDiff.js';
import type { FileFix } from '../lint/fix.js';
import { suggestionJson } from './json.js';

export interface Remaining {
  errors: number;
  warnings: number;
}

export function formatFixPlanJson(fixes: readonly FileFix[], remaining: Remaining): string {
  const files = fixes.map((f) => ({
    file: f.file,
    applied: f.applied,
    edits: f.edits.map(suggestionJson),
    // The real text of the change (no terminal escaping here): jsonText keeps it inert on a terminal.
    diff: unifiedDiff(f.file, f.before, f.after),
  }));
  const summary = {
    fixes: fixes.reduce((n, f) => n + f.applied, 0),
    files: fixes.length,
    errors: remaining.errors,
    warnings: remaining.warnings,
  };
  return jsonText({ fixes: files, summary }, 2) + '\n';
}
