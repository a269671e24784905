/**
 * Where a YAML document's nodes are, without the nodes: the model points
 * findings at file:line:col and offers fixes from this, never from yaml's
 * `Document`. It is plain data (numbers, strings, arrays), so a parse can be
 * done in a worker thread or kept in the `--cache` file and give the same
 * positions. Built once per document, right after the parse.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, Scalar, type Node } from 'yaml';

/** How a scalar is written, as far as rewriting it needs: plain, 'single-quoted', or anything else. */
export const QUOTE = { plain: 0, single: 1, other: 2 } as const;
export type Quote = (typeof QUOTE)[keyof typeof QUOTE];

/** `s`, `e`: yaml's range of the node (start, end of its value). */
interface Ranged {
  s: number;
  e: number;
}

/** A scalar: `v` is its value as a string (String(value)), `q` how it is quoted. */
export interface PosScalar extends Ranged {
  v: string;
  q: Quote;
}

/** A mapping: its keys in order (null where a key is not a scalar) and their values (null for none). */
export interface PosMap extends Ranged {
  keys: Array<PosScalar | null>;
  vals: Array<PosNode | null>;
}

export interface PosSeq extends Ranged {
  items: PosNode[];
}

/** An alias (`*name`), or any node that is neither: only where it is. */
export type PosLeaf = Ranged;

export type PosNode = PosScalar | PosMap | PosSeq | PosLeaf;

export function isPosMap(n: PosNode | null | undefined): n is PosMap {
  return n !== null && n !== undefined && 'keys' in n;
}
export function isPosSeq(n: PosNode | null | undefined): n is PosSeq {
  return n !== null && n !== undefined && 'items' in n;
}
export function isPosScalar(n: PosNode | null | undefined): n is PosScalar {
  return n !== null && n !== undefined && 'v' in n;
}

function quoteOf(type: Scalar['type']): Quote {
  if (type === Scalar.PLAIN) return QUOTE.plain;
  if (type === Scalar.QUOTE_SINGLE) return QUOTE.single;
  return QUOTE.other;
}

function scalar(node: Scalar): PosScalar {
  const [s, e] = node.range ?? [0, 0];
  return { s, e, v: String(node.value), q: quoteOf(node.type) };
}

/**
 * The skeleton of a parsed node. Recursive: called only on documents whose
 * `toJS` (recursive too, with deeper frames) has already succeeded, so a
 * document too deep to read never gets here.
 */
export function skeletonOf(node: Node): PosNode {
  const [s, e] = node.range ?? [0, 0];
  if (isScalar(node)) return scalar(node);
  if (isMap(node)) {
    const keys: Array<PosScalar | null> = [];
    const vals: Array<PosNode | null> = [];
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      keys.push(isScalar(pair.key) ? scalar(pair.key) : null);
      vals.push(pair.value ? skeletonOf(pair.value as Node) : null);
    }
    return { s, e, keys, vals };
  }
  if (isSeq(node)) return { s, e, items: node.items.map((item) => skeletonOf(item as Node)) };
  if (isAlias(node)) return { s, e };
  return { s, e };
}
