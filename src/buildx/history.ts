/**
 * Build records (`docker buildx history`): argument lists and the JSON it prints. Wire formats:
 * buildx `commands/history/inspect.go` and `ls.go`, as recorded in fixtures/buildx/history/ and
 * build2/history/. Pure: no I/O.
 */
import { historyRef } from './metadata-file.js';

/** One build record, from `history inspect --format json`. */
export interface HistoryRecord {
  /** The last element of `buildx.build.ref`: what `history` commands take. */
  ref: string;
  name: string;
  /** `completed`; anything else (a failed or cancelled build) is not. */
  status: string;
  startedAt?: string;
  completedAt?: string;
  durationMs?: number;
  steps?: { total: number; completed: number; cached: number };
  /** What BuildKit reported for a failed build, when the record carries it. */
  error?: string;
}

/** One line of `history ls --format json`: `ref` is the full `<builder>/<node>/<ref>`. */
export interface HistoryListing {
  ref: string;
  createdAt: string;
  status: string;
}

const builderFlag = (builder: string | undefined): string[] => (builder ? ['--builder', builder] : []);

export function historyInspectArgs(ref: string, builder?: string): string[] {
  return ['buildx', 'history', 'inspect', ...builderFlag(builder), historyRef(ref), '--format', 'json'];
}

/** Writes the record as a Docker Desktop bundle (`.dockerbuild`: a gzip tar in OCI layout). */
export function historyExportArgs(ref: string, file: string, builder?: string): string[] {
  return ['buildx', 'history', 'export', ...builderFlag(builder), historyRef(ref), '--output', file];
}

export function historyListArgs(builder?: string): string[] {
  return ['buildx', 'history', 'ls', ...builderFlag(builder), '--format', 'json'];
}

/** The builder named in `buildx.build.ref` (`<builder>/<node>/<ref>`), if the ref has one. */
export function refBuilder(buildRef: string): string | undefined {
  const parts = buildRef.split('/');
  return parts.length === 3 && parts[0] ? parts[0] : undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** Parses `history inspect --format json`; throws when it is not a record. */
export function parseHistoryInspect(stdout: string): HistoryRecord {
  let doc: unknown;
  try {
    doc = JSON.parse(stdout);
  } catch {
    throw new Error('docker buildx history inspect printed no JSON');
  }
  if (!isRecord(doc) || typeof doc['Ref'] !== 'string') {
    throw new Error('docker buildx history inspect printed no build record');
  }
  const duration = num(doc['Duration']);
  const total = num(doc['NumTotalSteps']);
  const error = isRecord(doc['Error']) ? str(doc['Error']['Message']) : undefined;
  return {
    ref: doc['Ref'],
    name: str(doc['Name']) ?? '',
    status: str(doc['Status']) ?? '',
    ...(str(doc['StartedAt']) ? { startedAt: str(doc['StartedAt']) } : {}),
    ...(str(doc['CompletedAt']) ? { completedAt: str(doc['CompletedAt']) } : {}),
    // Go's time.Duration: nanoseconds.
    ...(duration !== undefined ? { durationMs: duration / 1e6 } : {}),
    ...(total !== undefined
      ? {
          steps: {
            total,
            completed: num(doc['NumCompletedSteps']) ?? 0,
            cached: num(doc['NumCachedSteps']) ?? 0,
          },
        }
      : {}),
    ...(error ? { error } : {}),
  };
}

/** Parses `history ls --format json`: one object per line, newest first. */
export function parseHistoryList(stdout: string): HistoryListing[] {
  const out: HistoryListing[] = [];
  for (const line of stdout.split('\n')) {
    if (line.trim() === '') continue;
    const o: unknown = JSON.parse(line);
    if (!isRecord(o) || typeof o['ref'] !== 'string') continue;
    out.push({ ref: o['ref'], createdAt: str(o['created_at']) ?? '', status: str(o['status']) ?? '' });
  }
  return out;
}

/**
 * The record of a build that wrote no metadata file (it failed): the newest one created since
 * the build started. `slackMs` allows for a builder whose clock runs a little behind the runner's.
 */
export function recordSince(
  listing: readonly HistoryListing[],
  since: Date,
  slackMs = 5_000,
): HistoryListing | undefined {
  const from = since.getTime() - slackMs;
  return listing
    .filter((r) => Date.parse(r.createdAt) >= from)
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))[0];
}
