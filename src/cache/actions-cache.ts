/**
 * The GitHub Actions cache adapter: one directory in and out of a cache entry, over the real
 * `@actions/cache` client. Like `@actions/artifact`, it reads ACTIONS_RUNTIME_TOKEN,
 * ACTIONS_RESULTS_URL, ACTIONS_CACHE_SERVICE_V2, RUNNER_TEMP and GITHUB_WORKSPACE from
 * process.env, as it must in a runner, and it logs through @actions/core itself: a failed
 * restore or save is its own warning ("Failed to restore: ..."), after up to 5 attempts.
 *
 * The entry's version is a hash of the path strings, and the archive holds the paths relative to
 * GITHUB_WORKSPACE (artifact-service.md B2): a restore finds an entry only when the directory
 * has the same absolute path, and lands in the same place only when it has the same position
 * relative to the workspace. Under RUNNER_TEMP both hold from run to run of a repository on
 * GitHub-hosted runners.
 */
import { restoreCache, saveCache } from '@actions/cache';

/** The port the cache-mount steps use; tests may pass their own. */
export interface CacheStore {
  /** Restores into `dir`; the key that matched, or undefined on a miss or a failure (warned). */
  restore(dir: string, primaryKey: string, restoreKeys: readonly string[]): Promise<string | undefined>;
  /** Saves `dir` under `key`; false when the service refused or failed (the client says why). */
  save(dir: string, key: string): Promise<boolean>;
}

export function createActionsCacheStore(): CacheStore {
  return {
    restore: (dir, primaryKey, restoreKeys) => restoreCache([dir], primaryKey, [...restoreKeys]),
    async save(dir, key) {
      // -1: the key exists (or is being written), or the upload failed; the client logged which.
      return (await saveCache([dir], key)) !== -1;
    },
  };
}
