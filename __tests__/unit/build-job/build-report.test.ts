import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CommandFailedError, type CommandResult } from '../../../src/base/command.js';
import type { FileUpload } from '../../../src/artifact/file-artifact.js';
import { recordArtifactName, reportBuild, type BuildOutcome } from '../../../src/build-job/build-report.js';
import { reportSettings } from '../../../src/build-job/report-settings.js';
import { formatElapsed, renderBuildSummary } from '../../../src/build-job/build-summary.js';
import { BuildxBuildError } from '../../../src/build-job/run-build.js';
import type { DockerCli } from '../../../src/buildx/cli.js';
import { classifyBuildFailure } from '../../../src/buildx/failures.js';
import { parseMetadataFile } from '../../../src/buildx/metadata-file.js';
import { BUILDX_FIXTURES } from '../../support/paths.js';
import { recordingContext } from '../../support/fake-context.js';

const read = (...p: string[]) => readFileSync(join(BUILDX_FIXTURES, ...p), 'utf8');
const metadata = parseMetadataFile(read('build2', 'history', 'build.metadata.json'));
const inspectJson = read('build2', 'history', 'inspect-format-json.stdout');
const RUNNER = {
  ACTIONS_RUNTIME_TOKEN: 'token',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'langgenius/dify',
  GITHUB_RUN_ID: '42',
};

describe("build-push-action's variables", () => {
  test.each([
    [{}, { summary: true, upload: true }],
    [{ DOCKER_BUILD_SUMMARY: 'false' }, { summary: false, upload: true }],
    [
      { DOCKER_BUILD_SUMMARY: '0', DOCKER_BUILD_RECORD_UPLOAD: 'False' },
      { summary: false, upload: false },
    ],
    [
      { DOCKER_BUILD_RECORD_UPLOAD: 'true', DOCKER_BUILD_RECORD_RETENTION_DAYS: '7' },
      { upload: true, retentionDays: 7 },
    ],
    [{ DOCKER_BUILD_RECORD_RETENTION_DAYS: '0' }, {}],
  ])('%j', (env, expected) => {
    const settings = reportSettings(env);
    expect(settings).toMatchObject({ ...expected, warnings: [] });
    if (!('retentionDays' in expected)) expect(settings.retentionDays).toBeUndefined();
  });

  test.each([
    [{ DOCKER_BUILD_SUMMARY: 'nope' }, 'DOCKER_BUILD_SUMMARY="nope" is not a boolean; it stays on'],
    [
      { DOCKER_BUILD_RECORD_RETENTION_DAYS: 'a week' },
      'DOCKER_BUILD_RECORD_RETENTION_DAYS="a week" is not a number of days',
    ],
  ])('%j is a warning, not a failure', (env, warning) => {
    const settings = reportSettings(env);
    expect(settings).toMatchObject({ summary: true, upload: true });
    expect(settings.retentionDays).toBeUndefined();
    expect(settings.warnings[0]).toContain(warning);
  });

  test('artifact name: repository and the ref, as build-push-action', () => {
    expect(recordArtifactName(RUNNER, metadata.buildRef)).toBe('langgenius~dify~O7H546.dockerbuild');
  });
});

describe('summary', () => {
  test('a pushed build: digest, duration and cache from the record, and the artifact', () => {
    const md = renderBuildSummary({
      platform: 'linux/amd64',
      images: ['ghcr.io/langgenius/dify-api'],
      builder: { name: 'dify-image-action-1', created: true },
      digest: metadata.digest,
      record: {
        ref: 'x',
        name: 'x',
        status: 'completed',
        durationMs: 135.7,
        steps: { total: 8, completed: 8, cached: 2 },
      },
      artifact: {
        name: 'langgenius~dify~O7H546.dockerbuild',
        id: 7,
        url: 'https://github.com/langgenius/dify/actions/runs/42/artifacts/7',
      },
    });
    expect(md).toContain(
      `| linux/amd64 | <code>${metadata.digest}</code> | 0.1 s | 2 of 8 (25 %) | <code>dify-image-action-1</code> (created) |`,
    );
    expect(md).toContain(
      'Build record: [<code>langgenius~dify~O7H546.dockerbuild</code>](https://github.com/langgenius/dify/actions/runs/42/artifacts/7) (artifact 7)',
    );
  });

  test('a failed build: the step and where it is, text from the Dockerfile escaped', () => {
    const failure = classifyBuildFailure(read('errors', 'run-fails.stderr'));
    const md = renderBuildSummary({
      platform: 'linux/arm64',
      images: [],
      builder: { created: false },
      failure: { step: failure.step!, location: failure.location!, message: 'a | b <script>' },
    });
    expect(md).toMatch(/^### Build linux\/arm64 failed\n/);
    expect(md).toContain(
      `| linux/arm64 | <code>${failure.step!.replace(/&/g, '&amp;')}</code> (Dockerfile.run-fails:`,
    );
    expect(md).toContain('Error: <code>a &#124; b &lt;script&gt;</code>');
  });

  test.each([
    [135.7, '0.1 s'],
    [12_400, '12 s'],
    [125_000, '2 min 5 s'],
    [3_780_000, '1 h 3 min'],
  ])('%d ms is %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });
});

describe('export and upload never fail the build', () => {
  function docker(fail: Record<string, CommandFailedError> = {}) {
    const calls: string[][] = [];
    const cli: DockerCli = {
      run: (args) => {
        calls.push([...args]);
        const sub = `${args[1]} ${args[2]}`;
        if (fail[sub]) return Promise.reject(fail[sub]);
        const stdout =
          sub === 'history inspect'
            ? inspectJson
            : sub === 'history ls'
              ? read('history', 'ls-format-json.stdout')
              : '';
        return Promise.resolve<CommandResult>({ exitCode: 0, stdout, stderrTail: '' });
      },
    };
    return { cli, calls };
  }
  const uploads: FileUpload[] = [];
  const deps = {
    tempDir: '/tmp',
    artifacts: () =>
      Promise.resolve({
        uploadFile: (u: FileUpload) => {
          uploads.push(u);
          return Promise.resolve({ id: 9 });
        },
      }),
  };
  const outcome: BuildOutcome = {
    platform: 'linux/amd64',
    images: ['127.0.0.1:5000/fixtures/build2'],
    builder: 'lab',
    createdBuilder: false,
    started: new Date(),
    metadata,
  };

  test('success: inspect and export on the builder of the ref, upload with the retention days', async () => {
    const ctx = recordingContext({ ...RUNNER, DOCKER_BUILD_RECORD_RETENTION_DAYS: '3' });
    const { cli, calls } = docker();
    const md = await reportBuild(cli, ctx, outcome, deps);
    expect(calls.map((c) => c.slice(1, 5))).toEqual([
      ['history', 'inspect', '--builder', 'lab'],
      ['history', 'export', '--builder', 'lab'],
    ]);
    expect(uploads.at(-1)).toMatchObject({ name: 'langgenius~dify~O7H546.dockerbuild', retentionDays: 3 });
    expect(md).toContain('| 2 of 8 (25 %) |');
    expect(md).toContain('(artifact 9)');
    expect(ctx.warnings).toEqual([]);
  });

  test('an export that fails is a warning; the summary says so', async () => {
    const ctx = recordingContext(RUNNER);
    const { cli } = docker({
      'history export': new CommandFailedError(
        'docker',
        ['buildx', 'history'],
        1,
        'ERROR: no record found for ref "x"',
      ),
    });
    const md = await reportBuild(cli, ctx, outcome, deps);
    expect(ctx.warnings).toEqual([
      'The build record was not uploaded: docker buildx history failed with exit code 1: ERROR: no record found for ref "x"',
    ]);
    expect(md).toContain('The build record could not be uploaded');
    expect(md).toContain(metadata.digest);
  });

  test('a failed build: its record found by time, the failing step from buildx', async () => {
    const ctx = recordingContext(RUNNER);
    const { cli, calls } = docker();
    const error = new BuildxBuildError(classifyBuildFailure(read('errors', 'run-fails.stderr')));
    const md = await reportBuild(
      cli,
      ctx,
      { ...outcome, metadata: undefined, error, started: new Date('2026-11-27T15:16:43Z') },
      deps,
    );
    expect(calls[0]).toEqual(['buildx', 'history', 'ls', '--builder', 'lab', '--format', 'json']);
    expect(calls[1]?.[5]).toBe('zb6mlo7cm48l9jud1t3yuz3az');
    expect(md).toContain('### Build linux/amd64 failed');
    expect(md).toContain('Dockerfile.run-fails:');
  });

  test('DOCKER_BUILD_SUMMARY=false: nothing at all', async () => {
    const ctx = recordingContext({ ...RUNNER, DOCKER_BUILD_SUMMARY: 'false' });
    const { cli, calls } = docker();
    expect(await reportBuild(cli, ctx, outcome, deps)).toBeUndefined();
    expect(calls).toEqual([]);
  });

  test('DOCKER_BUILD_RECORD_UPLOAD=false: the summary, no export', async () => {
    const ctx = recordingContext({ ...RUNNER, DOCKER_BUILD_RECORD_UPLOAD: 'false' });
    const { cli, calls } = docker();
    const md = await reportBuild(cli, ctx, outcome, deps);
    expect(calls.map((c) => c[2])).toEqual(['inspect']);
    expect(md).toContain('| 2 of 8 (25 %) |');
    expect(md).not.toContain('Build record:');
  });
});
