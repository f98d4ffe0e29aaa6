import type { RunCommand } from '../base/command.js';
import type { Env, ModeContext } from '../base/ports.js';
import type { MetadataInputs } from '../inputs/metadata.js';
import type { Metadata } from '../meta/metadata.js';
import {
  resolveMetadata as resolveFrom,
  type MetadataSources,
  type ResolvedMetadata,
} from '../meta/resolve.js';
import { readEventContext } from './event-context.js';
import { readGitCommit } from './git.js';
import { getCommitDate, getRepository } from './api.js';

/** The metadata resolver's port, backed by the runner's event file, git and the REST API. */
export function gitHubMetadataSources(env: Env, token: string, run: RunCommand): MetadataSources {
  return {
    event: () => readEventContext(env),
    gitCommit: () => readGitCommit(run, env['GITHUB_WORKSPACE'] || process.cwd(), env),
    repository: () => getRepository(env, token),
    commitDate: (sha) => getCommitDate(env, token, sha),
  };
}

/** The metadata with its expression evaluator, from GitHub: what `build` needs. */
export function resolveMetadataWithExpressions(
  inputs: MetadataInputs,
  ctx: ModeContext,
): Promise<ResolvedMetadata> {
  return resolveFrom(inputs, {
    env: ctx.env,
    log: ctx.log,
    sources: gitHubMetadataSources(ctx.env, inputs.githubToken, ctx.run),
    clock: () => new Date(),
  });
}

/** The metadata from GitHub, computed without writing anything: for `metadata` and `merge`. */
export async function resolveMetadata(inputs: MetadataInputs, ctx: ModeContext): Promise<Metadata> {
  return (await resolveMetadataWithExpressions(inputs, ctx)).meta;
}
