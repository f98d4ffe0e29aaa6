// src/artifact/store.ts over the real @actions/artifact client (in a child process with its own
// env) against the test artifact service, and compatibility with Docker's shell recipe both ways.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ListArtifactsResponse } from '@actions/artifact';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DigestRecord } from '../../../src/artifact/digest-record.js';
import type { DigestListing, DownloadedRecord, UploadResult } from '../../../src/artifact/store.js';
import { startArtifactService, type ArtifactService } from '../../support/artifact-service/server.mjs';
import { runClient, runStore } from '../../support/artifact-service/run-driver.js';

let service: ArtifactService;
beforeAll(async () => {
  service = await startArtifactService({ repository: 'langgenius/dify' });
});
afterAll(async () => {
  await service.close();
});

const temp = () => mkdtempSync(join(tmpdir(), 'store-it-'));
const hex = (c: string) => c.repeat(64);
const record = (c: string, platform: string, image: string, runAttempt = 1): DigestRecord => ({
  version: 1,
  digest: `sha256:${hex(c)}`,
  platform,
  images: [image],
  context: image.endsWith('api') ? 'api' : 'web',
  commit: 'f'.repeat(40),
  runId: '42',
  runAttempt,
});

async function storeUpload(run: string, job: string, name: string, r: DigestRecord) {
  const answer = await runStore<{ result: UploadResult; logs: string[] }>(
    { op: 'upload', name, record: r, retentionDays: 1, tempDir: temp() },
    service.clientEnv(run, job),
  );
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}

async function storeIntake(run: string, pattern: string, extra: Record<string, unknown> = {}) {
  return runStore<{ result: { listing: DigestListing; records: DownloadedRecord[] }; logs: string[] }>(
    { op: 'list+download', pattern, tempDir: temp(), ...extra },
    service.clientEnv(run, 'merge'),
  );
}

describe.concurrent('digest records through the real client', { timeout: 60_000 }, () => {
  test('a re-run keeps an identical record and replaces a different one; never a 409', async () => {
    const name = 'digests-api-linux-amd64';
    const first = await storeUpload(
      '10',
      'build',
      name,
      record('a', 'linux/amd64', 'docker.io/langgenius/dify-api'),
    );
    expect(first.result).toEqual({ id: expect.any(Number) as number, name, outcome: 'uploaded' });
    const rerun = await storeUpload(
      '10',
      'build-attempt-2',
      name,
      record('a', 'linux/amd64', 'docker.io/langgenius/dify-api', 2),
    );
    expect(rerun.result).toEqual({ id: first.result.id, name, outcome: 'kept' });
    const rebuilt = await storeUpload(
      '10',
      'build-attempt-3',
      name,
      record('b', 'linux/amd64', 'docker.io/langgenius/dify-api', 3),
    );
    expect(rebuilt.result.outcome).toBe('replaced');
    expect(rebuilt.result.id).toBeGreaterThan(first.result.id);
    expect(service.artifacts('10').map((a) => [a.name, a.job])).toEqual([[name, 'build-attempt-3']]);
  });

  test('the intake lists the whole run, keeps its pattern, and reads every record', async () => {
    await Promise.all([
      storeUpload(
        '20',
        'api-amd64',
        'digests-api-linux-amd64',
        record('1', 'linux/amd64', 'docker.io/langgenius/dify-api'),
      ),
      storeUpload(
        '20',
        'api-arm64',
        'digests-api-linux-arm64',
        record('2', 'linux/arm64', 'docker.io/langgenius/dify-api'),
      ),
      storeUpload(
        '20',
        'web-amd64',
        'digests-web-linux-amd64',
        record('3', 'linux/amd64', 'docker.io/langgenius/dify-web'),
      ),
    ]);
    const answer = await storeIntake('20', 'digests-api-*');
    if (!answer.ok) throw new Error(answer.error.message);
    const { listing, records } = answer.value.result;
    expect(listing.matched.map((a) => a.name)).toEqual([
      'digests-api-linux-amd64',
      'digests-api-linux-arm64',
    ]);
    expect(listing.matched.every((a) => /^sha256:[0-9a-f]{64}$/.test(a.digest ?? ''))).toBe(true);
    expect(listing.unmatched).toEqual(['digests-web-linux-amd64']);
    expect(records.map((r) => [r.artifact, r.file, r.record])).toEqual([
      ['digests-api-linux-amd64', hex('1'), record('1', 'linux/amd64', 'docker.io/langgenius/dify-api')],
      ['digests-api-linux-arm64', hex('2'), record('2', 'linux/arm64', 'docker.io/langgenius/dify-api')],
    ]);
  });

  test.each([
    ['truncated', (name: string) => service.truncateDownload(name)],
    ['corrupt', (name: string) => service.corruptDigest(name)],
  ])('a %s download fails, naming the artifact', async (what, fault) => {
    const run = `30-${what}`;
    const name = `digests-${what}-linux-amd64`;
    await storeUpload(run, 'build', name, record('c', 'linux/amd64', 'ghcr.io/acme/app'));
    fault(name);
    const answer = await storeIntake(run, 'digests-*');
    expect(answer).toMatchObject({
      ok: false,
      error: {
        message: `digest artifact "${name}": the downloaded bytes do not match the artifact's digest sha256:${what === 'corrupt' ? '0'.repeat(64) : service.artifacts(run)[0]?.hash?.slice(7)} (truncated or corrupted download)`,
      },
    });
  });

  test('another run is read with a token and its repository', async () => {
    await storeUpload(
      '777',
      'build',
      'digests-web-linux-arm64',
      record('d', 'linux/arm64', 'docker.io/langgenius/dify-web'),
    );
    const answer = await storeIntake('778', 'digests-web-*', {
      runId: 777,
      token: service.restToken,
      repository: 'langgenius/dify',
    });
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.value.result.listing.matched[0]).toMatchObject({
      name: 'digests-web-linux-arm64',
      runId: 777,
      repository: 'langgenius/dify',
    });
    expect(answer.value.result.records.map((r) => r.record.digest)).toEqual([`sha256:${hex('d')}`]);
    expect(JSON.stringify(answer.value.result)).not.toContain(service.restToken);
  });
});

describe.concurrent('compatibility with Docker’s multi-platform recipe', { timeout: 60_000 }, () => {
  test('the recipe’s empty file, named by the hex, reads as a record holding only the digest', async () => {
    // What `touch /tmp/digests/${digest#sha256:}` + upload-artifact produce.
    const root = temp();
    writeFileSync(join(root, hex('e')), '');
    const uploaded = await runClient(
      { op: 'upload', name: 'digests-linux-amd64', root, files: [join(root, hex('e'))] },
      service.clientEnv('50', 'recipe-build'),
    );
    expect(uploaded.ok).toBe(true);
    const answer = await storeIntake('50', 'digests-*');
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.value.result.records).toEqual([
      {
        artifact: 'digests-linux-amd64',
        artifactId: expect.any(Number) as number,
        file: hex('e'),
        record: { version: 1, digest: `sha256:${hex('e')}` },
      },
    ]);
  });

  test('our artifact feeds the recipe’s shell merge step', async () => {
    await storeUpload(
      '60',
      'build',
      'digests-api-linux-arm64',
      record('f', 'linux/arm64', 'docker.io/langgenius/dify-api'),
    );
    // What download-artifact (pattern, merge-multiple) gives the recipe, then its shell loop.
    const listed = await runClient<ListArtifactsResponse>(
      { op: 'list', latest: true },
      service.clientEnv('60', 'merge'),
    );
    if (!listed.ok) throw new Error(listed.error.message);
    const [artifact] = listed.value.artifacts;
    const dir = temp();
    const downloaded = await runClient(
      { op: 'download', id: artifact?.id ?? 0, path: dir, expectedHash: artifact?.digest },
      service.clientEnv('60', 'merge'),
    );
    expect(downloaded).toMatchObject({ ok: true, value: { digestMismatch: false } });
    const sources = execFileSync(
      'sh',
      ['-c', 'for f in *; do printf "docker.io/langgenius/dify-api@sha256:%s\\n" "$f"; done'],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(sources).toBe(`docker.io/langgenius/dify-api@sha256:${hex('f')}\n`);
  });
});
