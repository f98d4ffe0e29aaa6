/** A two-platform push by digest, against build2/multi/ (observation 4). */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startRegistry, type TestRegistry } from '../../support/registry/index.js';
import {
  SHA,
  contexts,
  lastLine,
  manifest,
  pushOutput,
  recorded,
  recordedJson,
  recordedKeys,
  scenario,
  stepTitles,
} from './harness.js';

const work = mkdtempSync(join(tmpdir(), 'buildx-double-multi-'));
const ctx = contexts();
const app = join(ctx, 'app');
const foreign = process.arch === 'arm64' ? 'amd64' : 'arm64';
let reg: TestRegistry;
beforeAll(async () => {
  reg = await startRegistry({ auth: 'none' });
});
afterAll(async () => {
  await reg?.stop();
  rmSync(work, { recursive: true, force: true });
  rmSync(ctx, { recursive: true, force: true });
});

interface Index {
  mediaType: string;
  manifests: { mediaType: string; digest: string; annotations?: Record<string, string>; platform: object }[];
}
/** The shape of an index: per entry media type, platform, annotation keys and what they point at. */
const shape = (ix: Index) =>
  ix.manifests.map((m) => ({
    mediaType: m.mediaType,
    platform: m.platform,
    annotations: m.annotations && {
      ...m.annotations,
      'vnd.docker.reference.digest': ix.manifests.findIndex(
        (x) => x.digest === m.annotations!['vnd.docker.reference.digest'],
      ),
    },
  }));

async function multiBuild(platformFlags: string[], emulate = true) {
  const s = scenario(work);
  if (emulate)
    expect(
      (await s.docker(['run', '--privileged', '--rm', 'tonistiigi/binfmt', '--install', foreign], app)).code,
    ).toBe(0);
  const r = await s.docker(
    [
      'buildx',
      'build',
      '--progress=plain',
      ...platformFlags,
      '--build-arg',
      `COMMIT_SHA=${SHA}`,
      '--metadata-file',
      s.meta,
      '--output',
      pushOutput(reg, 'fixtures/multi'),
      '.',
    ],
    app,
  );
  return { ...r, meta: s.metadata() };
}

describe('multi-platform build', () => {
  test.each([
    ['one --platform list', ['--platform', 'linux/amd64,linux/arm64']],
    ['repeated --platform', ['--platform', 'linux/amd64', '--platform', 'linux/arm64']],
  ])('%s: one OCI index, 2 images then 2 attestation manifests, as recorded', async (_, flags) => {
    const r = await multiBuild(flags);
    expect(r.code).toBe(0);
    expect(Object.keys(r.meta!)).toEqual(recordedKeys('multi/build.metadata.json'));
    const digest = r.meta!['containerimage.digest'] as string;
    const bytes = await manifest(reg, 'fixtures/multi', digest);
    expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`).toBe(digest);
    const got = JSON.parse(bytes) as Index;
    const want = recordedJson<Index>('multi/index.json');
    expect(got.mediaType).toBe(want.mediaType);
    expect(shape(got)).toEqual(shape(want));
    expect(r.meta!['containerimage.descriptor']).toEqual({
      mediaType: want.mediaType,
      digest,
      size: Buffer.byteLength(bytes),
    });
    // every entry is in the registry, by digest
    for (const m of got.manifests) await manifest(reg, 'fixtures/multi', m.digest);
    // progress names each platform's steps, as recorded
    const titles = stepTitles(r.stderr);
    const recordedTitles = stepTitles(recorded('multi/build.stderr')).map((t) =>
      t.replace(/@sha256:[0-9a-f]{64}$/, ''),
    );
    expect(new Set(titles)).toEqual(new Set(recordedTitles));
    expect(r.stderr.match(/exporting manifest list sha256:\w+/g)).toEqual([
      `exporting manifest list ${digest}`,
    ]);
  });

  test('--provenance=false: a manifest list of the two images only', async () => {
    const r = await multiBuild(['--platform', 'linux/amd64,linux/arm64', '--provenance=false']);
    expect(r.code).toBe(0);
    const got = JSON.parse(
      await manifest(reg, 'fixtures/multi', r.meta!['containerimage.digest'] as string),
    ) as Index;
    expect(got.mediaType).toBe('application/vnd.docker.distribution.manifest.list.v2+json');
    expect(got.manifests.map((m) => m.platform)).toEqual([
      { architecture: 'amd64', os: 'linux' },
      { architecture: 'arm64', os: 'linux' },
    ]);
  });

  test('a platform the node cannot run still fails at its RUN', async () => {
    const r = await multiBuild(['--platform', 'linux/amd64,linux/arm64'], false);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`[linux/${foreign} 3/3] RUN`);
    expect(lastLine(r.stderr)).toMatch(/did not complete successfully: exit code: 255$/);
    expect(r.meta).toBeUndefined();
  });
});
