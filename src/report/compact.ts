/**
 * `--format compact`: one line per finding, `path:line:col: severity message [rule]`,
 * the form terminals (and editors' problem matchers) turn into a link to the
 * place. Findings about the whole org (no file) start with `(org):`. Nothing
 * else is printed: no findings, no output.
 */
import { terminalText } from '../core/escape/terminal.js';
import type { Formatter } from './types.js';

export const formatCompact: Formatter = (result) =>
  result.findings
    .map((f) => {
      const where = f.file === undefined ? '(org)' : `${terminalText(f.file)}:${f.line ?? 1}:${f.column ?? 1}`;
      return `${where}: ${f.severity} ${terminalText(f.message)} [${terminalText(f.rule)}]\n`;
    })
    .join('');
