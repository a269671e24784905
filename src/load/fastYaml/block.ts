/**
 * The block structure of one document, line by line: mappings (`key: value`),
 * sequences (`- item`, also at the key's own indent), scalars and one-line
 * flow collections as values, `#` comments. Iterative with an explicit
 * stack of open collections (at most MAX_DEPTH), so it is linear in the text
 * and cannot overflow. Every shape outside that subset throws Bail.
 */
import type { PosMap, PosNode, PosScalar, PosSeq } from '../skeleton.js';
import { isBadPlainStart, readFlow } from './flow.js';
import { addPair, DOUBLE, keyString, NO_MAP, NO_SCALAR, NO_SEQ, PLAIN, scalarNode, SINGLE, type Read, type ScalarValue } from './node.js';
import { readDoubleQuoted, readSingleQuoted, resolvePlain } from './scalars.js';
import { COLON, DASH, HASH, SPACE } from './chars.js';

/** Thrown where the fast path stops: the caller parses the file with `yaml` instead. */
export class Bail extends Error {}
function bail(): never {
  throw new Bail();
}

/** Open collections a document may nest; deeper ones go to `yaml` (which also bounds them). */
const MAX_DEPTH = 64;
/** yaml (strict) rejects an implicit key longer than 1024 characters: leave long keys to it. */
const MAX_KEY = 1000;

interface Frame {
  isMap: boolean;
  /** Column of the keys or dashes. */
  indent: number;
  obj: Record<string, unknown>;
  arr: unknown[];
  node: PosMap | PosSeq;
  /** A key waiting for its value. */
  pending: boolean;
  key: string;
  /** Where yaml places the value of a key written with none (after `:` and its spaces). */
  emptyAt: number;
  /** A comment came after the pending key: an empty value would carry it in its range; bail. */
  commented: boolean;
  /** yaml's range[2] of the last value: the collection's end. */
  end: number;
  /** Comment lines after the last value that no later item has taken yet (yaml's comment-only item). */
  trivia: boolean;
  /** The deepest column among them: yaml keeps them in this collection (in its range) when it is ≥ the indent. */
  triviaCol: number;
  /** Where they end (after their last line and any blank lines after it). */
  triviaEnd: number;
}

/** What a line's node is: a key (up to its `:`), or a value that fills the line. */
type LineNode = { key: true; value: ScalarValue; node: PosScalar; colon: number } | { key: false; read: Read };

export class BlockDoc {
  private readonly stack: Frame[] = [];
  rootValue: unknown = undefined;
  rootNode: PosNode | undefined = undefined;
  private rootDone = false;

  private readonly colons: NextChar;
  private readonly hashes: NextChar;

  /** `skeleton`: false reads the values only (NO_* in place of every node; see fastYaml/index.ts). */
  constructor(
    private readonly text: string,
    private readonly skeleton = true,
  ) {
    this.colons = new NextChar(text, ':');
    this.hashes = new NextChar(text, '#');
  }

  get hasContent(): boolean {
    return this.rootDone || this.stack.length > 0;
  }

  /** A content line: `p` its first non-space offset, `col` its column, `next` the start of the next line. */
  line(p: number, col: number, lineEnd: number, next: number): void {
    const text = this.text;
    const stack = this.stack;
    const dash = text.charCodeAt(p) === DASH && (p + 1 >= lineEnd || text.charCodeAt(p + 1) === SPACE);
    // This line's indentation joins comment lines waiting in the innermost collection (yaml's space token).
    const waiting = stack[stack.length - 1];
    if (waiting?.trivia) waiting.triviaEnd = p;
    for (;;) {
      const top = stack[stack.length - 1];
      if (!top) {
        if (this.rootDone || col !== 0) bail();
        this.blockNode(p, col, lineEnd, next);
        return;
      }
      if (col > top.indent) {
        if (!top.pending) bail(); // a continuation line, or an indent yaml rejects
        this.blockNode(p, col, lineEnd, next);
        return;
      }
      if (col === top.indent) {
        if (top.isMap) {
          this.continued(top);
          if (top.pending && dash) {
            this.blockNode(p, col, lineEnd, next); // `key:` then `- item` at the key's indent
            return;
          }
          if (top.pending) this.fillEmpty(top);
          this.keyLine(top, p, lineEnd, next);
          return;
        }
        if (dash) {
          this.continued(top);
          this.seqEntry(top, p, lineEnd, next);
          return;
        }
      }
      this.close();
    }
  }

  /**
   * A comment line at column `col` after content, as yaml's parser files it: after a key with no value
   * yet it belongs to that value (an empty value would carry it in its range: fillEmpty bails); one
   * indented deeper than the collection right after a value extends that value's range to the line's
   * end; any other is a comment-only item that the next key or item takes over, or that stays in the
   * collection's range when it closes (see close).
   */
  comment(col: number, next: number): void {
    const top = this.stack[this.stack.length - 1];
    if (!top) return; // after a root scalar: the document's end
    if (top.pending) top.commented = true;
    else if (!top.trivia && col > top.indent) top.end = next;
    else {
      top.triviaCol = top.trivia ? Math.max(top.triviaCol, col) : col;
      top.trivia = true;
      top.triviaEnd = next;
    }
  }

  /** A blank line after content: it joins comment lines waiting in the innermost collection. */
  blank(next: number): void {
    const top = this.stack[this.stack.length - 1];
    if (top?.trivia) top.triviaEnd = next;
  }

  /** Close every open collection: the document ends. */
  finish(): void {
    while (this.stack.length) this.close();
  }

  private attach(value: unknown, node: PosNode, end: number): void {
    const top = this.stack[this.stack.length - 1];
    if (!top) {
      this.rootValue = value;
      this.rootNode = node;
      this.rootDone = true;
      return;
    }
    if (top.isMap) {
      if (!addPair(top.obj, top.key, value)) bail();
      if (this.skeleton) (top.node as PosMap).vals.push(node);
    } else {
      top.arr.push(value);
      if (this.skeleton) (top.node as PosSeq).items.push(node);
    }
    top.pending = false;
    top.end = end;
  }

  /** A key or item at a collection's indent takes over the comment lines before it (out of every range). */
  private continued(frame: Frame): void {
    frame.trivia = false;
  }

  /** A key written with no value: null, placed where yaml places an empty scalar. */
  private fillEmpty(top: Frame): void {
    if (top.commented || !top.isMap) bail();
    this.attach(null, this.skeleton ? scalarNode(top.emptyAt, top.emptyAt, null, PLAIN) : NO_SCALAR, top.emptyAt);
  }

  /**
   * Close the innermost collection. Comment lines waiting at its end stay in its range when one of them
   * is at or beyond its indent (yaml's parser keeps them; an indent of 0 never does), else they move
   * on to the enclosing collection, which decides the same way when it closes.
   */
  private close(): void {
    const top = this.stack[this.stack.length - 1]!;
    if (top.pending) this.fillEmpty(top);
    this.stack.pop();
    if (this.skeleton) top.node.e = top.end;
    let end = top.end;
    const parent = this.stack[this.stack.length - 1];
    if (top.trivia) {
      if (top.indent !== 0 && top.triviaCol >= top.indent) end = top.triviaEnd;
      else if (parent) {
        parent.trivia = true;
        parent.triviaCol = top.triviaCol;
        parent.triviaEnd = top.triviaEnd;
      }
    }
    this.attach(top.isMap ? top.obj : top.arr, top.node, end);
  }

  private push(isMap: boolean, indent: number, s: number): Frame {
    if (this.stack.length >= MAX_DEPTH) bail();
    const node: PosMap | PosSeq = !this.skeleton
      ? isMap
        ? NO_MAP
        : NO_SEQ
      : isMap
        ? { s, e: s, keys: [], vals: [] }
        : { s, e: s, items: [] };
    const frame: Frame = {
      isMap,
      indent,
      obj: {},
      arr: [],
      node,
      pending: false,
      key: '',
      emptyAt: 0,
      commented: false,
      end: s,
      trivia: false,
      triviaCol: 0,
      triviaEnd: 0,
    };
    this.stack.push(frame);
    return frame;
  }

  /** A node starting at `p` where a value is expected: a sequence, a mapping, or a one-line value. */
  private blockNode(p: number, col: number, lineEnd: number, next: number): void {
    const text = this.text;
    if (text.charCodeAt(p) === DASH && (p + 1 >= lineEnd || text.charCodeAt(p + 1) === SPACE)) {
      this.seqEntry(this.push(false, col, p), p, lineEnd, next);
      return;
    }
    const found = this.lineNode(p, lineEnd);
    if (found.key) this.afterKey(this.push(true, col, p), found, lineEnd, next);
    else this.attach(found.read.value, found.read.node, next);
  }

  /** `- …` at `p`: the item starts after the dash and its spaces. */
  private seqEntry(seq: Frame, p: number, lineEnd: number, next: number): void {
    const text = this.text;
    let j = p + 1;
    while (j < lineEnd && text.charCodeAt(j) === SPACE) j++;
    if (j >= lineEnd || text.charCodeAt(j) === HASH) bail(); // an item on the lines below, or empty
    seq.pending = true;
    this.blockNode(j, seq.indent + (j - p), lineEnd, next); // the dash is at the sequence's indent
  }

  private keyLine(map: Frame, p: number, lineEnd: number, next: number): void {
    const found = this.lineNode(p, lineEnd);
    if (!found.key) bail(); // a value where the mapping's next key belongs
    this.afterKey(map, found, lineEnd, next);
  }

  private afterKey(map: Frame, found: Extract<LineNode, { key: true }>, lineEnd: number, next: number): void {
    const text = this.text;
    const key = keyString(found.value);
    if (Object.hasOwn(map.obj, key)) bail();
    if (this.skeleton) (map.node as PosMap).keys.push(found.node);
    map.key = key;
    map.pending = true;
    map.commented = false;
    let j = found.colon + 1;
    while (j < lineEnd && text.charCodeAt(j) === SPACE) j++;
    map.emptyAt = j;
    if (j >= lineEnd) return;
    const c = text.charCodeAt(j);
    if (c === HASH) {
      map.commented = true;
      return;
    }
    if (c === DASH && (j + 1 >= lineEnd || text.charCodeAt(j + 1) === SPACE)) bail(); // `key: - a` is an error
    const value = this.lineNode(j, lineEnd);
    if (value.key) bail(); // `a: b: c`
    this.attach(value.read.value, value.read.node, next);
  }

  /** What starts at `p`: a key (its `:` followed by a space or the line's end) or a value that ends the line. */
  private lineNode(p: number, lineEnd: number): LineNode {
    const text = this.text;
    const c = text.charCodeAt(p);
    let read: Read | undefined;
    let quoted: { value: string; node: PosScalar; end: number } | undefined;
    if (c === 91 || c === 123) read = readFlow(text, p, lineEnd, this.skeleton);
    else if (c === 34 || c === 39) {
      const q = c === 34 ? readDoubleQuoted(text, p, lineEnd) : readSingleQuoted(text, p, lineEnd);
      if (q) {
        const node = this.skeleton ? scalarNode(p, q.end, q.value, c === 34 ? DOUBLE : SINGLE) : NO_SCALAR;
        read = quoted = { value: q.value, node, end: q.end };
      }
    } else return this.plain(p, lineEnd);
    if (!read) return bail();
    let i = read.end;
    while (i < lineEnd && text.charCodeAt(i) === SPACE) i++;
    if (i < lineEnd && text.charCodeAt(i) === COLON && (i + 1 >= lineEnd || text.charCodeAt(i + 1) === SPACE)) {
      if (!quoted) return bail(); // a flow collection as a key
      return { key: true, value: quoted.value, node: quoted.node, colon: i };
    }
    endOfLine(text, read.end, i, lineEnd);
    return { key: false, read };
  }

  /** A plain scalar in block context: a key if a `: ` (or `:` at the end) follows, else a value to the comment or line end. */
  private plain(p: number, lineEnd: number): LineNode {
    const text = this.text;
    const first = text.charCodeAt(p);
    if (isBadPlainStart(first)) bail();
    // `- ` / `? ` / `: ` are indicators (a sequence item where a key belongs is an error)
    if ((first === DASH || first === 63 || first === COLON) && (p + 1 >= lineEnd || text.charCodeAt(p + 1) === SPACE)) bail();
    // A comment starts at a `#` after a space; the key ends at a `:` before a space or the line's end.
    let hash = this.hashes.from(p);
    while (hash < lineEnd && text.charCodeAt(hash - 1) !== SPACE) hash = this.hashes.from(hash + 1);
    const stop = hash < lineEnd ? hash - 1 : lineEnd;
    let colon = -1;
    let inner = false;
    for (let c = this.colons.from(p); c < stop; c = this.colons.from(c + 1)) {
      if (c + 1 >= lineEnd || text.charCodeAt(c + 1) === SPACE) {
        colon = c;
        break;
      }
      inner = true;
    }
    let last = colon >= 0 ? colon : stop;
    while (last > p && text.charCodeAt(last - 1) === SPACE) last--;
    const value = resolvePlain(text.slice(p, last));
    const node = this.skeleton ? scalarNode(p, last, value, PLAIN) : NO_SCALAR;
    if (colon >= 0) {
      if (inner || colon - p > MAX_KEY) bail();
      return { key: true, value, node, colon };
    }
    return { key: false, read: { value, node, end: last } };
  }
}

/** After a value only spaces and a comment (after a space) may follow on its line. */
function endOfLine(text: string, end: number, i: number, lineEnd: number): void {
  if (i < lineEnd && (text.charCodeAt(i) !== HASH || i === end)) bail();
}

/**
 * The next occurrence of one character at or after an offset, remembered: the reader asks with offsets
 * that only grow, so each search resumes where the last one found something and the whole text is
 * searched about once (a plain `indexOf` per line could run to the end of the file every time).
 */
class NextChar {
  private asked = 0;
  private at = -1;

  constructor(
    private readonly text: string,
    private readonly char: string,
  ) {}

  /** The offset of the first occurrence at or after `offset`, or the text's length when there is none. */
  from(offset: number): number {
    if (offset < this.asked || this.at < offset) {
      const i = this.text.indexOf(this.char, offset);
      this.at = i === -1 ? this.text.length : i;
    }
    this.asked = offset;
    return this.at;
  }
}
