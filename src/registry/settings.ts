/**
 * HTTP settings read from the environment, so that a workflow (or a test) can change them
 * without an input:
 * - `DIFY_IMAGE_ACTION_HTTP_TIMEOUT`: seconds of silence after which a registry or token
 *   request is abandoned (and retried): no answer, a request body the registry stops reading,
 *   or an answer body that stops coming. Default 30.
 * - `DIFY_IMAGE_ACTION_HTTP_RETRY_WAIT_SCALE`: a factor on every wait between attempts (back-off
 *   and `Retry-After`), between 0 and 1. Default 1; tests set it low to run fast.
 */
import type { Env } from '../base/ports.js';

export const HTTP_TIMEOUT_VARIABLE = 'DIFY_IMAGE_ACTION_HTTP_TIMEOUT';
export const RETRY_WAIT_SCALE_VARIABLE = 'DIFY_IMAGE_ACTION_HTTP_RETRY_WAIT_SCALE';
export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * After the last byte of an upload, a registry verifies the digest and moves the blob into place
 * (on S3-backed registries, a server-side copy): the wait for its answer grows with the size.
 */
const COMMIT_BYTES_PER_MS = (10 * 1024 * 1024) / 1000; // 10 MiB/s

export interface HttpSettings {
  timeoutMs: number;
  retryWaitScale: number;
}

export function httpSettings(env: Env): HttpSettings {
  return {
    timeoutMs: seconds(env, HTTP_TIMEOUT_VARIABLE, 0.001, 3600) ?? DEFAULT_TIMEOUT_MS,
    retryWaitScale: number(env, RETRY_WAIT_SCALE_VARIABLE, 0, 1) ?? 1,
  };
}

/** How long a registry may take to answer once it has `bytes` of request body. */
export function answerWaitMs(timeoutMs: number, bytes: number): number {
  return Math.round(timeoutMs + bytes / COMMIT_BYTES_PER_MS);
}

function seconds(env: Env, name: string, min: number, max: number): number | undefined {
  const value = number(env, name, min, max);
  return value === undefined ? undefined : Math.round(value * 1000);
}

function number(env: Env, name: string, min: number, max: number): number | undefined {
  const text = env[name]?.trim();
  if (!text) return undefined;
  const value = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
  if (!(value >= min && value <= max)) {
    throw new Error(`environment variable ${name}: "${text}" is not a number from ${min} to ${max}`);
  }
  return value;
}
