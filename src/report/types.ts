import type { ValidationResult } from '../api.js';
import type { AnyRule } from '../lint/types.js';

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
}

export type Formatter = (result: ValidationResult, ctx: FormatContext) => string;
