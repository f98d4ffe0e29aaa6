import { readFileSync } from 'node:fs';
import type { MetaContext } from '../meta/context.js';
import type { Env } from '../base/ports.js';

/**
 * The workflow's event as the runner describes it: GITHUB_EVENT_NAME, GITHUB_REF, GITHUB_SHA and
 * the webhook payload at GITHUB_EVENT_PATH (read as data, as @actions/github's Context does).
 */
export function readEventContext(env: Env): MetaContext {
  const payload = readPayload(env['GITHUB_EVENT_PATH']);
  return {
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    ref: env['GITHUB_REF'] ?? '',
    sha: env['GITHUB_SHA'] ?? '',
    payload,
    commitDate: payloadCommitDate(payload),
  };
}

function readPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return {};
  }
  const parsed: unknown = JSON.parse(text);
  return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
}

function validDate(value: unknown): Date | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * The commit date carried by the payload itself, so no API call is needed: `head_commit` on push
 * (webhook "push" payload), or the last commit of `commits`.
 */
export function payloadCommitDate(payload: Record<string, unknown>): Date | undefined {
  const head = payload['head_commit'] as Record<string, unknown> | null | undefined;
  const fromHead = validDate(head?.['timestamp']);
  if (fromHead) return fromHead;
  const commits = payload['commits'];
  if (Array.isArray(commits) && commits.length > 0) {
    return validDate((commits[commits.length - 1] as Record<string, unknown> | undefined)?.['timestamp']);
  }
  return undefined;
}
