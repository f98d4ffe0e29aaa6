import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultArtifactName } from '../artifact/artifact-name.js';
import { readBuildRecord } from '../artifact/build-record.js';
import { DIGEST_RECORD_VERSION, type DigestRecord } from '../artifact/digest-record.js';
import type { DigestStore, UploadResult } from '../artifact/store.js';
import type { ExportDigestInputs } from '../inputs/export-digest.js';
import type { Env, ModeContext } from '../base/ports.js';
import type { ModeResult } from './result.js';

export interface ExportDigestDeps {
  /** The artifact store; tests pass a fake. Defaults to the real client. */
  store?: DigestStore;
}

/**
 * The `export-digest` mode: hand this job's per-platform digest to the merge job as a workflow
 * artifact (one file named by the digest's hex, holding the digest record), replacing the recipe's
 * `touch` step and upload-artifact. A re-run of the job never fails on the existing name.
 */
export async function runExportDigest(
  inputs: ExportDigestInputs,
  ctx: ModeContext,
  deps: ExportDigestDeps = {},
): Promise<ModeResult> {
  const record = withRunProvenance(recordToExport(inputs, ctx), ctx.env);
  if (record.platform === undefined && inputs.artifactName === undefined && inputs.given !== undefined) {
    throw new Error(
      'the digest is given without "platform", so no default artifact name can be made; set "artifact-name"',
    );
  }
  // A multi-platform build records no single platform: its index is named by its digest.
  const name =
    inputs.artifactName ??
    defaultArtifactName(record.platform ?? `index-${record.digest.slice(7, 19)}`, record.context);
  ctx.io.setOutput('digest', record.digest);
  ctx.io.setOutput('artifact-name', name);

  const store = deps.store ?? (await loadStore(ctx));
  const tempDir = await mkdtemp(join(ctx.env['RUNNER_TEMP'] || tmpdir(), 'export-digest-'));
  const result = await ctx.log.group(`Uploading ${name}`, () =>
    store.uploadDigestRecord({ name, record, retentionDays: inputs.retentionDays, tempDir }),
  );
  return {
    outputs: { 'artifact-name': name, 'artifact-id': String(result.id), digest: record.digest },
    summary: exportSummary(record, result),
  };
}

/** The given digest, else the record this job's `build` step left in RUNNER_TEMP. */
function recordToExport(inputs: ExportDigestInputs, ctx: ModeContext): DigestRecord {
  let record: DigestRecord;
  if (inputs.given !== undefined) {
    const { digest, platform, images } = inputs.given;
    record = { version: DIGEST_RECORD_VERSION, digest, platform };
    if (images.length > 0) record.images = images;
  } else {
    const built = readBuildRecord(ctx.env);
    if (built === undefined) {
      throw new Error(
        'no digest to export: this job has no build record. Run this action with "mode: build" earlier ' +
          'in the same job, or give "digest" (with "platform" and "images") for a build made by other means',
      );
    }
    ctx.log.info(`Exporting the build record of this job: ${built.platform ?? '?'} ${built.digest}`);
    record = built;
  }
  if (inputs.context !== undefined) record = { ...record, context: inputs.context };
  return record;
}

/** The commit, run and attempt that export the record, from the runner's variables when valid. */
function withRunProvenance(record: DigestRecord, env: Env): DigestRecord {
  const out = { ...record };
  const sha = env['GITHUB_SHA'];
  if (out.commit === undefined && sha !== undefined && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha))
    out.commit = sha;
  const runId = env['GITHUB_RUN_ID'];
  if (runId !== undefined && /^\d+$/.test(runId)) out.runId = runId;
  const attempt = Number(env['GITHUB_RUN_ATTEMPT']);
  if (Number.isInteger(attempt) && attempt >= 1) out.runAttempt = attempt;
  return out;
}

const OUTCOME: Record<UploadResult['outcome'], string> = {
  uploaded: 'uploaded',
  kept: 'kept (a re-run found the same record)',
  replaced: 'replaced (a re-run rebuilt it)',
};

function exportSummary(record: DigestRecord, result: UploadResult): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  return [
    '### Digest exported',
    '',
    '| artifact | platform | digest | images | outcome |',
    '|---|---|---|---|---|',
    `| ${cell(result.name)} (id ${result.id}) | ${record.platform ?? ''} | \`${record.digest}\` | ${cell(
      (record.images ?? []).join(', '),
    )} | ${OUTCOME[result.outcome]} |`,
    '',
  ].join('\n');
}

/**
 * The real store, loaded only when needed: @actions/artifact and its Azure and Octokit code are
 * most of the bundle, and cost a merge that reads no artifacts (or a bad input) over half a second.
 */
async function loadStore(ctx: ModeContext): Promise<DigestStore> {
  const { createDigestStore } = await import('../artifact/store.js');
  return createDigestStore({ log: ctx.log });
}
