/**
 * Commands that render (chart, docs, diff) work on an org with findings as far
 * as the findings allow, and say on stderr how many errors it has.
 */
import { validateOrg, type ValidationResult } from '../api.js';
import { terminalText } from '../core/escape/terminal.js';
import type { OrgModel } from '../model/types.js';
import { plural } from '../core/text/plural.js';

export function noticeOrgErrors(model: OrgModel, label = 'the org'): ValidationResult {
  const result = validateOrg(model);
  const n = result.summary.errors;
  if (n > 0) process.stderr.write(`orgctl: warning: ${terminalText(label)} has ${plural(n, 'error')}; run 'orgctl validate' for details\n`);
  return result;
}
