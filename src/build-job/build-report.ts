/**
 * What docker/build-push-action v6 leaves after a build, failed or not: the build record exported
 * as a Docker Desktop bundle (`.dockerbuild`) and uploaded as a workflow artifact, and a job
 * summary of the build. Its environment variables turn them off. Nothing here fails the build:
 * a record that cannot be read, exported or uploaded is a warning.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileArtifacts } from '../artifact/file-artifact.js';
import { DOCKER_TIMEOUTS, type DockerCli } from '../buildx/cli.js';
import {
  historyExportArgs,
  historyInspectArgs,
  historyListArgs,
  parseHistoryInspect,
  parseHistoryList,
  recordSince,
  refBuilder,
  type HistoryRecord,
} from '../buildx/history.js';
import { historyRef, type BuildMetadata } from '../buildx/metadata-file.js';
import type { Env, ModeContext } from '../base/ports.js';
import { renderBuildSummary, type BuildSummaryInput } from './build-summary.js';
import { reportSettings, type ReportSettings } from './report-settings.js';
import { BuildxBuildError } from './run-build.js';

/** What the build step knows once buildx has finished. */
export interface BuildOutcome {
  platform: string;
  images: readonly string[];
  /** The builder passed to `--builder`; undefined for the current one. */
  builder?: string;
  createdBuilder: boolean;
  /** When `buildx build` started: a failed build wrote no metadata file, its record is found by time. */
  started: Date;
  /** Set on success. */
  metadata?: BuildMetadata;
  /** Set on failure. */
  error?: unknown;
}

export interface ReportDeps {
  /** Loaded only when a record is uploaded (the artifact client is most of the bundle). */
  artifacts: () => Promise<FileArtifacts>;
  /** Where the bundle is written before its upload. */
  tempDir: string;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * A reporter for the build about to start (the time a failed build's record is looked up from):
 * call it with the metadata or the error once buildx has finished.
 */
export function buildReporter(
  docker: DockerCli,
  ctx: ModeContext,
  base: Omit<BuildOutcome, 'started' | 'metadata' | 'error'>,
  deps: Partial<ReportDeps> = {},
): (result: Pick<BuildOutcome, 'metadata' | 'error'>) => Promise<string | undefined> {
  const started = new Date();
  const full: ReportDeps = {
    tempDir: deps.tempDir ?? (ctx.env['RUNNER_TEMP'] || tmpdir()),
    artifacts:
      deps.artifacts ??
      (async () => {
        const { createFileArtifacts } = await import('../artifact/file-artifact.js');
        return createFileArtifacts();
      }),
  };
  return (result) =>
    reportBuild(docker, ctx, { ...base, started, ...result }, full).catch((error: unknown) => {
      ctx.log.warning(`No build summary: ${message(error)}`);
      return undefined;
    });
}

/** Exports and uploads the build record; answers the job summary, undefined when it is off. */
export async function reportBuild(
  docker: DockerCli,
  ctx: ModeContext,
  outcome: BuildOutcome,
  deps: ReportDeps,
): Promise<string | undefined> {
  const settings = reportSettings(ctx.env);
  for (const warning of settings.warnings) ctx.log.warning(warning);
  if (!settings.summary) {
    ctx.log.info('DOCKER_BUILD_SUMMARY is false: no build summary, no build record.');
    return undefined;
  }
  return ctx.log.group('Build record', async () => {
    const notes: string[] = [];
    const summary: BuildSummaryInput = {
      platform: outcome.platform,
      images: outcome.images,
      builder: { ...(outcome.builder ? { name: outcome.builder } : {}), created: outcome.createdBuilder },
      ...failureOf(outcome),
      notes,
    };
    const ref = outcome.metadata?.buildRef || (await failedBuildRef(docker, ctx, outcome));
    if (!ref) {
      notes.push('No build record was found for this build.');
      return renderBuildSummary(summary);
    }
    const builder = refBuilder(ref) ?? outcome.builder;
    if (builder) summary.builder.name = builder;
    summary.record = await inspectRecord(docker, ctx, ref, builder);
    if (!settings.upload) {
      ctx.log.info('DOCKER_BUILD_RECORD_UPLOAD is false: the build record is not uploaded.');
    } else if (!ctx.env['ACTIONS_RUNTIME_TOKEN']) {
      notes.push(
        'The build record was not uploaded: no artifact service here (ACTIONS_RUNTIME_TOKEN is not set).',
      );
    } else {
      try {
        summary.artifact = await uploadRecord(docker, ctx, ref, builder, settings, deps);
      } catch (error) {
        ctx.log.warning(`The build record was not uploaded: ${message(error)}`);
        notes.push('The build record could not be uploaded (see the warning in the log).');
      }
    }
    return renderBuildSummary(summary);
  });
}

function failureOf(outcome: BuildOutcome): Pick<BuildSummaryInput, 'digest' | 'failure'> {
  if (outcome.error === undefined) return outcome.metadata ? { digest: outcome.metadata.digest } : {};
  if (outcome.error instanceof BuildxBuildError) {
    const { step, location, message: reason } = outcome.error.failure;
    return { failure: { ...(step ? { step } : {}), ...(location ? { location } : {}), message: reason } };
  }
  return { failure: { message: message(outcome.error) } };
}

/** A failed build wrote no metadata file: its record is the newest one since it started. */
async function failedBuildRef(docker: DockerCli, ctx: ModeContext, outcome: BuildOutcome): Promise<string> {
  if (outcome.error === undefined) return '';
  try {
    const listed = await docker.run(historyListArgs(outcome.builder), { quietStdout: true });
    return recordSince(parseHistoryList(listed.stdout), outcome.started)?.ref ?? '';
  } catch (error) {
    ctx.log.warning(`Could not list the build records: ${message(error)}`);
    return '';
  }
}

async function inspectRecord(
  docker: DockerCli,
  ctx: ModeContext,
  ref: string,
  builder: string | undefined,
): Promise<HistoryRecord | undefined> {
  try {
    const inspected = await docker.run(historyInspectArgs(ref, builder), { quietStdout: true });
    return parseHistoryInspect(inspected.stdout);
  } catch (error) {
    ctx.log.warning(`Could not read the build record ${historyRef(ref)}: ${message(error)}`);
    return undefined;
  }
}

/**
 * `<owner>~<repo>~<REF>.dockerbuild`, the name build-push-action gives it: unique in a run (each
 * build has its own ref), and never matched by the merge's `digests-*` pattern.
 */
export function recordArtifactName(env: Env, ref: string): string {
  const repository = (env['GITHUB_REPOSITORY'] ?? '').replace(/\//g, '~') || 'build';
  return `${repository}~${historyRef(ref).slice(0, 6).toUpperCase()}.dockerbuild`;
}

async function uploadRecord(
  docker: DockerCli,
  ctx: ModeContext,
  ref: string,
  builder: string | undefined,
  settings: ReportSettings,
  deps: ReportDeps,
): Promise<{ name: string; id: number; url?: string }> {
  const name = recordArtifactName(ctx.env, ref);
  const dir = mkdtempSync(join(deps.tempDir, 'build-record-'));
  try {
    const file = join(dir, name);
    await docker.run(historyExportArgs(ref, file, builder), { timeoutMs: DOCKER_TIMEOUTS.setUp });
    const store = await deps.artifacts();
    const { id } = await store.uploadFile({ name, file, retentionDays: settings.retentionDays });
    ctx.log.info(`Uploaded the build record ${name} (artifact ${id})`);
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = ctx.env;
    return {
      name,
      id,
      ...(server && repo && run ? { url: `${server}/${repo}/actions/runs/${run}/artifacts/${id}` } : {}),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
