/**
 * Which registry failures a retry can heal. A retry costs back-off and, with bounded attempts,
 * at most a few seconds; retrying what cannot heal only delays the error a user must act on.
 *
 * Transient: the connection broke or timed out, the peer is overloaded or restarting
 * (408, 429, 500, 502, 503, 504; 520-524 are CDN "origin unreachable" answers), a DNS server
 * that did not answer (EAI_AGAIN), a refused connection (a registry restarting behind its load
 * balancer refuses for seconds; a wrong port costs only the few seconds of back-off).
 * Permanent: a name that does not exist (ENOTFOUND is the resolver's definite "no such host";
 * an unreachable DNS server says EAI_AGAIN instead), certificate and TLS failures, a proxy
 * refusing us, and every other 4xx, whose answer a retry would not change.
 */
import { BodyCutError, RequestTimeout } from './watchdog.js';

export interface Verdict {
  transient: boolean;
  /** What went wrong, for a person: `connection reset (ECONNRESET)`. */
  reason: string;
  /**
   * The exchange (`METHOD url`) the failure happened in, when known: an upload fails when the
   * download feeding it does, and the message should name that download.
   */
  source?: string;
}

const TRANSIENT_STATUSES = new Set([408, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524]);

export function isTransientStatus(status: number): boolean {
  return TRANSIENT_STATUSES.has(status);
}

const TRANSIENT_CODES: Record<string, string> = {
  ECONNRESET: 'connection reset',
  ECONNREFUSED: 'connection refused',
  ECONNABORTED: 'connection aborted',
  EPIPE: 'connection closed while sending',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ENETDOWN: 'network down',
  EAI_AGAIN: 'DNS lookup failed for now',
  UND_ERR_SOCKET: 'connection closed by the other side',
  UND_ERR_CLOSED: 'connection closed',
  UND_ERR_CONNECT_TIMEOUT: 'connect timed out',
  UND_ERR_HEADERS_TIMEOUT: 'no response headers in time',
  UND_ERR_BODY_TIMEOUT: 'no body data in time',
};

const TLS_CODE = /^(CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH|ERR_TLS_|ERR_SSL_|EPROTO$)/;

interface Link {
  name: string;
  message: string;
  code: string;
  hostname?: string;
}

/** The error and its causes, outermost first (fetch wraps the socket error in `cause`). */
function chain(error: unknown): { links: Link[]; timeout?: RequestTimeout; cut?: BodyCutError } {
  const links: Link[] = [];
  let timeout: RequestTimeout | undefined;
  let cut: BodyCutError | undefined;
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 8; depth++) {
    if (current instanceof RequestTimeout) timeout ??= current;
    if (current instanceof BodyCutError) cut ??= current;
    const { code, hostname } = current as { code?: unknown; hostname?: unknown };
    links.push({
      name: current.name,
      message: current.message,
      code: typeof code === 'string' ? code : '',
      ...(typeof hostname === 'string' ? { hostname } : {}),
    });
    current = (current as { cause?: unknown }).cause;
  }
  return { links, ...(timeout ? { timeout } : {}), ...(cut ? { cut } : {}) };
}

/**
 * The verdict on an exception from fetch or from reading a body, or undefined when it is not
 * a network failure at all (a bug, which must surface unchanged).
 */
export function classifyError(error: unknown): Verdict | undefined {
  const { links, timeout, cut } = chain(error);
  if (timeout) return { transient: true, reason: `timed out: ${timeout.waited}`, source: timeout.what };
  if (cut) {
    const inner = classifyError(cut.cause);
    const reason = `body cut short${inner ? `: ${inner.reason}` : ''}`;
    return { transient: inner?.transient ?? true, reason, source: cut.what };
  }
  for (const link of links) {
    if (link.code === 'ENOTFOUND')
      return { transient: false, reason: `host name not found (ENOTFOUND ${link.hostname ?? ''})`.trim() };
    if (TLS_CODE.test(link.code)) return { transient: false, reason: tlsReason(link) };
    const proxy = /Proxy response \((\d{3})\)|Proxy Authentication Required \((\d{3})\)/.exec(link.message);
    if (proxy) {
      const status = Number(proxy[1] ?? proxy[2]);
      return { transient: isTransientStatus(status), reason: `the proxy answered HTTP ${status}` };
    }
    const known = TRANSIENT_CODES[link.code];
    if (known) return { transient: true, reason: `${known} (${link.code})` };
  }
  if (links.some((l) => l.message === 'bad port'))
    return { transient: false, reason: 'port refused by fetch (bad port)' };
  const top = links[0];
  // Anything else fetch reports as a network failure: retried, since each attempt is bounded.
  if (top && top.name === 'TypeError' && (top.message === 'fetch failed' || top.message === 'terminated')) {
    const inner = links[links.length - 1];
    const detail = inner && inner !== top ? `${inner.message}${inner.code ? ` (${inner.code})` : ''}` : '';
    return { transient: true, reason: `network error${detail ? `: ${detail}` : ''}` };
  }
  return undefined;
}

function tlsReason(link: Link): string {
  if (link.code.startsWith('ERR_SSL_') || link.code === 'EPROTO') {
    return `TLS handshake failed (${link.code}); if this registry speaks plain http, list it in "insecure-registries"`;
  }
  return `TLS certificate not accepted: ${link.message} (${link.code})`;
}
