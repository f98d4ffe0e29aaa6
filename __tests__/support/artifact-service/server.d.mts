// Types of server.mjs for the TypeScript tests.
export declare const DUPLICATE_NAME_MESSAGE: string;
export declare const TWIRP_STATUS: Readonly<Record<string, number>>;

export type RpcName =
  | 'CreateArtifact'
  | 'FinalizeArtifact'
  | 'ListArtifacts'
  | 'GetSignedArtifactURL'
  | 'DeleteArtifact'
  | 'CreateCacheEntry'
  | 'FinalizeCacheEntryUpload'
  | 'GetCacheEntryDownloadURL';

/** A cache entry of the cache service v2 (cache-service.mjs). */
export interface StoredCacheEntry {
  id: number;
  key: string;
  /** The client's version hash (paths, compression, salt). */
  version: string;
  /** The ref it was written from (the token's writable `ac` scope). */
  scope: string;
  blobPath: string;
  state: 'pending' | 'finalized';
  size: number;
  /** ms since the epoch. */
  createdAt: number;
}

export interface StoredArtifact {
  id: number;
  run: string;
  job: string;
  name: string;
  state: 'pending' | 'finalized';
  blobPath: string;
  size: number;
  /** The `hash` sent to FinalizeArtifact: `sha256:<hex>`. */
  hash: string | undefined;
  createdAt: string | undefined;
  /** The `expires_at` sent to CreateArtifact (RFC 3339), if any. */
  expiresAt: string | undefined;
  mimeType: string | undefined;
  version: number | undefined;
}

export type RecordedRequest =
  | { kind: 'twirp'; method: RpcName; body: Record<string, unknown>; at: number }
  | { kind: 'blob'; method: string; path: string; comp: string | undefined; bytes: number; at: number }
  | { kind: 'rest'; method: string; path: string; at: number };

export interface ArtifactService {
  /** ACTIONS_RESULTS_URL: `http://127.0.0.1:<port>/`. */
  readonly url: string;
  readonly port: number;
  /** GITHUB_API_URL for cross-run (`findBy`) calls: `<origin>/api`. */
  readonly apiUrl: string;
  /** `owner/name` the REST facade answers for. */
  readonly repository: string;
  /** The token the REST facade accepts (`findBy.token`). */
  readonly restToken: string;
  /** A runtime token carrying `Actions.Results:<run>:<job>`. */
  token(run: string, job: string): string;
  /** The env a client in job `job` of run `run` needs (token, results URL, server and API URLs). */
  clientEnv(run: string, job: string, workspace?: string): Record<string, string>;
  /** Finalized artifacts (copies), of one run or all. */
  artifacts(run?: string): StoredArtifact[];
  /** The committed bytes of the newest finalized artifact `name` of `run`. */
  blob(run: string, name: string): Buffer | undefined;
  requests(): RecordedRequest[];
  /** Answers the next `times` calls of `method` with a Twirp error of HTTP `status` (409 uses the duplicate-name message). */
  failRpc(method: RpcName, status: number, times?: number, msg?: string): void;
  /** Serves only the first `keep` bytes (default: up to the zip central directory, so extraction still ends cleanly) of artifact `name`'s blob, `times` times (default: always). */
  truncateDownload(name: string, times?: number, keep?: number): void;
  /** Reports `digest` (default sha256 of zeros) for artifact `name` in listings. */
  corruptDigest(name: string, digest?: string): void;
  clearFaults(): void;
  /** Finalized cache entries, oldest first. */
  cacheEntries(): StoredCacheEntry[];
  /** The archive (zstd or gzip tar) of the newest finalized cache entry `key`. */
  cacheArchive(key: string): Buffer | undefined;
  /** The env a node action in job `job` of run `run` needs for @actions/cache (v2). */
  cacheClientEnv(run: string, job: string): Record<string, string>;
  /** Forgets every artifact, cache entry, blob, request and fault. */
  reset(): void;
  close(): Promise<void>;
}

export interface ArtifactServiceOptions {
  host?: string;
  port?: number;
  repository?: string;
  restToken?: string;
  signingKey?: Buffer;
}

export declare function startArtifactService(options?: ArtifactServiceOptions): Promise<ArtifactService>;
