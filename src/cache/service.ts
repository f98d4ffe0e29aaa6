import type { Env } from '../base/ports.js';

/**
 * Why the GitHub Actions cache service cannot be used in this job, or undefined when it can.
 * Mirrors how `@actions/cache` 6.3.0 finds it (`lib/internal/config.js`, `cacheUtils.js`): v2
 * (`ACTIONS_CACHE_SERVICE_V2` set, not GHES) at `ACTIONS_RESULTS_URL`, else v1 at
 * `ACTIONS_CACHE_URL`; a bearer token in `ACTIONS_RUNTIME_TOKEN` either way. The runner gives
 * these to node actions only (artifact-service.md A2), so a local run has none.
 */
export function cacheServiceProblem(env: Env): string | undefined {
  if (!env['ACTIONS_RUNTIME_TOKEN']) return 'ACTIONS_RUNTIME_TOKEN is not set';
  const v2 = !isGhes(env['GITHUB_SERVER_URL']) && Boolean(env['ACTIONS_CACHE_SERVICE_V2']);
  if (v2 && !env['ACTIONS_RESULTS_URL']) return 'ACTIONS_RESULTS_URL is not set';
  if (!v2 && !env['ACTIONS_CACHE_URL'])
    return 'ACTIONS_CACHE_URL is not set (and the cache service v2 is off)';
  return undefined;
}

/** The client's GHES rule: anything but github.com, *.ghe.com and *.localhost. */
function isGhes(serverUrl: string | undefined): boolean {
  let host: string;
  try {
    host = new URL(serverUrl || 'https://github.com').hostname.toUpperCase();
  } catch {
    return true;
  }
  return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
}
