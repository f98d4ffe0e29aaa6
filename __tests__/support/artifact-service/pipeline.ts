/**
 * Steps of the Dify pipeline through the bundled action (scripts/runner.mjs), each job with its
 * own runtime token for the test artifact service: a `build` step's hand-off (the build record
 * written into the job's RUNNER_TEMP), `export-digest`, and `merge`.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { runAction, type StepOptions, type StepResult } from '../../../scripts/runner.mjs';
import { writeBuildRecord } from '../../../src/artifact/build-record.js';
import type { DigestRecord } from '../../../src/artifact/digest-record.js';
import { runClient } from './run-driver.js';
import type { ArtifactService } from './server.mjs';

/** The per-platform indexes of the replay set's default build (cases.json "two-platform-default"). */
export const AMD64 = 'sha256:640228d3b1e0d521d9f403a8a889755f3e2d3d3394d3247ae106b2ea9a8647a0';
export const ARM64 = 'sha256:c870ef788cfb6189abcb61cd2e68646cea01125f1fcedf4c1cdbdeacdb426e00';
export const TWO_PLATFORM_INDEX = 'sha256:35bbd102ba1fad1e9a3dc7feb845b69671a96d3a7ed21a21df3b4db5e526f973';

/**
 * The bundle the steps run: dist/index.js, or DIA_TEST_BUNDLE (read, never set, here) to test a
 * private build while dist/ is being rebuilt by someone else.
 */
const entry = process.env['DIA_TEST_BUNDLE'] || undefined;

export const tempDir = (prefix = 'dia-pipeline-'): string => mkdtempSync(join(tmpdir(), prefix));

export interface JobOptions {
  service: ArtifactService;
  run: string;
  job: string;
  inputs?: Record<string, string>;
  env?: Record<string, string | undefined>;
  options?: StepOptions;
}

/** One export-digest step; `built` is what the job's build step recorded (none: no build step ran). */
export async function exportDigest(o: JobOptions & { built?: DigestRecord }): Promise<StepResult> {
  const workdir = tempDir('dia-export-');
  if (o.built !== undefined) writeBuildRecord({ RUNNER_TEMP: join(workdir, 'runner-temp') }, o.built);
  return runAction({
    entry,
    ...o.options,
    workdir,
    inputs: { mode: 'export-digest', ...o.inputs },
    env: { ...o.service.clientEnv(o.run, o.job), ...o.env },
  });
}

/** One merge step with a fresh docker config. */
export function merge(o: JobOptions): Promise<StepResult> {
  return runAction({
    entry,
    ...o.options,
    inputs: { mode: 'merge', ...o.inputs },
    env: { DOCKER_CONFIG: tempDir('dia-docker-config-'), ...o.service.clientEnv(o.run, o.job), ...o.env },
  });
}

/** What `touch /tmp/digests/<hex>` + upload-artifact produce: files named `names`, empty. */
export async function uploadRecipeArtifact(
  service: ArtifactService,
  run: string,
  job: string,
  name: string,
  files: string[],
  content = '',
): Promise<void> {
  const root = tempDir('dia-recipe-');
  for (const file of files) writeFileSync(join(root, file), content);
  const answer = await runClient(
    { op: 'upload', name, root, files: files.map((f) => join(root, f)) },
    service.clientEnv(run, job),
  );
  if (!answer.ok) throw new Error(answer.error.message);
}

/** The files of the newest artifact `name` of `run`, as the service stores them (a zip). */
export function artifactFiles(service: ArtifactService, run: string, name: string): Record<string, string> {
  const blob = service.blob(run, name);
  if (blob === undefined) throw new Error(`no artifact ${name} in run ${run}`);
  const files = unzipSync(new Uint8Array(blob));
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, Buffer.from(v).toString('utf8')]));
}

/** The recipe's merge loop over a directory of digest files. */
export async function recipeSources(dir: string, image: string): Promise<string> {
  const { stdout } = await promisify(execFile)(
    'sh',
    ['-c', `for f in *; do printf "${image}@sha256:%s\\n" "$f"; done`],
    { cwd: dir, encoding: 'utf8' },
  );
  return stdout;
}

/** Whether `tag` exists in `repository` of the registry at `url`. */
export async function tagExists(url: string, repository: string, tag: string): Promise<boolean> {
  // distribution answers 404 for an OCI index unless the request accepts its media type.
  const accept = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
  ].join(', ');
  const head = await fetch(`${url}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { accept },
  });
  if (head.status !== 200 && head.status !== 404)
    throw new Error(`HEAD ${repository}:${tag}: HTTP ${head.status}`);
  return head.status === 200;
}
