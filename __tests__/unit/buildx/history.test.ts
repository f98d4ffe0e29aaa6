import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  historyExportArgs,
  historyInspectArgs,
  historyListArgs,
  parseHistoryInspect,
  parseHistoryList,
  recordSince,
  refBuilder,
} from '../../../src/buildx/history.js';
import { parseMetadataFile } from '../../../src/buildx/metadata-file.js';
import { BUILDX_FIXTURES } from '../../support/paths.js';

const read = (...p: string[]) => readFileSync(join(BUILDX_FIXTURES, ...p), 'utf8');

describe('build records (recorded)', () => {
  test('history inspect --format json of the build2 build: duration, 2 of 8 steps cached', () => {
    expect(parseHistoryInspect(read('build2', 'history', 'inspect-format-json.stdout'))).toEqual({
      ref: 'o7h5466xnq1t95cwn5k3xevs3',
      name: 'shared/fixtures/buildx/build2/contexts/app',
      status: 'completed',
      startedAt: '2026-11-29T13:45:57.028847419Z',
      completedAt: '2026-11-29T13:45:57.164520094Z',
      durationMs: 135.672675,
      steps: { total: 8, completed: 8, cached: 2 },
    });
  });

  test('the cached steps agree with the CACHED lines of the build log', () => {
    const record = parseHistoryInspect(read('build2', 'history', 'inspect-format-json.stdout'));
    const cachedLines = read('build2', 'history', 'build.stderr').match(/^#\d+ CACHED$/gm) ?? [];
    expect(record.steps?.cached).toBe(cachedLines.length);
  });

  test('the first pack: no cache', () => {
    expect(parseHistoryInspect(read('history', 'inspect-format-json.stdout'))).toMatchObject({
      ref: '504dg1gwr4t1bq41s4glonolo',
      steps: { total: 8, completed: 8, cached: 0 },
    });
  });

  test('history takes the last element of buildx.build.ref (observation 11)', () => {
    const { buildRef } = parseMetadataFile(read('build2', 'history', 'build.metadata.json'));
    expect(buildRef).toBe('lab/lab0/o7h5466xnq1t95cwn5k3xevs3');
    expect(refBuilder(buildRef)).toBe('lab');
    expect(historyInspectArgs(buildRef, 'lab')).toEqual([
      ...[
        'buildx',
        'history',
        'inspect',
        '--builder',
        'lab',
        'o7h5466xnq1t95cwn5k3xevs3',
        '--format',
        'json',
      ],
    ]);
    // the recorded export command, with --builder
    expect(historyExportArgs(buildRef, '/tmp/x.dockerbuild')).toEqual([
      'buildx',
      'history',
      'export',
      'o7h5466xnq1t95cwn5k3xevs3',
      '--output',
      '/tmp/x.dockerbuild',
    ]);
    expect(historyListArgs()).toEqual(['buildx', 'history', 'ls', '--format', 'json']);
    expect(read('build2', 'history', 'export.stdout')).toBe('');
  });

  test('history ls --format json: full refs, newest first, failed builds are Error', () => {
    const listing = parseHistoryList(read('history', 'ls-format-json.stdout'));
    expect(listing).toHaveLength(50);
    expect(listing[0]).toEqual({
      ref: 'lab/lab0/zb6mlo7cm48l9jud1t3yuz3az',
      createdAt: '2026-11-27T15:16:43.337399602Z',
      status: 'Error',
    });
    expect(new Set(listing.map((r) => r.status))).toEqual(new Set(['Completed', 'Error']));
  });

  test.each([
    [
      'a build started at 15:16:39.6 finds the newest record since',
      '2026-11-27T15:16:39.600Z',
      0,
      'zb6mlo7cm48l9jud1t3yuz3az',
    ],
    ['none after the last one', '2026-11-27T15:16:44.000Z', 0, undefined],
    [
      'a builder clock behind by a second is allowed for',
      '2026-11-27T15:16:44.000Z',
      5_000,
      'zb6mlo7cm48l9jud1t3yuz3az',
    ],
  ])('%s', (_what, since, slack, ref) => {
    const listing = parseHistoryList(read('history', 'ls-format-json.stdout'));
    expect(recordSince(listing, new Date(since), slack)?.ref.split('/').pop()).toBe(ref);
  });

  test.each(['', 'not json', '{"Name":"x"}', '[]'])('rejects %j', (text) => {
    expect(() => parseHistoryInspect(text)).toThrow(/history inspect/);
  });
});
