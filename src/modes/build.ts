import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { writeBuildRecord } from '../artifact/build-record.js';
import { contextLabel } from '../artifact/artifact-name.js';
import { setUpBuilder, type BuildSetup } from '../build-job/builder-setup.js';
import { restoreCacheMounts } from '../build-job/cache-mounts.js';
import { BUILD_STATE } from '../build-job/state.js';
import { runBuildx } from '../build-job/run-build.js';
import { buildInvocation, type BuildEnvironment } from '../buildx/build-args.js';
import { createDockerCli, type DockerCli } from '../buildx/cli.js';
import { parseMetadataFile, type BuildMetadata } from '../buildx/metadata-file.js';
import { readEventContext } from '../github/event-context.js';
import type { BuildInputs } from '../inputs/build.js';
import { logIn } from '../login/login.js';
import { textOutputs } from '../meta/outputs.js';
import { isLoopback, parseRepository } from '../oci/reference.js';
import { RegistryClient } from '../registry/client.js';
import { dockerCredentials } from '../registry/credentials.js';
import { resolveMetadataWithExpressions } from './metadata.js';
import type { ModeContext } from '../base/ports.js';
import type { ModeResult } from './result.js';

export interface BuildDeps {
  docker?: DockerCli;
}

/**
 * The `build` mode: one platform, pushed by digest. Login first, then QEMU and the builder
 * only when needed, then `buildx build` with the labels and build arguments the metadata engine
 * computed; the digest is handed to `export-digest` through a record in RUNNER_TEMP.
 */
export async function runBuild(
  inputs: BuildInputs,
  ctx: ModeContext,
  deps: BuildDeps = {},
): Promise<ModeResult> {
  const env = ctx.env;
  const { meta, expand } = await resolveMetadataWithExpressions(inputs.metadata, ctx);
  const buildArgs = inputs.buildArgs.map(expand);
  const event = readEventContext(env);
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
  // Everything is validated (and the argument list built) before anything is set up or pushed.
  const invocation = buildInvocation(
    {
      ...inputs,
      platform: inputs.platform.text,
      buildArgs,
      labels: Object.entries(meta.labels).map(([k, v]) => `${k}=${v}`),
      annotations: inputs.metadata.annotations.length > 0 ? meta.annotations : [],
      metadataFile,
    },
    buildEnv,
  );
  for (const value of invocation.secretValues) ctx.io.setSecret(value);

  await signIn(inputs, ctx);
  const docker = deps.docker ?? createDockerCli({ run: ctx.run, env });
  const ghaCache = invocation.args.some((a) => a.startsWith('type=gha'));
  const setup = await ctx.log.group('Setting up buildx', () =>
    setUpBuilder(
      docker,
      {
        builder: inputs.builder,
        platform: inputs.platform.text,
        runnerArch: env['RUNNER_ARCH'],
        ghaCache,
        newBuilderName: `dify-image-action-${randomUUID().slice(0, 8)}`,
        buildArgs: invocation.args,
      },
      ctx.log,
    ),
  );
  if (setup.createdBuilder) ctx.io.saveState(BUILD_STATE.builder, setup.createdBuilder);
  if (ghaCache && !env['ACTIONS_RUNTIME_TOKEN']) {
    ctx.log.info('No ACTIONS_RUNTIME_TOKEN in the environment: buildx skips the type=gha cache.');
  }
  const cacheMounts = await restoreCacheMounts(
    {
      images: inputs.images,
      mounts: inputs.cacheMounts,
      platform: inputs.platform.text,
      builder: setup.builder,
      buildArgs: invocation.args,
    },
    { docker, ctx },
  );

  const args = withBuilder(invocation.args, setup);
  // buildx writes the metadata file but does not create its folder.
  mkdirSync(temp, { recursive: true, mode: 0o700 });
  let result: BuildMetadata;
  try {
    await ctx.log.group(`Building ${inputs.platform.text}`, () =>
      runBuildx(docker, { ...invocation, args }, ctx.log, {
        dockerfile: dockerfileInWorkspace(inputs.context, inputs.file, env['GITHUB_WORKSPACE']),
      }),
    );
    result = parseMetadataFile(readFileSync(metadataFile, 'utf8'));
  } catch (error) {
    ctx.io.saveState(BUILD_STATE.failed, 'true');
    throw error;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  ctx.io.setOutput('digest', result.digest);

  const context = buildContextLabel(inputs.context);
  writeBuildRecord(env, {
    version: 1,
    digest: result.digest,
    platform: inputs.platform.text,
    images: inputs.images,
    ...(context ? { context } : {}),
    ...(/^[0-9a-f]{40}$/.test(buildEnv.sha) ? { commit: buildEnv.sha } : {}),
    ...(env['GITHUB_RUN_ID'] ? { runId: env['GITHUB_RUN_ID'] } : {}),
    ...(env['GITHUB_RUN_ATTEMPT'] ? { runAttempt: Number(env['GITHUB_RUN_ATTEMPT']) } : {}),
  });
  const cacheMountSummary = await cacheMounts.save();
  return {
    outputs: {
      digest: result.digest,
      imageid: result.configDigest ?? result.digest,
      metadata: result.raw,
      platform: inputs.platform.text,
      'platform-pair': inputs.platform.pair,
      ...textOutputs(meta, {
        tags: inputs.metadata.sepTags,
        labels: inputs.metadata.sepLabels,
        annotations: inputs.metadata.sepAnnotations,
      }),
    },
    summary: [
      `### Build ${inputs.platform.text}`,
      '',
      '| image | digest | builder |',
      '|---|---|---|',
      ...inputs.images.map(
        (i) => `| \`${i}\` | \`${result.digest}\` | ${setup.createdBuilder ? 'created' : 'reused'} |`,
      ),
      '',
      ...cacheMountSummary,
    ].join('\n'),
  };
}

/**
 * Logs in and checks push rights on every image before the builder is set up (pulling
 * BuildKit anonymously first is what hits Docker Hub's pull limit). A registry other than
 * loopback with no credentials at all stops here with a clear message: on a fork's pull
 * request the secrets are empty, and the push would fail much later and less clearly.
 */
async function signIn(inputs: BuildInputs, ctx: ModeContext): Promise<void> {
  const credentials = dockerCredentials({ env: ctx.env, logins: inputs.logins, run: ctx.run });
  const client = new RegistryClient({ log: ctx.log, credentials });
  const repositories = inputs.images.map((image) => parseRepository(image));
  await logIn(inputs.logins, ctx, async (login) => {
    for (const repo of repositories.filter((r) => r.registry === login.registry))
      await client.checkAccess(repo, true);
  });
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

/** `api` for `{{defaultContext}}:api`, `./api` or a Git URL ending in `:api`; undefined for the root. */
export function buildContextLabel(context: string): string | undefined {
  const git = /(?:\{\{defaultContext\}\}|#[^:]*):(.+)$/.exec(context.trim());
  return contextLabel(git ? git[1] : context.replace(/^\{\{defaultContext\}\}$/, ''));
}

/**
 * The Dockerfile as a path in the repository, which is what an annotation needs; undefined for
 * a remote (Git) context, where BuildKit's own name is all there is.
 */
function dockerfileInWorkspace(
  context: string,
  file: string | undefined,
  workspace: string | undefined,
): string | undefined {
  if (context.includes('{{defaultContext}}') || /^[a-z]+:\/\/|^git@/.test(context)) return undefined;
  const path = resolve(file ?? join(context, 'Dockerfile'));
  return relative(workspace || process.cwd(), path);
}
