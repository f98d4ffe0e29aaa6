// The cache service v2 half of the local results service: what @actions/cache 6.3.0 speaks (see
// PROTOCOL.md beside this file, part B):
// - Twirp JSON at /twirp/github.actions.results.api.v1.CacheService/<Method>
//   (actions/toolkit packages/cache/src/generated/results/api/v1/cache.ts),
// - archives in the same Azure blob store as artifacts (server.mjs serves Put Blob, blocks, Get).
// Entries are scoped like GitHub's: written to the token's writable ref, read from every readable
// ref in the token's order (the run's branch, then the default branch).

const PATH = (id) => `/devstoreaccount1/actions-cache/${id}.tar.zst`;

/** The `ac` claim of a runtime token: [{Scope, Permission}] with 1 = read, 2 = write. */
function accessScopes(token) {
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
    const list = JSON.parse(claims.ac ?? '[]');
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

/**
 * @param {{ blobs: Map<string, any>, signedUrl: (path: string) => string, TwirpError: any,
 *   field: (body: any, name: string) => any, int64: (v: any, name: string) => bigint | undefined }} d
 */
export function createCacheService(d) {
  const { TwirpError, field } = d;
  /** @type {{id: number, key: string, version: string, scope: string, blobPath: string, state: string, size: number, createdAt: number}[]} */
  const entries = [];
  let nextId = 1;

  function scopes(req) {
    const match = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
    if (!match) throw new TwirpError('unauthenticated', 'missing bearer token');
    const list = accessScopes(match[1]);
    if (list.length === 0) throw new TwirpError('unauthenticated', 'token has no cache scopes (ac claim)');
    return {
      read: list.filter((s) => s.Permission & 1).map((s) => s.Scope),
      write: list.find((s) => s.Permission & 2)?.Scope,
    };
  }

  function keyAndVersion(body) {
    const key = field(body, 'key');
    const version = field(body, 'version');
    if (typeof key !== 'string' || key === '') throw new TwirpError('invalid_argument', 'key is required');
    if (typeof version !== 'string' || version === '')
      throw new TwirpError('invalid_argument', 'version is required');
    return { key, version };
  }

  const newest = (list) => list.sort((a, b) => b.createdAt - a.createdAt || b.id - a.id)[0];

  const rpcs = {
    CreateCacheEntry(req, body) {
      const { write } = scopes(req);
      const { key, version } = keyAndVersion(body);
      if (!write) return { ok: false, message: 'cache write denied: the token is read-only' };
      // A key is written once per scope and version; a second writer is refused (ReserveCacheError).
      if (entries.some((e) => e.key === key && e.version === version && e.scope === write))
        return { ok: false };
      const id = nextId++;
      const blobPath = PATH(id);
      d.blobs.set(blobPath, { blocks: new Map() });
      entries.push({ id, key, version, scope: write, blobPath, state: 'pending', size: 0, createdAt: 0 });
      return { ok: true, signed_upload_url: d.signedUrl(blobPath) };
    },

    FinalizeCacheEntryUpload(req, body) {
      const { write } = scopes(req);
      const { key, version } = keyAndVersion(body);
      const e = entries.find(
        (x) => x.key === key && x.version === version && x.scope === write && x.state === 'pending',
      );
      if (!e) return { ok: false, message: `no pending cache entry ${key}` };
      const data = d.blobs.get(e.blobPath)?.data;
      if (!data) return { ok: false, message: 'the archive was never uploaded' };
      const size = d.int64(field(body, 'size_bytes'), 'size_bytes');
      if (size !== undefined && size !== BigInt(data.length))
        throw new TwirpError('invalid_argument', `size_bytes ${size} does not match ${data.length} bytes`);
      Object.assign(e, { state: 'finalized', size: data.length, createdAt: Date.now() });
      return { ok: true, entry_id: String(e.id) };
    },

    GetCacheEntryDownloadURL(req, body) {
      const { read } = scopes(req);
      const { key, version } = keyAndVersion(body);
      const restoreKeys = field(body, 'restore_keys') ?? [];
      // GitHub's order: the key exactly, the key as a prefix, then each restore key as a prefix;
      // all in the run's scope before the next readable scope. Newest entry wins.
      for (const scope of read) {
        const usable = entries.filter(
          (e) => e.state === 'finalized' && e.scope === scope && e.version === version,
        );
        const found =
          newest(usable.filter((e) => e.key === key)) ??
          [key, ...restoreKeys].map((p) => newest(usable.filter((e) => e.key.startsWith(p)))).find(Boolean);
        if (found)
          return { ok: true, signed_download_url: d.signedUrl(found.blobPath), matched_key: found.key };
      }
      return { ok: false };
    },
  };

  return {
    rpcs,
    /** Finalized entries (copies), oldest first. */
    entries: () => entries.filter((e) => e.state === 'finalized').map((e) => ({ ...e })),
    /** The archive bytes of a finalized entry. */
    archive: (key) => {
      const e = newest(entries.filter((x) => x.state === 'finalized' && x.key === key));
      const data = e && d.blobs.get(e.blobPath)?.data;
      return data ? Buffer.from(data) : undefined;
    },
    reset() {
      entries.length = 0;
      nextId = 1;
    },
  };
}
