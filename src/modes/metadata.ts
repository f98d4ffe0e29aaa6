import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEventContext } from '../github/event-context.js';
import { readGitCommit } from '../github/git.js';
import { getCommitDate, getRepository } from '../github/rest.js';
import { InputError, quote } from '../base/input-error.js';
import type { MetadataInputs } from '../inputs/metadata.js';
import {
  effectiveSha,
  globalScope,
  payloadString,
  type MetaContext,
  type MetaOptions,
  type RepoInfo,
} from '../meta/context.js';
import { render } from '../meta/template.js';
import { computeMetadata, type Metadata } from '../meta/metadata.js';
import { bakeDefinition, outputVariable, textOutputs, type BakeKind } from '../meta/outputs.js';
import type { Env, ModeContext } from '../base/ports.js';
import type { ModeResult } from './result.js';

export type { Metadata } from '../meta/metadata.js';

interface EnvSettings {
  options: MetaOptions;
  annotationLevels: string[];
  setOutputEnv: boolean;
  now: Date;
}

function envBool(env: Env, name: string, fallback: boolean): boolean {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if (/^(true|1)$/i.test(value)) return true;
  if (/^(false|0)$/i.test(value)) return false;
  throw new InputError(name, `${quote(value)} is not a boolean`, '"true" or "false"');
}

/** The DOCKER_METADATA_* switches and SOURCE_DATE_EPOCH, validated before anything is written. */
function readEnvSettings(env: Env): EnvSettings {
  const shaLength = env['DOCKER_METADATA_SHORT_SHA_LENGTH'] || '7';
  if (!/^\d+$/.test(shaLength) || Number(shaLength) < 1) {
    throw new InputError(
      'DOCKER_METADATA_SHORT_SHA_LENGTH',
      `${quote(shaLength)} is not a length`,
      'a positive integer',
    );
  }
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && epoch !== '' && !/^\d+$/.test(epoch)) {
    throw new InputError(
      'SOURCE_DATE_EPOCH',
      `${quote(epoch)} is not a Unix time`,
      'seconds since 1970-01-01 UTC',
    );
  }
  const levels = (env['DOCKER_METADATA_ANNOTATIONS_LEVELS'] || 'manifest')
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean);
  return {
    options: {
      prHeadSha: envBool(env, 'DOCKER_METADATA_PR_HEAD_SHA', false),
      shortShaLength: Number(shaLength),
    },
    annotationLevels: levels,
    setOutputEnv: envBool(env, 'DOCKER_METADATA_SET_OUTPUT_ENV', true),
    now: epoch ? new Date(Number(epoch) * 1000) : new Date(),
  };
}

const REPO_LABELS = {
  title: 'org.opencontainers.image.title',
  description: 'org.opencontainers.image.description',
  url: 'org.opencontainers.image.url',
  licenses: 'org.opencontainers.image.licenses',
};

/** Repository data from `repos.get`, else from the payload and GITHUB_* variables; warns once for what is missing. */
async function repositoryInfo(
  inputs: MetadataInputs,
  event: MetaContext,
  ctx: ModeContext,
): Promise<RepoInfo> {
  const env = ctx.env;
  const result = await getRepository(env, inputs.githubToken);
  const api = result.ok ? result.data : undefined;
  const payloadRepo = (key: string): string | undefined => payloadString(event.payload, 'repository', key);
  const [, fromEnvName = ''] = /\/(.+)$/.exec(env['GITHUB_REPOSITORY'] ?? '') ?? [];
  const server = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
  const repo: RepoInfo = {
    name: api?.name ?? payloadRepo('name') ?? fromEnvName,
    description: (api ? api.description : payloadRepo('description')) ?? '',
    htmlUrl:
      api?.html_url ??
      payloadRepo('html_url') ??
      (env['GITHUB_REPOSITORY'] ? `${server}/${env['GITHUB_REPOSITORY']}` : ''),
    license:
      (api ? api.license?.spdx_id : payloadString(event.payload, 'repository', 'license', 'spdx_id')) ?? '',
    defaultBranch: api?.default_branch ?? payloadRepo('default_branch') ?? '',
  };
  if (!result.ok) {
    const missing = [
      repo.name ? '' : REPO_LABELS.title,
      repo.description ? '' : REPO_LABELS.description,
      repo.htmlUrl ? '' : REPO_LABELS.url,
      repo.license ? '' : REPO_LABELS.licenses,
    ].filter(Boolean);
    const what =
      missing.length > 0 ? `left empty: ${missing.join(', ')}` : 'filled from the event payload instead';
    ctx.log.warning(`Could not read the repository from the GitHub API (${result.reason}); labels ${what}`);
  }
  return repo;
}

function usesCommitDate(inputs: MetadataInputs): boolean {
  const texts = [
    ...inputs.labels,
    ...inputs.annotations,
    ...inputs.tags.flatMap((t) => Object.values(t.attrs)),
  ];
  return texts.some((t) => t.includes('commit_date'));
}

/** Computes the metadata without writing anything: for this mode and for `build` and `merge`. */
export async function resolveMetadata(inputs: MetadataInputs, ctx: ModeContext): Promise<Metadata> {
  return (await resolveMetadataWithExpressions(inputs, ctx)).meta;
}

/**
 * The metadata plus an evaluator of the same global expressions (`{{branch}}`, `{{date ...}}`),
 * for the build mode's build arguments. There `{{sha}}` is the full revision (the value of the
 * revision label): a build argument carries a commit, where a tag wants the short form.
 */
export async function resolveMetadataWithExpressions(
  inputs: MetadataInputs,
  ctx: ModeContext,
): Promise<{ meta: Metadata; expand: (text: string) => string }> {
  const settings = readEnvSettings(ctx.env);
  let event = readEventContext(ctx.env);
  if (inputs.source === 'git') {
    const commit = await readGitCommit(ctx.run, ctx.env['GITHUB_WORKSPACE'] || process.cwd(), ctx.env);
    event = { ...event, ref: commit.ref, sha: commit.sha, commitDate: commit.commitDate };
  }
  const [repo, apiCommitDate] = await Promise.all([
    repositoryInfo(inputs, event, ctx),
    // The payload (or git) usually has the date; ask the API only when an expression needs it.
    event.commitDate || !usesCommitDate(inputs)
      ? undefined
      : getCommitDate(ctx.env, inputs.githubToken, event.sha),
  ]);
  if (!event.commitDate && apiCommitDate) event = { ...event, commitDate: apiCommitDate };
  ctx.log.debug(
    `event ${event.eventName}, ref ${event.ref}, sha ${event.sha}, commit date ${event.commitDate?.toISOString() ?? 'unknown'}`,
  );
  const meta = computeMetadata(
    {
      images: inputs.images,
      rules: inputs.tags,
      flavor: inputs.flavor,
      labels: inputs.labels,
      annotations: inputs.annotations,
      annotationLevels: settings.annotationLevels,
      options: settings.options,
    },
    event,
    repo,
    settings.now,
  );
  for (const warning of meta.warnings) ctx.log.warning(warning);
  const scope = {
    ...globalScope(event, repo, settings.options, settings.now),
    sha: effectiveSha(event, settings.options),
  };
  return { meta, expand: (text) => render(text, scope) };
}

function writeBakeFiles(meta: Metadata, target: string, env: Env): Record<BakeKind, string> {
  const dir = mkdtempSync(join(env['RUNNER_TEMP'] || tmpdir(), 'docker-actions-toolkit-'));
  const file = (kind: BakeKind): string => {
    const path = join(dir, `docker-metadata-action-bake${kind === 'all' ? '' : `-${kind}`}.json`);
    writeFileSync(path, bakeDefinition(meta, kind, target));
    return path;
  };
  return { tags: file('tags'), labels: file('labels'), annotations: file('annotations'), all: file('all') };
}

function summaryOf(meta: Metadata): string {
  const rows = meta.tags.map((t) => `| \`${t}\` |`).join('\n') || '| _no tag generated_ |';
  return `### Image metadata\n\nVersion: \`${meta.version || '(none)'}\`\n\n| Tags |\n|---|\n${rows}\n`;
}

/** The `metadata` mode: docker/metadata-action v6's outputs, bake files and DOCKER_METADATA_OUTPUT_* variables. */
export async function runMetadata(inputs: MetadataInputs, ctx: ModeContext): Promise<ModeResult> {
  const setOutputEnv = readEnvSettings(ctx.env).setOutputEnv;
  const meta = await resolveMetadata(inputs, ctx);
  if (!meta.version) ctx.log.warning('No Docker image version has been generated. Check tags input.');
  if (meta.tags.length === 0) ctx.log.warning('No Docker tag has been generated. Check tags input.');
  const bake = writeBakeFiles(meta, inputs.bakeTarget, ctx.env);
  const outputs: Record<string, string> = {
    ...textOutputs(meta, {
      tags: inputs.sepTags,
      labels: inputs.sepLabels,
      annotations: inputs.sepAnnotations,
    }),
    'bake-file-tags': bake.tags,
    'bake-file-labels': bake.labels,
    'bake-file-annotations': bake.annotations,
    'bake-file': bake.all,
  };
  await ctx.log.group('Docker metadata', () => {
    for (const [name, value] of Object.entries(outputs)) ctx.log.info(`${name}: ${value}`);
    return Promise.resolve();
  });
  const variables = setOutputEnv
    ? Object.fromEntries(Object.entries(outputs).map(([name, value]) => [outputVariable(name), value]))
    : undefined;
  return { outputs, ...(variables ? { variables } : {}), summary: summaryOf(meta) };
}
