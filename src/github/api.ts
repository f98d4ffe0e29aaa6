import type { getOctokit } from '@actions/github';
import type { Env } from '../base/ports.js';
import type { ApiAnswer, RepositoryData } from '../meta/repository.js';

/** A metadata step must not hang on the API: one short try, no retries (octokit has none built in). */
const TIMEOUT_MS = 5000;

type Octokit = ReturnType<typeof getOctokit>;

/**
 * An octokit for the API of this run: GITHUB_API_URL from the env record (GitHub Enterprise
 * Server, or a local server in tests), proxies as @actions/github sets them up. The library
 * (octokit and undici) is loaded here, on the first call, so steps that make none never pay
 * for it.
 */
async function octokit(env: Env, token: string): Promise<Octokit> {
  const options = {
    baseUrl: (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: 'dify-image-action',
  };
  if (token) return (await import('@actions/github')).getOctokit(token, options);
  // getOctokit insists on a token; without one, ask as an anonymous client (public repositories).
  const { GitHub } = await import('@actions/github/lib/utils');
  return new GitHub(options);
}

/** Why a call failed, in a few words: the HTTP status, or the network error's message. */
function reasonOf(error: unknown): string {
  const e = error as { status?: number; response?: unknown; message?: string };
  if (e.response !== undefined && typeof e.status === 'number') return `HTTP ${e.status}`;
  return e.message || String(error);
}

/** One API call against GITHUB_REPOSITORY; never throws, a failure is its reason. */
async function ask<T>(
  env: Env,
  token: string,
  call: (client: Octokit, repo: { owner: string; repo: string }, signal: AbortSignal) => Promise<T>,
): Promise<ApiAnswer<T>> {
  const [, owner, repo] = /^([^/]+)\/([^/]+)$/.exec(env['GITHUB_REPOSITORY'] ?? '') ?? [];
  if (!owner || !repo) return { ok: false, reason: 'GITHUB_REPOSITORY is not owner/name' };
  try {
    const client = await octokit(env, token);
    return { ok: true, data: await call(client, { owner, repo }, AbortSignal.timeout(TIMEOUT_MS)) };
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
}

/** `repos.get` for GITHUB_REPOSITORY (https://docs.github.com/rest/repos/repos#get-a-repository). */
export function getRepository(env: Env, token: string): Promise<ApiAnswer<RepositoryData>> {
  return ask(env, token, async (client, repo, signal) => {
    const { data } = await client.rest.repos.get({ ...repo, request: { signal } });
    return data;
  });
}

/** The committer date of a commit (https://docs.github.com/rest/commits/commits#get-a-commit). */
export async function getCommitDate(env: Env, token: string, sha: string): Promise<ApiAnswer<Date>> {
  if (!sha) return { ok: false, reason: 'no commit to ask for' };
  const answer = await ask(env, token, async (client, repo, signal) => {
    const { data } = await client.rest.repos.getCommit({ ...repo, ref: sha, request: { signal } });
    return data.commit.committer?.date;
  });
  if (!answer.ok) return answer;
  const date = new Date(answer.data ?? '');
  return Number.isNaN(date.getTime()) ? { ok: false, reason: 'no committer date' } : { ok: true, data: date };
}
