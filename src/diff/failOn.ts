/**
 * `diff --fail-on`: the baseline gate. CI fails on what the change introduced,
 * not on problems the org already had (those are the base branch's debt).
 */
import type { DiffResult } from './types.js';

export const FAIL_ON = ['new-errors', 'new-warnings', 'any-errors'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/**
 * - `new-errors`: an error the change introduced (a warning turned error counts);
 * - `new-warnings`: any finding the change introduced, warning or error;
 * - `any-errors`: the after side has an error, introduced or not.
 */
export function failsOn(result: DiffResult, level: FailOn): boolean {
  switch (level) {
    case 'new-errors':
      return result.findings.introduced.some((f) => f.severity === 'error');
    case 'new-warnings':
      return result.findings.introduced.length > 0;
    case 'any-errors':
      return result.summary.after.errors > 0;
  }
}
