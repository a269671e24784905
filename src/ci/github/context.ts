/**
 * Where a sticky pull-request comment goes, from the environment GitHub
 * Actions sets for every job: the token, the repository, the API's address,
 * and the pull request's number from the event payload.
 */
import fs from 'node:fs';
import { UsageError } from '../../core/errors.js';

export interface GithubContext {
  token: string;
  /** The REST API's root, without a trailing slash (GITHUB_API_URL; github.com's by default). */
  apiUrl: string;
  owner: string;
  repo: string;
  pullRequest: number;
  /** The workflow run's page (its job summary holds the full report), when the run is known. */
  runUrl?: string;
}

const need = (env: NodeJS.ProcessEnv, name: string, why: string): string => {
  const value = env[name];
  if (!value) throw new UsageError(`--github-comment needs ${name} (${why}); run it in a GitHub Actions job`);
  return value;
};

/** The pull request's number in the event payload: a pull_request(_target) event, or a comment on a pull request. */
function pullRequestNumber(eventPath: string): number {
  let event: unknown;
  try {
    event = JSON.parse(fs.readFileSync(eventPath, 'utf8'));
  } catch {
    throw new UsageError(`--github-comment could not read the event payload at GITHUB_EVENT_PATH (${eventPath})`);
  }
  const e = (event ?? {}) as { pull_request?: { number?: unknown }; issue?: { number?: unknown; pull_request?: unknown } };
  const n = e.pull_request?.number ?? (e.issue?.pull_request ? e.issue.number : undefined);
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1)
    throw new UsageError('--github-comment runs on a pull request: the event that started the job is not one (use it on pull_request)');
  return n;
}

export function githubContext(env: NodeJS.ProcessEnv = process.env): GithubContext {
  const token = need(env, 'GITHUB_TOKEN', "the job's token, passed as env: GITHUB_TOKEN: ${{ github.token }}");
  const repository = need(env, 'GITHUB_REPOSITORY', 'owner/name');
  const [owner, repo, ...rest] = repository.split('/');
  if (!owner || !repo || rest.length) throw new UsageError(`GITHUB_REPOSITORY is '${repository}', not owner/name`);
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  if (!/^https?:\/\//.test(apiUrl)) throw new UsageError(`GITHUB_API_URL is not an http(s) address: '${apiUrl}'`);
  const pullRequest = pullRequestNumber(need(env, 'GITHUB_EVENT_PATH', 'the event payload'));
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const runId = env.GITHUB_RUN_ID;
  const runUrl =
    runId && /^\d+$/.test(runId) && /^https?:\/\//.test(server) ? `${server}/${owner}/${repo}/actions/runs/${runId}` : undefined;
  return { token, apiUrl, owner, repo, pullRequest, ...(runUrl ? { runUrl } : {}) };
}
