import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startArtifactService, type ArtifactService } from '../../support/artifact-service/server.mjs';
import { API_CONTEXT, buildJob } from '../../support/build-job.js';
import { BUILDX_FIXTURES } from '../../support/paths.js';
import { startRegistry, type TestRegistry } from '../../support/registry/index.js';

/**
 * The build mode's other shapes through the bundled action on the buildx double: Dockerfile
 * checks, outline, several platforms in one job, reproducible digests, and `--load` where it
 * cannot work. The double answers as the build2 recordings do.
 */
const CONTEXTS = join(BUILDX_FIXTURES, 'build2', 'contexts');
const recorded = (...p: string[]) => readFileSync(join(BUILDX_FIXTURES, 'build2', ...p), 'utf8');

let registry: TestRegistry;
let artifacts: ArtifactService;
beforeAll(async () => {
  [registry, artifacts] = await Promise.all([
    startRegistry({ auth: 'none' }),
    startArtifactService({ repository: 'langgenius/dify' }),
  ]);
});
afterAll(async () => Promise.all([registry?.stop(), artifacts?.close()]));

/** A copy of a recorded context in a workspace, so that the Dockerfile's path is `Dockerfile`. */
function workspaceWith(context: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dia-shape-'));
  cpSync(join(CONTEXTS, context), dir, { recursive: true });
  return dir;
}

async function catalog(): Promise<string[]> {
  const body = (await (await fetch(`http://${registry.host}/v2/_catalog`)).json()) as {
    repositories: string[];
  };
  return body.repositories;
}

describe('Dockerfile checks', () => {
  test('each finding is a warning on its line, the step fails, the summary lists them, nothing is pushed', async () => {
    const j = buildJob();
    const workspace = workspaceWith('lint');
    const check = await j.step(
      {
        mode: 'build',
        call: 'check',
        context: '.',
        platform: 'linux/amd64',
        images: `${registry.host}/lint/app`,
      },
      { cwd: workspace, env: { GITHUB_WORKSPACE: workspace } },
    );
    expect(check.exitCode).toBe(1);
    expect(check.errors).toEqual([
      'Dockerfile check of Dockerfile found 4 warnings: FromAsCasing (line 1), LegacyKeyValueFormat (line 2), FromPlatformFlagConstDisallowed (line 3), JSONArgsRecommended (line 5)',
    ]);
    const annotations = check.stdout.split('\n').filter((l) => l.startsWith('::warning title='));
    expect(annotations).toEqual([
      "::warning title=FromAsCasing,file=Dockerfile,line=1::'as' and 'FROM' keywords' casing do not match (https://docs.docker.com/go/dockerfile/rule/from-as-casing/)",
      '::warning title=LegacyKeyValueFormat,file=Dockerfile,line=2::"ENV key=value" should be used instead of legacy "ENV key value" format (https://docs.docker.com/go/dockerfile/rule/legacy-key-value-format/)',
      '::warning title=FromPlatformFlagConstDisallowed,file=Dockerfile,line=3::FROM --platform flag should not use constant value "linux/amd64" (https://docs.docker.com/go/dockerfile/rule/from-platform-flag-const-disallowed/)',
      '::warning title=JSONArgsRecommended,file=Dockerfile,line=5::JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (https://docs.docker.com/go/dockerfile/rule/json-args-recommended/)',
    ]);
    expect(check.summary).toContain('### Dockerfile check: 4 warnings');
    expect(check.summary).toContain('| 5 | [JSONArgsRecommended]');
    // A check exports nothing: no --output, no metadata file, no record, no digest.
    const call = j.calls().find((argv) => argv[1] === 'build')!;
    expect(call).toContain('--call');
    expect(call.join(' ')).not.toMatch(/--output|--metadata-file|--provenance/);
    expect(check.outputs['digest']).toBeUndefined();
    expect(await catalog()).not.toContain('lint/app');
  });

  test('a clean Dockerfile passes and says so', async () => {
    const j = buildJob();
    const workspace = workspaceWith('clean');
    // An inline buildkitd config is written to a file for the builder: it must not outlive the step.
    const check = await j.step(
      {
        mode: 'build',
        call: 'check',
        context: '.',
        platform: 'linux/amd64',
        'buildkitd-config-inline': '[worker.oci]\n  max-parallelism = 4',
      },
      { cwd: workspace, env: { GITHUB_WORKSPACE: workspace } },
    );
    expect(check.errors).toEqual([]);
    expect(check.outputs['call-result']).toBe(recorded('check', 'clean.stdout'));
    expect(check.summary).toContain('`Dockerfile`: no warnings.');
    // Nothing is left in RUNNER_TEMP: a check writes no record and removes its files.
    const files = readdirSync(check.temp, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(files.map((e) => e.name)).toEqual([]);
  });

  test.each(['outline', 'targets'])('%s prints the result and sets call-result', async (call) => {
    const j = buildJob();
    const workspace = workspaceWith('clean');
    const step = await j.step(
      { mode: 'build', call, context: '.', platform: 'linux/amd64' },
      { cwd: workspace, env: { GITHUB_WORKSPACE: workspace } },
    );
    expect(step.errors).toEqual([]);
    expect(step.outputs['call-result']).toBe(recorded('check', `${call}.stdout`));
    expect(step.stdout).toContain(recorded('check', `${call}.stdout`).split('\n')[0]);
  });
});

describe('several platforms in one job', () => {
  test('one index pushed by digest, exported by digest, merged like any other source', async () => {
    const j = buildJob(artifacts.clientEnv('7000000001', 'multi'));
    const image = `${registry.host}/multi/app`;
    const build = await j.step({
      mode: 'build',
      context: API_CONTEXT,
      platforms: 'linux/amd64,linux/arm64',
      images: image,
    });
    expect(build.errors).toEqual([]);
    expect(build.outputs['platform']).toBe('linux/amd64,linux/arm64');
    expect(build.outputs['platform-pair']).toBe('linux-amd64_linux-arm64');
    // QEMU for the foreign arm64 on this amd64 runner, then one build of both.
    expect(j.calls().some((argv) => argv[0] === 'run' && argv.at(-1) === 'arm64')).toBe(true);
    const builds = j.calls().filter((argv) => argv[1] === 'build');
    expect(builds).toHaveLength(1);
    expect(builds[0]![builds[0]!.indexOf('--platform') + 1]).toBe('linux/amd64,linux/arm64');
    const index = (await (
      await fetch(`http://${registry.host}/v2/multi/app/manifests/${build.outputs['digest']}`, {
        headers: { accept: 'application/vnd.oci.image.index.v1+json' },
      })
    ).json()) as { manifests: Array<{ platform: { architecture: string } }> };
    expect(index.manifests.map((m) => m.platform.architecture)).toEqual([
      'amd64',
      'arm64',
      'unknown',
      'unknown',
    ]);

    const exported = await j.step({ mode: 'export-digest', context: 'api' });
    expect(exported.errors).toEqual([]);
    expect(exported.outputs['artifact-name']).toBe(
      `digests-api-index-${build.outputs['digest']!.slice(7, 19)}`,
    );

    const merge = await buildJob(artifacts.clientEnv('7000000001', 'merge')).step({
      mode: 'merge',
      context: 'api',
      images: image,
      tags: 'type=raw,value=multi',
      'expected-platforms': 'linux/amd64,linux/arm64',
    });
    expect(merge.errors).toEqual([]);
    expect(merge.outputs['platforms']).toBe('linux/amd64,linux/arm64');
  });
});

describe('reproducible digests', () => {
  const payload = {
    repository: { private: false, default_branch: 'main' },
    head_commit: { timestamp: '2026-11-20T10:00:00Z' },
  };

  test('two builds of one commit push one digest with reproducible: true, two without', async () => {
    const digests = async (reproducible: string): Promise<string[]> => {
      const out: string[] = [];
      for (let i = 0; i < 2; i++) {
        const step = await buildJob().step(
          {
            mode: 'build',
            context: API_CONTEXT,
            platform: 'linux/amd64',
            images: `${registry.host}/repro/app`,
            reproducible,
          },
          { payload },
        );
        expect(step.errors).toEqual([]);
        out.push(step.outputs['digest']!);
      }
      return out;
    };
    const [a, b] = await digests('true');
    expect(a).toBe(b);
    const [c, d] = await digests('false');
    expect(c).not.toBe(d);
  });
});

describe('load', () => {
  test('on a remote BuildKit the error says what to do instead', async () => {
    const j = buildJob({ BUILDX_DOUBLE_DRIVER: 'remote' });
    const step = await j.step({
      mode: 'build',
      context: API_CONTEXT,
      platform: 'linux/amd64',
      push: 'false',
      load: 'true',
    });
    expect(step.exitCode).toBe(1);
    expect(step.errors.at(-1)).toMatch(
      /read\/write on closed pipe; this builder cannot load into the docker daemon \(a remote BuildKit\): use outputs "type=docker,dest=image.tar"/,
    );
  });

  test('on a docker-container builder the image is loaded and nothing is pushed', async () => {
    const j = buildJob({ BUILDX_DOUBLE_DRIVER: 'docker-container' });
    const step = await j.step({
      mode: 'build',
      context: API_CONTEXT,
      platform: 'linux/amd64',
      push: 'false',
      load: 'true',
    });
    expect(step.errors).toEqual([]);
    const call = j.calls().find((argv) => argv[1] === 'build')!;
    expect(call).toContain('--load');
    expect(call).not.toContain('--output');
  });
});
