import { describe, expect, test } from 'vitest';
import {
  apiHost,
  credentialKey,
  familiarName,
  formatReference,
  isLoopback,
  normaliseRegistry,
  parseReference,
} from '../../../src/oci/reference.js';

const D = `sha256:${'a'.repeat(64)}`;

describe('parseReference normalises like distribution/reference', () => {
  test.each([
    ['ubuntu', 'docker.io', 'library/ubuntu', undefined, undefined],
    ['ubuntu:22.04', 'docker.io', 'library/ubuntu', '22.04', undefined],
    ['library/ubuntu', 'docker.io', 'library/ubuntu', undefined, undefined],
    ['docker.io/ubuntu', 'docker.io', 'library/ubuntu', undefined, undefined],
    ['docker.io/library/ubuntu:latest', 'docker.io', 'library/ubuntu', 'latest', undefined],
    ['index.docker.io/ubuntu', 'docker.io', 'library/ubuntu', undefined, undefined],
    ['index.docker.io/foo/bar', 'docker.io', 'foo/bar', undefined, undefined],
    ['foo/bar', 'docker.io', 'foo/bar', undefined, undefined],
    ['foo/bar/baz', 'docker.io', 'foo/bar/baz', undefined, undefined],
    ['ghcr.io/owner/app:v1.2.3', 'ghcr.io', 'owner/app', 'v1.2.3', undefined],
    ['localhost/app', 'localhost', 'app', undefined, undefined],
    ['localhost:5000/app:dev', 'localhost:5000', 'app', 'dev', undefined],
    ['127.0.0.1:5000/fixtures/app', '127.0.0.1:5000', 'fixtures/app', undefined, undefined],
    [`127.0.0.1:5000/fixtures/app@${D}`, '127.0.0.1:5000', 'fixtures/app', undefined, D],
    [`app:tag@${D}`, 'docker.io', 'library/app', 'tag', D],
    ['[::1]:5000/app', '[::1]:5000', 'app', undefined, undefined],
    ['Example.COM/app', 'Example.COM', 'app', undefined, undefined],
    // An upper-case first component can only be a domain (splitDockerDomain).
    ['UPPER/app', 'UPPER', 'app', undefined, undefined],
    [
      'registry.example.com:443/a.b/c_d/e__f/g-h/i--j',
      'registry.example.com:443',
      'a.b/c_d/e__f/g-h/i--j',
      undefined,
      undefined,
    ],
    ['foo:5000', 'docker.io', 'library/foo', '5000', undefined],
    ['host.io/app:_underscore', 'host.io', 'app', '_underscore', undefined],
  ])('%s', (input, registry, repository, tag, digest) => {
    const ref = parseReference(input);
    expect(ref).toEqual({ registry, repository, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) });
  });
});

describe('parseReference rejects bad references with a clear message', () => {
  test.each([
    ['', /empty/],
    ['docker.io/Upper', /lowercase/],
    ['ghcr.io/owner/App', /lowercase/],
    ['app:', /invalid tag/],
    ['app:-dash', /invalid tag/],
    [`app:${'t'.repeat(129)}`, /invalid tag/],
    ['app@sha256:abc', /invalid digest/],
    [`app@sha512:${'a'.repeat(128)}`, /invalid digest/],
    [`app@sha256:${'A'.repeat(64)}`, /invalid digest/],
    ['ghcr.io/a..b', /invalid repository name/],
    ['ghcr.io/a/', /invalid repository name/],
    ['ghcr.io//a', /invalid repository name/],
    ['a_-b', /invalid repository name/],
    ['-host.io/app', /invalid registry/],
    ['ghcr.io:abc/app', /invalid registry/],
    ['a'.repeat(64), /64-character hexadecimal/],
    [`ghcr.io/${'a'.repeat(250)}`, /longer than 255/],
    ['ghcr.io/app:tag:more', /invalid (tag|registry|repository)/],
  ])('%j', (input, message) => {
    expect(() => parseReference(input)).toThrow(message);
  });
});

test.each([
  [
    { registry: 'docker.io', repository: 'library/ubuntu', tag: 'latest' },
    'docker.io/library/ubuntu:latest',
    'ubuntu',
  ],
  [{ registry: 'docker.io', repository: 'foo/bar', digest: D }, `docker.io/foo/bar@${D}`, 'foo/bar'],
  [{ registry: 'docker.io', repository: 'library/a/b' }, 'docker.io/library/a/b', 'library/a/b'],
  [{ registry: 'ghcr.io', repository: 'o/a', tag: 't', digest: D }, `ghcr.io/o/a:t@${D}`, 'ghcr.io/o/a'],
])('formats %j', (ref, full, familiar) => {
  expect(formatReference(ref)).toBe(full);
  expect(familiarName(ref)).toBe(familiar);
  expect(parseReference(full)).toEqual(ref);
});

test.each([
  ['docker.io', 'registry-1.docker.io', 'https://index.docker.io/v1/'],
  ['ghcr.io', 'ghcr.io', 'ghcr.io'],
  ['127.0.0.1:5001', '127.0.0.1:5001', '127.0.0.1:5001'],
])('API host and credential key of %s', (registry, host, key) => {
  expect(apiHost(registry)).toBe(host);
  expect(credentialKey(registry)).toBe(key);
});

test.each([
  ['index.docker.io', 'docker.io'],
  ['https://index.docker.io/v1/', 'docker.io'],
  ['registry-1.docker.io', 'docker.io'],
  ['https://ghcr.io', 'ghcr.io'],
  ['ghcr.io/', 'ghcr.io'],
  ['http://127.0.0.1:5000/v2/', '127.0.0.1:5000'],
])('normaliseRegistry(%j) = %s', (input, expected) => {
  expect(normaliseRegistry(input)).toBe(expected);
});

test.each([
  ['localhost', true],
  ['localhost:5000', true],
  ['127.0.0.1:5000', true],
  ['127.1.2.3', true],
  ['[::1]:5000', true],
  ['ghcr.io', false],
  ['127.0.0.1.example.com', false],
  ['10.0.0.1:5000', false],
])('isLoopback(%s) = %s', (host, expected) => {
  expect(isLoopback(host)).toBe(expected);
});
