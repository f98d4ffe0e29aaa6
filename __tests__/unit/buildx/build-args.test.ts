import { describe, expect, test } from 'vitest';
import { buildInvocation, type BuildEnvironment, type BuildOptions } from '../../../src/buildx/build-args.js';
import { InputError } from '../../../src/base/input-error.js';

const SHA = '4f8e2a9c1b7d3e5f60718293a4b5c6d7e8f90a1b';
const RUN_URL = 'https://github.com/langgenius/dify/actions/runs/123/attempts/1';
const LABELS = [
  'org.opencontainers.image.created=2025-01-10T00:30:00.000Z',
  'org.opencontainers.image.description=The next-gen LLM app platform',
  'org.opencontainers.image.licenses=NOASSERTION',
  `org.opencontainers.image.revision=${SHA}`,
  'org.opencontainers.image.source=https://github.com/langgenius/dify',
  'org.opencontainers.image.title=dify',
  'org.opencontainers.image.url=https://github.com/langgenius/dify',
  'org.opencontainers.image.version=main',
];

const ENV: BuildEnvironment = {
  serverUrl: 'https://github.com',
  repository: 'langgenius/dify',
  sha: SHA,
  ref: 'refs/heads/main',
  runId: '123',
  runAttempt: '1',
  repositoryPrivate: false,
  // A runner always gives actions their runtime token; the type=gha cache needs it.
  env: { ACTIONS_RUNTIME_TOKEN: 'runtime-token' },
  secretDir: '/tmp/run/secrets',
};

const DIFY: BuildOptions = {
  context: '{{defaultContext}}:api',
  platform: 'linux/arm64',
  images: ['langgenius/dify-api'],
  buildArgs: [`COMMIT_SHA=${SHA}`],
  labels: LABELS,
  metadataFile: '/tmp/run/metadata.json',
  githubToken: 'ghs_secret123',
};

const labelArgs = LABELS.flatMap((l) => ['--label', l]);
const DEFAULT_CACHE = [
  '--cache-from',
  'type=gha,scope=langgenius/dify-api-linux-arm64',
  '--cache-to',
  'type=gha,scope=langgenius/dify-api-linux-arm64,mode=max,ignore-error=true',
];
const DEFAULT_OUTPUT = [
  '--output',
  'type=image,name=langgenius/dify-api,push-by-digest=true,name-canonical=true,push=true',
];
const GIT = `https://github.com/langgenius/dify.git#${SHA}`;

describe('buildInvocation: the Dify api build', () => {
  const inv = buildInvocation(DIFY, ENV);

  test('whole argv', () => {
    expect(inv.args).toEqual([
      'buildx',
      'build',
      '--build-arg',
      `COMMIT_SHA=${SHA}`,
      ...DEFAULT_CACHE,
      ...labelArgs,
      ...DEFAULT_OUTPUT,
      '--platform',
      'linux/arm64',
      '--provenance',
      `mode=max,builder-id=${RUN_URL}`,
      '--secret',
      'id=GIT_AUTH_TOKEN,src=/tmp/run/secrets/secret-1',
      '--metadata-file',
      '/tmp/run/metadata.json',
      `${GIT}:api`,
    ]);
  });

  test('the token travels in a file, never in argv', () => {
    expect(inv.secretFiles).toEqual([{ path: '/tmp/run/secrets/secret-1', content: 'ghs_secret123' }]);
    expect(inv.secretValues).toEqual(['ghs_secret123']);
    expect(inv.args.join(' ')).not.toContain('ghs_secret123');
  });
});

const base: BuildOptions = { context: '.', platform: 'linux/amd64', images: ['127.0.0.1:5000/fixtures/app'] };
const CACHE_APP = [
  '--cache-from',
  'type=gha,scope=127.0.0.1:5000/fixtures/app-linux-amd64',
  '--cache-to',
  'type=gha,scope=127.0.0.1:5000/fixtures/app-linux-amd64,mode=max,ignore-error=true',
];
const OUT_APP = [
  '--output',
  'type=image,name=127.0.0.1:5000/fixtures/app,push-by-digest=true,name-canonical=true,push=true',
];
const PROV_MAX = ['--provenance', `mode=max,builder-id=${RUN_URL}`];

test.each<[string, Partial<BuildOptions>, Partial<BuildEnvironment>, string[]]>([
  [
    'local context, defaults',
    {},
    {},
    [...CACHE_APP, ...OUT_APP, '--platform', 'linux/amd64', ...PROV_MAX, '.'],
  ],
  [
    'several images: one quoted name= field',
    { images: ['docker.io/langgenius/dify-api', 'ghcr.io/langgenius/dify-api'] },
    {},
    [
      '--cache-from',
      'type=gha,scope=docker.io/langgenius/dify-api-linux-amd64',
      '--cache-to',
      'type=gha,scope=docker.io/langgenius/dify-api-linux-amd64,mode=max,ignore-error=true',
      '--output',
      'type=image,"name=docker.io/langgenius/dify-api,ghcr.io/langgenius/dify-api",push-by-digest=true,name-canonical=true,push=true',
      '--platform',
      'linux/amd64',
      ...PROV_MAX,
      '.',
    ],
  ],
  [
    'private repository: min provenance, inline-only',
    {},
    { repositoryPrivate: true },
    [
      ...CACHE_APP,
      ...OUT_APP,
      '--platform',
      'linux/amd64',
      '--provenance',
      `mode=min,inline-only=true,builder-id=${RUN_URL}`,
      '.',
    ],
  ],
  [
    'unknown visibility counts as private',
    {},
    { repositoryPrivate: undefined },
    [
      ...CACHE_APP,
      ...OUT_APP,
      '--platform',
      'linux/amd64',
      '--provenance',
      `mode=min,inline-only=true,builder-id=${RUN_URL}`,
      '.',
    ],
  ],
  [
    'BUILDX_NO_DEFAULT_ATTESTATIONS=1: no provenance flag',
    {},
    { env: { ACTIONS_RUNTIME_TOKEN: 'runtime-token', BUILDX_NO_DEFAULT_ATTESTATIONS: '1' } },
    [...CACHE_APP, ...OUT_APP, '--platform', 'linux/amd64', '.'],
  ],
  [
    'provenance false',
    { provenance: 'false' },
    {},
    [...CACHE_APP, ...OUT_APP, '--platform', 'linux/amd64', '--provenance', 'false', '.'],
  ],
  [
    'provenance true: builder id only',
    { provenance: 'true' },
    {},
    [...CACHE_APP, ...OUT_APP, '--platform', 'linux/amd64', '--provenance', `builder-id=${RUN_URL}`, '.'],
  ],
  [
    'provenance attributes keep an explicit builder-id',
    { provenance: 'mode=max,builder-id=me' },
    {},
    [...CACHE_APP, ...OUT_APP, '--platform', 'linux/amd64', '--provenance', 'mode=max,builder-id=me', '.'],
  ],
  [
    'no cache when lists are empty; sbom',
    { cacheFrom: [], cacheTo: [], sbom: 'true' },
    {},
    [...OUT_APP, '--platform', 'linux/amd64', ...PROV_MAX, '--sbom', 'true', '.'],
  ],
  [
    'user caches, file, target, annotations, contexts',
    {
      cacheFrom: ['type=registry,ref=x/cache'],
      cacheTo: ['type=inline'],
      file: 'docker/Dockerfile',
      target: 'prod',
      annotations: ['manifest:a=b'],
      buildContexts: ['base=docker-image://alpine'],
    },
    {},
    [
      '--annotation',
      'manifest:a=b',
      '--build-context',
      'base=docker-image://alpine',
      '--cache-from',
      'type=registry,ref=x/cache',
      '--cache-to',
      'type=inline',
      '--file',
      'docker/Dockerfile',
      ...OUT_APP,
      '--platform',
      'linux/amd64',
      ...PROV_MAX,
      '--target',
      'prod',
      '.',
    ],
  ],
  [
    'secret files and envs, ssh, ulimit, shm, network, no-cache, pull, builder, call',
    {
      cacheFrom: [],
      cacheTo: [],
      secretFiles: ['npmrc=/home/r/.npmrc'],
      secretEnvs: ['TOKEN=MY_TOKEN'],
      ssh: ['default'],
      ulimit: ['nofile=1024:1024'],
      shmSize: '2g',
      network: 'host',
      noCache: true,
      pull: true,
      builder: 'b1',
      call: 'check',
    },
    {},
    // A check exports nothing: no --output, no attestation.
    [
      '--call',
      'check',
      '--platform',
      'linux/amd64',
      '--secret',
      'id=npmrc,src=/home/r/.npmrc',
      '--secret',
      'id=TOKEN,env=MY_TOKEN',
      '--shm-size',
      '2g',
      '--ssh',
      'default',
      '--ulimit',
      'nofile=1024:1024',
      '--builder',
      'b1',
      '--network',
      'host',
      '--no-cache',
      '--pull',
      '.',
    ],
  ],
  [
    'a docker exporter output gets no default provenance',
    {
      outputs: ['type=image,name=x/y,push-by-digest=true,push=true', 'type=docker'],
      cacheFrom: [],
      cacheTo: [],
    },
    {},
    [
      '--output',
      'type=image,name=x/y,push-by-digest=true,push=true',
      '--output',
      'type=docker',
      '--platform',
      'linux/amd64',
      '.',
    ],
  ],
  [
    'pull request: the default context fetches the PR ref',
    { context: '', cacheFrom: [], cacheTo: [], provenance: 'false' },
    { ref: 'refs/pull/7/merge' },
    [
      ...OUT_APP,
      '--platform',
      'linux/amd64',
      '--provenance',
      'false',
      'https://github.com/langgenius/dify.git#refs/pull/7/merge',
    ],
  ],
])('%s', (_name, opts, env, expected) => {
  expect(buildInvocation({ ...base, ...opts }, { ...ENV, ...env }).args).toEqual([
    'buildx',
    'build',
    ...expected,
  ]);
});

test('secrets become files; an explicit GIT_AUTH_TOKEN wins over the token', () => {
  const inv = buildInvocation(
    { ...DIFY, secrets: ['GIT_AUTH_TOKEN=mine', 'PIP_INDEX=https://u:p@x/simple'] },
    ENV,
  );
  expect(inv.args.filter((_, i) => inv.args[i - 1] === '--secret')).toEqual([
    'id=GIT_AUTH_TOKEN,src=/tmp/run/secrets/secret-1',
    'id=PIP_INDEX,src=/tmp/run/secrets/secret-2',
  ]);
  expect(inv.secretFiles.map((f) => f.content)).toEqual(['mine', 'https://u:p@x/simple']);
  expect(inv.args.join(' ')).not.toMatch(/mine|u:p@/);
});

test('no GIT_AUTH_TOKEN for a local context', () => {
  expect(buildInvocation({ ...base, githubToken: 't' }, ENV).args).not.toContain('--secret');
});

test.each<[string, Partial<BuildOptions>, string, RegExp]>([
  ['a secret without =', { secrets: ['hunter2'] }, 'secrets', /an entry is not KEY=value/],
  ['a secret file without =', { secretFiles: ['npmrc'] }, 'secret-files', /"npmrc" is not KEY=path/],
  ['no images', { images: [] }, 'images', /is empty/],
  [
    'outputs that do not push by digest',
    { outputs: ['type=image,name=x/y,push=true'] },
    'outputs',
    /does not push by digest/,
  ],
  ['{{defaultContext}} in the middle', { context: 'x/{{defaultContext}}' }, 'context', /in the middle/],
])('bad input: %s', (_name, opts, input, message) => {
  const run = () => buildInvocation({ ...base, ...opts }, ENV);
  expect(run).toThrow(InputError);
  expect(run).toThrow(message);
  try {
    run();
  } catch (e) {
    expect((e as InputError).input).toBe(input);
    expect((e as Error).message).not.toContain('hunter2');
  }
});

describe('validation builds, several platforms, build-push-action flags', () => {
  const CACHE_FROM_ONLY = ['--cache-from', 'type=gha,scope=127.0.0.1:5000/fixtures/app-linux-amd64'];
  test.each<[string, Partial<BuildOptions>, Partial<BuildEnvironment>, string[], boolean]>([
    [
      'push: false keeps only the cache, reads the release scope, writes none',
      { push: false },
      {},
      [...CACHE_FROM_ONLY, '--output', 'type=cacheonly', '--platform', 'linux/amd64', ...PROV_MAX, '.'],
      false,
    ],
    [
      'push: false needs no image',
      { push: false, images: [], cacheFrom: [] },
      {},
      ['--output', 'type=cacheonly', '--platform', 'linux/amd64', ...PROV_MAX, '.'],
      false,
    ],
    [
      'push: false with load: --load and no --output',
      { push: false, load: true, cacheFrom: [] },
      {},
      ['--platform', 'linux/amd64', ...PROV_MAX, '--load', '.'],
      false,
    ],
    [
      'push: false with local outputs passes them through',
      { push: false, outputs: ['type=oci,dest=/tmp/x.tar', 'type=local,dest=/tmp/out'], cacheFrom: [] },
      {},
      [
        '--output',
        'type=oci,dest=/tmp/x.tar',
        '--output',
        'type=local,dest=/tmp/out',
        '--platform',
        'linux/amd64',
        ...PROV_MAX,
        '.',
      ],
      false,
    ],
    [
      'push: false writes the cache only when asked',
      { push: false, cacheTo: ['type=gha,scope=pr,mode=max'] },
      {},
      [
        ...CACHE_FROM_ONLY,
        '--cache-to',
        'type=gha,scope=pr,mode=max',
        '--output',
        'type=cacheonly',
        '--platform',
        'linux/amd64',
        ...PROV_MAX,
        '.',
      ],
      false,
    ],
    [
      'two platforms in one job: one --platform, one scope for both',
      { platform: 'linux/amd64,linux/arm64', cacheTo: [] },
      {},
      [
        '--cache-from',
        'type=gha,scope=127.0.0.1:5000/fixtures/app-linux-amd64_linux-arm64',
        ...OUT_APP,
        '--platform',
        'linux/amd64,linux/arm64',
        ...PROV_MAX,
        '.',
      ],
      true,
    ],
    [
      "build-push-action's flags in its order",
      {
        cacheFrom: [],
        cacheTo: [],
        addHosts: ['db:10.0.0.5'],
        allow: ['network.host'],
        attests: ['type=sbom'],
        cgroupParent: '/actions',
        noCacheFilters: ['deps'],
      },
      {},
      [
        '--add-host',
        'db:10.0.0.5',
        '--allow',
        'network.host',
        '--attest',
        'type=sbom',
        '--cgroup-parent',
        '/actions',
        '--no-cache-filter',
        'deps',
        ...OUT_APP,
        '--platform',
        'linux/amd64',
        ...PROV_MAX,
        '.',
      ],
      true,
    ],
    [
      'a type=provenance attest replaces the default provenance',
      { cacheFrom: [], cacheTo: [], attests: ['type=provenance,mode=max'] },
      {},
      ['--attest', 'type=provenance,mode=max', ...OUT_APP, '--platform', 'linux/amd64', '.'],
      true,
    ],
    [
      'reproducible: rewrite-timestamp on the output, no provenance',
      { cacheFrom: [], cacheTo: [], reproducible: true },
      {},
      [
        '--output',
        'type=image,name=127.0.0.1:5000/fixtures/app,push-by-digest=true,name-canonical=true,push=true,rewrite-timestamp=true',
        '--platform',
        'linux/amd64',
        '--provenance',
        'false',
        '.',
      ],
      true,
    ],
    [
      'no ACTIONS_RUNTIME_TOKEN: no type=gha flag at all',
      {},
      { env: {} },
      [...OUT_APP, '--platform', 'linux/amd64', ...PROV_MAX, '.'],
      true,
    ],
  ])('%s', (_name, opts, env, expected, pushes) => {
    const inv = buildInvocation({ ...base, ...opts }, { ...ENV, ...env });
    expect(inv.args).toEqual(['buildx', 'build', ...expected]);
    expect(inv.pushes).toBe(pushes);
  });

  test('the dropped gha cache is reported, so the log can say so', () => {
    expect(buildInvocation(base, { ...ENV, env: {} }).droppedGhaCache).toBe(true);
    expect(buildInvocation(base, ENV).droppedGhaCache).toBe(false);
    expect(
      buildInvocation({ ...base, cacheFrom: [], cacheTo: [] }, { ...ENV, env: {} }).droppedGhaCache,
    ).toBe(false);
  });

  test.each<[string, Partial<BuildOptions>, RegExp]>([
    [
      'a pushing output with push: false',
      { push: false, outputs: ['type=registry,name=x/y'] },
      /pushes while push is false/,
    ],
    [
      'an image output with push=true and push: false',
      { push: false, outputs: ['type=image,name=x/y,push=true'] },
      /pushes while push is false/,
    ],
  ])('bad input: %s', (_name, opts, message) => {
    expect(() => buildInvocation({ ...base, ...opts }, ENV)).toThrow(message);
  });
});

test('a type=gha cache is recognised wherever its type field stands', () => {
  const reordered = buildInvocation({ ...base, cacheFrom: ['scope=app,type=gha'], cacheTo: [] }, ENV);
  expect(reordered.usesGhaCache).toBe(true);
  expect(
    buildInvocation({ ...base, cacheFrom: ['type=registry,ref=x/y:cache'], cacheTo: [] }, ENV).usesGhaCache,
  ).toBe(false);
});
