/**
 * One comment per pull request, created the first time and edited after: the
 * comment is found by its hidden marker at the start of its body, among those
 * the token itself wrote — a bot's (the job's token comments as
 * github-actions[bot]), or, with a person's token, that person's — so someone
 * quoting the marker never gets their comment taken over.
 */
import type { GithubClient, IssueComment } from './client.js';

export type StickyOutcome = { action: 'created' | 'updated' | 'unchanged'; id: number };

const marked = (c: IssueComment, marker: string) => typeof c.body === 'string' && c.body.startsWith(marker);

/** The first comment with the marker by a bot, or by `login` (the token's own user) when given. */
export function findSticky(comments: readonly IssueComment[], marker: string, login?: string): IssueComment | undefined {
  return comments.find(
    (c) => marked(c, marker) && (c.user?.type === 'Bot' || (login !== undefined && c.user?.type === 'User' && c.user.login === login)),
  );
}

export async function upsertStickyComment(client: GithubClient, marker: string, body: string): Promise<StickyOutcome> {
  const comments = await client.listComments();
  let existing = findSticky(comments, marker);
  // Only a person's token can have written a marked comment a bot did not: ask who the token is then.
  if (!existing && comments.some((c) => marked(c, marker) && c.user?.type === 'User')) {
    const login = await client.viewerLogin();
    if (login !== undefined) existing = findSticky(comments, marker, login);
  }
  if (!existing) return { action: 'created', id: (await client.createComment(body)).id };
  // Same report: no edit, so the comment's history and notifications stay quiet.
  if (existing.body === body) return { action: 'unchanged', id: existing.id };
  await client.updateComment(existing.id, body);
  return { action: 'updated', id: existing.id };
}
