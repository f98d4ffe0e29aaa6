/**
 * Copies a whole image tree (index -> child manifests -> config and layers) from one
 * repository to another, on the same or another registry, the way buildx's
 * `contentutil.CopyChain` does: blobs before the manifest that names them, children before
 * their index, every object HEAD-checked first and skipped when present. A manifest that is
 * already in the target is skipped with its whole subtree: a registry accepts a manifest only
 * once everything it references is there (distribution-spec, MANIFEST_BLOB_UNKNOWN).
 */
import type { Descriptor, RegistryClient, RepositoryRef } from './client.js';
import { isIndex } from '../oci/media-types.js';

export interface CopyStats {
  manifestsPushed: number;
  manifestsPresent: number;
  blobsMounted: number;
  blobsUploaded: number;
  blobsPresent: number;
}

interface ManifestDoc {
  config?: { digest?: unknown; size?: unknown };
  layers?: { digest?: unknown; size?: unknown }[];
  manifests?: { digest?: unknown }[];
}

/** How many blobs are copied at the same time. */
const BLOB_CONCURRENCY = 4;

export async function copyImage(
  client: RegistryClient,
  from: RepositoryRef,
  to: RepositoryRef,
  digest: string,
): Promise<CopyStats> {
  const stats: CopyStats = {
    manifestsPushed: 0,
    manifestsPresent: 0,
    blobsMounted: 0,
    blobsUploaded: 0,
    blobsPresent: 0,
  };
  client.markPushTarget(to);
  await copyManifest(client, from, to, digest, stats);
  return stats;
}

async function copyManifest(
  client: RegistryClient,
  from: RepositoryRef,
  to: RepositoryRef,
  digest: string,
  stats: CopyStats,
): Promise<Descriptor> {
  const present = await client.headManifest(to, digest);
  if (present) {
    stats.manifestsPresent++;
    return present;
  }
  const manifest = await client.getManifest(from, digest);
  const doc = JSON.parse(Buffer.from(manifest.bytes).toString('utf8')) as ManifestDoc;
  if (isIndex(manifest.mediaType) || Array.isArray(doc.manifests)) {
    for (const child of doc.manifests ?? []) {
      if (typeof child.digest !== 'string') throw new Error(`index ${digest} has a child without a digest`);
      await copyManifest(client, from, to, child.digest, stats);
    }
  } else {
    const blobs = [doc.config, ...(doc.layers ?? [])].flatMap((b) =>
      b && typeof b.digest === 'string'
        ? [{ digest: b.digest, size: typeof b.size === 'number' ? b.size : -1 }]
        : [],
    );
    await forEachLimited(dedupe(blobs), BLOB_CONCURRENCY, async (blob) => {
      const outcome = await client.copyBlob(from, to, blob);
      if (outcome === 'present') stats.blobsPresent++;
      else if (outcome === 'mounted') stats.blobsMounted++;
      else stats.blobsUploaded++;
    });
  }
  const pushed = await client.putManifest(to, digest, manifest.bytes, manifest.mediaType);
  stats.manifestsPushed++;
  return pushed;
}

function dedupe<T extends { digest: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.digest) && seen.add(item.digest));
}

async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
