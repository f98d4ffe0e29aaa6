import type { MergeInputs } from '../inputs/merge.js';
import { logIn } from '../login/login.js';
import type { DigestStore } from '../artifact/store.js';
import { collectArtifactSources, wantsArtifactIntake } from '../merge/artifact-intake.js';
import { fetchSources, type FetchedSource } from '../merge/fetch-sources.js';
import {
  copyChildren,
  pushTags,
  readTags,
  verifyTags,
  type TagOutcome,
  type Target,
} from '../merge/publish.js';
import { describeEntry, mergeSummary, planText } from '../merge/report.js';
import { textOutputs } from '../meta/outputs.js';
import { isAttestation } from '../oci/attestations.js';
import { combineSources, type CombineResult } from '../oci/combine.js';
import { formatPlatform } from '../oci/platform.js';
import { checkExpectedPlatforms, findDuplicatePlatforms, platformsOf } from '../oci/platform-check.js';
import { formatRepository, parseRepository } from '../oci/reference.js';
import { RegistryClient } from '../registry/client.js';
import { dockerCredentials } from '../registry/credentials.js';
import { resolveMetadata } from '../github/metadata-sources.js';
import type { ModeContext } from '../base/ports.js';
import type { ModeResult } from './result.js';

export interface MergeDeps {
  /** The registry client; tests pass one to count requests. */
  client?: RegistryClient;
  /** The digest artifact store; tests pass a fake. */
  store?: DigestStore;
}

/**
 * The `merge` mode: collect the per-platform digests, check them, compute the tags, build the
 * index exactly as `buildx imagetools create` would, push it under every tag, read the tags back.
 */
export async function runMerge(
  inputs: MergeInputs,
  ctx: ModeContext,
  deps: MergeDeps = {},
): Promise<ModeResult> {
  const client =
    deps.client ??
    new RegistryClient({
      log: ctx.log,
      credentials: dockerCredentials({ env: ctx.env, logins: inputs.logins, run: ctx.run }),
      insecureRegistries: inputs.insecureRegistries,
    });

  // 1. The tags: the engine may ask the GitHub API for repository data, so it runs while the
  // registry is read; they are needed only when it is time to push.
  const pendingMeta = resolveMetadata(inputs.metadata, ctx);
  pendingMeta.catch(() => undefined); // awaited below; a failure must not surface as unhandled
  const images = inputs.metadata.images.filter((i) => i.enable).map((i) => i.name);
  const repositories = images.map((image) => parseRepository(image));
  if (!inputs.dryRun && repositories.length === 0) {
    throw new Error('no image to push to: "images" is empty or every entry is disabled');
  }

  // 2. The digest artifacts of the build jobs, read and checked before any registry request.
  let specs = inputs.sources;
  if (wantsArtifactIntake({ ...inputs, sourceCount: specs.length })) {
    const intake = await ctx.log.group('Reading digest artifacts', () =>
      collectArtifactSources(
        {
          pattern: inputs.pattern,
          context: inputs.context,
          runId: inputs.runId,
          token: inputs.metadata.githubToken,
          images,
          expectedPlatforms: specs.length === 0 ? inputs.expectedPlatforms : undefined,
        },
        ctx,
        { store: deps.store },
      ),
    );
    specs = [...specs, ...intake.sources];
  }
  if (specs.length === 0) {
    throw new Error('no sources to merge: give "sources" (image@sha256:... lines)');
  }

  // 3. Credentials: checked against every registry before anything is read or written.
  await logIn(inputs.logins, ctx, (login) => {
    const target = repositories.find((r) => r.registry === login.registry);
    return client.checkAccess(
      target ?? { registry: login.registry, repository: 'library/hello-world' },
      target !== undefined,
    );
  });
  // With several targets, a missing push right on the last one must not leave the first ones
  // tagged: check them all first. With one target the first write is that check.
  if (!inputs.dryRun && repositories.length > 1) {
    await ctx.log.group('Checking push access', () =>
      Promise.all(repositories.map((r) => client.checkAccess(r, true))).then(() => undefined),
    );
  }

  // 4. Sources: read, checked for conflicting platforms, combined.
  const sources = await ctx.log.group(`Reading ${specs.length} sources`, () =>
    fetchSources(client, specs, repositories[0]),
  );
  const meta = await pendingMeta;
  const targets: Target[] = repositories.map((repository) => ({ repository, tags: meta.tagNames }));
  if (!inputs.dryRun && meta.tagNames.length === 0) {
    throw new Error('no tag to push: the "tags" rules produced none for this event');
  }
  const result = combine(sources, inputs);
  for (const text of result.droppedAnnotations) {
    ctx.log.warning(
      `annotation ${text} dropped: every entry is a Docker manifest, so the result is a Docker manifest list, which has no annotations`,
    );
  }
  checkPlatforms(result, inputs);
  const index = { bytes: result.bytes, digest: result.digest, mediaType: result.mediaType };
  const platforms = platformsOf(result).map(formatPlatform);
  ctx.io.setOutput('digest', index.digest);
  ctx.io.setOutput('platforms', platforms.join(','));

  // 5. Push: children everywhere first, then the tags, then read every tag back.
  let outcomes: TagOutcome[] = [];
  if (inputs.dryRun) {
    ctx.log.info(planText(sources, index, result.manifests, targets));
  } else {
    const plans = await readTags(client, index, targets);
    await ctx.log.group('Copying children into the target repositories', () =>
      copyChildren(client, sources, plans, ctx.log),
    );
    outcomes = await ctx.log.group(`Pushing ${index.digest}`, () => pushTags(client, index, plans, ctx.log));
    await ctx.log.group('Verifying', () => verifyTags(client, index, targets, outcomes));
  }
  ctx.log.info(
    `${index.digest}: ${result.manifests.map(describeEntry).join(', ')}; ${client.totalRequests()} registry requests`,
  );
  return {
    outputs: {
      digest: index.digest,
      images: targets.map((t) => `${formatRepository(t.repository)}@${index.digest}`).join('\n'),
      platforms: platforms.join(','),
      ...textOutputs(meta, {
        tags: inputs.metadata.sepTags,
        labels: inputs.metadata.sepLabels,
        annotations: inputs.metadata.sepAnnotations,
      }),
    },
    summary: mergeSummary(index, result.manifests, outcomes, inputs.dryRun),
  };
}

function combine(sources: readonly FetchedSource[], inputs: MergeInputs): CombineResult {
  const conflicts = findDuplicatePlatforms(sources.map((s) => s.source));
  if (conflicts.length > 0) {
    const [first] = conflicts;
    throw new Error(
      `two sources for one platform: ${first?.platform} is claimed by ${first?.sources.join(' and ')}; ` +
        'each platform must come from exactly one build',
    );
  }
  return combineSources(
    sources.map((s) => s.source),
    { annotations: inputs.annotations, attestations: inputs.attestations },
  );
}

function checkPlatforms(result: CombineResult, inputs: MergeInputs): void {
  if (inputs.expectedPlatforms.length === 0) return;
  const check = checkExpectedPlatforms(platformsOf(result), inputs.expectedPlatforms);
  if (check.ok) return;
  const problems = [
    check.missing.length > 0 ? `missing ${check.missing.join(', ')}` : '',
    check.extra.length > 0 ? `unexpected ${check.extra.join(', ')}` : '',
    check.duplicated.length > 0 ? `more than once ${check.duplicated.join(', ')}` : '',
  ].filter(Boolean);
  const has = result.manifests.filter((d) => !isAttestation(d)).map(describeEntry);
  throw new Error(
    `input "expected-platforms": the merged index holds ${has.join(', ') || 'nothing'}: ${problems.join('; ')}`,
  );
}
