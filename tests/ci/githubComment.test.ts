/**
 * The sticky pull-request comment (`orgctl diff --github-comment`,
 * src/ci/github/) against a fake GitHub on 127.0.0.1 that keeps the
 * comments and records every request: created when absent, updated when
 * present (found on a later page of the list), no duplicate on a rerun, the
 * token only to the API's origin, and a body under GitHub's limit with
 * mentions defused.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  COMMENT_LIMIT,
  commentMarker,
  defuseMentions,
  diffCommentBody,
  fitComment,
  githubContext,
  GithubClient,
  nextLink,
  postDiffComment,
  type IssueComment,
} from '../../src/ci/github/index.js';
import { diffOrgs } from '../../src/diff/index.js';
import { UsageError } from '../../src/core/errors.js';
import { modelOf, ORG } from '../helpers.js';

interface Recorded {
  method: string;
  url: string;
  authorization: string | undefined;
  body: unknown;
}

/** A fake GitHub: issue comments of PR 7 in owner/repo, paged by `perPage` with Link headers like GitHub's. */
class FakeGithub {
  comments: IssueComment[] = [];
  requests: Recorded[] = [];
  perPage = 100;
  /** Where the Link header's next page points (to test that another origin is refused). */
  nextOrigin: string | undefined;
  /** Answer every request with this HTML page and status 200 (a captive portal, a misconfigured proxy). */
  htmlPage: string | undefined;
  /** Who the token writes as: the job's token is the Actions bot; a personal access token is a user. */
  author: { login: string; type: string } = { login: 'github-actions[bot]', type: 'Bot' };
  private server = http.createServer((req, res) => void this.handle(req, res));
  private nextId = 1000;
  url = '';

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.server.close(() => {
        resolve();
      }),
    );
  }

  seed(n: number, extra: IssueComment[] = []): void {
    for (let i = 0; i < n; i++) this.comments.push({ id: i + 1, body: `comment ${i}`, user: { login: `user${i}`, type: 'User' } });
    this.comments.push(...extra);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    let raw = '';
    for await (const chunk of req) raw += String(chunk);
    const body = raw ? (JSON.parse(raw) as { body: string }) : undefined;
    const url = new URL(req.url!, this.url);
    this.requests.push({ method: req.method!, url: url.pathname + url.search, authorization: req.headers.authorization, body });
    if (this.htmlPage !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(this.htmlPage);
      return;
    }
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(data));
    };
    if (url.pathname === '/repos/owner/repo/issues/7/comments' && req.method === 'GET') {
      const page = Number(url.searchParams.get('page') ?? '1');
      const per = Math.min(this.perPage, Number(url.searchParams.get('per_page') ?? '30'));
      const slice = this.comments.slice((page - 1) * per, page * per);
      const more = page * per < this.comments.length;
      const next = `${this.nextOrigin ?? this.url}/repos/owner/repo/issues/7/comments?per_page=${per}&page=${page + 1}`;
      send(200, slice, more ? { link: `<${next}>; rel="next", <${this.url}/last>; rel="last"` } : {});
      return;
    }
    if (url.pathname === '/repos/owner/repo/issues/7/comments' && req.method === 'POST') {
      const comment = { id: this.nextId++, body: body!.body, user: { ...this.author } };
      this.comments.push(comment);
      send(201, comment);
      return;
    }
    if (url.pathname === '/user' && req.method === 'GET') {
      // Like GitHub: an app's installation token (the job's) may not read /user.
      if (this.author.type === 'Bot') send(403, { message: 'Resource not accessible by integration' });
      else send(200, this.author);
      return;
    }
    const edit = /^\/repos\/owner\/repo\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (edit && req.method === 'PATCH') {
      const comment = this.comments.find((c) => c.id === Number(edit[1]));
      if (!comment) {
        send(404, { message: 'Not Found' });
        return;
      }
      comment.body = body!.body;
      send(200, comment);
      return;
    }
    send(404, { message: 'Not Found' });
  }
}

const gh = new FakeGithub();
let tmp = '';

beforeAll(async () => {
  await gh.start();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-gh-'));
  fs.writeFileSync(path.join(tmp, 'event.json'), JSON.stringify({ action: 'synchronize', number: 7, pull_request: { number: 7 } }));
});
afterAll(async () => {
  await gh.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});
afterEach(() => {
  gh.comments = [];
  gh.requests = [];
  gh.perPage = 100;
  gh.nextOrigin = undefined;
  gh.author = { login: 'github-actions[bot]', type: 'Bot' };
  gh.htmlPage = undefined;
});

const env = (): NodeJS.ProcessEnv => ({
  GITHUB_TOKEN: 'ghs_secret',
  GITHUB_REPOSITORY: 'owner/repo',
  GITHUB_EVENT_PATH: path.join(tmp, 'event.json'),
  GITHUB_API_URL: gh.url,
  GITHUB_SERVER_URL: 'https://github.example',
  GITHUB_RUN_ID: '42',
});

const dept = (roles: string) =>
  `kind: Department\nid: d\nname: 部门\nhead: boss\nroles:\n  - {id: boss, title: 经理, holders: ["@octocat"]}\n${roles}`;
const result = diffOrgs(
  modelOf({ 'org.yaml': ORG, 'd.yaml': dept('  - {id: a, title: 专员, reports_to: boss}\n') }),
  modelOf({ 'org.yaml': ORG, 'd.yaml': dept('  - {id: a, title: "专员 #12 @team", reports_to: boss}\n') }),
);
const options = { labels: { before: 'main', after: 'HEAD' }, orgPath: 'org', locale: 'en' as const, env: env() };
const marker = commentMarker('org');
/** The comment without its fenced code blocks, where GitHub links and notifies nothing. */
const outsideCodeBlocks = (markdown: string) => markdown.replace(/^```[\s\S]*?^```/gm, '');

describe('sticky comment', () => {
  it('creates the comment when the pull request has none, with the job token, marker first', async () => {
    gh.seed(3);
    const r = await postDiffComment(result, { ...options, env: env() });
    expect(r).toMatchObject({ action: 'created', pullRequest: 7 });
    expect(gh.requests.map((q) => `${q.method} ${q.url}`)).toEqual([
      'GET /repos/owner/repo/issues/7/comments?per_page=100',
      'POST /repos/owner/repo/issues/7/comments',
    ]);
    expect(gh.requests.every((q) => q.authorization === 'Bearer ghs_secret')).toBe(true);
    const body = (gh.requests[1]!.body as { body: string }).body;
    expect(body.startsWith(`${marker}\n## orgctl diff:`)).toBe(true);
  });

  it('updates the one it wrote, found on a later page of the list; a person quoting the marker is left alone', async () => {
    gh.perPage = 2;
    gh.seed(5, [
      { id: 500, body: `${marker}\nI copied this`, user: { login: 'mallory', type: 'User' } },
      { id: 501, body: `${marker}\nold report`, user: { login: 'github-actions[bot]', type: 'Bot' } },
    ]);
    const r = await postDiffComment(result, { ...options, env: env() });
    expect(r).toMatchObject({ action: 'updated', id: 501 });
    const calls = gh.requests.map((q) => `${q.method} ${q.url}`);
    expect(calls.filter((c) => c.startsWith('GET'))).toHaveLength(4); // 7 comments, 2 a page
    expect(calls.at(-1)).toBe('PATCH /repos/owner/repo/issues/comments/501');
    expect(gh.comments.find((c) => c.id === 500)!.body).toBe(`${marker}\nI copied this`);
  });

  it('a rerun leaves one comment: no duplicate, and no edit when the report is the same', async () => {
    await postDiffComment(result, { ...options, env: env() });
    const again = await postDiffComment(result, { ...options, env: env() });
    expect(again.action).toBe('unchanged');
    expect(gh.comments.filter((c) => c.body.startsWith(marker))).toHaveLength(1);
    expect(gh.requests.filter((q) => q.method === 'POST')).toHaveLength(1);
    // Another org of the same repository keeps its own comment.
    await postDiffComment(result, { ...options, orgPath: 'other org', env: env() });
    expect(gh.comments).toHaveLength(2);
    expect(gh.comments[1]!.body.startsWith('<!-- orgctl-diff-comment path=other%20org -->')).toBe(true);
  });

  it("with a person's token (the action's token input), a rerun edits that person's comment, not another's", async () => {
    gh.author = { login: 'release-bot-user', type: 'User' };
    gh.seed(2, [{ id: 500, body: `${marker}\nI copied this`, user: { login: 'mallory', type: 'User' } }]);
    const first = await postDiffComment(result, { ...options, env: env() });
    expect(first.action).toBe('created');
    const second = await postDiffComment(diffOrgs(result.models.before, result.models.before), { ...options, env: env() });
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    expect(gh.comments.filter((c) => c.body.startsWith(marker)).map((c) => c.user?.login)).toEqual(['mallory', 'release-bot-user']);
    expect(gh.comments.find((c) => c.id === 500)!.body).toBe(`${marker}\nI copied this`);
  });

  it("with the job's token, a person's comment quoting the marker is still left alone (/user refused)", async () => {
    gh.seed(1, [{ id: 500, body: `${marker}\nI copied this`, user: { login: 'mallory', type: 'User' } }]);
    expect((await postDiffComment(result, { ...options, env: env() })).action).toBe('created');
    expect(gh.comments.find((c) => c.id === 500)!.body).toBe(`${marker}\nI copied this`);
  });

  it('finds its comment whichever way the org path is spelt (org, org/, ./org): still one comment', async () => {
    for (const spelt of ['org', 'org/', './org', 'org/.']) await postDiffComment(result, { ...options, orgPath: spelt, env: env() });
    expect(gh.comments).toHaveLength(1);
    expect(commentMarker('./a//b/')).toBe(commentMarker('a/b'));
    expect(commentMarker('./')).toBe(commentMarker('.'));
  });

  it('never sends the token to another origin a Link header points at', async () => {
    gh.perPage = 1;
    gh.seed(2);
    gh.nextOrigin = 'http://localhost:1';
    await expect(postDiffComment(result, { ...options, env: env() })).rejects.toThrow(UsageError);
    expect(gh.requests).toHaveLength(1);
  });

  it('reads Link headers as GitHub writes them', () => {
    expect(nextLink('<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=5>; rel="last"')).toBe(
      'https://api.github.com/x?page=2',
    );
    expect(nextLink('<https://api.github.com/x?page=1>; rel="prev"')).toBeUndefined();
    expect(nextLink(null)).toBeUndefined();
  });

  it('an answer that is not JSON (a proxy page) is one UsageError line saying where it came from', async () => {
    gh.htmlPage = '<html><body>Sign in to the network</body></html>';
    const e = await postDiffComment(result, { ...options, env: env() }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UsageError);
    expect((e as Error).message).toBe(
      `GitHub answered GET /repos/owner/repo/issues/7/comments with text/html, not JSON: is GITHUB_API_URL (${gh.url}) GitHub's API?`,
    );
  });

  it('an HTTP error is one UsageError line naming the status, never the token', async () => {
    const client = new GithubClient({ ...githubContext(env()), repo: 'missing' });
    const e = await client.listComments().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UsageError);
    expect((e as Error).message).toContain('404');
    expect((e as Error).message).not.toContain('ghs_secret');
  });
});

describe('the environment', () => {
  it('takes the pull request from the event payload, and says what is missing', () => {
    expect(githubContext(env())).toMatchObject({
      owner: 'owner',
      repo: 'repo',
      pullRequest: 7,
      runUrl: 'https://github.example/owner/repo/actions/runs/42',
    });
    expect(() => githubContext({ ...env(), GITHUB_TOKEN: '' })).toThrow(/GITHUB_TOKEN/);
    fs.writeFileSync(path.join(tmp, 'push.json'), JSON.stringify({ ref: 'refs/heads/main' }));
    expect(() => githubContext({ ...env(), GITHUB_EVENT_PATH: path.join(tmp, 'push.json') })).toThrow(/not one/);
  });
});

describe('the body', () => {
  it('defuses mentions and references in user text: nobody is pinged', () => {
    const body = diffCommentBody(result, options, 'https://github.example/run');
    // GitHub reads no mention or reference in a code block: the diagram's labels keep Mermaid's entity codes whole.
    const text = outsideCodeBlocks(body);
    expect(text).not.toMatch(/@(?=[A-Za-z0-9])/);
    expect(text).not.toMatch(/#\d/);
    expect(text).toContain('@\u2060team');
    expect(text).toContain('#\u206012');
    expect(body).toContain('专员 #35;12 @team');
    expect(defuseMentions('### Changes\n- a@b.com @x #1 ## h')).toBe('### Changes\n- a@\u2060b.com @\u2060x #\u20601 ## h');
  });

  it("defuses GitHub's other issue reference, GH-12 (any case): no back-link on issue 12", () => {
    expect(defuseMentions('- 岗位 GH-12 gh-7 Gh-3')).toBe('- 岗位 GH-\u206012 gh-\u20607 Gh-\u20603');
    // Only where GitHub reads a reference: a word ending in gh, or GH- without a number, is left as it is.
    expect(defuseMentions('- HIGH-5 GH-x')).toBe('- HIGH-5 GH-x');
    const titled = diffOrgs(
      modelOf({ 'org.yaml': ORG, 'd.yaml': dept('  - {id: a, title: 专员, reports_to: boss}\n') }),
      modelOf({ 'org.yaml': ORG, 'd.yaml': dept('  - {id: a, title: "专员 GH-12", reports_to: boss}\n') }),
    );
    expect(outsideCodeBlocks(diffCommentBody(titled, options))).not.toMatch(/\bGH-\d/i);
  });

  it('breaks a word GitHub would link to a commit (deadbeef1234), as it is in the text', () => {
    const hexed = diffOrgs(
      modelOf({ 'org.yaml': ORG, 'd.yaml': dept('  - {id: a, title: 专员, reports_to: boss}\n') }),
      modelOf({ 'org.yaml': ORG, 'd.yaml': dept('  - {id: a, title: "专员 deadbeef1234", reports_to: boss}\n') }),
    );
    const body = diffCommentBody(hexed, options);
    expect(body).toContain('专员 deadbe\u2060ef1234');
    expect(outsideCodeBlocks(body)).not.toMatch(/(?<![A-Za-z0-9_])[0-9a-f]{7,40}(?![A-Za-z0-9_])/);
    expect(defuseMentions('- 20260101 a5c3785 deadbeef')).toBe('- 202601\u206001 a5c378\u20605 deadbe\u2060ef');
  });

  it('leaves the diagram (a code block) as written: its colours stay colours', () => {
    const body = diffCommentBody(result, options);
    const diagram = /```mermaid\n([\s\S]*?)\n```/.exec(body)![1]!;
    expect(diagram).toContain('classDef changed fill:#fff8c5,stroke:#9a6700,color:#4d2d00');
    expect(diagram).not.toContain('\u2060');
    expect(defuseMentions('- @a #1\n```mermaid\n  classDef x stroke:#1a7f37\n```\n- #2')).toBe(
      '- @\u2060a #\u20601\n```mermaid\n  classDef x stroke:#1a7f37\n```\n- #\u20602',
    );
  });

  it('stays under 65,536 characters: the detail gives way, the summary and the findings delta stay, with a link', () => {
    const many = (n: number, title: string) =>
      Array.from({ length: n }, (_, i) => `  - {id: r${i}, title: "${title} ${i}", reports_to: boss}\n`).join('');
    const big = diffOrgs(
      modelOf({ 'org.yaml': ORG, 'd.yaml': dept(many(1200, '专员')) }),
      modelOf({ 'org.yaml': ORG, 'd.yaml': dept(many(1200, '组员')) }),
    );
    const bodyIn = (locale: 'en' | 'zh-CN') =>
      diffCommentBody(big, { labels: { before: 'main', after: 'HEAD' }, orgPath: 'org', locale }, 'https://github.example/run');
    const body = bodyIn('en');
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toContain('| roles |');
    expect(body).toContain('### Findings introduced');
    expect(body).toContain('### Findings fixed');
    expect(body).toMatch(
      /lines? left out to stay under GitHub's comment limit; the full report is in \[the run's job summary\]\(https:\/\/github\.example\/run\)/,
    );
    expect(body.startsWith(marker)).toBe(true);
    // A zh-CN report says it in Chinese, the truncation notice too.
    const zh = bodyIn('zh-CN');
    expect(zh.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(zh).toContain('### 引入的问题');
    expect(zh).toMatch(/为不超过 GitHub 评论的长度上限,省略 \d+ 行;完整报告见\[本次运行的作业摘要\]\(https:\/\/github\.example\/run\)/);
    expect(zh).not.toContain('left out');
  });

  it('when even the findings overflow, every heading and count stays and each list says what it lost', () => {
    const lines = [
      '## orgctl diff',
      '',
      '| roles | 1 | 2 |',
      '',
      '### Findings introduced (900)',
      '',
      ...Array.from({ length: 900 }, (_, i) => `- **error** finding ${i} ${'x'.repeat(80)}`),
      '',
      '### Findings fixed (0)',
      '',
      'None.',
      '',
      '### Changes',
      '',
      '- a',
    ];
    const body = fitComment(lines.join('\n'), {
      marker,
      detailHeadings: ['### Changes'],
      truncated: (n) => `${n} left out`,
      limit: 20_000,
    });
    expect(body.length).toBeLessThanOrEqual(20_000);
    for (const keep of ['| roles | 1 | 2 |', '### Findings introduced (900)', '### Findings fixed (0)', 'None.'])
      expect(body).toContain(keep);
    expect(body).toMatch(/- \d+ left out\n/);
  });
});
