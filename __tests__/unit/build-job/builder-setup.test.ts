import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CommandFailedError, lastMeaningfulLine, type CommandResult } from '../../../src/base/command.js';
import type { Log } from '../../../src/base/ports.js';
import { setUpBuilder, tearDownBuilder, type SetupOptions } from '../../../src/build-job/builder-setup.js';
import type { DockerCli } from '../../../src/buildx/cli.js';
import { DEFAULT_QEMU_IMAGE, type BuilderInputs } from '../../../src/inputs/builder.js';
import { BUILDX_FIXTURES } from '../../support/paths.js';

const recorded = (...p: string[]) => readFileSync(join(BUILDX_FIXTURES, ...p), 'utf8');

/** A docker CLI answering from recordings: argv prefix -> result or recorded failure. */
function fakeDocker(answers: Array<[string, Partial<CommandResult> | CommandFailedError]>) {
  const calls: string[][] = [];
  const seen: Array<string | undefined> = [];
  const docker: DockerCli = {
    run: (args, options) => {
      calls.push([...args]);
      const line = args.join(' ');
      // the longest matching prefix answers
      const hit = answers
        .filter(([prefix]) => line.startsWith(prefix))
        .sort((a, b) => b[0].length - a[0].length)[0];
      if (line.startsWith('buildx create')) {
        const at = args.indexOf('--buildkitd-config');
        seen.push(at >= 0 ? readFileSync(args[at + 1]!, 'utf8') : undefined);
      }
      const answer = hit?.[1] ?? {};
      if (answer instanceof CommandFailedError) {
        if (options?.allowFailure)
          return Promise.resolve({ exitCode: answer.exitCode, stdout: '', stderrTail: answer.stderrTail });
        return Promise.reject(answer);
      }
      return Promise.resolve({ exitCode: 0, stdout: '', stderrTail: '', ...answer });
    },
  };
  return { docker, calls, seen };
}

const quiet: Log & { lines: string[] } = {
  lines: [],
  debug: () => {},
  info(m) {
    this.lines.push(m);
  },
  warning(m) {
    this.lines.push(`warning: ${m}`);
  },
  error: () => {},
  group: (_n, fn) => fn(),
};

const versionAndInspect = (inspect: string): Array<[string, Partial<CommandResult>]> => [
  ['buildx version', { stdout: recorded('builders', 'version.stdout') }],
  ['buildx inspect', { stdout: recorded('builders', inspect) }],
];

function options(newBuilder: Partial<BuilderInputs> = {}, extra: Partial<SetupOptions> = {}): SetupOptions {
  return {
    platform: 'linux/amd64',
    runnerArch: 'X64',
    ghaCache: false,
    newBuilderName: 'dia-test',
    buildArgs: [],
    newBuilder: {
      configured: false,
      driver: 'docker-container',
      driverOpts: [],
      qemuImage: DEFAULT_QEMU_IMAGE,
      ...newBuilder,
    },
    tempDir: mkdtempSync(join(tmpdir(), 'dia-setup-')),
    ...extra,
  };
}

describe('QEMU', () => {
  test.each(['binfmt-lab-dockerd', 'binfmt-unreachable-daemon'])(
    "a failed install names the daemon's reason (%s, recorded)",
    async (name) => {
      const stderr = recorded('build2', 'builder', `${name}.stderr`);
      const exit = Number(recorded('build2', 'builder', `${name}.exit`));
      const { docker } = fakeDocker([
        ...versionAndInspect('inspect-lab-dc.stdout'),
        ['run', new CommandFailedError('docker', ['run'], exit, stderr)],
      ]);
      const reason = stderr
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('docker:'))
        .pop()!;
      // the hint after the daemon's message is not the reason
      expect(lastMeaningfulLine(stderr)).toBe(reason);
      await expect(setUpBuilder(docker, options({}, { platform: 'linux/riscv64' }), quiet)).rejects.toThrow(
        `QEMU for riscv64 could not be installed with ${DEFAULT_QEMU_IMAGE} (exit code 125): ${reason}`,
      );
    },
  );

  test('the configured image installs it', async () => {
    const { docker, calls } = fakeDocker(versionAndInspect('inspect-lab-dc.stdout'));
    await setUpBuilder(
      docker,
      options({ qemuImage: 'ghcr.io/mirror/binfmt:qemu-v9.2.2' }, { platform: 'linux/riscv64' }),
      quiet,
    );
    expect(calls).toContainEqual([
      'run',
      '--privileged',
      '--rm',
      'ghcr.io/mirror/binfmt:qemu-v9.2.2',
      '--install',
      'riscv64',
    ]);
  });

  test('not for a remote builder: registering emulators here does not reach it', async () => {
    const { docker, calls } = fakeDocker([
      ...versionAndInspect('inspect-lab-dockerd.stdout'),
      [
        'buildx inspect dia-test',
        {
          stdout: recorded('builders', 'inspect-lab.stdout').replace(
            'Name:          lab',
            'Name:          dia-test',
          ),
        },
      ],
    ]);
    const setup = await setUpBuilder(
      docker,
      options(
        { configured: true, driver: 'remote', endpoint: 'tcp://b:1234' },
        { platform: 'linux/riscv64' },
      ),
      quiet,
    );
    expect(calls.some((c) => c[0] === 'run')).toBe(false);
    expect(setup).toMatchObject({ builder: 'dia-test', createdBuilder: 'dia-test', createdDriver: 'remote' });
    expect(quiet.lines.at(-1)).toMatch(
      /^warning: the remote builder lists linux\/amd64, .* not linux\/riscv64/,
    );
  });
});

describe('the builder this step creates', () => {
  test('configured: created even though the current one could be reused; its name saved first; the inline config lives only during create', async () => {
    const saved: string[] = [];
    const { docker, calls, seen } = fakeDocker(versionAndInspect('inspect-lab-dc.stdout'));
    const o = options(
      {
        configured: true,
        driverOpts: ['network=host'],
        buildkitdConfigInline: 'debug = true\n',
        buildkitdFlags: '--debug',
      },
      { onCreating: (name, driver) => saved.push(`${name} ${driver} before ${calls.length} calls`) },
    );
    const setup = await setUpBuilder(docker, o, quiet);
    expect(saved).toEqual(['dia-test docker-container before 2 calls']);
    const create = calls.find((c) => c[1] === 'create')!;
    const config = join(o.tempDir, 'buildkitd.toml');
    expect(create).toEqual([
      ...[
        'buildx',
        'create',
        '--name',
        'dia-test',
        '--driver',
        'docker-container',
        '--driver-opt',
        'network=host',
      ],
      ...['--buildkitd-config', config, '--buildkitd-flags', '--debug', '--bootstrap'],
    ]);
    expect(seen).toEqual(['debug = true\n']);
    expect(existsSync(config)).toBe(false);
    expect(calls.some((c) => c.includes('--use') || c[1] === 'use')).toBe(false);
    expect(setup.builder).toBe('dia-test');
  });

  test('a create that fails still had its name saved for the post step', async () => {
    const saved: string[] = [];
    const { docker } = fakeDocker([
      ...versionAndInspect('inspect-lab-dockerd.stdout'),
      [
        'buildx create',
        new CommandFailedError('docker', ['buildx', 'create'], 1, 'ERROR: failed to bootstrap'),
      ],
    ]);
    await expect(
      setUpBuilder(docker, options({}, { onCreating: (n) => saved.push(n) }), quiet),
    ).rejects.toThrow('failed to bootstrap');
    expect(saved).toEqual(['dia-test']);
  });
});

describe('tear-down', () => {
  test.each([
    [
      'docker-container',
      [
        ['logs', 'buildx_buildkit_b0'],
        ['buildx', 'rm', 'b'],
      ],
    ],
    ['remote', [['buildx', 'rm', 'b']]],
    ['kubernetes', [['buildx', 'rm', 'b']]],
  ])('after a failed build on %s', async (driver, expected) => {
    const { docker, calls } = fakeDocker([]);
    await tearDownBuilder(docker, 'b', true, quiet, driver);
    expect(calls).toEqual(expected);
  });
});
