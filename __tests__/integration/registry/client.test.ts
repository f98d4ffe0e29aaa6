import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  RegistryAuthError,
  RegistryClient,
  RegistryError,
  copyImage,
  type Credential,
} from '../../../src/registry/index.js';
import {
  pushReplay,
  recordingLog,
  replayBytes,
  startRegistry,
  type ReplayObject,
  type TestRegistry,
} from '../../support/registry/index.js';

const run = promisify(execFile);
const MODES = ['none', 'basic', 'token'] as const;
const REPO = 'replay/app';
/** The default linux/amd64 per-platform index (an index with an image and an attestation manifest). */
const AMD64_INDEX = 'sha256:640228d3b1e0d521d9f403a8a889755f3e2d3d3394d3247ae106b2ea9a8647a0';

const registries = new Map<string, TestRegistry>();
let objects: ReplayObject[] = [];

beforeAll(async () => {
  const started = await Promise.all(MODES.map((auth) => startRegistry({ auth })));
  for (const r of started) registries.set(r.auth, r);
  const pushed = await Promise.all(
    started.map((r) => pushReplay(r.url, REPO, { username: r.username, password: r.password })),
  );
  objects = pushed[0] ?? [];
});
afterAll(async () => {
  await Promise.all([...registries.values()].map((r) => r.stop()));
});

const reg = (mode: string): TestRegistry => registries.get(mode) as TestRegistry;
const good = (r: TestRegistry): Credential => ({ username: r.username, password: r.password });
function client(credentials: Record<string, Credential | undefined> = {}): RegistryClient {
  return new RegistryClient({
    log: recordingLog(),
    credentials: (registry) => Promise.resolve(credentials[registry]),
  });
}
async function skopeoRaw(r: TestRegistry, ref: string): Promise<string> {
  const creds = r.auth === 'none' ? [] : ['--creds', `${r.username}:${r.password}`];
  const { stdout } = await run('skopeo', [
    'inspect',
    '--raw',
    '--tls-verify=false',
    ...creds,
    `docker://${r.host}/${ref}`,
  ]);
  return stdout;
}

describe.each(MODES)('registry with auth %s', (mode) => {
  test('checkAccess accepts the right credentials for pull and push', async () => {
    const r = reg(mode);
    const c = client({ [r.host]: good(r) });
    await c.checkAccess({ registry: r.host, repository: REPO }, false);
    await c.checkAccess({ registry: r.host, repository: 'new/repo' }, true);
  });

  test('every replay manifest reads back byte-exact with its media type and digest', async () => {
    const r = reg(mode);
    const c = client({ [r.host]: good(r) });
    const repo = { registry: r.host, repository: REPO };
    for (const object of objects.filter((o) => o.kind === 'manifest')) {
      const head = await c.headManifest(repo, object.digest);
      expect(head).toEqual({ mediaType: object.mediaType, digest: object.digest, size: object.size });
      const got = await c.getManifest(repo, object.digest);
      expect(Buffer.from(got.bytes).equals(await replayBytes(object.digest))).toBe(true);
      expect(got.mediaType).toBe(object.mediaType);
    }
    const config = objects.find((o) => o.kind === 'blob' && o.size === 936);
    expect(
      Buffer.from(await c.getBlobBytes(repo, config?.digest ?? '')).equals(
        await replayBytes(config?.digest ?? ''),
      ),
    ).toBe(true);
  });

  test('a tag put by the client is what skopeo reads', async () => {
    const r = reg(mode);
    const c = client({ [r.host]: good(r) });
    const repo = { registry: r.host, repository: REPO };
    const bytes = await replayBytes(AMD64_INDEX);
    const put = await c.putManifest(repo, `tagged-${mode}`, bytes, 'application/vnd.oci.image.index.v1+json');
    expect(put.digest).toBe(AMD64_INDEX);
    expect(await c.headManifest(repo, `tagged-${mode}`)).toEqual({
      mediaType: 'application/vnd.oci.image.index.v1+json',
      digest: AMD64_INDEX,
      size: bytes.length,
    });
    expect(await skopeoRaw(r, `${REPO}:tagged-${mode}`)).toBe(bytes.toString('utf8'));
  });

  test('copy into another repository of the same registry mounts every blob, then skips everything', async () => {
    const r = reg(mode);
    const c = client({ [r.host]: good(r) });
    const target = { registry: r.host, repository: `mounted/${mode}` };
    const stats = await copyImage(c, { registry: r.host, repository: REPO }, target, AMD64_INDEX);
    expect(stats).toEqual({
      manifestsPushed: 3,
      manifestsPresent: 0,
      blobsMounted: 4,
      blobsUploaded: 0,
      blobsPresent: 0,
    });
    expect(c.requestCounts()['POST mount']).toBe(4);
    expect(await skopeoRaw(r, `${target.repository}@${AMD64_INDEX}`)).toBe(
      (await replayBytes(AMD64_INDEX)).toString('utf8'),
    );
    const again = await copyImage(
      client({ [r.host]: good(r) }),
      { registry: r.host, repository: REPO },
      target,
      AMD64_INDEX,
    );
    expect(again).toEqual({
      manifestsPushed: 0,
      manifestsPresent: 1,
      blobsMounted: 0,
      blobsUploaded: 0,
      blobsPresent: 0,
    });
  });

  test('a missing manifest is MANIFEST_UNKNOWN naming the registry; HEAD says undefined', async () => {
    const r = reg(mode);
    const c = client({ [r.host]: good(r) });
    const repo = { registry: r.host, repository: REPO };
    const missing = `sha256:${'0'.repeat(64)}`;
    expect(await c.headManifest(repo, missing)).toBeUndefined();
    const error = await c.getManifest(repo, missing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect(error).toMatchObject({ code: 'MANIFEST_UNKNOWN', status: 404 });
    expect((error as Error).message).toContain(r.host);
  });
});

describe.each(['basic', 'token'] as const)('credentials refused by a %s registry', (mode) => {
  test.each([
    ['wrong password', { username: 'labuser', password: 'nope' }, /refused or lack permission/],
    ['no credentials', undefined, /no credentials were found/],
  ])('%s: a clear error naming the registry', async (_name, credential, hint) => {
    const r = reg(mode);
    const c = client({ [r.host]: credential });
    const error = await c.checkAccess({ registry: r.host, repository: REPO }, true).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryAuthError);
    expect((error as Error).message).toContain(`registry ${r.host}`);
    expect((error as Error).message).toMatch(hint);
    expect((error as Error).message).not.toContain('nope');
  });
});

test('token registry: an identity token is used as a refresh token; one token serves the whole copy', async () => {
  const r = reg('token');
  const c = client({ [r.host]: { identityToken: r.identityToken } });
  await c.checkAccess({ registry: r.host, repository: 'ident/app' }, true);
  await copyImage(
    c,
    { registry: r.host, repository: REPO },
    { registry: r.host, repository: 'ident/app' },
    AMD64_INDEX,
  );
  // One token for checkAccess (push on ident/app), one for the mount scope (adds pull on replay/app).
  expect(c.requestCounts()['POST token']).toBe(2);
});

test('copy across registries (plain -> basic) streams every blob and then finds it all present', async () => {
  const from = reg('none');
  const to = reg('basic');
  const c = client({ [to.host]: good(to) });
  const target = { registry: to.host, repository: 'copied/app' };
  const stats = await copyImage(c, { registry: from.host, repository: REPO }, target, AMD64_INDEX);
  expect(stats).toEqual({
    manifestsPushed: 3,
    manifestsPresent: 0,
    blobsMounted: 0,
    blobsUploaded: 4,
    blobsPresent: 0,
  });
  expect(c.requestCounts()['POST mount']).toBeUndefined();
  expect(await skopeoRaw(to, `copied/app@${AMD64_INDEX}`)).toBe(
    (await replayBytes(AMD64_INDEX)).toString('utf8'),
  );
  const docker = 'sha256:eef9ae528aceeaeacb57a4f0a1dcd8c789bc324d6985fe3278f2311e629cd9c5';
  // The Docker v2 manifest shares config and layer bytes with the OCI one already copied.
  const second = await copyImage(c, { registry: from.host, repository: REPO }, target, docker);
  expect(second).toEqual({
    manifestsPushed: 1,
    manifestsPresent: 0,
    blobsMounted: 0,
    blobsUploaded: 0,
    blobsPresent: 2,
  });
});
