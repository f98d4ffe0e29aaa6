/**
 * The registry client the modes use (OCI distribution-spec `spec.md` endpoints): access check,
 * manifests by tag or digest (sha256 verified on every GET), blobs (HEAD, streamed GET,
 * cross-repository mount, monolithic streamed upload) and a request counter.
 */
import { createHash } from 'node:crypto';
import { isDigest } from '../oci/reference.js';
import type { Log } from '../modes/ports.js';
import { Authorizer } from './auth.js';
import type { CredentialSource } from './credentials.js';
import { parseErrorBody, RegistryError } from './errors.js';
import { MANIFEST_ACCEPT, manifestMediaType } from './media-types.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry.js';
import { repositoryScope } from './scope.js';
import { Transport, type RegistryRequest, type RequestKind } from './transport.js';

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
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  userAgent?: string;
}

export const sha256Digest = (bytes: Uint8Array): string =>
  `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

export class RegistryClient {
  private readonly transport: Transport;
  private readonly log: Log;
  private readonly policy: RetryPolicy;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly pushTargets = new Set<string>();
  /** Manifests are content-addressed: once read or written in a repository, the bytes are known. */
  private readonly manifests = new Map<string, FetchedManifest>();
  /** Refs this client wrote, for the read-after-write retry. */
  private readonly written = new Set<string>();

  constructor(options: RegistryClientOptions) {
    this.log = options.log;
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
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
    });
    this.transport.authorizer = new Authorizer(
      options.credentials ?? (() => Promise.resolve(undefined)),
      this.transport.sendPlain,
      now,
    );
  }

  /** Asks for push rights on this repository from the start, so one token serves every request. */
  markPushTarget(repo: RepositoryRef): void {
    this.pushTargets.add(key(repo));
  }

  /**
   * Fails with a RegistryAuthError naming the registry unless the credentials may read (and,
   * with `push`, write) the repository. A missing repository is fine.
   */
  async checkAccess(repo: RepositoryRef, push: boolean): Promise<void> {
    if (push) this.markPushTarget(repo);
    const scopes = this.scopes(repo);
    const ping = await this.call(
      { registry: repo.registry, method: 'GET', path: '/v2/', kind: 'ping', scopes },
      [200],
    );
    await ping.body?.cancel();
    if (push) {
      // Starting (and cancelling) an upload is the one request that proves push rights.
      const location = await this.startUpload(repo);
      // Cancelling may need a `delete` right the user need not have: best effort, no new token.
      const res = await this.call(
        {
          registry: repo.registry,
          method: 'DELETE',
          path: location,
          kind: 'upload',
          scopes,
          answerChallenge: false,
        },
        [204, 401, 403, 404, 405],
      );
      await res.body?.cancel();
    } else {
      const res = await this.call(
        {
          registry: repo.registry,
          method: 'GET',
          path: `/v2/${repo.repository}/tags/list?n=1`,
          kind: 'tags',
          scopes,
        },
        [200, 404],
      );
      await res.body?.cancel();
    }
  }

  /** The descriptor of a manifest (HEAD), or undefined when the registry does not have it. */
  async headManifest(repo: RepositoryRef, reference: string): Promise<Descriptor | undefined> {
    const known = this.manifests.get(`${key(repo)}@${reference}`);
    if (known) return { mediaType: known.mediaType, digest: known.digest, size: known.size };
    const res = await this.manifestRequest(repo, reference, 'HEAD');
    if (res.status === 404) return undefined;
    const digest = res.headers.get('docker-content-digest');
    const length = res.headers.get('content-length');
    const type = res.headers.get('content-type')?.split(';')[0]?.trim();
    // containerd falls back to a GET when a header is missing.
    if (!digest || !isDigest(digest) || length === null || !type) {
      const got = await this.getManifest(repo, reference);
      return { mediaType: got.mediaType, digest: got.digest, size: got.size };
    }
    return { mediaType: type, digest, size: Number(length) };
  }

  /** The manifest bytes and descriptor; throws RegistryError (code MANIFEST_UNKNOWN) when missing. */
  async getManifest(repo: RepositoryRef, reference: string): Promise<FetchedManifest> {
    const cacheKey = `${key(repo)}@${reference}`;
    const known = this.manifests.get(cacheKey);
    if (known) return known;
    const res = await this.manifestRequest(repo, reference, 'GET');
    if (res.status === 404)
      throw await this.failure(repo.registry, `GET ${repo.repository} manifest ${reference}`, res);
    const bytes = await readLimited(res, MAX_MANIFEST_BYTES, repo.registry);
    const digest = sha256Digest(bytes);
    const expected = isDigest(reference) ? reference : res.headers.get('docker-content-digest');
    if (expected && expected !== digest) {
      throw new RegistryError(
        repo.registry,
        res.status,
        'DIGEST_INVALID',
        `registry ${repo.registry}: manifest ${repo.repository}@${reference} has digest ${digest}, expected ${expected}`,
      );
    }
    const got: FetchedManifest = {
      mediaType: manifestMediaType(bytes, res.headers.get('content-type') ?? undefined),
      digest,
      size: bytes.length,
      bytes,
    };
    this.manifests.set(`${key(repo)}@${digest}`, got);
    return got;
  }

  /** PUTs manifest bytes unchanged under a tag or digest; checks the registry's digest. */
  async putManifest(
    repo: RepositoryRef,
    reference: string,
    bytes: Uint8Array,
    mediaType: string,
  ): Promise<Descriptor> {
    this.markPushTarget(repo);
    const digest = sha256Digest(bytes);
    if (isDigest(reference) && reference !== digest)
      throw new Error(`manifest bytes have digest ${digest}, not ${reference}`);
    const res = await this.call(
      {
        registry: repo.registry,
        method: 'PUT',
        path: `/v2/${repo.repository}/manifests/${reference}`,
        kind: kindOf(reference),
        scopes: this.scopes(repo),
        headers: { 'content-type': mediaType },
        body: () => bytes,
      },
      [201],
    );
    await res.body?.cancel();
    const answered = res.headers.get('docker-content-digest');
    if (answered && answered !== digest) {
      throw new RegistryError(
        repo.registry,
        res.status,
        'DIGEST_INVALID',
        `registry ${repo.registry}: stored ${repo.repository}:${reference} as ${answered}, but its bytes are ${digest}`,
      );
    }
    const descriptor = { mediaType, digest, size: bytes.length };
    this.manifests.set(`${key(repo)}@${digest}`, { ...descriptor, bytes });
    this.written.add(`${key(repo)}@${reference}`).add(`${key(repo)}@${digest}`);
    return descriptor;
  }

  /** The blob's size (HEAD), or undefined when the repository does not have it. */
  async headBlob(repo: RepositoryRef, digest: string): Promise<number | undefined> {
    const res = await this.call(
      {
        registry: repo.registry,
        method: 'HEAD',
        path: `/v2/${repo.repository}/blobs/${digest}`,
        kind: 'blob',
        scopes: this.scopes(repo),
      },
      [200, 404],
    );
    await res.body?.cancel();
    return res.status === 404 ? undefined : Number(res.headers.get('content-length') ?? 0);
  }

  /** The blob as a stream (not verified here: an upload with `?digest=` makes the target verify it). */
  async getBlob(
    repo: RepositoryRef,
    digest: string,
  ): Promise<{ size: number; body: ReadableStream<Uint8Array> }> {
    const res = await this.call(
      {
        registry: repo.registry,
        method: 'GET',
        path: `/v2/${repo.repository}/blobs/${digest}`,
        kind: 'blob',
        scopes: this.scopes(repo),
      },
      [200],
    );
    if (!res.body)
      throw new RegistryError(
        repo.registry,
        res.status,
        '',
        `registry ${repo.registry}: blob ${digest} has no body`,
      );
    return { size: Number(res.headers.get('content-length') ?? -1), body: res.body };
  }

  /** A small blob (an image config) in memory, sha256 verified. */
  async getBlobBytes(
    repo: RepositoryRef,
    digest: string,
    maxBytes = MAX_MANIFEST_BYTES,
  ): Promise<Uint8Array> {
    const res = await this.call(
      {
        registry: repo.registry,
        method: 'GET',
        path: `/v2/${repo.repository}/blobs/${digest}`,
        kind: 'blob',
        scopes: this.scopes(repo),
      },
      [200],
    );
    const bytes = await readLimited(res, maxBytes, repo.registry);
    if (sha256Digest(bytes) !== digest) {
      throw new RegistryError(
        repo.registry,
        res.status,
        'DIGEST_INVALID',
        `registry ${repo.registry}: blob ${repo.repository}@${digest} does not match its digest`,
      );
    }
    return bytes;
  }

  /** Cross-repository mount: 201 mounted; 202 = not mounted, an upload session was started instead. */
  async mountBlob(
    repo: RepositoryRef,
    digest: string,
    fromRepository: string,
  ): Promise<{ mounted: true } | { mounted: false; location: string }> {
    this.markPushTarget(repo);
    const res = await this.call(
      {
        registry: repo.registry,
        method: 'POST',
        path: `/v2/${repo.repository}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(fromRepository)}`,
        kind: 'mount',
        scopes: [...this.scopes(repo), repositoryScope(fromRepository, false)],
      },
      [201, 202],
    );
    await res.body?.cancel();
    if (res.status === 201) return { mounted: true };
    return { mounted: false, location: this.location(repo, res) };
  }

  /**
   * Monolithic upload: POST (unless a session `location` is given) then one streamed
   * `PUT <location>?digest=` with Content-Length. `open` is called again for each attempt.
   */
  async uploadBlob(
    repo: RepositoryRef,
    digest: string,
    size: number,
    open: () => Promise<ReadableStream<Uint8Array> | Uint8Array>,
    location?: string,
  ): Promise<void> {
    this.markPushTarget(repo);
    for (let session = 1; ; session++) {
      const start = session === 1 && location !== undefined ? location : await this.startUpload(repo);
      const path = `${start}${start.includes('?') ? '&' : '?'}digest=${encodeURIComponent(digest)}`;
      const res = await this.transport.request({
        registry: repo.registry,
        method: 'PUT',
        path,
        kind: 'upload',
        scopes: this.scopes(repo),
        headers: {
          'content-type': 'application/octet-stream',
          ...(size >= 0 ? { 'content-length': String(size) } : {}),
        },
        body: open,
      });
      if (res.status === 201) {
        await res.body?.cancel();
        return;
      }
      const error = await this.failure(repo.registry, `upload of ${digest} to ${repo.repository}`, res);
      // A session the registry lost (restart, load balancer) is worth one fresh start.
      if (error.code !== 'BLOB_UPLOAD_UNKNOWN' || session >= 2) throw error;
      this.log.info(
        `registry ${repo.registry}: upload session for ${digest} was lost (BLOB_UPLOAD_UNKNOWN); starting a new one`,
      );
    }
  }

  /** Copies one blob unless present: mount within a registry, else GET streamed into PUT. */
  async copyBlob(
    from: RepositoryRef,
    to: RepositoryRef,
    blob: { digest: string; size: number },
  ): Promise<'present' | 'mounted' | 'uploaded'> {
    this.markPushTarget(to);
    if ((await this.headBlob(to, blob.digest)) !== undefined) return 'present';
    let location: string | undefined;
    if (from.registry === to.registry && from.repository !== to.repository) {
      const mount = await this.mountBlob(to, blob.digest, from.repository);
      if (mount.mounted) return 'mounted';
      location = mount.location;
    }
    await this.uploadBlob(
      to,
      blob.digest,
      blob.size,
      async () => (await this.getBlob(from, blob.digest)).body,
      location,
    );
    return 'uploaded';
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

  private scopes(repo: RepositoryRef): string[] {
    return [repositoryScope(repo.repository, this.pushTargets.has(key(repo)))];
  }

  private async startUpload(repo: RepositoryRef): Promise<string> {
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

  private location(repo: RepositoryRef, res: Response): string {
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

  /** HEAD/GET a manifest; a 404 for something this client just wrote is retried briefly. */
  private async manifestRequest(
    repo: RepositoryRef,
    reference: string,
    method: 'GET' | 'HEAD',
  ): Promise<Response> {
    const req: RegistryRequest = {
      registry: repo.registry,
      method,
      path: `/v2/${repo.repository}/manifests/${reference}`,
      kind: kindOf(reference),
      scopes: this.scopes(repo),
      headers: { accept: MANIFEST_ACCEPT },
    };
    for (let attempt = 1; ; attempt++) {
      const res = await this.call(req, [200, 404]);
      if (
        res.status !== 404 ||
        !this.written.has(`${key(repo)}@${reference}`) ||
        attempt >= this.policy.readAfterWriteAttempts
      )
        return res;
      await res.body?.cancel();
      const delay = this.policy.readAfterWriteDelayMs * 2 ** (attempt - 1);
      this.log.info(
        `registry ${repo.registry}: ${repo.repository}:${reference} was just pushed but is not visible yet (MANIFEST_UNKNOWN); retry ${attempt}/${this.policy.readAfterWriteAttempts - 1} in ${delay} ms`,
      );
      await this.sleep(delay);
    }
  }

  /** Sends and insists on one of the expected statuses. */
  private async call(req: RegistryRequest, expected: readonly number[]): Promise<Response> {
    const res = await this.transport.request(req);
    if (expected.includes(res.status)) return res;
    throw await this.failure(
      req.registry,
      `${req.method} ${new URL(req.path, 'http://registry').pathname}`,
      res,
    );
  }

  private async failure(registry: string, what: string, res: Response): Promise<RegistryError> {
    const { code, message } = parseErrorBody(await res.text().catch(() => ''));
    const detail = [code, message].filter(Boolean).join(': ');
    return new RegistryError(
      registry,
      res.status,
      code,
      `registry ${registry}: ${what} answered HTTP ${res.status}${detail ? ` (${detail})` : ''}`,
    );
  }
}

function key(repo: RepositoryRef): string {
  return `${repo.registry}/${repo.repository}`;
}

function kindOf(reference: string): RequestKind {
  return isDigest(reference) ? 'manifest-by-digest' : 'manifest-by-tag';
}

async function readLimited(res: Response, max: number, registry: string): Promise<Uint8Array> {
  const length = Number(res.headers.get('content-length') ?? 0);
  if (length > max) {
    await res.body?.cancel();
    throw new RegistryError(
      registry,
      res.status,
      'SIZE_INVALID',
      `registry ${registry}: answer of ${length} bytes is larger than ${max}`,
    );
  }
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.length > max)
    throw new RegistryError(
      registry,
      res.status,
      'SIZE_INVALID',
      `registry ${registry}: answer larger than ${max} bytes`,
    );
  return bytes;
}
