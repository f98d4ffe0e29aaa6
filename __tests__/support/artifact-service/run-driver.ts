import { spawn } from 'node:child_process';
import { join } from 'node:path';
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

/** One call of src/artifact/store.ts over the real client (store-driver.ts, run by vite-node) with `env`. */
export function runStore<T = unknown>(operation: Record<string, unknown>, env: Record<string, string>) {
  return runDriver<T>(
    [
      join(ROOT, 'node_modules', 'vite-node', 'vite-node.mjs'),
      join(HERE, 'store-driver.ts'),
      JSON.stringify(operation),
    ],
    env,
  );
}
