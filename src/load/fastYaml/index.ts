/**
 * A fast path for the YAML that org files are made of, in one pass over the
 * text: block mappings and sequences, one-line scalars and flow collections,
 * comments, `---` between documents. It gives exactly what the `yaml`
 * package gives for such a text (values, skeleton ranges, document offsets),
 * and `undefined` for any text it does not fully read: then load/parse.ts
 * uses `yaml`, which also reports the errors. The `yaml` package builds a
 * token stream, a CST, a Document and then the JS values; this builds the
 * values and the skeleton directly, several times faster and with far less
 * garbage.
 */
import type { PosNode } from '../skeleton.js';
import type { LoadedDoc, PathSegment } from '../types.js';
import { Bail, BlockDoc } from './block.js';
import { locateStart } from './locate.js';
import { scalarNode, PLAIN } from './node.js';
import { DASH, DOT, HASH, PERCENT, SPACE } from './chars.js';

/**
 * Texts the fast path leaves to `yaml` at a glance: control characters
 * (tabs and CR included: their whitespace rules are subtle), NEL, the
 * Unicode line and paragraph separators, a BOM or non-characters, and
 * `orgctl-` (suppression comments are read from yaml's tokens).
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const LEAVE_TO_YAML = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|orgctl-/;

/** A text as the fast path read it: its documents and where its lines start (what LineIndex.fromText gives). */
export interface FastParse {
  docs: LoadedDoc[];
  lineStarts: number[];
}

/**
 * The documents of `text`, or undefined when the fast path does not read it (see LEAVE_TO_YAML and block.ts).
 *
 * `lazy` (the default) reads the values only and builds a document's skeleton when something asks for its
 * `root`: a finding's position, a fix, a diff's line numbers. The skeleton is a third of what an org's
 * model holds, and a clean org never looks at it; building it later reads the text again the same way, so
 * it is the skeleton the first read would have built. Once built, a file's skeletons are kept.
 */
export function fastParse(text: string, lazy = true): FastParse | undefined {
  if (LEAVE_TO_YAML.test(text)) return undefined;
  try {
    return parseDocs(text, lazy ? new Skeletons(text) : undefined);
  } catch (err) {
    if (err instanceof Bail) return undefined;
    throw err;
  }
}

/**
 * The documents of `text` as another thread's fastParse read them (a parse worker, load/pool.ts), from
 * their offsets and values only: each builds its skeleton from `text` on first use, as fastParse's own do,
 * so a worker never builds or sends one. `values[i]` is document i's (fastParse numbers them in order).
 */
export function lazyDocs(text: string, offsets: readonly number[], values: readonly unknown[]): LoadedDoc[] {
  const skeletons = new Skeletons(text);
  return values.map((value, index) => new LazyDoc(skeletons, offsets[index]!, value, index));
}

/** Whether `doc` was read without its skeleton and nothing has asked for it yet (for tests of the laziness). */
export function skeletonPending(doc: LoadedDoc): boolean {
  return doc instanceof LazyDoc && !doc.built;
}

/**
 * How much of its text a file may be walked to locate nodes before its skeletons are built instead: twice
 * the text. A few nodes of a file cost less to locate than its skeletons to build; many would cost a walk
 * each, so the total stays linear in the text.
 */
const LOCATE_BUDGET = 2;

/** The skeletons of one file's documents, read when the first of them is asked for. */
class Skeletons {
  private roots: PosNode[] | undefined;
  /** Characters walked by startOf so far. */
  private walked = 0;

  get built(): boolean {
    return this.roots !== undefined;
  }

  constructor(private readonly text: string) {}

  root(index: number): PosNode {
    // The same text read the same way: it cannot bail now (the read without skeleton did not).
    this.roots ??= parseDocs(this.text, undefined).docs.map((d) => d.root);
    return this.roots[index]!;
  }

  /** Where a node starts, read from the text while its skeleton is not built (locate.ts) and the walks stay within budget. */
  startOf(docOffset: number, path: readonly PathSegment[], key: boolean, strict: number): number | undefined {
    if (this.roots || this.walked > LOCATE_BUDGET * this.text.length) return undefined;
    const found = locateStart(this.text, docOffset, path, key, strict);
    this.walked += found.read;
    return found.at;
  }
}

/** A document read without its skeleton: `root` is built on first use (see fastParse). */
class LazyDoc implements LoadedDoc {
  constructor(
    private readonly skeletons: Skeletons,
    readonly offset: number,
    readonly value: unknown,
    readonly index: number,
  ) {}

  get root(): PosNode {
    return this.skeletons.root(this.index);
  }

  startOf(path: readonly PathSegment[], key: boolean, strict: number): number | undefined {
    return this.skeletons.startOf(this.offset, path, key, strict);
  }

  get built(): boolean {
    return this.skeletons.built;
  }
}

/** `lazy`: read without skeletons, which it builds when asked (LazyDoc); undefined: with them. */
function parseDocs(text: string, lazy: Skeletons | undefined): FastParse {
  const skeleton = lazy === undefined;
  const docs: LoadedDoc[] = [];
  const lineStarts = [0];
  const length = text.length;
  let doc: BlockDoc | undefined;
  let docOffset = 0;
  /** Offset after an explicit `---`, or -1 for a document that began with its content. */
  let markerEnd = -1;

  const finish = () => {
    if (!doc) return;
    doc.finish();
    if (lazy) {
      if (doc.hasContent || markerEnd >= 0) docs.push(new LazyDoc(lazy, docOffset, doc.hasContent ? doc.rootValue : null, docs.length));
    } else if (doc.hasContent) docs.push({ root: doc.rootNode!, offset: docOffset, value: doc.rootValue, index: docs.length });
    else if (markerEnd >= 0)
      docs.push({ root: scalarNode(markerEnd, markerEnd, null, PLAIN), offset: docOffset, value: null, index: docs.length });
    doc = undefined;
  };

  for (let start = 0; start < length;) {
    let lineEnd = text.indexOf('\n', start);
    if (lineEnd === -1) lineEnd = length;
    const next = lineEnd < length ? lineEnd + 1 : length;
    if (lineEnd < length) lineStarts.push(next);
    let p = start;
    while (p < lineEnd && text.charCodeAt(p) === SPACE) p++;
    if (p < lineEnd) {
      const c = text.charCodeAt(p);
      if (c === HASH) {
        if (doc?.hasContent) doc.comment(p - start, next); // before a document's content it is in no range
      } else if (p === start && (c === DASH || c === DOT) && text.startsWith(c === DASH ? '---' : '...', p)) {
        if (c === DOT || lineEnd !== p + 3) throw new Bail(); // `...`, `--- value`, `---x`: left to yaml
        finish();
        doc = new BlockDoc(text, skeleton);
        docOffset = p;
        markerEnd = p + 3;
      } else {
        if (c === PERCENT && p === start) throw new Bail(); // a directive
        if (!doc) {
          doc = new BlockDoc(text, skeleton);
          docOffset = p;
          markerEnd = -1;
        }
        doc.line(p, p - start, lineEnd, next);
      }
    } else if (doc?.hasContent) doc.blank(next);
    start = next;
  }
  finish();
  return { docs, lineStarts };
}
