import { describe, expect, test } from 'vitest';
import {
  MANIFEST_ACCEPT_HEADER,
  MediaType,
  detectMediaType,
  isDigest,
  isDockerType,
  isIndex,
  isManifest,
  parseDocument,
  parseManifest,
} from '../../../src/oci/index.js';

const json = (doc: unknown): Buffer => Buffer.from(JSON.stringify(doc));

describe('detectMediaType (buildx sniffing when the registry sends no Content-Type)', () => {
  test.each([
    ['the mediaType field', { mediaType: MediaType.ociIndex, manifests: [] }, MediaType.ociIndex],
    ['config present', { schemaVersion: 2, config: {} }, MediaType.dockerManifest],
    ['fsLayers present', { schemaVersion: 1, fsLayers: [{}] }, MediaType.dockerSchema1],
    ['anything else', { schemaVersion: 2, manifests: [] }, MediaType.dockerList],
    ['field name in another case (Go matching)', { MEDIATYPE: MediaType.ociManifest }, MediaType.ociManifest],
  ])('%s', (_what, doc, expected) => {
    expect(detectMediaType(json(doc))).toBe(expected);
  });
});

describe('media type helpers', () => {
  test.each([
    [MediaType.ociIndex, true, false, false],
    [MediaType.dockerList, true, false, true],
    [MediaType.ociManifest, false, true, false],
    [MediaType.dockerManifest, false, true, true],
    [MediaType.ociConfig, false, false, false],
  ])('%s', (type, index, manifest, docker) => {
    expect([isIndex(type), isManifest(type), isDockerType(type)]).toEqual([index, manifest, docker]);
  });

  test('Accept list as containerd sends it', () => {
    expect(MANIFEST_ACCEPT_HEADER).toBe(
      'application/vnd.docker.distribution.manifest.v2+json, application/vnd.docker.distribution.manifest.list.v2+json, ' +
        'application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json, */*',
    );
  });

  test.each([
    [`sha256:${'a'.repeat(64)}`, true],
    [`sha256:${'A'.repeat(64)}`, false],
    [`sha256:${'a'.repeat(63)}`, false],
    [`sha512:${'0'.repeat(128)}`, true],
    ['blake3:abc', true],
    ['sha256', false],
    ['', false],
  ])('isDigest(%j) = %s', (digest, ok) => {
    expect(isDigest(digest)).toBe(ok);
  });
});

describe('parseManifest / parseDocument', () => {
  const config = { mediaType: MediaType.ociConfig, digest: `sha256:${'c'.repeat(64)}`, size: 2 };
  test('keeps config, layers and annotations', () => {
    const m = parseManifest(
      json({
        schemaVersion: 2,
        mediaType: MediaType.ociManifest,
        config,
        layers: [],
        annotations: { a: 'b' },
      }),
    );
    expect(m).toEqual({
      schemaVersion: 2,
      mediaType: MediaType.ociManifest,
      config,
      layers: [],
      annotations: { a: 'b' },
    });
  });

  test.each([
    [
      'a manifest without config',
      { schemaVersion: 2, layers: [] },
      MediaType.ociManifest,
      /config: expected a descriptor/,
    ],
    [
      'a non-string annotation',
      { schemaVersion: 2, config, annotations: { a: 1 } },
      MediaType.ociManifest,
      /annotations\.a: expected a string/,
    ],
    ['an artifact type', { schemaVersion: 2 }, 'application/vnd.example+json', /unsupported media type/],
    ['a JSON array', [], MediaType.ociIndex, /expected a JSON object/],
  ])('rejects %s', (_what, doc, mediaType, message) => {
    expect(() => parseDocument(json(doc), mediaType)).toThrow(message);
  });
});
