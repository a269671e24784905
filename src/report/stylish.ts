/**
 * `--format stylish` (default): ESLint's look — findings grouped by file,
 * `line:col  severity  message  rule`, then a summary line.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Finding } from '../load/types.js';
import type { Formatter } from './types.js';

function colours(color: boolean | undefined): ChalkInstance {
  return color === undefined ? new Chalk() : new Chalk({ level: color ? 1 : 0 });
}

/** Display width: CJK and other wide characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - width(s)));
}

/** "1 role", "2 roles" */
const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export const formatStylish: Formatter = (result, ctx) => {
  const c = colours(ctx.color);
  const { findings, summary } = result;
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.file ?? '(org)';
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const out: string[] = [];
  for (const [file, list] of groups) {
    out.push('', c.underline(file));
    const locs = list.map((f) => (f.line !== undefined ? `${f.line}:${f.column}` : ''));
    const locW = Math.max(...locs.map((l) => l.length));
    const msgW = Math.min(80, Math.max(...list.map((f) => width(f.message))));
    list.forEach((f, i) => {
      const sev = f.severity === 'error' ? c.red('error  ') : c.yellow('warning');
      out.push(`  ${c.dim(locs[i]!.padEnd(locW))}  ${sev}  ${pad(f.message, msgW)}  ${c.dim(f.rule)}`);
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
