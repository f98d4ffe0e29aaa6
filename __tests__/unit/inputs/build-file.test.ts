import { describe, expect, test } from 'vitest';
import { isLocalContext } from '../../../src/buildx/build-args.js';
import { parseBuildInputs } from '../../../src/inputs/build.js';
import { inputsFromRecord } from '../../../src/inputs/reader.js';

describe('where the Dockerfile is looked for', () => {
  test.each([
    ['', false],
    ['{{defaultContext}}', false],
    ['{{defaultContext}}:api', false],
    ['https://github.com/langgenius/dify.git#main:api', false],
    ['git@github.com:langgenius/dify.git', false],
    ['.', true],
    ['api', true],
    ['/work/dify/api', true],
  ])('%j is local: %s', (context, local) => {
    expect(isLocalContext(context)).toBe(local);
  });

  test.each(['', '{{defaultContext}}:api'])(
    'with the Git context %j, a file that is not on the runner is left to BuildKit',
    (context) => {
      const raw = inputsFromRecord({
        images: 'ghcr.io/acme/app',
        platform: 'linux/amd64',
        context,
        file: 'docker/Dockerfile.not-checked-out',
      });
      expect(parseBuildInputs(raw).file).toBe('docker/Dockerfile.not-checked-out');
    },
  );

  test('with a local context, a missing Dockerfile is refused before anything runs', () => {
    const raw = inputsFromRecord({
      images: 'ghcr.io/acme/app',
      platform: 'linux/amd64',
      context: 'api',
      file: 'api/Dockerfile.missing',
    });
    expect(() => parseBuildInputs(raw)).toThrow('input "file": "api/Dockerfile.missing" does not exist');
  });
});
