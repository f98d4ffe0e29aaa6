import type { Descriptor } from '../oci/descriptor.js';
import { formatRepository } from '../oci/reference.js';
import type { Log } from '../base/ports.js';
import type { RegistryClient, RepositoryRef } from '../registry/client.js';
import { copyImage } from '../registry/copy.js';
import type { FetchedSource } from './fetch-sources.js';

/** One repository the index goes to, with its tags. */
export interface Target {
  repository: RepositoryRef;
  tags: string[];
}

export interface IndexToPush {
  bytes: Uint8Array;
  digest: string;
  mediaType: string;
}

export interface TagOutcome {
  reference: string;
  outcome: 'pushed' | 'unchanged';
}

const sameRepository = (a: RepositoryRef, b: RepositoryRef): boolean =>
  a.registry === b.registry && a.repository === b.repository;

/** Where each tag of each target points now (HEAD), so that unchanged tags cost nothing more. */
export async function readTags(
  client: RegistryClient,
  index: IndexToPush,
  targets: readonly Target[],
): Promise<TagPlan[]> {
  return Promise.all(
    targets.map(async (target) => {
      const current = await Promise.all(
        target.tags.map((tag) => client.headManifest(target.repository, tag)),
      );
      return {
        target,
        stale: target.tags.filter((_, i) => current[i]?.digest !== index.digest),
        unchanged: target.tags.filter((_, i) => current[i]?.digest === index.digest),
      };
    }),
  );
}

export interface TagPlan {
  target: Target;
  /** Tags that must be (re)pointed at the index. */
  stale: string[];
  /** Tags that already point at it. */
  unchanged: string[];
}

/**
 * Makes every target repository that gets a tag hold everything the index names (each source
 * with its whole tree, copied where missing: mounted on the same registry, streamed across
 * registries). Done for every target before any tag moves, so no tag ever points at an
 * incomplete index. A target whose tags all point at the index already has it all.
 */
export async function copyChildren(
  client: RegistryClient,
  sources: readonly FetchedSource[],
  plans: readonly TagPlan[],
  log: Log,
): Promise<void> {
  for (const { target, stale } of plans) {
    if (stale.length === 0) continue;
    for (const { repository, source } of sources) {
      if (sameRepository(repository, target.repository)) continue;
      const stats = await copyImage(client, repository, target.repository, source.digest);
      log.info(
        `${formatRepository(target.repository)}: ${source.digest} from ${formatRepository(repository)}: ` +
          `${stats.manifestsPushed} manifests and ${stats.blobsMounted + stats.blobsUploaded} blobs copied ` +
          `(${stats.blobsMounted} mounted), ${stats.manifestsPresent + stats.blobsPresent} already there`,
      );
    }
  }
}

/**
 * Points every stale tag at the index, one PUT per tag. Tags cannot move together, so when one
 * PUT fails for good the others still finish, and the error names the tags that did move.
 */
export async function pushTags(
  client: RegistryClient,
  index: IndexToPush,
  plans: readonly TagPlan[],
  log: Log,
): Promise<TagOutcome[]> {
  const outcomes: TagOutcome[] = [];
  for (const { target, stale, unchanged } of plans) {
    const name = formatRepository(target.repository);
    for (const tag of unchanged) {
      log.info(`${name}:${tag} already points at ${index.digest}`);
      outcomes.push({ reference: `${name}:${tag}`, outcome: 'unchanged' });
    }
    const results = await Promise.allSettled(
      stale.map(async (tag) => {
        await client.putManifest(target.repository, tag, index.bytes, index.mediaType);
        log.info(`${name}:${tag} -> ${index.digest}`);
      }),
    );
    stale.forEach((tag, i) => {
      if (results[i]?.status === 'fulfilled')
        outcomes.push({ reference: `${name}:${tag}`, outcome: 'pushed' });
    });
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) {
      const moved = outcomes.filter((o) => o.outcome === 'pushed').map((o) => o.reference);
      const message = failed.reason instanceof Error ? failed.reason.message : String(failed.reason);
      throw new Error(
        moved.length === 0
          ? message
          : `${message}; already moved to ${index.digest}: ${moved.join(', ')} (a re-run moves the rest)`,
      );
    }
  }
  return outcomes;
}

/** Reads every pushed tag back and fails unless it points at the index. */
export async function verifyTags(
  client: RegistryClient,
  index: IndexToPush,
  targets: readonly Target[],
  outcomes: readonly TagOutcome[],
): Promise<void> {
  const pushed = new Set(outcomes.filter((o) => o.outcome === 'pushed').map((o) => o.reference));
  const checks = targets.flatMap((target) =>
    target.tags
      .filter((tag) => pushed.has(`${formatRepository(target.repository)}:${tag}`))
      .map(async (tag) => {
        const found: Descriptor | undefined = await client.headManifest(target.repository, tag);
        if (found?.digest !== index.digest) {
          const reference = `${formatRepository(target.repository)}:${tag}`;
          throw new Error(
            `${reference} points at ${found?.digest ?? 'nothing'} after the push, not at ${index.digest}`,
          );
        }
      }),
  );
  await Promise.all(checks);
}
