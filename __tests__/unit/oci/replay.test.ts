import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPLAY } from '../../support/paths.js';
import { combineSources } from '../../../src/oci/index.js';
import { FixtureStore, optionsFromArgs } from './fixture-store.js';

interface ReplayCase {
  name: string;
  args: string[];
  sources: string[];
  setup: { digest: string } | null;
  expected: { digest: string; mediaType: string; size: number };
}

const cases = JSON.parse(readFileSync(join(REPLAY, 'cases.json'), 'utf8')) as ReplayCase[];
const store = FixtureStore.replay();

describe('combineSources reproduces every recorded imagetools create', () => {
  test('all 19 cases are present', () => {
    expect(cases).toHaveLength(19);
  });

  test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const dir = join(REPLAY, 'cases', c.name);
    const { annotations, preferIndex, append } = optionsFromArgs(c.args);
    const digests = c.sources.map((s) => s.slice(s.indexOf('@') + 1));
    // --append: what the tag holds is just the leading source.
    if (append) digests.unshift(c.setup!.digest);
    const result = combineSources(
      digests.map((d) => store.source(d)),
      { annotations, preferIndex },
    );

    const pushed = readFileSync(join(dir, 'pushed.json'));
    expect(Buffer.from(result.bytes).toString('utf8')).toBe(pushed.toString('utf8'));
    expect(Buffer.compare(Buffer.from(result.bytes), pushed)).toBe(0);
    expect(result.digest).toBe(readFileSync(join(dir, 'pushed.digest'), 'utf8').trim());
    expect(Buffer.from(result.bytes).toString('utf8') + '\n').toBe(
      readFileSync(join(dir, 'dry-run.json'), 'utf8'),
    );
    expect({ digest: result.digest, mediaType: result.mediaType, size: result.size }).toEqual(c.expected);
    expect(result.droppedAnnotations).toEqual(
      c.name === 'docker-list-index-annotation' ? ['index:org.opencontainers.image.description=multi'] : [],
    );
  });
});
