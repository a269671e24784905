/** Load stage: paths → parsed files with positions, plus yaml-syntax findings. */
import { findYamlFiles } from './files.js';
import { readSourceFile } from './parse.js';
import { displayPath } from '../util/paths.js';
import type { RawFinding, SourceFile } from './types.js';

export interface LoadResult {
  files: SourceFile[];
  findings: RawFinding[];
}

export function loadFiles(inputs: string[], cwd = process.cwd()): LoadResult {
  const files: SourceFile[] = [];
  const findings: RawFinding[] = [];
  for (const abs of findYamlFiles(inputs, cwd)) {
    const parsed = readSourceFile(abs, displayPath(abs, cwd));
    files.push(parsed.file);
    findings.push(...parsed.findings);
  }
  return { files, findings };
}

export * from './types.js';
export { parseSource } from './parse.js';
export { findNode, nodePosition, positionAt } from './positions.js';
