/**
 * A rule's `replace` (scalar value → another value) as a Suggestion: the
 * exact source range of the scalar, and replacement text in the scalar's own
 * quoting style, so applying it changes that value and nothing else (comments,
 * indentation and the rest of the line stay byte for byte).
 */
import { isScalar, Scalar, type Node } from 'yaml';
import type { SourceFile, Suggestion } from '../load/types.js';
import type { ValueReplacement } from './types.js';

/** A word that reads back as the same string when written plain (no YAML meaning of its own). */
const PLAIN_SAFE = /^[\p{L}\p{N}_][\p{L}\p{N}_.\-/]*$/u;
const PLAIN_SPECIAL =
  /^(?:true|false|yes|no|on|off|null|~|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+|\.inf|\.nan)$/i;

/** `to` written as YAML in the style of the scalar it replaces. */
export function scalarText(to: string, style: Scalar['type']): string {
  if (style === Scalar.QUOTE_SINGLE) return `'${to.replace(/'/g, "''")}'`;
  if (style === Scalar.PLAIN && PLAIN_SAFE.test(to) && !PLAIN_SPECIAL.test(to)) return to;
  return JSON.stringify(to);
}

/**
 * The suggestion replacing `node` (the scalar the finding points at) by
 * `r.to`, or undefined when the node is not that scalar (the path did not
 * resolve to it, or it is a block scalar, an alias, a tagged or anchored value).
 */
export function replacementSuggestion(source: SourceFile, node: Node | undefined, r: ValueReplacement): Suggestion | undefined {
  if (!isScalar(node) || !node.range || node.tag || node.anchor) return undefined;
  if (String(node.value) !== r.from || r.to === r.from) return undefined;
  const style = node.type;
  if (style !== Scalar.PLAIN && style !== Scalar.QUOTE_SINGLE && style !== Scalar.QUOTE_DOUBLE) return undefined;
  const [start, end] = node.range;
  const from = source.lineCounter.linePos(start);
  const to = source.lineCounter.linePos(end);
  return {
    desc: `replace '${r.from}' with '${r.to}'`,
    file: source.path,
    range: [start, end],
    text: scalarText(r.to, style),
    safe: r.safe,
    line: from.line,
    column: from.col,
    endLine: to.line,
    endColumn: to.col,
  };
}
