import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runAction } from '../../scripts/runner.mjs';
import { startArtifactService, type ArtifactService } from '../support/artifact-service/server.mjs';
import { ROOT } from '../support/paths.js';
import { startRegistry, type TestRegistry } from '../support/registry/index.js';

/**
 * Bad input through the bundled action, as a user meets it: exit code 1, one `::error::` line
 * that names the input, and nothing done: no docker call, nothing pushed, nothing uploaded, the
 * docker config untouched and no file left in RUNNER_TEMP.
 */
let registry: TestRegistry;
let artifacts: ArtifactService;
beforeAll(async () => {
  [registry, artifacts] = await Promise.all([
    startRegistry({ auth: 'none' }),
    startArtifactService({ repository: 'langgenius/dify' }),
  ]);
});
afterAll(async () => Promise.all([registry?.stop(), artifacts?.close()]));

const CONTEXT = join(ROOT, 'examples', 'project', 'api');
const DIGEST = `sha256:${'a'.repeat(64)}`;

type Inputs = Record<string, string>;
const metadata = (extra: Inputs): Inputs => ({ mode: 'metadata', images: 'ghcr.io/acme/app', ...extra });
const build = (extra: Inputs): Inputs => ({
  mode: 'build',
  context: CONTEXT,
  platform: 'linux/amd64',
  images: '', // filled with the test registry
  ...extra,
});
const exportDigest = (extra: Inputs): Inputs => ({ mode: 'export-digest', ...extra });
const merge = (extra: Inputs): Inputs => ({ mode: 'merge', images: '', tags: 'type=raw,value=x', ...extra });

/** [what is wrong, inputs, extra env, the input the error must name] */
const CASES: Array<[string, Inputs, Record<string, string>, string]> = [
  // the mode, and inputs of another mode
  ['no mode', { images: 'ghcr.io/acme/app' }, {}, 'mode'],
  ['an unknown mode', { mode: 'deploy' }, {}, 'mode'],
  ['a merge input on metadata', metadata({ attestations: 'strip' }), {}, 'attestations'],
  ["metadata-action's context on metadata", metadata({ context: 'git' }), {}, 'context'],
  ['a metadata input on export-digest', exportDigest({ tags: 'type=raw,value=x' }), {}, 'tags'],
  ['a build input on merge', merge({ push: 'false' }), {}, 'push'],
  ['a merge input on build', build({ 'dry-run': 'true' }), {}, 'dry-run'],
  ['an export-digest input on build', build({ 'retention-days': '5' }), {}, 'retention-days'],
  // metadata: tag rules, flavors, images, expressions
  ['an unknown tag type', metadata({ tags: 'type=nightly' }), {}, 'tags'],
  ['a priority that is not a number', metadata({ tags: 'type=raw,value=x,priority=high' }), {}, 'tags'],
  ['a ref rule without event', metadata({ tags: 'type=ref' }), {}, 'tags'],
  ['a raw rule without value', metadata({ tags: 'type=raw' }), {}, 'tags'],
  ['an unknown flavor', metadata({ flavor: 'colour=blue' }), {}, 'flavor'],
  ['a flavor latest that is not a choice', metadata({ flavor: 'latest=sometimes' }), {}, 'flavor'],
  ['an image that is not a reference', metadata({ images: 'Not A/Reference' }), {}, 'images'],
  ['an image carrying a tag', metadata({ images: 'ghcr.io/acme/app:1.0' }), {}, 'images'],
  ['an image carrying a digest', metadata({ images: `ghcr.io/acme/app@${DIGEST}` }), {}, 'images'],
  ['an unknown metadata source', metadata({ 'metadata-source': 'svn' }), {}, 'metadata-source'],
  ['an unclosed expression', metadata({ tags: 'type=raw,value={{branch' }), {}, 'tags'],
  ['a semver rule without pattern', metadata({ tags: 'type=semver' }), {}, 'tags'],
  ['a sha format that is not one', metadata({ tags: 'type=sha,format=medium' }), {}, 'tags'],
  ['an enable that is not a boolean', metadata({ tags: 'type=raw,value=x,enable=maybe' }), {}, 'tags'],
  [
    'a short sha length that is not a number',
    metadata({}),
    { DOCKER_METADATA_SHORT_SHA_LENGTH: 'x' },
    'DOCKER_METADATA_SHORT_SHA_LENGTH',
  ],
  [
    'a SOURCE_DATE_EPOCH that is not a time',
    metadata({}),
    { SOURCE_DATE_EPOCH: 'yesterday' },
    'SOURCE_DATE_EPOCH',
  ],
  [
    'a PR head sha switch that is not a boolean',
    metadata({}),
    { DOCKER_METADATA_PR_HEAD_SHA: 'maybe' },
    'DOCKER_METADATA_PR_HEAD_SHA',
  ],
  // build: platforms, references, secrets, booleans, conflicting inputs
  ['a platform without os', build({ platform: 'amd64' }), {}, 'platform'],
  ['several platforms in platform', build({ platform: 'linux/amd64,linux/arm64' }), {}, 'platform'],
  ['no platform at all', build({ platform: '' }), {}, 'platform'],
  ['platform and platforms', build({ platforms: 'linux/arm64' }), {}, 'platforms'],
  [
    'a platform listed twice',
    build({ platform: '', platforms: 'linux/amd64\nlinux/amd64' }),
    {},
    'platforms',
  ],
  [
    'a platforms entry that is not a platform',
    build({ platform: '', platforms: 'linux/amd64,windows' }),
    {},
    'platforms',
  ],
  ['no image to push to', build({ images: ' ' }), {}, 'images'],
  ['a repository with a character refs forbid', build({ images: 'acme/app!' }), {}, 'images'],
  ['a secret without id', build({ secrets: 'hunter2' }), {}, 'secrets'],
  ['an unclosed quote in secrets', build({ secrets: '"TOKEN=abc\nB=1' }), {}, 'secrets'],
  ['a secret file without path', build({ 'secret-files': 'npmrc' }), {}, 'secret-files'],
  ['a secret env without variable', build({ 'secret-envs': 'TOKEN' }), {}, 'secret-envs'],
  ['a build arg without value', build({ 'build-args': 'COMMIT_SHA' }), {}, 'build-args'],
  ['a Dockerfile that does not exist', build({ file: '/nonexistent/Dockerfile' }), {}, 'file'],
  ["build-push-action's full reference in tags", build({ tags: 'ghcr.io/acme/app:1.2' }), {}, 'tags'],
  ['load with a push', build({ load: 'true' }), {}, 'load'],
  ['an output that does not push by digest', build({ outputs: 'type=docker' }), {}, 'outputs'],
  [
    'a pushing output with push: false',
    build({ push: 'false', outputs: 'type=registry,name=x/y' }),
    {},
    'outputs',
  ],
  ['no-cache that is not a boolean', build({ 'no-cache': 'maybe' }), {}, 'no-cache'],
  ['pull that is not a boolean', build({ pull: 'yes please' }), {}, 'pull'],
  ['push that is not a boolean', build({ push: 'nope' }), {}, 'push'],
  ['reproducible that is not a boolean', build({ reproducible: 'sometimes' }), {}, 'reproducible'],
  ['reproducible with provenance', build({ reproducible: 'true', provenance: 'mode=max' }), {}, 'provenance'],
  ['reproducible without a commit time', build({ reproducible: 'true' }), {}, 'reproducible'],
  ['the default context in the middle', build({ context: 'x/{{defaultContext}}' }), {}, 'context'],
  // logins
  ['a username without password', build({ username: 'octo' }), {}, 'password'],
  ['a password without username', build({ password: 'secret-pass' }), {}, 'username'],
  ['a registry without credentials', build({ registry: 'ghcr.io' }), {}, 'registry'],
  ['logins that is not a list', build({ logins: 'registry: ghcr.io' }), {}, 'logins'],
  ['a login without password', build({ logins: '- registry: ghcr.io\n  username: octo' }), {}, 'logins'],
  [
    'a login with an unknown key',
    build({ logins: '- registry: ghcr.io\n  user: octo\n  password: p' }),
    {},
    'logins',
  ],
  // export-digest
  ['a digest too short', exportDigest({ digest: 'sha256:abc', platform: 'linux/amd64' }), {}, 'digest'],
  [
    'a digest of another algorithm',
    exportDigest({ digest: `md5:${'a'.repeat(32)}`, platform: 'linux/amd64' }),
    {},
    'digest',
  ],
  [
    'a retention of zero days',
    exportDigest({ digest: DIGEST, platform: 'linux/amd64', 'retention-days': '0' }),
    {},
    'retention-days',
  ],
  [
    'a retention that is not a number',
    exportDigest({ digest: DIGEST, platform: 'linux/amd64', 'retention-days': 'week' }),
    {},
    'retention-days',
  ],
  [
    'an artifact name with a slash',
    exportDigest({ digest: DIGEST, platform: 'linux/amd64', 'artifact-name': 'digests/api' }),
    {},
    'artifact-name',
  ],
  ['a platform that is not a platform', exportDigest({ digest: DIGEST, platform: 'arm' }), {}, 'platform'],
  // merge
  ['attestations that is not a choice', merge({ attestations: 'drop' }), {}, 'attestations'],
  ['a run id that is not a number', merge({ 'run-id': 'latest' }), {}, 'run-id'],
  ['a source that is not a reference', merge({ sources: 'not a reference' }), {}, 'sources'],
  [
    'an expected platform that is not one',
    merge({ 'expected-platforms': 'linux' }),
    {},
    'expected-platforms',
  ],
  ['dry-run that is not a boolean', merge({ 'dry-run': 'perhaps' }), {}, 'dry-run'],
  ["build-push-action's full reference in merge tags", merge({ tags: 'docker.io/acme/app:1.2' }), {}, 'tags'],
  ['a merge without tags rule value', merge({ tags: 'type=raw' }), {}, 'tags'],
];

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

describe(`bad input through the bundle (${CASES.length} cases)`, () => {
  test.each(CASES)('%s', async (_what, given, extraEnv, input) => {
    const workdir = mkdtempSync(join(tmpdir(), 'dia-bad-input-'));
    const dockerConfig = join(workdir, 'docker');
    mkdirSync(dockerConfig);
    const configText = '{"auths":{}}';
    writeFileSync(join(dockerConfig, 'config.json'), configText);
    const log = join(workdir, 'buildx.jsonl');
    const image = `${registry.host}/acme/app`;
    const inputs = Object.fromEntries(
      Object.entries(given).map(([k, v]) => [k, k === 'images' && v === '' ? image : v]),
    );
    const result = await runAction({
      workdir,
      inputs,
      eventName: 'push',
      ref: 'refs/heads/main',
      env: {
        ...artifacts.clientEnv('5000000001', 'bad-input'),
        PATH: `${join(ROOT, '__tests__', 'support', 'buildx-double', 'bin')}${delimiter}${process.env['PATH'] ?? ''}`,
        DOCKER_CONFIG: dockerConfig,
        BUILDX_DOUBLE_LOG: log,
        ...extraEnv,
      },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(new RegExp(`^input "${input}": [^\\n]+; expected [^\\n]+$`));
    // Nothing was done.
    expect(existsSync(log), 'a docker call').toBe(false);
    expect(artifacts.artifacts('5000000001')).toEqual([]);
    expect(readFileSync(join(dockerConfig, 'config.json'), 'utf8')).toBe(configText);
    expect(filesUnder(result.temp)).toEqual([]);
    const catalog = (await (await fetch(`http://${registry.host}/v2/_catalog`)).json()) as {
      repositories: string[];
    };
    expect(catalog.repositories).toEqual([]);
    // A secret given as input never shows.
    expect(result.stdout).not.toContain('secret-pass');
  });
});
