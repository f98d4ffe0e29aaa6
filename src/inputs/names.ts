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
