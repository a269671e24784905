/**
 * `orgctl diff --github-comment`: the diff's Markdown as one sticky comment on
 * the pull request the job runs for, created once and edited on every rerun.
 */
import type { Locale } from '../../core/locale.js';
import { pickLocale } from '../../core/locale.js';
import { formatDiffMarkdown } from '../../diff/format/markdown.js';
import type { DiffResult } from '../../diff/types.js';
import { messagesFor } from '../../i18n/index.js';
import { GithubClient } from './client.js';
import { commentMarker, fitComment } from './commentBody.js';
import { githubContext } from './context.js';
import { upsertStickyComment, type StickyOutcome } from './stickyComment.js';

export { GithubClient, nextLink, type IssueComment } from './client.js';
export { COMMENT_LIMIT, commentMarker, defuseMentions, fitComment } from './commentBody.js';
export { githubContext, type GithubContext } from './context.js';
export { findSticky, upsertStickyComment, type StickyOutcome } from './stickyComment.js';

export interface DiffCommentOptions {
  labels: { before: string; after: string };
  locale?: Locale;
  /** The org's path in the repository: the comment's key (one comment per org). */
  orgPath: string;
  env?: NodeJS.ProcessEnv;
}

/** The comment's body for `result`: the marker, the Markdown report fitted under GitHub's limit. */
export function diffCommentBody(result: DiffResult, options: Omit<DiffCommentOptions, 'env'>, runUrl?: string): string {
  const locale = pickLocale(options.locale, result.models.after.organization);
  const w = messagesFor(locale).diff;
  const markdown = formatDiffMarkdown(result, { labels: options.labels, locale });
  return fitComment(markdown, {
    marker: commentMarker(options.orgPath),
    detailHeadings: [`### ${w.changes}`, `### ${w.affectedTree}`],
    truncated: (n) => w.commentTruncated(n, runUrl),
  });
}

export async function postDiffComment(result: DiffResult, options: DiffCommentOptions): Promise<StickyOutcome & { pullRequest: number }> {
  const ctx = githubContext(options.env);
  const body = diffCommentBody(result, options, ctx.runUrl);
  const outcome = await upsertStickyComment(new GithubClient(ctx), commentMarker(options.orgPath), body);
  return { ...outcome, pullRequest: ctx.pullRequest };
}
