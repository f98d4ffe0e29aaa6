/**
 * What is retried and what is not. The error shapes are those fetch (undici) produces, as seen
 * in the integration tests: `TypeError: fetch failed` (or `terminated` while reading a body)
 * with the socket or DNS error as `cause`.
 */
import { describe, expect, test } from 'vitest';
import { classifyError, isTransientStatus } from '../../src/registry/classify.js';
import { BodyCutError, RequestTimeout } from '../../src/registry/watchdog.js';

const coded = (code: string, message = code, extra: Record<string, unknown> = {}): Error =>
  Object.assign(new Error(message), { code, ...extra });
const fetchFailed = (cause: unknown): TypeError => new TypeError('fetch failed', { cause });

describe('statuses', () => {
  test.each([408, 429, 500, 502, 503, 504, 522])('%i is transient', (status) => {
    expect(isTransientStatus(status)).toBe(true);
  });
  test.each([200, 201, 400, 401, 403, 404, 405, 409, 413, 501, 505])('%i is not', (status) => {
    expect(isTransientStatus(status)).toBe(false);
  });
});

describe('network failures', () => {
  test.each([
    ['reset', fetchFailed(coded('ECONNRESET')), true, 'connection reset (ECONNRESET)'],
    ['refused', fetchFailed(coded('ECONNREFUSED')), true, 'connection refused (ECONNREFUSED)'],
    [
      'closed by the peer',
      fetchFailed(coded('UND_ERR_SOCKET', 'other side closed')),
      true,
      'connection closed by the other side (UND_ERR_SOCKET)',
    ],
    [
      'DNS server unreachable',
      fetchFailed(coded('EAI_AGAIN')),
      true,
      'DNS lookup failed for now (EAI_AGAIN)',
    ],
    [
      'no such host',
      fetchFailed(coded('ENOTFOUND', 'getaddrinfo ENOTFOUND ghcr.example', { hostname: 'ghcr.example' })),
      false,
      'host name not found (ENOTFOUND ghcr.example)',
    ],
    [
      'self-signed certificate',
      fetchFailed(coded('DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed certificate')),
      false,
      'TLS certificate not accepted: self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT)',
    ],
    [
      'expired certificate',
      fetchFailed(coded('CERT_HAS_EXPIRED', 'certificate has expired')),
      false,
      'TLS certificate not accepted: certificate has expired (CERT_HAS_EXPIRED)',
    ],
    [
      'certificate for another name',
      fetchFailed(coded('ERR_TLS_CERT_ALTNAME_INVALID', "Hostname/IP does not match certificate's altnames")),
      false,
      "TLS certificate not accepted: Hostname/IP does not match certificate's altnames (ERR_TLS_CERT_ALTNAME_INVALID)",
    ],
    [
      'https spoken to a plain-http registry',
      fetchFailed(coded('ERR_SSL_WRONG_VERSION_NUMBER', 'wrong version number')),
      false,
      'TLS handshake failed (ERR_SSL_WRONG_VERSION_NUMBER); if this registry speaks plain http, list it in "insecure-registries"',
    ],
    [
      'proxy wants a login',
      fetchFailed(new Error('Proxy response (407) !== 200 when HTTP Tunneling')),
      false,
      'the proxy answered HTTP 407',
    ],
    [
      'proxy cannot reach the registry',
      fetchFailed(new Error('Proxy response (502) !== 200 when HTTP Tunneling')),
      true,
      'the proxy answered HTTP 502',
    ],
    ['a port fetch refuses', fetchFailed(new Error('bad port')), false, 'port refused by fetch (bad port)'],
    [
      'an unknown network error',
      fetchFailed(coded('EWHATEVER', 'odd')),
      true,
      'network error: odd (EWHATEVER)',
    ],
  ])('%s', (_name, error, transient, reason) => {
    expect(classifyError(error)).toEqual({ transient, reason });
  });

  test('a timeout names the request it ended', () => {
    const timeout = new RequestTimeout('GET https://r.example/v2/', 'no response headers within 30 s');
    expect(classifyError(fetchFailed(timeout))).toEqual({
      transient: true,
      reason: 'timed out: no response headers within 30 s',
      source: 'GET https://r.example/v2/',
    });
  });

  test('a body cut short names its request and why', () => {
    const cut = new BodyCutError('GET https://r.example/v2/a/blobs/sha256:1', coded('UND_ERR_SOCKET'));
    expect(classifyError(fetchFailed(new TypeError('terminated', { cause: cut })))).toEqual({
      transient: true,
      reason: 'body cut short: connection closed by the other side (UND_ERR_SOCKET)',
      source: 'GET https://r.example/v2/a/blobs/sha256:1',
    });
  });

  test('anything else is not a network failure: it surfaces unchanged', () => {
    expect(classifyError(new Error('bug'))).toBeUndefined();
    expect(classifyError(new TypeError('headers must be strings'))).toBeUndefined();
    expect(classifyError('a string')).toBeUndefined();
  });
});
