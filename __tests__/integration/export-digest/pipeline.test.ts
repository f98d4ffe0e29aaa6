// The Dify pipeline through the bundled action: build record -> export-digest -> merge, for two
// contexts (api, web) and two platforms each, against the real registry and the artifact rig.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DigestRecord } from '../../../src/artifact/digest-record.js';
import { startArtifactService, type ArtifactService } from '../../support/artifact-service/server.mjs';
import {
  AMD64,
  ARM64,
  TWO_PLATFORM_INDEX,
  artifactFiles,
  exportDigest,
  merge,
  tagExists,
} from '../../support/artifact-service/pipeline.js';
import { REPLAY } from '../../support/paths.js';
import { pushReplay, startRegistry, type TestRegistry } from '../../support/registry/index.js';

let registry: TestRegistry;
let service: ArtifactService;
const RUN = '7001';
const SHA = '0123456789abcdef0123456789abcdef01234567';

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

const jobs = [
  { context: 'api', platform: 'linux/amd64', digest: AMD64 },
  { context: 'api', platform: 'linux/arm64', digest: ARM64 },
  { context: 'web', platform: 'linux/amd64', digest: AMD64 },
  { context: 'web', platform: 'linux/arm64', digest: ARM64 },
];
const image = (context: string) => `${registry.host}/dify/${context}`;
const built = (j: (typeof jobs)[number]): DigestRecord => ({
  version: 1,
  digest: j.digest,
  platform: j.platform,
  images: [image(j.context)],
  context: j.context,
});
const jobName = (j: (typeof jobs)[number], attempt = 1) =>
  `build-${j.context}-${j.platform.replace('/', '-')}-${attempt}`;

describe('build record -> export-digest -> merge', { timeout: 120_000 }, () => {
  test('four build jobs export, two merges publish, re-runs keep everything', async () => {
    const exports = await Promise.all(
      jobs.map((j) =>
        exportDigest({ service, run: RUN, job: jobName(j), built: built(j), options: { sha: SHA } }),
      ),
    );
    for (const [i, step] of exports.entries()) {
      const j = jobs[i]!;
      expect(step.errors).toEqual([]);
      expect(step.outputs).toEqual({
        'artifact-name': `digests-${j.context}-${j.platform.replace('/', '-')}`,
        'artifact-id': expect.stringMatching(/^\d+$/) as string,
        digest: j.digest,
      });
      expect(step.summary).toContain(`| ${j.platform} | \`${j.digest}\``);
    }
    // Our file is named by the hex (the recipe's name) and holds the record.
    const files = artifactFiles(service, RUN, 'digests-api-linux-arm64');
    expect(Object.keys(files)).toEqual([ARM64.slice(7)]);
    expect(JSON.parse(files[ARM64.slice(7)]!)).toEqual({
      ...built(jobs[1]!),
      commit: SHA,
      runId: '2000000001',
      runAttempt: 1,
    });

    const merges = await Promise.all(
      ['api', 'web'].map((context) =>
        merge({
          service,
          run: RUN,
          job: `merge-${context}`,
          inputs: {
            images: image(context),
            context,
            tags: 'type=raw,value=1.9.0\ntype=raw,value=latest',
            'expected-platforms': 'linux/amd64,linux/arm64',
          },
        }),
      ),
    );
    const pushed = readFileSync(join(REPLAY, 'cases', 'two-platform-default', 'pushed.json'), 'utf8');
    for (const [i, step] of merges.entries()) {
      const context = ['api', 'web'][i]!;
      expect(step.errors).toEqual([]);
      expect(step.outputs.digest).toBe(TWO_PLATFORM_INDEX);
      expect(step.outputs.platforms).toBe('linux/amd64,linux/arm64');
      expect(step.stdout).toContain(`digests-${context}-linux-amd64: linux/amd64 ${image(context)}@${AMD64}`);
      const got = await fetch(`${registry.url}/v2/dify/${context}/manifests/1.9.0`, {
        headers: { accept: 'application/vnd.oci.image.index.v1+json' },
      });
      expect(await got.text()).toBe(pushed);
    }

    // A re-run of one build job (attempt 2) finds its artifact and keeps it.
    const j = jobs[0]!;
    const rerun = await exportDigest({
      service,
      run: RUN,
      job: jobName(j, 2),
      built: built(j),
      options: { sha: SHA },
      env: { GITHUB_RUN_ATTEMPT: '2' },
    });
    expect(rerun.errors).toEqual([]);
    expect(rerun.outputs['artifact-id']).toBe(exports[0]!.outputs['artifact-id']);
    expect(rerun.summary).toContain('kept');
    expect(service.artifacts(RUN)).toHaveLength(4);

    // A re-run of the merge changes nothing.
    const again = await merge({
      service,
      run: RUN,
      job: 'merge-api-2',
      inputs: { images: image('api'), context: 'api', tags: 'type=raw,value=1.9.0' },
    });
    expect(again.errors).toEqual([]);
    expect(again.stdout).toContain(`${image('api')}:1.9.0 already points at ${TWO_PLATFORM_INDEX}`);
  });

  test('a rebuilt digest replaces the artifact on a re-run', async () => {
    const run = '7002';
    const j = jobs[0]!;
    const first = await exportDigest({ service, run, job: 'b1', built: built(j) });
    const second = await exportDigest({ service, run, job: 'b2', built: { ...built(j), digest: ARM64 } });
    expect(second.errors).toEqual([]);
    expect(second.summary).toContain('replaced');
    expect(Number(second.outputs['artifact-id'])).toBeGreaterThan(Number(first.outputs['artifact-id']));
    expect(Object.keys(artifactFiles(service, run, 'digests-api-linux-amd64'))).toEqual([ARM64.slice(7)]);
  });

  test('without a context the merge reads digests-* and leaves the other image’s records out', async () => {
    const step = await merge({
      service,
      run: RUN,
      job: 'merge-wide',
      inputs: { images: image('web'), tags: 'type=raw,value=wide', 'dry-run': 'true' },
    });
    expect(step.errors).toEqual([]);
    expect(step.outputs.digest).toBe(TWO_PLATFORM_INDEX);
    expect(step.stdout).toContain(`Left out digests-api-linux-amd64: it is for ${image('api')}`);
    expect(await tagExists(registry.url, 'dify/web', 'wide')).toBe(false);
  });

  test('another run’s artifacts are read with run-id and a token', async () => {
    const step = await merge({
      service,
      run: '7100',
      job: 'merge-cross',
      inputs: {
        images: image('api'),
        context: 'api',
        'run-id': RUN,
        'github-token': service.restToken,
        tags: 'type=raw,value=cross',
        'dry-run': 'true',
      },
    });
    expect(step.errors).toEqual([]);
    expect(step.outputs.digest).toBe(TWO_PLATFORM_INDEX);
    expect(step.stdout).not.toContain(service.restToken);
    expect(
      service
        .requests()
        .filter((r) => r.kind === 'rest')
        .map((r) => r.path),
    ).toContain(`/api/repos/langgenius/dify/actions/runs/${RUN}/artifacts?per_page=100&page=1`);
  });

  test('a digest given by input is exported without a build record', async () => {
    const step = await exportDigest({
      service,
      run: '7200',
      job: 'other-build',
      inputs: { digest: ARM64, platform: 'linux/arm64', images: image('web'), context: 'web' },
    });
    expect(step.errors).toEqual([]);
    expect(step.outputs['artifact-name']).toBe('digests-web-linux-arm64');
    const record: unknown = JSON.parse(
      artifactFiles(service, '7200', 'digests-web-linux-arm64')[ARM64.slice(7)]!,
    );
    expect(record).toMatchObject({
      digest: ARM64,
      platform: 'linux/arm64',
      images: [image('web')],
      context: 'web',
    });
  });
});
