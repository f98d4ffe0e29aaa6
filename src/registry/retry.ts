/**
 * When to retry a registry request and how long to wait: bounded exponential back-off with
 * jitter on 429 (honouring `Retry-After`, distribution-spec "429 should carry Retry-After"),
 * 5xx and network errors; never on other 4xx, whose answer a retry would not change.
 */
export interface RetryPolicy {
  /** Attempts in all (first try included) for 429, 5xx and network errors. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Longest `Retry-After` honoured; a longer one fails at once rather than stalling the job. */
  maxRetryAfterMs: number;
  /** Attempts for a manifest that this client just pushed but the registry does not show yet. */
  readAfterWriteAttempts: number;
  readAfterWriteDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 15_000,
  maxRetryAfterMs: 120_000,
  readAfterWriteAttempts: 4,
  readAfterWriteDelayMs: 250,
};

export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599 && status !== 501);
}

/** Exponential delay for attempt `n` (1 = the first retry) with "equal jitter" in [d/2, d]. */
export function backoffDelay(policy: RetryPolicy, n: number, random: () => number): number {
  const full = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (n - 1));
  return Math.round(full / 2 + (full / 2) * random());
}

/** `Retry-After` as milliseconds (delta-seconds or an HTTP date), or undefined. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** A network-level failure worth retrying (reset, refused, timeout, socket closed). */
export function isNetworkError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'AbortError') return false;
  const cause = (error as { cause?: { code?: unknown } }).cause;
  const code = typeof cause?.code === 'string' ? cause.code : '';
  return (
    (error instanceof TypeError && error.message === 'fetch failed') ||
    /^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EAI_AGAIN|UND_ERR_)/.test(code)
  );
}

export function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  const detail =
    typeof cause?.code === 'string' ? cause.code : typeof cause?.message === 'string' ? cause.message : '';
  return detail ? `${error.message} (${detail})` : error.message;
}
