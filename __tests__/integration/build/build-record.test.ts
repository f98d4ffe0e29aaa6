// The build record and the job summary through the bundled action, as docker/build-push-action v6
// gives them: `.dockerbuild` uploaded to the local artifact service, the summary in
// GITHUB_STEP_SUMMARY, both turned off by build-push-action's variables.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startArtifactService, type ArtifactService } from '../../support/artifact-service/server.mjs';
import { API_CONTEXT, buildJob } from '../../support/build-job.js';
import { BUILDX_FIXTURES } from '../../support/paths.js';
import { startRegistry, type TestRegistry } from '../../support/registry/index.js';

let registry: TestRegistry;
let service: ArtifactService;
beforeAll(async () => {
  [registry, service] = await Promise.all([
    startRegistry({ auth: 'none' }),
    startArtifactService({ repository: 'langgenius/dify' }),
  ]);
});
afterAll(async () => Promise.all([registry?.stop(), service?.close()]));

const RECORDED_BUNDLE = readFileSync(join(BUILDX_FIXTURES, 'build2', 'history', 'export.dockerbuild'));
const inputs = (overrides: Record<string, string> = {}) => ({
  mode: 'build',
  context: API_CONTEXT,
  platform: 'linux/amd64',
  images: `${registry.host}/dify/api`,
  'cache-from': 'none',
  'cache-to': 'none',
  ...overrides,
});
let runs = 0;
/** A build job of its own run, with the artifact service's runtime token. */
function job(env: Record<string, string> = {}) {
  const run = `81${++runs}`;
  return {
    run,
    j: buildJob({ BUILDX_DOUBLE_DRIVER: 'docker-container', ...service.clientEnv(run, 'build'), ...env }),
  };
}
const historyCalls = (calls: string[][]) =>
  calls.filter((argv) => argv[1] === 'history').map((argv) => argv[2]);

describe('build record and summary', () => {
  test('a pushed build: the record exported and uploaded, the summary shows the build', async () => {
    const { run, j } = job({ DOCKER_BUILD_RECORD_RETENTION_DAYS: '3' });
    const step = await j.step(inputs());
    expect(step.errors).toEqual([]);
    // (the artifact service answers no repository data: that warning is not about the record)
    expect(step.warnings.filter((w) => /record|summary/i.test(w))).toEqual([]);
    const ref = (JSON.parse(step.outputs.metadata!) as Record<string, string>)['buildx.build.ref']!;
    const short = ref.split('/').pop()!;
    // history takes the last element of the ref, on the builder the ref names
    expect(j.calls().filter((argv) => argv[1] === 'history')).toEqual([
      ['buildx', 'history', 'inspect', '--builder', 'container-builder', short, '--format', 'json'],
      [
        ...['buildx', 'history', 'export', '--builder', 'container-builder', short, '--output'],
        expect.stringMatching(/\.dockerbuild$/) as unknown as string,
      ],
    ]);
    const name = `langgenius~dify~${short.slice(0, 6).toUpperCase()}.dockerbuild`;
    const [artifact] = service.artifacts(run);
    expect(artifact).toMatchObject({ name });
    const days = (Date.parse(artifact!.expiresAt!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(2.9);
    expect(days).toBeLessThan(3.1);
    const zip = unzipSync(new Uint8Array(service.blob(run, name)!));
    expect(Object.keys(zip)).toEqual([name]);
    expect(Buffer.from(zip[name]!)).toEqual(RECORDED_BUNDLE);

    expect(step.summary).toContain('### Build linux/amd64\n');
    expect(step.summary).toMatch(
      new RegExp(
        `\\| linux/amd64 \\| <code>${step.outputs.digest}</code> \\| \\d+\\.\\d s \\| 0 of \\d+ \\(0 %\\) \\| <code>container-builder</code> \\|`,
      ),
    );
    expect(step.summary).toContain(
      `Build record: [<code>${name}</code>](https://github.com/langgenius/dify/actions/runs/2000000001/artifacts/${artifact!.id})`,
    );
  });

  test('a failed build: the record of the failure is uploaded, the summary names the step', async () => {
    const { run, j } = job();
    const context = mkdtempSync(join(tmpdir(), 'dia-broken-'));
    writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\nRUN exit 3\n');
    const step = await j.step(inputs({ context: '.' }), { cwd: context, env: { GITHUB_WORKSPACE: context } });
    expect(step.exitCode).toBe(1);
    expect(historyCalls(j.calls())).toEqual(['ls', 'inspect', 'export']);
    expect(service.artifacts(run).map((a) => a.name)).toEqual([
      expect.stringMatching(/^langgenius~dify~\w{6}\.dockerbuild$/),
    ]);
    expect(step.summary).toContain('### Build linux/amd64 failed');
    expect(step.summary).toContain('| linux/amd64 | <code>[2/2] RUN exit 3</code> (Dockerfile:2) |');
    expect(step.summary).toContain('Error: <code>failed to build: failed to solve: process');
  });

  test('DOCKER_BUILD_RECORD_UPLOAD=false: the summary, nothing uploaded', async () => {
    const { run, j } = job({ DOCKER_BUILD_RECORD_UPLOAD: 'false' });
    const step = await j.step(inputs());
    expect(step.errors).toEqual([]);
    expect(historyCalls(j.calls())).toEqual(['inspect']);
    expect(service.artifacts(run)).toEqual([]);
    expect(step.summary).toContain(`<code>${step.outputs.digest}</code>`);
    expect(step.summary).not.toContain('Build record:');
  });

  test('DOCKER_BUILD_SUMMARY=false: no summary and no record', async () => {
    const { run, j } = job({ DOCKER_BUILD_SUMMARY: 'false' });
    const step = await j.step(inputs());
    expect(step.errors).toEqual([]);
    expect(historyCalls(j.calls())).toEqual([]);
    expect(service.artifacts(run)).toEqual([]);
    expect(step.summary).toBe('');
  });

  test('an upload the service refuses is a warning; the build succeeds', async () => {
    const { run, j } = job();
    service.failRpc('CreateArtifact', 403, 10, 'forbidden');
    try {
      const step = await j.step(inputs());
      expect(step.exitCode).toBe(0);
      expect(step.outputs.digest).toMatch(/^sha256:/);
      expect(step.warnings.join('\n')).toMatch(/^The build record was not uploaded: /m);
      expect(step.summary).toContain('The build record could not be uploaded');
      expect(service.artifacts(run)).toEqual([]);
    } finally {
      service.clearFaults();
    }
  });
});
