/**
 * Machine-readable fixes (ESLint's `suggestions`): replacing the scalar a
 * finding points at with each candidate. Only a scalar is ever replaced
 * (never a key, a list or a mapping), over the node's own range, so the edit
 * cannot reach past the value. One candidate is `safe` (`validate --fix`
 * applies it); several are offered for a person to choose.
 */
import { isPosScalar, QUOTE, type PosNode, type Quote } from './skeleton.js';
import type { SourceFile, Suggestion } from './types.js';

/** A word that reads back as the same string when written plain (no YAML meaning of its own). */
const PLAIN_SAFE = /^[\p{L}\p{N}_][\p{L}\p{N}_.\-/]*$/u;
const PLAIN_SPECIAL =
  /^(?:true|false|yes|no|on|off|null|~|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+|\.inf|\.nan)$/i;

/** Where `text`'s range [start, end) ends once the spaces, tabs and line breaks at its end are left out. */
function endBeforeBlanks(text: string, start: number, end: number): number {
  while (end > start && ' \t\r\n'.includes(text[end - 1]!)) end--;
  return end;
}

/**
 * `to` written as YAML in the style of the scalar it replaces (quotes kept; plain only when it reads back the same).
 * `style`: the skeleton's Quote, or yaml's Scalar type name ('PLAIN', 'QUOTE_SINGLE', ...).
 */
export function scalarText(to: string, style: Quote | string | undefined): string {
  if (style === QUOTE.single || style === 'QUOTE_SINGLE') return `'${to.replace(/'/g, "''")}'`;
  if ((style === QUOTE.plain || style === 'PLAIN') && PLAIN_SAFE.test(to) && !PLAIN_SPECIAL.test(to)) return to;
  return JSON.stringify(to);
}

/** The replacements of the scalar `node` by each candidate, or undefined when `node` is not a scalar. */
export function replaceScalar(
  file: SourceFile,
  node: PosNode | null | undefined,
  candidates: readonly string[],
  /** The candidates are YAML as written (a number), not strings to quote when needed. */
  literal = false,
  /** Default: safe when there is exactly one candidate. */
  safe = candidates.length === 1,
): Suggestion[] | undefined {
  if (!candidates.length || !isPosScalar(node)) return undefined;
  const start = node.s;
  // A block scalar's (`|`, `>-`) range runs on over its last line break and the next line's indentation:
  // replaced with them, the next key would join this line. No other scalar ends in blanks.
  const end = endBeforeBlanks(file.text, start, node.e);
  const from = file.lineCounter.linePos(start);
  const to = file.lineCounter.linePos(end);
  return candidates.map((c) => ({
    desc: `replace '${node.v}' with '${c}'`,
    file: file.path,
    range: [start, end],
    text: literal ? c : scalarText(c, node.q),
    safe,
    line: from.line,
    column: from.col,
    endLine: to.line,
    endColumn: to.col,
  }));
}
