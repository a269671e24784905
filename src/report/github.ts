/**
 * `--format github` (alias `github-actions`): workflow commands that GitHub
 * Actions turns into annotations on the changed files. Data and properties are
 * escaped exactly as @actions/core does; before that, user text has every other
 * control character (ESC, C1, bidi controls, lone surrogates) made visible, since
 * the runner prints it in the log. GitHub shows at most 10 annotations of each
 * severity per step, so a notice says when more were emitted. An annotation
 * spans the finding's node: `endLine`, and `endColumn` only when it ends on
 * the line it starts (GitHub ignores a column range across lines). GitHub
 * reads `file=` from the repository root: run in a subfolder, the paths get
 * the subfolder in front (`ctx.annotationBase`).
 */
import { visibleControls } from '../core/escape/terminal.js';
import type { Formatter } from './types.js';
import { plural } from '../core/text/plural.js';
import path from 'node:path';

/** @actions/core escapeData */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** @actions/core escapeProperty */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** User text as annotation data: CR and LF stay for escapeData to encode (GitHub shows them as line breaks). */
const userData = (s: string) => escapeData(visibleControls(s, '\r\n'));
const userProperty = (s: string) => escapeProperty(visibleControls(s, '\r\n'));

/** Annotations GitHub displays per severity per step. */
export const GITHUB_ANNOTATION_LIMIT = 10;

/** A finding's file (relative to the cwd) as GitHub reads `file=`: from the repository root. */
function annotationPath(file: string, base: string | undefined): string {
  return base ? path.posix.normalize(base + file) : file;
}

export const formatGithub: Formatter = (result, ctx) => {
  const lines: string[] = [];
  for (const f of result.findings) {
    const props: string[] = [];
    if (f.file !== undefined) {
      props.push(`file=${userProperty(annotationPath(f.file, ctx.annotationBase))}`);
      if (f.line !== undefined) {
        props.push(`line=${f.line}`, `col=${f.column ?? 1}`); // no column: the line's start, as in SARIF
        if (f.endLine !== undefined) props.push(`endLine=${f.endLine}`);
        // GitHub takes a column range only within one line: across lines, the lines alone.
        if (f.endColumn !== undefined && f.endLine === f.line) props.push(`endColumn=${f.endColumn}`);
      }
    }
    props.push(`title=${userProperty(`orgctl ${f.rule}`)}`);
    lines.push(`::${f.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${userData(f.message)}`);
  }
  const { errors, warnings } = result.summary;
  if (errors > GITHUB_ANNOTATION_LIMIT || warnings > GITHUB_ANNOTATION_LIMIT) {
    lines.push(
      `::notice title=${escapeProperty('orgctl: more findings than GitHub shows')}::${escapeData(
        `${plural(errors, 'error')} and ${plural(warnings, 'warning')} were reported; GitHub shows only ${GITHUB_ANNOTATION_LIMIT} annotations of each kind per step. Run 'orgctl validate' locally or use --format sarif for the full list.`,
      )}`,
    );
  }
  // As stylish's summary: warnings --quiet left out are counted, never passed off as none.
  const hidden = ctx.hiddenWarnings ?? 0;
  lines.push(
    `orgctl: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${hidden ? ` (${plural(hidden, 'warning')} hidden by --quiet)` : ''}`,
  );
  return lines.join('\n') + '\n';
};
