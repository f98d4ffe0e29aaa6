// The cache service v2 of the test rig, driven by the real @actions/cache 6.3.0 client in child
// processes: what artifact-service.md part B says the client sends, and how GitHub matches keys
// (exactly, then as a prefix, then the restore keys; the run's branch, then readable ones).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { runCacheClient, type CacheOperation } from '../../support/artifact-service/run-driver.js';
import { startArtifactService, type ArtifactService } from '../../support/artifact-service/server.mjs';
import { mintRuntimeToken } from '../../support/artifact-service/token.mjs';

let service: ArtifactService;
const work = mkdtempSync(join(tmpdir(), 'cache-service-'));
// One runner layout for every job: the cache version hashes the path strings.
const workspace = join(work, 'workspace');
const temp = join(work, 'temp');
const dir = join(temp, 'cache');

beforeAll(async () => {
  service = await startArtifactService();
});
afterAll(async () => {
  await service.close();
  rmSync(work, { recursive: true, force: true });
});
beforeEach(() => {
  service.reset();
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(workspace, { recursive: true });
});

function fill(files: Record<string, string>) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

async function client<T>(operation: CacheOperation, access?: { Scope: string; Permission: number }[]) {
  const env = {
    ...service.cacheClientEnv('run-1', 'job-1'),
    ...(access ? { ACTIONS_RUNTIME_TOKEN: mintRuntimeToken({ run: 'run-1', job: 'job-1', access }) } : {}),
    RUNNER_TEMP: temp,
    GITHUB_WORKSPACE: workspace,
  };
  const answer = await runCacheClient<T>(operation, env);
  if (!answer.ok) throw new Error(`${answer.error.name}: ${answer.error.message}`);
  return answer;
}
const save = (key: string, access?: { Scope: string; Permission: number }[]) =>
  client<number>({ op: 'save', paths: [dir], key }, access);
const restore = (
  key: string,
  restoreKeys: string[] = [],
  access?: { Scope: string; Permission: number }[],
) => {
  rmSync(dir, { recursive: true, force: true });
  return client<string | null>({ op: 'restore', paths: [dir], key, restoreKeys }, access);
};
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

describe('the cache service v2 with the real client', () => {
  test('save then restore: the wire transcript of artifact-service.md B2', async () => {
    fill({ 'a.txt': 'one' });
    expect((await save('k-linux-1')).value).toBe(1);
    expect((await restore('k-linux-2', ['k-linux-'])).value).toBe('k-linux-1');
    expect(read('a.txt')).toBe('one');
    const wire = service.requests().map((r): unknown[] => {
      if (r.kind === 'twirp') return [r.method, Object.keys(r.body).sort()];
      return [r.method, r.kind, r.kind === 'blob' ? (r.comp ?? null) : null];
    });
    expect(wire).toEqual([
      ['CreateCacheEntry', ['key', 'version']],
      ['PUT', 'blob', null],
      ['FinalizeCacheEntryUpload', ['key', 'size_bytes', 'version']],
      ['GetCacheEntryDownloadURL', ['key', 'restore_keys', 'version']],
      ['GET', 'blob', null],
    ]);
    const finalize = service
      .requests()
      .find((r) => r.kind === 'twirp' && r.method === 'FinalizeCacheEntryUpload');
    expect(finalize?.kind === 'twirp' && typeof finalize.body['size_bytes']).toBe('string');
    expect(service.cacheEntries().map((e) => [e.key, e.scope])).toEqual([['k-linux-1', 'refs/heads/main']]);
  });

  test('matching: the key exactly, then the key as a prefix (newest wins), then restore keys', async () => {
    fill({ v: 'old' });
    await save('app+x+1');
    fill({ v: 'new' });
    await save('app+x+2');
    fill({ v: 'other' });
    await save('app+y+1');
    expect((await restore('app+x+1')).value).toBe('app+x+1');
    expect(read('v')).toBe('old');
    expect((await restore('app+x+')).value).toBe('app+x+2');
    expect(read('v')).toBe('new');
    expect((await restore('app+z+', ['app+y+'])).value).toBe('app+y+1');
    expect((await restore('nothing+', ['none+'])).value).toBeNull();
  });

  test('a key is written once; another path is another version', async () => {
    fill({ a: '1' });
    expect((await save('once')).value).toBe(1);
    const again = await save('once');
    expect(again.value).toBe(-1);
    expect(again.stdout).toMatch(/^Failed to save: Unable to reserve cache with key once/m);
    const other = await client<string | null>({
      op: 'restore',
      paths: [join(temp, 'elsewhere')],
      key: 'once',
    });
    expect(other.value).toBeNull();
  });

  test('scopes: a branch reads the default branch, writes its own; the default branch does not see it', async () => {
    const main = [{ Scope: 'refs/heads/main', Permission: 3 }];
    const feature = [
      { Scope: 'refs/heads/feature', Permission: 3 },
      { Scope: 'refs/heads/main', Permission: 1 },
    ];
    fill({ from: 'main' });
    await save('k+1', main);
    expect((await restore('k+', [], feature)).value).toBe('k+1');
    fill({ from: 'feature' });
    await save('k+2', feature);
    expect((await restore('k+', [], feature)).value).toBe('k+2');
    expect((await restore('k+', [], main)).value).toBe('k+1');
    const readOnly = await save('k+3', [{ Scope: 'refs/heads/main', Permission: 1 }]);
    expect(readOnly.value).toBe(-1);
    expect(service.cacheEntries().map((e) => [e.key, e.scope])).toEqual([
      ['k+1', 'refs/heads/main'],
      ['k+2', 'refs/heads/feature'],
    ]);
  });
});
