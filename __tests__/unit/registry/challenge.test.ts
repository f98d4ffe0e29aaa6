import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parseChallenges } from '../../../src/registry/challenge.js';
import { BUILDX_FIXTURES } from '../../support/paths.js';

function recordedHeader(file: string): string {
  const text = readFileSync(join(BUILDX_FIXTURES, 'auth', file), 'utf8');
  return /^Www-Authenticate: (.*)$/im.exec(text)?.[1]?.trim() ?? '';
}

test.each([
  ['www-authenticate-5001-v2.stdout', [{ scheme: 'basic', params: { realm: 'lab-basic-realm' } }]],
  [
    'www-authenticate-5002-v2.stdout',
    [{ scheme: 'bearer', params: { realm: 'http://127.0.0.1:5005/token', service: 'lab-registry' } }],
  ],
  [
    'www-authenticate-5002-upload.stdout',
    [
      {
        scheme: 'bearer',
        params: {
          realm: 'http://127.0.0.1:5005/token',
          service: 'lab-registry',
          scope: 'repository:fixtures/app:pull,push',
        },
      },
    ],
  ],
])('recorded challenge %s', (file, expected) => {
  expect(parseChallenges(recordedHeader(file))).toEqual(expected);
});

test.each([
  ['', []],
  ['Basic', [{ scheme: 'basic', params: {} }]],
  ['basic realm=plain', [{ scheme: 'basic', params: { realm: 'plain' } }]],
  [
    'Bearer realm="https://auth.docker.io/token",service="registry.docker.io", Basic realm="x"',
    [
      { scheme: 'bearer', params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io' } },
      { scheme: 'basic', params: { realm: 'x' } },
    ],
  ],
  [
    'Bearer realm="r", scope="repository:a:pull repository:b:pull", error="insufficient_scope"',
    [
      {
        scheme: 'bearer',
        params: { realm: 'r', scope: 'repository:a:pull repository:b:pull', error: 'insufficient_scope' },
      },
    ],
  ],
  ['Basic realm="with \\"quote\\", comma"', [{ scheme: 'basic', params: { realm: 'with "quote", comma' } }]],
  [
    'Newauth realm="apps", type=1, title="Login", Basic realm="simple"',
    [
      { scheme: 'newauth', params: { realm: 'apps', type: '1', title: 'Login' } },
      { scheme: 'basic', params: { realm: 'simple' } },
    ],
  ],
  [
    'Token abc123==, Basic realm="b"',
    [
      { scheme: 'token', params: { token68: 'abc123==' } },
      { scheme: 'basic', params: { realm: 'b' } },
    ],
  ],
  ['BEARER REALM="R"', [{ scheme: 'bearer', params: { realm: 'R' } }]],
])('parseChallenges(%j)', (header, expected) => {
  expect(parseChallenges(header)).toEqual(expected);
});
