/**
 * The registry client the modes use (OCI distribution-spec `spec.md` endpoints): access check
 * and manifests by tag or digest (sha256 verified on every GET); blobs come from BlobClient.
 */
import { isDigest } from '../oci/reference.js';
import { RegistryError } from './errors.js';
import { MANIFEST_ACCEPT_HEADER } from '../oci/media-types.js';
import { manifestMediaType } from './media-types.js';
import type { RegistryRequest, RequestKind } from './transport.js';
import { BlobClient } from './blobs.js';
import {
  key,
  MAX_MANIFEST_BYTES,
  readLimited,
  sha256Digest,
  type Descriptor,
  type FetchedManifest,
  type RepositoryRef,
} from './core.js';

export type { Descriptor, FetchedManifest, RegistryClientOptions, RepositoryRef } from './core.js';
export { sha256Digest } from './core.js';

export class RegistryClient extends BlobClient {
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

  /** HEAD/GET a manifest; a 404 for something this client just wrote is retried briefly. */
  protected async manifestRequest(
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
      headers: { accept: MANIFEST_ACCEPT_HEADER },
      ...(method === 'GET' ? { buffer: MAX_MANIFEST_BYTES } : {}),
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
      const delay = Math.round(
        this.policy.readAfterWriteDelayMs * 2 ** (attempt - 1) * this.policy.waitScale,
      );
      this.log.info(
        `registry ${repo.registry}: ${repo.repository}:${reference} was just pushed but is not visible yet (MANIFEST_UNKNOWN); retry ${attempt}/${this.policy.readAfterWriteAttempts - 1} in ${delay} ms`,
      );
      await this.sleep(delay);
    }
  }
}

function kindOf(reference: string): RequestKind {
  return isDigest(reference) ? 'manifest-by-digest' : 'manifest-by-tag';
}
