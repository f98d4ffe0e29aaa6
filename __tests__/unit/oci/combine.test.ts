import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPLAY } from '../../support/paths.js';
import {
  type CombineResult,
  MediaType,
  type Source,
  combineSources,
  configDescriptor,
  formatPlatform,
  isAttestation,
  needsConfigPlatform,
  parseAnnotations,
  parseIndex,
  platformsOf,
  sha256Digest,
} from '../../../src/oci/index.js';
import { FixtureStore } from './fixture-store.js';

const store = FixtureStore.replay();
const src = (object: string): Source => {
  const { digest } = JSON.parse(readFileSync(join(REPLAY, 'sources', `${object}.json`), 'utf8')) as {
    digest: string;
  };
  return store.source(digest);
};
const pushed = (name: string): string => readFileSync(join(REPLAY, 'cases', name, 'pushed.json'), 'utf8');
const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8');
const formatted = (r: CombineResult): string[] => platformsOf(r).map(formatPlatform);

describe('attestations: strip', () => {
  test('removes the unknown/unknown entries and keeps the images in order', () => {
    const r = combineSources([src('default/linux-amd64'), src('default/linux-arm64')], {
      attestations: 'strip',
    });
    const kept = parseIndex(Buffer.from(pushed('two-platform-default'))).manifests.filter(
      (d) => !isAttestation(d),
    );
    expect(r.manifests).toEqual(kept);
    expect(r.mediaType).toBe(MediaType.ociIndex);
    expect(r.passthrough).toBe(false);
    expect(r.digest).toBe(sha256Digest(r.bytes));
    expect(r.size).toBe(r.bytes.length);
    // Same entries as merging the attestation-free OCI builds.
    expect(text(r.bytes)).toBe(pushed('oci-manifests'));
  });

  test('keep (the default) leaves them in', () => {
    const r = combineSources([src('default/linux-amd64'), src('default/linux-arm64')], {
      attestations: 'keep',
    });
    expect(text(r.bytes)).toBe(pushed('two-platform-default'));
  });

  test('a single per-platform index is rebuilt without its attestation, not pushed as is', () => {
    const r = combineSources([src('default/linux-amd64')], { attestations: 'strip' });
    expect(r.passthrough).toBe(false);
    expect(r.manifests).toHaveLength(1);
    expect(r.manifests.some(isAttestation)).toBe(false);
    expect(r.mediaType).toBe(MediaType.ociIndex);
  });

  test('a single index with nothing to strip is still pushed unchanged', () => {
    const list = combineSources([src('provenance-false/linux-amd64')]);
    const source: Source = {
      digest: list.digest,
      mediaType: list.mediaType,
      size: list.size,
      bytes: list.bytes,
    };
    const r = combineSources([source], { attestations: 'strip' });
    expect(r.passthrough).toBe(true);
    expect(r.digest).toBe(list.digest);
  });

  test('stripping everything is an error', () => {
    const attestation = src('default/linux-amd64');
    const only = parseIndex(attestation.bytes).manifests.filter(isAttestation);
    const bytes = Buffer.from(
      JSON.stringify({ schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: only }),
    );
    const source: Source = {
      digest: sha256Digest(bytes),
      mediaType: MediaType.ociIndex,
      size: bytes.length,
      bytes,
    };
    expect(() => combineSources([source], { attestations: 'strip' })).toThrow(/no image manifests left/);
  });
});

describe('single sources', () => {
  test('an index with annotations goes through the merge', () => {
    const r = combineSources([src('default/linux-amd64')], { annotations: parseAnnotations(['index:k=v']) });
    expect(r.passthrough).toBe(false);
    expect(JSON.parse(text(r.bytes))).toMatchObject({ annotations: { k: 'v' } });
    expect(r.manifests).toEqual(parseIndex(src('default/linux-amd64').bytes).manifests);
  });

  test('a manifest with annotations is wrapped even with preferIndex=false (buildx)', () => {
    const r = combineSources([src('provenance-false/linux-amd64')], {
      preferIndex: false,
      annotations: parseAnnotations(['index:k=v']),
    });
    expect(r.passthrough).toBe(false);
    expect(text(r.bytes)).toBe(pushed('single-manifest'));
    expect(r.droppedAnnotations).toEqual(['index:k=v']);
  });

  test('preferIndex=false passes a manifest through and reports its platform', () => {
    const r = combineSources([src('provenance-false/linux-arm-v7')], { preferIndex: false });
    expect(r.passthrough).toBe(true);
    expect(r.mediaType).toBe(MediaType.dockerManifest);
    expect(formatted(r)).toEqual(['linux/arm/v7']);
  });
});

describe('merging', () => {
  test('manifest-descriptor annotations are dropped (and reported) on a Docker list', () => {
    const specs = parseAnnotations(['manifest-descriptor:k=v', 'index:i=j', 'index,manifest-descriptor:x=y']);
    const r = combineSources([src('provenance-false/linux-amd64'), src('provenance-false/linux-arm64')], {
      annotations: specs,
    });
    expect(text(r.bytes)).toBe(pushed('docker-manifests'));
    expect(r.droppedAnnotations).toEqual([
      'manifest-descriptor:k=v',
      'index:i=j',
      'index,manifest-descriptor:x=y',
    ]);
  });

  test('a repeated digest keeps its first position, takes the later platform, unions annotations', () => {
    const child = (platform: object, annotations: object): object => ({
      mediaType: MediaType.ociManifest,
      digest: `sha256:${'1'.repeat(64)}`,
      size: 10,
      annotations,
      platform,
    });
    const other = { mediaType: MediaType.ociManifest, digest: `sha256:${'2'.repeat(64)}`, size: 5 };
    const index = (manifests: object[]): Source => {
      const bytes = Buffer.from(
        JSON.stringify({ schemaVersion: 2, mediaType: MediaType.ociIndex, manifests }),
      );
      return { digest: sha256Digest(bytes), mediaType: MediaType.ociIndex, size: bytes.length, bytes };
    };
    const r = combineSources([
      index([child({ os: 'linux', architecture: 'amd64' }, { a: '1', b: '1' }), other]),
      index([child({ os: 'linux', architecture: 'amd64', variant: 'v2' }, { b: '2', c: '2' })]),
    ]);
    expect(r.manifests).toEqual([
      child({ os: 'linux', architecture: 'amd64', variant: 'v2' }, { a: '1', b: '2', c: '2' }),
      other,
    ]);
  });

  test('a registry without Content-Type: the media type is sniffed from the body', () => {
    const sources = [src('provenance-false/linux-amd64'), src('default/linux-arm64')].map((s) => ({
      ...s,
      mediaType: '',
    }));
    const r = combineSources(sources);
    expect(r.mediaType).toBe(MediaType.ociIndex);
    expect(formatted(r)).toEqual(['linux/amd64', 'linux/arm64']);
  });
});

describe('config platform helpers', () => {
  test('needsConfigPlatform is true only for manifests without configPlatform', () => {
    const manifest = src('oci-provenance-false/linux-amd64');
    expect(needsConfigPlatform({ ...manifest, configPlatform: undefined })).toBe(true);
    expect(needsConfigPlatform(manifest)).toBe(false);
    expect(needsConfigPlatform(src('default/linux-amd64'))).toBe(false);
    expect(configDescriptor(src('default/linux-amd64'))).toBeUndefined();
    expect(configDescriptor(manifest)?.mediaType).toBe(MediaType.ociConfig);
  });
});

describe('bad sources', () => {
  const good = src('default/linux-amd64');
  test.each([
    ['no sources', [], /no sources/],
    [
      'bytes that do not match the digest',
      [{ ...good, digest: `sha256:${'0'.repeat(64)}` }],
      /do not match the digest/,
    ],
    ['a wrong size', [{ ...good, size: good.size + 1 }], /descriptor says/],
    [
      'a manifest without its config platform',
      [{ ...src('provenance-false/linux-amd64'), configPlatform: undefined }, good],
      /needs its configPlatform/,
    ],
  ])('%s', (_what, sources, message) => {
    expect(() => combineSources(sources as Source[])).toThrow(message);
  });

  const raw = (doc: unknown, mediaType = ''): Source => {
    const bytes = Buffer.from(JSON.stringify(doc));
    return { digest: sha256Digest(bytes), mediaType, size: bytes.length, bytes };
  };
  test.each([
    ['schema1', raw({ schemaVersion: 1, fsLayers: [{ blobSum: 'x' }] }), /schema1 manifests are not allowed/],
    ['a config blob', raw({ architecture: 'amd64' }, MediaType.ociConfig), /unsupported media type/],
    [
      'an index with a broken child',
      raw({ schemaVersion: 2, manifests: [{ mediaType: 'x', digest: 'nope', size: 1 }] }),
      /is not a digest/,
    ],
    [
      'an index without manifests array',
      raw({ schemaVersion: 2, manifests: {} }, MediaType.ociIndex),
      /manifests: expected an array/,
    ],
    [
      'a negative size',
      raw({ schemaVersion: 2, manifests: [{ mediaType: 'x', digest: good.digest, size: -1 }] }),
      /size/,
    ],
    [
      'schemaVersion 1 index',
      raw({ schemaVersion: 1, manifests: [] }, MediaType.ociIndex),
      /schemaVersion must be 2/,
    ],
    [
      'not JSON',
      { ...raw({}), bytes: Buffer.from('{'), size: 1, digest: sha256Digest('{') },
      /not valid JSON/,
    ],
  ])('%s', (_what, source, message) => {
    expect(() => combineSources([source, good])).toThrow(message);
  });
});
