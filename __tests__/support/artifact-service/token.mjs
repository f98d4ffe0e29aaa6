// Runtime tokens and client environments for the test artifact service.
//
// The real token is a JWT the runner hands to node actions as ACTIONS_RUNTIME_TOKEN. @actions/artifact
// decodes it without verifying it and reads the `Actions.Results:<run>:<job>` scope from `scp`
// (actions/toolkit packages/artifact/src/internal/shared/util.ts); BuildKit's gha cache also wants
// `ac` (a JSON string), `exp` and `nbf` (tonistiigi/go-actions-cache). Like nektos/act
// (pkg/common/auth.go) we sign with HS256 and an empty key: any unverifying parser accepts it, and
// the signature proves nothing, which is the point of a test token.
import { createHmac } from 'node:crypto';

/** @param {unknown} value */
function b64url(value) {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

/**
 * `access`: the cache scopes (`ac`), 1 = read, 2 = write; by default the run's branch, both.
 * @param {{run: string, job: string, expiresInSeconds?: number, now?: number, access?: {Scope: string, Permission: number}[]}} o
 * @returns {string}
 */
export function mintRuntimeToken(o) {
  const now = Math.floor((o.now ?? Date.now()) / 1000);
  const header = b64url({ typ: 'JWT', alg: 'HS256' });
  const payload = b64url({
    scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${o.run}:${o.job}`,
    ac: JSON.stringify(o.access ?? [{ Scope: `refs/heads/main`, Permission: 3 }]),
    nbf: now - 60,
    iat: now - 60,
    exp: now + (o.expiresInSeconds ?? 6 * 3600),
    iss: 'vstoken.actions.githubusercontent.com',
    aud: 'vso:test',
  });
  const signature = createHmac('sha256', '').update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

/**
 * Reads `{run, job}` from a token's `Actions.Results` scope, as the client does; undefined when the
 * token is not a JWT or has no such scope.
 * @param {string} token
 * @returns {{run: string, job: string} | undefined}
 */
export function scopeOfToken(token) {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return undefined;
  let claims;
  try {
    claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof claims?.scp !== 'string') return undefined;
  for (const scope of claims.scp.split(' ')) {
    const fields = scope.split(':');
    if (fields[0] === 'Actions.Results' && fields.length === 3 && fields[1] && fields[2]) {
      return { run: fields[1], job: fields[2] };
    }
  }
  return undefined;
}

/**
 * The environment a node action gets from the runner for the artifact service. GITHUB_SERVER_URL
 * is github.com-like on purpose: anything else makes the client throw GHESNotSupportedError.
 * @param {{resultsUrl: string, run: string, job: string, workspace?: string}} o
 * @returns {Record<string, string>}
 */
export function artifactClientEnv(o) {
  /** @type {Record<string, string>} */
  const env = {
    ACTIONS_RUNTIME_TOKEN: mintRuntimeToken({ run: o.run, job: o.job }),
    ACTIONS_RESULTS_URL: o.resultsUrl,
    ACTIONS_RUNTIME_URL: o.resultsUrl,
    GITHUB_SERVER_URL: 'https://github.com',
  };
  if (o.workspace) env.GITHUB_WORKSPACE = o.workspace;
  return env;
}
