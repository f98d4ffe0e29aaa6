/**
 * What every registry operation shares: options, the transport (auth, retries, counting),
 * the scopes per repository, status checking and error messages.
 */
import { createHash } from 'node:crypto';
import type { Env, Log } from '../base/ports.js';
import { Authorizer } from './auth.js';
import { BodyTooLargeError, readBounded, readPrefix } from './body.js';
import type { CredentialSource } from './credentials.js';
import { parseErrorBody, RegistryError } from './errors.js';
import { toolkitProxy, type ProxyLookup } from './proxy.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry.js';
import { repositoryScope } from './scope.js';
import { httpSettings } from './settings.js';
import { Transport, type RegistryRequest } from './transport.js';

export interface RepositoryRef {
  registry: string;
  repository: string;
}

/** OCI descriptor fields a registry answer gives (`image-spec` `descriptor.md`). */
export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
}

export interface FetchedManifest extends Descriptor {
  bytes: Uint8Array;
}

export interface RegistryClientOptions {
  log: Log;
  /** Where credentials come from; default: anonymous. */
  credentials?: CredentialSource;
  /** Registries (`host[:port]`) spoken to over plain HTTP besides loopback ones. */
  insecureRegistries?: readonly string[];
  retry?: Partial<RetryPolicy>;
  /**
   * Where the `DIFY_IMAGE_ACTION_HTTP_*` settings are read (settings.ts); default: the process
   * environment. Proxy variables are always read from the process environment (see `proxy`).
   */
  env?: Env;
  /** Silence (ms) after which a request attempt is abandoned; default from `env`, else 30 s. */
  timeoutMs?: number;
  /** The proxy for a URL; default: the GitHub Actions toolkit's rules (HTTPS_PROXY, NO_PROXY...). */
  proxy?: ProxyLookup;
  /** Used for requests that go through no proxy. */
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  userAgent?: string;
}

export const sha256Digest = (bytes: Uint8Array): string =>
  `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** Error bodies are only shown to people: the start is enough. */
const MAX_ERROR_BODY_BYTES = 16 * 1024;

export class RegistryCore {
  protected readonly transport: Transport;
  protected readonly log: Log;
  protected readonly policy: RetryPolicy;
  protected readonly sleep: (ms: number) => Promise<void>;
  protected readonly pushTargets = new Set<string>();
  /** Manifests are content-addressed: once read or written in a repository, the bytes are known. */
  protected readonly manifests = new Map<string, FetchedManifest>();
  /** Refs this client wrote, for the read-after-write retry. */
  protected readonly written = new Set<string>();

  constructor(options: RegistryClientOptions) {
    this.log = options.log;
    const settings = httpSettings(options.env ?? process.env);
    this.policy = { ...DEFAULT_RETRY_POLICY, waitScale: settings.retryWaitScale, ...options.retry };
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const now = options.now ?? Date.now;
    this.transport = new Transport({
      log: options.log,
      policy: this.policy,
      fetch: options.fetch ?? globalThis.fetch,
      sleep: this.sleep,
      random: options.random ?? Math.random,
      now,
      insecure: new Set(options.insecureRegistries ?? []),
      userAgent: options.userAgent ?? 'dify-image-action',
      timeoutMs: options.timeoutMs ?? settings.timeoutMs,
      proxy: options.proxy ?? toolkitProxy,
    });
    this.transport.authorizer = new Authorizer(
      options.credentials ?? (() => Promise.resolve(undefined)),
      this.transport.sendPlain,
      now,
      this.transport.plainHttpAllowed,
    );
  }

  /** Asks for push rights on this repository from the start, so one token serves every request. */
  markPushTarget(repo: RepositoryRef): void {
    this.pushTargets.add(key(repo));
  }

  /** Requests sent so far, per `METHOD kind` (e.g. `HEAD manifest-by-digest`), retries and 401s included. */
  requestCounts(): Record<string, number> {
    return Object.fromEntries([...this.transport.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  totalRequests(): number {
    let total = 0;
    for (const n of this.transport.counts.values()) total += n;
    return total;
  }

  resetCounts(): void {
    this.transport.counts.clear();
  }

  protected scopes(repo: RepositoryRef): string[] {
    return [repositoryScope(repo.repository, this.pushTargets.has(key(repo)))];
  }

  protected async startUpload(repo: RepositoryRef): Promise<string> {
    const res = await this.call(
      {
        registry: repo.registry,
        method: 'POST',
        path: `/v2/${repo.repository}/blobs/uploads/`,
        kind: 'upload',
        scopes: this.scopes(repo),
      },
      [202],
    );
    await res.body?.cancel();
    return this.location(repo, res);
  }

  protected location(repo: RepositoryRef, res: Response): string {
    const location = res.headers.get('location');
    if (!location)
      throw new RegistryError(
        repo.registry,
        res.status,
        '',
        `registry ${repo.registry}: upload answer without a Location`,
      );
    return new URL(location, this.transport.baseUrl(repo.registry)).toString();
  }

  /** Sends and insists on one of the expected statuses. */
  protected async call(req: RegistryRequest, expected: readonly number[]): Promise<Response> {
    const res = await this.transport.request(req);
    if (expected.includes(res.status)) return res;
    throw await this.failure(
      req.registry,
      `${req.method} ${new URL(req.path, 'http://registry').pathname}`,
      res,
    );
  }

  protected async failure(registry: string, what: string, res: Response): Promise<RegistryError> {
    const text = await readPrefix(res.body, MAX_ERROR_BODY_BYTES)
      .then((bytes) => Buffer.from(bytes).toString('utf8'))
      .catch(() => '');
    const { code, message } = parseErrorBody(text);
    const detail = [code, message].filter(Boolean).join(': ');
    const attempts = this.transport.attemptsFor(res);
    return new RegistryError(
      registry,
      res.status,
      code,
      `registry ${registry}: ${what} answered HTTP ${res.status}${detail ? ` (${detail})` : ''}${
        attempts ? ` after ${attempts} attempts` : ''
      }`,
    );
  }
}

export function key(repo: RepositoryRef): string {
  return `${repo.registry}/${repo.repository}`;
}

/** The body in memory; reading stops (and the connection ends) as soon as it passes `max` bytes. */
export async function readLimited(res: Response, max: number, registry: string): Promise<Uint8Array> {
  const length = Number(res.headers.get('content-length') ?? 0);
  const tooLarge = (message: string): RegistryError =>
    new RegistryError(registry, res.status, 'SIZE_INVALID', `registry ${registry}: ${message}`);
  if (length > max) {
    await res.body?.cancel();
    throw tooLarge(`answer of ${length} bytes is larger than ${max}`);
  }
  try {
    return await readBounded(res.body, max);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw tooLarge(`answer larger than ${max} bytes`);
    throw error;
  }
}
