import { execFile, spawn } from 'node:child_process';
import { mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../paths.js';

const HERE = join(ROOT, '__tests__', 'support', 'artifact-service');
const RESULT_MARK = '@@artifact-driver-result ';

export type DriverAnswer<T> =
  | { ok: true; value: T; stdout: string; stderr: string }
  | { ok: false; error: { name: string; message: string; logs?: string[] }; stdout: string; stderr: string };

/**
 * Runs a driver script in a child process with exactly `env` (plus PATH), and returns the answer it
 * printed. The child owns its process.env, so the test process's env is never touched.
 */
async function runDriver<T>(argv: string[], env: Record<string, string>): Promise<DriverAnswer<T>> {
  const child = spawn(process.execPath, argv, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  const line = stdout.split('\n').find((l) => l.startsWith(RESULT_MARK));
  if (!line)
    throw new Error(`driver exited ${code} without an answer\nstdout:\n${stdout}\nstderr:\n${stderr}`);
  const answer = JSON.parse(line.slice(RESULT_MARK.length)) as
    { ok: true; value: T } | { ok: false; error: { name: string; message: string; logs?: string[] } };
  return { ...answer, stdout, stderr };
}

export type ClientOperation =
  | { op: 'upload'; name: string; root: string; files: string[]; retentionDays?: number }
  | { op: 'list'; latest?: boolean; findBy?: FindBy }
  | { op: 'get'; name: string; findBy?: FindBy }
  | { op: 'download'; id: number; path: string; expectedHash?: string; findBy?: FindBy }
  | { op: 'delete'; name: string; findBy?: FindBy };

export interface FindBy {
  token: string;
  workflowRunId: number;
  repositoryOwner: string;
  repositoryName: string;
}

/** One call of the real @actions/artifact client (client-driver.mjs) with `env`. */
export function runClient<T = unknown>(operation: ClientOperation, env: Record<string, string>) {
  return runDriver<T>([join(HERE, 'client-driver.mjs'), JSON.stringify(operation)], env);
}

export type CacheOperation =
  | { op: 'save'; paths: string[]; key: string }
  | { op: 'restore'; paths: string[]; key: string; restoreKeys?: string[] };

/** One call of the real @actions/cache client (cache-driver.mjs) with `env`. */
export function runCacheClient<T = unknown>(operation: CacheOperation, env: Record<string, string>) {
  return runDriver<T>([join(HERE, 'cache-driver.mjs'), JSON.stringify(operation)], env);
}

let storeDriver: Promise<string> | undefined;

/**
 * store-driver.ts bundled once per test process with esbuild (packages stay external, so the real
 * @actions/artifact from node_modules runs): a plain `node` child then starts in well under a second.
 * Built to a temporary name and renamed, so that parallel test files never see half a file.
 */
function buildStoreDriver(): Promise<string> {
  storeDriver ??= (async () => {
    const dir = join(HERE, '.build');
    await mkdir(dir, { recursive: true });
    const target = join(dir, 'store-driver.mjs');
    const partial = join(dir, `store-driver.${process.pid}.mjs`);
    await promisify(execFile)(join(ROOT, 'node_modules', '.bin', 'esbuild'), [
      join(HERE, 'store-driver.ts'),
      '--bundle',
      '--platform=node',
      '--format=esm',
      '--packages=external',
      '--target=node20',
      '--log-level=warning',
      `--outfile=${partial}`,
    ]);
    await rename(partial, target);
    return target;
  })();
  return storeDriver;
}

/** One call of src/artifact/store.ts over the real client (store-driver.ts, bundled) with `env`. */
export async function runStore<T = unknown>(operation: Record<string, unknown>, env: Record<string, string>) {
  return runDriver<T>([await buildStoreDriver(), JSON.stringify(operation)], env);
}
