import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPLAY } from '../../support/paths.js';
import {
  type Source,
  checkExpectedPlatforms,
  combineSources,
  findDuplicatePlatforms,
  formatPlatform,
  parsePlatform,
  platformsOf,
} from '../../../src/oci/index.js';
import { FixtureStore } from './fixture-store.js';

const store = FixtureStore.replay();
const src = (object: string): Source => {
  const { digest } = JSON.parse(readFileSync(join(REPLAY, 'sources', `${object}.json`), 'utf8')) as {
    digest: string;
  };
  return store.source(digest);
};
const platforms = (...texts: string[]) => texts.map(parsePlatform);

describe('platformsOf', () => {
  test('lists image platforms in index order, without attestations', () => {
    const r = combineSources([
      src('default/linux-amd64'),
      src('default/linux-arm64'),
      src('default/linux-arm-v7'),
    ]);
    expect(r.manifests).toHaveLength(6);
    expect(platformsOf(r).map(formatPlatform)).toEqual(['linux/amd64', 'linux/arm64', 'linux/arm/v7']);
  });
});

describe('checkExpectedPlatforms', () => {
  test.each([
    ['all there', ['linux/amd64', 'linux/arm64'], ['linux/arm64', 'linux/amd64'], [], [], []],
    ['normalized forms match', ['linux/arm64', 'linux/arm/v7'], ['linux/arm64/v8', 'linux/arm'], [], [], []],
    ['one missing', ['linux/amd64'], ['linux/amd64', 'linux/arm64'], ['linux/arm64'], [], []],
    ['one extra', ['linux/amd64', 'linux/s390x'], ['linux/amd64'], [], ['linux/s390x'], []],
    [
      'one twice',
      ['linux/amd64', 'linux/amd64', 'linux/arm64'],
      ['linux/amd64', 'linux/arm64'],
      [],
      [],
      ['linux/amd64'],
    ],
    [
      'all at once',
      ['linux/amd64', 'linux/amd64', 'linux/386'],
      ['linux/amd64', 'linux/arm64'],
      ['linux/arm64'],
      ['linux/386'],
      ['linux/amd64'],
    ],
  ])('%s', (_what, actual, expected, missing, extra, duplicated) => {
    const check = checkExpectedPlatforms(platforms(...actual), platforms(...expected));
    expect(check).toEqual({
      missing,
      extra,
      duplicated,
      ok: missing.length + extra.length + duplicated.length === 0,
    });
  });
});

describe('findDuplicatePlatforms', () => {
  test('distinct platforms: no conflict', () => {
    expect(findDuplicatePlatforms([src('default/linux-amd64'), src('provenance-false/linux-arm64')])).toEqual(
      [],
    );
  });

  test('the same source twice, or the same image through two indexes: no conflict', () => {
    expect(findDuplicatePlatforms([src('default/linux-amd64'), src('default/linux-amd64')])).toEqual([]);
    // default and provenance-max hold the same image manifest with different attestations.
    expect(findDuplicatePlatforms([src('default/linux-amd64'), src('provenance-max/linux-amd64')])).toEqual(
      [],
    );
  });

  test('two different images for one platform', () => {
    const a = src('default/linux-amd64');
    const b = src('provenance-false/linux-amd64');
    expect(findDuplicatePlatforms([a, b, src('default/linux-arm64')])).toEqual([
      {
        platform: 'linux/amd64',
        sources: [a.digest, b.digest],
        manifests: [
          'sha256:70227c03f55abb8f25ece62ab36f6a6a79a6b69a0e63096b2b3806e92713776e',
          'sha256:eef9ae528aceeaeacb57a4f0a1dcd8c789bc324d6985fe3278f2311e629cd9c5',
        ],
      },
    ]);
  });

  test('--append onto a tag that already has the platform', () => {
    const tag = combineSources([src('default/linux-amd64'), src('default/linux-arm64')]);
    const existing: Source = {
      digest: tag.digest,
      mediaType: tag.mediaType,
      size: tag.size,
      bytes: tag.bytes,
    };
    const conflicts = findDuplicatePlatforms([
      existing,
      src('oci-provenance-false/linux-arm-v7'),
      src('sbom/linux-amd64'),
    ]);
    // sbom/linux-amd64 holds the same image manifest as default/linux-amd64: no conflict.
    expect(conflicts).toEqual([]);
    const rebuilt = findDuplicatePlatforms([existing, src('provenance-false/linux-arm64')]);
    expect(rebuilt.map((c) => c.platform)).toEqual(['linux/arm64']);
  });
});
