import { InputError, quote } from '../base/input-error.js';
import type { Env } from '../base/ports.js';
import { planOutputs } from './build-outputs.js';
import { csvField } from './csv-field.js';
import { parseCsvRecord } from './csv.js';
import { provenanceValue } from './provenance.js';

/**
 * The `docker buildx build` argument list, built the way docker/build-push-action builds it
 * (`src/context.ts` getArgs: build flags in its order, then the common flags, then the context),
 * with this action's defaults: push by digest to every image, a `type=gha` cache scoped to image
 * and platform, and build-push-action's provenance defaults.
 */

/** Inputs of the build, already split into lists (one entry per line of the input). */
export interface BuildOptions {
  /** '' or `{{defaultContext}}[:subdir]` for the event's Git context, else a path or URL. */
  context: string;
  /** Normalized `os/arch[/variant]` (see platform.ts); several are comma-joined. */
  platform: string;
  /** Push by digest (default), or build without pushing (a validation build). */
  push?: boolean;
  /** `--load` into the local docker; only without a push. */
  load?: boolean;
  /** Same commit, same digest: `rewrite-timestamp=true` on the output, no provenance. */
  reproducible?: boolean;
  allow?: readonly string[];
  addHosts?: readonly string[];
  attests?: readonly string[];
  noCacheFilters?: readonly string[];
  cgroupParent?: string;
  /** Image repositories to push to, e.g. `langgenius/dify-api`. */
  images: readonly string[];
  file?: string;
  target?: string;
  buildArgs?: readonly string[];
  buildContexts?: readonly string[];
  /** `KEY=value`: the value goes to a file, never into argv. */
  secrets?: readonly string[];
  /** `KEY=path`. */
  secretFiles?: readonly string[];
  /** `KEY=ENV_NAME`. */
  secretEnvs?: readonly string[];
  ssh?: readonly string[];
  labels?: readonly string[];
  annotations?: readonly string[];
  /** Raw input: '' (default), a boolean, or attributes such as `mode=max`. */
  provenance?: string;
  sbom?: string;
  /** undefined: the default gha cache; [] disables it. */
  cacheFrom?: readonly string[];
  cacheTo?: readonly string[];
  noCache?: boolean;
  pull?: boolean;
  network?: string;
  shmSize?: string;
  ulimit?: readonly string[];
  builder?: string;
  /** undefined: the default push-by-digest image output. */
  outputs?: readonly string[];
  call?: string;
  metadataFile?: string;
  iidFile?: string;
  /** Token for BuildKit's Git fetch (`GIT_AUTH_TOKEN` secret) of a Git context. */
  githubToken?: string;
}

/** What the event and the runner tell about where we are (data, no I/O). */
export interface BuildEnvironment {
  serverUrl: string;
  /** `owner/name`. */
  repository: string;
  sha: string;
  ref: string;
  runId?: string;
  runAttempt?: string;
  /** `repository.private` of the event payload; undefined counts as private (build-push-action). */
  repositoryPrivate?: boolean;
  env: Env;
  /** Directory for secret files (RUNNER_TEMP/...); the caller writes them with mode 0600. */
  secretDir: string;
}

export interface SecretFile {
  path: string;
  content: string;
}

export interface BuildInvocation {
  /** Arguments after `docker`: `['buildx', 'build', ..., context]`. */
  args: string[];
  /** Files to write before running and to delete afterwards. */
  secretFiles: SecretFile[];
  /** Values to register as secrets (masked) before anything logs. */
  secretValues: string[];
  /** The build context as given to buildx (a Git URL for the default context). */
  context: string;
  /** True when the build pushes (by digest) and so leaves something for `export-digest`. */
  pushes: boolean;
  /**
   * `type=gha` cache entries left out because the runner gave no ACTIONS_RUNTIME_TOKEN (buildx
   * would skip them silently).
   */
  droppedGhaCache: boolean;
  /** The build reads or writes a `type=gha` cache (it needs buildx >= 0.21, BuildKit >= 0.20). */
  usesGhaCache: boolean;
}

const DEFAULT_CONTEXT = '{{defaultContext}}';

/** `parseGitRef` of docker/actions-toolkit: the commit sha, except for pull request refs. */
export function defaultGitContext(
  e: Pick<BuildEnvironment, 'serverUrl' | 'repository' | 'sha' | 'ref'>,
): string {
  const ref = e.ref.startsWith('refs/pull/') || !e.sha ? e.ref : e.sha;
  return `${e.serverUrl.replace(/\/$/, '')}/${e.repository}.git#${ref}`;
}

export function resolveContext(context: string, e: BuildEnvironment): string {
  const c = context.trim();
  if (c === '' || c === DEFAULT_CONTEXT) return defaultGitContext(e);
  if (c.startsWith(`${DEFAULT_CONTEXT}:`)) {
    const sub = c.slice(DEFAULT_CONTEXT.length + 1).replace(/^\/+|\/+$/g, '');
    return sub === '' ? defaultGitContext(e) : `${defaultGitContext(e)}:${sub}`;
  }
  if (c.includes(DEFAULT_CONTEXT))
    throw new InputError(
      'context',
      `${quote(c)} uses ${DEFAULT_CONTEXT} in the middle`,
      `"${DEFAULT_CONTEXT}" or "${DEFAULT_CONTEXT}:subdir"`,
    );
  return c;
}

/**
 * Whether the context is a directory on the runner: not the event's Git context (empty or
 * `{{defaultContext}}[:subdir]`) and not a remote one (a URL, `git@...`), which BuildKit fetches.
 */
export function isLocalContext(context: string): boolean {
  const c = context.trim();
  return c !== '' && !c.includes(DEFAULT_CONTEXT) && !/^[a-z]+:\/\/|^git@/.test(c);
}

export function isGitContext(context: string): boolean {
  return /^(https?:\/\/|git@|git:\/\/|ssh:\/\/)/.test(context) && /\.git(#|$|:)|#/.test(context);
}

export function defaultCacheScope(images: readonly string[], platformPair: string): string {
  return `${images[0] ?? 'image'}-${platformPair}`;
}

function keyValue(input: string, entry: string, expected: string, secret: boolean): [string, string] {
  const eq = entry.indexOf('=');
  if (eq <= 0) {
    const shown = secret ? 'an entry' : quote(entry);
    throw new InputError(input, `${shown} is not ${expected}`, expected);
  }
  return [entry.slice(0, eq).trim(), entry.slice(eq + 1)];
}

const isGhaCache = (entry: string): boolean => parseCsvRecord(entry).includes('type=gha');

export function buildInvocation(o: BuildOptions, e: BuildEnvironment): BuildInvocation {
  const evaluating = o.call !== undefined && o.call !== 'build';
  const pushes = o.push !== false && !evaluating;
  if (pushes && o.images.length === 0 && o.outputs === undefined)
    throw new InputError('images', 'is empty', 'at least one image repository');
  const context = resolveContext(o.context, e);
  const pair = o.platform
    .split(',')
    .map((p) => p.replace(/\//g, '-'))
    .join('_');
  const outputs = planOutputs(o, evaluating);
  const scope = defaultCacheScope(o.images, pair);
  // A validation build reads the cache the release builds write and writes none unless asked.
  let cacheFrom = evaluating ? [] : (o.cacheFrom ?? [`type=gha,scope=${scope}`]);
  let cacheTo = evaluating
    ? []
    : (o.cacheTo ?? (pushes ? [`type=gha,scope=${scope},mode=max,ignore-error=true`] : []));
  const ghaAvailable = Boolean(e.env['ACTIONS_RUNTIME_TOKEN']);
  const droppedGhaCache = !ghaAvailable && [...cacheFrom, ...cacheTo].some(isGhaCache);
  if (!ghaAvailable) {
    cacheFrom = cacheFrom.filter((c) => !isGhaCache(c));
    cacheTo = cacheTo.filter((c) => !isGhaCache(c));
  }
  const hasProvenanceAttest = (o.attests ?? []).some((a) => parseCsvRecord(a).includes('type=provenance'));
  // A call other than build exports nothing, so there is nothing to attest.
  const provenance = evaluating
    ? undefined
    : o.reproducible
      ? 'false'
      : hasProvenanceAttest && (o.provenance ?? '') === ''
        ? undefined
        : provenanceValue(o.provenance, outputs ?? [], e);

  const args = ['buildx', 'build'];
  const many = (flag: string, values: readonly string[] | undefined) => {
    for (const v of values ?? []) args.push(flag, v);
  };
  const one = (flag: string, value: string | undefined) => {
    if (value !== undefined && value !== '') args.push(flag, value);
  };
  many('--add-host', o.addHosts);
  many('--allow', o.allow);
  many('--annotation', o.annotations);
  many('--attest', o.attests);
  many('--build-arg', o.buildArgs);
  many('--build-context', o.buildContexts);
  many('--cache-from', cacheFrom);
  many('--cache-to', cacheTo);
  one('--call', o.call);
  one('--cgroup-parent', o.cgroupParent);
  one('--file', o.file);
  one('--iidfile', o.iidFile);
  many('--label', o.labels);
  many('--no-cache-filter', o.noCacheFilters);
  many('--output', outputs);
  one('--platform', o.platform);
  one('--provenance', provenance);
  one('--sbom', o.sbom);

  const secretFiles: SecretFile[] = [];
  const secretValues: string[] = [];
  const ids = new Set<string>();
  for (const entry of o.secrets ?? []) {
    const [key, value] = keyValue('secrets', entry, 'KEY=value', true);
    const path = `${e.secretDir}/secret-${secretFiles.length + 1}`;
    secretFiles.push({ path, content: value });
    if (value !== '') secretValues.push(value);
    ids.add(key);
    args.push('--secret', `id=${key},src=${path}`);
  }
  for (const entry of o.secretFiles ?? []) {
    const [key, path] = keyValue('secret-files', entry, 'KEY=path', false);
    ids.add(key);
    args.push('--secret', csvField(`id=${key}`) + ',' + csvField(`src=${path}`));
  }
  for (const entry of o.secretEnvs ?? []) {
    const [key, name] = keyValue('secret-envs', entry, 'KEY=ENV_NAME', false);
    ids.add(key);
    args.push('--secret', `id=${key},env=${name}`);
  }
  const hasGitToken = [...ids].some((id) => id === 'GIT_AUTH_TOKEN' || id.startsWith('GIT_AUTH_TOKEN.'));
  if (o.githubToken && !hasGitToken && isGitContext(context)) {
    const path = `${e.secretDir}/secret-${secretFiles.length + 1}`;
    secretFiles.push({ path, content: o.githubToken });
    secretValues.push(o.githubToken);
    args.push('--secret', `id=GIT_AUTH_TOKEN,src=${path}`);
  }

  one('--shm-size', o.shmSize);
  many('--ssh', o.ssh);
  one('--target', o.target);
  many('--ulimit', o.ulimit);
  one('--builder', o.builder);
  if (o.load && !evaluating) args.push('--load');
  // A call's result is read from stdout; its metadata file would hold nothing we use.
  one('--metadata-file', evaluating ? undefined : o.metadataFile);
  one('--network', o.network);
  if (o.noCache) args.push('--no-cache');
  if (o.pull) args.push('--pull');
  args.push(context);
  const usesGhaCache = [...cacheFrom, ...cacheTo].some(isGhaCache);
  return { args, secretFiles, secretValues, context, pushes, droppedGhaCache, usesGhaCache };
}
