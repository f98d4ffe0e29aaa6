/**
 * One registry HTTP exchange: picks http or https, attaches auth (answering one 401 challenge),
 * retries 429/5xx/network failures with back-off, follows redirects without carrying
 * `Authorization` to another origin, and counts every request per method and kind.
 * Never logs headers or bodies.
 */
import { apiHost, isLoopback } from '../oci/reference.js';
import type { Log } from '../base/ports.js';
import type { Authorizer } from './auth.js';
import { TokenError } from './token.js';
import { parseErrorBody, RegistryAuthError, RegistryError } from './errors.js';
import {
  backoffDelay,
  describeNetworkError,
  isNetworkError,
  isRetryableStatus,
  parseRetryAfter,
  type RetryPolicy,
} from './retry.js';

export type RequestKind =
  'ping' | 'manifest-by-tag' | 'manifest-by-digest' | 'blob' | 'upload' | 'mount' | 'tags' | 'token';

export interface RegistryRequest {
  registry: string;
  method: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';
  /** A path below the API root (`/v2/...`) or an absolute URL (upload locations). */
  path: string;
  kind: RequestKind;
  scopes: readonly string[];
  headers?: Record<string, string>;
  /** false: a 401 is returned as is, neither answered nor turned into an error (best-effort calls). */
  answerChallenge?: boolean;
  /** Made afresh for every attempt, so a streamed body can be sent again. */
  body?: () => Promise<RequestBody> | RequestBody;
}

export interface TransportOptions {
  log: Log;
  policy: RetryPolicy;
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => number;
  insecure: ReadonlySet<string>;
  userAgent: string;
}

type RequestBody = NonNullable<RequestInit['body']>;

const MAX_REDIRECTS = 5;

export class Transport {
  readonly counts = new Map<string, number>();
  authorizer!: Authorizer;

  constructor(private readonly options: TransportOptions) {}

  /** `http://` for loopback and listed insecure registries, `https://` otherwise. */
  baseUrl(registry: string): string {
    const plain = isLoopback(registry) || this.options.insecure.has(registry);
    return `${plain ? 'http' : 'https'}://${apiHost(registry)}`;
  }

  /** Runs the request; throws RegistryAuthError on a 401/403 that credentials cannot fix. */
  async request(req: RegistryRequest): Promise<Response> {
    let scopes = req.scopes;
    for (let round = 0; ; round++) {
      const auth = await this.authHeader(req, scopes);
      const res = await this.follow(req, auth);
      if (req.answerChallenge === false && (res.status === 401 || res.status === 403)) return res;
      if (res.status === 401 && round === 0) {
        const next = this.authorizer.challenged(req.registry, res.headers.get('www-authenticate'), scopes);
        await res.body?.cancel();
        if (next) {
          scopes = next;
          continue;
        }
        throw authError(req, 401, '', await this.hasCredential(req.registry));
      }
      if (res.status === 401 || res.status === 403) {
        const { code, message } = parseErrorBody(await res.text());
        throw authError(req, res.status, code || message, await this.hasCredential(req.registry));
      }
      return res;
    }
  }

  private async authHeader(req: RegistryRequest, scopes: readonly string[]): Promise<string | undefined> {
    try {
      return await this.authorizer.header(req.registry, scopes);
    } catch (error) {
      if (error instanceof TokenError && (error.status === 401 || error.status === 403)) {
        throw authError(req, error.status, 'token refused', await this.hasCredential(req.registry));
      }
      throw error;
    }
  }

  private async hasCredential(registry: string): Promise<boolean> {
    return (await this.authorizer.credential(registry)) !== undefined;
  }

  /** Sends with retries and follows redirects (auth only to the registry's own origin). */
  private async follow(req: RegistryRequest, auth: string | undefined): Promise<Response> {
    const base = this.baseUrl(req.registry);
    let url = new URL(req.path, base);
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = { 'user-agent': this.options.userAgent, ...req.headers };
      if (auth && url.origin === new URL(base).origin) headers.authorization = auth;
      const res = await this.send(
        req,
        url,
        hop === 0 ? req.method : 'GET',
        headers,
        hop === 0 ? req.body : undefined,
      );
      const location = res.headers.get('location');
      if (
        res.status >= 300 &&
        res.status < 400 &&
        location &&
        (req.method === 'GET' || req.method === 'HEAD')
      ) {
        if (hop >= MAX_REDIRECTS)
          throw new RegistryError(
            req.registry,
            res.status,
            '',
            `${req.registry}: too many redirects for ${req.path}`,
          );
        await res.body?.cancel();
        url = new URL(location, url);
        continue;
      }
      return res;
    }
  }

  private async send(
    req: RegistryRequest,
    url: URL,
    method: string,
    headers: Record<string, string>,
    body: RegistryRequest['body'],
  ): Promise<Response> {
    const { policy, log } = this.options;
    const what = `${method} ${url.pathname}`;
    for (let attempt = 1; ; attempt++) {
      const init: RequestInit & { duplex?: 'half' } = { method, headers, redirect: 'manual' };
      if (body) {
        init.body = await body();
        if (init.body instanceof ReadableStream) init.duplex = 'half';
      }
      this.count(method, req.kind);
      let res: Response;
      try {
        res = await this.options.fetch(url, init);
      } catch (error) {
        if (!isNetworkError(error) || attempt >= policy.attempts) {
          throw new RegistryError(
            req.registry,
            0,
            'NETWORK',
            `${req.registry}: ${what} failed: ${describeNetworkError(error)}`,
          );
        }
        const delay = backoffDelay(policy, attempt, this.options.random);
        log.info(
          `${req.registry}: ${what} failed (${describeNetworkError(error)}); retry ${attempt}/${policy.attempts - 1} in ${delay} ms`,
        );
        await this.options.sleep(delay);
        continue;
      }
      if (!isRetryableStatus(res.status) || attempt >= policy.attempts) return res;
      // A streamed body that the server did not read would keep its source connection open.
      if (init.body instanceof ReadableStream && !init.body.locked)
        await init.body.cancel().catch(() => undefined);
      const retryAfter =
        res.status === 429 ? parseRetryAfter(res.headers.get('retry-after'), this.options.now()) : undefined;
      if (retryAfter !== undefined && retryAfter > policy.maxRetryAfterMs) return res;
      const delay = retryAfter ?? backoffDelay(policy, attempt, this.options.random);
      await res.body?.cancel();
      const reason =
        res.status === 429
          ? `429 Too Many Requests${retryAfter !== undefined ? ', Retry-After' : ''}`
          : `HTTP ${res.status}`;
      log.info(
        `${req.registry}: ${what} answered ${reason}; retry ${attempt}/${policy.attempts - 1} in ${delay} ms`,
      );
      await this.options.sleep(delay);
    }
  }

  private count(method: string, kind: RequestKind): void {
    const key = `${method} ${kind}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** Sends a request that carries no registry auth (token server). */
  readonly sendPlain = async (url: string, init: RequestInit, kind: 'token'): Promise<Response> => {
    const registry = new URL(url).host;
    return this.send(
      { registry, method: (init.method ?? 'GET') as 'GET', path: url, kind, scopes: [] },
      new URL(url),
      init.method ?? 'GET',
      { 'user-agent': this.options.userAgent, ...(init.headers as Record<string, string>) },
      init.body ? () => init.body as RequestBody : undefined,
    );
  };
}

function authError(
  req: RegistryRequest,
  status: number,
  detail: string,
  hadCredentials: boolean,
): RegistryAuthError {
  const action = req.method === 'GET' || req.method === 'HEAD' ? 'read from' : 'push to';
  const hint = hadCredentials
    ? 'the credentials were refused or lack permission; check the login for this registry'
    : 'no credentials were found for this registry; log in first';
  return new RegistryAuthError(
    req.registry,
    status,
    detail,
    `registry ${req.registry}: not allowed to ${action} ${new URL(req.path, 'http://registry').pathname} (HTTP ${status}${detail ? ` ${detail}` : ''}): ${hint}`,
  );
}
