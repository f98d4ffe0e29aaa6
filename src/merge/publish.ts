import type { Descriptor } from '../oci/descriptor.js';
import { formatRepository } from '../oci/reference.js';
import type { Log } from '../modes/ports.js';
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

/**
 * Makes every target repository hold everything the index names (each source with its whole
 * tree, copied where missing: mounted on the same registry, streamed across registries). Done
 * for every target before any tag moves, so no tag ever points at an incomplete index.
 */
export async function copyChildren(
  client: RegistryClient,
  sources: readonly FetchedSource[],
  targets: readonly Target[],
  log: Log,
): Promise<void> {
  for (const target of targets) {
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

/** Points every tag at the index, one PUT per tag, skipped when the tag already holds it. */
export async function pushTags(
  client: RegistryClient,
  index: IndexToPush,
  targets: readonly Target[],
  log: Log,
): Promise<TagOutcome[]> {
  const outcomes: TagOutcome[] = [];
  for (const target of targets) {
    const results = await Promise.all(
      target.tags.map(async (tag): Promise<TagOutcome> => {
        const reference = `${formatRepository(target.repository)}:${tag}`;
        const current = await client.headManifest(target.repository, tag);
        if (current?.digest === index.digest) {
          log.info(`${reference} already points at ${index.digest}`);
          return { reference, outcome: 'unchanged' };
        }
        await client.putManifest(target.repository, tag, index.bytes, index.mediaType);
        log.info(`${reference} -> ${index.digest}`);
        return { reference, outcome: 'pushed' };
      }),
    );
    outcomes.push(...results);
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
