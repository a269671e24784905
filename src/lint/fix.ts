/**
 * `validate --fix`: the safe suggestions of the findings, applied to the text
 * of the files they are in. Edits replace exact source ranges, so comments,
 * quoting and layout outside each replaced value stay byte for byte. Pure: the
 * CLI decides what may be written (src/cli/fixFiles.ts).
 */
import type { Finding, SourceFile, Suggestion } from '../load/types.js';

export interface FileFix {
  /** Display path (as in findings). */
  file: string;
  before: string;
  after: string;
  /** How many suggestions were applied. */
  applied: number;
}

/**
 * `text` with `edits` applied: sorted by range, an edit overlapping one
 * already taken is left out (the next run finds its problem again, as ESLint does).
 */
export function applyEdits(text: string, edits: readonly Suggestion[]): { text: string; applied: number } {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const parts: string[] = [];
  let at = 0;
  let applied = 0;
  for (const e of sorted) {
    const [start, end] = e.range;
    if (start < at || end < start || end > text.length) continue;
    parts.push(text.slice(at, start), e.text);
    at = end;
    applied++;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), applied };
}

/**
 * The fixes the safe suggestions make, per file of the org (in path order).
 * Suggestions naming a file the org was not loaded from are ignored: a fix
 * never writes anywhere else.
 */
export function planFixes(files: readonly SourceFile[], findings: readonly Finding[]): FileFix[] {
  const byFile = new Map<string, Suggestion[]>();
  for (const f of findings)
    for (const s of f.suggestions ?? []) {
      if (!s.safe) continue;
      let list = byFile.get(s.file);
      if (!list) byFile.set(s.file, (list = []));
      list.push(s);
    }
  const out: FileFix[] = [];
  for (const source of files) {
    const edits = byFile.get(source.path);
    if (!edits) continue;
    const { text, applied } = applyEdits(source.text, edits);
    if (applied && text !== source.text) out.push({ file: source.path, before: source.text, after: text, applied });
  }
  return out;
}
