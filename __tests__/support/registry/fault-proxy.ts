/**
 * An HTTP proxy in front of a test registry (or token server) that injects faults: the first
 * `times` requests matching a rule get a canned status (503, 429 with Retry-After, ...), a reset
 * connection, no answer at all, an answer whose body stops or is cut short, or are passed on
 * with a hook run once the registry has answered (before the client sees the answer);
 * everything else is forwarded unchanged (Host kept, so the registry's Location headers point
 * back through the proxy).
 */
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault =
  | { status: number; retryAfter?: string; body?: string }
  /** The connection is destroyed before anything is forwarded. */
  | 'reset'
  /** Nothing is forwarded and nothing answered; the connection stays open. */
  | 'stall'
  /** Forwarded; the answer's headers and half its body are sent, then nothing more. */
  | 'stall-body'
  /** Forwarded; the answer's headers and half its body are sent, then the connection is destroyed. */
  | 'truncate'
  /** Forwarded; `after` runs once the registry answered, before the answer is passed on. */
  | { after: () => void | Promise<void> };

export interface FaultRule {
  method?: string;
  /** Matches when the request path (with query) contains this string or matches this RegExp. */
  path?: string | RegExp;
  /** How many matching requests get the fault; later ones pass through. */
  times: number;
  fault: Fault;
  /** Recorded on the requests this rule faulted. */
  label?: string;
}

export interface ProxiedRequest {
  method: string;
  path: string;
  /** The status sent back (or that the registry sent, for body faults), or `reset`/`stall`. */
  outcome: number | 'reset' | 'stall';
  faulted: boolean;
  /** The label of the rule that faulted it. */
  rule?: string;
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
    if (hit) hit.left--;
    const fault = hit?.rule.fault;
    const rule = hit?.rule.label !== undefined ? { rule: hit.rule.label } : {};
    if (fault === 'reset' || fault === 'stall') {
      requests.push({ method, path, outcome: fault, faulted: true, ...rule });
      if (fault === 'reset') req.socket.destroy();
      else req.resume();
      return;
    }
    if (fault !== undefined && typeof fault === 'object' && 'status' in fault) {
      requests.push({ method, path, outcome: fault.status, faulted: true, ...rule });
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
        const status = up.statusCode ?? 502;
        requests.push({ method, path, outcome: status, faulted: fault !== undefined, ...rule });
        const pass = (): void => {
          res.writeHead(status, up.headers);
          if (fault === 'stall-body' || fault === 'truncate') cutBody(up, res, fault);
          else up.pipe(res);
        };
        if (fault !== undefined && typeof fault === 'object') {
          void Promise.resolve(fault.after()).then(pass, pass);
        } else pass();
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

/** Sends half of the answer's body (at least one byte), then holds or destroys the connection. */
function cutBody(up: IncomingMessage, res: ServerResponse, fault: 'stall-body' | 'truncate'): void {
  const length = Number(up.headers['content-length'] ?? 2);
  let budget = Math.max(1, Math.floor(length / 2));
  up.on('data', (chunk: Buffer) => {
    if (budget <= 0) return;
    const part = chunk.subarray(0, budget);
    budget -= part.length;
    const last = budget <= 0;
    res.write(part, () => {
      if (last && fault === 'truncate') res.socket?.destroy();
    });
    if (last) up.destroy();
  });
}
