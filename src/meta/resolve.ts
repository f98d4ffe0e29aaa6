import type { Env, Log } from '../base/ports.js';
import { effectiveSha, globalScope, workflowContext, type MetaContext } from './context.js';
import { readEnvSettings } from './env-settings.js';
import type { Flavor } from './flavor.js';
import type { ImageEntry } from './images.js';
import { computeMetadata, type Metadata } from './metadata.js';
import { payloadRepository, repositoryInfo, type ApiAnswer, type RepositoryData } from './repository.js';
import type { TagRule } from './tag-rules.js';
import { render } from './template.js';

/** The checked-out commit, for `metadata-source: git`. */
export interface CheckedOutCommit {
  ref: string;
  sha: string;
  commitDate: Date;
}

/**
 * What the resolver needs from outside this folder, as a port: src/github/metadata-sources.ts
 * backs it with the runner's event file, git and the GitHub REST API; tests pass plain data.
 */
export interface MetadataSources {
  /** The workflow's event: GITHUB_EVENT_NAME, GITHUB_REF, GITHUB_SHA and the webhook payload. */
  event(): MetaContext;
  /** HEAD of the workspace (`metadata-source: git`). */
  gitCommit(): Promise<CheckedOutCommit>;
  /** `repos.get` for the workflow's repository. */
  repository(): Promise<ApiAnswer<RepositoryData>>;
  /** The committer date of a commit (`repos.getCommit`). */
  commitDate(sha: string): Promise<ApiAnswer<Date>>;
}

/** The parsed metadata inputs the resolver reads (src/inputs/metadata.ts has them all). */
export interface MetadataRequest {
  images: readonly ImageEntry[];
  tags: readonly TagRule[];
  flavor: Flavor;
  labels: readonly string[];
  annotations: readonly string[];
  source: 'workflow' | 'git';
}

export interface ResolveContext {
  env: Env;
  log: Log;
  sources: MetadataSources;
  /** The current time, used when SOURCE_DATE_EPOCH is not set. */
  clock: () => Date;
}

/** The metadata, and an evaluator of the same global expressions for the build arguments. */
export interface ResolvedMetadata {
  meta: Metadata;
  /**
   * Renders `{{branch}}`, `{{date ...}}` and the other global expressions. There `{{sha}}` is the
   * full revision (the value of the revision label): a build argument carries a commit, where a
   * tag wants the short form.
   */
  expand: (text: string) => string;
}

function usesCommitDate(request: MetadataRequest): boolean {
  const texts = [
    ...request.labels,
    ...request.annotations,
    ...request.tags.flatMap((t) => Object.values(t.attrs)),
  ];
  return texts.some((t) => t.includes('commit_date'));
}

/**
 * Computes the metadata of docker/metadata-action from the inputs and what the sources say,
 * writing nothing: for the `metadata` mode and for `build` and `merge`. Warnings go to `log`.
 */
export async function resolveMetadata(
  request: MetadataRequest,
  rc: ResolveContext,
): Promise<ResolvedMetadata> {
  const settings = readEnvSettings(rc.env, rc.clock);
  let event = rc.sources.event();
  if (request.source === 'git') {
    const commit = await rc.sources.gitCommit();
    event = { ...event, ref: commit.ref, sha: commit.sha, commitDate: commit.commitDate };
  } else {
    event = workflowContext(event);
  }
  const fromPayload = payloadRepository(event.payload);
  // The payload (or git) usually has the date; ask the API only when an expression needs it.
  const dateSha = effectiveSha(event, settings.options);
  const needsDate = !event.commitDate && usesCommitDate(request);
  const [repoAnswer, dateAnswer] = await Promise.all([
    fromPayload ? { ok: true as const, data: fromPayload } : rc.sources.repository(),
    needsDate ? rc.sources.commitDate(dateSha) : undefined,
  ]);
  const { repo, warning } = repositoryInfo(repoAnswer, event.payload, rc.env);
  if (warning) rc.log.warning(warning);
  if (dateAnswer?.ok) {
    event = { ...event, commitDate: dateAnswer.data };
  } else if (dateAnswer) {
    // metadata-action falls back to the current time; SOURCE_DATE_EPOCH, when set, is that time here.
    event = { ...event, commitDate: settings.now };
    const when = settings.fromSourceDateEpoch ? 'SOURCE_DATE_EPOCH' : 'the current time';
    rc.log.warning(
      `Could not read the date of commit ${dateSha || '(none)'} from the GitHub API (${dateAnswer.reason}); {{commit_date}} is ${when}, ${settings.now.toISOString()}`,
    );
  }
  rc.log.debug(
    `event ${event.eventName}, ref ${event.ref}, sha ${event.sha}, commit date ${event.commitDate?.toISOString() ?? 'unknown'}`,
  );
  const meta = computeMetadata(
    {
      images: request.images,
      rules: request.tags,
      flavor: request.flavor,
      labels: request.labels,
      annotations: request.annotations,
      annotationLevels: settings.annotationLevels,
      options: settings.options,
    },
    event,
    repo,
    settings.now,
  );
  for (const note of meta.warnings) rc.log.warning(note);
  const scope = {
    ...globalScope(event, repo, settings.options, settings.now),
    sha: effectiveSha(event, settings.options),
  };
  return { meta, expand: (text) => render(text, scope) };
}
