import { describe, expect, test } from 'vitest';
import {
  artifactNameProblem,
  contextLabel,
  defaultArtifactName,
  defaultArtifactPattern,
  matchesArtifactPattern,
  platformPair,
} from '../../../src/artifact/artifact-name.js';

describe('default digest artifact names (the recipe’s digests-<context>-<platform-pair>)', () => {
  test.each([
    ['linux/amd64', undefined, 'digests-linux-amd64'],
    ['linux/amd64', 'api', 'digests-api-linux-amd64'],
    ['linux/arm64', 'web', 'digests-web-linux-arm64'],
    ['linux/arm/v7', 'api', 'digests-api-linux-arm-v7'],
    ['linux/amd64', './api/', 'digests-api-linux-amd64'],
    ['linux/amd64', 'services/api', 'digests-services-api-linux-amd64'],
    ['linux/amd64', '.', 'digests-linux-amd64'],
    ['linux/amd64', '', 'digests-linux-amd64'],
  ])('%s with context %j -> %s', (platform, context, name) => {
    expect(defaultArtifactName(platform, context)).toBe(name);
    expect(artifactNameProblem(name)).toBeUndefined();
  });

  test('platform pairs and context labels', () => {
    expect(platformPair('linux/arm64/v8')).toBe('linux-arm64-v8');
    expect(contextLabel('a:b*c')).toBe('a-b-c');
  });
});

describe('names the artifact service refuses', () => {
  test.each([
    ['', 'the name is empty'],
    ['digests:amd64', 'colon :'],
    ['digests/amd64', 'forward slash /'],
    ['digests\\amd64', 'backslash \\'],
    ['a"b', 'double quote "'],
    ['a<b>c', 'less than <, greater than >'],
    ['a|b', 'vertical bar |'],
    ['a*b', 'asterisk *'],
    ['a?b', 'question mark ?'],
    ['a\rb', 'carriage return \\r'],
    ['a\nb', 'line feed \\n'],
  ])('%j: %s', (name, problem) => {
    expect(artifactNameProblem(name)).toContain(problem);
  });

  test.each(['digests-api-linux-amd64', 'digests-web-linux-arm-v7', 'my digests (v2).1'])(
    '%j is fine',
    (name) => {
      expect(artifactNameProblem(name)).toBeUndefined();
    },
  );
});

describe('patterns', () => {
  test.each([
    [undefined, 'digests-*'],
    ['api', 'digests-api-*'],
    ['web/', 'digests-web-*'],
  ])('context %j -> %s', (context, pattern) => {
    expect(defaultArtifactPattern(context)).toBe(pattern);
  });

  test.each([
    ['digests-*', 'digests-api-linux-amd64', true],
    ['digests-*', 'digests-linux-amd64', true],
    ['digests-*', 'build-record.dockerbuild', false],
    ['digests-api-*', 'digests-api-linux-arm64', true],
    ['digests-api-*', 'digests-web-linux-arm64', false],
    ['digests-{api,web}-linux-*', 'digests-web-linux-arm64', true],
    ['digests-*-linux-amd64', 'digests-api-linux-arm64', false],
  ])('%s matches %s: %s', (pattern, name, matches) => {
    expect(matchesArtifactPattern(name, pattern)).toBe(matches);
  });
});
