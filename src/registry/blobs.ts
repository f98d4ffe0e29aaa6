/**
 * Blob operations (OCI distribution-spec `spec.md`): HEAD, streamed GET, small verified GET,
 * cross-repository mount and monolithic streamed upload, and the copy of one blob.
 */
import { RegistryError } from './errors.js';
import { repositoryScope } from './scope.js';
import { MAX_MANIFEST_BYTES, readLimited, RegistryCore, sha256Digest, type RepositoryRef } from './core.js';

export class BlobClient extends RegistryCore {
  /** Small blobs read and verified (image configs), by digest: their bytes are the same everywhere. */
  private readonly knownBlobs = new Map<string, Uint8Array>();

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
        buffer: maxBytes,
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
    this.knownBlobs.set(digest, bytes);
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
   * `PUT <location>?digest=` with Content-Length. `open` is called again for each attempt, and
   * each retry starts a new session: the registry may have appended part of the failed
   * attempt's body to the old one, which would then never match the digest.
   */
  async uploadBlob(
    repo: RepositoryRef,
    digest: string,
    size: number,
    open: () => Promise<ReadableStream<Uint8Array> | Uint8Array>,
    location?: string,
  ): Promise<void> {
    this.markPushTarget(repo);
    const withDigest = (at: string): string =>
      `${at}${at.includes('?') ? '&' : '?'}digest=${encodeURIComponent(digest)}`;
    for (let session = 1; ; session++) {
      const start = session === 1 && location !== undefined ? location : await this.startUpload(repo);
      const res = await this.transport.request({
        registry: repo.registry,
        method: 'PUT',
        path: withDigest(start),
        retryPath: async () => withDigest(await this.startUpload(repo)),
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
    // A config already read (for its platform) is uploaded from memory instead of read again.
    const known = this.knownBlobs.get(blob.digest);
    await this.uploadBlob(
      to,
      blob.digest,
      blob.size,
      async () => known ?? (await this.getBlob(from, blob.digest)).body,
      location,
    );
    return 'uploaded';
  }
}
