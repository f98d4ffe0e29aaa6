// The merge's artifact intake through the bundled action: compatibility with Docker's recipe in
// both directions, `sources` combined with artifacts, and bad artifacts failing before any push.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DigestRecord } from '../../../src/artifact/digest-record.js';
import { runClient } from '../../support/artifact-service/run-driver.js';
import { startArtifactService, type ArtifactService } from '../../support/artifact-service/server.mjs';
import {
  AMD64,
  ARM64,
  TWO_PLATFORM_INDEX,
  exportDigest,
  merge,
  recipeSources,
  tagExists,
  tempDir,
  uploadRecipeArtifact,
} from '../../support/artifact-service/pipeline.js';
import { pushReplay, startRegistry, type TestRegistry } from '../../support/registry/index.js';

let registry: TestRegistry;
let service: ArtifactService;

beforeAll(async () => {
  [registry, service] = await Promise.all([
    startRegistry({ auth: 'none' }),
    startArtifactService({ repository: 'langgenius/dify' }),
  ]);
  await Promise.all([pushReplay(registry.url, 'dify/api'), pushReplay(registry.url, 'dify/web')]);
});
afterAll(async () => {
  await Promise.all([registry?.stop(), service?.close()]);
});

const api = () => `${registry.host}/dify/api`;
const web = () => `${registry.host}/dify/web`;
const record = (digest: string, platform: string, image: string): DigestRecord => ({
  version: 1,
  digest,
  platform,
  images: [image],
});
let runs = 8000;
const nextRun = () => String(++runs);

/** Exports `records` as build jobs of `run`, each its own job, named by `context`. */
async function exportAll(run: string, context: string, records: DigestRecord[]): Promise<void> {
  const steps = await Promise.all(
    records.map((built, i) =>
      exportDigest({ service, run, job: `build-${i}`, built: { ...built, context } }),
    ),
  );
  for (const step of steps) expect(step.errors).toEqual([]);
}

describe('compatibility with Docker’s multi-platform recipe', { timeout: 60_000 }, () => {
  test('the recipe’s empty hex-named files are merged (looked up in the merge’s image)', async () => {
    const run = nextRun();
    await uploadRecipeArtifact(service, run, 'r1', 'digests-recipe-linux-amd64', [AMD64.slice(7)]);
    await uploadRecipeArtifact(service, run, 'r2', 'digests-recipe-linux-arm64', [ARM64.slice(7)]);
    const step = await merge({
      service,
      run,
      job: 'merge',
      inputs: {
        images: api(),
        context: 'recipe',
        tags: 'type=raw,value=recipe',
        'expected-platforms': 'linux/amd64,linux/arm64',
      },
    });
    expect(step.errors).toEqual([]);
    expect(step.outputs.digest).toBe(TWO_PLATFORM_INDEX);
    expect(await tagExists(registry.url, 'dify/api', 'recipe')).toBe(true);
  });

  test('our artifacts feed the recipe’s download + shell loop, whose output our merge takes', async () => {
    const run = nextRun();
    await exportAll(run, 'api', [record(AMD64, 'linux/amd64', api()), record(ARM64, 'linux/arm64', api())]);
    // download-artifact with pattern digests-api-* and merge-multiple: every file into one folder.
    const dir = tempDir('dia-recipe-merge-');
    const listed = await runClient<{ artifacts: { id: number; name: string; digest?: string }[] }>(
      { op: 'list', latest: true },
      service.clientEnv(run, 'recipe-merge'),
    );
    if (!listed.ok) throw new Error(listed.error.message);
    for (const a of listed.value.artifacts) {
      const got = await runClient(
        { op: 'download', id: a.id, path: dir, expectedHash: a.digest },
        service.clientEnv(run, 'recipe-merge'),
      );
      expect(got).toMatchObject({ ok: true, value: { digestMismatch: false } });
    }
    const sources = await recipeSources(dir, api());
    expect(sources.split('\n').filter(Boolean).sort()).toEqual(
      [`${api()}@${AMD64}`, `${api()}@${ARM64}`].sort(),
    );
    const step = await merge({
      service,
      run,
      job: 'merge',
      inputs: { images: api(), sources, pattern: 'none', tags: 'type=raw,value=recipe-shell' },
    });
    expect(step.errors).toEqual([]);
    expect(step.outputs.digest).toBe(TWO_PLATFORM_INDEX);
  });
});

describe('sources and artifacts', { timeout: 60_000 }, () => {
  test('a merge given sources reads artifacts only when a pattern asks for them', async () => {
    const run = nextRun();
    await exportAll(run, 'combo', [record(ARM64, 'linux/arm64', api())]);
    const inputs = { images: api(), sources: `${api()}@${AMD64}`, 'dry-run': 'true' };
    const only = await merge({ service, run, job: 'm1', inputs });
    expect(only.outputs.platforms).toBe('linux/amd64');
    const both = await merge({
      service,
      run,
      job: 'm2',
      inputs: { ...inputs, pattern: 'digests-combo-*', 'expected-platforms': 'linux/amd64,linux/arm64' },
    });
    expect(both.errors).toEqual([]);
    expect(both.outputs.digest).toBe(TWO_PLATFORM_INDEX);
  });
});

describe('bad artifacts fail before anything is pushed', { timeout: 60_000 }, () => {
  test('export-digest refuses an artifact name the service forbids, before any upload', async () => {
    const run = nextRun();
    const step = await exportDigest({
      service,
      run,
      job: 'build',
      built: record(AMD64, 'linux/amd64', api()),
      inputs: { 'artifact-name': 'digests:api/amd64' },
    });
    expect(step.exitCode).toBe(1);
    expect(step.errors).toEqual([
      'input "artifact-name": "digests:api/amd64": the name contains colon :, forward slash /, which the artifact service refuses; expected a name without " : < > | * ? \\ / or line breaks',
    ]);
    expect(
      service.requests().filter((r) => r.kind === 'twirp' && r.body.workflow_run_backend_id === run),
    ).toEqual([]);
  });

  test('export-digest without a build record nor a digest says what to do', async () => {
    const step = await exportDigest({ service, run: nextRun(), job: 'build' });
    expect(step.exitCode).toBe(1);
    expect(step.errors[0]).toContain(
      'no digest to export: this job has no build record. Run this action with "mode: build"',
    );
  });

  type Setup = (run: string) => Promise<void>;
  const cases: [string, Setup, Record<string, string>, string][] = [
    [
      'a pattern matching nothing (listing what exists)',
      (run) => exportAll(run, 'api', [record(AMD64, 'linux/amd64', api())]),
      { pattern: 'digests-apı-*' },
      'no digest artifact in this run matches "digests-apı-*" (artifacts present: digests-api-linux-amd64)',
    ],
    [
      'a corrupted download',
      async (run) => {
        await exportAll(run, 'corrupt', [record(AMD64, 'linux/amd64', api())]);
        service.corruptDigest('digests-corrupt-linux-amd64');
      },
      { context: 'corrupt' },
      'digest artifact "digests-corrupt-linux-amd64": the downloaded bytes do not match',
    ],
    [
      'a record for another image',
      (run) =>
        exportAll(run, 'mixed', [record(AMD64, 'linux/amd64', api()), record(ARM64, 'linux/arm64', web())]),
      { context: 'mixed' },
      `digest artifact "digests-mixed-linux-arm64" holds ${ARM64} for 127.0.0.1:`,
    ],
    [
      'a digest file whose name is not 64 hex digits',
      (run) => uploadRecipeArtifact(service, run, 'r', 'digests-badname-linux-amd64', ['abc123']),
      { context: 'badname' },
      'digest artifact "digests-badname-linux-amd64" file "abc123": the file name is not a digest',
    ],
    [
      'a malformed record',
      (run) =>
        uploadRecipeArtifact(
          service,
          run,
          'r',
          'digests-json-linux-amd64',
          [AMD64.slice(7)],
          '{"version":1,',
        ),
      { context: 'json' },
      `digest artifact "digests-json-linux-amd64" file "${AMD64.slice(7)}": the content is not JSON`,
    ],
    [
      'two records claiming one platform',
      (run) =>
        exportAll(run, 'twice', [record(AMD64, 'linux/amd64', api())]).then(() =>
          uploadRecipeArtifact(
            service,
            run,
            'r',
            'digests-twice-linux-amd64-again',
            [ARM64.slice(7)],
            JSON.stringify(record(ARM64, 'linux/amd64', api())),
          ),
        ),
      { context: 'twice' },
      'two digest artifacts claim linux/amd64: digests-twice-linux-amd64 (sha256:6402',
    ],
    [
      'artifacts that miss an expected platform',
      (run) => exportAll(run, 'half', [record(AMD64, 'linux/amd64', api())]),
      { context: 'half', 'expected-platforms': 'linux/amd64,linux/arm64' },
      'input "expected-platforms": the digest artifacts are digests-half-linux-amd64 (linux/amd64): missing linux/arm64',
    ],
  ];

  test.each(cases)('%s', async (_name, setup, inputs, message) => {
    const run = nextRun();
    await setup(run);
    const tag = `bad-${run}`;
    const step = await merge({
      service,
      run,
      job: 'merge',
      inputs: { images: api(), tags: `type=raw,value=${tag}`, ...inputs },
    });
    service.clearFaults();
    expect(step.exitCode).toBe(1);
    expect(step.errors).toHaveLength(1);
    expect(step.errors[0]).toContain(message);
    expect(await tagExists(registry.url, 'dify/api', tag)).toBe(false);
  });

  test('without a runtime token and without sources the merge says why it cannot read artifacts', async () => {
    const step = await merge({
      service,
      run: nextRun(),
      job: 'merge',
      inputs: { images: api(), tags: 'type=raw,value=no-token' },
      env: { ACTIONS_RUNTIME_TOKEN: undefined },
    });
    expect(step.exitCode).toBe(1);
    expect(step.errors[0]).toContain('cannot read digest artifacts: ACTIONS_RUNTIME_TOKEN is not set');
  });
});
