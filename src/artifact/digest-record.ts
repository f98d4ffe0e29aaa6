/**
 * The digest record: what one build job hands to the merge job, as one file in a workflow artifact.
 *
 * The file is named by the 64-hex digest without `sha256:` (the artifact service forbids `:` in
 * paths), exactly as Docker's multi-platform recipe names its empty files
 * (docker/docs content/manuals/build/ci/github-actions/multi-platform.md: `touch "/tmp/digests/${digest#sha256:}"`).
 * So a recipe shell step (`for f in *; do echo "sha256:$f"; done`) reads our artifacts, and the
 * recipe's empty files parse here as a record holding only the digest.
 *
 * Our content is a small versioned JSON object. Unknown keys are ignored, so that a later
 * version 1 writer may add optional fields; a different `version` is refused.
 */

export const DIGEST_RECORD_VERSION = 1;

const HEX_DIGEST = /^[0-9a-f]{64}$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;
// os/arch[/variant] as buildx prints it (linux/amd64, linux/arm/v7, linux/arm64/v8).
const PLATFORM = /^[a-z0-9_.-]+\/[a-z0-9_.-]+(\/[a-z0-9_.-]+)?$/;
const COMMIT = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

export interface DigestRecord {
  version: typeof DIGEST_RECORD_VERSION;
  /** `sha256:<64 hex>` of the pushed per-platform manifest or index. */
  digest: string;
  /** The platform the job built, `os/arch[/variant]`. Absent in the recipe's empty files. */
  platform?: string;
  /** Image names (no tag, no digest) the digest was pushed to. Absent in the recipe's empty files. */
  images?: string[];
  /** The build context label (e.g. `api`), when the job had one. */
  context?: string;
  /** The commit built (40 or 64 hex). */
  commit?: string;
  /** The workflow run id and attempt that wrote the record (provenance only). */
  runId?: string;
  runAttempt?: number;
}

/** Where a record came from, for error messages. */
export interface RecordOrigin {
  artifact: string;
  file?: string;
}

/** A digest record that cannot be read or written; the message names the artifact and the file. */
export class DigestRecordError extends Error {
  override readonly name = 'DigestRecordError';

  constructor(
    readonly origin: RecordOrigin,
    readonly problem: string,
  ) {
    const file = origin.file === undefined ? '' : ` file ${JSON.stringify(origin.file)}`;
    super(`digest artifact ${JSON.stringify(origin.artifact)}${file}: ${problem}`);
  }
}

/** The file name a record is stored under: the digest's hex. */
export function recordFileName(digest: string): string {
  if (!DIGEST.test(digest)) throw new Error(`not a sha256 digest: ${JSON.stringify(digest)}`);
  return digest.slice('sha256:'.length);
}

/** The digest a file name stands for, or undefined when the name is not 64 lower-case hex digits. */
export function digestOfFileName(fileName: string): string | undefined {
  return HEX_DIGEST.test(fileName) ? `sha256:${fileName}` : undefined;
}

/**
 * Checks a record's fields; returns the problems (empty when valid). Shared by encode and parse,
 * so we never write what we would refuse to read.
 */
export function recordProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return ['the content is not a JSON object'];
  const r = value as Record<string, unknown>;
  const problems: string[] = [];
  if (r.version !== DIGEST_RECORD_VERSION) {
    problems.push(
      typeof r.version === 'number' && r.version > DIGEST_RECORD_VERSION
        ? `record version ${r.version} was written by a newer release of this action; this one reads version ${DIGEST_RECORD_VERSION}`
        : `"version" is ${JSON.stringify(r.version)}; expected ${DIGEST_RECORD_VERSION}`,
    );
  }
  if (typeof r.digest !== 'string' || !DIGEST.test(r.digest)) {
    problems.push(`"digest" is ${JSON.stringify(r.digest)}; expected sha256: and 64 lower-case hex digits`);
  }
  if (r.platform !== undefined && (typeof r.platform !== 'string' || !PLATFORM.test(r.platform))) {
    problems.push(`"platform" is ${JSON.stringify(r.platform)}; expected os/arch[/variant]`);
  }
  if (
    r.images !== undefined &&
    (!Array.isArray(r.images) || r.images.some((i) => typeof i !== 'string' || i === '' || /[\s@]/.test(i)))
  ) {
    problems.push(`"images" is ${JSON.stringify(r.images)}; expected a list of image names without digest`);
  }
  if (r.context !== undefined && typeof r.context !== 'string') {
    problems.push(`"context" is ${JSON.stringify(r.context)}; expected a string`);
  }
  if (r.commit !== undefined && (typeof r.commit !== 'string' || !COMMIT.test(r.commit))) {
    problems.push(`"commit" is ${JSON.stringify(r.commit)}; expected 40 or 64 hex digits`);
  }
  if (r.runId !== undefined && (typeof r.runId !== 'string' || !/^\d+$/.test(r.runId))) {
    problems.push(`"runId" is ${JSON.stringify(r.runId)}; expected a string of digits`);
  }
  if (r.runAttempt !== undefined && (!Number.isInteger(r.runAttempt) || (r.runAttempt as number) < 1)) {
    problems.push(`"runAttempt" is ${JSON.stringify(r.runAttempt)}; expected a positive integer`);
  }
  return problems;
}

/** Copies the known fields in a fixed order, so that equal records encode to equal bytes. */
function normalize(r: DigestRecord): DigestRecord {
  const out: DigestRecord = { version: DIGEST_RECORD_VERSION, digest: r.digest };
  if (r.platform !== undefined) out.platform = r.platform;
  if (r.images !== undefined) out.images = [...r.images];
  if (r.context !== undefined) out.context = r.context;
  if (r.commit !== undefined) out.commit = r.commit;
  if (r.runId !== undefined) out.runId = r.runId;
  if (r.runAttempt !== undefined) out.runAttempt = r.runAttempt;
  return out;
}

/** The file content for a record: JSON with a trailing newline. Throws on an invalid record. */
export function encodeDigestRecord(record: DigestRecord, origin: RecordOrigin): string {
  const problems = recordProblems(record);
  if (problems.length > 0) throw new DigestRecordError(origin, problems.join('; '));
  return `${JSON.stringify(normalize(record), null, 2)}\n`;
}

/**
 * Reads one digest file: `fileName` must be 64 hex digits; empty content (the recipe's `touch`)
 * gives `{version, digest}`; otherwise the JSON record must be valid and carry the same digest.
 */
export function parseDigestFile(fileName: string, content: string, artifact: string): DigestRecord {
  const origin = { artifact, file: fileName };
  const digest = digestOfFileName(fileName);
  if (digest === undefined) {
    throw new DigestRecordError(
      origin,
      'the file name is not a digest; expected 64 lower-case hex digits (sha256 without "sha256:")',
    );
  }
  if (content.trim() === '') return { version: DIGEST_RECORD_VERSION, digest };
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    throw new DigestRecordError(origin, `the content is not JSON (${(error as Error).message})`);
  }
  const problems = recordProblems(value);
  if (problems.length > 0) throw new DigestRecordError(origin, problems.join('; '));
  const record = normalize(value as DigestRecord);
  if (record.digest !== digest) {
    throw new DigestRecordError(
      origin,
      `the record says ${record.digest} but the file is named for ${digest}`,
    );
  }
  return record;
}

/**
 * Whether two records describe the same pushed image: everything but the run that wrote them.
 * A re-run that rebuilt the same digest keeps the first record.
 */
export function sameImageRecord(a: DigestRecord, b: DigestRecord): boolean {
  const strip = ({ runId: _r, runAttempt: _a, ...rest }: DigestRecord) => ({
    ...rest,
    images: rest.images === undefined ? undefined : [...rest.images].sort(),
  });
  return JSON.stringify(strip(normalize(a))) === JSON.stringify(strip(normalize(b)));
}
