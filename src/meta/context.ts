import { formatDate } from './date-format.js';
import type { Helper, Scope } from './template.js';

/** The event as the engine sees it: plain data, read by an adapter (src/github/event-context.ts). */
export interface MetaContext {
  eventName: string;
  /** Full ref, e.g. `refs/heads/main`, `refs/tags/v1.2.3`, `refs/pull/2/merge`. */
  ref: string;
  sha: string;
  /** The webhook payload (GITHUB_EVENT_PATH), as parsed JSON. */
  payload: Record<string, unknown>;
  /** When the commit was made, if known; `{{commit_date}}` falls back to `now`. */
  commitDate?: Date | undefined;
}

/** Repository data for the default labels: `repos.get`, or what the payload and the env gave. */
export interface RepoInfo {
  name: string;
  description: string;
  htmlUrl: string;
  /** SPDX identifier of the licence, e.g. `Apache-2.0`. */
  license: string;
  defaultBranch: string;
}

/** Switches the engine reads from DOCKER_METADATA_* variables, already parsed. */
export interface MetaOptions {
  /** DOCKER_METADATA_PR_HEAD_SHA: on pull requests, use the head commit instead of the merge commit. */
  prHeadSha: boolean;
  /** DOCKER_METADATA_SHORT_SHA_LENGTH (default 7). */
  shortShaLength: number;
}

export function isPullRequestEvent(eventName: string): boolean {
  return eventName.startsWith('pull_request');
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

/** A string field at a path of the payload, or undefined. */
export function payloadString(payload: Record<string, unknown>, ...path: string[]): string | undefined {
  let node: unknown = payload;
  for (const key of path) node = record(node)?.[key];
  return typeof node === 'string' ? node : undefined;
}

/**
 * The event as docker/metadata-action's workflow context sees it. A `pull_request_target` run
 * has the base branch as GITHUB_REF; metadata-action speaks of the pull request's merge ref
 * instead (`refs/pull/<number>/merge`), so that `type=ref,event=pr` tags it, `{{base_ref}}` is
 * the base branch and `{{is_default_branch}}` is false, as for `pull_request`. It matches the
 * event name as metadata-action does (a `pull_request_target` substring); the other pull request
 * events (`pull_request`, `pull_request_review`, `pull_request_review_comment`) already run on
 * the merge ref. A payload without a number keeps its ref.
 */
export function workflowContext(ctx: MetaContext): MetaContext {
  const number = record(ctx.payload)?.['number'];
  if (!ctx.eventName.includes('pull_request_target') || typeof number !== 'number') return ctx;
  return { ...ctx, ref: `refs/pull/${number}/merge` };
}

/** The commit the tags speak of: the merge commit, or the PR head with DOCKER_METADATA_PR_HEAD_SHA. */
export function effectiveSha(ctx: MetaContext, options: MetaOptions): string {
  if (options.prHeadSha && isPullRequestEvent(ctx.eventName)) {
    return payloadString(ctx.payload, 'pull_request', 'head', 'sha') ?? ctx.sha;
  }
  return ctx.sha;
}

function dateHelper(date: Date): Helper {
  return (args, hash) => {
    for (const key of Object.keys(hash)) if (key !== 'tz') throw new RangeError(`unknown ${key} attribute`);
    return formatDate(date, args[0] ?? '', hash['tz'] ?? 'UTC');
  };
}

/** The global expressions of docker/metadata-action ({{branch}}, {{sha}}, {{date 'fmt'}}, ...). */
export function globalScope(ctx: MetaContext, repo: RepoInfo, options: MetaOptions, now: Date): Scope {
  const ref = ctx.ref;
  const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : '';
  const tag = ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : '';
  let baseRef = '';
  const pushBase = payloadString(ctx.payload, 'base_ref');
  const prBase = payloadString(ctx.payload, 'pull_request', 'base', 'ref');
  if (tag && pushBase !== undefined) baseRef = pushBase.replace(/^refs\/heads\//, '');
  else if (ref.startsWith('refs/pull/') && prBase !== undefined) baseRef = prBase;
  const candidate = ref.replace(/^refs\/heads\//, '');
  const defaultBranch = payloadString(ctx.payload, 'repository', 'default_branch');
  // metadata-action also answers true for the events that always run on the default branch's
  // last commit (create, discussion, issues, schedule), whatever GITHUB_REF says.
  const isDefault =
    candidate !== '' &&
    (candidate === defaultBranch ||
      (repo.defaultBranch !== '' && candidate === repo.defaultBranch) ||
      /create|discussion|issues|schedule/.test(ctx.eventName));
  return {
    branch,
    tag,
    sha: effectiveSha(ctx, options).slice(0, options.shortShaLength),
    base_ref: baseRef,
    is_default_branch: String(isDefault),
    is_not_default_branch: String(!isDefault),
    date: dateHelper(now),
    commit_date: dateHelper(ctx.commitDate ?? now),
  };
}
