/**
 * Values that are not plain strings are printed deliberately, never as
 * `[object Object]` or `undefined` (found when the strict type-checked lint
 * rules were turned on: no-base-to-string, restrict-template-expressions).
 */
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/report/index.js';
import type { ValidationResult } from '../../src/lint/result.js';
import { lint } from '../helpers.js';

describe('values printed as text', () => {
  it("a kind written as a mapping or a list is shown as written, not '[object Object]' or 'a,b'", () => {
    const messages = [...lint('kind: {a: 1}\nid: x\n'), ...lint('kind: [a, b]\nid: y\n')].map((f) => f.message);
    expect(messages).toContain(`unknown kind '{"a":1}'; expected one of Organization, Department, Role, KPI, Workflow, Team`);
    expect(messages).toContain(`unknown kind '["a","b"]'; expected one of Organization, Department, Role, KPI, Workflow, Team`);
    expect(messages.join('\n')).not.toContain('[object Object]');
  });

  it('a finding with a line but no column (from a library caller) points at column 1 in every format', () => {
    const result: ValidationResult = {
      findings: [{ rule: 'schema', severity: 'error', message: 'm', file: 'org.yaml', line: 3 }],
      summary: { errors: 1, warnings: 0, files: 1, departments: 0, roles: 0, seats: 0, kpis: 0, workflows: 0 },
    };
    for (const format of ['stylish', 'junit', 'github'] as const) {
      const out = formatReport(format, result, { color: false });
      expect(out, format).not.toContain('undefined');
    }
    expect(formatReport('github', result)).toContain('line=3,col=1');
    expect(formatReport('junit', result)).toContain('org.yaml:3:1');
  });
});
