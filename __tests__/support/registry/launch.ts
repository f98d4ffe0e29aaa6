/**
 * Starts the real CNCF distribution registry (`/usr/bin/docker-registry serve <config>`) on a
 * free loopback port with a temporary storage directory, without auth, with htpasswd Basic
 * auth, or with token auth backed by `startTokenServer`. One per test file (beforeAll).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startTokenServer, type TokenServer } from './token-server.js';

const run = promisify(execFile);

export type AuthMode = 'none' | 'basic' | 'token';

export interface TestRegistry {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** `127.0.0.1:<port>`, the registry name in image references. */
  host: string;
  auth: AuthMode;
  username: string;
  password: string;
  /** Accepted by the token server as a refresh (identity) token; only for `token`. */
  identityToken: string;
  tokenServer?: TokenServer;
  stop(): Promise<void>;
}

export const TEST_USER = 'labuser';
export const TEST_PASSWORD = 'labpass';
const REALM = 'test-basic-realm';

export async function startRegistry(options: { auth: AuthMode }): Promise<TestRegistry> {
  const dir = await mkdtemp(join(tmpdir(), 'registry-'));
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  let authYaml = '';
  let tokenServer: TokenServer | undefined;
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
    authYaml =
      `auth:\n  token:\n    realm: ${tokenServer.realm}\n    service: ${tokenServer.service}\n` +
      `    issuer: ${tokenServer.issuer}\n    rootcertbundle: ${certPath}\n`;
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
    authYaml,
  ].join('\n');
  const configPath = join(dir, 'config.yml');
  await writeFile(configPath, config);
  const child = spawn('docker-registry', ['serve', configPath], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)));
  const url = `http://${host}`;
  try {
    await waitReady(url, child, () => stderr);
  } catch (error) {
    child.kill('SIGKILL');
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
      await tokenServer?.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
  if (tokenServer) registry.tokenServer = tokenServer;
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

async function waitReady(url: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited (${child.exitCode}): ${stderr()}`);
    try {
      const res = await fetch(`${url}/v2/`);
      await res.body?.cancel();
      if (res.status === 200 || res.status === 401) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`docker-registry did not answer on ${url}: ${stderr()}`);
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
