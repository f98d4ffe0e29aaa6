// `cache-mounts` through the bundled action: the real @actions/cache client against the local
// cache service, the buildx double (whose builders keep cache mounts) and a real registry.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runAction } from '../../../scripts/runner.mjs';
import { startArtifactService, type ArtifactService } from '../../support/artifact-service/server.mjs';
import { ROOT } from '../../support/paths.js';
import { startRegistry, type TestRegistry } from '../../support/registry/index.js';

const BIN = join(ROOT, '__tests__', 'support', 'buildx-double', 'bin');
const MOUNT = 'id=pkgcache,target=/root/.cache/pkg';
let registry: TestRegistry;
let service: ArtifactService;

beforeAll(async () => {
  [registry, service] = await Promise.all([startRegistry({ auth: 'none' }), startArtifactService()]);
});
afterAll(async () => Promise.all([registry?.stop(), service?.close()]));

/** A build context whose RUN lists the cache mount and writes `files` into it. */
function context(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'dia-cm-context-'));
  const writes = files.map((f) => `echo ${f} > /root/.cache/pkg/${f}`).join('; ');
  writeFileSync(
    join(dir, 'Dockerfile'),
    `FROM busybox\nRUN --mount=type=cache,${MOUNT} sh -c 'ls /root/.cache/pkg; ${writes}'\n`,
  );
  return dir;
}

/**
 * A runner: the same paths for every job (as on GitHub-hosted runners, where RUNNER_TEMP and the
 * workspace do not move), and for each job an empty temp directory and a builder never used.
 */
function runner() {
  const workdir = mkdtempSync(join(tmpdir(), 'dia-cm-'));
  let jobs = 0;
  return (extra: Record<string, string | undefined> = {}) => {
    rmSync(join(workdir, 'runner-temp'), { recursive: true, force: true });
    rmSync(join(workdir, 'workspace'), { recursive: true, force: true });
    const dir = join(workdir, `job-${++jobs}`);
    mkdirSync(join(dir, 'docker'), { recursive: true });
    const log = join(dir, 'buildx.jsonl');
    const env = {
      PATH: `${BIN}${delimiter}${process.env['PATH'] ?? ''}`,
      DOCKER_CONFIG: join(dir, 'docker'),
      BUILDX_DOUBLE_LOG: log,
      ...service.cacheClientEnv('run-1', `job-${jobs}`),
      ...extra,
    };
    return {
      step: (inputs: Record<string, string>) =>
        runAction({
          workdir,
          payload: { repository: { private: false } },
          env,
          inputs: { mode: 'build', platform: 'linux/amd64', 'cache-mounts': MOUNT, ...inputs },
        }),
      calls: () =>
        readFileSync(log, 'utf8')
          .trim()
          .split('\n')
          .map((l) => (JSON.parse(l) as { argv: string[] }).argv),
    };
  };
}

/** The lines a RUN step printed (`#N 0.068 <line>` in the double's progress). */
function runOutput(stdout: string): string[] {
  return [...stdout.matchAll(/^#\d+ 0\.068 (.*)$/gm)].map((m) => m[1] ?? '');
}

/** Warnings other than the GitHub API's (GITHUB_API_URL points nowhere here). */
const warnings = (step: { warnings: string[] }) =>
  step.warnings.filter((w) => !w.startsWith('Could not read the repository from the GitHub API'));
const builds = (calls: string[][]) => calls.filter((argv) => argv[1] === 'build');
const flag = (argv: string[], name: string) => argv[argv.indexOf(name) + 1];

describe('cache mounts across jobs', () => {
  test('saved after the build, restored and injected in a new job, saved again only when changed', async () => {
    service.reset();
    const image = `${registry.host}/cm/api`;
    const job = runner();
    const prefix = `dify-image-action-cachemount-v1+linux-amd64+pkgcache+${image}+`;

    // Job 1: nothing to restore; the build fills the mount, which is saved.
    const first = job();
    const one = await first.step({ context: context(['wheel-1.0']), images: image });
    expect(one.errors).toEqual([]);
    expect(warnings(one)).toEqual([]);
    expect(runOutput(one.stdout)).toEqual([]);
    const saved = service.cacheEntries();
    expect(saved.map((e) => e.key)).toEqual([
      expect.stringMatching(new RegExp(`^${escape(prefix)}[0-9a-f]{32}$`)),
    ]);
    // Real build, then the extraction on the same builder and platform (no injection: a miss).
    const [build, extract] = builds(first.calls()) as [string[], string[]];
    expect(flag(extract, '--output')).toMatch(
      /^type=local,dest=.*runner-temp\/dify-image-action\/cache-mounts\//,
    );
    expect(flag(extract, '--builder')).toBe(flag(build, '--builder'));
    expect(flag(extract, '--platform')).toBe('linux/amd64');
    expect(one.summary).toContain('| `pkgcache` | no entry | saved |');

    // Job 2, a new runner: the RUN sees what job 1 left; nothing changed, so nothing is saved.
    const second = job();
    const two = await second.step({ context: context(['wheel-1.0']), images: image });
    expect(two.errors).toEqual([]);
    expect(warnings(two)).toEqual([]);
    expect(runOutput(two.stdout)).toEqual(['wheel-1.0']);
    const [inject, , extract2] = builds(second.calls()) as [string[], string[], string[]];
    expect(flag(inject, '--output')).toBe('type=cacheonly');
    expect(flag(inject, '--builder')).toBe(flag(extract2, '--builder'));
    expect(inject.at(-1)).toMatch(/runner-temp\/dify-image-action\/cache-mounts\/pkgcache-[0-9a-f]{8}$/);
    expect(service.cacheEntries()).toHaveLength(1);
    expect(two.summary).toContain('| `pkgcache` | restored | unchanged |');

    // Job 3: the build adds a file: a second entry, under its own key.
    const three = await job().step({ context: context(['wheel-1.0', 'wheel-2.0']), images: image });
    expect(three.errors).toEqual([]);
    expect(runOutput(three.stdout)).toEqual(['wheel-1.0']);
    const keys = service.cacheEntries().map((e) => e.key);
    expect(keys).toHaveLength(2);
    expect(keys[1]).not.toBe(keys[0]);
    expect(keys[1]?.startsWith(prefix)).toBe(true);

    // Another image with the same mount starts from the newest entry of any image.
    const other = await job().step({ context: context(['wheel-1.0']), images: `${registry.host}/cm/worker` });
    expect(runOutput(other.stdout)).toEqual(['wheel-1.0', 'wheel-2.0']);
    expect(other.summary).toContain('| `pkgcache` | restored from another image | unchanged |');
  }, 120_000);

  test('no-cache: a warning, no injection (BuildKit would empty the mount), the result still saved', async () => {
    service.reset();
    const image = `${registry.host}/cm/nocache`;
    const job = runner();
    await job().step({ context: context(['a']), images: image });
    const next = job();
    const step = await next.step({ context: context(['b']), images: image, 'no-cache': 'true' });
    expect(step.errors).toEqual([]);
    expect(warnings(step)).toEqual([
      expect.stringContaining(
        'cache-mounts: with no-cache BuildKit gives the RUN steps new, empty cache mounts',
      ),
    ]);
    expect(runOutput(step.stdout)).toEqual([]);
    expect(builds(next.calls()).map((argv) => flag(argv, '--output'))).toEqual([
      expect.stringContaining('push-by-digest=true'),
      expect.stringMatching(/^type=local,dest=/),
    ]);
    expect(service.cacheEntries()).toHaveLength(2);
  }, 60_000);

  test('a validation build (push: false) restores and saves like any other', async () => {
    service.reset();
    const image = `${registry.host}/cm/validate`;
    const job = runner();
    const first = job();
    const one = await first.step({ context: context(['a']), images: image, push: 'false' });
    expect(one.errors).toEqual([]);
    expect(warnings(one)).toEqual([]);
    expect(builds(first.calls()).map((argv) => flag(argv, '--output'))).toEqual([
      'type=cacheonly',
      expect.stringMatching(/^type=local,dest=/),
    ]);
    expect(service.cacheEntries().map((e) => e.key)).toEqual([
      expect.stringMatching(
        new RegExp(`^${escape(`dify-image-action-cachemount-v1+linux-amd64+pkgcache+${image}+`)}`),
      ),
    ]);
    // The build's own summary, the validation note, then the cache mount rows.
    expect(one.summary).toMatch(
      /Validation build: nothing was pushed[^]*\| `pkgcache` \| no entry \| saved \|/,
    );
    const two = await job().step({ context: context(['a']), images: image, push: 'false' });
    expect(runOutput(two.stdout)).toEqual(['a']);
    expect(two.summary).toContain('| `pkgcache` | restored | unchanged |');
  }, 60_000);

  test('several platforms in one job: one entry for them all, helper builds on the first', async () => {
    service.reset();
    const image = `${registry.host}/cm/multi`;
    const job = runner();
    const first = job();
    const one = await first.step({
      context: context(['a']),
      images: image,
      platform: '',
      platforms: 'linux/amd64,linux/arm64',
    });
    expect(one.errors).toEqual([]);
    expect(warnings(one)).toEqual([]);
    const [build, extract] = builds(first.calls()) as [string[], string[]];
    expect(flag(build, '--platform')).toBe('linux/amd64,linux/arm64');
    expect(flag(extract, '--platform')).toBe('linux/amd64');
    expect(service.cacheEntries().map((e) => e.key)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${escape(`dify-image-action-cachemount-v1+linux-amd64_linux-arm64+pkgcache+${image}+`)}`,
        ),
      ),
    ]);
    // Both platforms' RUNs share the mount, as BuildKit shares it: the second sees the first's file.
    expect(runOutput(one.stdout)).toEqual(['a']);
    const two = await job().step({
      context: context(['a']),
      images: image,
      platform: '',
      platforms: 'linux/amd64,linux/arm64',
    });
    expect(runOutput(two.stdout)).toEqual(['a', 'a']);
    expect(two.summary).toContain('| `pkgcache` | restored | unchanged |');
  }, 60_000);

  test('a call other than build leaves the mounts alone', async () => {
    service.reset();
    const job = runner()();
    const step = await job.step({
      context: context(['a']),
      images: `${registry.host}/cm/check`,
      call: 'outline',
    });
    expect(step.errors).toEqual([]);
    expect(warnings(step)).toEqual([]);
    expect(step.stdout).toContain(
      'cache-mounts: --call outline runs no RUN step; the cache mounts are left alone.',
    );
    expect(builds(job.calls())).toHaveLength(1);
    expect(service.cacheEntries()).toEqual([]);
  });

  test('without the cache service: one warning, and no helper builds', async () => {
    const job = runner()({ ACTIONS_RUNTIME_TOKEN: undefined, ACTIONS_RESULTS_URL: undefined });
    const step = await job.step({ context: context(['a']), images: `${registry.host}/cm/offline` });
    expect(step.exitCode).toBe(0);
    expect(warnings(step)).toEqual([
      'cache-mounts: the GitHub Actions cache service is not available (ACTIONS_RUNTIME_TOKEN is not set); the cache mounts are neither restored nor saved.',
    ]);
    expect(builds(job.calls())).toHaveLength(1);
  });

  test('a bad line is one error naming the input, before docker runs', async () => {
    const job = runner()();
    const step = await job.step({
      context: context(['a']),
      images: `${registry.host}/cm/bad`,
      'cache-mounts': `${MOUNT}\nid=uv,colour=blue`,
    });
    expect(step.exitCode).toBe(1);
    expect(step.errors).toEqual([
      'input "cache-mounts": "id=uv,colour=blue" has the unknown attribute "colour"; expected one cache mount per line, e.g. "id=uv,target=/root/.cache/uv" (optional sharing, uid, gid, mode)',
    ]);
    expect(() => job.calls()).toThrow(/ENOENT/);
  });
});

describe('a failing cache service', () => {
  test('answers 500 to everything: warnings, and the build succeeds', async () => {
    const failing = await startArtifactService();
    try {
      for (const rpc of ['GetCacheEntryDownloadURL', 'CreateCacheEntry', 'FinalizeCacheEntryUpload'] as const)
        failing.failRpc(rpc, 500, Infinity);
      const job = runner()(failing.cacheClientEnv('run-1', 'job-1'));
      const step = await job.step({ context: context(['a']), images: `${registry.host}/cm/failing` });
      expect(step.exitCode).toBe(0);
      expect(step.errors).toEqual([]);
      expect(step.outputs.digest).toMatch(/^sha256:/);
      // The client's own reason for the save: a refused reservation is only information to it.
      expect(step.stdout).toMatch(/^Failed to save: Unable to reserve cache with key/m);
      expect(warnings(step)).toEqual([
        expect.stringMatching(/^Failed to restore: .*GetCacheEntryDownloadURL.*\(500\)/),
        expect.stringMatching(/^cache-mounts: pkgcache was not saved as dify-image-action-cachemount-v1\+/),
      ]);
      expect(failing.cacheEntries()).toEqual([]);
    } finally {
      await failing.close();
    }
  }, 150_000);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
