/**
 * Machine-readable fixes (ESLint's `suggestions`): replacing the scalar a
 * finding points at with each candidate. Only a scalar is ever replaced
 * (never a key, a list or a mapping), over the node's own range, so the edit
 * cannot reach past the value. One candidate is `safe` (`validate --fix`
 * applies it); several are offered for a person to choose.
 */
import { isScalar, type Node } from 'yaml';
import type { SourceFile, Suggestion } from './types.js';

/** Written plain, a candidate reads back as the same string (an id or an enum value usually does). */
function plainSafe(text: string): boolean {
  return /^[\p{L}\p{N}][\p{L}\p{N}_.\- ]*$/u.test(text) && !/ $/.test(text) && !/^(true|false|null|~|[-+]?[0-9.].*)$/i.test(text);
}

/** The replacements of the scalar `node` by each candidate, or undefined when `node` is not a scalar. */
export function replaceScalar(
  file: SourceFile,
  node: Node | null | undefined,
  candidates: readonly string[],
  /** The candidates are YAML as written (a number), not strings to quote when needed. */
  literal = false,
): Suggestion[] | undefined {
  if (!candidates.length || !isScalar(node) || !node.range) return undefined;
  const [start, end] = node.range;
  return candidates.map((c) => ({
    desc: `replace '${String(node.value)}' with '${c}'`,
    file: file.path,
    range: [start, end],
    text: literal || plainSafe(c) ? c : JSON.stringify(c),
    safe: candidates.length === 1,
  }));
}
