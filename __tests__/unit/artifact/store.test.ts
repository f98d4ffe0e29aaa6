import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Artifact, ArtifactClient } from '@actions/artifact';
import { describe, expect, test } from 'vitest';
import { createDigestStore, isDuplicateNameError, type DigestArtifact } from '../../../src/artifact/store.js';
import type { DigestRecord } from '../../../src/artifact/digest-record.js';
import type { Log } from '../../../src/base/ports.js';

// An in-memory ArtifactClient: each artifact is a map of relative path -> content. The real client
// over real sockets is exercised in __tests__/integration/artifact/.
function fakeClient(initial: Record<string, Record<string, string>> = {}) {
  let nextId = 1;
  const stored = new Map<string, { id: number; files: Record<string, string> }>();
  for (const [name, files] of Object.entries(initial)) stored.set(name, { id: nextId++, files });
  const calls: string[] = [];
  const mismatch = new Set<string>();
  const client: ArtifactClient = {
    uploadArtifact(name, files, root) {
      calls.push(`upload ${name}`);
      if (stored.has(name)) {
        return Promise.reject(
          new Error(
            'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run',
          ),
        );
      }
      const content: Record<string, string> = {};
      for (const f of files) content[f.slice(root.length + 1)] = readFileSync(f, 'utf8');
      const id = nextId++;
      stored.set(name, { id, files: content });
      return Promise.resolve({ id, size: 1, digest: 'ab' });
    },
    listArtifacts() {
      calls.push('list');
      const artifacts: Artifact[] = [...stored].map(([name, a]) => ({
        name,
        id: a.id,
        size: 1,
        digest: `sha256:${a.id}`,
      }));
      return Promise.resolve({ artifacts });
    },
    getArtifact(name) {
      calls.push(`get ${name}`);
      const a = stored.get(name);
      return a
        ? Promise.resolve({ artifact: { name, id: a.id, size: 1, digest: `sha256:${a.id}` } })
        : Promise.reject(new Error('not found'));
    },
    downloadArtifact(id, options) {
      calls.push(`download ${id}`);
      const [name, a] = [...stored].find(([, x]) => x.id === id) ?? [];
      if (!a || !name || !options?.path)
        return Promise.reject(new Error('Unable to download and extract artifact: gone'));
      for (const [path, content] of Object.entries(a.files)) {
        mkdirSync(dirname(join(options.path, path)), { recursive: true });
        writeFileSync(join(options.path, path), content);
      }
      return Promise.resolve({ downloadPath: options.path, digestMismatch: mismatch.has(name) });
    },
    deleteArtifact(name) {
      calls.push(`delete ${name}`);
      const a = stored.get(name);
      stored.delete(name);
      return a ? Promise.resolve({ id: a.id }) : Promise.reject(new Error('not found'));
    },
  };
  return { client, calls, stored, mismatch };
}

const logs: string[] = [];
const log: Log = {
  debug: () => undefined,
  info: (m) => logs.push(m),
  warning: (m) => logs.push(`warning: ${m}`),
  error: (m) => logs.push(`error: ${m}`),
  group: (_n, fn) => fn(),
};
const HEX = '1'.repeat(64);
const RECORD: DigestRecord = {
  version: 1,
  digest: `sha256:${HEX}`,
  platform: 'linux/amd64',
  images: ['ghcr.io/acme/api'],
  runAttempt: 1,
};
const temp = () => mkdtempSync(join(tmpdir(), 'store-unit-'));

describe('uploadDigestRecord is rerun-safe', () => {
  test('a new name is uploaded, as one file named by the hex', async () => {
    const fake = fakeClient();
    const result = await createDigestStore({ log, client: fake.client }).uploadDigestRecord({
      name: 'digests-linux-amd64',
      record: RECORD,
      tempDir: temp(),
    });
    expect(result).toEqual({ id: 1, name: 'digests-linux-amd64', outcome: 'uploaded' });
    expect(Object.keys(fake.stored.get('digests-linux-amd64')?.files ?? {})).toEqual([HEX]);
  });

  test.each([
    ['the same image from another attempt is kept', { ...RECORD, runAttempt: 2 }, 'kept', 1],
    ['another digest replaces it', { ...RECORD, digest: `sha256:${'2'.repeat(64)}` }, 'replaced', 2],
  ])('%s', async (_what, record, outcome, id) => {
    const fake = fakeClient();
    const store = createDigestStore({ log, client: fake.client });
    await store.uploadDigestRecord({ name: 'digests-linux-amd64', record: RECORD, tempDir: temp() });
    const again = await store.uploadDigestRecord({ name: 'digests-linux-amd64', record, tempDir: temp() });
    expect(again).toEqual({ id, name: 'digests-linux-amd64', outcome });
    expect(fake.calls.includes('delete digests-linux-amd64')).toBe(outcome === 'replaced');
  });

  test('an existing artifact that cannot be read is replaced, with a warning', async () => {
    const fake = fakeClient({ 'digests-linux-amd64': { 'not-a-digest': '' } });
    const result = await createDigestStore({ log, client: fake.client }).uploadDigestRecord({
      name: 'digests-linux-amd64',
      record: RECORD,
      tempDir: temp(),
    });
    expect(result.outcome).toBe('replaced');
    expect(logs.some((l) => l.startsWith('warning: Could not read the existing digests-linux-amd64'))).toBe(
      true,
    );
  });

  test('a forbidden name fails before any request', async () => {
    const fake = fakeClient();
    await expect(
      createDigestStore({ log, client: fake.client }).uploadDigestRecord({
        name: 'digests:amd64',
        record: RECORD,
        tempDir: temp(),
      }),
    ).rejects.toThrow('digest artifact "digests:amd64": the name contains colon :');
    expect(fake.calls).toEqual([]);
  });

  test('recognises the client’s 409 error', () => {
    expect(
      isDuplicateNameError(
        new Error(
          'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run',
        ),
      ),
    ).toBe(true);
    expect(isDuplicateNameError(new Error('Failed request: (500) Internal Server Error'))).toBe(false);
  });
});

describe('listing and downloading', () => {
  const files = {
    'digests-api-linux-amd64': { [HEX]: JSON.stringify(RECORD) },
    'digests-api-linux-arm64': { ['3'.repeat(64)]: '' },
    'digests-web-linux-amd64': { ['4'.repeat(64)]: '' },
    'build-record.dockerbuild': { 'x.dockerbuild': 'zip' },
  };

  test('keeps the names that match, sorted, and says which others exist', async () => {
    const store = createDigestStore({ log, client: fakeClient(files).client });
    const listing = await store.listDigestArtifacts({ pattern: 'digests-api-*' });
    expect(listing.matched.map((a) => a.name)).toEqual([
      'digests-api-linux-amd64',
      'digests-api-linux-arm64',
    ]);
    expect(listing.unmatched).toEqual(['build-record.dockerbuild', 'digests-web-linux-amd64']);
  });

  test('reads JSON records and the recipe’s empty files', async () => {
    const store = createDigestStore({ log, client: fakeClient(files).client });
    const { matched } = await store.listDigestArtifacts({ pattern: 'digests-api-*' });
    const records = await store.downloadDigestRecords(matched, temp());
    expect(records.map((r) => [r.artifact, r.record])).toEqual([
      ['digests-api-linux-amd64', RECORD],
      ['digests-api-linux-arm64', { version: 1, digest: `sha256:${'3'.repeat(64)}` }],
    ]);
  });

  test('another run needs a token and a repository', async () => {
    const store = createDigestStore({ log, client: fakeClient(files).client });
    await expect(store.listDigestArtifacts({ pattern: '*', runId: 7 })).rejects.toThrow(
      'reading another run needs a token and a repository (owner/name)',
    );
  });

  test.each([
    [
      'a digest mismatch',
      { a: { [HEX]: '' } },
      true,
      "the downloaded bytes do not match the artifact's digest sha256:1 (truncated or corrupted download)",
    ],
    ['an empty artifact', { a: {} }, false, 'the artifact holds no digest file'],
    [
      'a file in a folder',
      { a: { [`sub/${HEX}`]: '' } },
      false,
      `file "sub/${HEX}": the file is in a folder`,
    ],
    [
      'a file not named by a digest',
      { a: { 'digest.txt': '' } },
      false,
      'file "digest.txt": the file name is not a digest',
    ],
    ['a malformed record', { a: { [HEX]: '{"version":1' } }, false, 'the content is not JSON'],
  ])('fails on %s, naming the artifact', async (_what, content, mismatch, problem) => {
    const fake = fakeClient(content);
    if (mismatch) fake.mismatch.add('a');
    const store = createDigestStore({ log, client: fake.client });
    const artifacts: DigestArtifact[] = [{ name: 'a', id: 1, size: 1, digest: 'sha256:1' }];
    const error = await store.downloadDigestRecords(artifacts, temp()).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^digest artifact "a"/);
    expect((error as Error).message).toContain(problem);
  });

  test('a failed download names the artifact', async () => {
    const store = createDigestStore({ log, client: fakeClient().client });
    await expect(
      store.downloadDigestRecords([{ name: 'digests-x', id: 9, size: 1 }], temp()),
    ).rejects.toThrow(
      'digest artifact "digests-x": the download failed: Unable to download and extract artifact: gone',
    );
  });
});

test('downloads land in per-artifact folders under the temp dir', async () => {
  const dir = temp();
  const store = createDigestStore({ log, client: fakeClient({ 'digests-a': { [HEX]: '' } }).client });
  await store.downloadDigestRecords([{ name: 'digests-a', id: 1, size: 1 }], dir);
  expect(readFileSync(join(dir, 'digests-a-1', HEX), 'utf8')).toBe('');
});
