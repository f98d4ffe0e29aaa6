// The real @actions/artifact client (in a child process, with its own env) against the test
// artifact service over real sockets.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  ListArtifactsResponse,
  UploadArtifactResponse,
  DownloadArtifactResponse,
} from '@actions/artifact';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startArtifactService, type ArtifactService } from '../../support/artifact-service/server.mjs';
import { runClient } from '../../support/artifact-service/run-driver.js';

let service: ArtifactService;
beforeAll(async () => {
  service = await startArtifactService({ repository: 'langgenius/dify' });
});
afterAll(async () => {
  await service.close();
});

const HEX = 'ab'.repeat(32);
function folderWith(files: Record<string, string>): { root: string; files: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'artifact-up-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(root, name), content);
  return { root, files: Object.keys(files).map((f) => join(root, f)) };
}

async function uploadOk(run: string, job: string, name: string, content = '') {
  const answer = await runClient<UploadArtifactResponse>(
    { op: 'upload', name, ...folderWith({ [HEX]: content }), retentionDays: 1 },
    service.clientEnv(run, job),
  );
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}

async function listOk(run: string, job: string) {
  const answer = await runClient<ListArtifactsResponse>(
    { op: 'list', latest: true },
    service.clientEnv(run, job),
  );
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value.artifacts;
}

async function download(run: string, job: string, name: string) {
  const artifact = (await listOk(run, job)).find((a) => a.name === name);
  if (!artifact) throw new Error(`${name} not listed`);
  const path = mkdtempSync(join(tmpdir(), 'artifact-down-'));
  const answer = await runClient<DownloadArtifactResponse>(
    { op: 'download', id: artifact.id, path, expectedHash: artifact.digest },
    service.clientEnv(run, job),
  );
  return { answer, path };
}

describe('one run, several jobs', { timeout: 60_000 }, () => {
  test('upload from two jobs, list run-wide from a third, download, 409 on a duplicate, delete', async () => {
    const [amd, arm] = await Promise.all([
      uploadOk('100', 'build-amd64', 'digests-api-linux-amd64', '{"version":1}'),
      uploadOk('100', 'build-arm64', 'digests-api-linux-arm64'),
    ]);
    expect(amd.digest).toMatch(/^[0-9a-f]{64}$/);
    const stored = service.artifacts('100').sort((a, b) => a.name.localeCompare(b.name));
    expect(stored.map((a) => [a.name, a.job, a.version, a.mimeType])).toEqual([
      ['digests-api-linux-amd64', 'build-amd64', 7, 'application/zip'],
      ['digests-api-linux-arm64', 'build-arm64', 7, 'application/zip'],
    ]);
    const expires = Date.parse(stored[0]?.expiresAt ?? '') - Date.parse(stored[0]?.createdAt ?? '');
    expect(Math.round(expires / 3600_000)).toBe(24);

    const listed = await listOk('100', 'merge');
    expect(listed.map((a) => a.name).sort()).toEqual(['digests-api-linux-amd64', 'digests-api-linux-arm64']);
    expect(listed.find((a) => a.id === amd.id)?.digest).toBe(`sha256:${amd.digest}`);
    expect(listed.find((a) => a.id === arm.id)?.size).toBe(arm.size);

    const { answer, path } = await download('100', 'merge', 'digests-api-linux-amd64');
    expect(answer).toMatchObject({ ok: true, value: { digestMismatch: false } });
    expect(readdirSync(path)).toEqual([HEX]);
    expect(readFileSync(join(path, HEX), 'utf8')).toBe('{"version":1}');

    const again = await runClient(
      { op: 'upload', name: 'digests-api-linux-amd64', ...folderWith({ [HEX]: '' }) },
      service.clientEnv('100', 'build-amd64-rerun'),
    );
    expect(again).toMatchObject({
      ok: false,
      error: {
        message:
          'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run',
      },
    });

    const deleted = await runClient<{ id: number }>(
      { op: 'delete', name: 'digests-api-linux-arm64' },
      service.clientEnv('100', 'merge'),
    );
    expect(deleted).toMatchObject({ ok: true, value: { id: arm.id } });
    expect((await listOk('100', 'merge')).map((a) => a.name)).toEqual(['digests-api-linux-amd64']);
  });

  test('another run’s artifacts are not listed without findBy', async () => {
    await uploadOk('200', 'job', 'digests-web-linux-amd64');
    expect(await listOk('201', 'job')).toEqual([]);
  });
});

describe('faults the client must report', { timeout: 60_000 }, () => {
  test.each([
    ['a truncated blob', (name: string) => service.truncateDownload(name)],
    ['a wrong stored digest', (name: string) => service.corruptDigest(name)],
  ])('%s is reported as digestMismatch', async (_what, fault) => {
    const name = `digests-${_what.replace(/\W+/g, '-')}`;
    await uploadOk('400', 'job', name, 'x'.repeat(200));
    fault(name);
    const { answer } = await download('400', 'job', name);
    expect(answer).toMatchObject({ ok: true, value: { digestMismatch: true } });
  });
});

describe('another run through the REST facade (findBy)', { timeout: 60_000 }, () => {
  test('lists and downloads with a token; refuses another token', async () => {
    await uploadOk('555', 'build', 'digests-web-linux-arm64', 'cross');
    const findBy = {
      token: service.restToken,
      workflowRunId: 555,
      repositoryOwner: 'langgenius',
      repositoryName: 'dify',
    };
    const env = service.clientEnv('556', 'merge');
    const listed = await runClient<ListArtifactsResponse>({ op: 'list', latest: true, findBy }, env);
    if (!listed.ok) throw new Error(listed.error.message);
    const [artifact] = listed.value.artifacts;
    expect(artifact?.name).toBe('digests-web-linux-arm64');
    const path = mkdtempSync(join(tmpdir(), 'artifact-down-'));
    const downloaded = await runClient(
      { op: 'download', id: artifact?.id ?? 0, path, expectedHash: artifact?.digest, findBy },
      env,
    );
    expect(downloaded).toMatchObject({ ok: true, value: { digestMismatch: false } });
    expect(readFileSync(join(path, HEX), 'utf8')).toBe('cross');
    const wrongToken = await runClient({ op: 'list', findBy: { ...findBy, token: 'nope' } }, env);
    expect(wrongToken.ok).toBe(false);
  });
});
