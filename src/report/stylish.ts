/**
 * `--format stylish` (default): ESLint's look — findings grouped by file,
 * `line:col  severity  message  rule`, then a summary line.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { terminalText } from '../core/escape/terminal.js';
import type { Finding } from '../load/types.js';
import { displayWidth, padEnd } from '../core/text/columns.js';
import { pushTo } from '../core/multimap.js';
import type { Formatter } from './types.js';

function colours(color: boolean | undefined): ChalkInstance {
  return color === undefined ? new Chalk() : new Chalk({ level: color ? 1 : 0 });
}

/** "1 role", "2 roles" */
const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export const formatStylish: Formatter = (result, ctx) => {
  const c = colours(ctx.color);
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
    const locs = list.map((f) => (f.line !== undefined ? `${f.line}:${f.column}` : ''));
    const locW = Math.max(...locs.map((l) => l.length));
    const msgW = Math.min(80, Math.max(...list.map((f) => displayWidth(f.message))));
    list.forEach((f, i) => {
      const sev = f.severity === 'error' ? c.red('error  ') : c.yellow('warning');
      out.push(`  ${c.dim(locs[i]!.padEnd(locW))}  ${sev}  ${padEnd(f.message, msgW)}  ${c.dim(terminalText(f.rule))}`);
    });
  }
  const total = summary.errors + summary.warnings;
  const counts = `${n(summary.roles, 'role')}, ${n(summary.seats, 'seat')}, ${n(summary.departments, 'department')}, ${n(summary.kpis, 'KPI')}, ${n(summary.workflows, 'workflow')} in ${n(summary.files, 'file')}`;
  if (total === 0) {
    out.push(`${c.green('✔')} no problems (${counts})`);
  } else {
    const line = `✖ ${n(total, 'problem')} (${n(summary.errors, 'error')}, ${n(summary.warnings, 'warning')})`;
    out.push('', (summary.errors ? c.red.bold(line) : c.yellow.bold(line)) + c.dim(` — ${counts}`));
  }
  return out.join('\n').replace(/^\n/, '') + '\n';
};
