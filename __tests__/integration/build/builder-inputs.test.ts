// The builder inputs (setup-buildx-action's names) and QEMU through the bundled action, on the
// buildx double: what `buildx create` gets, that the job's current builder never changes, and
// that the post step removes what the step created, whatever happened.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { API_CONTEXT, buildJob } from '../../support/build-job.js';
import { startRegistry, type TestRegistry } from '../../support/registry/index.js';

let registry: TestRegistry;
beforeAll(async () => {
  registry = await startRegistry({ auth: 'none' });
});
afterAll(async () => registry?.stop());

const build = (overrides: Record<string, string> = {}) => ({
  mode: 'build',
  context: API_CONTEXT,
  platform: 'linux/amd64',
  images: `${registry.host}/dify/api`,
  'cache-from': 'none',
  'cache-to': 'none',
  ...overrides,
});
const files = mkdtempSync(join(tmpdir(), 'dia-tls-'));
for (const name of ['ca.pem', 'cert.pem', 'key.pem']) writeFileSync(join(files, name), name);

describe('the builder the action creates', () => {
  test('driver-opts, inline config and flags reach buildx create; the current builder stays; the post step removes it', async () => {
    const j = buildJob({ BUILDX_DOUBLE_DRIVER: 'docker-container' });
    const step = await j.step(
      build({
        'driver-opts': 'image=moby/buildkit:v0.24.0\nnetwork=host',
        'buildkitd-config-inline': '[worker.oci]\n  max-parallelism = 4\n',
        'buildkitd-flags': '--debug',
      }),
    );
    expect(step.errors).toEqual([]);
    const builder = step.state['build-builder']!;
    const create = j.calls().find((argv) => argv[1] === 'create')!;
    const config = create[create.indexOf('--buildkitd-config') + 1]!;
    expect(create).toEqual([
      ...['buildx', 'create', '--name', builder, '--driver', 'docker-container'],
      ...['--driver-opt', 'image=moby/buildkit:v0.24.0', '--driver-opt', 'network=host'],
      ...['--buildkitd-config', config, '--buildkitd-flags', '--debug', '--bootstrap'],
    ]);
    // The current builder could push by digest, but the inputs ask for a builder of their own.
    const builders = await j.builders();
    expect(builders.find((b) => b.current)?.name).toBe('container-builder');
    const ls = JSON.parse(
      (await j.docker(['buildx', 'ls', '--format', 'json'])).split('\n').find((l) => l.includes(builder))!,
    ) as { Nodes: { Files: Record<string, string>; Flags: string[] }[] };
    expect(Buffer.from(ls.Nodes[0]!.Files['buildkitd.toml']!, 'base64').toString()).toBe(
      '[worker.oci]\n  max-parallelism = 4\n',
    );
    expect(ls.Nodes[0]!.Flags).toContain('--debug');
    // The inline config existed only while buildx create ran.
    expect(readdirSync(join(step.temp, 'dify-image-action'))).toEqual(['build-record.json']);
    const build_ = j.calls().find((argv) => argv[1] === 'build')!;
    expect(build_.slice(-3, -1)).toEqual(['--builder', builder]);

    const post = await j.step({}, { post: true, state: step.state });
    expect(post.exitCode).toBe(0);
    expect(j.calls().at(-1)).toEqual(['buildx', 'rm', builder]);
    expect((await j.builders()).map((b) => b.name)).toEqual(['container-builder']);
  });

  test('remote over TLS: the endpoint and the files (made absolute) reach buildx; no QEMU for a remote builder', async () => {
    const j = buildJob();
    const step = await j.step(
      build({
        platform: 'linux/arm64',
        driver: 'remote',
        endpoint: 'tcp://buildkitd.example:1234',
        'driver-opts': 'cacert=ca.pem\ncert=cert.pem\nkey=key.pem\nservername=buildkitd.example',
      }),
      { cwd: files },
    );
    const builder = step.state['build-builder']!;
    expect(step.state['build-builder-driver']).toBe('remote');
    expect(j.calls().find((argv) => argv[1] === 'create')).toEqual([
      ...['buildx', 'create', '--name', builder, '--driver', 'remote'],
      ...[
        '--driver-opt',
        `cacert=${join(files, 'ca.pem')}`,
        '--driver-opt',
        `cert=${join(files, 'cert.pem')}`,
      ],
      ...['--driver-opt', `key=${join(files, 'key.pem')}`, '--driver-opt', 'servername=buildkitd.example'],
      ...['--bootstrap', 'tcp://buildkitd.example:1234'],
    ]);
    expect(j.calls().some((argv) => argv[0] === 'run')).toBe(false);
    // The double's remote BuildKit lists no arm64: a warning (this Dockerfile has no RUN, so it builds).
    expect(step.warnings.join('\n')).toContain('the remote builder lists linux/amd64');
    expect(step.errors).toEqual([]);
    // Even after a failed build, a remote BuildKit has no container whose logs could be printed.
    const post = await j.step({}, { post: true, state: { ...step.state, 'build-failed': 'true' } });
    expect(post.exitCode).toBe(0);
    expect(j.calls().slice(-1)).toEqual([['buildx', 'rm', builder]]);
  });

  test('a create that fails part-way still leaves the builder to the post step', async () => {
    const j = buildJob({ BUILDX_DOUBLE_FAIL_BOOTSTRAP: '1' });
    const step = await j.step(build());
    expect(step.exitCode).toBe(1);
    expect(step.errors.at(-1)).toMatch(
      /^docker buildx create failed with exit code 1: ERROR: failed to bootstrap builder/,
    );
    const builder = step.state['build-builder']!;
    expect((await j.builders()).map((b) => b.name)).toContain(builder);
    const post = await j.step({}, { post: true, state: step.state });
    expect(post.exitCode).toBe(0);
    expect((await j.builders()).map((b) => b.name)).toEqual(['default']);
  });

  test.each([
    [{ driver: 'remote' }, 'input "endpoint": is empty with driver "remote"'],
    [{ driver: 'cloud' }, 'input "driver": "cloud" is not a driver this action can create'],
    [{ endpoint: 'tcp://buildkitd:1234' }, 'input "endpoint": is set with driver "docker-container"'],
    [{ 'buildkitd-config': 'missing.toml' }, 'input "buildkitd-config": "missing.toml" does not exist'],
    [
      { 'buildkitd-config': join(files, 'ca.pem'), 'buildkitd-config-inline': 'debug = true' },
      'input "buildkitd-config-inline": is set together with "buildkitd-config"',
    ],
  ])('%j fails with one line before docker runs', async (overrides, message) => {
    const j = buildJob();
    const step = await j.step(build(overrides));
    expect(step.exitCode).toBe(1);
    expect(step.errors).toHaveLength(1);
    expect(step.errors[0]).toContain(message);
    expect(j.calls()).toEqual([]);
  });
});

describe('QEMU', () => {
  test('an install that fails names the daemon’s reason', async () => {
    const j = buildJob({ BUILDX_DOUBLE_OFFLINE: '1' });
    const step = await j.step(build({ platform: 'linux/arm64' }));
    expect(step.exitCode).toBe(1);
    expect(step.errors).toEqual([
      'QEMU for arm64 could not be installed with tonistiigi/binfmt:qemu-v9.2.2 (exit code 125): docker: Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 10.255.255.53:53: no such host',
    ]);
  });

  test('qemu-image chooses the installer', async () => {
    const j = buildJob({ BUILDX_DOUBLE_DRIVER: 'docker-container' });
    const step = await j.step(
      build({ platform: 'linux/arm64', 'qemu-image': 'ghcr.io/mirror/binfmt:qemu-v9.2.2' }),
    );
    expect(step.errors).toEqual([]);
    expect(j.calls()).toContainEqual([
      ...['run', '--privileged', '--rm', 'ghcr.io/mirror/binfmt:qemu-v9.2.2', '--install', 'arm64'],
    ]);
  });
});
