/**
 * The merge's artifact intake: the digest artifacts of a workflow run (this one, or another with
 * `run-id`) become merge sources, replacing download-artifact and the recipe's `for f in *` loop.
 *
 * Everything here happens before any registry request, so a missing, corrupted or foreign
 * artifact stops the merge before anything is pushed.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contextLabel, defaultArtifactPattern } from '../artifact/artifact-name.js';
import type { DigestStore, DownloadedRecord } from '../artifact/store.js';
import { InputError, quote } from '../base/input-error.js';
import type { SourceSpec } from '../inputs/merge.js';
import type { ModeContext } from '../base/ports.js';
import type { Platform } from '../oci/descriptor.js';
import { formatPlatform, normalizePlatform, parsePlatform } from '../oci/platform.js';
import { checkExpectedPlatforms } from '../oci/platform-check.js';
import { formatRepository, parseRepository } from '../oci/reference.js';

/** The `pattern` value that turns the intake off. */
export const NO_INTAKE = 'none';

export interface IntakeOptions {
  /** The `pattern` input; undefined: `digests-<context>-*`, or `digests-*` without a context. */
  pattern?: string;
  context?: string;
  /** Another run's id (digits); needs `token` and `repository`. */
  runId?: string;
  token?: string;
  /** `owner/name`; defaults to GITHUB_REPOSITORY. */
  repository?: string;
  /** The merge's enabled images (`registry/repository`). Empty: every record is taken. */
  images: readonly string[];
  /**
   * Checked against the records' platforms before any registry request, when every record names
   * its platform. Pass it only when the artifacts are the merge's only sources.
   */
  expectedPlatforms?: readonly Platform[];
}

export interface IntakeResult {
  /** One per record kept, in digest order (the recipe's shell glob order). */
  sources: SourceSpec[];
  /** The records behind `sources`. */
  records: DownloadedRecord[];
  /** The artifacts read, sorted. */
  artifacts: string[];
}

export interface IntakeDeps {
  store?: DigestStore;
}

/**
 * Whether a merge reads artifacts: never with `pattern: none`; always when `pattern` or `run-id`
 * is given; otherwise only when `sources` is empty (a merge given explicit sources merges exactly
 * those unless it asks for artifacts too).
 */
export function wantsArtifactIntake(o: { pattern?: string; runId?: string; sourceCount: number }): boolean {
  if (o.pattern === NO_INTAKE) return false;
  return o.pattern !== undefined || o.runId !== undefined || o.sourceCount === 0;
}

export async function collectArtifactSources(
  options: IntakeOptions,
  ctx: ModeContext,
  deps: IntakeDeps = {},
): Promise<IntakeResult> {
  const pattern = options.pattern ?? defaultArtifactPattern(options.context);
  // The default `digests-*` is shared by every image of the run; anything narrower was chosen
  // for this merge, so a record for another image there is a mistake, not a neighbour.
  const narrowed = options.pattern !== undefined || contextLabel(options.context) !== undefined;
  const where = whereToRead(options, ctx);
  const store = deps.store ?? (await loadStore(ctx));

  const listing = await store.listDigestArtifacts({ pattern, ...where });
  const runText = where.runId === undefined ? 'this run' : `run ${where.runId} of ${where.repository}`;
  if (listing.matched.length === 0) {
    const present = listing.unmatched.length > 0 ? listing.unmatched.join(', ') : 'none';
    throw new Error(
      `no digest artifact in ${runText} matches ${quote(pattern)} (artifacts present: ${present}); ` +
        'did every build job run export-digest, and do "context" and "pattern" fit its artifact names?',
    );
  }
  const tempDir = await mkdtemp(join(ctx.env['RUNNER_TEMP'] || tmpdir(), 'digest-intake-'));
  const downloaded = await store.downloadDigestRecords(listing.matched, tempDir);

  const wanted = new Map(options.images.map((image) => [formatRepository(parseRepository(image)), image]));
  const kept: { record: DownloadedRecord; spec: SourceSpec }[] = [];
  const foreign: DownloadedRecord[] = [];
  for (const d of downloaded) {
    const spec = sourceOf(d, wanted);
    if (spec === undefined) foreign.push(d);
    else kept.push({ record: d, spec });
  }
  for (const d of foreign) {
    const images = (d.record.images ?? []).join(', ');
    if (narrowed) {
      throw new Error(
        `digest artifact ${quote(d.artifact)} holds ${d.record.digest} for ${images}, which is not an image ` +
          `of this merge (${[...wanted.values()].join(', ')}); check "images", "context" and "pattern"`,
      );
    }
    ctx.log.info(`Left out ${d.artifact}: it is for ${images}, another merge's image.`);
  }
  if (kept.length === 0) {
    throw new Error(
      `no digest artifact in ${runText} is for ${[...wanted.values()].join(', ')}: ` +
        `${listing.matched.map((a) => a.name).join(', ')} matched ${quote(pattern)}, but hold records for ` +
        `${[...new Set(foreign.flatMap((d) => d.record.images ?? []))].join(', ')}`,
    );
  }

  // In digest order, as the recipe's `printf '<image>@sha256:%s ' *` lists its files, so that the
  // same digests give the same index (entry order is part of the index digest).
  kept.sort(
    (a, b) =>
      a.spec.digest.localeCompare(b.spec.digest) || a.record.artifact.localeCompare(b.record.artifact),
  );
  const unique = dropRepeats(kept, ctx);
  checkPlatformClaims(unique.map((k) => k.record));
  if (options.expectedPlatforms !== undefined && options.expectedPlatforms.length > 0) {
    checkExpected(
      unique.map((k) => k.record),
      options.expectedPlatforms,
    );
  }
  for (const { record: d, spec } of unique) {
    ctx.log.info(`${d.artifact}: ${d.record.platform ?? 'platform not recorded'} ${spec.text}`);
  }
  return {
    sources: unique.map((k) => k.spec),
    records: unique.map((k) => k.record),
    artifacts: [...new Set(unique.map((k) => k.record.artifact))].sort(),
  };
}

/** This run through the runtime token, or another run through the REST API and a token. */
function whereToRead(
  options: IntakeOptions,
  ctx: ModeContext,
): { runId?: number; token?: string; repository?: string } {
  if (options.runId === undefined || options.runId === '') {
    if (!ctx.env['ACTIONS_RUNTIME_TOKEN']) {
      throw new Error(
        'cannot read digest artifacts: ACTIONS_RUNTIME_TOKEN is not set (the runner gives it to actions ' +
          'running in a workflow job). Give "sources", or set "pattern: none" to merge only "sources"',
      );
    }
    return {};
  }
  if (!/^\d+$/.test(options.runId)) {
    throw new InputError(
      'run-id',
      `${quote(options.runId)} is not a run id`,
      'the digits of a workflow run id',
    );
  }
  const repository = options.repository ?? ctx.env['GITHUB_REPOSITORY'] ?? '';
  if (!/^[^/\s]+\/[^/\s]+$/.test(repository)) {
    throw new Error(
      `reading run ${options.runId} needs the repository (owner/name); GITHUB_REPOSITORY is not set`,
    );
  }
  if (!options.token) {
    throw new InputError(
      'github-token',
      `is empty, but "run-id" ${options.runId} asks for another run's artifacts`,
      'a token with actions: read on ' + repository,
    );
  }
  return { runId: Number(options.runId), token: options.token, repository };
}

/**
 * The source for one record: `<image>@<digest>` in the first of its images that the merge pushes
 * to; a recipe file (no images) is a bare digest, looked up in the merge's first image. Undefined
 * when the record is for other images only.
 */
function sourceOf(d: DownloadedRecord, wanted: ReadonlyMap<string, string>): SourceSpec | undefined {
  const images = d.record.images;
  if (images === undefined || images.length === 0) return { text: d.record.digest, digest: d.record.digest };
  for (const image of images) {
    let repository: { registry: string; repository: string };
    try {
      repository = parseRepository(image);
    } catch (error) {
      throw new Error(`digest artifact ${quote(d.artifact)}: the record's image ${(error as Error).message}`);
    }
    if (wanted.size === 0 || wanted.has(formatRepository(repository))) {
      return { text: `${image}@${d.record.digest}`, digest: d.record.digest, repository };
    }
  }
  return undefined;
}

/** The same digest in the same place twice (two artifacts of one build) is read once. */
function dropRepeats<T extends { record: DownloadedRecord; spec: SourceSpec }>(
  kept: T[],
  ctx: ModeContext,
): T[] {
  const seen = new Map<string, T>();
  for (const k of kept) {
    const key = `${k.spec.repository ? formatRepository(k.spec.repository) : ''}@${k.spec.digest}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, k);
    else
      ctx.log.info(`${k.record.artifact} repeats ${k.spec.digest} of ${first.record.artifact}; read once.`);
  }
  return [...seen.values()];
}

function platformKey(text: string): string {
  return formatPlatform(normalizePlatform(parsePlatform(text)));
}

/** Two builds claiming one platform: the merge would publish one of them at random. */
function checkPlatformClaims(records: readonly DownloadedRecord[]): void {
  const claims = new Map<string, DownloadedRecord[]>();
  for (const d of records) {
    if (d.record.platform === undefined) continue;
    const key = platformKey(d.record.platform);
    claims.set(key, [...(claims.get(key) ?? []), d]);
  }
  for (const [platform, list] of claims) {
    if (list.length < 2) continue;
    throw new Error(
      `two digest artifacts claim ${platform}: ${list.map((d) => `${d.artifact} (${d.record.digest})`).join(' and ')}; ` +
        'each platform must come from exactly one build job',
    );
  }
}

function checkExpected(records: readonly DownloadedRecord[], expected: readonly Platform[]): void {
  if (records.some((d) => d.record.platform === undefined)) return; // known only after reading the registry
  const platforms = records.map((d) => parsePlatform(d.record.platform ?? ''));
  const check = checkExpectedPlatforms(platforms, expected);
  if (check.ok) return;
  const problems = [
    check.missing.length > 0 ? `missing ${check.missing.join(', ')}` : '',
    check.extra.length > 0 ? `unexpected ${check.extra.join(', ')}` : '',
  ].filter(Boolean);
  const found = records.map((d) => `${d.artifact} (${d.record.platform})`).join(', ');
  throw new Error(`input "expected-platforms": the digest artifacts are ${found}: ${problems.join('; ')}`);
}

/**
 * The real store, loaded only when needed: @actions/artifact and its Azure and Octokit code are
 * most of the bundle, and cost a merge that reads no artifacts (or a bad input) over half a second.
 */
async function loadStore(ctx: ModeContext): Promise<DigestStore> {
  const { createDigestStore } = await import('../artifact/store.js');
  return createDigestStore({ log: ctx.log });
}
