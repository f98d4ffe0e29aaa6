/**
 * One registry HTTP exchange as the client sees it: picks http or https, attaches auth
 * (answering one 401 challenge), follows redirects without carrying `Authorization` to another
 * origin, and counts every request per method and kind. Retries, time bounds and proxies are
 * the sender's (sender.ts). Never logs headers, bodies or query values.
 */
import { apiHost, isLoopback } from '../oci/reference.js';
import type { Authorizer } from './auth.js';
import { accessError, parseErrorBody, RegistryError } from './errors.js';
import type { RequestBody } from './exchange.js';
import { Sender, type SenderOptions } from './sender.js';
import { TokenError } from './token.js';

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
  /** Read a 2xx body into memory (at most this many bytes) within the retries: a cut body is retried. */
  buffer?: number;
  /** The path for a retry, made afresh (an upload whose body partly arrived needs a new session). */
  retryPath?: () => Promise<string>;
}

export interface TransportOptions extends SenderOptions {
  insecure: ReadonlySet<string>;
  userAgent: string;
}

const MAX_REDIRECTS = 5;
const MAX_TOKEN_BYTES = 1024 * 1024;

export class Transport {
  authorizer!: Authorizer;
  private readonly sender: Sender;
  /** Requests sent so far per `METHOD kind`, retries included. */
  readonly counts: Map<string, number>;

  constructor(private readonly options: TransportOptions) {
    this.sender = new Sender(options);
    this.counts = this.sender.counts;
  }

  /** `http://` for loopback and listed insecure registries, `https://` otherwise. */
  baseUrl(registry: string): string {
    const plain = isLoopback(registry) || this.options.insecure.has(registry);
    return `${plain ? 'http' : 'https'}://${apiHost(registry)}`;
  }

  /** Whether plain http may be spoken to `host` (a token realm): loopback or an insecure registry's host. */
  readonly plainHttpAllowed = (host: string): boolean => {
    const hostname = (h: string): string => new URL(`http://${h}`).hostname;
    return isLoopback(host) || [...this.options.insecure].some((entry) => hostname(entry) === hostname(host));
  };

  /** How many attempts an answer took, when more than one. */
  attemptsFor(res: Response): number | undefined {
    return this.sender.attemptsFor(res);
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
        throw await this.authError(req, 401, '');
      }
      if (res.status === 401 || res.status === 403) {
        const { code, message } = parseErrorBody(await res.text());
        throw await this.authError(req, res.status, code || message);
      }
      return res;
    }
  }

  private async authHeader(req: RegistryRequest, scopes: readonly string[]): Promise<string | undefined> {
    try {
      return await this.authorizer.header(req.registry, scopes);
    } catch (error) {
      if (error instanceof TokenError && (error.status === 401 || error.status === 403)) {
        throw await this.authError(req, error.status, 'token refused');
      }
      if (error instanceof TokenError) {
        const attempts = error.response && this.attemptsFor(error.response);
        const after = attempts ? ` after ${attempts} attempts` : '';
        throw new RegistryError(
          req.registry,
          error.status,
          'TOKEN',
          `registry ${req.registry}: no token: ${error.message}${after}`,
        );
      }
      throw error;
    }
  }

  private async authError(req: RegistryRequest, status: number, detail: string): Promise<RegistryError> {
    const hadCredentials = (await this.authorizer.credential(req.registry)) !== undefined;
    return accessError(req.registry, req.method, req.path, status, detail, hadCredentials);
  }

  /** Sends with retries and follows redirects (auth only to the registry's own origin). */
  private async follow(req: RegistryRequest, auth: string | undefined): Promise<Response> {
    let url = new URL(req.path, this.baseUrl(req.registry));
    for (let hop = 0; ; hop++) {
      const res = await this.send(req, url, hop === 0 ? req.method : 'GET', auth, hop === 0);
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
            `registry ${req.registry}: too many redirects for ${req.path}`,
          );
        await res.body?.cancel();
        url = new URL(location, url);
        continue;
      }
      return res;
    }
  }

  private send(
    req: RegistryRequest,
    url: URL,
    method: string,
    auth: string | undefined,
    firstHop: boolean,
  ): Promise<Response> {
    const base = new URL(this.baseUrl(req.registry)).origin;
    const retryPath = req.retryPath;
    return this.sender.send({
      label: req.kind === 'token' ? `token server ${req.registry}` : `registry ${req.registry}`,
      registry: req.registry,
      kind: req.kind,
      method,
      url,
      // Credentials only to the registry's own origin (a redirect may point at blob storage).
      headers: (to) => ({
        'user-agent': this.options.userAgent,
        ...req.headers,
        ...(auth && to.origin === base ? { authorization: auth } : {}),
      }),
      ...(firstHop && req.body ? { body: req.body } : {}),
      ...(req.buffer !== undefined ? { buffer: req.buffer } : {}),
      ...(firstHop && retryPath ? { retryUrl: async () => new URL(await retryPath(), base) } : {}),
      origin: req.kind === 'token' ? '' : base,
    });
  }

  /** Sends a request that carries no registry auth (token server). */
  readonly sendPlain = async (url: string, init: RequestInit, kind: 'token'): Promise<Response> => {
    const target = new URL(url);
    const req: RegistryRequest = {
      registry: target.host,
      method: (init.method ?? 'GET') as 'GET',
      path: url,
      kind,
      scopes: [],
      headers: { ...(init.headers as Record<string, string>) },
      buffer: MAX_TOKEN_BYTES,
    };
    if (init.body) req.body = () => init.body as RequestBody;
    return this.send(req, target, req.method, undefined, true);
  };
}
