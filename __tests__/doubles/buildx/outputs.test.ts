/** Outputs that push nothing, against build2/outputs/ (observation 3). */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startRegistry, type TestRegistry } from '../../support/registry/index.js';
import {
  EPOCH,
  SHA,
  catalog,
  contexts,
  lastLine,
  recorded,
  recordedJson,
  recordedKeys,
  run,
  scenario,
} from './harness.js';

const work = mkdtempSync(join(tmpdir(), 'buildx-double-outputs-'));
const ctx = contexts();
const app = join(ctx, 'app');
let reg: TestRegistry;
beforeAll(async () => {
  reg = await startRegistry({ auth: 'none' });
});
afterAll(async () => {
  await reg?.stop();
  rmSync(work, { recursive: true, force: true });
  rmSync(ctx, { recursive: true, force: true });
});

const base = [
  'buildx',
  'build',
  '--progress=plain',
  '--platform',
  'linux/amd64',
  '--build-arg',
  `COMMIT_SHA=${SHA}`,
];
async function build(flags: string[], extra: Record<string, string> = {}) {
  const s = scenario(work, extra);
  const r = await s.docker([...base, '--metadata-file', s.meta, ...flags, '.'], app);
  return { ...r, s, meta: s.metadata() };
}

describe('metadata keys and warnings as recorded (remote driver)', () => {
  test.each([
    ['cacheonly', ['--output', 'type=cacheonly']],
    ['no-output', []],
    ['tag-push-false', ['-t', '127.0.0.1:5000/fixtures/build2:nopush', '--push=false']],
  ])('%s', async (name, flags) => {
    const r = await build(flags);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(Object.keys(r.meta!)).toEqual(recordedKeys(`outputs/${name}.metadata.json`));
    // the double resolves no base image: every material but its digest as recorded
    const noDigest = (p: unknown) => JSON.stringify(p).replace(/"sha256":"[0-9a-f]{64}"/g, '');
    expect(noDigest(r.meta!['buildx.build.provenance'])).toBe(
      noDigest(recordedJson(`outputs/${name}.metadata.json`)['buildx.build.provenance']),
    );
    // the remote driver warns when nothing is exported, not for type=cacheonly
    const warning = lastLine(recorded('outputs/no-output.stderr'));
    expect(warning).toMatch(/^WARNING: No output specified with remote driver/);
    if (name === 'cacheonly') expect(r.stderr).not.toContain('WARNING');
    else expect(lastLine(r.stderr)).toBe(warning);
  });

  test('type=image,push=false: the index with its attestation, named, not pushed', async () => {
    const r = await build(['--output', `type=image,name=${reg.host}/fixtures/build2,push=false`]);
    expect(r.code).toBe(0);
    const want = recordedJson('outputs/image-push-false.metadata.json');
    expect(Object.keys(r.meta!)).toEqual(Object.keys(want));
    expect(Object.keys(r.meta!['containerimage.descriptor'] as object)).toEqual(
      Object.keys(want['containerimage.descriptor'] as object),
    );
    expect((r.meta!['containerimage.descriptor'] as { mediaType: string }).mediaType).toBe(
      'application/vnd.oci.image.index.v1+json',
    );
    expect(r.meta!['image.name']).toBe(`${reg.host}/fixtures/build2`);
    expect(r.stderr).toContain('exporting attestation manifest sha256:');
    expect(r.stderr).not.toContain('pushing');
  });
});

describe('files on the client', () => {
  test('type=oci,dest: one OCI manifest annotated with SOURCE_DATE_EPOCH, no provenance', async () => {
    const dest = join(work, 'x.tar');
    const r = await build(['--output', `type=oci,dest=${dest}`]);
    expect(r.code).toBe(0);
    const want = recordedJson('outputs/oci.metadata.json');
    expect(Object.keys(r.meta!)).toEqual(Object.keys(want));
    const desc = r.meta!['containerimage.descriptor'] as Record<string, unknown>;
    const wantDesc = want['containerimage.descriptor'] as Record<string, unknown>;
    expect(Object.keys(desc)).toEqual(Object.keys(wantDesc));
    expect([desc.mediaType, desc.annotations, desc.platform]).toEqual([
      wantDesc.mediaType,
      wantDesc.annotations,
      wantDesc.platform,
    ]);
    const index = JSON.parse((await run('tar', ['-xOf', dest, 'index.json'])).stdout) as {
      manifests: Record<string, unknown>[];
    };
    const wantIndex = JSON.parse(recorded('outputs/oci.index.json')) as typeof index;
    expect(index.manifests).toHaveLength(wantIndex.manifests.length);
    expect({ ...index.manifests[0], digest: 0, size: 0 }).toEqual({
      ...wantIndex.manifests[0],
      digest: 0,
      size: 0,
    });
    expect(index.manifests[0]!.digest).toBe(r.meta!['containerimage.digest']);
    // the layout as tar lists it: modes, owners, mtime 0, entry order (blobs sorted by digest)
    const listing = (s: string) =>
      s
        .trim()
        .split('\n')
        .map((l) => l.split(/\s+/))
        .map((f) => [f[0], f[1], f[3], f[5]!.replace(/[0-9a-f]{64}$/, 'DIGEST')].join(' '));
    const got = listing((await run('tar', ['-tvf', dest], { env: { TZ: 'UTC' } })).stdout);
    const rec = listing(recorded('outputs/oci.tar-tvf.stdout'));
    expect(got.filter((l) => !l.endsWith('DIGEST'))).toEqual(rec.filter((l) => !l.endsWith('DIGEST')));
    expect(new Set(got.filter((l) => l.endsWith('DIGEST')))).toEqual(
      new Set(rec.filter((l) => l.endsWith('DIGEST'))),
    );
    expect(r.stderr).not.toContain('attestation');
  });

  test('type=local,dest: the image files, every mtime SOURCE_DATE_EPOCH, no provenance.json', async () => {
    const dest = join(work, 'local-out');
    const r = await build(['--output', `type=local,dest=${dest}`]);
    expect(r.code).toBe(0);
    expect(Object.keys(r.meta!)).toEqual(recordedKeys('outputs/local.metadata.json'));
    const entries = readdirSync(dest, { recursive: true }) as string[];
    expect(entries.length).toBeGreaterThan(0);
    expect(entries).not.toContain('provenance.json');
    for (const e of entries) expect(statSync(join(dest, e)).mtimeMs / 1000).toBe(Number(EPOCH));
    const info = entries.find((e) => e.endsWith('build-info.txt'))!;
    expect(readFileSync(join(dest, info), 'utf8')).toContain(
      recorded('outputs/local.build-info.stdout').trim(),
    );
  });

  test('type=docker,dest: a tarball, nothing loaded, no daemon needed', async () => {
    const dest = join(work, 'docker.tar');
    const r = await build(['--output', `type=docker,dest=${dest}`, '-t', 'fixtures/build2-load:latest']);
    expect(r.code).toBe(0);
    expect(existsSync(dest)).toBe(true);
    const manifest = JSON.parse((await run('tar', ['-xOf', dest, 'manifest.json'])).stdout) as {
      RepoTags: string[];
    }[];
    expect(manifest[0]!.RepoTags).toEqual(['docker.io/fixtures/build2-load:latest']);
    expect(Object.keys(r.meta!)).toEqual(recordedKeys('outputs/load-lab-dockerd-context.metadata.json'));
  });
});

describe('--load', () => {
  test('remote driver: the recorded closed-pipe error, no metadata file', async () => {
    const r = await build(['--load', '-t', 'fixtures/build2-load:latest']);
    expect(r.code).toBe(Number(recorded('outputs/load.exit')));
    expect(lastLine(r.stderr)).toBe(lastLine(recorded('outputs/load.stderr')));
    // the step fails after sending the tarball, as recorded (step numbers aside)
    const tail = (s: string) =>
      s
        .trimEnd()
        .split('\n')
        .slice(-6)
        .map((l) => l.replace(/^#\d+ /, '#N '));
    expect(tail(r.stderr)).toEqual(tail(recorded('outputs/load.stderr')));
    expect(r.meta).toBeUndefined();
  });

  test.each(['docker-container', 'docker'])(
    '%s driver: loaded, a Docker manifest described as recorded',
    async (driver) => {
      const r = await build(['--load', '-t', 'fixtures/build2-load:latest'], {
        BUILDX_DOUBLE_DRIVER: driver,
      });
      expect(r.code).toBe(0);
      const want = recordedJson('outputs/load-lab-dockerd-context.metadata.json');
      expect(Object.keys(r.meta!)).toEqual(Object.keys(want));
      const desc = r.meta!['containerimage.descriptor'] as Record<string, unknown>;
      const wantDesc = want['containerimage.descriptor'] as Record<string, unknown>;
      expect([desc.mediaType, desc.annotations, desc.platform]).toEqual([
        wantDesc.mediaType,
        wantDesc.annotations,
        wantDesc.platform,
      ]);
      expect(r.meta!['image.name']).toBe(want['image.name']);
      expect(r.stderr).not.toContain('WARNING');
    },
  );

  test('docker driver without any output loads by default: no warning', async () => {
    const r = await build(['-t', 'fixtures/build2-load:latest'], { BUILDX_DOUBLE_DRIVER: 'docker' });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('WARNING');
    expect(r.meta!['image.name']).toBe('docker.io/fixtures/build2-load:latest');
  });
});

test('nothing above pushed anything, although type=image,push=false named this registry', async () => {
  expect(await catalog(reg)).toEqual([]);
});
