import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseCacheMounts, type CacheMountSpec } from '../buildx/cache-mount-spec.js';
import { parseBuildPlatform, type BuildPlatform } from '../buildx/platform.js';
import { parseRepository } from '../oci/reference.js';
import { InputError, quote } from '../base/input-error.js';
import { parseLogins, type RegistryLogin } from './login.js';
import { parseMetadataInputs, type MetadataInputs } from './metadata.js';
import { readBoolean, readList, type RawInputs } from './reader.js';

/** The `build` mode's inputs: docker/build-push-action's names, one platform, validated. */
export interface BuildInputs {
  metadata: MetadataInputs;
  platform: BuildPlatform;
  /** Enabled image repositories as written (`langgenius/dify-api`). */
  images: string[];
  context: string;
  file?: string;
  target?: string;
  buildArgs: string[];
  buildContexts: string[];
  secrets: string[];
  secretFiles: string[];
  secretEnvs: string[];
  ssh: string[];
  provenance: string;
  sbom: string;
  /** undefined: this action's default `type=gha` cache; [] for none. */
  cacheFrom?: string[];
  cacheTo?: string[];
  /** BuildKit cache mounts kept across runs in the GitHub Actions cache. */
  cacheMounts: CacheMountSpec[];
  noCache: boolean;
  pull: boolean;
  network?: string;
  shmSize?: string;
  ulimit: string[];
  builder?: string;
  /** undefined: push by digest to every image. */
  outputs?: string[];
  call?: string;
  githubToken: string;
  logins: RegistryLogin[];
}

const optional = (value: string): string | undefined => (value === '' ? undefined : value);

/** `none` switches a default list off; an empty input keeps the default. */
function cacheList(raw: RawInputs, name: 'cache-from' | 'cache-to'): string[] | undefined {
  const list = readList(raw, name);
  if (list.length === 0) return undefined;
  return list.length === 1 && list[0] === 'none' ? [] : list;
}

export function parseBuildInputs(raw: RawInputs): BuildInputs {
  const metadata = parseMetadataInputs(raw);
  const images = metadata.images.filter((i) => i.enable).map((i) => i.name);
  for (const image of images) {
    try {
      parseRepository(image);
    } catch (error) {
      throw new InputError(
        'images',
        (error as Error).message,
        'image repositories without tag, one per line',
      );
    }
  }
  const outputs = readList(raw, 'outputs');
  if (images.length === 0 && outputs.length === 0) {
    throw new InputError('images', 'is empty', 'at least one image repository to push the build to');
  }
  const context = raw('context');
  const file = optional(raw('file'));
  if (file !== undefined) checkFileInContext(context, file);
  for (const arg of readList(raw, 'build-args')) {
    if (!/^[^=\s]+=/.test(arg))
      throw new InputError('build-args', `${quote(arg)} is not NAME=value`, 'NAME=value lines');
  }
  for (const secret of readList(raw, 'secrets')) {
    // The value is a secret: never show it.
    if (!/^[^=\s]+=/.test(secret))
      throw new InputError('secrets', 'an entry is not id=value', 'id=value lines');
  }
  return {
    metadata,
    platform: parseBuildPlatform(raw('platform')),
    images,
    context,
    file,
    target: optional(raw('target')),
    buildArgs: readList(raw, 'build-args'),
    buildContexts: readList(raw, 'build-contexts'),
    secrets: readList(raw, 'secrets'),
    secretFiles: readList(raw, 'secret-files'),
    secretEnvs: readList(raw, 'secret-envs'),
    ssh: readList(raw, 'ssh'),
    provenance: raw('provenance'),
    sbom: raw('sbom'),
    cacheFrom: cacheList(raw, 'cache-from'),
    cacheTo: cacheList(raw, 'cache-to'),
    cacheMounts: parseCacheMounts(readList(raw, 'cache-mounts', { comments: true })),
    noCache: readBoolean(raw, 'no-cache', false),
    pull: readBoolean(raw, 'pull', false),
    network: optional(raw('network')),
    shmSize: optional(raw('shm-size')),
    ulimit: readList(raw, 'ulimit'),
    builder: optional(raw('builder')),
    outputs: outputs.length === 0 ? undefined : outputs,
    call: optional(raw('call')),
    githubToken: raw('github-token'),
    logins: parseLogins(raw),
  };
}

/**
 * For a local context, the Dockerfile must exist; inside the context is what a reader of the
 * workflow expects, and a Dockerfile that reaches out of it is almost always a wrong path.
 * Git contexts are checked by BuildKit itself.
 */
function checkFileInContext(context: string, file: string): void {
  if (context === '' || context.includes('{{defaultContext}}') || /^[a-z]+:\/\/|^git@/.test(context)) return;
  const path = isAbsolute(file) ? file : resolve(file);
  const rel = relative(resolve(context), path);
  if (rel.startsWith('..') || isAbsolute(rel)) {
    throw new InputError(
      'file',
      `${quote(file)} is outside the context ${quote(context)}`,
      'a Dockerfile inside the build context',
    );
  }
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new InputError(
      'file',
      `${quote(file)} does not exist`,
      `a Dockerfile, e.g. ${join(context, 'Dockerfile')}`,
    );
  }
}
