import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { RegistryAuthError, RegistryClient, RegistryError, copyImage } from '../../../src/registry/index.js';
import {
  pushReplay,
  recordingLog,
  replayBytes,
  startFaultProxy,
  startRegistry,
  type FaultProxy,
  type TestRegistry,
} from '../../support/registry/index.js';

const REPO = 'replay/app';
const INDEX = 'sha256:640228d3b1e0d521d9f403a8a889755f3e2d3d3394d3247ae106b2ea9a8647a0';
const LAYER = 'sha256:70cb2f1d0bec58046309e45c90cc89bf0bb48fa63a6c35f714929c804e59a213';

let plain: TestRegistry;
let basic: TestRegistry;
let proxy: FaultProxy;
let basicProxy: FaultProxy;

beforeAll(async () => {
  [plain, basic] = await Promise.all([startRegistry({ auth: 'none' }), startRegistry({ auth: 'basic' })]);
  await pushReplay(plain.url, REPO);
  [proxy, basicProxy] = await Promise.all([startFaultProxy(plain.url), startFaultProxy(basic.url)]);
});
afterAll(async () => {
  await Promise.all([proxy.stop(), basicProxy.stop()]);
  await Promise.all([plain.stop(), basic.stop()]);
});
beforeEach(() => {
  proxy.setRules([]);
  proxy.requests.length = 0;
  basicProxy.setRules([]);
  basicProxy.requests.length = 0;
});

/** A client whose back-off sleeps are recorded instead of waited for. */
function client(credentials?: { username: string; password: string }, timeoutMs?: number) {
  const log = recordingLog();
  const sleeps: number[] = [];
  const c = new RegistryClient({
    log,
    credentials: () => Promise.resolve(credentials),
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    random: () => 1,
    retry: { attempts: 4, baseDelayMs: 100 },
    env: {},
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
  });
  return { c, log, sleeps };
}

const repo = () => ({ registry: proxy.host, repository: REPO });

test('503 twice, then success: two retries with growing back-off, each logged with its reason', async () => {
  proxy.setRules([{ method: 'GET', path: `/manifests/${INDEX}`, times: 2, fault: { status: 503 } }]);
  const { c, log, sleeps } = client();
  const got = await c.getManifest(repo(), INDEX);
  expect(got.digest).toBe(INDEX);
  expect(sleeps).toEqual([100, 200]);
  expect(log.lines.filter((l) => l.includes(': HTTP 503: transient, retrying ('))).toHaveLength(2);
  expect(c.requestCounts()['GET manifest-by-digest']).toBe(3);
});

test('429 with Retry-After: waits what the registry asked', async () => {
  proxy.setRules([
    { method: 'HEAD', path: '/manifests/', times: 1, fault: { status: 429, retryAfter: '3' } },
  ]);
  const { c, log, sleeps } = client();
  expect(await c.headManifest(repo(), INDEX)).toMatchObject({ digest: INDEX });
  expect(sleeps).toEqual([3000]);
  expect(log.lines.join('\n')).toMatch(
    /HEAD \/v2\/replay\/app\/manifests\/sha256:\w+: HTTP 429 Too Many Requests, Retry-After 3 s: transient, retrying \(2\/4\) in 3000 ms/,
  );
});

test('429 without Retry-After and 408 are retried with back-off', async () => {
  proxy.setRules([
    { method: 'HEAD', path: '/manifests/', times: 1, fault: { status: 429 } },
    { method: 'HEAD', path: '/manifests/', times: 1, fault: { status: 408 } },
  ]);
  const { c, log, sleeps } = client();
  expect(await c.headManifest(repo(), INDEX)).toMatchObject({ digest: INDEX });
  expect(sleeps).toEqual([100, 200]);
  expect(log.lines.join('\n')).toContain('HTTP 408: transient, retrying (3/4) in 200 ms');
});

test('a reset connection is retried; a blob GET succeeds on the next attempt', async () => {
  proxy.setRules([{ method: 'GET', path: `/blobs/${LAYER}`, times: 1, fault: 'reset' }]);
  const { c, log, sleeps } = client();
  const bytes = await c.getBlobBytes(repo(), LAYER);
  expect(Buffer.from(bytes).equals(await replayBytes(LAYER))).toBe(true);
  expect(sleeps).toHaveLength(1);
  expect(log.lines.join('\n')).toMatch(
    /GET \/v2\/replay\/app\/blobs\/sha256:70cb\w+: connection closed by the other side \(UND_ERR_SOCKET\): transient, retrying \(2\/4\)/,
  );
});

test('retries are bounded: persistent 503 fails after the last attempt with the registry named', async () => {
  proxy.setRules([{ method: 'HEAD', times: 100, fault: { status: 503 } }]);
  const { c, sleeps } = client();
  const error = await c.headManifest(repo(), INDEX).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RegistryError);
  expect((error as Error).message).toContain(`registry ${proxy.host}`);
  expect((error as RegistryError).status).toBe(503);
  expect((error as Error).message).toMatch(
    /HEAD \/v2\/replay\/app\/manifests\/sha256:\w+ answered HTTP 503 after 4 attempts$/,
  );
  expect(sleeps).toHaveLength(3);
  expect(proxy.requests.filter((r) => r.method === 'HEAD')).toHaveLength(4);
});

test.each([400, 404])('no retry on %i', async (status) => {
  proxy.setRules([
    {
      method: 'GET',
      path: '/blobs/',
      times: 1,
      fault: { status, body: '{"errors":[{"code":"BLOB_UNKNOWN","message":"x"}]}' },
    },
  ]);
  const { c, sleeps } = client();
  await expect(c.getBlobBytes(repo(), LAYER)).rejects.toMatchObject({ status, code: 'BLOB_UNKNOWN' });
  expect(sleeps).toEqual([]);
  expect(proxy.requests).toHaveLength(1);
});

test('no retry on 401: wrong credentials fail after the one challenge round', async () => {
  const { c, sleeps, log } = client({ username: 'labuser', password: 'wrong' });
  const error = await c
    .headManifest({ registry: basicProxy.host, repository: REPO }, INDEX)
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RegistryAuthError);
  expect(sleeps).toEqual([]);
  // One request without credentials (answered with the challenge), one with them.
  expect(basicProxy.requests.map((r) => r.outcome)).toEqual([401, 401]);
  expect(log.lines.join('\n')).not.toContain('wrong');
});

test('a streamed upload hit by a 503 is sent again from a fresh source stream', async () => {
  basicProxy.setRules([{ method: 'PUT', path: '/blobs/uploads/', times: 1, fault: { status: 503 } }]);
  const { c, sleeps } = client({ username: basic.username, password: basic.password });
  const target = { registry: basicProxy.host, repository: 'retried/app' };
  const stats = await copyImage(c, repo(), target, INDEX);
  expect(stats.blobsUploaded).toBe(4);
  expect(sleeps).toHaveLength(1);
  expect(await c.headManifest(target, INDEX)).toMatchObject({ digest: INDEX });
});

test('read-after-write: a just-pushed tag that is not visible yet is read again briefly', async () => {
  const { c, log, sleeps } = client();
  const bytes = await replayBytes(INDEX);
  await c.putManifest(repo(), 'lagging', bytes, 'application/vnd.oci.image.index.v1+json');
  proxy.setRules([
    {
      method: 'HEAD',
      path: '/manifests/lagging',
      times: 2,
      fault: { status: 404, body: '{"errors":[{"code":"MANIFEST_UNKNOWN"}]}' },
    },
  ]);
  expect(await c.headManifest(repo(), 'lagging')).toMatchObject({ digest: INDEX });
  expect(sleeps).toEqual([250, 500]);
  expect(log.lines.filter((l) => l.includes('not visible yet (MANIFEST_UNKNOWN)'))).toHaveLength(2);
});

test('a tag this client did not write is not retried on 404', async () => {
  const { c, sleeps } = client();
  expect(await c.headManifest(repo(), 'never-pushed')).toBeUndefined();
  expect(sleeps).toEqual([]);
});

describe('bounded in time: a stalled or cut answer is abandoned and retried', () => {
  const TIMEOUT = 400;

  test.each([
    ['no answer at all', 'stall', 'no response headers within 0.4 s'],
    ['a body that stops', 'stall-body', 'no body data received within 0.4 s'],
  ] as const)(
    '%s: the manifest GET times out, says what and how long, then succeeds',
    async (_n, fault, waited) => {
      proxy.setRules([{ method: 'GET', path: `/manifests/${INDEX}`, times: 1, fault }]);
      const { c, log, sleeps } = client(undefined, TIMEOUT);
      expect((await c.getManifest(repo(), INDEX)).digest).toBe(INDEX);
      expect(sleeps).toEqual([100]);
      expect(log.lines.join('\n')).toContain(
        `registry ${proxy.host}: GET /v2/replay/app/manifests/${INDEX}: timed out: ${waited}: transient, retrying (2/4)`,
      );
    },
  );

  test('a body cut short is read again', async () => {
    proxy.setRules([{ method: 'GET', path: `/manifests/${INDEX}`, times: 1, fault: 'truncate' }]);
    const { c, log } = client();
    expect((await c.getManifest(repo(), INDEX)).digest).toBe(INDEX);
    expect(log.lines.join('\n')).toContain(
      `GET /v2/replay/app/manifests/${INDEX}: body cut short: connection closed by the other side (UND_ERR_SOCKET): transient, retrying (2/4)`,
    );
  });

  test.each([
    ['stall-body', 'timed out: no body data received within 0.4 s'],
    ['truncate', 'body cut short: connection closed by the other side (UND_ERR_SOCKET)'],
  ] as const)(
    'a blob copy whose source GET meets %s is uploaded again in a fresh session, and arrives whole',
    async (fault, reason) => {
      proxy.setRules([{ method: 'GET', path: `/blobs/${LAYER}`, times: 1, fault }]);
      const { c, log } = client({ username: basic.username, password: basic.password }, TIMEOUT);
      const target = { registry: basicProxy.host, repository: `cut-${fault}/app` };
      const stats = await copyImage(c, repo(), target, INDEX);
      expect(stats.blobsUploaded).toBe(4);
      // The PUT names the GET that failed under it.
      expect(log.lines.join('\n')).toMatch(
        new RegExp(
          `PUT /v2/cut-${fault}/app/blobs/uploads/[\\w-]+: GET ${proxy.url}/v2/replay/app/blobs/${LAYER}: ${escape(reason)}: transient, retrying \\(2/4\\)`,
        ),
      );
      // One session per blob, and one more for the attempt whose body was cut.
      expect(basicProxy.requests.filter((r) => r.method === 'POST' && r.outcome === 202)).toHaveLength(5);
      expect(await c.headBlob(target, LAYER)).toBe((await replayBytes(LAYER)).length);
    },
  );

  test('a registry that never answers fails after the last attempt, naming the request and the wait', async () => {
    proxy.setRules([{ method: 'HEAD', times: 100, fault: 'stall' }]);
    const { c, sleeps } = client(undefined, 200);
    const error = await c.headManifest(repo(), INDEX).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as Error).message).toBe(
      `registry ${proxy.host}: HEAD /v2/replay/app/manifests/${INDEX}: timed out: no response headers within 0.2 s: transient, but still failing after 4 attempts`,
    );
    expect(sleeps).toHaveLength(3);
  });
});

test('a registry name that does not resolve fails at once: permanent, not retried', async () => {
  const sleeps: number[] = [];
  const name = 'registry.does-not-exist.test:5000';
  const c = new RegistryClient({
    log: recordingLog(),
    insecureRegistries: [name],
    env: {},
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
  });
  const error = await c.headManifest({ registry: name, repository: REPO }, INDEX).catch((e: unknown) => e);
  expect((error as Error).message).toBe(
    `registry ${name}: HEAD /v2/replay/app/manifests/${INDEX}: host name not found (ENOTFOUND registry.does-not-exist.test): permanent, not retried`,
  );
  expect(sleeps).toEqual([]);
  expect(c.totalRequests()).toBe(1);
});

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
