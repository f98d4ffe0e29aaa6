// The merge's artifact intake over a fake store: which artifacts become which sources, and why not.
import { describe, expect, test } from 'vitest';
import type { DigestRecord } from '../../../src/artifact/digest-record.js';
import type {
  DigestArtifact,
  DigestStore,
  DownloadedRecord,
  ListRequest,
} from '../../../src/artifact/store.js';
import {
  collectArtifactSources,
  wantsArtifactIntake,
  type IntakeOptions,
} from '../../../src/merge/artifact-intake.js';
import { parsePlatform } from '../../../src/oci/platform.js';
import { recordingContext } from '../../support/fake-context.js';

const dg = (c: string) => `sha256:${c.repeat(64)}`;
const API = 'docker.io/langgenius/dify-api';
const WEB = 'docker.io/langgenius/dify-web';
const rec = (c: string, platform?: string, images?: string[]): DigestRecord => ({
  version: 1,
  digest: dg(c),
  ...(platform ? { platform } : {}),
  ...(images ? { images } : {}),
});

/** A run holding `artifacts` (name -> record); lists with the pattern as the real store does. */
function fakeStore(artifacts: Record<string, DigestRecord>) {
  const lists: ListRequest[] = [];
  const all = Object.keys(artifacts).sort();
  const store: DigestStore = {
    uploadDigestRecord: () => Promise.reject(new Error('not used')),
    listDigestArtifacts: async (request) => {
      lists.push(request);
      const { minimatch } = await import('minimatch');
      const matched = all.filter((n) => minimatch(n, request.pattern));
      return {
        matched: matched.map((name, i): DigestArtifact => ({ name, id: i + 1, size: 1 })),
        unmatched: all.filter((n) => !matched.includes(n)),
      };
    },
    downloadDigestRecords: (list) =>
      Promise.resolve(
        list.map((a): DownloadedRecord => ({
          artifact: a.name,
          artifactId: a.id,
          file: artifacts[a.name]!.digest.slice(7),
          record: artifacts[a.name]!,
        })),
      ),
  };
  return { store, lists };
}

const dify = {
  'digests-api-linux-amd64': rec('1', 'linux/amd64', [API, 'ghcr.io/langgenius/dify-api']),
  'digests-api-linux-arm64': rec('2', 'linux/arm64', ['langgenius/dify-api']),
  'digests-web-linux-amd64': rec('3', 'linux/amd64', [WEB]),
  'digests-web-linux-arm64': rec('4', 'linux/arm64', [WEB]),
};
const env = { ACTIONS_RUNTIME_TOKEN: 'x', GITHUB_REPOSITORY: 'langgenius/dify' };

async function intake(options: Partial<IntakeOptions>, artifacts: Record<string, DigestRecord> = dify) {
  const ctx = recordingContext(env);
  const fake = fakeStore(artifacts);
  const result = await collectArtifactSources({ images: [API], ...options }, ctx, { store: fake.store });
  return { result, ctx, lists: fake.lists };
}

describe('when the merge reads artifacts', () => {
  test.each([
    [{ sourceCount: 0 }, true],
    [{ sourceCount: 2 }, false],
    [{ sourceCount: 2, pattern: 'digests-*' }, true],
    [{ sourceCount: 2, runId: '5' }, true],
    [{ sourceCount: 0, pattern: 'none' }, false],
    [{ sourceCount: 0, pattern: 'none', runId: '5' }, false],
  ])('%j -> %s', (o, expected) => {
    expect(wantsArtifactIntake(o)).toBe(expected);
  });
});

describe('collectArtifactSources', () => {
  test('a context narrows the pattern; each record is found in the merge’s image, whatever its spelling', async () => {
    const { result, lists } = await intake({ context: 'api' });
    expect(lists[0]).toEqual({ pattern: 'digests-api-*' });
    expect(result.sources).toEqual([
      {
        text: `${API}@${dg('1')}`,
        digest: dg('1'),
        repository: { registry: 'docker.io', repository: 'langgenius/dify-api' },
      },
      {
        text: `langgenius/dify-api@${dg('2')}`,
        digest: dg('2'),
        repository: { registry: 'docker.io', repository: 'langgenius/dify-api' },
      },
    ]);
    expect(result.artifacts).toEqual(['digests-api-linux-amd64', 'digests-api-linux-arm64']);
  });

  test('the wide default leaves the other image’s records out, saying so', async () => {
    const { result, ctx } = await intake({ images: [WEB] });
    expect(result.artifacts).toEqual(['digests-web-linux-amd64', 'digests-web-linux-arm64']);
    expect(ctx.lines).toContain(
      `Left out digests-api-linux-amd64: it is for ${API}, ghcr.io/langgenius/dify-api, another merge's image.`,
    );
  });

  test('a merge of the second image of a record uses that image', async () => {
    const { result } = await intake({
      images: ['ghcr.io/langgenius/dify-api'],
      context: 'api',
      pattern: 'digests-api-linux-amd64',
    });
    expect(result.sources.map((s) => s.text)).toEqual([`ghcr.io/langgenius/dify-api@${dg('1')}`]);
  });

  test('recipe files (no images) become bare digests; with no merge image every record is taken', async () => {
    const recipe = { 'digests-linux-amd64': rec('5'), 'digests-linux-arm64': rec('6') };
    expect((await intake({}, recipe)).result.sources).toEqual([
      { text: dg('5'), digest: dg('5') },
      { text: dg('6'), digest: dg('6') },
    ]);
    expect((await intake({ images: [], context: 'web' })).result.sources.map((s) => s.text)).toEqual([
      `${WEB}@${dg('3')}`,
      `${WEB}@${dg('4')}`,
    ]);
  });

  test('sources come in digest order, as the recipe’s shell glob lists its files', async () => {
    const { result } = await intake(
      {},
      {
        'digests-a-linux-amd64': rec('9', 'linux/amd64', [API]),
        'digests-b-linux-arm64': rec('0', 'linux/arm64', [API]),
      },
    );
    expect(result.sources.map((s) => s.digest)).toEqual([dg('0'), dg('9')]);
  });

  test('the same digest in two artifacts is read once', async () => {
    const { result, ctx } = await intake(
      {},
      { 'digests-a': rec('1', 'linux/amd64', [API]), 'digests-b': rec('1', 'linux/amd64', [API]) },
    );
    expect(result.sources).toHaveLength(1);
    expect(ctx.lines).toContain(`digests-b repeats ${dg('1')} of digests-a; read once.`);
  });

  test('another run is read through its repository with the token', async () => {
    const { lists } = await intake({ runId: '123', token: 't0k', context: 'api' });
    expect(lists[0]).toEqual({
      pattern: 'digests-api-*',
      runId: 123,
      token: 't0k',
      repository: 'langgenius/dify',
    });
  });

  test.each<[string, Partial<IntakeOptions>, Record<string, DigestRecord>, string]>([
    [
      'nothing matched',
      { context: 'worker' },
      dify,
      'no digest artifact in this run matches "digests-worker-*" (artifacts present: digests-api-linux-amd64, digests-api-linux-arm64, digests-web-linux-amd64, digests-web-linux-arm64)',
    ],
    ['an empty run', {}, {}, 'matches "digests-*" (artifacts present: none)'],
    [
      'another image in a narrowed set',
      { pattern: 'digests-*-linux-amd64' },
      dify,
      `digest artifact "digests-web-linux-amd64" holds ${dg('3')} for ${WEB}, which is not an image of this merge (${API})`,
    ],
    [
      'only other images',
      { images: ['docker.io/langgenius/dify-worker'] },
      dify,
      'no digest artifact in this run is for docker.io/langgenius/dify-worker',
    ],
    [
      'a platform twice',
      {},
      { 'digests-x': rec('1', 'linux/arm64', [API]), 'digests-y': rec('2', 'linux/arm64/v8', [API]) },
      `two digest artifacts claim linux/arm64: digests-x (${dg('1')}) and digests-y (${dg('2')})`,
    ],
    [
      'a missing expected platform',
      { expectedPlatforms: ['linux/amd64', 'linux/arm64', 'linux/arm/v7'].map(parsePlatform) },
      dify,
      'missing linux/arm/v7',
    ],
    [
      'an unexpected platform',
      { context: 'api', expectedPlatforms: [parsePlatform('linux/amd64')] },
      dify,
      'unexpected linux/arm64',
    ],
    ['a bad run id', { runId: '12a', token: 't' }, dify, 'input "run-id": "12a" is not a run id'],
    [
      'a run id without a token',
      { runId: '12' },
      dify,
      'input "github-token": is empty, but "run-id" 12 asks for another run\'s artifacts',
    ],
  ])('fails on %s', async (_name, options, artifacts, message) => {
    await expect(intake(options, artifacts)).rejects.toThrow(message);
  });

  test('without the runtime token this run cannot be read', async () => {
    const ctx = recordingContext({});
    await expect(
      collectArtifactSources({ images: [API] }, ctx, { store: fakeStore(dify).store }),
    ).rejects.toThrow('ACTIONS_RUNTIME_TOKEN is not set');
  });
});
