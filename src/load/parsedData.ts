/**
 * A parsed file as plain data, without its text: what a parse worker sends
 * back and what the `--cache` file keeps. The text is decoded again from the
 * bytes (which were read anyway), and the line starts are kept only when they
 * are not the ones the text gives. `checkParsedData` is the gate for data
 * that comes from outside this thread: a cache file is untrusted input, so
 * anything that is not exactly the shape a parse produces is refused.
 */
import { lazyDocs } from './fastYaml/index.js';
import { LineIndex } from './lineIndex.js';
import type { ParsedFile } from './parse.js';
import type { PosNode } from './skeleton.js';
import type { Comment, LoadedDoc, RawFinding, SourceFile, UnparsedDoc } from './types.js';

export interface ParsedData {
  docs: LoadedDoc[];
  comments: Comment[];
  unparsed: UnparsedDoc[];
  findings: RawFinding[];
  /** The lexer's line starts, or null when they are the text's (LineIndex.fromText). */
  lineStarts: number[] | null;
}

export function toParsedData(parsed: ParsedFile): ParsedData {
  const { file, findings } = parsed;
  const starts = file.lineCounter;
  return {
    // Plain objects, each with its skeleton (a document read by the fast path builds it on first use).
    docs: file.docs.map(({ root, offset, value, index }) => ({ root, offset, value, index })),
    comments: file.comments,
    unparsed: file.unparsed,
    findings,
    lineStarts: starts.matchesText(file.text) ? null : starts.lineStarts,
  };
}

export function fromParsedData(data: ParsedData, text: string, path: string): ParsedFile {
  const file: SourceFile = {
    path,
    text,
    lineCounter: data.lineStarts ? new LineIndex(data.lineStarts) : LineIndex.fromText(text),
    docs: data.docs,
    comments: data.comments,
    unparsed: data.unparsed,
  };
  return { file, findings: data.findings };
}

/**
 * A file the fast reader took, as a parse worker sends it: each document's offset and value, nothing
 * else. Such a file has no findings, no comments kept (suppression comments are left to `yaml`), no
 * document left out, and the line starts its text gives; the receiving thread builds the skeletons
 * from the text on first use (fastYaml's lazyDocs), as a parse on its own thread would. A skeleton
 * is as big as the values and a clean org never reads one: sending it cost more than parsing.
 */
export interface FastData {
  offsets: number[];
  values: unknown[];
}

/** The documents of `parsed`, a fast-reader parse, as FastData (their skeletons are not built). */
export function toFastData(parsed: ParsedFile): FastData {
  const { docs } = parsed.file;
  return { offsets: docs.map((d) => d.offset), values: docs.map((d) => d.value) };
}

export function fromFastData(data: FastData, text: string, path: string): ParsedFile {
  const file: SourceFile = {
    path,
    text,
    lineCounter: LineIndex.whenAsked(text),
    docs: lazyDocs(text, data.offsets, data.values),
    comments: [],
    unparsed: [],
  };
  return { file, findings: [] };
}

/** How deep a cached value or skeleton may nest: deeper documents are parsed again, never trusted. */
export const MAX_DEPTH = 256;

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}
function isOffset(v: unknown, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;
}
function isDenseArray(v: unknown): v is unknown[] {
  if (!Array.isArray(v) || Object.getPrototypeOf(v) !== Array.prototype) return false;
  for (let i = 0; i < v.length; i++) if (!(i in v)) return false;
  return true;
}
function hasOnly(o: Obj, keys: readonly string[]): boolean {
  const own = Object.keys(o);
  return own.length === keys.length && keys.every((k) => Object.hasOwn(o, k));
}

/**
 * How many nodes the checks may visit per character of the file: a document's value is at most its nodes
 * expanded by its aliases (bounded by MAX_ALIAS_COUNT), so a cached value that needs more (a shared object
 * reached along exponentially many paths, a cycle) is not a parse of this file.
 */
const VISITS_PER_CHAR = 2 * 100;

/** A budget of node visits, shared by the checks of one file. */
interface Budget {
  left: number;
}

/** A value as `toJS` gives it: null, booleans, numbers, strings, plain arrays and plain objects, nested at most MAX_DEPTH. */
function isJsValue(root: unknown, budget: Budget): boolean {
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length) {
    if (--budget.left < 0) return false;
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') continue;
    if (depth >= MAX_DEPTH) return false;
    if (isDenseArray(v)) for (const x of v) stack.push([x, depth + 1]);
    else if (isObj(v)) for (const k of Object.keys(v)) stack.push([v[k], depth + 1]);
    else return false;
  }
  return true;
}

function isScalarSkel(o: Obj): boolean {
  return hasOnly(o, ['s', 'e', 'v', 'q']) && typeof o.v === 'string' && (o.q === 0 || o.q === 1 || o.q === 2);
}

/** A skeleton (load/skeleton.ts) whose offsets all lie within a text of `max` characters. */
function isSkeleton(root: unknown, max: number, budget: Budget): root is PosNode {
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length) {
    if (--budget.left < 0) return false;
    const [v, depth] = stack.pop()!;
    if (!isObj(v) || depth > MAX_DEPTH || !isOffset(v.s, max) || !isOffset(v.e, max)) return false;
    if ('v' in v) {
      if (!isScalarSkel(v)) return false;
    } else if ('keys' in v) {
      const { keys, vals } = v;
      if (!hasOnly(v, ['s', 'e', 'keys', 'vals']) || !isDenseArray(keys) || !isDenseArray(vals) || keys.length !== vals.length)
        return false;
      for (const k of keys) if (k !== null && !(isObj(k) && isScalarSkel(k) && isOffset(k.s, max) && isOffset(k.e, max))) return false;
      for (const x of vals) if (x !== null) stack.push([x, depth + 1]);
    } else if ('items' in v) {
      if (!hasOnly(v, ['s', 'e', 'items']) || !isDenseArray(v.items)) return false;
      for (const x of v.items) stack.push([x, depth + 1]);
    } else if (!hasOnly(v, ['s', 'e'])) return false;
  }
  return true;
}

function isStringList(v: unknown): v is string[] {
  return isDenseArray(v) && v.every((x) => typeof x === 'string');
}

const FINDING_KEYS = new Set(['rule', 'message', 'file', 'line', 'column']);

/** The findings a parse makes: `yaml-syntax` ones at a line and column of this file. */
function isParseFinding(v: unknown, path: string): boolean {
  return (
    isObj(v) &&
    Object.keys(v).every((k) => FINDING_KEYS.has(k)) &&
    v.rule === 'yaml-syntax' &&
    typeof v.message === 'string' &&
    v.file === path &&
    isOffset(v.line, Number.MAX_SAFE_INTEGER) &&
    isOffset(v.column, Number.MAX_SAFE_INTEGER)
  );
}

/**
 * `data` when it has exactly the shape toParsedData gives for a file of
 * `textLength` characters shown as `path`, else undefined (the file is parsed
 * again). Iterative throughout: a hostile nesting cannot overflow the stack.
 */
export function checkParsedData(data: unknown, textLength: number, path: string): ParsedData | undefined {
  if (!isObj(data) || !hasOnly(data, ['docs', 'comments', 'unparsed', 'findings', 'lineStarts'])) return undefined;
  const { docs, comments, unparsed, findings, lineStarts } = data;
  if (!isDenseArray(docs) || !isDenseArray(comments) || !isDenseArray(unparsed) || !isDenseArray(findings)) return undefined;
  const budget: Budget = { left: VISITS_PER_CHAR * (textLength + 64) };
  for (const d of docs) {
    if (!isObj(d) || !hasOnly(d, ['root', 'offset', 'value', 'index'])) return undefined;
    if (
      !isOffset(d.offset, textLength) ||
      !isOffset(d.index, textLength) ||
      !isSkeleton(d.root, textLength, budget) ||
      !isJsValue(d.value, budget)
    )
      return undefined;
  }
  for (const c of comments)
    if (
      !isObj(c) ||
      !hasOnly(c, ['text', 'line', 'column']) ||
      typeof c.text !== 'string' ||
      !isOffset(c.line, textLength + 1) ||
      !isOffset(c.column, textLength + 1)
    )
      return undefined;
  for (const u of unparsed)
    if (
      !isObj(u) ||
      !(hasOnly(u, ['offset', 'ids']) || (hasOnly(u, ['offset', 'ids', 'kind']) && typeof u.kind === 'string')) ||
      !isOffset(u.offset, textLength) ||
      !isStringList(u.ids)
    )
      return undefined;
  for (const f of findings) if (!isParseFinding(f, path)) return undefined;
  if (lineStarts !== null) {
    if (!isDenseArray(lineStarts) || lineStarts.length > textLength + 2) return undefined;
    let previous = -1;
    for (const s of lineStarts) {
      if (!isOffset(s, textLength) || s < previous) return undefined;
      previous = s;
    }
  }
  return data as unknown as ParsedData;
}
