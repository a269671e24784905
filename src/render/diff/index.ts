/**
 * Semantic restructure diff: `diffOrgs(before, after)` compares two resolved
 * models; one formatter per `diff --format`.
 */
export { diffOrgs, sidesDiffer } from './compare.js';
export type { DiffOptions } from './compare.js';
export type { Change, ChangeKind, DiffResult, DiffSummary, FieldValue, FindingsDelta, PossibleRename, SideSummary, SubtreeMove } from './types.js';
export { formatDiffText } from './text.js';
export type { DiffTextOptions } from './text.js';
export { formatDiffMarkdown } from './markdown.js';
export type { DiffMarkdownOptions } from './markdown.js';
export { formatDiffJson } from './json.js';
export { formatDiffSvg, withGhosts } from './svg.js';
export type { DiffSvgOptions } from './svg.js';
