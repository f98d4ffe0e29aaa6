/**
 * Sends one request, retrying what can heal (classify.ts) with back-off or the registry's
 * `Retry-After`, and says in the log which failure it was: "transient, retrying (2/5)",
 * "permanent, not retried", "transient, but still failing after 5 attempts". Each attempt is
 * one bounded exchange (exchange.ts) through the environment's proxy (proxy.ts).
 */
import type { Log } from '../base/ports.js';
import { BodyTooLargeError } from './body.js';
import { classifyError, isTransientStatus } from './classify.js';
import { RegistryError } from './errors.js';
import { exchange, type RequestBody } from './exchange.js';
import { FetchRouter, type ProxyLookup } from './proxy.js';
import { redactUrl } from './redact.js';
import { backoffDelay, parseRetryAfter, type RetryPolicy } from './retry.js';

export interface Outgoing {
  /** For errors: `registry <host>`, `token server <host>`. */
  label: string;
  registry: string;
  /** For counting: `<method> <kind>`. */
  kind: string;
  method: string;
  url: URL;
  /** The headers for a URL (credentials go to the registry's own origin only). */
  headers: (url: URL) => Record<string, string>;
  /** Made afresh for every attempt, so a streamed body can be sent again. */
  body?: () => Promise<RequestBody> | RequestBody;
  /** Read a 2xx body into memory, at most this many bytes. */
  buffer?: number;
  /** The URL for a retry, when it must differ from the first (a fresh upload session). */
  retryUrl?: () => Promise<URL>;
  /** Shown as is (`/v2/...`) when on the registry's origin; elsewhere the full URL, redacted. */
  origin: string;
}

export interface SenderOptions {
  log: Log;
  policy: RetryPolicy;
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => number;
  timeoutMs: number;
  proxy: ProxyLookup;
}

export class Sender {
  readonly counts = new Map<string, number>();
  /** Answers returned after more than one attempt, for error messages. */
  private readonly attempts = new WeakMap<Response, number>();
  private readonly router: FetchRouter;

  constructor(private readonly options: SenderOptions) {
    this.router = new FetchRouter(options.fetch, options.proxy, options.log);
  }

  /** How many attempts an answer took, when more than one. */
  attemptsFor(res: Response): number | undefined {
    return this.attempts.get(res);
  }

  async send(out: Outgoing): Promise<Response> {
    const { policy } = this.options;
    let url = out.url;
    for (let attempt = 1; ; attempt++) {
      if (attempt > 1 && out.retryUrl) url = await out.retryUrl();
      const what = `${out.method} ${url.origin === out.origin ? url.pathname : redactUrl(url)}`;
      const body = out.body ? await out.body() : undefined;
      this.count(`${out.method} ${out.kind}`);
      let res: Response;
      try {
        res = await exchange(
          {
            url,
            method: out.method,
            headers: out.headers(url),
            ...(body !== undefined ? { body } : {}),
            ...(out.buffer !== undefined ? { buffer: out.buffer } : {}),
          },
          { timeoutMs: this.options.timeoutMs, fetchFor: (u) => this.router.fetchFor(u) },
        );
      } catch (error) {
        if (error instanceof BodyTooLargeError)
          throw new RegistryError(out.registry, 0, 'SIZE_INVALID', `${out.label}: ${what}: ${error.message}`);
        const verdict = classifyError(error);
        if (!verdict) throw error;
        // A failure in another exchange (the download feeding an upload) names that one.
        const own = verdict.source === undefined || verdict.source === `${out.method} ${redactUrl(url)}`;
        const reason = own ? verdict.reason : `${verdict.source}: ${verdict.reason}`;
        if (!verdict.transient || attempt >= policy.attempts) {
          const end = verdict.transient
            ? `transient, but still failing after ${attempt} attempts`
            : 'permanent, not retried';
          throw new RegistryError(out.registry, 0, 'NETWORK', `${out.label}: ${what}: ${reason}: ${end}`);
        }
        await this.pause(`${out.label}: ${what}: ${reason}`, attempt, this.backoff(attempt));
        continue;
      }
      if (!isTransientStatus(res.status)) return this.settle(res, attempt);
      // distribution-spec: 429 "should" carry Retry-After; RFC 9110 allows it on 503 too.
      const retryAfter =
        res.status === 429 || res.status === 503
          ? parseRetryAfter(res.headers.get('retry-after'), this.options.now())
          : undefined;
      const reason = `${out.label}: ${what}: HTTP ${res.status}${res.status === 429 ? ' Too Many Requests' : ''}${
        retryAfter !== undefined ? `, Retry-After ${retryAfter / 1000} s` : ''
      }`;
      if (retryAfter !== undefined && retryAfter > policy.maxRetryAfterMs) {
        this.options.log.info(
          `${reason}, longer than the ${policy.maxRetryAfterMs / 1000} s this action waits: not retried`,
        );
        return this.settle(res, attempt);
      }
      if (attempt >= policy.attempts) {
        this.options.log.info(`${reason}: transient, but still failing after ${attempt} attempts`);
        return this.settle(res, attempt);
      }
      await res.body?.cancel();
      await this.pause(reason, attempt, retryAfter ?? this.backoff(attempt));
    }
  }

  private backoff(attempt: number): number {
    return backoffDelay(this.options.policy, attempt, this.options.random);
  }

  private settle(res: Response, attempt: number): Response {
    if (attempt > 1) this.attempts.set(res, attempt);
    return res;
  }

  private async pause(reason: string, attempt: number, ms: number): Promise<void> {
    const delay = Math.round(ms * this.options.policy.waitScale);
    this.options.log.info(
      `${reason}: transient, retrying (${attempt + 1}/${this.options.policy.attempts}) in ${delay} ms`,
    );
    await this.options.sleep(delay);
  }

  private count(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
}
