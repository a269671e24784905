/**
 * Parsing each distinct file content once across the two sides of a diff.
 * A restructure touches few files, so most files of BASE and HEAD are
 * byte-identical; parsing YAML is most of the cost of reading an org, so a
 * diff would otherwise cost two full loads. A file whose bytes were already
 * parsed gets a copy of that parse under its own display path. The parsed
 * documents are shared, which is safe: nothing downstream modifies them.
 */
import { createHash } from 'node:crypto';
import { displayPath } from '../core/paths.js';
import { findOrgFiles, outsideLinkFindings } from './files.js';
import { parseBytes, type ParsedFile } from './parse.js';
import { readRegularFile } from './readFile.js';
import type { RawFinding, SourceFile } from './types.js';

export type ParseFn = (bytes: Uint8Array, displayPath: string) => ParsedFile;

/** A ParseFn shared by the two sides of a diff. */
export function createSharedParse(): ParseFn {
  const seen = new Map<string, ParsedFile>();
  return (bytes: Uint8Array, path: string): ParsedFile => {
    const key = createHash('sha256').update(bytes).digest('base64');
    const first = seen.get(key);
    if (!first) {
      const parsed = parseBytes(bytes, path, { lazy: true });
      seen.set(key, parsed);
      return parsed;
    }
    if (first.file.path === path) return first;
    return {
      file: { ...first.file, path },
      findings: first.findings.map((f): RawFinding => ({ ...f, file: path })),
    };
  };
}

/** `loadFiles` (load/index.ts) with the parse step given: the same files, order and display paths. */
export function loadFilesWith(inputs: string[], parse: ParseFn, cwd = process.cwd()): { files: SourceFile[]; findings: RawFinding[] } {
  const files: SourceFile[] = [];
  const found = findOrgFiles(inputs, cwd);
  const findings: RawFinding[] = outsideLinkFindings(found.outsideLinks, cwd, found.badNames);
  for (const abs of found.files) {
    const shown = displayPath(abs, cwd);
    const parsed = parse(readRegularFile(abs, shown), shown);
    files.push(parsed.file);
    findings.push(...parsed.findings);
  }
  return { files, findings };
}
