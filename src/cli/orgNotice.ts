/**
 * Commands that render (chart, docs, diff) work on an org with findings as far
 * as the findings allow, and say on stderr how many errors it has.
 */
import type { RunOptions } from '../lint/engine.js';
import { lintOrg, type ValidationResult } from '../lint/result.js';
import type { OrgModel } from '../model/types.js';
import { warn } from './stderr.js';
import { plural } from '../core/text/plural.js';

export function noticeOrgErrors(model: OrgModel, label = 'the org', options: RunOptions = {}): ValidationResult {
  const result = lintOrg(model, options);
  sayOrgErrors(result.summary.errors, label);
  return result;
}

/** How many errors the rules find in the org, for `sayOrgErrors` later: a command that lets the model go before it renders. */
export function countOrgErrors(model: OrgModel): number {
  return lintOrg(model, { errorsOnly: true }).summary.errors;
}

/** The notice of `noticeOrgErrors`, for an error count taken earlier (`countOrgErrors`). */
export function sayOrgErrors(errors: number, label = 'the org'): void {
  if (errors > 0) warn(`${label} has ${plural(errors, 'error')}; run 'orgctl validate' for details`);
}
