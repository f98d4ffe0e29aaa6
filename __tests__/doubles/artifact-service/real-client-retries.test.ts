// The real @actions/artifact client's retries against the test service's RPC fault hooks. Its own
// file (and server) because the faults are per RPC and the client sleeps 3 s before a retry.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ListArtifactsResponse, UploadArtifactResponse } from '@actions/artifact';
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

describe('faults the client must survive', { timeout: 60_000 }, () => {
  // The client sleeps 3 s before its first retry, so each case retries once.
  test.each([
    ['CreateArtifact', 429],
    ['FinalizeArtifact', 503],
  ] as const)('%s answering %d once is retried, then the upload succeeds', async (method, status) => {
    service.failRpc(method, status, 1);
    const run = `300-${method}`;
    const answer = await runClient<UploadArtifactResponse>(
      { op: 'upload', name: 'digests-linux-amd64', ...folderWith({ [HEX]: '' }) },
      service.clientEnv(run, 'job'),
    );
    expect(answer.ok).toBe(true);
    expect(answer.stdout).toContain(`Attempt 1 of 5 failed with error: Failed request: (${status})`);
    expect(service.artifacts(run)).toHaveLength(1);
  });

  test('ListArtifacts answering 500 once is retried', async () => {
    await uploadOk('301', 'job', 'digests-linux-amd64');
    service.failRpc('ListArtifacts', 500, 1);
    expect((await listOk('301', 'job')).map((a) => a.name)).toEqual(['digests-linux-amd64']);
  });

  test('a 403 is not retried', async () => {
    service.failRpc('ListArtifacts', 403, 1);
    const answer = await runClient({ op: 'list' }, service.clientEnv('302', 'job'));
    expect(answer).toMatchObject({
      ok: false,
      error: {
        message:
          'Failed to ListArtifacts: Received non-retryable error: Failed request: (403) Forbidden: injected permission_denied',
      },
    });
  });
});
