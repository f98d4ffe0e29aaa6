import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ModeContext } from '../base/ports.js';
import {
  extractArgs,
  extractDockerfile,
  injectArgs,
  injectDockerfile,
  type HelperBuild,
} from '../buildx/cache-mount-builds.js';
import type { CacheMountSpec } from '../buildx/cache-mount-spec.js';
import type { DockerCli } from '../buildx/cli.js';
import type { CacheStore } from '../cache/actions-cache.js';
import { digestDirectory, type DirectoryDigest } from '../cache/directory-digest.js';
import { mountKeys, saveKey, type MountKeyParts } from '../cache/mount-keys.js';

/**
 * The four steps of one cache mount (cache-mounts.ts runs them): restore from the cache, copy
 * into BuildKit, copy out of BuildKit, save. Each ends in a warning, never a thrown error.
 */

/** The helper builds copy files only; a stuck one must not hold the job for the build's 6 h. */
const HELPER_TIMEOUT_MS = 30 * 60_000;

/** One mount through the steps, with what happened to it (for the job summary). */
export interface Mount {
  spec: CacheMountSpec;
  keys: MountKeyParts;
  /** Same path in every run: the cache version hashes it (actions-cache.ts). */
  dir: string;
  restoredKey?: string;
  restoredDigest?: string;
  restored: string;
  saved: string;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

function size(d: DirectoryDigest): string {
  const amount =
    d.bytes >= 1e6
      ? `${(d.bytes / 1e6).toFixed(1)} MB`
      : d.bytes >= 1e3
        ? `${(d.bytes / 1e3).toFixed(1)} kB`
        : `${d.bytes} B`;
  return `${d.files} file(s), ${amount}`;
}

/** A directory name for the ID: readable, and distinct for IDs that differ only in `/` or `:`. */
export function slug(id: string): string {
  const hash = createHash('sha256').update(id).digest('hex').slice(0, 8);
  return `${id.replace(/[^A-Za-z0-9._-]/g, '_')}-${hash}`;
}

export async function restoreOne(m: Mount, store: CacheStore, ctx: ModeContext): Promise<void> {
  const started = performance.now();
  const { primary, restoreKeys } = mountKeys(m.keys);
  try {
    await rm(m.dir, { recursive: true, force: true });
    const matched = await store.restore(m.dir, primary, restoreKeys);
    if (matched === undefined) {
      m.restored = 'no entry';
      ctx.log.info(
        `${m.spec.id}: no cache entry for ${primary} (or the restore failed); the mount starts empty`,
      );
      return;
    }
    if (!existsSync(m.dir)) {
      m.restored = 'failed';
      ctx.log.warning(
        `cache-mounts: ${m.spec.id}: the entry ${matched} did not restore into ${m.dir} (does GITHUB_WORKSPACE sit elsewhere relative to RUNNER_TEMP than when it was saved?)`,
      );
      return;
    }
    const d = await digestDirectory(m.dir);
    m.restoredKey = matched;
    m.restoredDigest = d.digest;
    m.restored = matched.startsWith(primary) ? 'restored' : 'restored from another image';
    ctx.log.info(`${m.spec.id}: restored ${matched} (${size(d)}) in ${seconds(started)}`);
  } catch (error) {
    m.restored = 'failed';
    ctx.log.warning(`cache-mounts: could not restore ${m.spec.id}: ${message(error)}`);
  }
}

export async function injectOne(
  m: Mount,
  builds: string,
  helper: (dockerfile: string) => HelperBuild,
  docker: DockerCli,
  ctx: ModeContext,
): Promise<void> {
  const started = performance.now();
  const dockerfile = join(builds, `inject-${slug(m.spec.id)}.Dockerfile`);
  try {
    // Outside the restored directory: the build context must hold the cache's files only.
    await mkdir(builds, { recursive: true });
    await writeFile(dockerfile, injectDockerfile(m.spec));
    await docker.run(injectArgs(helper(dockerfile), m.dir), { timeoutMs: HELPER_TIMEOUT_MS });
    ctx.log.info(`${m.spec.id}: copied into the cache mount in ${seconds(started)}`);
  } catch (error) {
    m.restored = 'not injected';
    m.restoredKey = undefined;
    ctx.log.warning(
      `cache-mounts: could not copy ${m.spec.id} into BuildKit (the build starts with what the builder has): ${message(error)}`,
    );
  }
}

/** Copies the mount out; answers the key to save it under, or undefined when there is nothing to save. */
export async function extractOne(
  m: Mount,
  builds: string,
  helper: (dockerfile: string) => HelperBuild,
  docker: DockerCli,
  ctx: ModeContext,
): Promise<string | undefined> {
  const started = performance.now();
  const dockerfile = join(builds, `extract-${slug(m.spec.id)}.Dockerfile`);
  const context = join(builds, 'empty-context');
  try {
    await mkdir(context, { recursive: true });
    await writeFile(dockerfile, extractDockerfile(m.spec));
    await rm(m.dir, { recursive: true, force: true });
    await docker.run(extractArgs(helper(dockerfile), m.dir, context), { timeoutMs: HELPER_TIMEOUT_MS });
    const d = existsSync(m.dir) ? await digestDirectory(m.dir) : { digest: '', files: 0, bytes: 0 };
    ctx.log.info(`${m.spec.id}: copied out of the cache mount (${size(d)}) in ${seconds(started)}`);
    if (d.files === 0) {
      m.saved = 'empty';
      ctx.log.info(
        `${m.spec.id}: the mount holds no files (does a RUN use id=${m.spec.id}?); nothing to save`,
      );
      return undefined;
    }
    if (d.digest === m.restoredDigest) {
      m.saved = 'unchanged';
      ctx.log.info(`${m.spec.id}: unchanged since ${m.restoredKey ?? 'the restore'}; nothing to save`);
      return undefined;
    }
    return saveKey(m.keys, d.digest);
  } catch (error) {
    m.saved = 'failed';
    ctx.log.warning(`cache-mounts: could not copy ${m.spec.id} out of BuildKit: ${message(error)}`);
    return undefined;
  }
}

export async function saveOne(m: Mount, key: string, store: CacheStore, ctx: ModeContext): Promise<void> {
  const started = performance.now();
  try {
    if (await store.save(m.dir, key)) {
      m.saved = 'saved';
      ctx.log.info(`${m.spec.id}: saved as ${key} in ${seconds(started)}`);
    } else {
      // The client logs a refused reservation as info only, whether the service failed or the
      // key exists; a key names one content, so only the rare second job with equal contents
      // sees this without a failure.
      m.saved = 'not saved';
      ctx.log.warning(
        `cache-mounts: ${m.spec.id} was not saved as ${key}: the cache service refused or failed (its answer is above; if another job saved the same contents under this key, nothing is lost)`,
      );
    }
  } catch (error) {
    m.saved = 'failed';
    ctx.log.warning(`cache-mounts: could not save ${m.spec.id}: ${message(error)}`);
  }
}
