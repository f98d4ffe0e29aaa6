import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBuildRecord } from '../artifact/build-record.js';
import { buildReporter } from '../build-job/build-report.js';
import { buildContextLabel, dockerfileInWorkspace } from '../build-job/build-context.js';
import { withSourceDateEpoch } from '../build-job/source-date-epoch.js';
import { setUpBuilder, type BuildSetup } from '../build-job/builder-setup.js';
import { restoreCacheMounts } from '../build-job/cache-mounts.js';
import { BUILD_STATE } from '../build-job/state.js';
import { runBuildx } from '../build-job/run-build.js';
import { buildInvocation, type BuildEnvironment, type BuildInvocation } from '../buildx/build-args.js';
import { CheckFailedError, evaluateCall } from '../build-job/evaluate-call.js';
import { createDockerCli, type DockerCli } from '../buildx/cli.js';
import { parseMetadataFile, type BuildMetadata } from '../buildx/metadata-file.js';
import { readEventContext } from '../github/event-context.js';
import type { BuildInputs } from '../inputs/build.js';
import { logIn } from '../login/login.js';
import { textOutputs } from '../meta/outputs.js';
import { isLoopback, parseRepository } from '../oci/reference.js';
import { RegistryClient } from '../registry/client.js';
import { dockerCredentials } from '../registry/credentials.js';
import { resolveMetadataWithExpressions } from '../github/metadata-sources.js';
import type { ModeContext } from '../base/ports.js';
import type { ModeResult } from './result.js';

export interface BuildDeps {
  docker?: DockerCli;
}

/**
 * The `build` mode: one platform (or several in one index), pushed by digest, or a validation
 * build that pushes nothing, or a `--call` that only evaluates. Login first, then QEMU and the
 * builder only when needed, cache mounts restored, then `buildx build` with the labels and build
 * arguments the metadata engine computed; a pushed digest is handed to `export-digest` through
 * a record in RUNNER_TEMP.
 */
export async function runBuild(
  inputs: BuildInputs,
  ctx: ModeContext,
  deps: BuildDeps = {},
): Promise<ModeResult> {
  const event = readEventContext(ctx.env);
  const env = withSourceDateEpoch(inputs, ctx.env, event.commitDate);
  // The created label follows SOURCE_DATE_EPOCH too, or a reproducible build would not be.
  const { meta, expand } = await resolveMetadataWithExpressions(inputs.metadata, { ...ctx, env });
  const buildArgs = inputs.buildArgs.map(expand);
  const temp = join(env['RUNNER_TEMP'] || tmpdir(), 'dify-image-action', `build-${randomUUID()}`);
  const metadataFile = join(temp, 'metadata.json');
  const buildEnv: BuildEnvironment = {
    serverUrl: env['GITHUB_SERVER_URL'] || 'https://github.com',
    repository: env['GITHUB_REPOSITORY'] ?? '',
    sha: env['GITHUB_SHA'] ?? '',
    ref: env['GITHUB_REF'] ?? '',
    runId: env['GITHUB_RUN_ID'],
    runAttempt: env['GITHUB_RUN_ATTEMPT'],
    repositoryPrivate: repositoryPrivate(event.payload),
    env,
    secretDir: join(temp, 'secrets'),
  };
  // Annotations are applied only when the workflow asked for them; the output says what was.
  const annotations = inputs.metadata.annotations.length > 0 ? meta.annotations : [];
  // Everything is validated (and the argument list built) before anything is set up or pushed.
  const invocation = buildInvocation(
    {
      ...inputs,
      platform: inputs.platform.text,
      buildArgs,
      // An empty computed label (the API was unreachable) must not blank the Dockerfile's own.
      labels: Object.entries(meta.labels)
        .filter(([, v]) => v !== '')
        .map(([k, v]) => `${k}=${v}`),
      annotations,
      metadataFile,
    },
    buildEnv,
  );
  for (const value of invocation.secretValues) ctx.io.setSecret(value);

  await signIn(inputs, ctx, invocation.pushes);
  const docker = deps.docker ?? createDockerCli({ run: ctx.run, env });
  const setup = await ctx.log.group('Setting up buildx', () =>
    setUpBuilder(
      docker,
      {
        builder: inputs.builder,
        platform: inputs.platform.text,
        runnerArch: env['RUNNER_ARCH'],
        ghaCache: invocation.usesGhaCache,
        newBuilderName: `dify-image-action-${randomUUID().slice(0, 8)}`,
        buildArgs: invocation.args,
        newBuilder: inputs.builderOptions,
        tempDir: temp,
        onCreating: (name, driver) => {
          ctx.io.saveState(BUILD_STATE.builder, name);
          ctx.io.saveState(BUILD_STATE.builderDriver, driver);
        },
      },
      ctx.log,
    ),
  );
  if (invocation.droppedGhaCache) {
    ctx.log.info(
      'No ACTIONS_RUNTIME_TOKEN in the environment: the type=gha cache is left out of this build.',
    );
  }
  const cacheMounts = await restoreCacheMounts(
    {
      images: inputs.images,
      mounts: inputs.cacheMounts,
      platforms: inputs.platforms.map((p) => p.text),
      builder: setup.builder,
      buildArgs: invocation.args,
    },
    { docker, ctx },
  );

  const args = withBuilder(invocation.args, setup);
  const dockerfile = dockerfileInWorkspace(inputs.context, inputs.file, env['GITHUB_WORKSPACE']);
  if (inputs.call !== undefined && inputs.call !== 'build') {
    try {
      return await evaluate(docker, { ...invocation, args }, inputs, ctx, dockerfile);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  }
  // buildx writes the metadata file but does not create its folder.
  mkdirSync(temp, { recursive: true, mode: 0o700 });
  let result: BuildMetadata | undefined;
  // The build record and the job summary, as docker/build-push-action v6 (DOCKER_BUILD_* variables).
  const report = buildReporter(docker, ctx, {
    platform: inputs.platform.text,
    images: inputs.images,
    builder: setup.builder,
    createdBuilder: setup.createdBuilder !== undefined,
  });
  try {
    await ctx.log.group(`Building ${inputs.platform.text}`, () =>
      runBuildx(docker, { ...invocation, args }, ctx.log, { dockerfile }),
    );
    // `--load` on some drivers writes no metadata file; a build that pushes always does.
    if (invocation.pushes || existsSync(metadataFile)) {
      result = parseMetadataFile(readFileSync(metadataFile, 'utf8'), { pushed: invocation.pushes });
    }
  } catch (error) {
    ctx.io.saveState(BUILD_STATE.failed, 'true');
    const summary = await report({ error });
    if (summary) await ctx.io.appendSummary(summary);
    throw error;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  const digest = result?.digest ?? '';
  ctx.io.setOutput('digest', digest);

  if (invocation.pushes) {
    const context = buildContextLabel(inputs.context);
    writeBuildRecord(env, {
      version: 1,
      digest,
      // One platform per record; an index of several is known by its digest alone.
      ...(inputs.platforms.length === 1 ? { platform: inputs.platform.text } : {}),
      images: inputs.images,
      ...(context ? { context } : {}),
      ...(/^[0-9a-f]{40}$/.test(buildEnv.sha) ? { commit: buildEnv.sha } : {}),
      ...(env['GITHUB_RUN_ID'] ? { runId: env['GITHUB_RUN_ID'] } : {}),
      ...(env['GITHUB_RUN_ATTEMPT'] ? { runAttempt: Number(env['GITHUB_RUN_ATTEMPT']) } : {}),
    });
  }
  // Validation builds save too: their RUN steps filled the mounts as well, and a pull request's
  // cache entries are scoped to its own ref, where no other branch restores them.
  const cacheMountSummary = await cacheMounts.save();
  const text = textOutputs(
    { ...meta, annotations },
    {
      tags: inputs.metadata.sepTags,
      labels: inputs.metadata.sepLabels,
      annotations: inputs.metadata.sepAnnotations,
    },
  );
  return {
    outputs: {
      digest,
      imageid: result?.configDigest ?? digest,
      metadata: result?.raw ?? '',
      platform: inputs.platform.text,
      'platform-pair': inputs.platform.pair,
      ...text,
    },
    summary: [
      await report(result ? { metadata: result } : {}),
      invocation.pushes
        ? undefined
        : 'Validation build: nothing was pushed and no record was written for export-digest.\n',
      cacheMountSummary.length > 0 ? cacheMountSummary.join('\n') : undefined,
    ]
      .filter((part) => part !== undefined)
      .join('\n'),
  };
}

/** A `--call` other than build: nothing pushed, no record; the result is an output. */
async function evaluate(
  docker: DockerCli,
  invocation: BuildInvocation,
  inputs: BuildInputs,
  ctx: ModeContext,
  dockerfile: string | undefined,
): Promise<ModeResult> {
  const call = inputs.call ?? 'build';
  try {
    const result = await ctx.log.group(`Evaluating ${call}`, () =>
      evaluateCall(docker, invocation, call, ctx.log, dockerfile !== undefined ? { dockerfile } : {}),
    );
    return { outputs: { 'call-result': result.output }, summary: result.summary };
  } catch (error) {
    ctx.io.saveState(BUILD_STATE.failed, 'true');
    if (error instanceof CheckFailedError) await ctx.io.appendSummary(error.summary);
    throw error;
  }
}

/**
 * Logs in and checks push rights (read rights for a build that does not push) on every image
 * before the builder is set up (pulling
 * BuildKit anonymously first is what hits Docker Hub's pull limit). A registry other than
 * loopback with no credentials at all stops here with a clear message: on a fork's pull
 * request the secrets are empty, and the push would fail much later and less clearly.
 */
async function signIn(inputs: BuildInputs, ctx: ModeContext, pushes: boolean): Promise<void> {
  const credentials = dockerCredentials({ env: ctx.env, logins: inputs.logins, run: ctx.run });
  const client = new RegistryClient({ log: ctx.log, credentials, env: ctx.env });
  const repositories = inputs.images.map((image) => parseRepository(image));
  await logIn(inputs.logins, ctx, async (login) => {
    for (const repo of repositories.filter((r) => r.registry === login.registry))
      await client.checkAccess(repo, pushes);
  });
  // A build that pushes nothing needs no credentials (a fork's pull request has none).
  if (!pushes) return;
  for (const repo of repositories) {
    if (isLoopback(repo.registry) || (await credentials(repo.registry)) !== undefined) continue;
    throw new Error(
      `no credentials for ${repo.registry}: set "username" and "password" (secrets are empty on pull requests from forks; guard the job with an "if:")`,
    );
  }
}

function withBuilder(args: readonly string[], setup: BuildSetup): string[] {
  if (setup.builder === undefined || args.includes('--builder')) return [...args];
  const context = args[args.length - 1] ?? '';
  return [...args.slice(0, -1), '--builder', setup.builder, context];
}

function repositoryPrivate(payload: Record<string, unknown>): boolean | undefined {
  const repository = payload['repository'];
  if (typeof repository !== 'object' || repository === null) return undefined;
  const value = (repository as Record<string, unknown>)['private'];
  return typeof value === 'boolean' ? value : undefined;
}
