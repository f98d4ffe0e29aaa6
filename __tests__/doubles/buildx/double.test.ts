import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildInvocation } from '../../../src/buildx/build-args.js';
import { CommandFailedError } from '../../../src/base/command.js';
import { createDockerCli } from '../../../src/buildx/cli.js';
import { execCommands } from '../../../src/runner/command.js';
import { classifyBuildFailure } from '../../../src/buildx/failures.js';
import { parseMetadataFile } from '../../../src/buildx/metadata-file.js';
import { parseInspect, parseLsJson } from '../../../src/buildx/builder.js';
import type { Log } from '../../../src/base/ports.js';
import { BUILDX_FIXTURES, ROOT } from '../../support/paths.js';
import { startRegistry, TEST_PASSWORD, TEST_USER, type TestRegistry } from '../../support/registry/index.js';

const run = promisify(execFile);
const BIN = join(ROOT, '__tests__', 'support', 'buildx-double', 'bin');
const work = mkdtempSync(join(tmpdir(), 'buildx-double-'));
const project = join(work, 'project');
cpSync(join(BUILDX_FIXTURES, 'project'), project, { recursive: true });
let none: TestRegistry;
let basic: TestRegistry;
let token: TestRegistry;
let n = 0;

beforeAll(async () => {
  [none, basic, token] = await Promise.all([
    startRegistry({ auth: 'none' }),
    startRegistry({ auth: 'basic' }),
    startRegistry({ auth: 'token' }),
  ]);
});
afterAll(async () => {
  await Promise.all([none?.stop(), basic?.stop(), token?.stop()]);
  rmSync(work, { recursive: true, force: true });
});

/** A fresh environment per scenario: own log, own state, own docker config. */
function scenario(extra: Record<string, string> = {}, auths: Record<string, string> = {}) {
  const dir = join(work, `s${++n}`);
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'config.json'),
    JSON.stringify({ auths: Object.fromEntries(Object.entries(auths).map(([h, a]) => [h, { auth: a }])) }),
  );
  const env: Record<string, string> = {
    PATH: `${BIN}${delimiter}${process.env.PATH ?? ''}`,
    HOME: dir,
    DOCKER_CONFIG: dir,
    BUILDX_DOUBLE_LOG: join(dir, 'log.jsonl'),
    BUILDX_DOUBLE_DRIVER: 'docker-container',
    ...extra,
  };
  const docker = async (args: string[]) => {
    try {
      const r = await run('docker', args, { env, cwd: project });
      return { code: 0, stdout: r.stdout, stderr: r.stderr };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      return { code: err.code, stdout: err.stdout, stderr: err.stderr };
    }
  };
  const log = () =>
    readFileSync(env.BUILDX_DOUBLE_LOG!, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { argv: string[]; actionsEnv: string[] });
  return { dir, env, docker, log };
}

async function raw(reg: TestRegistry, ref: string): Promise<string> {
  const creds = reg.auth === 'none' ? [] : ['--creds', `${TEST_USER}:${TEST_PASSWORD}`];
  const { stdout } = await run('skopeo', [
    'inspect',
    '--raw',
    '--tls-verify=false',
    ...creds,
    `docker://${reg.host}/${ref}`,
  ]);
  return stdout;
}
const sha = (s: string) => `sha256:${createHash('sha256').update(s).digest('hex')}`;
const output = (reg: TestRegistry, repo = 'fixtures/app') =>
  `type=image,name=${reg.host}/${repo},push-by-digest=true,name-canonical=true,push=true`;
const basicAuth = Buffer.from(`${TEST_USER}:${TEST_PASSWORD}`).toString('base64');

describe('build pushes a real image by digest', () => {
  test('default provenance: per-platform OCI index with image and attestation manifests', async () => {
    const s = scenario({ SOURCE_DATE_EPOCH: '1578616200' });
    const meta = join(s.dir, 'metadata.json');
    // the Dify arm64 job runs natively; here the double needs an emulator for a foreign arch
    expect(
      (await s.docker(['run', '--privileged', '--rm', 'tonistiigi/binfmt', '--install', 'arm64'])).code,
    ).toBe(0);
    const r = await s.docker([
      'buildx',
      'build',
      '--platform',
      'linux/arm64',
      '--build-arg',
      'COMMIT_SHA=abc',
      '--metadata-file',
      meta,
      '--output',
      output(none),
      '.',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^#0 building with "container-builder" instance using docker-container driver\n/,
    );
    expect(r.stderr).toContain('exporting manifest list sha256:');
    const m = parseMetadataFile(readFileSync(meta, 'utf8'));
    expect(m.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(m.imageName).toBe(`${none.host}/fixtures/app`);
    const index = await raw(none, `fixtures/app@${m.digest}`);
    expect(sha(index)).toBe(m.digest);
    const doc = JSON.parse(index) as {
      manifests: { digest: string; platform: object; annotations?: Record<string, string> }[];
    };
    expect(doc.manifests.map((d) => d.platform)).toEqual([
      { architecture: 'arm64', os: 'linux' },
      { architecture: 'unknown', os: 'unknown' },
    ]);
    expect(doc.manifests[1]?.annotations).toEqual({
      'vnd.docker.reference.digest': doc.manifests[0]?.digest,
      'vnd.docker.reference.type': 'attestation-manifest',
    });
    const image = JSON.parse(await raw(none, `fixtures/app@${doc.manifests[0]?.digest}`)) as {
      config: { digest: string };
      layers: unknown[];
    };
    expect(image.layers).toHaveLength(1);
  });

  test('--provenance=false: one Docker v2 manifest, config digest in the metadata', async () => {
    const s = scenario();
    const meta = join(s.dir, 'metadata.json');
    const r = await s.docker([
      'buildx',
      'build',
      '--platform',
      'linux/amd64',
      '--provenance=false',
      '--metadata-file',
      meta,
      '--output',
      output(none),
      '.',
    ]);
    expect(r.code).toBe(0);
    const m = parseMetadataFile(readFileSync(meta, 'utf8'));
    expect(m.mediaType).toBe('application/vnd.docker.distribution.manifest.v2+json');
    expect(m.configDigest).toMatch(/^sha256:/);
    const manifest = JSON.parse(await raw(none, `fixtures/app@${m.digest}`)) as {
      config: { digest: string };
    };
    expect(manifest.config.digest).toBe(m.configDigest);
  });

  test.each(['basic', 'token'] as const)('%s auth with the credentials of config.json', async (mode) => {
    const reg = mode === 'basic' ? basic : token;
    const s = scenario({}, { [reg.host]: basicAuth });
    const meta = join(s.dir, 'metadata.json');
    const r = await s.docker([
      'buildx',
      'build',
      '--platform',
      'linux/amd64',
      '--metadata-file',
      meta,
      '--output',
      output(reg),
      '.',
    ]);
    expect(r.stderr).not.toContain('ERROR');
    const m = parseMetadataFile(readFileSync(meta, 'utf8'));
    expect(sha(await raw(reg, `fixtures/app@${m.digest}`))).toBe(m.digest);
  });

  test('without login: the recorded 401 on the first blob HEAD', async () => {
    const s = scenario();
    const r = await s.docker([
      'buildx',
      'build',
      '--platform',
      'linux/amd64',
      '--output',
      output(basic),
      '.',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n').pop()).toMatch(
      new RegExp(
        `^ERROR: failed to build: failed to solve: failed to push ${basic.host}/fixtures/app: unexpected status from HEAD request to http://${basic.host}/v2/fixtures/app/blobs/sha256:[0-9a-f]{64}: 401 Unauthorized$`,
      ),
    );
  });
});

describe('recorded refusals', () => {
  test('unknown flag: exit 125 and the recorded stderr', async () => {
    const r = await scenario().docker(['buildx', 'build', '--frobnicate', '.']);
    expect(r.code).toBe(125);
    expect(r.stderr).toBe(readFileSync(join(BUILDX_FIXTURES, 'errors', 'unknown-build-flag.stderr'), 'utf8'));
  });

  test.each([
    ['dockerfile-syntax-error', ['-f', 'Dockerfile.syntax-error']],
    ['run-fails', ['-f', 'Dockerfile.run-fails']],
    [
      'index-annotation-single-platform',
      ['--provenance=false', '--annotation', 'index:org.opencontainers.image.description=x'],
    ],
  ])('%s: same last line as recorded', async (name, flags) => {
    const r = await scenario().docker([
      'buildx',
      'build',
      '--platform',
      'linux/amd64',
      ...flags,
      '--output',
      output(none),
      '.',
    ]);
    const recorded = readFileSync(join(BUILDX_FIXTURES, 'errors', `${name}.stderr`), 'utf8');
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n').pop()).toBe(recorded.trimEnd().split('\n').pop());
  });

  test('an unexpanded {{defaultContext}} is a missing local path, as for real buildx', async () => {
    const r = await scenario().docker([
      'buildx',
      'build',
      '--platform',
      'linux/amd64',
      '--output',
      output(none),
      '{{defaultContext}}:api',
    ]);
    expect(r).toMatchObject({
      code: 1,
      stderr: 'ERROR: unable to prepare context: path "{{defaultContext}}:api" not found\n',
    });
  });

  test('docker driver refuses push-by-digest until a docker-container builder is created', async () => {
    const s = scenario({ BUILDX_DOUBLE_DRIVER: 'docker' });
    const first = await s.docker([
      'buildx',
      'build',
      '--platform',
      'linux/amd64',
      '--output',
      output(none),
      '.',
    ]);
    expect(first.stderr).toBe(
      readFileSync(join(BUILDX_FIXTURES, 'errors', 'docker-driver-push-by-digest.stderr'), 'utf8'),
    );
    expect(parseInspect((await s.docker(['buildx', 'inspect'])).stdout)).toMatchObject({
      name: 'default',
      driver: 'docker',
    });
    const created = await s.docker([
      'buildx',
      'create',
      '--name',
      'dia',
      '--driver',
      'docker-container',
      '--use',
      '--bootstrap',
    ]);
    expect(created).toMatchObject({ code: 0, stdout: 'dia\n' });
    expect(
      parseLsJson((await s.docker(['buildx', 'ls', '--format', 'json'])).stdout).find((b) => b.current),
    ).toMatchObject({ name: 'dia', driver: 'docker-container', status: 'running' });
    expect(
      (await s.docker(['buildx', 'build', '--platform', 'linux/amd64', '--output', output(none), '.'])).code,
    ).toBe(0);
    expect((await s.docker(['buildx', 'rm', 'dia'])).code).toBe(0);
    expect(s.log().map((l) => l.argv.slice(0, 2).join(' '))).toEqual([
      'buildx build',
      'buildx inspect',
      'buildx create',
      'buildx ls',
      'buildx build',
      'buildx rm',
    ]);
  });

  test('foreign platform without QEMU fails at RUN; binfmt install fixes it', async () => {
    const s = scenario();
    const foreign = process.arch === 'arm64' ? 'linux/amd64' : 'linux/arm64';
    const args = ['buildx', 'build', '--platform', foreign, '--output', output(none), '.'];
    expect((await s.docker(args)).stderr).toContain('exec format error');
    expect(
      (
        await s.docker([
          'run',
          '--privileged',
          '--rm',
          'tonistiigi/binfmt',
          '--install',
          foreign.split('/')[1]!,
        ])
      ).code,
    ).toBe(0);
    expect((await s.docker(args)).code).toBe(0);
  });
});

describe('gha cache', () => {
  const cache = ['--cache-to', 'type=gha,scope=app-linux-amd64,mode=max'];
  test('dropped silently without ACTIONS_* env', async () => {
    const s = scenario();
    const r = await s.docker([
      'buildx',
      'build',
      '--platform',
      'linux/amd64',
      ...cache,
      '--output',
      output(none),
      '.',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('cache');
    expect(s.log()[0]?.actionsEnv).toEqual([]);
  });
  test('a malformed runtime token fails as recorded, unless ignore-error', async () => {
    const s = scenario({ ACTIONS_RUNTIME_TOKEN: 'fake', ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/' });
    const r = await s.docker([
      'buildx',
      'build',
      '--platform',
      'linux/amd64',
      ...cache,
      '--output',
      output(none),
      '.',
    ]);
    expect(r.stderr.trimEnd().split('\n').pop()).toBe(
      'ERROR: failed to build: failed to solve: failed to configure gha cache exporter: token is malformed: token contains an invalid number of segments',
    );
    const ok = await s.docker([
      'buildx',
      'build',
      '--platform',
      'linux/amd64',
      '--cache-to',
      'type=gha,mode=max,ignore-error=true',
      '--output',
      output(none),
      '.',
    ]);
    expect(ok.code).toBe(0);
    expect(s.log()[0]?.actionsEnv).toEqual(['ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN']);
  });
});

describe('the CLI adapter drives the double', () => {
  function recorder(): Log & { lines: string[] } {
    const lines: string[] = [];
    return {
      lines,
      debug: () => {},
      info: (m) => void lines.push(m),
      warning: (m) => void lines.push(`warning: ${m}`),
      error: (m) => void lines.push(`error: ${m}`),
      group: (_n, fn) => fn(),
    };
  }

  test('the Dify build through buildInvocation: secret file, git context, push, metadata', async () => {
    const s = scenario();
    const secretDir = join(s.dir, 'secrets');
    mkdirSync(secretDir);
    const inv = buildInvocation(
      {
        context: '{{defaultContext}}:api',
        platform: 'linux/arm64',
        images: [`${none.host}/langgenius/dify-api`],
        buildArgs: ['COMMIT_SHA=4f8e2a9c1b7d3e5f60718293a4b5c6d7e8f90a1b'],
        labels: ['org.opencontainers.image.title=dify'],
        metadataFile: join(s.dir, 'metadata.json'),
        githubToken: 'ghs_not_in_argv',
      },
      {
        serverUrl: 'https://github.com',
        repository: 'langgenius/dify',
        sha: '4f8e2a9c1b7d3e5f60718293a4b5c6d7e8f90a1b',
        ref: 'refs/heads/main',
        runId: '9',
        repositoryPrivate: false,
        env: {},
        secretDir,
      },
    );
    for (const f of inv.secretFiles) writeFileSync(f.path, f.content, { mode: 0o600 });
    const log = recorder();
    await createDockerCli({ run: execCommands(log), env: s.env, cwd: project }).run(inv.args);
    expect(log.lines[0]).toMatch(/^\[command\]docker buildx build /);
    expect(log.lines).toContain(
      '#1 [internal] load git source https://github.com/langgenius/dify.git#4f8e2a9c1b7d3e5f60718293a4b5c6d7e8f90a1b:api',
    );
    expect(s.log()[0]?.argv).toEqual(inv.args);
    expect(JSON.stringify(s.log())).not.toContain('ghs_not_in_argv');
    const m = parseMetadataFile(readFileSync(join(s.dir, 'metadata.json'), 'utf8'));
    expect(sha(await raw(none, `langgenius/dify-api@${m.digest}`))).toBe(m.digest);
  });

  test('a transient push failure is classified, and the retry succeeds', async () => {
    const s = scenario({ BUILDX_DOUBLE_FAIL_PUSH: '1' });
    const cli = createDockerCli({ run: execCommands(recorder()), env: s.env, cwd: project });
    const args = ['buildx', 'build', '--platform', 'linux/amd64', '--output', output(none), '.'];
    const err = await cli.run(args).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CommandFailedError);
    expect((err as CommandFailedError).exitCode).toBe(1);
    expect(classifyBuildFailure((err as CommandFailedError).stderrTail)).toMatchObject({
      kind: 'transient-push',
    });
    expect((await cli.run(args)).exitCode).toBe(0);
  });

  test('stdout is captured; allowFailure answers instead of throwing', async () => {
    const s = scenario({ BUILDX_DOUBLE_VERSION: '0.20.1' });
    const cli = createDockerCli({ run: execCommands(recorder()), env: s.env });
    expect((await cli.run(['buildx', 'version'])).stdout).toBe(
      'github.com/docker/buildx v0.20.1 b1281b81bba797b21d9eaf256e6a13eb14419836\n',
    );
    expect(await cli.run(['buildx', 'inspect', 'nope'], { allowFailure: true })).toEqual({
      exitCode: 1,
      stdout: '',
      stderrTail: 'ERROR: no builder "nope" found',
    });
  });
});

describe('builders as buildx v0.28 creates them', () => {
  const lsCurrent = async (s: ReturnType<typeof scenario>) =>
    parseLsJson((await s.docker(['buildx', 'ls', '--format', 'json'])).stdout).find((b) => b.current)?.name;

  test('the recorded create: options, config file and flags are kept; without --use the current builder stays', async () => {
    const s = scenario();
    const config = join(s.dir, 'buildkitd.toml');
    writeFileSync(config, '# a comment buildx drops\ninsecure-entitlements = ["network.host"]\n');
    const r = await s.docker([
      ...['buildx', 'create', '--name', 'fx-dc', '--driver', 'docker-container'],
      ...['--driver-opt', 'network=host', '--driver-opt', 'image=127.0.0.1:5000/lab/buildkit:local'],
      ...['--buildkitd-config', config, '--buildkitd-flags', '--debug', '--bootstrap'],
    ]);
    // recorded: build2/builder/create.stdout and the boot progress of create.stderr
    expect(r.stdout).toBe(readFileSync(join(BUILDX_FIXTURES, 'build2', 'builder', 'create.stdout'), 'utf8'));
    expect(r.stderr).toContain('#1 pulling image 127.0.0.1:5000/lab/buildkit:local');
    expect(await lsCurrent(s)).toBe('container-builder');
    const node = (
      JSON.parse(
        (await s.docker(['buildx', 'ls', '--format', 'json'])).stdout
          .trim()
          .split('\n')
          .find((l) => l.includes('"fx-dc"'))!,
      ) as { Nodes: { DriverOpts: object; Files: Record<string, string>; Flags: string[] }[] }
    ).Nodes[0]!;
    expect(node.DriverOpts).toEqual({ network: 'host', image: '127.0.0.1:5000/lab/buildkit:local' });
    expect(Buffer.from(node.Files['buildkitd.toml']!, 'base64').toString()).toBe(
      'insecure-entitlements = ["network.host"]\n',
    );
    expect(node.Flags).toEqual(['--debug', '--allow-insecure-entitlement=network.host']);
    expect((await s.docker(['buildx', 'inspect', 'fx-dc'])).stdout).toContain(
      'File#buildkitd.toml:\n > insecure-entitlements = ["network.host"]',
    );
    // recorded: rm prints "<name> removed" on stderr (build2/builder/rm.stderr)
    expect((await s.docker(['buildx', 'rm', 'fx-dc'])).stderr).toBe(
      readFileSync(join(BUILDX_FIXTURES, 'build2', 'builder', 'rm.stderr'), 'utf8'),
    );
  });

  test('--use makes it current, use puts the previous one back', async () => {
    const s = scenario();
    await s.docker(['buildx', 'create', '--name', 'other', '--use', '--bootstrap']);
    expect(await lsCurrent(s)).toBe('other');
    expect(await s.docker(['buildx', 'use', 'container-builder'])).toMatchObject({ code: 0, stdout: '' });
    expect(await lsCurrent(s)).toBe('container-builder');
  });

  test('remote: the endpoint is the builder node; it needs one', async () => {
    const s = scenario();
    const created = await s.docker([
      ...['buildx', 'create', '--name', 'rb', '--driver', 'remote'],
      ...['--driver-opt', 'cacert=/ca.pem,servername=buildkitd', '--bootstrap', 'tcp://buildkitd:1234'],
    ]);
    expect(created).toMatchObject({ code: 0, stdout: 'rb\n', stderr: '' });
    const inspected = parseInspect((await s.docker(['buildx', 'inspect', 'rb'])).stdout);
    expect(inspected).toMatchObject({ name: 'rb', driver: 'remote', status: 'running' });
    expect((await s.docker(['buildx', 'inspect', 'rb'])).stdout).toContain(
      'Endpoint:         tcp://buildkitd:1234\nDriver Options:   cacert="/ca.pem" servername="buildkitd"',
    );
    expect((await s.docker(['buildx', 'create', '--name', 'rb2', '--driver', 'remote'])).code).toBe(1);
  });

  test.each([
    [['--driver', 'cloud'], 1, 'ERROR: failed to find driver "cloud"\n'],
    [['--frobnicate'], 125, 'unknown flag: --frobnicate'],
    [['--driver-opt', 'novalue'], 1, 'ERROR: invalid value "novalue", expecting k=v\n'],
  ])('create %j is refused', async (flags, code, stderr) => {
    const r = await scenario().docker(['buildx', 'create', '--name', 'x', ...flags]);
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(stderr);
  });
});

describe('binfmt installer', () => {
  const install = (image: string) => ['run', '--privileged', '--rm', image, '--install', 'arm64'];

  test('any tag of the binfmt image installs the emulator', async () => {
    const s = scenario();
    expect((await s.docker(install('tonistiigi/binfmt:qemu-v9.2.2'))).code).toBe(0);
    expect(parseInspect((await s.docker(['buildx', 'inspect'])).stdout).platforms).toContain('linux/arm64');
  });

  test('offline: the recorded pull failure of the daemon', async () => {
    const r = await scenario({ BUILDX_DOUBLE_OFFLINE: '1' }).docker(install('tonistiigi/binfmt'));
    const recorded = (name: string) => readFileSync(join(BUILDX_FIXTURES, 'build2', 'builder', name), 'utf8');
    expect(r.code).toBe(Number(recorded('binfmt-lab-dockerd.exit')));
    expect(r.stderr).toBe(recorded('binfmt-lab-dockerd.stderr'));
    expect(r.stdout).toBe('');
  });
});

describe('build records', () => {
  const build = (s: ReturnType<typeof scenario>, meta: string, extra: string[] = []) =>
    s.docker([
      ...['buildx', 'build', '--platform', 'linux/amd64', '--metadata-file', meta],
      ...extra,
      ...['--output', output(none), '.'],
    ]);

  test('ls, inspect and export take the last element of buildx.build.ref', async () => {
    const s = scenario();
    const meta = join(s.dir, 'metadata.json');
    expect((await build(s, meta)).code).toBe(0);
    const { buildRef } = parseMetadataFile(readFileSync(meta, 'utf8'));
    const ref = buildRef.split('/').pop()!;
    const listed = (await s.docker(['buildx', 'history', 'ls', '--format', 'json'])).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(listed).toHaveLength(1);
    // the keys of history/ls-format-json.stdout, in its order
    expect(Object.keys(listed[0]!)).toEqual(
      Object.keys(
        JSON.parse(
          readFileSync(join(BUILDX_FIXTURES, 'history', 'ls-format-json.stdout'), 'utf8').split('\n')[0]!,
        ) as object,
      ),
    );
    expect(listed[0]).toMatchObject({ ref: buildRef, status: 'Completed' });
    const inspected = await s.docker(['buildx', 'history', 'inspect', ref, '--format', 'json']);
    expect(JSON.parse(inspected.stdout)).toMatchObject({
      Ref: ref,
      Status: 'completed',
      Platform: ['linux/amd64'],
    });
    // recorded: the full ref is not a history ref (history/inspect-full-ref.*)
    const full = await s.docker(['buildx', 'history', 'inspect', buildRef]);
    expect(full.code).toBe(
      Number(readFileSync(join(BUILDX_FIXTURES, 'history', 'inspect-full-ref.exit'), 'utf8')),
    );
    expect(full.stderr).toBe(`ERROR: no record found for ref ${JSON.stringify(buildRef)}\n`);
    const file = join(s.dir, 'x.dockerbuild');
    const exported = await s.docker([
      'buildx',
      'history',
      'export',
      '--builder',
      'container-builder',
      ref,
      '--output',
      file,
    ]);
    expect(exported).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(file)).toEqual(
      readFileSync(join(BUILDX_FIXTURES, 'build2', 'history', 'export.dockerbuild')),
    );
  });

  test('a failed build leaves an Error record; a refused one leaves none', async () => {
    const s = scenario();
    expect((await build(s, join(s.dir, 'm.json'), ['-f', 'Dockerfile.run-fails'])).code).toBe(1);
    expect((await s.docker(['buildx', 'build', '--frobnicate', '.'])).code).toBe(125);
    const listed = (await s.docker(['buildx', 'history', 'ls', '--format', 'json'])).stdout
      .trim()
      .split('\n');
    expect(listed).toHaveLength(1);
    expect(JSON.parse(listed[0]!)).toMatchObject({ status: 'Error' });
  });
});
