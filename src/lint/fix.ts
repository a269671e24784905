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
  /** The suggestions applied, in the order of their place in the file (`--fix-dry-run --format json` lists them). */
  edits: Suggestion[];
}

/**
 * `text` with `edits` applied: sorted by range, an edit overlapping one
 * already taken is left out (the next run finds its problem again, as ESLint does).
 */
export function applyEdits(text: string, edits: readonly Suggestion[]): { text: string; applied: number } {
  const taken = editsToApply(text, edits);
  return { text: spliced(text, taken), applied: taken.length };
}

/** The edits `applyEdits` applies: in range order, each inside the text and not overlapping one taken before. */
function editsToApply(text: string, edits: readonly Suggestion[]): Suggestion[] {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const taken: Suggestion[] = [];
  let at = 0;
  for (const e of sorted) {
    const [start, end] = e.range;
    if (start < at || end < start || end > text.length) continue;
    taken.push(e);
    at = end;
  }
  return taken;
}

/** `text` with each of `edits` (in range order, none overlapping) replacing its range. */
function spliced(text: string, edits: readonly Suggestion[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const e of edits) {
    parts.push(text.slice(at, e.range[0]), e.text);
    at = e.range[1];
  }
  parts.push(text.slice(at));
  return parts.join('');
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
    const taken = editsToApply(source.text, edits);
    const text = spliced(source.text, taken);
    if (taken.length && text !== source.text)
      out.push({ file: source.path, before: source.text, after: text, applied: taken.length, edits: taken });
  }
  return out;
}
