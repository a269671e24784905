/**
 * One comment per pull request, created the first time and edited after: the
 * comment is found by its hidden marker at the start of its body, among those
 * a bot wrote (the job's token comments as github-actions[bot]), so a person
 * quoting the marker never gets their comment taken over.
 */
import type { GithubClient, IssueComment } from './client.js';

export type StickyOutcome = { action: 'created' | 'updated' | 'unchanged'; id: number };

export function findSticky(comments: readonly IssueComment[], marker: string): IssueComment | undefined {
  return comments.find((c) => c.user?.type === 'Bot' && typeof c.body === 'string' && c.body.startsWith(marker));
}

export async function upsertStickyComment(client: GithubClient, marker: string, body: string): Promise<StickyOutcome> {
  const existing = findSticky(await client.listComments(), marker);
  if (!existing) return { action: 'created', id: (await client.createComment(body)).id };
  // Same report: no edit, so the comment's history and notifications stay quiet.
  if (existing.body === body) return { action: 'unchanged', id: existing.id };
  await client.updateComment(existing.id, body);
  return { action: 'updated', id: existing.id };
}
