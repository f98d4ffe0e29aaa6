// export-digest: its inputs, and the mode over a fake store (the bundle tests use the real one).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeBuildRecord } from '../../../src/artifact/build-record.js';
import type { DigestRecord } from '../../../src/artifact/digest-record.js';
import type { DigestStore, UploadRequest } from '../../../src/artifact/store.js';
import { parseExportDigestInputs } from '../../../src/inputs/export-digest.js';
import { inputsFromRecord } from '../../../src/inputs/reader.js';
import { runExportDigest } from '../../../src/modes/export-digest.js';
import { recordingContext } from '../../support/fake-context.js';

const D = `sha256:${'ab'.repeat(32)}`;
const parse = (record: Record<string, string>) => parseExportDigestInputs(inputsFromRecord(record));

describe('export-digest inputs', () => {
  test.each([
    [{}, { retentionDays: 1 }],
    [
      { 'retention-days': '90', context: 'api' },
      { retentionDays: 90, context: 'api' },
    ],
    [
      {
        digest: D,
        platform: 'linux/ARM/v7',
        images: 'ghcr.io/acme/app\nname=docker.io/acme/app,enable=false',
      },
      { retentionDays: 1, given: { digest: D, platform: 'linux/arm/v7', images: ['ghcr.io/acme/app'] } },
    ],
    [
      { digest: D, platform: 'linux/amd64' },
      { retentionDays: 1, given: { digest: D, platform: 'linux/amd64', images: [] } },
    ],
    [{ 'artifact-name': 'my-digests' }, { retentionDays: 1, artifactName: 'my-digests' }],
  ])('%j', (raw, expected) => {
    expect(parse(raw)).toEqual(expected);
  });

  test.each([
    [
      { 'retention-days': '0' },
      'input "retention-days": "0" is not a number of days; expected a whole number from 1 to 90',
    ],
    [{ 'retention-days': '1.5' }, 'input "retention-days": "1.5" is not a number of days'],
    [{ digest: 'sha256:abc' }, 'input "digest": "sha256:abc" is not a sha256 digest'],
    [{ digest: D.toUpperCase().replace('SHA256', 'sha256') }, 'input "digest":'],
    [{ digest: D }, 'input "platform": is empty, but "digest" is given'],
    [{ digest: D, platform: 'amd64' }, 'input "platform": "amd64" is not a platform'],
    [{ digest: D, platform: 'linux/amd64', images: 'ghcr.io/acme/app:1.0' }, 'input "images":'],
    [{ 'artifact-name': 'a|b' }, 'input "artifact-name": "a|b": the name contains vertical bar |'],
    [{ 'artifact-name': 'x\\y' }, 'backslash \\'],
  ])('%j is refused', (raw, message) => {
    expect(() => parse(raw)).toThrow(message);
  });
});

function fakeStore(outcome: 'uploaded' | 'kept' | 'replaced' = 'uploaded') {
  const uploads: UploadRequest[] = [];
  const store: DigestStore = {
    uploadDigestRecord: (request) => {
      uploads.push(request);
      return Promise.resolve({ id: 7, name: request.name, outcome });
    },
    listDigestArtifacts: () => Promise.reject(new Error('not used')),
    downloadDigestRecords: () => Promise.reject(new Error('not used')),
  };
  return { store, uploads };
}

const runnerEnv = (temp: string) => ({
  RUNNER_TEMP: temp,
  GITHUB_SHA: 'c'.repeat(40),
  GITHUB_RUN_ID: '99',
  GITHUB_RUN_ATTEMPT: '3',
});

describe('export-digest mode', () => {
  const built: DigestRecord = {
    version: 1,
    digest: D,
    platform: 'linux/arm/v7',
    images: ['docker.io/langgenius/dify-web'],
    context: 'web',
  };

  test.each([
    [{}, 'digests-web-linux-arm-v7', { context: 'web' }],
    [{ context: 'frontend' }, 'digests-frontend-linux-arm-v7', { context: 'frontend' }],
    [{ artifactName: 'custom' }, 'custom', { context: 'web' }],
  ])('the build record with %j goes to %s', async (extra, name, fields) => {
    const temp = mkdtempSync(join(tmpdir(), 'export-unit-'));
    writeBuildRecord({ RUNNER_TEMP: temp }, built);
    const ctx = recordingContext(runnerEnv(temp));
    const { store, uploads } = fakeStore();
    const result = await runExportDigest({ retentionDays: 2, ...extra }, ctx, { store });
    expect(result.outputs).toEqual({ 'artifact-name': name, 'artifact-id': '7', digest: D });
    expect(uploads).toHaveLength(1);
    expect(uploads[0]).toMatchObject({ name, retentionDays: 2 });
    expect(uploads[0]?.tempDir.startsWith(temp)).toBe(true);
    expect(uploads[0]?.record).toEqual({
      ...built,
      ...fields,
      commit: 'c'.repeat(40),
      runId: '99',
      runAttempt: 3,
    });
  });

  test.each(['kept', 'replaced'] as const)(
    'the summary says when a re-run %s the artifact',
    async (outcome) => {
      const temp = mkdtempSync(join(tmpdir(), 'export-unit-'));
      writeBuildRecord({ RUNNER_TEMP: temp }, built);
      const result = await runExportDigest(
        { retentionDays: 1 },
        recordingContext(runnerEnv(temp)),
        fakeStore(outcome),
      );
      expect(result.summary).toContain(`| ${outcome}`);
    },
  );

  test('no build record and no digest: nothing is uploaded and the error says what to do', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'export-unit-'));
    const { store, uploads } = fakeStore();
    await expect(
      runExportDigest({ retentionDays: 1 }, recordingContext(runnerEnv(temp)), { store }),
    ).rejects.toThrow('or give "digest" (with "platform" and "images")');
    expect(uploads).toEqual([]);
  });
});
