import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  buildkitdConfigFlag,
  describeBackend,
  detectDocker,
  hostRunnerArch,
} from '../../scripts/pipeline-docker.mjs';
import { ROOT } from '../support/paths.js';

/**
 * A directory with a fake `docker` that logs its arguments and answers `buildx version` and
 * `info` as told: docker 28 without the buildx plugin and without a daemon prints what this one
 * prints when they fail.
 */
function fakeDocker(answers: { buildx: boolean; daemon: boolean }): { dir: string; log: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dia-fake-docker-'));
  const log = join(dir, 'calls.log');
  writeFileSync(
    join(dir, 'docker'),
    [
      '#!/bin/sh',
      `echo "$*" >> '${log}'`,
      'case "$1 $2" in',
      '  "buildx version")',
      answers.buildx
        ? '    echo "github.com/docker/buildx v0.28.0 b1281b81bcef3ac5e3d6fbd6a0b26f4e3e4eb9e6"; exit 0 ;;'
        : `    echo "docker: unknown command: docker buildx" >&2; echo >&2; echo "Run 'docker --help' for more information" >&2; exit 1 ;;`,
      '  "info --format")',
      answers.daemon
        ? '    echo "28.2.2"; exit 0 ;;'
        : '    echo "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?" >&2; exit 1 ;;',
      'esac',
      'exit 1',
      '',
    ].join('\n'),
  );
  chmodSync(join(dir, 'docker'), 0o755);
  return { dir, log };
}

const calls = (log: string): string[] =>
  existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) : [];

describe('which docker the pipeline builds with', () => {
  test('no docker on PATH: the double', () => {
    const empty = mkdtempSync(join(tmpdir(), 'dia-no-docker-'));
    expect(detectDocker({ env: { PATH: empty } })).toEqual({
      real: false,
      reason: 'no docker command on PATH',
    });
  });

  test('docker without buildx: the double, with buildx’s own first line as the reason', () => {
    const fake = fakeDocker({ buildx: false, daemon: true });
    expect(detectDocker({ env: { PATH: fake.dir } })).toEqual({
      real: false,
      reason: 'docker buildx version failed: docker: unknown command: docker buildx',
    });
    expect(calls(fake.log)).toEqual(['buildx version']);
  });

  test('buildx without a daemon: the double', () => {
    const fake = fakeDocker({ buildx: true, daemon: false });
    const detected = detectDocker({ env: { PATH: fake.dir } });
    expect(detected).toEqual({
      real: false,
      reason:
        'no Docker daemon: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    });
  });

  test('buildx and a daemon: real Docker', () => {
    const fake = fakeDocker({ buildx: true, daemon: true });
    const detected = detectDocker({ env: { PATH: fake.dir } });
    expect(detected).toEqual({
      real: true,
      buildx: 'github.com/docker/buildx v0.28.0 b1281b81bcef3ac5e3d6fbd6a0b26f4e3e4eb9e6',
      server: '28.2.2',
    });
    expect(calls(fake.log)).toEqual(['buildx version', 'info --format {{.ServerVersion}}']);
    expect(describeBackend(detected)).toBe(
      'Docker 28.2.2 with github.com/docker/buildx v0.28.0 b1281b81bcef3ac5e3d6fbd6a0b26f4e3e4eb9e6: building examples/project for real',
    );
  });

  test('--double: the double without asking docker anything', () => {
    const fake = fakeDocker({ buildx: true, daemon: true });
    expect(detectDocker({ env: { PATH: fake.dir }, forceDouble: true })).toEqual({
      real: false,
      reason: '--double given',
    });
    expect(calls(fake.log)).toEqual([]);
  });

  test('the line printed for the double says why, in one line', () => {
    const line = describeBackend({ real: false, reason: 'no docker command on PATH' });
    expect(line).toBe(
      'No Docker with buildx here (no docker command on PATH): running on the buildx double instead',
    );
    expect(describeBackend({ real: false, reason: '--double given' })).toBe(
      'Running on the buildx double (--double given)',
    );
  });

  test.each([
    ['github.com/docker/buildx v0.12.1 30feaa1', '--config'],
    ['github.com/docker/buildx v0.13.0 0de5f1c', '--buildkitd-config'],
    ['github.com/docker/buildx v0.28.0 b1281b8', '--buildkitd-config'],
    ['github.com/docker/buildx 1.0.0', '--buildkitd-config'],
  ])('%s creates builders with %s', (version, flag) => {
    expect(buildkitdConfigFlag(version)).toBe(flag);
  });

  test.each([
    ['x64', 'X64'],
    ['arm64', 'ARM64'],
  ])('node arch %s is runner arch %s', (arch, runner) => {
    expect(hostRunnerArch(arch)).toBe(runner);
  });
});

/** Runs `node scripts/pipeline.mjs` as `npm run pipeline` does, with PATH given. */
function runPipeline(
  args: string[],
  path: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'pipeline.mjs'), ...args], {
      cwd: ROOT,
      env: { ...process.env, PATH: path },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', failed);
    child.on('close', (code) => done({ code: code ?? 1, stdout, stderr }));
  });
}

describe('npm run pipeline', () => {
  test('without buildx it says so in its first line and runs the whole pipeline on the double', async () => {
    const fake = fakeDocker({ buildx: false, daemon: false });
    const run = await runPipeline([], `${fake.dir}${delimiter}${process.env.PATH ?? ''}`);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(
      'No Docker with buildx here (docker buildx version failed: docker: unknown command: docker buildx): running on the buildx double instead',
    );
    expect(run.stdout).toMatch(
      /\/langgenius\/dify-api: sha256:[0-9a-f]{64} \(linux\/(amd64,linux\/arm64|arm64,linux\/amd64)\)/,
    );
    expect(run.stdout).toMatch(/\/langgenius\/dify-web:main\n/);
    expect(run.stdout).toContain(
      'pipeline: 4 builds, 4 digest artifacts, 2 multi-platform indexes pushed and verified',
    );
  }, 60_000);

  test('--double never asks the docker on PATH, even one that has buildx', async () => {
    const fake = fakeDocker({ buildx: true, daemon: true });
    const run = await runPipeline(
      ['--double', '--tag', '1.9.0'],
      `${fake.dir}${delimiter}${process.env.PATH ?? ''}`,
    );
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('Running on the buildx double (--double given)');
    // Dify's tags for a release tag.
    expect(run.stdout).toMatch(/\/langgenius\/dify-web:latest\n.*\/langgenius\/dify-web:1\.9\.0\n/);
    expect(calls(fake.log)).toEqual([]);
  }, 60_000);
});
