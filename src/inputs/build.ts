import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { parseCacheMounts, type CacheMountSpec } from '../buildx/cache-mount-spec.js';
import { isLocalContext } from '../buildx/build-args.js';
import { combinedPlatform, parseBuildPlatform, type BuildPlatform } from '../buildx/platform.js';
import { parseRepository } from '../oci/reference.js';
import { InputError, quote } from '../base/input-error.js';
import { parseBuilderInputs, type BuilderInputs } from './builder.js';
import { parseLogins, type RegistryLogin } from './login.js';
import { parseMetadataInputs, type MetadataInputs } from './metadata.js';
import { readBoolean, readList, readQuotedList, type RawInputs } from './reader.js';
import { refuseImageReferences } from './tag-references.js';

/** The `build` mode's inputs: docker/build-push-action's names, one platform, validated. */
export interface BuildInputs {
  metadata: MetadataInputs;
  /** The platforms of this job as one value (`linux/amd64`, or `linux/amd64,linux/arm64`). */
  platform: BuildPlatform;
  /** Each platform built: one per job is the usual shape, several make one index. */
  platforms: BuildPlatform[];
  /** Push by digest (true), or a validation build that pushes nothing. */
  push: boolean;
  load: boolean;
  reproducible: boolean;
  allow: string[];
  addHosts: string[];
  attests: string[];
  noCacheFilters: string[];
  cgroupParent?: string;
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
  /** The builder this action creates when it needs one, and the QEMU image. */
  builderOptions: BuilderInputs;
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
  const call = optional(raw('call'));
  const push = readBoolean(raw, 'push', true);
  const load = readBoolean(raw, 'load', false);
  const evaluating = call !== undefined && call !== 'build';
  if (push && !evaluating && images.length === 0 && outputs.length === 0) {
    throw new InputError(
      'images',
      'is empty',
      'at least one image repository to push the build to (or push: false for a build that pushes nothing)',
    );
  }
  if (load && push && !evaluating) {
    throw new InputError('load', 'is true while push is true', 'push: false to load the image into docker');
  }
  refuseImageReferences(raw('tags'));
  const context = raw('context');
  const file = optional(raw('file'));
  if (file !== undefined) checkFileExists(context, file);
  for (const arg of readList(raw, 'build-args')) {
    if (!/^[^=\s]+=/.test(arg))
      throw new InputError('build-args', `${quote(arg)} is not NAME=value`, 'NAME=value lines');
  }
  const secrets = readQuotedList(raw, 'secrets');
  for (const secret of secrets) {
    // The value is a secret: never show it.
    if (!/^[^=\s]+=/.test(secret))
      throw new InputError(
        'secrets',
        'an entry is not id=value',
        'id=value lines (quote an entry that holds newlines)',
      );
  }
  const reproducible = readBoolean(raw, 'reproducible', false);
  if (reproducible && raw('provenance') !== '' && !/^(false|False|FALSE)$/.test(raw('provenance'))) {
    throw new InputError(
      'provenance',
      `${quote(raw('provenance'))} is set while reproducible is true`,
      'no provenance with reproducible: true (the attestation records the build time)',
    );
  }
  const platforms = parsePlatforms(raw);
  return {
    metadata,
    platform: combinedPlatform(platforms),
    platforms,
    push: push && !evaluating,
    load,
    reproducible,
    allow: readList(raw, 'allow', { splitCommas: true }),
    addHosts: readList(raw, 'add-hosts', { splitCommas: true }),
    attests: readList(raw, 'attests'),
    noCacheFilters: readList(raw, 'no-cache-filters', { splitCommas: true }),
    cgroupParent: optional(raw('cgroup-parent')),
    images,
    context,
    file,
    target: optional(raw('target')),
    buildArgs: readList(raw, 'build-args'),
    buildContexts: readList(raw, 'build-contexts'),
    secrets,
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
    builderOptions: parseBuilderInputs(raw),
    outputs: outputs.length === 0 ? undefined : outputs,
    call,
    githubToken: raw('github-token'),
    logins: parseLogins(raw),
  };
}

/**
 * For a local context, the Dockerfile must exist. It may sit outside the context (buildx sends
 * it separately), so a relative path is taken from the working directory, as buildx takes it.
 * Git contexts are checked by BuildKit itself.
 */
function checkFileExists(context: string, file: string): void {
  // From a Git context BuildKit reads the Dockerfile itself, in the repository it fetches.
  if (!isLocalContext(context)) return;
  const path = isAbsolute(file) ? file : resolve(file);
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new InputError(
      'file',
      `${quote(file)} does not exist`,
      `a Dockerfile, e.g. ${join(context || '.', 'Dockerfile')}`,
    );
  }
}

/** `platform` (one, this action's shape) or `platforms` (build-push-action's list), not both. */
function parsePlatforms(raw: RawInputs): BuildPlatform[] {
  const list = readList(raw, 'platforms', { splitCommas: true });
  if (list.length === 0) return [parseBuildPlatform(raw('platform'))];
  if (raw('platform') !== '') {
    throw new InputError(
      'platforms',
      `is given with platform ${quote(raw('platform'))}`,
      'either "platform" (one) or "platforms" (a list)',
    );
  }
  const parsed = list.map((p) => parseBuildPlatform(p, 'platforms'));
  const seen = new Set<string>();
  for (const p of parsed) {
    if (seen.has(p.text))
      throw new InputError('platforms', `lists ${quote(p.text)} twice`, 'each platform once');
    seen.add(p.text);
  }
  return parsed;
}
