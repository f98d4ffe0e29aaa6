import { InputError, quote } from '../base/input-error.js';
import { parsePlatform } from '../oci/platform.js';
import type { Platform } from '../oci/descriptor.js';

/** A platform a build job targets, as buildx wants it and as artifact names want it. */
export interface BuildPlatform {
  platform: Platform;
  /** `os/arch[/variant]`, normalized (`linux/arm64`, `linux/arm/v7`); several are comma-joined. */
  text: string;
  /** `text` with `/` replaced by `-`, the `PLATFORM_PAIR` of Docker's multi-runner recipe. */
  pair: string;
}

/**
 * Several platforms as one value, the way `--platform` takes them (`linux/amd64,linux/arm64`);
 * the pair joins theirs with `_` (`linux-amd64_linux-arm64`), a name that stays one path segment.
 */
export function combinedPlatform(platforms: readonly BuildPlatform[]): BuildPlatform {
  const [first] = platforms;
  if (!first) throw new Error('no platform');
  if (platforms.length === 1) return first;
  return {
    platform: first.platform,
    text: platforms.map((p) => p.text).join(','),
    pair: platforms.map((p) => p.pair).join('_'),
  };
}

/** Parses the `platform` input: exactly one `os/arch[/variant]` (one platform per job). */
export function parseBuildPlatform(value: string, input = 'platform'): BuildPlatform {
  const trimmed = value.trim();
  if (trimmed === '') throw new InputError(input, 'is empty', 'one platform such as "linux/amd64"');
  if (/[,\n]/.test(trimmed)) {
    throw new InputError(
      input,
      `${quote(trimmed)} names several platforms`,
      'one platform per job (use a matrix)',
    );
  }
  let platform: Platform;
  try {
    platform = parsePlatform(trimmed);
  } catch {
    throw new InputError(
      input,
      `${quote(trimmed)} is not a platform`,
      'os/arch or os/arch/variant, e.g. "linux/arm64"',
    );
  }
  if (platform.os === '' || platform.architecture === '') {
    throw new InputError(
      input,
      `${quote(trimmed)} is not a platform`,
      'os/arch or os/arch/variant, e.g. "linux/arm64"',
    );
  }
  const text = [platform.os, platform.architecture, ...(platform.variant ? [platform.variant] : [])].join(
    '/',
  );
  return { platform, text, pair: text.replace(/\//g, '-') };
}
