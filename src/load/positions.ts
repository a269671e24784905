/**
 * Turning YAML nodes into file:line:col spans. Positions come from the nodes'
 * own ranges (kept in the document's skeleton, load/skeleton.ts) and the
 * file's line index — never from searching the text.
 */
import { isPosMap, isPosSeq, type PosNode } from './skeleton.js';
import type { LoadedDoc, PathSegment, Position, SourceFile, Span } from './types.js';

export type { PathSegment } from './types.js';

/**
 * A node not looked up yet: what findNode finds at `path` below `doc`'s root. The model keeps these for
 * its entities, so a document's skeleton (built on first use; fastYaml/index.ts) is built only when a
 * position is asked for.
 */
export interface LazyNode {
  doc: LoadedDoc;
  path: readonly PathSegment[];
}

/** A node, or one to look up when needed: what every position function here takes. */
export type NodeRef = PosNode | LazyNode;

function isLazy(ref: NodeRef): ref is LazyNode {
  return 'doc' in ref;
}

/** The root of `doc`, as a node looked up when needed. */
export function docNode(doc: LoadedDoc): LazyNode {
  return { doc, path: [] };
}

/** The node at `path` below `ref` (findNode's node, or `ref` itself when findNode finds none), looked up when needed. */
export function childNode(ref: NodeRef, path: readonly PathSegment[]): NodeRef {
  return isLazy(ref) ? { doc: ref.doc, path: [...ref.path, ...path] } : (findNode(ref, path) ?? ref);
}

/** The node `ref` stands for. */
export function resolveNode(ref: NodeRef): PosNode;
export function resolveNode(ref: NodeRef | null | undefined): PosNode | undefined;
export function resolveNode(ref: NodeRef | null | undefined): PosNode | undefined {
  if (!ref) return undefined;
  if (!isLazy(ref)) return ref;
  const root = ref.doc.root;
  return ref.path.length ? (findNode(root, ref.path) ?? root) : root;
}

/**
 * Where findNode(ref, path, key) starts, as an offset. A document read without its skeleton says from its
 * text when it can (fastYaml/locate.ts): a diff's JSON report needs one node of each changed file, and
 * building the whole skeleton for it costs about twice the file's parse.
 */
export function nodeStart(ref: NodeRef, path: readonly PathSegment[], key = false): number | undefined {
  if (isLazy(ref) && ref.doc.startOf) {
    // `key` is about the last segment of `path`, never of the reference's own path.
    const at = ref.doc.startOf([...ref.path, ...path], key && path.length > 0, ref.path.length);
    if (at !== undefined) return at;
  }
  return findNode(ref, path, key)?.s;
}

export function positionAt(file: SourceFile, offset: number): Position {
  const { line, col } = file.lineCounter.linePos(offset);
  return { file: file.path, line, column: col };
}

/**
 * Where `node` starts and ends. yaml's value end of a block collection or
 * block scalar lies after its final line break; the span stops before it, so
 * a one-line value ends on its own line. Constant time: no scan of the text.
 */
export function nodePosition(file: SourceFile, ref: NodeRef | null | undefined): Span | undefined {
  const node = resolveNode(ref);
  if (!node) return undefined;
  const start = node.s;
  let end = Math.max(start, node.e);
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
export function findNode(root: NodeRef | null | undefined, path: readonly PathSegment[], key = false): PosNode | undefined {
  let node: PosNode | null | undefined = resolveNode(root);
  for (let i = 0; i < path.length; i++) {
    const seg = String(path[i]);
    const last = i === path.length - 1;
    if (isPosMap(node)) {
      const at = node.keys.findIndex((k) => k !== null && k.v === seg);
      if (at === -1) return node;
      const keyNode: PosNode = node.keys[at]!;
      if (last && key) return keyNode;
      node = node.vals[at] ?? keyNode;
    } else if (isPosSeq(node) && typeof path[i] === 'number') {
      const item: PosNode | undefined = node.items[path[i] as number];
      if (!item) return node;
      node = item;
    } else {
      return node ?? undefined;
    }
  }
  return node ?? undefined;
}
