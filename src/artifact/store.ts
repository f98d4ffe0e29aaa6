/**
 * The artifact store adapter: digest records in and out of workflow artifacts, over the real
 * `@actions/artifact` client (which reads ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL from
 * process.env, as it must in a runner).
 *
 * One artifact holds one file named by the digest's hex (see digest-record.ts). Uploads are
 * rerun-safe: the service refuses a second artifact of one name in a run with a 409, which a
 * re-run job hits; we then keep an identical record and replace a different one.
 */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { DefaultArtifactClient, type ArtifactClient, type FindOptions } from '@actions/artifact';
import type { Log } from '../base/ports.js';
import { artifactNameProblem, matchesArtifactPattern } from './artifact-name.js';
import {
  DigestRecordError,
  encodeDigestRecord,
  parseDigestFile,
  recordFileName,
  sameImageRecord,
  type DigestRecord,
} from './digest-record.js';

/** An artifact found by `listDigestArtifacts`. */
export interface DigestArtifact {
  name: string;
  id: number;
  size: number;
  /** `sha256:<hex>` of the artifact's bytes as the service reports it (absent on some servers). */
  digest?: string;
  /** RFC 3339. */
  createdAt?: string;
  /** Set when the artifact belongs to another run (read with a token). */
  runId?: number;
  repository?: string;
}

export interface DigestListing {
  /** The newest artifact of each matching name, sorted by name. */
  matched: DigestArtifact[];
  /** Names of the run's other artifacts, sorted: for "nothing matched" messages. */
  unmatched: string[];
}

export interface DownloadedRecord {
  artifact: string;
  artifactId: number;
  /** The file's name inside the artifact (the digest's hex). */
  file: string;
  record: DigestRecord;
}

export interface UploadResult {
  id: number;
  name: string;
  /** `kept`: a re-run found the same record already there; `replaced`: a different one was. */
  outcome: 'uploaded' | 'kept' | 'replaced';
}

export interface UploadRequest {
  name: string;
  record: DigestRecord;
  retentionDays?: number;
  /** A directory the store may write into (RUNNER_TEMP). */
  tempDir: string;
}

export interface ListRequest {
  pattern: string;
  /** Another run to read; needs `token` (actions:read) and `repository` (`owner/name`). */
  runId?: number;
  token?: string;
  repository?: string;
}

/** The port the modes use; `createDigestStore` is the real one. */
export interface DigestStore {
  uploadDigestRecord(request: UploadRequest): Promise<UploadResult>;
  listDigestArtifacts(request: ListRequest): Promise<DigestListing>;
  downloadDigestRecords(artifacts: readonly DigestArtifact[], tempDir: string): Promise<DownloadedRecord[]>;
}

export interface DigestStoreDeps {
  log: Log;
  /** Defaults to the real client. */
  client?: ArtifactClient;
  /** Parallel downloads (download-artifact uses 5). */
  concurrency?: number;
}

/** The client's error for a name already used in the run (artifact-service.md A9); it has no class. */
export function isDuplicateNameError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return message.includes('(409)') || message.includes('already exists on the workflow run');
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export function createDigestStore(deps: DigestStoreDeps): DigestStore {
  const { log } = deps;
  const client = deps.client ?? new DefaultArtifactClient();
  const concurrency = Math.max(1, deps.concurrency ?? 5);
  // Tokens for other runs stay here, never on the artifacts a mode may log.
  const tokens = new Map<string, string>();
  const runKey = (repository: string, runId: number) => `${repository}#${runId}`;

  function findOptions(a: DigestArtifact): FindOptions {
    if (a.runId === undefined || a.repository === undefined) return {};
    const token = tokens.get(runKey(a.repository, a.runId));
    if (token === undefined) {
      throw new DigestRecordError(
        { artifact: a.name },
        `no token known for run ${a.runId} of ${a.repository}`,
      );
    }
    const [owner = '', repo = ''] = a.repository.split('/');
    return { findBy: { token, workflowRunId: a.runId, repositoryOwner: owner, repositoryName: repo } };
  }

  async function downloadOne(a: DigestArtifact, tempDir: string): Promise<DownloadedRecord[]> {
    const dir = join(tempDir, `${a.name}-${a.id}`);
    await mkdir(dir, { recursive: true });
    let mismatch: boolean | undefined;
    try {
      const answer = await client.downloadArtifact(a.id, {
        path: dir,
        expectedHash: a.digest,
        ...findOptions(a),
      });
      mismatch = answer.digestMismatch;
    } catch (error) {
      if (error instanceof DigestRecordError) throw error;
      throw new DigestRecordError({ artifact: a.name }, `the download failed: ${message(error)}`);
    }
    if (mismatch) {
      throw new DigestRecordError(
        { artifact: a.name },
        `the downloaded bytes do not match the artifact's digest ${a.digest} (truncated or corrupted download)`,
      );
    }
    if (a.digest === undefined)
      log.warning(`Artifact ${a.name} has no digest; its download cannot be verified.`);
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    const files = entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));
    if (files.length === 0) {
      throw new DigestRecordError(
        { artifact: a.name },
        'the artifact holds no digest file (or the download was truncated)',
      );
    }
    const records: DownloadedRecord[] = [];
    for (const file of files.sort()) {
      if (file.includes('/')) {
        throw new DigestRecordError(
          { artifact: a.name, file },
          'the file is in a folder; expected digest files at the top level',
        );
      }
      const content = await readFile(join(dir, file), 'utf8');
      records.push({
        artifact: a.name,
        artifactId: a.id,
        file,
        record: parseDigestFile(file, content, a.name),
      });
    }
    log.info(`Downloaded ${a.name} (id ${a.id}): ${records.map((r) => r.record.digest).join(', ')}`);
    return records;
  }

  async function upload(
    name: string,
    file: string,
    dir: string,
    retentionDays: number | undefined,
  ): Promise<number> {
    const answer = await client.uploadArtifact(name, [file], dir, { retentionDays });
    if (answer.id === undefined) throw new Error(`the artifact service gave no id for ${name}`);
    return answer.id;
  }

  return {
    async uploadDigestRecord({ name, record, retentionDays, tempDir }) {
      const problem = artifactNameProblem(name);
      if (problem !== undefined) throw new DigestRecordError({ artifact: name }, problem);
      const content = encodeDigestRecord(record, { artifact: name });
      const dir = await mkdtemp(join(tempDir, 'digest-upload-'));
      const file = join(dir, recordFileName(record.digest));
      await writeFile(file, content);
      try {
        const id = await upload(name, file, dir, retentionDays);
        log.info(`Uploaded ${name} (id ${id}) holding ${record.digest}`);
        return { id, name, outcome: 'uploaded' };
      } catch (error) {
        if (!isDuplicateNameError(error)) throw error;
      }
      // A re-run of this job: the run already has an artifact of this name.
      log.info(`Artifact ${name} already exists in this run (a re-run?); comparing its record.`);
      const { artifact } = await client.getArtifact(name);
      let same = false;
      try {
        const existing = await downloadOne(
          { ...artifact, createdAt: undefined },
          await mkdtemp(join(tempDir, 'digest-existing-')),
        );
        same = existing.length === 1 && sameImageRecord((existing[0] as DownloadedRecord).record, record);
      } catch (error) {
        log.warning(`Could not read the existing ${name}: ${message(error)}. Replacing it.`);
      }
      if (same) {
        log.info(`Kept ${name} (id ${artifact.id}): it already holds this record.`);
        return { id: artifact.id, name, outcome: 'kept' };
      }
      await client.deleteArtifact(name);
      const id = await upload(name, file, dir, retentionDays);
      log.info(`Replaced ${name} (old id ${artifact.id}, new id ${id}) with a record of ${record.digest}`);
      return { id, name, outcome: 'replaced' };
    },

    async listDigestArtifacts({ pattern, runId, token, repository }) {
      let options: FindOptions = {};
      if (runId !== undefined) {
        if (!token || !repository || !/^[^/\s]+\/[^/\s]+$/.test(repository)) {
          throw new Error('reading another run needs a token and a repository (owner/name)');
        }
        tokens.set(runKey(repository, runId), token);
        const [owner = '', repo = ''] = repository.split('/');
        options = { findBy: { token, workflowRunId: runId, repositoryOwner: owner, repositoryName: repo } };
      }
      const { artifacts } = await client.listArtifacts({ latest: true, ...options });
      const sorted = [...artifacts].sort((a, b) => a.name.localeCompare(b.name));
      const matched = sorted
        .filter((a) => matchesArtifactPattern(a.name, pattern))
        .map((a): DigestArtifact => ({
          name: a.name,
          id: a.id,
          size: a.size,
          ...(a.digest ? { digest: a.digest } : {}),
          ...(a.createdAt ? { createdAt: new Date(a.createdAt).toISOString() } : {}),
          ...(runId !== undefined ? { runId, repository } : {}),
        }));
      const unmatched = sorted.filter((a) => !matchesArtifactPattern(a.name, pattern)).map((a) => a.name);
      log.info(`${matched.length} of ${artifacts.length} artifact(s) match ${JSON.stringify(pattern)}`);
      return { matched, unmatched };
    },

    async downloadDigestRecords(artifacts, tempDir) {
      const perArtifact = await mapLimit(artifacts, concurrency, (a) => downloadOne(a, tempDir));
      return perArtifact.flat();
    },
  };
}
