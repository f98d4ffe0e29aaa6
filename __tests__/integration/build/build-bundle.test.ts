import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runAction, type StepOptions } from '../../../scripts/runner.mjs';
import { parseLsJson } from '../../../src/buildx/builder.js';
import { ROOT } from '../../support/paths.js';
import { startRegistry, type TestRegistry } from '../../support/registry/index.js';

const BIN = join(ROOT, '__tests__', 'support', 'buildx-double', 'bin');
const CONTEXT = join(ROOT, '__tests__', 'e2e', 'api');
const SHA = '4f8e2a9c1b7d3e5f60718293a4b5c6d7e8f90a1b';
let plain: TestRegistry;
let basic: TestRegistry;

beforeAll(async () => {
  [plain, basic] = await Promise.all([startRegistry({ auth: 'none' }), startRegistry({ auth: 'basic' })]);
});
afterAll(async () => Promise.all([plain?.stop(), basic?.stop()]));

interface Job {
  workdir: string;
  log: string;
  env: Record<string, string>;
  calls: () => string[][];
}

/** One runner job: its own RUNNER_TEMP, docker config and buildx double state. */
function job(extra: Record<string, string> = {}): Job {
  const workdir = mkdtempSync(join(tmpdir(), 'dia-build-'));
  const dockerConfig = join(workdir, 'docker');
  mkdirSync(dockerConfig);
  const log = join(workdir, 'buildx.jsonl');
  return {
    workdir,
    log,
    env: {
      PATH: `${BIN}${delimiter}${process.env['PATH'] ?? ''}`,
      DOCKER_CONFIG: dockerConfig,
      BUILDX_DOUBLE_LOG: log,
      RUNNER_ARCH: 'X64',
      ...extra,
    },
    calls: () =>
      existsSync(log)
        ? readFileSync(log, 'utf8')
            .trim()
            .split('\n')
            .map((l) => (JSON.parse(l) as { argv: string[] }).argv)
        : [],
  };
}

function step(j: Job, inputs: Record<string, string>, options: StepOptions = {}) {
  return runAction({
    workdir: j.workdir,
    sha: SHA,
    repository: 'langgenius/dify',
    payload: { repository: { private: false, default_branch: 'main' } },
    ...options,
    inputs,
    env: { ...j.env, ...options.env },
  });
}

/** The current builder a later step of the job would get (`docker buildx ls`). */
async function currentBuilder(j: Job): Promise<string | undefined> {
  const { stdout } = await promisify(execFile)('docker', ['buildx', 'ls', '--format', 'json'], {
    env: j.env,
  });
  return parseLsJson(stdout).find((b) => b.current)?.name;
}

async function skopeoDigest(reference: string): Promise<string> {
  const { stdout } = await promisify(execFile)(
    'skopeo',
    ['inspect', '--raw', '--tls-verify=false', `docker://${reference}`],
    {
      encoding: 'buffer',
    },
  );
  const { createHash } = await import('node:crypto');
  return `sha256:${createHash('sha256').update(stdout).digest('hex')}`;
}

describe('build through the bundled action, on the buildx double', () => {
  test('the Dify configuration: the whole buildx argument list, a digest pushed, a record for export-digest', async () => {
    // A runner gives every action its runtime token and the cache service URL.
    const j = job({
      ACTIONS_RUNTIME_TOKEN: 'header.payload.signature',
      ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/',
    });
    const image = `${plain.host}/langgenius/dify-api`;
    const build = await step(j, {
      mode: 'build',
      context: CONTEXT,
      platform: 'linux/amd64',
      images: image,
      'build-args': 'COMMIT_SHA={{sha}}',
    });
    expect(build.errors).toEqual([]);
    expect(build.exitCode).toBe(0);
    const buildCall = j.calls().find((argv) => argv[0] === 'buildx' && argv[1] === 'build')!;
    const metadataFile = buildCall[buildCall.indexOf('--metadata-file') + 1];
    const builder = build.state['build-builder'];
    expect(builder).toMatch(/^dify-image-action-/);
    expect(buildCall).toEqual([
      'buildx',
      'build',
      '--build-arg',
      `COMMIT_SHA=${SHA}`,
      '--cache-from',
      `type=gha,scope=${image}-linux-amd64`,
      '--cache-to',
      `type=gha,scope=${image}-linux-amd64,mode=max,ignore-error=true`,
      // The API is unreachable here: the empty description and licence are left out, so they
      // cannot blank what the Dockerfile sets.
      ...['created', 'revision', 'source', 'title', 'url', 'version'].flatMap((k): unknown[] => [
        '--label',
        expect.stringMatching(new RegExp(`^org\\.opencontainers\\.image\\.${k}=`)) as unknown,
      ]),
      '--output',
      `type=image,name=${image},push-by-digest=true,name-canonical=true,push=true`,
      '--platform',
      'linux/amd64',
      '--provenance',
      'mode=max,builder-id=https://github.com/langgenius/dify/actions/runs/2000000001/attempts/1',
      '--metadata-file',
      metadataFile,
      '--builder',
      builder,
      CONTEXT,
    ]);
    expect(buildCall).toContain(`org.opencontainers.image.revision=${SHA}`);
    expect(buildCall.filter((a) => /^org\.opencontainers\.image\.[a-z]+=$/.test(a))).toEqual([]);
    // The docker driver of a fresh runner cannot push by digest: a builder was created first,
    // without --use, so the current builder of the job stays what it was.
    expect(j.calls().map((argv) => argv.slice(0, 2).join(' '))).toEqual([
      'buildx version',
      'buildx inspect',
      'buildx create',
      'buildx inspect',
      'buildx build',
      // The build record: its inspect, then its export for the upload.
      'buildx history',
      'buildx history',
    ]);
    expect(j.calls().find((argv) => argv[1] === 'create')).toEqual([
      ...['buildx', 'create', '--name', builder, '--driver', 'docker-container', '--bootstrap'],
    ]);
    expect(await currentBuilder(j)).toBe('default');
    expect(build.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await skopeoDigest(`${image}@${build.outputs.digest}`)).toBe(build.outputs.digest);
    expect(build.outputs.platform).toBe('linux/amd64');
    expect(build.outputs['platform-pair']).toBe('linux-amd64');
    expect(JSON.parse(build.outputs.metadata ?? '')).toMatchObject({
      'containerimage.digest': build.outputs.digest,
    });
    const record = JSON.parse(
      readFileSync(join(build.temp, 'dify-image-action', 'build-record.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(record).toMatchObject({
      digest: build.outputs.digest,
      platform: 'linux/amd64',
      images: [image],
      commit: SHA,
    });

    // The post step removes the builder this step created.
    const post = await step(j, {}, { post: true, state: build.state });
    expect(post.exitCode).toBe(0);
    expect(j.calls().at(-1)).toEqual(['buildx', 'rm', builder]);
  });

  test('a foreign platform gets QEMU; the current builder is reused when it can push by digest', async () => {
    const j = job({ BUILDX_DOUBLE_DRIVER: 'docker-container' });
    const build = await step(j, {
      mode: 'build',
      context: CONTEXT,
      platform: 'linux/arm64',
      images: `${plain.host}/dify/web`,
      'cache-from': 'none',
      'cache-to': 'none',
      provenance: 'false',
    });
    expect(build.errors).toEqual([]);
    const calls = j.calls();
    expect(calls).toContainEqual([
      ...['run', '--privileged', '--rm', 'tonistiigi/binfmt:qemu-v9.2.2', '--install', 'arm64'],
    ]);
    expect(calls.some((argv) => argv[1] === 'create')).toBe(false);
    const buildCall = calls.find((argv) => argv[1] === 'build')!;
    expect(buildCall).not.toContain('--cache-from');
    expect(buildCall).toContain('--provenance');
    expect(buildCall[buildCall.indexOf('--provenance') + 1]).toBe('false');
    expect(build.state['build-builder']).toBeUndefined();
  });

  test('logs in first, and a transient push failure is retried', async () => {
    const j = job({ BUILDX_DOUBLE_DRIVER: 'docker-container', BUILDX_DOUBLE_FAIL_PUSH: '1' });
    const build = await step(j, {
      mode: 'build',
      context: CONTEXT,
      platform: 'linux/amd64',
      images: `${basic.host}/dify/api`,
      registry: basic.host,
      username: basic.username,
      password: basic.password,
    });
    expect(build.errors).toEqual([]);
    expect(build.warnings.join('\n')).toMatch(/Push failed .*attempt 2 of 3/);
    expect(j.calls().filter((argv) => argv[1] === 'build')).toHaveLength(2);
    expect(build.secrets).toContain(basic.password);
  });

  test.each([
    [
      { platform: 'linux/amd64,linux/arm64' },
      'input "platform": "linux/amd64,linux/arm64" names several platforms',
    ],
    [{ platform: 'amd64' }, 'input "platform": "amd64" is not a platform'],
    [{ images: 'Not A/Reference' }, 'input "images"'],
    [{ secrets: 'no-equals-sign' }, 'input "secrets": an entry is not id=value'],
    [{ file: '/nonexistent/Dockerfile' }, 'input "file": "/nonexistent/Dockerfile" does not exist'],
    [
      { tags: 'ghcr.io/langgenius/dify-api:1.2' },
      'input "tags": "ghcr.io/langgenius/dify-api:1.2" is an image reference',
    ],
    [{ load: 'true' }, 'input "load": is true while push is true'],
    [{ platform: '', platforms: 'linux/amd64,linux/amd64' }, 'input "platforms": lists "linux/amd64" twice'],
    [{ secrets: '"A=1\nB' }, 'input "secrets": cannot be read as CSV'],
    [{ outputs: 'type=docker' }, 'input "outputs": "type=docker" does not push by digest'],
  ])('%j fails with one line before buildx starts', async (overrides, message) => {
    const j = job();
    const build = await step(j, {
      mode: 'build',
      context: CONTEXT,
      platform: 'linux/amd64',
      images: `${plain.host}/dify/api`,
      ...overrides,
    });
    expect(build.exitCode).toBe(1);
    expect(build.errors).toHaveLength(1);
    expect(build.errors[0]).toContain(message);
    expect(j.calls()).toEqual([]);
  });

  test('a build error is not retried, the builder is logged and removed in the post step', async () => {
    const j = job();
    const context = mkdtempSync(join(tmpdir(), 'dia-broken-'));
    writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\nRUN exit 3\n');
    const build = await step(
      j,
      { mode: 'build', context: '.', platform: 'linux/amd64', images: `${plain.host}/dify/api` },
      { env: { GITHUB_WORKSPACE: context }, cwd: context },
    );
    expect(build.exitCode).toBe(1);
    // The step's error names the failing step; an annotation points at its Dockerfile line.
    expect(build.errors.at(-1)).toBe(
      'buildx build failed: [2/2] RUN exit 3 (Dockerfile:2): failed to build: failed to solve: process "/bin/sh -c exit 3" did not complete successfully: exit code: 3',
    );
    expect(build.stdout).toContain(
      '::error title=Build step failed%3A [2/2] RUN exit 3,file=Dockerfile,line=2::failed to build: failed to solve',
    );
    expect(j.calls().filter((argv) => argv[1] === 'build')).toHaveLength(1);
    const post = await step(j, {}, { post: true, state: build.state });
    expect(post.exitCode).toBe(0);
    expect(
      j
        .calls()
        .slice(-2)
        .map((argv) => argv.slice(0, 2)),
    ).toEqual([
      ['logs', `buildx_buildkit_${build.state['build-builder']}0`],
      ['buildx', 'rm'],
    ]);
  });
});

describe('the pipeline: build two platforms, merge their digests', () => {
  test('build linux/amd64 and linux/arm64, then merge the build outputs into one index', async () => {
    const image = `${plain.host}/pipeline/api`;
    const digests: string[] = [];
    for (const platform of ['linux/amd64', 'linux/arm64']) {
      const j = job({ BUILDX_DOUBLE_DRIVER: 'docker-container' });
      const build = await step(j, { mode: 'build', context: CONTEXT, platform, images: image });
      expect(build.errors).toEqual([]);
      digests.push(build.outputs.digest ?? '');
    }
    const merge = await step(job(), {
      mode: 'merge',
      images: image,
      sources: digests.map((d) => `${image}@${d}`).join('\n'),
      tags: 'type=ref,event=branch\ntype=sha,format=long,prefix=',
      'expected-platforms': 'linux/amd64,linux/arm64',
    });
    expect(merge.errors).toEqual([]);
    expect(merge.outputs.tags).toBe(`${image}:main\n${image}:${SHA}`);
    expect(merge.outputs.platforms).toBe('linux/amd64,linux/arm64');
    expect(await skopeoDigest(`${image}:main`)).toBe(merge.outputs.digest);
    const index = JSON.parse(
      (
        await promisify(execFile)('skopeo', [
          'inspect',
          '--raw',
          '--tls-verify=false',
          `docker://${image}:main`,
        ])
      ).stdout,
    ) as { manifests: { platform: { os: string; architecture: string } }[] };
    expect(index.manifests.map((m) => `${m.platform.os}/${m.platform.architecture}`)).toEqual([
      'linux/amd64',
      'unknown/unknown',
      'linux/arm64',
      'unknown/unknown',
    ]);
  });
});

describe('version gates', () => {
  test('a buildx too old for a flag the build needs stops before the builder is touched', async () => {
    const j = job({ BUILDX_DOUBLE_VERSION: '0.9.1', BUILDX_DOUBLE_DRIVER: 'docker-container' });
    const build = await step(j, {
      mode: 'build',
      context: CONTEXT,
      platform: 'linux/amd64',
      images: `${plain.host}/dify/api`,
    });
    expect(build.exitCode).toBe(1);
    expect(build.errors).toEqual([
      'buildx v0.9.1 is too old for provenance (needs >= 0.10.0): update buildx on the runner (docker/setup-buildx-action or the runner image)',
    ]);
    expect(j.calls().map((argv) => argv.slice(0, 2).join(' '))).toEqual(['buildx version']);
  });
});
