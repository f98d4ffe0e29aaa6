/**
 * Bearer token fetch (`distribution/distribution` `docs/spec/auth/token.md`, `oauth.md`;
 * the order follows containerd `core/remotes/docker/auth/fetch.go` as buildx uses it):
 * with a secret, `POST <realm>` form (password or refresh-token grant), falling back to
 * `GET <realm>` with Basic on 400/401/404 (and 405 when a user name is known);
 * without one, an anonymous `GET`.
 */
import type { Credential } from './credentials.js';

export interface BearerParams {
  realm: string;
  service?: string;
}

export interface Token {
  token: string;
  /** Epoch ms after which the token must not be used; undefined = no expiry given. */
  expiresAt?: number;
}

/**
 * Sends one HTTP request (counted, bounded in time and retried by the caller), no registry auth
 * attached; a 2xx body arrives already read into memory.
 */
export type Send = (url: string, init: RequestInit, kind: 'token') => Promise<Response>;

const CLIENT_ID = 'dify-image-action';

export async function fetchToken(
  params: BearerParams,
  scopes: readonly string[],
  credential: Credential | undefined,
  send: Send,
  now: number,
): Promise<Token> {
  const secret = credential?.identityToken ?? credential?.password;
  if (secret) {
    const form = new URLSearchParams();
    if (credential?.identityToken) {
      form.set('grant_type', 'refresh_token');
      form.set('refresh_token', credential.identityToken);
    } else {
      form.set('grant_type', 'password');
      form.set('username', credential?.username ?? '');
      form.set('password', secret);
    }
    if (params.service) form.set('service', params.service);
    if (scopes.length > 0) form.set('scope', scopes.join(' '));
    form.set('client_id', CLIENT_ID);
    const res = await send(
      params.realm,
      { method: 'POST', body: form, headers: { 'content-type': 'application/x-www-form-urlencoded' } },
      'token',
    );
    if (res.ok) return readToken(res, now);
    await res.body?.cancel();
    const fallback = [400, 401, 404].includes(res.status) || (res.status === 405 && !!credential?.username);
    if (!fallback) throw new TokenError(res.status, params.realm, res);
  }
  const url = new URL(params.realm);
  if (params.service) url.searchParams.set('service', params.service);
  for (const scope of scopes) url.searchParams.append('scope', scope);
  const headers: Record<string, string> = {};
  if (credential?.username !== undefined && credential.password !== undefined) {
    headers.authorization = `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString('base64')}`;
  }
  const res = await send(url.toString(), { method: 'GET', headers }, 'token');
  if (!res.ok) {
    await res.body?.cancel();
    throw new TokenError(res.status, params.realm, res);
  }
  return readToken(res, now);
}

export class TokenError extends Error {
  override readonly name = 'TokenError';
  constructor(
    readonly status: number,
    realm: string,
    /** The answer, for the sender to tell how many attempts it took. */
    readonly response?: Response,
  ) {
    const host = new URL(realm).host;
    super(
      status === 401 || status === 403
        ? `token server ${host} refused the request (HTTP ${status})`
        : `token server ${host} answered HTTP ${status}`,
    );
  }
}

async function readToken(res: Response, now: number): Promise<Token> {
  const body = (await res.json()) as {
    token?: unknown;
    access_token?: unknown;
    expires_in?: unknown;
    issued_at?: unknown;
  };
  const token = typeof body.token === 'string' && body.token ? body.token : body.access_token;
  if (typeof token !== 'string' || token === '') throw new Error('token server answered without a token');
  // token.md: expires_in defaults to 60 s; issued_at is RFC 3339.
  const expiresIn = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60;
  const issued = typeof body.issued_at === 'string' ? Date.parse(body.issued_at) : NaN;
  const start = Number.isNaN(issued) ? now : Math.min(issued, now);
  return { token, expiresAt: start + expiresIn * 1000 };
}
