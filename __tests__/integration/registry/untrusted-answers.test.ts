/**
 * A registry is not trusted: it names the token realm our password goes to, it decides how many
 * bytes it sends, and its redirects carry secrets in their URLs. A small fake registry on
 * loopback plays the hostile parts.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { RegistryClient, RegistryError } from '../../../src/registry/index.js';
import { recordingLog } from '../../support/registry/index.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const CHUNK = Buffer.alloc(64 * 1024, 0x7b);
const ENDLESS_CAP = 64 * 1024 * 1024;

let server: Server;
let host = '';
/** Bytes the endless manifest wrote before the client hung up. */
let endlessWritten = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url.startsWith('/v2/realm/')) {
      // A plain-http realm on a host that is neither loopback nor listed as insecure.
      res.writeHead(401, {
        'www-authenticate': 'Bearer realm="http://auth.example.test/token",service="fake"',
      });
      res.end();
    } else if (url.startsWith('/v2/endless/')) {
      // A "manifest" without Content-Length that never ends (up to a cap, for the old behaviour).
      res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' });
      endlessWritten = 0;
      const pump = (): void => {
        while (endlessWritten < ENDLESS_CAP) {
          endlessWritten += CHUNK.length;
          if (!res.write(CHUNK)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    } else if (url.startsWith('/v2/redirect/')) {
      // To another origin (as blob storage is), with secrets in the query.
      const port = (server.address() as AddressInfo).port;
      res.writeHead(307, {
        location: `http://localhost:${port}/storage/blob?X-Amz-Signature=s3cr3t-sig&token=t0ken&digest=${DIGEST}`,
      });
      res.end();
    } else if (url.startsWith('/storage/')) {
      // Blob storage that never answers.
      req.resume();
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);

function client(options: { insecureRegistries?: string[]; timeoutMs?: number } = {}) {
  const log = recordingLog();
  const c = new RegistryClient({
    log,
    env: {},
    credentials: () => Promise.resolve({ username: 'user', password: 'the-password' }),
    sleep: () => Promise.resolve(),
    ...options,
  });
  return { c, log };
}

test('a token realm over plain http to another host is refused before the password is sent', async () => {
  const { c, log } = client();
  const error = await c
    .getManifest({ registry: host, repository: 'realm/app' }, DIGEST)
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RegistryError);
  expect((error as Error).message).toBe(
    `registry ${host}: refusing its token realm http://auth.example.test/token: credentials go over https only, ` +
      'or over plain http to loopback hosts and hosts listed in "insecure-registries"',
  );
  expect(c.requestCounts()).toEqual({ 'GET manifest-by-digest': 1 });
  expect(log.lines.join('\n')).not.toContain('the-password');
});

test('a realm host listed in insecure-registries may be plain http (the token request is then sent)', async () => {
  const { c } = client({ insecureRegistries: ['auth.example.test:5000'] });
  const error = await c
    .getManifest({ registry: host, repository: 'realm/app' }, DIGEST)
    .catch((e: unknown) => e);
  // The name does not resolve: proof that the request was attempted, and DNS failure is final.
  expect((error as Error).message).toBe(
    'token server auth.example.test: POST http://auth.example.test/token: host name not found (ENOTFOUND auth.example.test): permanent, not retried',
  );
  expect(c.requestCounts()['POST token']).toBe(1);
});

test('a body larger than the limit is not read to its end: reading stops at the limit', async () => {
  const { c } = client();
  const error = await c
    .getManifest({ registry: host, repository: 'endless/app' }, DIGEST)
    .catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'SIZE_INVALID' });
  expect((error as Error).message).toBe(
    `registry ${host}: GET /v2/endless/app/manifests/${DIGEST}: answer larger than 4194304 bytes`,
  );
  // 4 MiB read, plus what the sockets buffered before the client hung up; far below the cap.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(endlessWritten).toBeLessThan(24 * 1024 * 1024);
});

test('secrets in a redirect URL never reach the error', async () => {
  const { c, log } = client({ timeoutMs: 200 });
  const error = await c
    .getBlobBytes({ registry: host, repository: 'redirect/app' }, DIGEST)
    .catch((e: unknown) => e);
  const message = (error as Error).message;
  expect(message).toBe(
    `registry ${host}: GET http://localhost:${host.split(':')[1]}/storage/blob?X-Amz-Signature=***&token=***&digest=${DIGEST}: ` +
      'timed out: no response headers within 0.2 s: transient, but still failing after 5 attempts',
  );
  expect(log.lines.join('\n')).not.toMatch(/s3cr3t|t0ken/);
});
