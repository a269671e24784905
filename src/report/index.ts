/** validate's output formats, one module each. */
import type { ValidationResult } from '../lint/result.js';
import { RULES } from '../lint/registry.js';
import { UsageError } from '../core/errors.js';
import { packageVersion } from '../core/version.js';
import { formatCompact } from './compact.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import { REPORT_FORMATS, type FormatContext, type Formatter, type ReportFormat } from './types.js';

export { REPORT_FORMATS, type FormatContext, type Formatter, type ReportFormat } from './types.js';

export const FORMATTERS: Record<ReportFormat, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  compact: formatCompact,
  github: formatGithub,
  'github-actions': formatGithub,
  sarif: formatSarif,
  junit: formatJunit,
};

/** The report of `result` in one of REPORT_FORMATS. A format that is not one of them (from plain JavaScript) is a UsageError. */
export function formatReport(format: ReportFormat, result: ValidationResult, ctx: Partial<FormatContext> = {}): string {
  // hasOwn: the format may be user text; never pick up what an object inherits.
  if (!Object.hasOwn(FORMATTERS, format))
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- plain JavaScript may pass a non-string (a symbol would throw in a template)
    throw new UsageError(`unknown report format '${String(format)}'; choose one of: ${REPORT_FORMATS.join(', ')}`);
  return FORMATTERS[format](result, { rules: RULES, version: packageVersion(), ...ctx });
}
