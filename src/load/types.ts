import type { Document, LineCounter, ParsedNode } from 'yaml';

export type Severity = 'error' | 'warning';

/** 1-based line/column of a node in a file (column counts UTF-16 code units, like ESLint). */
export interface Position {
  file: string;
  line: number;
  column: number;
}

/** A finding before severity is applied: what a rule reports. */
export interface RawFinding {
  rule: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  entity?: string;
}

/** A finding as reported to the user. */
export interface Finding extends RawFinding {
  severity: Severity;
}

export type YamlDoc = Document.Parsed<ParsedNode, true>;

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
  lineCounter: LineCounter;
  /** Documents that parsed (documents with syntax errors are left out). */
  docs: LoadedDoc[];
  /** Comments that may hold `orgctl-` directives. */
  comments: Comment[];
}

export interface LoadedDoc {
  doc: YamlDoc;
  /** Plain JS value of the document (aliases expanded within the bound). */
  value: unknown;
  /** Index of the document within its file (0-based). */
  index: number;
}
