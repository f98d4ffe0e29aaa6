/**
 * How long to wait between attempts: bounded exponential back-off with jitter, or what the
 * registry asked for in `Retry-After` (distribution-spec: "429 should carry Retry-After").
 * What is worth retrying at all is decided in classify.ts.
 */
export interface RetryPolicy {
  /** Attempts in all (first try included) for transient failures. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Longest `Retry-After` honoured; a longer one fails at once rather than stalling the job. */
  maxRetryAfterMs: number;
  /** Attempts for a manifest that this client just pushed but the registry does not show yet. */
  readAfterWriteAttempts: number;
  readAfterWriteDelayMs: number;
  /** Factor on every wait (back-off, `Retry-After`, read-after-write); below 1 only in tests. */
  waitScale: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 15_000,
  maxRetryAfterMs: 120_000,
  readAfterWriteAttempts: 4,
  readAfterWriteDelayMs: 250,
  waitScale: 1,
};

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
