import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  chooseBuilder,
  createBuilderArgs,
  parseInspect,
  parseLsJson,
  qemuArchNeeded,
} from '../../../src/buildx/builder.js';
import { historyRef, parseMetadataFile } from '../../../src/buildx/metadata-file.js';
import { parseBuildPlatform } from '../../../src/buildx/platform.js';
import {
  atLeast,
  ghaCacheProblem,
  missingFeature,
  parseBuildxVersion,
  parseVersion,
} from '../../../src/buildx/version.js';
import { InputError } from '../../../src/base/input-error.js';
import { BUILDX_FIXTURES } from '../../support/paths.js';

const read = (...p: string[]) => readFileSync(join(BUILDX_FIXTURES, ...p), 'utf8');

describe('versions', () => {
  test('docker buildx version (recorded)', () => {
    const v = parseBuildxVersion(read('builders', 'version.stdout'));
    expect(v).toEqual({ semver: '0.28.0', raw: 'v0.28.0' });
  });
  test.each([
    ['v0.24.0', '0.20.0', true],
    ['v0.8+unknown', '0.20.0', false],
    ['v0.20.0', '0.20.0', true],
    ['0.19.9', '0.20.0', false],
    ['v1.0.0', '0.99.0', true],
    ['v0.15', '0.15.0', true],
    ['0.14.1-desktop.1', '0.15.0', false],
    ['v0.28.0-rc1', '0.21.0', true],
  ])('%s >= %s is %s', (v, min, ok) => {
    expect(atLeast(parseVersion(v)!, min)).toBe(ok);
  });
  test('gha cache gate names both minimums', () => {
    expect(ghaCacheProblem(parseVersion('v0.28.0'), parseVersion('v0.24.0'))).toBeUndefined();
    expect(ghaCacheProblem(parseVersion('v0.20.1'), parseVersion('v0.8+unknown'))).toBe(
      'the type=gha cache needs buildx >= 0.21.0 and BuildKit >= 0.20.0 (found buildx v0.20.1 < 0.21.0, BuildKit v0.8+unknown < 0.20.0); it will not be used',
    );
    expect(missingFeature(parseVersion('0.14.1')!, 'call')).toBe(
      'buildx 0.14.1 is too old for call (needs >= 0.15.0)',
    );
  });
});

describe('builders (recorded inspect and ls)', () => {
  test.each([
    ['inspect.stdout', 'lab', 'remote', 'v0.24.0'],
    ['inspect-lab-dc.stdout', 'lab-dc', 'docker-container', 'v0.24.0'],
    ['inspect-bootstrap-lab-dc.stdout', 'lab-dc', 'docker-container', 'v0.24.0'],
    ['inspect-lab-dockerd.stdout', 'lab-dockerd', 'docker', 'v0.8+unknown'],
  ])('%s', (file, name, driver, buildkit) => {
    const b = parseInspect(read('builders', file));
    expect(b).toMatchObject({ name, driver, status: 'running' });
    expect(b.buildkit?.raw).toBe(buildkit);
    expect(b.platforms).toContain('linux/arm64');
  });

  test('ls --format json', () => {
    const list = parseLsJson(read('builders', 'ls-format-json.stdout'));
    expect(list.map((b) => [b.name, b.driver, b.current, b.status])).toEqual([
      ['lab', 'remote', true, 'running'],
      ['lab-dc', 'docker-container', false, 'running'],
      ['lab-dockerd', 'docker', false, 'running'],
      ['default', '', false, 'error'],
    ]);
  });

  test.each([
    ['inspect.stdout', { action: 'reuse', name: 'lab' }],
    ['inspect-lab-dc.stdout', { action: 'reuse', name: 'lab-dc' }],
    ['inspect-lab-dockerd.stdout', { action: 'create' }],
  ])('choose builder from %s', (file, expected) => {
    expect(chooseBuilder(parseInspect(read('builders', file)), { ghaCache: true })).toMatchObject(expected);
  });

  test.each([
    [
      'docker-container with options, config and flags: never --use',
      {
        name: 'dia-1',
        driver: 'docker-container',
        driverOpts: ['network=host', 'image=moby/buildkit:v0.24.0'],
        configFile: '/tmp/buildkitd.toml',
        flags: '--debug',
      },
      [
        ...['buildx', 'create', '--name', 'dia-1', '--driver', 'docker-container'],
        ...['--driver-opt', 'network=host', '--driver-opt', 'image=moby/buildkit:v0.24.0'],
        ...['--buildkitd-config', '/tmp/buildkitd.toml', '--buildkitd-flags', '--debug', '--bootstrap'],
      ],
    ],
    [
      'remote: the endpoint is the last argument',
      { name: 'dia-2', driver: 'remote', endpoint: 'tcp://buildkitd:1234', driverOpts: ['cacert=/ca.pem'] },
      [
        ...['buildx', 'create', '--name', 'dia-2', '--driver', 'remote'],
        ...['--driver-opt', 'cacert=/ca.pem', '--bootstrap', 'tcp://buildkitd:1234'],
      ],
    ],
  ])('create args: %s', (_what, options, expected) => {
    expect(createBuilderArgs(options)).toEqual(expected);
  });

  test.each([
    ['linux/arm64', 'ARM64', [], undefined],
    ['linux/arm64', 'X64', ['linux/amd64'], 'arm64'],
    ['linux/arm64', 'X64', ['linux/amd64', 'linux/arm64'], undefined],
    ['linux/arm/v7', 'X64', ['linux/arm/v7'], undefined],
    ['linux/riscv64', 'ARM64', ['linux/arm64'], 'riscv64'],
  ])('QEMU for %s on %s with %j: %s', (platform, arch, platforms, expected) => {
    expect(qemuArchNeeded(platform, arch, platforms)).toBe(expected);
  });
});

describe('metadata file (recorded)', () => {
  test.each([
    [
      'default/amd64',
      'application/vnd.oci.image.index.v1+json',
      'sha256:d62b41108b6205e303b0f36104bc74116f5e3feb6ae4b88b7c785bc38c09f644',
      undefined,
    ],
    [
      'default/arm64',
      'application/vnd.oci.image.index.v1+json',
      'sha256:88cf6654ea593ceb1e4e868973169e51b8e0b1ce528e2aa6d0924e09d907e13e',
      undefined,
    ],
    [
      'provenance-false/amd64',
      'application/vnd.docker.distribution.manifest.v2+json',
      'sha256:45d8ef938069215acd1e4a9b1d98d8d59f003165cc74ea7b7680e0346964df53',
      'sha256:dbc80797a2a7a61b8eb69dcc64803e1a040e8ea867a6ba5420fb9cf0c8545035',
    ],
    [
      'oci-provenance-false/amd64',
      'application/vnd.oci.image.manifest.v1+json',
      'sha256:21b6413ea5332855a987f7f0fe6d3aff4973c02b6a191429c63c4a0c8be1005f',
      'sha256:dbc80797a2a7a61b8eb69dcc64803e1a040e8ea867a6ba5420fb9cf0c8545035',
    ],
  ])('%s', (name, mediaType, digest, configDigest) => {
    const [dir, plat] = name.split('/') as [string, string];
    const m = parseMetadataFile(read('build', dir, `${plat}.metadata.json`));
    expect(m).toMatchObject({ mediaType, digest, imageName: '127.0.0.1:5000/fixtures/app' });
    expect(m.configDigest).toBe(configDigest);
    expect(m.buildRef).toMatch(/^lab\/lab0\/[a-z0-9]{25}$/);
  });
  test('history ref is the last element', () => {
    expect(historyRef('lab/lab0/504dg1gwr4t1bq41s4glonolo')).toBe('504dg1gwr4t1bq41s4glonolo');
  });
  test.each([['not json'], ['[]'], ['{"containerimage.digest":"sha256:12"}']])('rejects %s', (text) => {
    expect(() => parseMetadataFile(text)).toThrow(/metadata file/);
  });
});

describe('platform input', () => {
  test.each([
    ['linux/arm64', 'linux/arm64', 'linux-arm64'],
    ['linux/amd64', 'linux/amd64', 'linux-amd64'],
    ['linux/arm64/v8', 'linux/arm64', 'linux-arm64'],
    ['linux/arm/v7', 'linux/arm/v7', 'linux-arm-v7'],
    [' Linux/AMD64 ', 'linux/amd64', 'linux-amd64'],
  ])('%s', (input, text, pair) => {
    expect(parseBuildPlatform(input)).toMatchObject({ text, pair });
  });
  test.each([['linux'], ['linux/amd64,linux/arm64'], ['linux/amd64/v2/x'], [''], ['linux/$arch']])(
    'rejects %j naming the input',
    (input) => {
      expect(() => parseBuildPlatform(input)).toThrow(InputError);
      expect(() => parseBuildPlatform(input)).toThrow(/^input "platform"/);
    },
  );
});
