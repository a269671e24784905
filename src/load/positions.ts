/**
 * Turning YAML nodes into file:line:col. Positions come from the nodes' own
 * ranges and the file's LineCounter — never from searching the text.
 */
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { Position, SourceFile } from './types.js';

export type PathSegment = string | number;

export function positionAt(file: SourceFile, offset: number): Position {
  const { line, col } = file.lineCounter.linePos(offset);
  return { file: file.path, line, column: col };
}

export function nodePosition(file: SourceFile, node: Node | null | undefined): Position | undefined {
  const range = node?.range;
  return range ? positionAt(file, range[0]) : undefined;
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
      if (last && key) return (pair.key as Node) ?? node;
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
