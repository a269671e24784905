/**
 * Where one node of a document starts, read from the text without building
 * the document's skeleton: the offset `findNode(root, path, key).s` gives
 * (load/positions.ts). A diff's JSON report gives each change's line on each
 * side, and a restructure changes about one role per file: building the
 * skeletons of every changed file on both sides cost about twice their parse,
 * for one node each.
 *
 * Only for a text fastParse read without bailing. Its structure is then its
 * lines' indentation — block mappings and sequences, one-line scalars and
 * one-line flow collections, comment and blank lines — so a walk down the
 * lines finds a node where the block reader (block.ts) would have put it:
 * a mapping starts at its first key, a sequence at its first dash, an item
 * after its dash and spaces, a value after its key's `:` and spaces, an empty
 * value where yaml places an empty scalar. A path into a flow collection reads
 * that one line's skeleton. Held against the skeleton on every node of
 * generated orgs and thousands of mutated files (tests/load/locate.test.ts).
 */
import { findNode } from '../positions.js';
import type { PathSegment } from '../types.js';
import { readFlow } from './flow.js';
import { keyString } from './node.js';
import { readDoubleQuoted, readSingleQuoted, resolvePlain } from './scalars.js';
import { COLON, DASH, DOUBLE_QUOTE, HASH, NEWLINE, OPEN_MAP, OPEN_SEQ, SINGLE_QUOTE, SPACE } from './chars.js';

/** A found start, and how far into the text the walk read (a caller bounds its total: see Skeletons.startOf). */
export interface Located {
  at: number | undefined;
  read: number;
}

/** The content line being read: `p` where its node starts (after a dash, for an item), `col` that node's column. */
class Cursor {
  p = 0;
  col = 0;
  lineEnd = 0;
  next = 0;
  done = false;

  constructor(private readonly text: string) {}

  /** Move to the content line that starts at or after `from` (skipping blank and comment lines); done at the document's end. */
  seek(from: number): void {
    const text = this.text;
    for (let start = from; start < text.length;) {
      let lineEnd = text.indexOf('\n', start);
      if (lineEnd === -1) lineEnd = text.length;
      let p = start;
      while (p < lineEnd && text.charCodeAt(p) === SPACE) p++;
      if (p < lineEnd && text.charCodeAt(p) !== HASH) {
        // `---` at the start of a line begins the next document (anything else starting so was declined).
        if (p === start && text.startsWith('---', p)) break;
        this.p = p;
        this.col = p - start;
        this.lineEnd = lineEnd;
        this.next = lineEnd < text.length ? lineEnd + 1 : lineEnd;
        return;
      }
      start = lineEnd + 1;
    }
    this.done = true;
    this.next = text.length;
  }

  /** The next content line whose column is at most `col`: lines indented deeper belong to the value being skipped. */
  skipDeeperThan(col: number): void {
    do this.seek(this.next);
    while (!this.done && this.col > col);
  }

  /** Whether the document has no more content lines (methods, not fields: each move changes them). */
  ended(): boolean {
    return this.done;
  }

  column(): number {
    return this.col;
  }

  /** Step into the item after a dash: its node starts at `p`, on the dash's line. */
  enterItem(p: number): void {
    this.col += p - this.p;
    this.p = p;
  }

  dash(): boolean {
    return this.text.charCodeAt(this.p) === DASH && (this.p + 1 >= this.lineEnd || this.text.charCodeAt(this.p + 1) === SPACE);
  }
}

/** The key that starts at `p` (its string as a property name, and its `:`), or undefined when a value starts there. */
function keyAt(text: string, p: number, lineEnd: number): { name: string; colon: number } | undefined {
  const c = text.charCodeAt(p);
  if (c === OPEN_SEQ || c === OPEN_MAP) return undefined; // a flow collection is never a key in the fast subset
  if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
    const q = c === DOUBLE_QUOTE ? readDoubleQuoted(text, p, lineEnd) : readSingleQuoted(text, p, lineEnd);
    if (!q) return undefined;
    let i = q.end;
    while (i < lineEnd && text.charCodeAt(i) === SPACE) i++;
    const isKey = i < lineEnd && text.charCodeAt(i) === COLON && (i + 1 >= lineEnd || text.charCodeAt(i + 1) === SPACE);
    return isKey ? { name: q.value, colon: i } : undefined;
  }
  // A plain key ends at the first `:` before a space or the line's end; a ` #` before it starts a comment.
  for (let i = p; i < lineEnd; i++) {
    const ch = text.charCodeAt(i);
    if (ch === HASH && text.charCodeAt(i - 1) === SPACE) return undefined;
    if (ch === COLON && (i + 1 >= lineEnd || text.charCodeAt(i + 1) === SPACE)) {
      let last = i;
      while (last > p && text.charCodeAt(last - 1) === SPACE) last--;
      return { name: keyString(resolvePlain(text.slice(p, last))), colon: i };
    }
  }
  return undefined;
}

/** The start of the node findNode would reach from a one-line value at `p` (a scalar, or a flow collection read with its skeleton). */
function withinLine(text: string, p: number, lineEnd: number, rest: readonly PathSegment[], key: boolean): number | undefined {
  const c = text.charCodeAt(p);
  if (rest.length === 0 || (c !== OPEN_SEQ && c !== OPEN_MAP)) return p; // a scalar ends findNode's walk where it stands
  const read = readFlow(text, p, lineEnd, true);
  return read && findNode(read.node, rest, key)?.s;
}

/**
 * Where findNode(root, path, key) starts in the document at `docOffset` of `text` (a text fastParse read).
 * The first `strict` segments must all be found (an entity's own path); where one is not, `at` is undefined
 * and the caller asks the skeleton, which decides as findNode does.
 */
export function locateStart(text: string, docOffset: number, path: readonly PathSegment[], key: boolean, strict = 0): Located {
  const cur = new Cursor(text);
  const result = (at: number | undefined): Located => ({ at, read: Math.max(cur.next, docOffset) - docOffset });
  const marker = text.startsWith('---', docOffset) && (docOffset + 3 >= text.length || text.charCodeAt(docOffset + 3) === NEWLINE);
  cur.seek(marker ? docOffset + 4 : docOffset);
  if (cur.ended()) return result(marker && strict === 0 ? docOffset + 3 : undefined); // `---` alone: a null at its end

  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    const notFound = (start: number): Located => result(i < strict ? undefined : start);
    const start = cur.p;
    if (cur.dash()) {
      // A sequence at this column: items are the dashes at the same column.
      if (typeof seg !== 'number') return notFound(start);
      const col = cur.column();
      for (let n = 0; n < seg; n++) {
        cur.skipDeeperThan(col);
        if (cur.ended() || cur.column() !== col || !cur.dash()) return notFound(start);
      }
      let j = cur.p + 1;
      while (j < cur.lineEnd && text.charCodeAt(j) === SPACE) j++;
      cur.enterItem(j);
      continue;
    }
    const first = keyAt(text, cur.p, cur.lineEnd);
    if (!first) return result(i < strict ? undefined : withinLine(text, cur.p, cur.lineEnd, path.slice(i), key));
    // A mapping at this column: its keys are the lines at the same column that are not dashes (those are the
    // sequence a `key:` holds at its own indent).
    const col = cur.column();
    const name = String(seg);
    let found = first;
    while (found.name !== name) {
      do cur.skipDeeperThan(col);
      while (!cur.ended() && cur.column() === col && cur.dash());
      if (cur.ended() || cur.column() !== col) return notFound(start);
      const next = keyAt(text, cur.p, cur.lineEnd);
      if (!next) return result(undefined); // not in the fast subset after all: let the skeleton decide
      found = next;
    }
    if (last && key) return result(cur.p);
    let j = found.colon + 1;
    while (j < cur.lineEnd && text.charCodeAt(j) === SPACE) j++;
    if (j < cur.lineEnd && text.charCodeAt(j) !== HASH) {
      // The value is on the key's line.
      if (last) return result(j);
      return result(i + 1 < strict ? undefined : withinLine(text, j, cur.lineEnd, path.slice(i + 1), key));
    }
    const emptyAt = j;
    cur.seek(cur.next);
    // The value is on the lines below: indented deeper, or a sequence at the key's own column; else it is empty.
    if (cur.ended() || cur.column() < col || (cur.column() === col && !cur.dash())) return result(i + 1 < strict ? undefined : emptyAt);
  }
  return result(cur.p);
}
