import coerce from 'semver/functions/coerce.js';
import gte from 'semver/functions/gte.js';

/** Versions of buildx (`docker buildx version`) and BuildKit (`BuildKit version:` of inspect). */
export interface Version {
  /** `major.minor.patch`, what the gates compare (a pre-release or build suffix is dropped). */
  semver: string;
  /** The text as printed, e.g. `v0.8+unknown`. */
  raw: string;
}

/** Reads `v0.28.0`, `0.14.1-desktop.1`, `v0.8+unknown` (semver's coerce: a missing patch is 0). */
export function parseVersion(text: string): Version | undefined {
  const parsed = coerce(text.trim());
  return parsed ? { semver: parsed.version, raw: text.trim() } : undefined;
}

/** `github.com/docker/buildx v0.28.0 b1281b8...` (builders/version.stdout). */
export function parseBuildxVersion(stdout: string): Version | undefined {
  const m = /github\.com\/docker\/buildx\s+(\S+)/.exec(stdout);
  return m?.[1] ? parseVersion(m[1]) : undefined;
}

export function atLeast(v: Version, min: string): boolean {
  return gte(v.semver, min);
}

/** Minimum buildx versions of the flags this action may pass (buildx release notes). */
export const BUILDX_MINIMUMS = {
  provenance: '0.10.0',
  annotation: '0.12.0',
  call: '0.15.0',
  ghaCacheV2: '0.21.0',
} as const;

export type BuildxFeature = keyof typeof BUILDX_MINIMUMS;

/** A user-facing reason when `version` lacks `feature`, else undefined. */
export function missingFeature(version: Version, feature: BuildxFeature): string | undefined {
  const min = BUILDX_MINIMUMS[feature];
  return atLeast(version, min)
    ? undefined
    : `buildx ${version.raw} is too old for ${feature} (needs >= ${min})`;
}

/**
 * The `type=gha` cache talks to GitHub's cache service v2 only with buildx >= 0.21 (fills
 * `url_v2`) and BuildKit >= 0.20 (speaks v2); the v1 service was retired on 2025-04-15.
 */
export function ghaCacheProblem(
  buildx: Version | undefined,
  buildkit: Version | undefined,
): string | undefined {
  const problems: string[] = [];
  if (buildx && !atLeast(buildx, '0.21.0')) problems.push(`buildx ${buildx.raw} < 0.21.0`);
  if (buildkit && !atLeast(buildkit, '0.20.0')) problems.push(`BuildKit ${buildkit.raw} < 0.20.0`);
  return problems.length
    ? `the type=gha cache needs buildx >= 0.21.0 and BuildKit >= 0.20.0 (found ${problems.join(', ')}); it will not be used`
    : undefined;
}
