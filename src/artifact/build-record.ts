import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Env } from '../base/ports.js';
import { encodeDigestRecord, parseDigestFile, recordFileName, type DigestRecord } from './digest-record.js';

/**
 * The hand-off between a job's `build` step and its `export-digest` step: the build writes the
 * digest record of what it pushed into RUNNER_TEMP (one per job: the runner empties it between
 * jobs), and export-digest uploads it without any wiring in the workflow.
 */
const RECORD_DIR = 'dify-image-action';
const RECORD_FILE = 'build-record.json';

export function buildRecordPath(env: Env): string {
  const temp = env['RUNNER_TEMP'];
  if (!temp) throw new Error('RUNNER_TEMP is not set: is this running on a GitHub Actions runner?');
  return join(temp, RECORD_DIR, RECORD_FILE);
}

export function writeBuildRecord(env: Env, record: DigestRecord): string {
  const path = buildRecordPath(env);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, encodeDigestRecord(record, { artifact: RECORD_FILE }));
  return path;
}

/** The record this job's build wrote, or undefined when no build step ran in this job. */
export function readBuildRecord(env: Env): DigestRecord | undefined {
  let text: string;
  try {
    text = readFileSync(buildRecordPath(env), 'utf8');
  } catch {
    return undefined;
  }
  const parsed = JSON.parse(text) as { digest?: string };
  return parseDigestFile(recordFileName(parsed.digest ?? ''), text, RECORD_FILE);
}
