/**
 * A tiny token server for distribution's `auth.token` (spec: distribution `docs/spec/auth/token.md`,
 * `jwt.md`): checks the user (POST form password or refresh-token grant, or GET with Basic),
 * grants every requested action to a known user and nothing to anyone else, and signs an RS256
 * JWT whose `x5c` header carries the self-signed certificate the registry trusts.
 */
import { createPrivateKey, createSign, randomUUID, X509Certificate, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TokenServer {
  url: string;
  realm: string;
  service: string;
  issuer: string;
  /** Number of token requests answered, per `METHOD status`. */
  requests: Map<string, number>;
  stop(): Promise<void>;
}

export interface TokenServerOptions {
  username: string;
  password: string;
  /** Accepted as a refresh token (an identity token in docker config terms). */
  refreshToken: string;
  keyPem: string;
  certPem: string;
  service: string;
  issuer: string;
  expiresIn?: number;
}

const b64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url');

export async function startTokenServer(options: TokenServerOptions): Promise<TokenServer> {
  const key = createPrivateKey(options.keyPem);
  const certDer = new X509Certificate(options.certPem).raw.toString('base64');
  const requests = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    void handle(req).then(({ status, body }) => {
      const counter = `${req.method} ${status}`;
      requests.set(counter, (requests.get(counter) ?? 0) + 1);
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
  });

  async function handle(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const url = new URL(req.url ?? '/', 'http://token');
    let user: string | undefined;
    let ok = false;
    let scopes: string[] = url.searchParams.getAll('scope');
    if (req.method === 'POST') {
      const form = new URLSearchParams(await readBody(req));
      scopes = (form.get('scope') ?? '').split(' ').filter(Boolean);
      if (form.get('grant_type') === 'password') {
        user = form.get('username') ?? '';
        ok = user === options.username && form.get('password') === options.password;
      } else if (form.get('grant_type') === 'refresh_token') {
        user = options.username;
        ok = form.get('refresh_token') === options.refreshToken;
      } else {
        return { status: 400, body: { error: 'unsupported_grant_type' } };
      }
      if (!ok) return { status: 401, body: { error: 'invalid_grant' } };
    } else {
      const header = req.headers.authorization ?? '';
      if (header.startsWith('Basic ')) {
        const [u, ...rest] = Buffer.from(header.slice(6), 'base64').toString('utf8').split(':');
        user = u;
        ok = u === options.username && rest.join(':') === options.password;
        if (!ok) return { status: 401, body: { details: 'incorrect username or password' } };
      }
    }
    const access = ok ? scopes.flatMap(parseScope) : [];
    const expiresIn = options.expiresIn ?? 300;
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      iss: options.issuer,
      sub: user ?? '',
      aud: options.service,
      exp: now + expiresIn,
      nbf: now - 10,
      iat: now,
      jti: randomUUID(),
      access,
    };
    const token = sign({ typ: 'JWT', alg: 'RS256', x5c: [certDer] }, claims, key);
    return {
      status: 200,
      body: {
        token,
        access_token: token,
        expires_in: expiresIn,
        issued_at: new Date(now * 1000).toISOString(),
      },
    };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    realm: `${url}/token`,
    service: options.service,
    issuer: options.issuer,
    requests,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function parseScope(scope: string): { type: string; name: string; actions: string[] }[] {
  const parts = scope.split(':');
  if (parts.length < 3) return [];
  const type = parts[0] ?? '';
  const actions = (parts[parts.length - 1] ?? '').split(',').filter(Boolean);
  return [{ type, name: parts.slice(1, -1).join(':'), actions }];
}

function sign(header: object, claims: object, key: KeyObject): string {
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
  const signature = createSign('sha256').update(input).sign(key);
  return `${input}.${b64url(signature)}`;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
