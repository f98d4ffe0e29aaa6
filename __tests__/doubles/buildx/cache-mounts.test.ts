// The buildx double replays the cache-mount recordings (fixtures/buildx/build2/cache-mount,
// observation 10): builders keep cache mounts between builds, an unchanged RUN is CACHED, the
// export and inject Dockerfiles move files out and in, --no-cache and --no-cache-filter replace
// the mount with an empty one.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { BUILDX_FIXTURES, ROOT } from '../../support/paths.js';

const RECORDED = join(BUILDX_FIXTURES, 'build2', 'cache-mount');
const work = mkdtempSync(join(tmpdir(), 'double-cache-mount-'));
const contexts = join(work, 'cache-mount');
cpSync(join(BUILDX_FIXTURES, 'build2', 'contexts', 'cache-mount'), contexts, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

const env = {
  PATH: `${join(ROOT, '__tests__', 'support', 'buildx-double', 'bin')}${delimiter}${process.env['PATH'] ?? ''}`,
  HOME: work,
  BUILDX_DOUBLE_LOG: join(work, 'log.jsonl'),
  BUILDX_DOUBLE_DRIVER: 'remote',
  SOURCE_DATE_EPOCH: '1578616200',
};

async function docker(args: string[]) {
  const { stdout, stderr } = await promisify(execFile)('docker', args, { env, cwd: contexts });
  return { stdout, stderr };
}

/** The RUN step's output lines and whether it was CACHED, from plain progress. */
function runStep(stderr: string): { output: string[]; cached: boolean } {
  const n = /^#(\d+) \[[^\]]*\] RUN /m.exec(stderr)?.[1];
  const lines = stderr.split('\n').filter((l) => l.startsWith(`#${n} `));
  return {
    output: lines.flatMap((l) => /^#\d+ \d+\.\d+ (.*)$/.exec(l)?.[1] ?? []),
    cached: lines.includes(`#${n} CACHED`),
  };
}

function recorded(name: string) {
  const stderr = readFileSync(join(RECORDED, `${name}.stderr`), 'utf8');
  const metadata = JSON.parse(readFileSync(join(RECORDED, `${name}.metadata.json`), 'utf8')) as object;
  return { run: runStep(stderr), keys: Object.keys(metadata).sort() };
}

const build = (...flags: string[]) => [
  'buildx',
  'build',
  '--progress=plain',
  '--platform',
  'linux/amd64',
  ...flags,
  '--metadata-file',
  join(work, 'metadata.json'),
];
const listing = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);

// The recorded sequence, in order, on one builder (the table of build2/cache-mount in the README).
const SEQUENCE: Array<[string, string[], string?]> = [
  ['1-build', build('--build-arg', 'RUN_ID=1', '--output', 'type=cacheonly', 'app')],
  ['2-same-build', build('--build-arg', 'RUN_ID=1', '--output', 'type=cacheonly', 'app')],
  ['3-build', build('--build-arg', 'RUN_ID=2', '--output', 'type=cacheonly', 'app')],
  [
    '4-export',
    build('--build-arg', 'EXPORT_ID=1', '--output', `type=local,dest=${join(work, 'exported')}`, 'export'),
    join(work, 'exported'),
  ],
  [
    '5-inject',
    build(
      '--build-arg',
      'INJECT_ID=1',
      '-f',
      'inject/Dockerfile',
      '--output',
      'type=cacheonly',
      'inject/payload',
    ),
  ],
  ['6-build', build('--build-arg', 'RUN_ID=3', '--output', 'type=cacheonly', 'app')],
  ['7-no-cache', build('--no-cache', '--build-arg', 'RUN_ID=3', '--output', 'type=cacheonly', 'app')],
  ['8-build', build('--build-arg', 'RUN_ID=4', '--output', 'type=cacheonly', 'app')],
  [
    '9-export-no-cache-filter',
    build(
      '--no-cache-filter',
      'collect',
      '--build-arg',
      'EXPORT_ID=2',
      '--output',
      `type=local,dest=${join(work, 'exported-2')}`,
      'export',
    ),
    join(work, 'exported-2'),
  ],
];

describe('cache mounts on the buildx double, as recorded', () => {
  test('the recorded sequence: what each RUN sees, CACHED, exports, metadata keys', async () => {
    for (const [name, args, exported] of SEQUENCE) {
      const { stderr } = await docker(args);
      const want = recorded(name);
      const got = runStep(stderr);
      expect({ name, ...got }).toEqual({ name, ...want.run });
      const metadata = JSON.parse(readFileSync(join(work, 'metadata.json'), 'utf8')) as object;
      expect({ name, keys: Object.keys(metadata).sort() }).toEqual({ name, keys: want.keys });
      if (exported) {
        const files = readFileSync(join(RECORDED, `${name}.listing.stdout`), 'utf8')
          .split('\n')
          .flatMap((l) => /\.\/(\S+)$/.exec(l)?.[1] ?? []);
        expect({ name, files: listing(exported) }).toEqual({ name, files });
      }
    }
    // 4-export.stamp.stdout: the file build 3 wrote, in busybox's date format.
    expect(readFileSync(join(work, 'exported', 'stamp'), 'utf8')).toMatch(
      /^[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d UTC \d{4}\n$/,
    );
  });

  test('a removed builder takes its cache mounts along; a new one starts empty', async () => {
    const created = (
      await docker(['buildx', 'create', '--name', 'fresh', '--driver', 'docker-container'])
    ).stdout.trim();
    const use = (flags: string[]) => docker([...build(...flags), '--builder', created]);
    await use([
      '--build-arg',
      'INJECT_ID=2',
      '-f',
      'inject/Dockerfile',
      '--output',
      'type=cacheonly',
      'inject/payload',
    ]);
    expect(
      runStep((await use(['--build-arg', 'RUN_ID=9', '--output', 'type=cacheonly', 'app'])).stderr).output,
    ).toEqual(['injected.txt']);
    await docker(['buildx', 'rm', created]);
    await docker(['buildx', 'create', '--name', created, '--driver', 'docker-container']);
    expect(
      runStep((await use(['--build-arg', 'RUN_ID=9', '--output', 'type=cacheonly', 'app'])).stderr).output,
    ).toEqual([]);
  });
});
