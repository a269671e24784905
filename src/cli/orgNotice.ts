/**
 * Commands that render (chart, docs, diff) work on an org with findings as far
 * as the findings allow, and say on stderr how many errors it has.
 */
import { lintOrg, type ValidationResult } from '../lint/result.js';
import type { OrgModel } from '../model/types.js';
import { warn } from './stderr.js';
import { plural } from '../core/text/plural.js';

export function noticeOrgErrors(model: OrgModel, label = 'the org'): ValidationResult {
  const result = lintOrg(model);
  const n = result.summary.errors;
  if (n > 0) warn(`${label} has ${plural(n, 'error')}; run 'orgctl validate' for details`);
  return result;
}
