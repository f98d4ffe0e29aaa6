import type { Mode } from './mode.js';

/*
 * Every input the action reads, in one table, grouped by who reads it. `action.yml` declares
 * exactly these (a test checks it both ways), and the input reader only accepts these names, so a
 * typo is a type error.
 */

/** The metadata engine's inputs (docker/metadata-action's names), read by every mode that computes tags. */
const METADATA_INPUTS = [
  'images',
  'tags',
  'flavor',
  'labels',
  'annotations',
  'sep-tags',
  'sep-labels',
  'sep-annotations',
  'bake-target',
  'metadata-source',
  'github-token',
] as const;

/** Registry login inputs (docker/login-action's names, plus `logins`). */
const LOGIN_INPUTS = ['registry', 'username', 'password', 'logins'] as const;

/** `build` alone: docker/build-push-action's names, then setup-buildx-action's and QEMU's. */
const BUILD_INPUTS = [
  'file',
  'target',
  'build-args',
  'build-contexts',
  'secrets',
  'secret-files',
  'secret-envs',
  'ssh',
  'provenance',
  'sbom',
  'cache-from',
  'cache-to',
  'cache-mounts',
  'no-cache',
  'pull',
  'network',
  'shm-size',
  'ulimit',
  'builder',
  'outputs',
  'call',
  'push',
  'load',
  'platforms',
  'allow',
  'add-hosts',
  'attests',
  'no-cache-filters',
  'cgroup-parent',
  'reproducible',
  'driver',
  'endpoint',
  'driver-opts',
  'buildkitd-config',
  'buildkitd-config-inline',
  'buildkitd-flags',
  'qemu-image',
] as const;

const EXPORT_DIGEST_INPUTS = ['digest', 'artifact-name', 'retention-days'] as const;

const MERGE_INPUTS = [
  'insecure-registries',
  'pattern',
  'run-id',
  'sources',
  'attestations',
  'expected-platforms',
  'dry-run',
] as const;

export const INPUT_NAMES = [
  'mode',
  // read by several modes
  'context',
  'platform',
  ...METADATA_INPUTS,
  ...LOGIN_INPUTS,
  ...BUILD_INPUTS,
  ...EXPORT_DIGEST_INPUTS,
  ...MERGE_INPUTS,
] as const;

export type InputName = (typeof INPUT_NAMES)[number];

/**
 * The inputs each mode's parser reads, besides `mode` itself (which `main` reads for every mode).
 * Any other input given is refused (src/inputs/foreign-inputs.ts); a test records what each
 * parser reads and compares it with this table.
 */
export const MODE_INPUTS: Record<Mode, readonly InputName[]> = {
  metadata: METADATA_INPUTS,
  build: [...METADATA_INPUTS, ...LOGIN_INPUTS, 'context', 'platform', ...BUILD_INPUTS],
  // `platform` and `images` are read only when `digest` is given.
  'export-digest': ['context', 'platform', 'images', ...EXPORT_DIGEST_INPUTS],
  merge: [...METADATA_INPUTS, ...LOGIN_INPUTS, 'context', ...MERGE_INPUTS],
};
