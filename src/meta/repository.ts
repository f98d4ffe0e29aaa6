import type { Env } from '../base/ports.js';
import { payloadString, type RepoInfo } from './context.js';

/** Subset of the REST `repos.get` answer we use (https://docs.github.com/rest/repos/repos#get-a-repository). */
export interface RepositoryData {
  name?: string;
  description?: string | null;
  html_url?: string;
  default_branch?: string;
  license?: { spdx_id?: string | null } | null;
}

/** An answer from the GitHub API: the data, or why there is none. Never thrown. */
export type ApiAnswer<T> = { ok: true; data: T } | { ok: false; reason: string };

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

/**
 * The repository as the event payload carries it, when it has every field the labels need.
 * Webhook payloads embed the repository object `repos.get` returns, so a step asks the API (and
 * loads @actions/github, a tenth of a second of its start-up) only for a payload without it.
 * A `null` description or licence is an answer: the repository has none.
 */
export function payloadRepository(payload: Record<string, unknown>): RepositoryData | undefined {
  const repo = record(payload['repository']);
  if (!repo) return undefined;
  const { name, html_url, default_branch, description, license } = repo;
  if (typeof name !== 'string' || typeof html_url !== 'string' || typeof default_branch !== 'string') {
    return undefined;
  }
  if (description !== null && typeof description !== 'string') return undefined;
  if (license !== null && !record(license)) return undefined;
  const spdx = record(license)?.['spdx_id'];
  return {
    name,
    html_url,
    default_branch,
    description,
    license: license === null ? null : { spdx_id: typeof spdx === 'string' ? spdx : null },
  };
}

const REPO_LABELS = {
  title: 'org.opencontainers.image.title',
  description: 'org.opencontainers.image.description',
  url: 'org.opencontainers.image.url',
  licenses: 'org.opencontainers.image.licenses',
};

/**
 * The repository data for the default labels: `repos.get` when the API answered, else the event
 * payload and the GITHUB_* variables. When the API did not answer, `warning` says why and names
 * the labels left empty, so that a step without API access still tags but says what it lacks.
 */
export function repositoryInfo(
  answer: ApiAnswer<RepositoryData>,
  payload: Record<string, unknown>,
  env: Env,
): { repo: RepoInfo; warning?: string } {
  const api = answer.ok ? answer.data : undefined;
  const payloadRepo = (key: string): string | undefined => payloadString(payload, 'repository', key);
  const [, fromEnvName = ''] = /\/(.+)$/.exec(env['GITHUB_REPOSITORY'] ?? '') ?? [];
  const server = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
  const repo: RepoInfo = {
    name: api?.name ?? payloadRepo('name') ?? fromEnvName,
    description: (api ? api.description : payloadRepo('description')) ?? '',
    htmlUrl:
      api?.html_url ??
      payloadRepo('html_url') ??
      (env['GITHUB_REPOSITORY'] ? `${server}/${env['GITHUB_REPOSITORY']}` : ''),
    license: (api ? api.license?.spdx_id : payloadString(payload, 'repository', 'license', 'spdx_id')) ?? '',
    defaultBranch: api?.default_branch ?? payloadRepo('default_branch') ?? '',
  };
  if (answer.ok) return { repo };
  const missing = [
    repo.name ? '' : REPO_LABELS.title,
    repo.description ? '' : REPO_LABELS.description,
    repo.htmlUrl ? '' : REPO_LABELS.url,
    repo.license ? '' : REPO_LABELS.licenses,
  ].filter(Boolean);
  const what =
    missing.length > 0 ? `left empty: ${missing.join(', ')}` : 'filled from the event payload instead';
  return {
    repo,
    warning: `Could not read the repository from the GitHub API (${answer.reason}); labels ${what}`,
  };
}
