import { parsePlatformObject, type Platform } from './descriptor.js';
import { OciFormatError, parseJsonObject } from './go-decode.js';

/**
 * Platforms as containerd writes and compares them (`containerd/platforms`: `platforms.go`,
 * `database.go`). Only the strict `os/arch[/variant]` form is accepted from users: the short
 * forms containerd also takes (`arm64`, `linux`) depend on the host, which a merge must not.
 */

const PART = /^[a-z0-9_.-]+$/;

/**
 * Parses `os/arch[/variant]`, lower-cased and normalized. Throws a plain Error naming what is
 * wrong; the caller wraps it in an InputError naming the input.
 */
export function parsePlatform(text: string): Platform {
  const parts = text.trim().toLowerCase().split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !PART.test(p))) {
    throw new Error(`invalid platform ${JSON.stringify(text)}: expected os/arch or os/arch/variant`);
  }
  const [os, architecture, variant] = parts as [string, string, string | undefined];
  return normalizePlatform({ os, architecture, ...(variant !== undefined ? { variant } : {}) });
}

/** Like `parsePlatform`, but answers undefined instead of throwing. */
export function tryParsePlatform(text: string): Platform | undefined {
  try {
    return parsePlatform(text);
  } catch {
    return undefined;
  }
}

/**
 * containerd's `Normalize`: lower-case; `macos` -> `darwin`; `i386` -> `386`; `x86_64`/`x86-64` ->
 * `amd64` (variant `v1` dropped); `aarch64` -> `arm64` (variant `8`/`v8`/`v8.0` dropped, `9`/`9.0`/
 * `v9.0` -> `v9`); `armhf` -> `arm/v7`; `armel` -> `arm/v6`; `arm` without variant (or `7`) -> `v7`,
 * `5`/`6`/`8` -> `v5`/`v6`/`v8`. An empty os stays empty (containerd would use the host's).
 */
export function normalizePlatform(p: Platform): Platform {
  let os = p.os.toLowerCase();
  if (os === 'macos') os = 'darwin';
  let arch = p.architecture.toLowerCase();
  let variant = (p.variant ?? '').toLowerCase();
  switch (arch) {
    case 'i386':
      arch = '386';
      variant = '';
      break;
    case 'x86_64':
    case 'x86-64':
    case 'amd64':
      arch = 'amd64';
      if (variant === 'v1') variant = '';
      break;
    case 'aarch64':
    case 'arm64':
      arch = 'arm64';
      if (variant === '8' || variant === 'v8' || variant === 'v8.0') variant = '';
      else if (variant === '9' || variant === '9.0' || variant === 'v9.0') variant = 'v9';
      break;
    case 'armhf':
      arch = 'arm';
      variant = 'v7';
      break;
    case 'armel':
      arch = 'arm';
      variant = 'v6';
      break;
    case 'arm':
      if (variant === '' || variant === '7') variant = 'v7';
      else if (variant === '5' || variant === '6' || variant === '8') variant = `v${variant}`;
      break;
  }
  const out: Platform = { architecture: arch, os };
  if (p.osVersion !== undefined) out.osVersion = p.osVersion;
  if (p.osFeatures !== undefined) out.osFeatures = p.osFeatures;
  if (variant !== '') out.variant = variant;
  return out;
}

/** containerd's `Format`: `os/arch[/variant]`, `unknown` without an os. */
export function formatPlatform(p: Platform): string {
  if (p.os === '') return 'unknown';
  return [p.os, p.architecture, p.variant ?? ''].filter((s) => s !== '').join('/');
}

/** The artifact-name-safe form used by the docs' workflows: `linux/arm/v7` -> `linux-arm-v7`. */
export function platformPair(p: Platform | string): string {
  return (typeof p === 'string' ? p : formatPlatform(p)).replace(/\//g, '-');
}

/** Two platforms name the same target once normalized (os.version/os.features ignored). */
export function samePlatform(a: Platform, b: Platform): boolean {
  return formatPlatform(normalizePlatform(a)) === formatPlatform(normalizePlatform(b));
}

/**
 * The platform of a single-manifest source, read from its image config blob as buildx does
 * (`util/imagetools/create.go` `loadPlatform`): `architecture`, `os` and `variant`, normalized;
 * `os.version` and `os.features` are not carried over.
 */
export function platformFromConfig(configBytes: Uint8Array): Platform {
  // An image without os/architecture cannot be placed in a multi-platform index; buildx would
  // fill the os from its own host, which a merge on a runner must not depend on.
  const p = normalizePlatform(
    parsePlatformObject(parseJsonObject(configBytes, 'image config'), 'image config'),
  );
  if (p.os === '' || p.architecture === '') {
    throw new OciFormatError('image config: os and architecture are required to place the image in an index');
  }
  return {
    architecture: p.architecture,
    os: p.os,
    ...(p.variant !== undefined ? { variant: p.variant } : {}),
  };
}
