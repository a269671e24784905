import type { ValidationResult } from '../lint/result.js';
import type { Locale } from '../core/locale.js';
import type { AnyRule } from '../lint/types.js';

/**
 * `validate --format` values. Light on purpose (no formatter is loaded), so
 * the CLI can list them without loading the report modules.
 */
export const REPORT_FORMATS = ['stylish', 'compact', 'json', 'github', 'github-actions', 'sarif', 'junit'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface FormatContext {
  /** Force colour on/off; undefined = chalk's detection (NO_COLOR, FORCE_COLOR, TTY). */
  color?: boolean;
  /** Rule metadata (SARIF and JUnit describe the rules). */
  rules: readonly AnyRule[];
  /** Version of orgctl (SARIF tool.driver.version). */
  version: string;
  /**
   * The paths validated, relative to the cwd with `/` separators, a directory
   * ending in `/` (`./` for the cwd): where SARIF points findings about the
   * whole org when no file can be named.
   */
  paths?: readonly string[];
  /**
   * Language of stylish's own words (severities, summary line); default en.
   * `orgctl validate` keeps English whatever the org's locale: the rule
   * messages are English, and CI logs are grepped for "problems".
   */
  locale?: Locale;
  /**
   * The folder the command ran in, relative to the repository root (GITHUB_WORKSPACE) with `/`
   * and a trailing `/` ('' at the root): GitHub reads an annotation's `file=` from the
   * repository root, so `--format github` puts this before each file's path.
   */
  annotationBase?: string;
  /** Warnings left out by `--quiet`: the summary says so rather than "no problems". */
  hiddenWarnings?: number;
}

export type Formatter = (result: ValidationResult, ctx: FormatContext) => string;
