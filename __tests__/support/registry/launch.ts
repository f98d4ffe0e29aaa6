/**
 * Starts the real CNCF distribution registry (`/usr/bin/docker-registry serve <config>`) on a
 * free loopback port with a temporary storage directory, without auth, with htpasswd Basic
 * auth, or with token auth backed by `startTokenServer` (optionally behind a fault proxy, which
 * the registry then names as its realm). With `tls`, it speaks https with a certificate for the
 * given names, signed by itself (`caFile`). One per test file (beforeAll).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { get as httpsGet } from 'node:https';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startFaultProxy, type FaultProxy } from './fault-proxy.js';
import { startTokenServer, type TokenServer } from './token-server.js';

const run = promisify(execFile);

export type AuthMode = 'none' | 'basic' | 'token';

export interface TestRegistry {
  /** `http://127.0.0.1:<port>` (`https://` with `tls`) */
  url: string;
  /** `127.0.0.1:<port>`, the registry name in image references. */
  host: string;
  auth: AuthMode;
  username: string;
  password: string;
  /** Accepted by the token server as a refresh (identity) token; only for `token`. */
  identityToken: string;
  tokenServer?: TokenServer;
  /** With `tokenProxy`: the fault proxy in front of the token server, the realm the registry names. */
  tokenProxy?: FaultProxy;
  /** With `tls`: the certificate to trust (self-signed). */
  caFile?: string;
  stop(): Promise<void>;
}

export interface RegistryOptions {
  auth: AuthMode;
  /** Token auth only: put a fault proxy between clients and the token server. */
  tokenProxy?: boolean;
  /** Serve https with a certificate for these DNS names (and 127.0.0.1). */
  tls?: { hostnames: string[] };
}

export const TEST_USER = 'labuser';
export const TEST_PASSWORD = 'labpass';
const REALM = 'test-basic-realm';

export async function startRegistry(options: RegistryOptions): Promise<TestRegistry> {
  const dir = await mkdtemp(join(tmpdir(), 'registry-'));
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  let authYaml = '';
  let tokenServer: TokenServer | undefined;
  let tokenProxy: FaultProxy | undefined;
  const identityToken = `refresh-${port}`;
  if (options.auth === 'basic') {
    const { stdout } = await run('htpasswd', ['-Bbn', TEST_USER, TEST_PASSWORD]);
    await writeFile(join(dir, 'htpasswd'), stdout);
    authYaml = `auth:\n  htpasswd:\n    realm: ${REALM}\n    path: ${join(dir, 'htpasswd')}\n`;
  } else if (options.auth === 'token') {
    const keyPath = join(dir, 'token.key');
    const certPath = join(dir, 'token.crt');
    // distribution 2.8 trusts token signers only through an X.509 bundle; node:crypto cannot write certificates.
    await run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyPath,
      '-out',
      certPath,
      '-days',
      '2',
      '-subj',
      '/CN=test-token-issuer',
    ]);
    tokenServer = await startTokenServer({
      username: TEST_USER,
      password: TEST_PASSWORD,
      refreshToken: identityToken,
      keyPem: await readFile(keyPath, 'utf8'),
      certPem: await readFile(certPath, 'utf8'),
      service: 'test-registry',
      issuer: 'test-issuer',
    });
    if (options.tokenProxy) tokenProxy = await startFaultProxy(tokenServer.url);
    const realm = tokenProxy ? `${tokenProxy.url}/token` : tokenServer.realm;
    authYaml =
      `auth:\n  token:\n    realm: ${realm}\n    service: ${tokenServer.service}\n` +
      `    issuer: ${tokenServer.issuer}\n    rootcertbundle: ${certPath}\n`;
  }
  let tlsYaml = '';
  let caFile: string | undefined;
  if (options.tls) {
    caFile = join(dir, 'tls.crt');
    const keyFile = join(dir, 'tls.key');
    const names = [...options.tls.hostnames.map((h) => `DNS:${h}`), 'IP:127.0.0.1'].join(',');
    await run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      caFile,
      '-days',
      '2',
      '-subj',
      `/CN=${options.tls.hostnames[0] ?? '127.0.0.1'}`,
      '-addext',
      `subjectAltName=${names}`,
    ]);
    tlsYaml = `  tls:\n    certificate: ${caFile}\n    key: ${keyFile}`;
  }
  const config = [
    'version: 0.1',
    'log:',
    '  level: error',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${join(dir, 'data')}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: ${host}`,
    `  secret: test-secret-${port}`,
    tlsYaml,
    authYaml,
  ].join('\n');
  const configPath = join(dir, 'config.yml');
  await writeFile(configPath, config);
  const child = spawn('docker-registry', ['serve', configPath], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)));
  const url = `${options.tls ? 'https' : 'http'}://${host}`;
  try {
    await waitReady(url, caFile, child, () => stderr);
  } catch (error) {
    child.kill('SIGKILL');
    await tokenProxy?.stop();
    await tokenServer?.stop();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  const registry: TestRegistry = {
    url,
    host,
    auth: options.auth,
    username: TEST_USER,
    password: TEST_PASSWORD,
    identityToken,
    stop: async () => {
      await stopChild(child);
      await tokenProxy?.stop();
      await tokenServer?.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
  if (tokenServer) registry.tokenServer = tokenServer;
  if (tokenProxy) registry.tokenProxy = tokenProxy;
  if (caFile) registry.caFile = caFile;
  return registry;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitReady(
  url: string,
  caFile: string | undefined,
  child: ChildProcess,
  stderr: () => string,
): Promise<void> {
  const deadline = Date.now() + 15_000;
  const ca = caFile ? await readFile(caFile, 'utf8') : undefined;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited (${child.exitCode}): ${stderr()}`);
    const status = await probe(`${url}/v2/`, ca).catch(() => 0); // 0: not listening yet
    if (status === 200 || status === 401) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`docker-registry did not answer on ${url}: ${stderr()}`);
}

/** GET status over http or https (trusting `ca`), without the global fetch (it cannot take a CA). */
function probe(url: string, ca: string | undefined): Promise<number> {
  return new Promise((resolve, reject) => {
    const done = (res: IncomingMessage): void => {
      res.resume();
      resolve(res.statusCode ?? 0);
    };
    const req = url.startsWith('https:') ? httpsGet(url, { ca }, done) : httpGet(url, done);
    req.on('error', reject);
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
