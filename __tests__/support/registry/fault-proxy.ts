/**
 * An HTTP proxy in front of a test registry that injects faults: the first `times` requests
 * matching a rule get a canned status (503, 429 with Retry-After, ...) or a reset connection;
 * everything else is forwarded unchanged (Host kept, so the registry's Location headers point
 * back through the proxy).
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FaultRule {
  method?: string;
  /** Matches when the request path (with query) contains this string or matches this RegExp. */
  path?: string | RegExp;
  /** How many matching requests get the fault; later ones pass through. */
  times: number;
  fault: { status: number; retryAfter?: string; body?: string } | 'reset';
}

export interface ProxiedRequest {
  method: string;
  path: string;
  /** The status sent back, or `reset`. */
  outcome: number | 'reset';
  faulted: boolean;
}

export interface FaultProxy {
  url: string;
  host: string;
  /** Every request seen, in arrival order. */
  requests: ProxiedRequest[];
  /** Replaces the rules (counters start again). */
  setRules(rules: FaultRule[]): void;
  stop(): Promise<void>;
}

export async function startFaultProxy(targetUrl: string, rules: FaultRule[] = []): Promise<FaultProxy> {
  const target = new URL(targetUrl);
  let active = rules.map((rule) => ({ rule, left: rule.times }));
  const requests: ProxiedRequest[] = [];
  const matches = (rule: FaultRule, req: IncomingMessage): boolean => {
    const path = req.url ?? '/';
    if (rule.method && rule.method !== req.method) return false;
    if (rule.path === undefined) return true;
    return typeof rule.path === 'string' ? path.includes(rule.path) : rule.path.test(path);
  };
  const server: Server = createServer((req, res) => {
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    const hit = active.find((a) => a.left > 0 && matches(a.rule, req));
    if (hit) {
      hit.left--;
      const fault = hit.rule.fault;
      if (fault === 'reset') {
        requests.push({ method, path, outcome: 'reset', faulted: true });
        req.socket.destroy();
        return;
      }
      requests.push({ method, path, outcome: fault.status, faulted: true });
      req.resume();
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (fault.retryAfter !== undefined) headers['retry-after'] = fault.retryAfter;
      res.writeHead(fault.status, headers);
      res.end(fault.body ?? JSON.stringify({ errors: [{ code: 'UNAVAILABLE', message: 'injected fault' }] }));
      return;
    }
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, method, path, headers: req.headers },
      (up) => {
        requests.push({ method, path, outcome: up.statusCode ?? 0, faulted: false });
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    setRules: (next) => {
      active = next.map((rule) => ({ rule, left: rule.times }));
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
