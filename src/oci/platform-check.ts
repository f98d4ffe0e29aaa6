import { isAttestation } from './attestations.js';
import type { Descriptor, Platform } from './descriptor.js';
import { formatPlatform, normalizePlatform } from './platform.js';
import { type Source, contributedDescriptors, resolveSource } from './source.js';

/**
 * Checks a merge against what the user expects, beyond what buildx does: every platform once,
 * none missing, none unexpected, and no two sources fighting over one platform.
 */

/** The image platforms of a result's entries, in order; attestation and platform-less entries are left out. */
export function platformsOf(result: { manifests: readonly Descriptor[] }): Platform[] {
  return result.manifests
    .filter((d) => d.platform !== undefined && !isAttestation(d))
    .map((d) => d.platform!);
}

export interface PlatformCheck {
  /** Expected but not in the result. */
  missing: string[];
  /** In the result but not expected. */
  extra: string[];
  /** In the result more than once. */
  duplicated: string[];
  ok: boolean;
}

/** Compares platforms after normalization, so `linux/arm` matches `linux/arm/v7` and `linux/arm64/v8` `linux/arm64`. */
export function checkExpectedPlatforms(
  platforms: readonly Platform[],
  expected: readonly Platform[],
): PlatformCheck {
  const key = (p: Platform): string => formatPlatform(normalizePlatform(p));
  const counts = new Map<string, number>();
  for (const p of platforms) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
  const wanted = new Set(expected.map(key));
  const missing = [...wanted].filter((p) => !counts.has(p));
  const extra = [...counts.keys()].filter((p) => !wanted.has(p));
  const duplicated = [...counts].filter(([, n]) => n > 1).map(([p]) => p);
  return { missing, extra, duplicated, ok: missing.length + extra.length + duplicated.length === 0 };
}

export interface PlatformConflict {
  platform: string;
  /** The digests of the sources that claim it, in source order. */
  sources: string[];
  /** The distinct image manifests claiming it. */
  manifests: string[];
}

/**
 * Platforms that two or more sources fill with different image manifests (e.g. two build jobs
 * for linux/amd64, or `--append` onto a tag that already has the platform). buildx would put
 * both in the index; a runtime then picks one arbitrarily. The same manifest reached through
 * two sources is not a conflict: the merge keeps it once. Single-manifest sources need their
 * `configPlatform`.
 */
export function findDuplicatePlatforms(sources: readonly Source[]): PlatformConflict[] {
  const claims = new Map<string, { sources: Set<string>; manifests: Set<string> }>();
  for (const resolved of sources.map(resolveSource)) {
    for (const d of contributedDescriptors(resolved)) {
      if (d.platform === undefined || isAttestation(d)) continue;
      const platform = formatPlatform(normalizePlatform(d.platform));
      const claim = claims.get(platform) ?? { sources: new Set<string>(), manifests: new Set<string>() };
      claim.sources.add(resolved.source.digest);
      claim.manifests.add(d.digest);
      claims.set(platform, claim);
    }
  }
  return [...claims]
    .filter(([, c]) => c.sources.size > 1 && c.manifests.size > 1)
    .map(([platform, c]) => ({ platform, sources: [...c.sources], manifests: [...c.manifests] }));
}
