/**
 * A forward HTTP proxy on loopback, as on a self-hosted runner behind a corporate proxy: plain
 * http requests arrive in absolute form (`GET http://host:port/path`) and are forwarded;
 * https goes through `CONNECT host:port` tunnels. It records what passed through it. Host
 * names under `.proxied.test` exist only here (they resolve to 127.0.0.1), so a request that
 * reaches such a registry must have gone through the proxy. With `credentials`, it insists on
 * `Proxy-Authorization: Basic` (HTTP 407 otherwise).
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface HttpProxy {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Absolute URLs forwarded, as `METHOD url`. */
  forwarded: string[];
  /** `host:port` of every CONNECT tunnel opened. */
  tunnels: string[];
  /** Requests refused for want of credentials. */
  refused: number;
  reset(): void;
  stop(): Promise<void>;
}

export const PROXIED_DOMAIN = 'proxied.test';

const resolve = (hostname: string): string =>
  hostname === PROXIED_DOMAIN || hostname.endsWith(`.${PROXIED_DOMAIN}`) ? '127.0.0.1' : hostname;

export async function startHttpProxy(options: { credentials?: string } = {}): Promise<HttpProxy> {
  const expected = options.credentials
    ? `Basic ${Buffer.from(options.credentials).toString('base64')}`
    : undefined;
  const state = { forwarded: [] as string[], tunnels: [] as string[], refused: 0 };
  const allowed = (req: IncomingMessage): boolean => {
    if (expected === undefined || req.headers['proxy-authorization'] === expected) return true;
    state.refused++;
    return false;
  };
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    if (!allowed(req)) {
      res.writeHead(407, { 'proxy-authenticate': 'Basic realm="proxy"' });
      res.end();
      return;
    }
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400);
      res.end('absolute URI expected');
      return;
    }
    state.forwarded.push(`${req.method} ${target.href}`);
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    const upstream = httpRequest(
      {
        host: resolve(target.hostname),
        port: target.port || 80,
        method: req.method,
        path: `${target.pathname}${target.search}`,
        headers,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    if (!allowed(req)) {
      client.end(
        'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="proxy"\r\n\r\n',
      );
      return;
    }
    const [hostname = '', port = '443'] = (req.url ?? '').split(':');
    state.tunnels.push(req.url ?? '');
    const upstream = connect(Number(port), resolve(hostname), () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get forwarded() {
      return state.forwarded;
    },
    get tunnels() {
      return state.tunnels;
    },
    get refused() {
      return state.refused;
    },
    reset: () => {
      state.forwarded = [];
      state.tunnels = [];
      state.refused = 0;
    },
    stop: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
