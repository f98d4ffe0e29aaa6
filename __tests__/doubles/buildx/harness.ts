/**
 * Shared rig of the buildx double's tests: a scenario per command line (own log, state and docker
 * config), the recordings of build2/, and what a registry holds.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { BUILDX_FIXTURES, ROOT } from '../../support/paths.js';
import type { TestRegistry } from '../../support/registry/index.js';

export const run = promisify(execFile);
export const BIN = join(ROOT, '__tests__', 'support', 'buildx-double', 'bin');
export const BUILD2 = join(BUILDX_FIXTURES, 'build2');
export const EPOCH = '1578616200';
export const SHA = '4f8e2a9c1b7d3e5f60718293a4b5c6d7e8f90a1b';

/** A recorded file of build2/ (`check/lint.stdout`, ...), as text. */
export const recorded = (path: string): string => readFileSync(join(BUILD2, path), 'utf8');
export const recordedJson = <T = Record<string, unknown>>(path: string): T => JSON.parse(recorded(path)) as T;
/** The keys of a recorded metadata file, in file order (sorted, as Go writes a map). */
export const recordedKeys = (path: string): string[] => Object.keys(recordedJson(path));

/** A copy of build2/contexts/* in a temporary directory: builds run there. */
export function contexts(): string {
  const dir = mkdtempSync(join(tmpdir(), 'buildx-double-contexts-'));
  cpSync(join(BUILD2, 'contexts'), dir, { recursive: true });
  return dir;
}

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

let n = 0;
/** A fresh environment: own log, own state, own docker config; `docker(args, cwd)` runs the double. */
export function scenario(work: string, extra: Record<string, string> = {}) {
  const dir = join(work, `s${++n}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths: {} }));
  const env: Record<string, string> = {
    PATH: `${BIN}${delimiter}${process.env.PATH ?? ''}`,
    HOME: dir,
    DOCKER_CONFIG: dir,
    BUILDX_DOUBLE_LOG: join(dir, 'log.jsonl'),
    BUILDX_DOUBLE_DRIVER: 'remote',
    SOURCE_DATE_EPOCH: EPOCH,
    ...extra,
  };
  const docker = async (args: string[], cwd: string, more: Record<string, string> = {}): Promise<Result> => {
    try {
      const r = await run('docker', args, { env: { ...env, ...more }, cwd, maxBuffer: 1 << 26 });
      return { code: 0, stdout: r.stdout, stderr: r.stderr };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      return { code: err.code, stdout: err.stdout, stderr: err.stderr };
    }
  };
  const meta = join(dir, 'metadata.json');
  const metadata = (): Record<string, unknown> | undefined =>
    existsSync(meta) ? (JSON.parse(readFileSync(meta, 'utf8')) as Record<string, unknown>) : undefined;
  return { dir, env, docker, meta, metadata };
}

/** `#N title` lines of a progress stream, without the step number. */
export const stepTitles = (stderr: string): string[] =>
  [
    ...new Set(
      stderr
        .split('\n')
        .filter((l) => /^#\d+ [[a-z]/.test(l))
        .map((l) => l.replace(/^#\d+ /, '')),
    ),
  ].filter((l) => /^(\[|exporting to|importing to|resolving)/.test(l));

export const lastLine = (s: string): string => s.trimEnd().split('\n').pop() ?? '';

/** Repositories a registry holds. */
export async function catalog(reg: TestRegistry): Promise<string[]> {
  const res = await fetch(`${reg.url}/v2/_catalog`);
  return ((await res.json()) as { repositories: string[] }).repositories;
}

/** The bytes a registry serves for a manifest, with the recordings' Accept header. */
export async function manifest(reg: TestRegistry, repo: string, ref: string): Promise<string> {
  const res = await fetch(`${reg.url}/v2/${repo}/manifests/${ref}`, {
    headers: {
      Accept:
        'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.docker.distribution.manifest.v2+json',
    },
  });
  if (!res.ok) throw new Error(`GET ${repo}@${ref}: ${res.status}`);
  return res.text();
}

export const pushOutput = (reg: TestRegistry, repo: string, extra = '') =>
  `type=image,name=${reg.host}/${repo},push-by-digest=true,name-canonical=true,push=true${extra}`;
