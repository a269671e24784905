/** Load stage: paths → parsed files with positions, plus yaml-syntax findings. */
import { findOrgFiles, outsideLinkFindings } from './files.js';
import { readSourceFile } from './parse.js';
import { displayPath } from '../core/paths.js';
import type { RawFinding, SourceFile } from './types.js';

export interface LoadResult {
  files: SourceFile[];
  findings: RawFinding[];
}

/** Called after each file is read (for progress on long loads). */
export type OnFile = (done: number, total: number) => void;

/** `inputs` are resolved against `cwd`; files are named relative to `shownFrom` (default: `cwd` too). */
export function loadFiles(inputs: string[], cwd = process.cwd(), onFile?: OnFile, shownFrom = cwd): LoadResult {
  const files: SourceFile[] = [];
  const { files: paths, outsideLinks, badNames } = findOrgFiles(inputs, cwd);
  const findings: RawFinding[] = outsideLinkFindings(outsideLinks, cwd, badNames);
  for (const abs of paths) {
    const parsed = readSourceFile(abs, displayPath(abs, shownFrom));
    files.push(parsed.file);
    findings.push(...parsed.findings);
    onFile?.(files.length, paths.length);
  }
  return { files, findings };
}

export * from './types.js';
export { parseSource } from './parse.js';
export { findNode, nodePosition, positionAt } from './positions.js';
