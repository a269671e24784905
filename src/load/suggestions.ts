/**
 * Machine-readable fixes (ESLint's `suggestions`): replacing the scalar a
 * finding points at with each candidate. Only a scalar is ever replaced
 * (never a key, a list or a mapping), over the node's own range, so the edit
 * cannot reach past the value. One candidate is `safe` (`validate --fix`
 * applies it); several are offered for a person to choose.
 */
import { isScalar, Scalar, type Node } from 'yaml';
import type { SourceFile, Suggestion } from './types.js';

/** A word that reads back as the same string when written plain (no YAML meaning of its own). */
const PLAIN_SAFE = /^[\p{L}\p{N}_][\p{L}\p{N}_.\-/]*$/u;
const PLAIN_SPECIAL =
  /^(?:true|false|yes|no|on|off|null|~|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+|\.inf|\.nan)$/i;

/** `to` written as YAML in the style of the scalar it replaces (quotes kept; plain only when it reads back the same). */
export function scalarText(to: string, style: Scalar['type']): string {
  if (style === Scalar.QUOTE_SINGLE) return `'${to.replace(/'/g, "''")}'`;
  if (style === Scalar.PLAIN && PLAIN_SAFE.test(to) && !PLAIN_SPECIAL.test(to)) return to;
  return JSON.stringify(to);
}

/** The replacements of the scalar `node` by each candidate, or undefined when `node` is not a scalar. */
export function replaceScalar(
  file: SourceFile,
  node: Node | null | undefined,
  candidates: readonly string[],
  /** The candidates are YAML as written (a number), not strings to quote when needed. */
  literal = false,
  /** Default: safe when there is exactly one candidate. */
  safe = candidates.length === 1,
): Suggestion[] | undefined {
  if (!candidates.length || !isScalar(node) || !node.range) return undefined;
  const [start, end] = node.range;
  const from = file.lineCounter.linePos(start);
  const to = file.lineCounter.linePos(end);
  return candidates.map((c) => ({
    desc: `replace '${String(node.value)}' with '${c}'`,
    file: file.path,
    range: [start, end],
    text: literal ? c : scalarText(c, node.type),
    safe,
    line: from.line,
    column: from.col,
    endLine: to.line,
    endColumn: to.col,
  }));
}
