import type { SourceSpec } from '../inputs/merge.js';
import { configDescriptor, needsConfigPlatform, type Source } from '../oci/source.js';
import { platformFromConfig } from '../oci/platform.js';
import { formatRepository } from '../oci/reference.js';
import type { RegistryClient, RepositoryRef } from '../registry/client.js';
import { RegistryError } from '../registry/errors.js';

/** A merge source read from its registry, with where it lives (copies start from there). */
export interface FetchedSource {
  spec: SourceSpec;
  repository: RepositoryRef;
  source: Source;
}

/**
 * Reads every source manifest by digest (verified by the client) and, for a single-platform
 * manifest, its config blob for the platform, as buildx does. All sources are read before
 * anything is pushed, so a missing digest or an unreachable repository stops the merge early.
 */
export async function fetchSources(
  client: RegistryClient,
  specs: readonly SourceSpec[],
  defaultRepository: RepositoryRef | undefined,
): Promise<FetchedSource[]> {
  return Promise.all(
    specs.map(async (spec) => {
      const repository = spec.repository ?? defaultRepository;
      if (repository === undefined) {
        throw new Error(`source ${spec.text}: a bare digest needs an image to be found in; set "images"`);
      }
      const where = `${formatRepository(repository)}@${spec.digest}`;
      try {
        const manifest = await client.getManifest(repository, spec.digest);
        const source: Source = {
          digest: manifest.digest,
          mediaType: manifest.mediaType,
          size: manifest.size,
          bytes: manifest.bytes,
        };
        if (needsConfigPlatform(source)) {
          const config = configDescriptor(source);
          if (config === undefined) throw new Error('the manifest has no config');
          source.configPlatform = platformFromConfig(await client.getBlobBytes(repository, config.digest));
        }
        return { spec, repository, source };
      } catch (error) {
        if (error instanceof RegistryError && error.status === 404)
          throw new Error(`source ${where}: not found`);
        throw new Error(`source ${where}: ${(error as Error).message}`);
      }
    }),
  );
}
