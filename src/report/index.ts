/** validate's output formats, one module each. */
import type { ValidationResult } from '../api.js';
import { RULES } from '../lint/registry.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { FormatContext, Formatter } from './types.js';
import { packageVersion } from '../core/version.js';

export const FORMATTERS: Record<string, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  github: formatGithub,
  'github-actions': formatGithub,
  sarif: formatSarif,
  junit: formatJunit,
};


export function formatReport(format: string, result: ValidationResult, ctx: Partial<FormatContext> = {}): string {
  const formatter = FORMATTERS[format];
  if (!formatter) throw new Error(`unknown format ${format}`);
  return formatter(result, { rules: RULES, version: packageVersion(), ...ctx });
}
