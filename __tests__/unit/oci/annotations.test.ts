import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUILDX_FIXTURES } from '../../support/paths.js';
import {
  type Descriptor,
  applyAnnotations,
  parseAnnotation,
  parseAnnotations,
} from '../../../src/oci/index.js';

describe('parseAnnotation', () => {
  test.each([
    [
      'index:org.opencontainers.image.description=multi',
      [{ target: 'index', key: 'org.opencontainers.image.description', value: 'multi' }],
    ],
    ['manifest-descriptor:k=v', [{ target: 'manifest-descriptor', key: 'k', value: 'v' }]],
    ['index:k=a=b:c', [{ target: 'index', key: 'k', value: 'a=b:c' }]],
    ['index:k=', [{ target: 'index', key: 'k', value: '' }]],
    ['index:a:b=v', [{ target: 'index', key: 'a:b', value: 'v' }]],
    [
      'index,manifest-descriptor:k=v',
      [
        { target: 'index', key: 'k', value: 'v' },
        { target: 'manifest-descriptor', key: 'k', value: 'v' },
      ],
    ],
    [
      'manifest-descriptor[linux/arm64]:k=v',
      [
        {
          target: 'manifest-descriptor',
          key: 'k',
          value: 'v',
          platform: { os: 'linux', architecture: 'arm64' },
        },
      ],
    ],
    [
      'manifest-descriptor[linux/arm]:k=v',
      [
        {
          target: 'manifest-descriptor',
          key: 'k',
          value: 'v',
          platform: { os: 'linux', architecture: 'arm', variant: 'v7' },
        },
      ],
    ],
  ])('%s', (text, expected) => {
    expect(parseAnnotation(text)).toEqual(expected.map((e) => ({ text, ...e })));
  });

  test.each([
    ['org.opencontainers.image.description=x', '"" annotations are not supported yet'],
    ['manifest:org.opencontainers.image.description=x', '"manifest" annotations are not supported yet'],
    ['index,manifest:k=v', '"manifest" annotations are not supported yet'],
    ['index-descriptor:k=v', '"index-descriptor" annotations are invalid while creating an image'],
    ['layer:k=v', 'unknown annotation type "layer"'],
    ['index', 'invalid annotation "index", expected key=value'],
    ['Index:k=v', 'invalid annotation type "Index", expected type and optional platform in square brackets'],
    [
      'index[linux/amd64:k=v',
      'invalid annotation type "index[linux/amd64", expected type and optional platform in square brackets',
    ],
    ['manifest-descriptor[linux]:k=v', /^invalid platform "linux": /],
    ['index:=v', 'invalid annotation "index:=v", expected a non-empty key'],
  ])('rejects %s', (text, message) => {
    expect(() => parseAnnotation(text)).toThrow(message);
  });

  // buildx's own wording, from the recorded failing runs.
  test.each([
    ['imagetools-create-manifest-annotation', 'manifest:org.opencontainers.image.description=x'],
    ['imagetools-create-untyped-annotation', 'org.opencontainers.image.description=x'],
  ])('%s: same message as buildx', (recording, text) => {
    const stderr = readFileSync(join(BUILDX_FIXTURES, 'errors', `${recording}.stderr`), 'utf8').trim();
    const exit = readFileSync(join(BUILDX_FIXTURES, 'errors', `${recording}.exit`), 'utf8').trim();
    expect(exit).toBe('1');
    let message = '';
    try {
      parseAnnotation(text);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(`ERROR: ${message}`).toBe(stderr.split('\n').at(-1));
  });

  test('parseAnnotations skips empty entries and flattens', () => {
    expect(parseAnnotations(['', 'index:a=1', 'index,manifest-descriptor:b=2']).map((s) => s.key)).toEqual([
      'a',
      'b',
      'b',
    ]);
  });
});

describe('applyAnnotations', () => {
  const d = (
    digest: string,
    platform?: Descriptor['platform'],
    annotations?: Record<string, string>,
  ): Descriptor => ({
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    digest: `sha256:${digest.repeat(64)}`,
    size: 1,
    ...(platform ? { platform } : {}),
    ...(annotations ? { annotations } : {}),
  });
  const amd64 = d('a', { os: 'linux', architecture: 'amd64' });
  const armv7 = d('b', { os: 'linux', architecture: 'arm', variant: 'v7' }, { keep: 'me' });
  const attestation = d('c', { os: 'unknown', architecture: 'unknown' });
  const noPlatform = d('e');

  test('index specs go to the index, later ones win', () => {
    const out = applyAnnotations([amd64], parseAnnotations(['index:k=1', 'index:k=2', 'index:j=3']));
    expect(out.index).toEqual({ k: '2', j: '3' });
    expect(out.manifests).toEqual([amd64]);
  });

  test('manifest-descriptor applies to every entry, attestations included (as buildx)', () => {
    const out = applyAnnotations(
      [amd64, armv7, attestation, noPlatform],
      parseAnnotations(['manifest-descriptor:k=v']),
    );
    expect(out.manifests.map((m) => m.annotations)).toEqual([
      { k: 'v' },
      { keep: 'me', k: 'v' },
      { k: 'v' },
      { k: 'v' },
    ]);
  });

  test('a platform-scoped spec matches the formatted platform only', () => {
    const out = applyAnnotations(
      [amd64, armv7, attestation, noPlatform],
      parseAnnotations(['manifest-descriptor[linux/arm]:k=v']),
    );
    expect(out.manifests.map((m) => m.annotations)).toEqual([
      undefined,
      { keep: 'me', k: 'v' },
      undefined,
      undefined,
    ]);
  });

  test('does not change its input', () => {
    applyAnnotations([armv7], parseAnnotations(['manifest-descriptor:k=v']));
    expect(armv7.annotations).toEqual({ keep: 'me' });
  });
});
