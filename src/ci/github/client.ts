/**
 * The three calls of the issue-comments REST API a sticky comment needs, with
 * Node's fetch. The token goes only to the API's own origin: a `Link: next`
 * page elsewhere is refused, not followed. Failures are UsageErrors (exit 2,
 * one line) that name the status and never the token.
 */
import { UsageError } from '../../core/errors.js';
import type { GithubContext } from './context.js';

export interface IssueComment {
  id: number;
  body: string;
  user: { login: string; type: string } | null;
}

/** At most this many pages of 100 comments are read (10,000 comments). */
const MAX_PAGES = 100;

/** The `rel="next"` address of a Link header. */
export function nextLink(header: string | null): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(',')) {
    const m = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (m && /\brel="?next"?/.test(m[2]!)) return m[1];
  }
  return undefined;
}

export class GithubClient {
  private readonly origin: string;

  constructor(private readonly ctx: GithubContext) {
    this.origin = new URL(ctx.apiUrl).origin;
  }

  private async call(method: string, url: string, body?: unknown): Promise<Response> {
    if (new URL(url).origin !== this.origin)
      throw new UsageError(`GitHub pointed at ${new URL(url).origin}, not its API (${this.origin}): not followed`);
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: {
          accept: 'application/vnd.github+json',
          authorization: `Bearer ${this.ctx.token}`,
          'x-github-api-version': '2022-11-28',
          'user-agent': 'orgctl',
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch (e) {
      throw new UsageError(`could not reach the GitHub API at ${this.origin}: ${(e as Error).message}`);
    }
    if (!response.ok) {
      const hint = response.status === 403 || response.status === 404 ? " (the job's token needs permissions: pull-requests: write)" : '';
      throw new UsageError(`GitHub answered ${method} ${new URL(url).pathname} with ${response.status} ${response.statusText}${hint}`);
    }
    return response;
  }

  /** The answer's JSON; an answer that is not JSON (a proxy's or portal's page) is a UsageError. */
  private async json(method: string, url: string, body?: unknown): Promise<{ data: unknown; response: Response }> {
    const response = await this.call(method, url, body);
    const text = await response.text();
    try {
      return { data: JSON.parse(text) as unknown, response };
    } catch {
      const type = response.headers.get('content-type')?.split(';')[0]?.trim() || 'no content type';
      throw new UsageError(
        `GitHub answered ${method} ${new URL(url).pathname} with ${type}, not JSON: is GITHUB_API_URL (${this.ctx.apiUrl}) GitHub's API?`,
      );
    }
  }

  private get issuePath(): string {
    const { apiUrl, owner, repo } = this.ctx;
    return `${apiUrl}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/issues`;
  }

  /** Every comment of the pull request, oldest first, following the Link header's pages. */
  async listComments(): Promise<IssueComment[]> {
    const out: IssueComment[] = [];
    let url: string | undefined = `${this.issuePath}/${this.ctx.pullRequest}/comments?per_page=100`;
    for (let page = 0; url !== undefined; page++) {
      if (page >= MAX_PAGES)
        throw new UsageError(`the pull request has more than ${MAX_PAGES * 100} comments: not looking for orgctl's among them`);
      const { data: batch, response } = await this.json('GET', url);
      if (!Array.isArray(batch)) throw new UsageError('GitHub answered the comment list with something that is not a list');
      out.push(...(batch as IssueComment[]));
      url = nextLink(response.headers.get('link'));
    }
    return out;
  }

  /**
   * The login the token writes as, when GitHub says (a person's token); undefined when it does
   * not (the job's own token may not read /user) or cannot be asked.
   */
  async viewerLogin(): Promise<string | undefined> {
    try {
      const user = (await this.json('GET', `${this.ctx.apiUrl}/user`)).data as { login?: unknown } | null;
      if (user === null || typeof user !== 'object') return undefined;
      return typeof user.login === 'string' && user.login !== '' ? user.login : undefined;
    } catch {
      return undefined;
    }
  }

  async createComment(body: string): Promise<IssueComment> {
    return (await this.json('POST', `${this.issuePath}/${this.ctx.pullRequest}/comments`, { body })).data as IssueComment;
  }

  async updateComment(id: number, body: string): Promise<IssueComment> {
    return (await this.json('PATCH', `${this.issuePath}/comments/${id}`, { body })).data as IssueComment;
  }
}
