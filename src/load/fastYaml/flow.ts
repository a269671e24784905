/**
 * Flow collections (`[a, b]`, `{name: x, email: y}`) written on one line, the
 * way org files list holders, kpis and next steps. Nested at most
 * MAX_FLOW_DEPTH; an empty entry, an implicit pair in a sequence, a missing
 * value, a comment or a line break inside: undefined (the caller bails).
 */
import type { PosNode, PosScalar } from '../skeleton.js';
import { addPair, DOUBLE, keyString, NO_MAP, NO_SCALAR, NO_SEQ, PLAIN, scalarNode, SINGLE, type Read, type ScalarRead } from './node.js';
import { readDoubleQuoted, readSingleQuoted, resolvePlain } from './scalars.js';
import { CLOSE_MAP, CLOSE_SEQ, COLON, COMMA, HASH, OPEN_MAP, OPEN_SEQ, SPACE } from './chars.js';

const MAX_FLOW_DEPTH = 32;

function isFlowIndicator(ch: number): boolean {
  return ch === COMMA || ch === OPEN_SEQ || ch === CLOSE_SEQ || ch === OPEN_MAP || ch === CLOSE_MAP;
}

/** Characters no plain scalar may start with (yaml reads them as indicators, or rejects them). */
export function isBadPlainStart(ch: number): boolean {
  // , [ ] { } # & * ! | > ' " % @ `
  return (
    isFlowIndicator(ch) ||
    ch === HASH ||
    ch === 38 ||
    ch === 42 ||
    ch === 33 ||
    ch === 124 ||
    ch === 62 ||
    ch === 39 ||
    ch === 34 ||
    ch === 37 ||
    ch === 64 ||
    ch === 96
  );
}

function skipSpaces(text: string, i: number, lineEnd: number): number {
  while (i < lineEnd && text.charCodeAt(i) === SPACE) i++;
  return i;
}

/** A plain scalar inside a flow collection: up to a flow indicator, or a `:` that separates a key. */
function readFlowPlain(text: string, p: number, lineEnd: number, skeleton: boolean): ScalarRead | undefined {
  const first = text.charCodeAt(p);
  if (isBadPlainStart(first)) return undefined;
  if (first === 45 || first === 63 || first === COLON) {
    const next = p + 1 < lineEnd ? text.charCodeAt(p + 1) : SPACE;
    if (next === SPACE || isFlowIndicator(next)) return undefined;
  }
  let last = p;
  let i = p;
  for (; i < lineEnd; i++) {
    const ch = text.charCodeAt(i);
    if (ch === COLON) {
      const next = i + 1 < lineEnd ? text.charCodeAt(i + 1) : SPACE;
      if (next === SPACE || isFlowIndicator(next)) break;
      last = i + 1;
    } else if (ch === SPACE) {
      if (i + 1 < lineEnd && text.charCodeAt(i + 1) === HASH) return undefined;
    } else if (isFlowIndicator(ch)) break;
    else last = i + 1;
  }
  const value = resolvePlain(text.slice(p, last));
  return { value, node: skeleton ? scalarNode(p, last, value, PLAIN) : NO_SCALAR, end: last };
}

/** A scalar in flow context: quoted or plain. `skeleton`: false reads the value only (see block.ts). */
export function readFlowScalar(text: string, p: number, lineEnd: number, skeleton = true): ScalarRead | undefined {
  const ch = text.charCodeAt(p);
  if (ch === 34) {
    const q = readDoubleQuoted(text, p, lineEnd);
    return q && { value: q.value, node: skeleton ? scalarNode(p, q.end, q.value, DOUBLE) : NO_SCALAR, end: q.end };
  }
  if (ch === 39) {
    const q = readSingleQuoted(text, p, lineEnd);
    return q && { value: q.value, node: skeleton ? scalarNode(p, q.end, q.value, SINGLE) : NO_SCALAR, end: q.end };
  }
  return readFlowPlain(text, p, lineEnd, skeleton);
}

function readItem(text: string, p: number, lineEnd: number, depth: number, skeleton: boolean): Read | undefined {
  const ch = text.charCodeAt(p);
  if (ch === OPEN_SEQ || ch === OPEN_MAP) return readFlow(text, p, lineEnd, skeleton, depth + 1);
  return readFlowScalar(text, p, lineEnd, skeleton);
}

/** The offset after `,` (and spaces) or at the closing bracket, or -1 when neither follows an entry. */
function afterEntry(text: string, i: number, lineEnd: number, close: number): number {
  i = skipSpaces(text, i, lineEnd);
  const ch = text.charCodeAt(i);
  if (i >= lineEnd) return -1;
  if (ch === close) return i;
  if (ch !== COMMA) return -1;
  return skipSpaces(text, i + 1, lineEnd);
}

/** `[…]` or `{…}` starting at `start`, closed on the same line. `skeleton`: false reads the value only. */
export function readFlow(text: string, start: number, lineEnd: number, skeleton = true, depth = 0): Read | undefined {
  if (depth > MAX_FLOW_DEPTH) return undefined;
  const isSeq = text.charCodeAt(start) === OPEN_SEQ;
  const close = isSeq ? CLOSE_SEQ : CLOSE_MAP;
  let i = skipSpaces(text, start + 1, lineEnd);
  if (isSeq) {
    const values: unknown[] = [];
    const items: PosNode[] | undefined = skeleton ? [] : undefined;
    while (i < lineEnd && text.charCodeAt(i) !== close) {
      const item = readItem(text, i, lineEnd, depth, skeleton);
      if (!item) return undefined;
      const after = skipSpaces(text, item.end, lineEnd);
      if (text.charCodeAt(after) === COLON) return undefined; // `[a: 1]` is a pair inside the sequence
      values.push(item.value);
      items?.push(item.node);
      i = afterEntry(text, after, lineEnd, close);
      if (i < 0) return undefined;
    }
    if (i >= lineEnd) return undefined;
    return { value: values, node: items ? { s: start, e: i + 1, items } : NO_SEQ, end: i + 1 };
  }
  const obj: Record<string, unknown> = {};
  // Without the skeleton nothing is collected for it (no lists per flow mapping).
  const keys: PosScalar[] | undefined = skeleton ? [] : undefined;
  const vals: PosNode[] | undefined = skeleton ? [] : undefined;
  while (i < lineEnd && text.charCodeAt(i) !== close) {
    const key = readFlowScalar(text, i, lineEnd, skeleton);
    if (!key) return undefined;
    i = skipSpaces(text, key.end, lineEnd);
    if (text.charCodeAt(i) !== COLON || i + 1 >= lineEnd || text.charCodeAt(i + 1) !== SPACE) return undefined;
    i = skipSpaces(text, i + 1, lineEnd);
    const c = text.charCodeAt(i);
    if (i >= lineEnd || c === COMMA || c === close) return undefined; // `{a: }`: an empty value
    const value = readItem(text, i, lineEnd, depth, skeleton);
    if (!value || !addPair(obj, keyString(key.value), value.value)) return undefined;
    keys?.push(key.node);
    vals?.push(value.node);
    i = afterEntry(text, value.end, lineEnd, close);
    if (i < 0) return undefined;
  }
  if (i >= lineEnd) return undefined;
  return { value: obj, node: keys && vals ? { s: start, e: i + 1, keys, vals } : NO_MAP, end: i + 1 };
}
