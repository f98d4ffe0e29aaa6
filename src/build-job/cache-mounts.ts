import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ModeContext } from '../base/ports.js';
import { cacheMountTraits, type HelperBuild } from '../buildx/cache-mount-builds.js';
import type { CacheMountSpec } from '../buildx/cache-mount-spec.js';
import type { DockerCli } from '../buildx/cli.js';
import type { CacheStore } from '../cache/actions-cache.js';
import { cacheServiceProblem } from '../cache/service.js';
import { extractOne, injectOne, restoreOne, saveOne, slug, type Mount } from './cache-mount-steps.js';

/**
 * Cache mounts across runs: before the build, each mount's last contents come back from the
 * GitHub Actions cache and are copied into BuildKit's cache mount; after a successful build they
 * are copied out and saved when they changed. The cache is an optimisation: every failure here is
 * a warning, and the build runs (with an empty mount) whatever happens.
 */
export interface CacheMountJob {
  mounts: readonly CacheMountSpec[];
  images: readonly string[];
  /**
   * The build's platforms (`os/arch[/variant]`), usually one. The entries are keyed by all of
   * them (what the RUNs leave depends on them); the helper builds run on the first: BuildKit
   * keys a cache mount by its ID, not the platform, so every platform of the build shares it.
   */
  platforms: readonly string[];
  /** The real build's builder (undefined: the current one). */
  builder: string | undefined;
  /** The real build's argv: `--no-cache`, `--call` and `BUILDKIT_CACHE_MOUNT_NS` matter. */
  buildArgs: readonly string[];
}

export interface CacheMountDeps {
  docker: DockerCli;
  ctx: ModeContext;
  /** Defaults to `@actions/cache`, loaded only when there is something to restore. */
  store?: CacheStore;
}

export interface CacheMountSession {
  /** After a successful build: extracts and saves; answers job-summary lines (none if no mounts). */
  save(): Promise<string[]>;
}

const NOTHING: CacheMountSession = { save: () => Promise.resolve([]) };

export async function restoreCacheMounts(
  job: CacheMountJob,
  deps: CacheMountDeps,
): Promise<CacheMountSession> {
  const { ctx, docker } = deps;
  if (job.mounts.length === 0) return NOTHING;
  const traits = cacheMountTraits(job.buildArgs);
  if (traits.call !== undefined) {
    ctx.log.info(`cache-mounts: --call ${traits.call} runs no RUN step; the cache mounts are left alone.`);
    return NOTHING;
  }
  const problem = cacheServiceProblem(ctx.env);
  if (problem !== undefined) {
    ctx.log.warning(
      `cache-mounts: the GitHub Actions cache service is not available (${problem}); the cache mounts are neither restored nor saved.`,
    );
    return NOTHING;
  }
  const store = deps.store ?? (await import('../cache/actions-cache.js')).createActionsCacheStore();
  const temp = join(ctx.env['RUNNER_TEMP'] || tmpdir(), 'dify-image-action');
  const helper = (dockerfile: string): HelperBuild => ({
    builder: job.builder,
    platform: job.platforms[0] ?? '',
    namespace: traits.namespace,
    runId: randomUUID(),
    dockerfile,
  });
  const mounts: Mount[] = job.mounts.map((spec) => ({
    spec,
    keys: { platform: job.platforms.join(','), mountId: spec.id, image: job.images[0] ?? 'image' },
    dir: join(temp, 'cache-mounts', slug(spec.id)),
    restored: 'not restored',
    saved: 'not saved',
  }));

  if (traits.noCache !== undefined) {
    ctx.log.warning(
      `cache-mounts: with ${traits.noCache} BuildKit gives the RUN steps new, empty cache mounts, so restored contents cannot be kept; they are not restored (what the build leaves in the mounts is still saved).`,
    );
    for (const m of mounts) m.restored = `skipped (${traits.noCache})`;
  } else {
    await ctx.log.group('Restoring cache mounts', async () => {
      await Promise.all(mounts.map((m) => restoreOne(m, store, ctx)));
      const builds = join(temp, `cache-mount-builds-${randomUUID()}`);
      try {
        for (const m of mounts.filter((x) => x.restoredKey !== undefined)) {
          await injectOne(m, builds, helper, docker, ctx);
        }
      } finally {
        await rm(builds, { recursive: true, force: true });
        // The files are in BuildKit now; the disk is the build's again.
        await Promise.all(mounts.map((m) => rm(m.dir, { recursive: true, force: true })));
      }
    });
  }

  return {
    async save() {
      await ctx.log.group('Saving cache mounts', async () => {
        const builds = join(temp, `cache-mount-builds-${randomUUID()}`);
        const toSave: Array<{ m: Mount; key: string }> = [];
        try {
          for (const m of mounts) {
            const key = await extractOne(m, builds, helper, docker, ctx);
            if (key !== undefined) toSave.push({ m, key });
          }
          await Promise.all(toSave.map(({ m, key }) => saveOne(m, key, store, ctx)));
        } finally {
          await rm(builds, { recursive: true, force: true });
          await Promise.all(mounts.map((m) => rm(m.dir, { recursive: true, force: true })));
        }
      });
      return summary(mounts);
    },
  };
}

function summary(mounts: readonly Mount[]): string[] {
  return [
    '| cache mount | before the build | after the build |',
    '|---|---|---|',
    ...mounts.map((m) => `| \`${m.spec.id}\` | ${m.restored} | ${m.saved} |`),
    '',
  ];
}
