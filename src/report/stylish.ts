/**
 * `--format stylish` (default): ESLint's look — findings grouped by file,
 * `line:col  severity  message  rule`, then a summary line.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { terminalText } from '../core/escape/terminal.js';
import type { Finding } from '../load/types.js';
import { displayWidth, padEnd } from '../core/text/columns.js';
import { DEFAULT_LOCALE } from '../core/locale.js';
import { pushTo } from '../core/multimap.js';
import { messagesFor } from '../i18n/index.js';
import type { Formatter } from './types.js';

function colours(color: boolean | undefined): ChalkInstance {
  return color === undefined ? new Chalk() : new Chalk({ level: color ? 1 : 0 });
}

export const formatStylish: Formatter = (result, ctx) => {
  const c = colours(ctx.color);
  const w = messagesFor(ctx.locale ?? DEFAULT_LOCALE).stylish;
  // The severity column is as wide as its widest word ("warning" / "警告").
  const sevWidth = Math.max(displayWidth(w.severity.error), displayWidth(w.severity.warning));
  const { findings, summary } = result;
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    // User text (file names, messages quoting YAML values) is made inert here, once, before any width is measured.
    const key = f.file === undefined ? '(org)' : terminalText(f.file);
    pushTo(groups, key, { ...f, message: terminalText(f.message) });
  }
  const out: string[] = [];
  for (const [file, list] of groups) {
    out.push('', c.underline(file));
    const locs = list.map((f) => (f.line !== undefined ? `${f.line}:${f.column ?? 1}` : ''));
    const locW = Math.max(...locs.map((l) => l.length));
    const msgW = Math.min(80, Math.max(...list.map((f) => displayWidth(f.message))));
    list.forEach((f, i) => {
      const sev = f.severity === 'error' ? c.red(padEnd(w.severity.error, sevWidth)) : c.yellow(padEnd(w.severity.warning, sevWidth));
      out.push(`  ${c.dim(locs[i]!.padEnd(locW))}  ${sev}  ${padEnd(f.message, msgW)}  ${c.dim(terminalText(f.rule))}`);
    });
  }
  const total = summary.errors + summary.warnings;
  const counts = w.counts(summary);
  const hidden = ctx.hiddenWarnings ?? 0;
  if (total === 0) {
    out.push(hidden ? `${c.yellow('✔')} ${w.noErrors(hidden, counts)}` : `${c.green('✔')} ${w.noProblems(counts)}`);
  } else {
    const line = `✖ ${w.problems(total, summary.errors, summary.warnings)}${hidden ? w.hidden(hidden) : ''}`;
    out.push('', (summary.errors ? c.red.bold(line) : c.yellow.bold(line)) + c.dim(` — ${counts}`));
  }
  return out.join('\n').replace(/^\n/, '') + '\n';
};
