/**
 * `diff --labels`: the approver labels a change carries, written the ways
 * GitHub gives them. A label name may hold a comma (`HR, approved`), so a
 * list joined with commas cannot be split back: the action passes
 * `toJSON(github.event.pull_request.labels.*.name)`, a JSON array, and one
 * label per line works too. A single line without `[` is the comma-separated
 * list of simple labels earlier versions took.
 */
import { UsageError } from '../core/errors.js';

export function parseLabels(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) return jsonLabels(trimmed);
  const parts = /[\r\n]/.test(trimmed) ? trimmed.split(/\r?\n|\r/) : trimmed.split(',');
  return parts.map((l) => l.trim()).filter((l) => l !== '');
}

function jsonLabels(text: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (!Array.isArray(value) || !value.every((l): l is string => typeof l === 'string'))
    throw new UsageError(
      `--labels starts with '[' but is not a JSON array of strings: write ["HR, approved", "cs-approved"], one label per line, or simple labels separated by commas`,
    );
  return value.map((l) => l.trim()).filter((l) => l !== '');
}
