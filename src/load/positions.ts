/**
 * Turning YAML nodes into file:line:col spans. Positions come from the nodes'
 * own ranges and the file's LineCounter — never from searching the text.
 */
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { PathSegment, Position, SourceFile, Span } from './types.js';

export type { PathSegment } from './types.js';

export function positionAt(file: SourceFile, offset: number): Position {
  const { line, col } = file.lineCounter.linePos(offset);
  return { file: file.path, line, column: col };
}

/**
 * Where `node` starts and ends. yaml's value end of a block collection or
 * block scalar lies after its final line break; the span stops before it, so
 * a one-line value ends on its own line. Constant time: no scan of the text.
 */
export function nodePosition(file: SourceFile, node: Node | null | undefined): Span | undefined {
  const range = node?.range;
  if (!range) return undefined;
  const [start] = range;
  let end = Math.max(start, range[1]);
  if (end > start && file.text.charCodeAt(end - 1) === 10) end--;
  if (end > start && file.text.charCodeAt(end - 1) === 13) end--;
  const from = positionAt(file, start);
  const to = file.lineCounter.linePos(end);
  return { ...from, endLine: to.line, endColumn: to.col };
}

/**
 * The node at `path` below `root`, or the deepest node on the way when the
 * path does not resolve all the way. With `key`, the last segment's key node
 * (used for "unknown field" findings, which point at the key).
 */
export function findNode(root: Node | null | undefined, path: readonly PathSegment[], key = false): Node | undefined {
  let node: Node | null | undefined = root;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return node;
      if (last && key) return pair.key as Node; // a Scalar: the find above checked it
      node = (pair.value as Node | null) ?? (pair.key as Node);
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) return node;
      node = item;
    } else {
      return node ?? undefined;
    }
  }
  return node ?? undefined;
}
