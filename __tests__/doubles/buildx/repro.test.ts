/** The same build twice, against build2/repro/digests.txt (observation 7). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startRegistry, type TestRegistry } from '../../support/registry/index.js';
import { SHA, contexts, manifest, pushOutput, recorded, recordedJson, scenario } from './harness.js';

const work = mkdtempSync(join(tmpdir(), 'buildx-double-repro-'));
const ctx = contexts();
let reg: TestRegistry;
beforeAll(async () => {
  reg = await startRegistry({ auth: 'none' });
});
afterAll(async () => {
  await reg?.stop();
  rmSync(work, { recursive: true, force: true });
  rmSync(ctx, { recursive: true, force: true });
});

const VARIANTS: Record<string, { flags: string[]; output: string }> = {
  default: { flags: [], output: '' },
  'rewrite-timestamp': { flags: [], output: ',rewrite-timestamp=true' },
  'provenance-false': { flags: ['--provenance=false'], output: '' },
  'provenance-false-rewrite-timestamp': { flags: ['--provenance=false'], output: ',rewrite-timestamp=true' },
};

/** digests.txt's match table: variant -> [containerimage.digest, image manifest, config, layers]. */
function recordedMatches(): Record<string, string[]> {
  const text = recorded('repro/digests.txt');
  const table = text.slice(text.indexOf('# match'));
  return Object.fromEntries(
    table
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split(' '))
      .map(([variant, ...cells]) => [variant!, cells]),
  );
}

interface Doc {
  manifests?: { digest: string }[];
  config: { digest: string };
  layers: { digest: string; annotations?: Record<string, string> }[];
}
async function buildOnce(variant: string) {
  const { flags, output } = VARIANTS[variant]!;
  const s = scenario(work);
  const r = await s.docker(
    [
      'buildx',
      'build',
      '--progress=plain',
      '--no-cache',
      '--platform',
      'linux/amd64',
      '--build-arg',
      `COMMIT_SHA=${SHA}`,
      ...flags,
      '--metadata-file',
      s.meta,
      '--output',
      pushOutput(reg, 'fixtures/repro', output),
      '.',
    ],
    join(ctx, 'app'),
  );
  expect(r.code).toBe(0);
  const top = s.metadata()!['containerimage.digest'] as string;
  const topDoc = JSON.parse(await manifest(reg, 'fixtures/repro', top)) as Doc;
  const image = topDoc.manifests ? topDoc.manifests[0]!.digest : top;
  const doc = topDoc.manifests ? (JSON.parse(await manifest(reg, 'fixtures/repro', image)) as Doc) : topDoc;
  return {
    top,
    image,
    config: doc.config.digest,
    layers: doc.layers.map((l) => l.digest).join(','),
    doc,
    stderr: r.stderr,
  };
}

describe('reproducibility with SOURCE_DATE_EPOCH', () => {
  test.each(Object.keys(VARIANTS))('%s: what matches between two builds, as recorded', async (variant) => {
    const [one, two] = [await buildOnce(variant), await buildOnce(variant)];
    const same = (k: 'top' | 'image' | 'config' | 'layers') => (one[k] === two[k] ? 'yes' : 'no');
    expect([same('top'), same('image'), same('config'), same('layers')]).toEqual(recordedMatches()[variant]);
  });

  test('rewrite-timestamp: the progress line and the layer annotation of the recording', async () => {
    const got = await buildOnce('rewrite-timestamp');
    const line = recorded('repro/rewrite-timestamp-1.stderr')
      .split('\n')
      .find((l) => l.includes('rewriting layers'))!
      .replace(/^#\d+ /, '');
    expect(got.stderr).toContain(line);
    const want = recordedJson<Doc>('repro/rewrite-timestamp-1.image.json');
    expect(got.doc.layers.at(-1)!.annotations).toEqual(want.layers.at(-1)!.annotations);
  });
});
