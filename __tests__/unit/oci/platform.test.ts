import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPLAY } from '../../support/paths.js';
import {
  formatPlatform,
  normalizePlatform,
  parsePlatform,
  platformFromConfig,
  platformPair,
  samePlatform,
  tryParsePlatform,
} from '../../../src/oci/index.js';

describe('parsePlatform', () => {
  test.each([
    ['linux/amd64', 'linux/amd64'],
    ['linux/arm64', 'linux/arm64'],
    ['linux/arm64/v8', 'linux/arm64'],
    ['linux/aarch64', 'linux/arm64'],
    ['linux/arm', 'linux/arm/v7'],
    ['linux/arm/v7', 'linux/arm/v7'],
    ['linux/arm/v6', 'linux/arm/v6'],
    ['linux/armhf', 'linux/arm/v7'],
    ['linux/armel', 'linux/arm/v6'],
    ['linux/x86_64', 'linux/amd64'],
    ['linux/x86-64', 'linux/amd64'],
    ['linux/amd64/v1', 'linux/amd64'],
    ['linux/amd64/v3', 'linux/amd64/v3'],
    ['linux/i386', 'linux/386'],
    ['Linux/AMD64', 'linux/amd64'],
    [' linux/s390x ', 'linux/s390x'],
    ['windows/amd64', 'windows/amd64'],
    ['macos/arm64', 'darwin/arm64'],
    ['linux/riscv64', 'linux/riscv64'],
  ])('%s -> %s', (text, formatted) => {
    expect(formatPlatform(parsePlatform(text))).toBe(formatted);
  });

  test.each([
    '',
    'linux',
    'amd64',
    'linux/',
    '/amd64',
    'linux/amd64/v8/x',
    'linux/am d64',
    'linux,amd64',
    'linux//v7',
  ])('rejects %j', (text) => {
    expect(() => parsePlatform(text)).toThrow(
      /^invalid platform ".*": expected os\/arch or os\/arch\/variant$/,
    );
    expect(tryParsePlatform(text)).toBeUndefined();
  });
});

describe('normalizePlatform (containerd database.go)', () => {
  test.each([
    [{ os: 'linux', architecture: 'aarch64', variant: 'v8' }, 'linux/arm64'],
    [{ os: 'linux', architecture: 'arm64', variant: '8' }, 'linux/arm64'],
    [{ os: 'linux', architecture: 'arm64', variant: 'v8.0' }, 'linux/arm64'],
    [{ os: 'linux', architecture: 'arm64', variant: '9' }, 'linux/arm64/v9'],
    [{ os: 'linux', architecture: 'arm', variant: '7' }, 'linux/arm/v7'],
    [{ os: 'linux', architecture: 'arm', variant: '5' }, 'linux/arm/v5'],
    [{ os: 'linux', architecture: 'arm' }, 'linux/arm/v7'],
    [{ os: 'linux', architecture: 'i386', variant: 'x' }, 'linux/386'],
    [{ os: 'LINUX', architecture: 'PPC64LE' }, 'linux/ppc64le'],
  ])('%j -> %s', (p, formatted) => {
    expect(formatPlatform(normalizePlatform(p))).toBe(formatted);
  });

  test('keeps os.version and os.features', () => {
    expect(
      normalizePlatform({
        os: 'windows',
        architecture: 'AMD64',
        osVersion: '10.0.17763.1',
        osFeatures: ['win32k'],
      }),
    ).toEqual({ os: 'windows', architecture: 'amd64', osVersion: '10.0.17763.1', osFeatures: ['win32k'] });
  });

  test('samePlatform compares normalized forms', () => {
    expect(
      samePlatform({ os: 'linux', architecture: 'arm' }, { os: 'linux', architecture: 'arm', variant: 'v7' }),
    ).toBe(true);
    expect(samePlatform({ os: 'linux', architecture: 'arm64' }, { os: 'linux', architecture: 'amd64' })).toBe(
      false,
    );
  });
});

describe('formatPlatform and platformPair', () => {
  test.each([
    [{ os: 'linux', architecture: 'arm', variant: 'v7' }, 'linux/arm/v7', 'linux-arm-v7'],
    [{ os: 'linux', architecture: 'amd64' }, 'linux/amd64', 'linux-amd64'],
    [{ os: 'unknown', architecture: 'unknown' }, 'unknown/unknown', 'unknown-unknown'],
    [{ os: '', architecture: 'amd64' }, 'unknown', 'unknown'],
  ])('%j', (p, formatted, pair) => {
    expect(formatPlatform(p)).toBe(formatted);
    expect(platformPair(p)).toBe(pair);
  });

  test('platformPair takes a string too', () => {
    expect(platformPair('linux/arm/v7')).toBe('linux-arm-v7');
  });
});

describe('platformFromConfig', () => {
  const config = (digest: string): Buffer => readFileSync(join(REPLAY, 'blobs', 'sha256', digest.slice(7)));
  const manifestConfig = (sourceObject: string): string => {
    const src = JSON.parse(readFileSync(join(REPLAY, 'sources', `${sourceObject}.json`), 'utf8')) as {
      digest: string;
    };
    const manifest = JSON.parse(config(src.digest).toString('utf8')) as { config: { digest: string } };
    return manifest.config.digest;
  };

  test.each([
    ['provenance-false/linux-amd64', { architecture: 'amd64', os: 'linux' }],
    ['provenance-false/linux-arm64', { architecture: 'arm64', os: 'linux' }],
    ['provenance-false/linux-arm-v7', { architecture: 'arm', os: 'linux', variant: 'v7' }],
  ])('recorded config of %s', (sourceObject, platform) => {
    expect(platformFromConfig(config(manifestConfig(sourceObject)))).toEqual(platform);
  });

  test('normalizes and drops os.version / os.features like buildx loadPlatform', () => {
    const blob = Buffer.from(
      JSON.stringify({
        architecture: 'aarch64',
        os: 'linux',
        variant: 'v8',
        'os.version': '1',
        'os.features': ['x'],
      }),
    );
    expect(platformFromConfig(blob)).toEqual({ architecture: 'arm64', os: 'linux' });
    expect(platformFromConfig(Buffer.from('{"architecture":"arm","os":"linux"}'))).toEqual({
      architecture: 'arm',
      os: 'linux',
      variant: 'v7',
    });
  });

  test.each([
    '{"os":"linux"}',
    '{"architecture":"amd64"}',
    '[]',
    'not json',
    '{"os":1,"architecture":"amd64"}',
  ])('rejects config %s', (text) => {
    expect(() => platformFromConfig(Buffer.from(text))).toThrow(/image config/);
  });
});
