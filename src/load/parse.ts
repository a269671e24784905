/**
 * Reading and parsing one YAML file: YAML 1.2 core schema, duplicate keys are
 * errors, BOM and CRLF tolerated, alias expansion bounded (billion laughs is a
 * finding, never a hang). Syntax problems become `yaml-syntax` findings; the
 * rest of the file's documents still load.
 */
import { Composer, LineCounter, Parser, type CST, type Document } from 'yaml';
import { LineIndex } from './lineIndex.js';
import { withPlainEnv } from './plainEnv.js';
import { positionAt } from './positions.js';
import { readRegularFile } from './readFile.js';
import { crLineEndsProblem, invalidUtf8Problem, nulProblem, type EncodingProblem } from './encoding.js';
import { fastParse } from './fastYaml/index.js';
import { explainSyntaxError, idsInText, kindInText } from './syntaxHelp.js';
import { skeletonOf } from './skeleton.js';
import type { Comment, LoadedDoc, RawFinding, SourceFile, UnparsedDoc } from './types.js';

type YamlDoc = Document.Parsed;

/** Aliases a document may expand before it is treated as an attack. */
export const MAX_ALIAS_COUNT = 100;

// logLevel 'error': yaml would otherwise print process warnings (e.g. for collection keys) to the user's terminal.
export const PARSE_OPTIONS = { version: '1.2', schema: 'core', uniqueKeys: true, prettyErrors: false, logLevel: 'error' } as const;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export interface ParsedFile {
  file: SourceFile;
  findings: RawFinding[];
}

function syntax(file: SourceFile, offset: number, message: string): RawFinding {
  return { rule: 'yaml-syntax', message, ...positionAt(file, offset) };
}

/** Decode bytes as UTF-8 text, or explain why they are not a YAML file (and where). */
function decode(bytes: Uint8Array): { text: string } | { problem: EncodingProblem } {
  if (bytes.includes(0)) return { problem: nulProblem(bytes) };
  let text: string;
  try {
    text = utf8.decode(bytes); // strips a UTF-8 BOM
  } catch {
    return { problem: invalidUtf8Problem(bytes) };
  }
  return text.includes('\r') && !text.includes('\n') ? { problem: crLineEndsProblem(text) } : { text };
}

/** The text of a file's bytes as parseBytes reads it ('' when they are not UTF-8 text). */
export function decodeText(bytes: Uint8Array): string {
  const decoded = decode(bytes);
  return 'text' in decoded ? decoded.text : '';
}

export function readSourceFile(absPath: string, displayPath: string): ParsedFile {
  return parseBytes(readRegularFile(absPath, displayPath), displayPath);
}

/** Parse a file's bytes (from disk or from a git blob): binary or non-UTF-8 content is a yaml-syntax finding. */
export function parseBytes(bytes: Uint8Array, displayPath: string, options: ParseSourceOptions = {}): ParsedFile {
  const decoded = decode(bytes);
  const text = 'text' in decoded ? decoded.text : '';
  const parsed = parseSource(text, displayPath, options);
  if ('problem' in decoded) {
    const { readable, ...problem } = decoded.problem;
    parsed.findings.unshift({ rule: 'yaml-syntax', file: displayPath, ...problem });
    // Text in another encoding is a document orgctl could not read: what it defines is unchecked, not missing.
    if (readable !== undefined)
      for (const [from, to] of documentRanges(readable)) parsed.file.unparsed.push({ ...unparsedDoc(readable, from, to), offset: 0 });
  }
  return parsed;
}

/** Where each document of a text that was not parsed starts and ends: split at its `---` lines. */
function documentRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let from = 0;
  for (const m of text.matchAll(/^---(?=[ \t\r\n]|$)/gm)) {
    if (m.index > from) ranges.push([from, m.index]);
    from = m.index + 3;
  }
  ranges.push([from, text.length]);
  return ranges;
}

/** A document left out: the ids and the kind its raw text names (so what it defines is not reported missing). */
function unparsedDoc(text: string, from: number, to: number): UnparsedDoc {
  const kind = kindInText(text, from, to);
  return { offset: from, ids: idsInText(text, from, to), ...(kind !== undefined ? { kind } : {}) };
}

/**
 * Collect comment tokens from the CST (only when the file mentions a directive).
 * Iterative, not recursive: a document nested thousands of levels deep must be
 * a finding, not a stack overflow.
 */
function collectComments(tokens: CST.Token[], file: SourceFile): Comment[] {
  const out: Comment[] = [];
  const stack: unknown[] = [tokens];
  while (stack.length) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (const v of value) stack.push(v);
    } else if (value && typeof value === 'object') {
      const token = value as { type?: string; offset?: number; source?: string };
      if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
        const pos = positionAt(file, token.offset);
        out.push({ text: token.source, line: pos.line, column: pos.column });
        continue;
      }
      for (const v of Object.values(value)) if (v && typeof v === 'object') stack.push(v);
    }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** What a user reads when a document is nested past what the parser's stack allows. */
const TOO_DEEP = 'document is nested too deeply to read (thousands of levels of [ ] / { } or indentation)';

/** `ORGCTL_YAML=slow` parses every file with `yaml` (to compare, or to rule the fast path out). */
const FAST_BY_DEFAULT = process.env.ORGCTL_YAML !== 'slow';

export interface ParseSourceOptions {
  /** Try the fast path (fastYaml/) first; false: always the `yaml` package. Same result either way. */
  fast?: boolean;
  /**
   * false: the fast path builds each document's skeleton now, not on first use (fastYaml/index.ts): for a
   * parse that is sent elsewhere (a worker's answer, a cache entry), which needs it anyway.
   */
  lazy?: boolean;
}

/**
 * One file's text → its documents. Most org files are read by the fast path
 * (fastYaml/), which gives the same result as `yaml` for the subset it reads
 * and declines everything else; the rest, and every file with a mistake in
 * it, go through `yaml` (parseSourceSlow).
 */
export function parseSource(text: string, displayPath: string, options: ParseSourceOptions = {}): ParsedFile {
  return ((options.fast ?? FAST_BY_DEFAULT) && parseSourceFast(text, displayPath, options.lazy)) || parseSourceSlow(text, displayPath);
}

/** parseSource by the fast path only: undefined for a file it declines (or when ORGCTL_YAML=slow). */
export function parseSourceFast(text: string, displayPath: string, lazy = true): ParsedFile | undefined {
  const fast = FAST_BY_DEFAULT ? fastParse(text, lazy) : undefined;
  if (!fast) return undefined;
  const { docs, lineStarts } = fast;
  const file: SourceFile = { path: displayPath, text, lineCounter: new LineIndex(lineStarts), docs, comments: [], unparsed: [] };
  return { file, findings: [] };
}

/** parseBytes by the fast path only: undefined for bytes that are not UTF-8 text or a file it declines. */
export function parseBytesFast(bytes: Uint8Array, displayPath: string): ParsedFile | undefined {
  const decoded = decode(bytes);
  return 'text' in decoded ? parseSourceFast(decoded.text, displayPath) : undefined;
}

/** parseSource through the `yaml` package only. */
export function parseSourceSlow(text: string, displayPath: string): ParsedFile {
  const lineCounter = new LineCounter();
  const file: SourceFile = {
    path: displayPath,
    text,
    lineCounter: new LineIndex(lineCounter.lineStarts),
    docs: [],
    comments: [],
    unparsed: [],
  };
  const findings: RawFinding[] = [];
  const tokens = withPlainEnv(() => Array.from(new Parser(lineCounter.addNewLine).parse(text)));
  const docs = Array.from(new Composer(PARSE_OPTIONS).compose(tokens)) as YamlDoc[];
  if (text.includes('orgctl-')) file.comments = collectComments(tokens, file);

  docs.forEach((doc, index) => {
    if (doc.errors.length) {
      // One mistake makes the parser report several errors, the later ones at places that are not the mistake: say the first, in words.
      const first = doc.errors.reduce((a, b) => (b.pos[0] < a.pos[0] ? b : a));
      const deep = doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
      if (deep) findings.push(syntax(file, deep.pos[0], TOO_DEEP));
      else if (first.code === 'DUPLICATE_KEY')
        findings.push(
          syntax(
            file,
            first.pos[0],
            `duplicate key '${keyAt(text, first.pos[0])}': keys must be unique in a mapping (YAML would silently keep only one)`,
          ),
        );
      else {
        const said = explainSyntaxError(
          text,
          [doc.range[0], doc.range[2]],
          { code: first.code, offset: first.pos[0], message: cleanYamlMessage(first.message) },
          (offset) => lineCounter.linePos(offset).line,
        );
        findings.push(syntax(file, said.offset, said.message));
      }
      file.unparsed.push(unparsedDoc(text, doc.range[0], doc.range[2]));
      return;
    }
    if (doc.contents === null) return; // an empty document (e.g. only comments)
    let value: unknown;
    let root: LoadedDoc['root'];
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      root = skeletonOf(doc.contents);
    } catch (err) {
      const message =
        err instanceof RangeError
          ? TOO_DEEP
          : /alias/i.test(String(err))
            ? `too many alias expansions (more than ${MAX_ALIAS_COUNT}): refusing a possible "billion laughs" document`
            : `cannot read document: ${(err as Error).message}`;
      findings.push(syntax(file, doc.range[0], message));
      return;
    }
    const loaded: LoadedDoc = { root, offset: doc.range[0], value, index };
    file.docs.push(loaded);
  });
  findings.push(...controlCharacters(file));
  return { file, findings };
}

/**
 * C0 control characters other than tab, LF and CR, and DEL: YAML allows none of them in a file, yet the
 * `yaml` package reads them into values, where they are invisible in an editor and in a review (a pasted
 * bell, a terminal colour code). Each is its own finding, at the character, and the file is read as
 * usual (every output shows them escaped). The fast reader leaves a file with one to `yaml`, so only
 * this path looks. A file of garbage gets the first few.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;
const CONTROLS_SHOWN = 10;

function controlCharacters(file: SourceFile): RawFinding[] {
  const out: RawFinding[] = [];
  for (const m of file.text.matchAll(CONTROL)) {
    const code = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    out.push(syntax(file, m.index, `control character ${code} here, which YAML does not allow (editors do not show it): delete it`));
    if (out.length === CONTROLS_SHOWN) break;
  }
  return out;
}

/** The key written at `offset` (up to its `:`), for duplicate-key messages. */
function keyAt(text: string, offset: number): string {
  const line = text.slice(offset).split(/\r?\n/, 1)[0]!;
  return line
    .replace(/^(["'])(.*?)\1\s*:.*$/, '$2')
    .replace(/\s*:(\s.*)?$/, '')
    .trim();
}

/** yaml's messages end with a code excerpt when prettyErrors is on; keep the first line only. */
function cleanYamlMessage(message: string): string {
  const first = message.split('\n')[0]!.trim();
  return first.replace(/ at line \d+, column \d+:?$/, '');
}
