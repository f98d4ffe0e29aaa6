import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUILDX_FIXTURES } from '../../support/paths.js';
import { combineSources, encodeIndex, parseIndex } from '../../../src/oci/index.js';
import { FixtureStore, optionsFromArgs } from './fixture-store.js';

/**
 * The `imagetools create` runs in fixtures/buildx/create/, replayed from the manifests and
 * configs recorded in build/. The flags (and, for f2, the tag's prior content) are those of the
 * recorded commands in the fixture README; tags and repositories do not change the index.
 */
const CREATE = join(BUILDX_FIXTURES, 'create');
const runs: [string, string[], string | undefined][] = [
  ['a-default', [], undefined],
  ['b-provenance-false', [], undefined],
  ['c-oci', [], undefined],
  ['d1-index-description', ['--annotation=index:org.opencontainers.image.description=multi'], undefined],
  [
    'd2-index-created',
    ['--annotation=index:org.opencontainers.image.created=2020-01-10T00:30:00Z'],
    undefined,
  ],
  [
    'd3-index-both',
    [
      '--annotation=index:org.opencontainers.image.description=multi',
      '--annotation=index:org.opencontainers.image.created=2020-01-10T00:30:00Z',
    ],
    undefined,
  ],
  [
    'd4-docker-list-with-index-annotation',
    ['--annotation=index:org.opencontainers.image.description=multi'],
    undefined,
  ],
  ['e1-cross-repo', [], undefined],
  ['e2-cross-registry', [], undefined],
  ['f1-append-base', [], undefined],
  // --append onto the tag f1 had just pushed.
  ['f2-append', ['--append'], 'f1-append-base'],
  ['g1-prefer-index-false', ['--prefer-index=false'], undefined],
  ['g2-prefer-index-default', [], undefined],
  ['h-several-tags', [], undefined],
  ['i-annotated-manifest-sources', [], undefined],
  ['j-mixed-index-and-docker-manifest', [], undefined],
  [
    'k-manifest-descriptor-annotation',
    [
      '--annotation=manifest-descriptor:org.opencontainers.image.description=desc',
      '--annotation=manifest-descriptor[linux/arm64]:com.example.only-arm64=yes',
    ],
    undefined,
  ],
  ['l-bare-digests', [], undefined],
  ['m-reversed-order', [], undefined],
];

const store = FixtureStore.fromJsonFiles(join(BUILDX_FIXTURES, 'build'));
const read = (dir: string, name: string): string | undefined =>
  existsSync(join(CREATE, dir, name)) ? readFileSync(join(CREATE, dir, name), 'utf8') : undefined;

describe('combineSources reproduces the create/ recordings', () => {
  test.each(runs)('%s', (dir, args, appendTo) => {
    const { annotations, preferIndex, append } = optionsFromArgs(args);
    const digests = read(dir, 'sources.txt')!
      .trim()
      .split('\n')
      .map((line) => line.slice(line.indexOf('sha256:')));
    if (append) digests.unshift(read(appendTo!, 'pushed.digest')!.trim());
    const result = combineSources(
      digests.map((d) => store.source(d)),
      { annotations, preferIndex },
    );
    const text = Buffer.from(result.bytes).toString('utf8');

    expect(text + '\n').toBe(read(dir, 'dry-run.stdout'));
    for (const suffix of ['', '-0', '-1', '-2']) {
      const pushed = read(dir, `pushed${suffix}.json`);
      if (pushed === undefined) continue;
      expect(text).toBe(pushed);
      expect(result.digest).toBe(read(dir, `pushed${suffix}.digest`)!.trim());
      expect(read(dir, `pushed${suffix}.headers`)).toContain(`Content-Type: ${result.mediaType}`);
    }
    expect(result.droppedAnnotations).toEqual(
      dir.startsWith('d4-') ? ['index:org.opencontainers.image.description=multi'] : [],
    );
  });

  test('the recorded per-platform indexes re-encode to their own bytes', () => {
    for (const arch of ['amd64', 'arm64']) {
      const bytes = readFileSync(join(BUILDX_FIXTURES, 'build', 'default', `${arch}.manifest.json`));
      expect(encodeIndex(parseIndex(bytes))).toBe(bytes.toString('utf8'));
    }
  });
});
