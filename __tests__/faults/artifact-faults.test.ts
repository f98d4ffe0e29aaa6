import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DigestRecord } from '../../src/artifact/digest-record.js';
import {
  AMD64,
  ARM64,
  TWO_PLATFORM_INDEX,
  artifactFiles,
  exportDigest,
  merge,
} from '../support/artifact-service/pipeline.js';
import {
  startArtifactService,
  type ArtifactService,
  type RpcName,
} from '../support/artifact-service/server.mjs';
import { pushReplay, startRegistry, type TestRegistry } from '../support/registry/index.js';

/**
 * The artifact service misbehaving under export-digest and the merge's intake, through the
 * bundled action: a 5xx on each RPC is retried by @actions/artifact and nothing is lost; a step
 * killed mid-upload is repaired by its re-run.
 */
let registry: TestRegistry;
let service: ArtifactService;
beforeAll(async () => {
  [registry, service] = await Promise.all([
    startRegistry({ auth: 'none' }),
    startArtifactService({ repository: 'langgenius/dify' }),
  ]);
  await pushReplay(registry.url, 'dify/api');
});
afterAll(async () => Promise.all([registry?.stop(), service?.close()]));

let runs = 9100;
const image = () => `${registry.host}/dify/api`;
const record = (digest: string, platform: string): DigestRecord => ({
  version: 1,
  digest,
  platform,
  images: [image()],
  context: 'api',
});

async function exportBoth(run: string): Promise<void> {
  for (const [i, built] of [record(AMD64, 'linux/amd64'), record(ARM64, 'linux/arm64')].entries()) {
    const step = await exportDigest({ service, run, job: `build-${i}`, built });
    expect(step.errors).toEqual([]);
  }
}

const mergeIt = (run: string, tag: string) =>
  merge({
    service,
    run,
    job: 'merge',
    inputs: { images: image(), context: 'api', tags: `type=raw,value=${tag}` },
  });

describe('a 5xx from the artifact service is retried; nothing is lost', { timeout: 60_000 }, () => {
  test.each<RpcName>(['CreateArtifact', 'FinalizeArtifact'])('export-digest, %s', async (rpc) => {
    const run = String(++runs);
    service.failRpc(rpc, 500, 1);
    const step = await exportDigest({ service, run, job: 'build', built: record(AMD64, 'linux/amd64') });
    expect(step.errors).toEqual([]);
    const stored = service.artifacts(run);
    expect(stored.map((a) => [a.name, a.state])).toEqual([['digests-api-linux-amd64', 'finalized']]);
    expect(Object.keys(artifactFiles(service, run, 'digests-api-linux-amd64'))).toEqual([AMD64.slice(7)]);
  });

  test.each<RpcName>(['ListArtifacts', 'GetSignedArtifactURL'])('merge intake, %s', async (rpc) => {
    const run = String(++runs);
    await exportBoth(run);
    service.failRpc(rpc, 500, 1);
    const step = await mergeIt(run, `rpc-${rpc.toLowerCase()}`);
    expect(step.errors).toEqual([]);
    expect(step.outputs['digest']).toBe(TWO_PLATFORM_INDEX);
  });
});

describe('export-digest killed mid-upload', { timeout: 90_000 }, () => {
  test('its re-run leaves one complete artifact, which the merge takes', async () => {
    const run = String(++runs);
    // The runner starts node through this script, which leaves its pid for the test to kill.
    const dir = mkdtempSync(join(tmpdir(), 'dia-kill-export-'));
    const pidFile = join(dir, 'pid');
    const node = join(dir, 'node');
    writeFileSync(node, `#!/bin/sh\necho $$ > '${pidFile}'\nexec '${process.execPath}' "$@"\n`);
    chmodSync(node, 0o755);
    // Finalizing keeps failing (the client waits between tries): the process is surely alive
    // when its blob has gone up, and is killed there.
    service.failRpc('FinalizeArtifact', 500, 100);
    const before = service.requests().length;
    const killer = setInterval(() => {
      if (
        service
          .requests()
          .slice(before)
          .some((r) => r.kind === 'blob')
      ) {
        clearInterval(killer);
        process.kill(Number(readFileSync(pidFile, 'utf8')), 'SIGKILL');
      }
    }, 5);
    const killed = await exportDigest({
      service,
      run,
      job: 'build-0',
      built: record(AMD64, 'linux/amd64'),
      options: { node },
    });
    clearInterval(killer);
    expect(killed.exitCode).not.toBe(0);
    expect(service.artifacts(run)).toEqual([]);
    service.clearFaults();

    // The job is re-run: the same step again, then the other platform's job and the merge.
    const rerun = await exportDigest({ service, run, job: 'build-0', built: record(AMD64, 'linux/amd64') });
    expect(rerun.errors).toEqual([]);
    const other = await exportDigest({ service, run, job: 'build-1', built: record(ARM64, 'linux/arm64') });
    expect(other.errors).toEqual([]);
    expect(
      service
        .artifacts(run)
        .map((a) => a.name)
        .sort(),
    ).toEqual(['digests-api-linux-amd64', 'digests-api-linux-arm64']);
    const merged = await mergeIt(run, 'after-kill');
    expect(merged.errors).toEqual([]);
    expect(merged.outputs['digest']).toBe(TWO_PLATFORM_INDEX);
  });
});
