import type { LineIndex } from './lineIndex.js';
import type { PosNode } from './skeleton.js';

export type Severity = 'error' | 'warning';

/** 1-based line/column of a node in a file (column counts UTF-16 code units, like ESLint). */
export interface Position {
  file: string;
  line: number;
  column: number;
}

/** A step of a YAML path: a mapping key or a sequence index. */
export type PathSegment = string | number;

/**
 * Where a node starts and ends: `endLine`/`endColumn` point just after its
 * last character (exclusive, like ESLint and SARIF), trailing line break excluded.
 */
export interface Span extends Position {
  endLine: number;
  endColumn: number;
}

/** Values interpolated into a message template (`{{name}}`). */
export type MessageData = Readonly<Record<string, string | number>>;

/** A finding before severity is applied: what a rule reports. */
/**
 * One way to fix a finding (ESLint's `suggestions`): what it does, and the
 * replacement of a span of the file's text. `safe` suggestions (exactly one
 * candidate, e.g. a typo'd id with one did-you-mean or a kind's case) are the
 * ones `validate --fix` applies; the others are offered to editors and SARIF.
 */
export interface Suggestion {
  /** What applying it does, one line ("replace 'kpi' with 'KPI'"). */
  desc: string;
  /** The file the edit is in (display path, as in the finding). */
  file: string;
  /** Character offsets into the file's text: [start, end) is replaced by `text`. */
  range: [number, number];
  text: string;
  /** Applied by `--fix` (only one candidate, meaning-preserving). */
  safe: boolean;
  /** Where `range` starts and ends as 1-based line/column (end exclusive), for editors and SARIF. */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

export interface RawFinding {
  rule: string;
  /** The rendered text, what every report format prints. */
  message: string;
  /** The id of the rule's message template, when the rule declares one (stable for tests and translation). */
  messageId?: string;
  /** The values interpolated into that template. */
  data?: MessageData;
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  entity?: string;
  /** Where within the entity's YAML node the finding points (`['steps', 2, 'next', 0]`). */
  path?: PathSegment[];
  /** Edits that would fix it (see Suggestion). */
  suggestions?: Suggestion[];
}

/** A finding as reported to the user. */
export interface Finding extends RawFinding {
  severity: Severity;
}

/** A comment in a file, with where it starts (for suppression directives). */
export interface Comment {
  text: string;
  line: number;
  column: number;
}

/** One YAML file, parsed, with everything needed to point at its nodes. */
export interface SourceFile {
  /** Display path: relative to the cwd, `/` separators. */
  path: string;
  text: string;
  /** Offsets → line/column (yaml's LineCounter, as plain data). */
  lineCounter: LineIndex;
  /** Documents that parsed (documents with syntax errors are left out). */
  docs: LoadedDoc[];
  /** Comments that may hold `orgctl-` directives. */
  comments: Comment[];
  /** Documents left out for a syntax error, with the ids their raw text may define. */
  unparsed: UnparsedDoc[];
}

/** A document that does not parse: where it starts, the ids its `id:` lines name and the kind its `kind:` line names. */
export interface UnparsedDoc {
  offset: number;
  ids: string[];
  /** Undefined when no top-level `kind:` line was found: the document may be of any kind. */
  kind?: string;
}

export interface LoadedDoc {
  /** Where the document's root node is, and its nodes below (positions and fixes only). */
  root: PosNode;
  /** Offset of the document's start in the file. */
  offset: number;
  /** Plain JS value of the document (aliases expanded within the bound). */
  value: unknown;
  /** Index of the document within its file (0-based). */
  index: number;
  /**
   * Where the node at `path` starts (findNode's, load/positions.ts), without building `root` when it is not
   * built yet; undefined when it does not say (then ask `root`). The first `strict` segments must resolve.
   */
  startOf?(path: readonly PathSegment[], key: boolean, strict: number): number | undefined;
}
