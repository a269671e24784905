/**
 * Semantic restructure diff: `diffOrgs(before, after)` compares two resolved
 * models; one formatter per `diff --format`.
 */
export { diffOrgs, sidesDiffer } from './compare.js';
export type { DiffOptions } from './compare.js';
export type { Change, ChangeKind, DiffResult, DiffSummary, FieldValue, FindingsDelta, PossibleRename, SideSummary, SubtreeMove } from './types.js';
export { formatDiffText } from './format/text.js';
export type { DiffTextOptions } from './format/text.js';
export { formatDiffMarkdown } from './format/markdown.js';
export type { DiffMarkdownOptions } from './format/markdown.js';
export { formatDiffJson } from './format/json.js';
export { decoratedView, formatDiffSvg } from './format/svg.js';
export type { DiffSvgOptions } from './format/svg.js';
