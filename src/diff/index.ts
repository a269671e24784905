/**
 * Semantic restructure diff: `diffOrgs(before, after)` compares two resolved
 * models; `formatDiff(format, result)` writes it in one of DIFF_FORMATS (one
 * formatter module per format under format/).
 */
import { UsageError } from '../core/errors.js';
import { formatDiffJson } from './format/json.js';
import { formatDiffMarkdown, type DiffMarkdownOptions } from './format/markdown.js';
import { formatDiffSvg, type DiffSvgOptions } from './format/svg.js';
import { formatDiffText, type DiffTextOptions } from './format/text.js';
import { DIFF_FORMATS, type DiffFormat } from './formats.js';
import type { DiffResult } from './types.js';

export { diffOrgs, policyFails, sidesDiffer } from './compare.js';
export { POLICY_RULE } from './policy/index.js';
export type { DiffOptions } from './compare.js';
export type {
  Change,
  ChangeKind,
  DiffResult,
  DiffSummary,
  FieldValue,
  ChangedFinding,
  FindingsDelta,
  PersonChange,
  PossibleRename,
  SideSummary,
  SubtreeMove,
} from './types.js';
export { DIFF_FORMATS, type DiffFormat } from './formats.js';
export { FAIL_ON, failsOn, type FailOn } from './failOn.js';
export { formatDiffText } from './format/text.js';
export type { DiffTextOptions } from './format/text.js';
export { formatDiffMarkdown } from './format/markdown.js';
export type { DiffMarkdownOptions } from './format/markdown.js';
export { formatDiffJson } from './format/json.js';
export { decoratedView, formatDiffSvg } from './format/svg.js';
export type { DiffSvgOptions } from './format/svg.js';

/** What any format may take; each reads the options it knows (JSON none, `color` only text). */
export type FormatDiffOptions = DiffTextOptions & DiffMarkdownOptions & DiffSvgOptions;

/**
 * The diff in one of DIFF_FORMATS. Async because the SVG is laid out by the
 * chart's layout engine. A format that is not one of them (from plain
 * JavaScript) is a UsageError.
 */
export async function formatDiff(format: DiffFormat, result: DiffResult, options: FormatDiffOptions = {}): Promise<string> {
  switch (format) {
    case 'text':
      return formatDiffText(result, options);
    case 'markdown':
      return formatDiffMarkdown(result, options);
    case 'json':
      return formatDiffJson(result);
    case 'svg':
      return formatDiffSvg(result, options);
    default:
      throw new UsageError(`unknown diff format '${String(format)}'; choose one of: ${DIFF_FORMATS.join(', ')}`);
  }
}
