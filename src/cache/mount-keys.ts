/**
 * GitHub Actions cache keys of the cache mounts (pure).
 *
 *   dify-image-action-cachemount-v1+<platform-pair>+<mount id>+<image>+<content digest>
 *
 * The last part is a digest of the mount's contents (directory-digest.ts), so a key names exactly
 * one content: a build that changed nothing finds its own key already restored and saves nothing,
 * a changed mount gets a new key (the service never overwrites one), and two jobs that end with
 * the same contents race for one key harmlessly. A restore asks for the newest entry of this image
 * (the service matches a key exactly, then as a prefix), then of any image with this mount on this
 * platform: a changed lockfile, a new branch (which also reads the default branch's entries) or a
 * new image all start warm. Old entries stop being restored once a newer one exists and expire
 * after 7 days unused (GitHub's eviction).
 *
 * `+` separates the parts because it appears in no image name, platform or (validated) mount ID:
 * the restore prefixes cannot match another mount or image whose name merely starts alike. `v1`
 * changes when the archive layout does. The whole key stays under the service's 512 characters
 * (IDs are at most 100 characters, image names at most 255).
 */
export const KEY_PREFIX = 'dify-image-action-cachemount-v1';

export interface MountKeyParts {
  /** `os/arch[/variant]`; several (one job building an index) comma-joined. */
  platform: string;
  mountId: string;
  /** The first image of the build (the cache scope's image, as for `type=gha`). */
  image: string;
}

export interface MountKeys {
  /** Newest entry of this image and mount: the primary key of a restore, matched as a prefix. */
  primary: string;
  /** Then the newest entry of any image with this mount on this platform. */
  restoreKeys: string[];
}

/**
 * `linux-arm64`; several platforms as `linux-amd64_linux-arm64`, the job's `platform-pair` (a
 * cache key may not contain a comma).
 */
function platformPair(platform: string): string {
  return platform
    .split(',')
    .map((p) => p.replace(/\//g, '-'))
    .join('_');
}

export function mountKeys(p: MountKeyParts): MountKeys {
  const mount = `${KEY_PREFIX}+${platformPair(p.platform)}+${p.mountId}+`;
  return { primary: `${mount}${p.image}+`, restoreKeys: [mount] };
}

/** The key a mount's contents are saved under. */
export function saveKey(p: MountKeyParts, contentDigest: string): string {
  return `${mountKeys(p).primary}${contentDigest}`;
}
