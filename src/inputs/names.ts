import type { Mode } from './mode.js';

/**
 * Every input the action reads, in one table. `action.yml` declares exactly these (a test checks
 * it both ways), and the input reader only accepts these names, so a typo is a type error.
 */
export const INPUT_NAMES = [
  'mode',
  // shared by several modes
  'images',
  'context',
  'platform',
  'github-token',
  'labels',
  'annotations',
  // registry login
  'registry',
  'username',
  'password',
  'logins',
  'insecure-registries',
  // metadata engine (docker/metadata-action's names)
  'tags',
  'flavor',
  'sep-tags',
  'sep-labels',
  'sep-annotations',
  'bake-target',
  'metadata-source',
  // build (docker/build-push-action's names)
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
  // the builder this action creates (docker/setup-buildx-action's names) and QEMU
  'driver',
  'endpoint',
  'driver-opts',
  'buildkitd-config',
  'buildkitd-config-inline',
  'buildkitd-flags',
  'qemu-image',
  // export-digest
  'digest',
  'artifact-name',
  'retention-days',
  // merge
  'pattern',
  'run-id',
  'sources',
  'attestations',
  'expected-platforms',
  'dry-run',
] as const;

export type InputName = (typeof INPUT_NAMES)[number];

/** The metadata engine's inputs, read by every mode that computes tags and labels. */
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
] as const satisfies readonly InputName[];

/** Registry login inputs (docker/login-action's names, plus `logins`). */
const LOGIN_INPUTS = ['registry', 'username', 'password', 'logins'] as const satisfies readonly InputName[];

/**
 * The inputs each mode's parser reads, besides `mode` itself (which `main` reads for every mode).
 * An input given to a mode that does not read it is ignored, so the examples' test uses this table
 * to catch a workflow line that would do nothing; a test records what each parser reads and
 * compares it with this table.
 */
export const MODE_INPUTS: Record<Mode, readonly InputName[]> = {
  metadata: METADATA_INPUTS,
  build: [
    ...METADATA_INPUTS,
    ...LOGIN_INPUTS,
    'context',
    'platform',
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
  ],
  // `platform` and `images` are read only when `digest` is given.
  'export-digest': ['context', 'digest', 'platform', 'images', 'artifact-name', 'retention-days'],
  merge: [
    ...METADATA_INPUTS,
    ...LOGIN_INPUTS,
    'insecure-registries',
    'context',
    'pattern',
    'run-id',
    'sources',
    'attestations',
    'expected-platforms',
    'dry-run',
  ],
};
