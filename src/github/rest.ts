import type { Env } from '../modes/ports.js';

/** Subset of the REST `repos.get` answer we use (https://docs.github.com/rest/repos/repos#get-a-repository). */
export interface RepositoryData {
  name?: string;
  description?: string | null;
  html_url?: string;
  default_branch?: string;
  license?: { spdx_id?: string | null } | null;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; reason: string };

const TIMEOUT_MS = 5000;

/** One GET against the GitHub REST API: short timeout, no retries; never throws. */
async function getJson<T>(env: Env, token: string, path: string): Promise<ApiResult<T>> {
  const base = (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, '');
  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json',
    'user-agent': 'dify-image-action',
    'x-github-api-version': '2022-11-28',
  };
  if (token) headers['authorization'] = `Bearer ${token}`;
  try {
    const response = await fetch(`${base}${path}`, { headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!response.ok) {
      await response.body?.cancel();
      return { ok: false, reason: `HTTP ${response.status}` };
    }
    return { ok: true, data: (await response.json()) as T };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { ok: false, reason: cause ?? (error as Error).message };
  }
}

/** `repos.get` for GITHUB_REPOSITORY. */
export function getRepository(env: Env, token: string): Promise<ApiResult<RepositoryData>> {
  return getJson<RepositoryData>(env, token, `/repos/${env['GITHUB_REPOSITORY'] ?? ''}`);
}

/** The committer date of a commit (`repos.getCommit`), or undefined. */
export async function getCommitDate(env: Env, token: string, sha: string): Promise<Date | undefined> {
  const result = await getJson<{ commit?: { committer?: { date?: string } } }>(
    env,
    token,
    `/repos/${env['GITHUB_REPOSITORY'] ?? ''}/commits/${sha}`,
  );
  const text = result.ok ? result.data.commit?.committer?.date : undefined;
  const date = text ? new Date(text) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}
