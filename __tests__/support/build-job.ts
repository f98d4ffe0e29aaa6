/**
 * One runner job for `mode: build` through the bundled action on the buildx double: its own
 * RUNNER_TEMP, docker config and double state, and what the double was asked to run.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { runAction, type StepOptions, type StepResult } from '../../scripts/runner.mjs';
import { parseLsJson, type BuilderInfo } from '../../src/buildx/builder.js';
import { ROOT } from './paths.js';

export const DOUBLE_BIN = join(ROOT, '__tests__', 'support', 'buildx-double', 'bin');
/** A small build context with a Dockerfile. */
export const API_CONTEXT = join(ROOT, '__tests__', 'e2e', 'api');
export const SHA = '4f8e2a9c1b7d3e5f60718293a4b5c6d7e8f90a1b';

export interface BuildJob {
  workdir: string;
  env: Record<string, string>;
  /** argv of every docker call, in order. */
  calls(): string[][];
  /** Runs the double as a later step of the job would. */
  docker(args: string[]): Promise<string>;
  builders(): Promise<BuilderInfo[]>;
  step(inputs: Record<string, string>, options?: StepOptions): Promise<StepResult>;
}

export function buildJob(extra: Record<string, string> = {}): BuildJob {
  const workdir = mkdtempSync(join(tmpdir(), 'dia-build-'));
  const dockerConfig = join(workdir, 'docker');
  mkdirSync(dockerConfig);
  const log = join(workdir, 'buildx.jsonl');
  const env: Record<string, string> = {
    PATH: `${DOUBLE_BIN}${delimiter}${process.env['PATH'] ?? ''}`,
    DOCKER_CONFIG: dockerConfig,
    BUILDX_DOUBLE_LOG: log,
    BUILDX_DOUBLE_STATE: join(workdir, 'buildx-state.json'),
    RUNNER_ARCH: 'X64',
    ...extra,
  };
  // The same double state, but not in the log of what the action ran.
  const { BUILDX_DOUBLE_LOG: _log, ...quiet } = env;
  const docker = async (args: string[]) => (await promisify(execFile)('docker', args, { env: quiet })).stdout;
  return {
    workdir,
    env,
    calls: () =>
      existsSync(log)
        ? readFileSync(log, 'utf8')
            .trim()
            .split('\n')
            .map((l) => (JSON.parse(l) as { argv: string[] }).argv)
        : [],
    docker,
    builders: async () => parseLsJson(await docker(['buildx', 'ls', '--format', 'json'])),
    step: (inputs, options = {}) =>
      runAction({
        workdir,
        sha: SHA,
        repository: 'langgenius/dify',
        payload: { repository: { private: false, default_branch: 'main' } },
        ...options,
        inputs,
        env: { ...env, ...options.env },
      }),
  };
}
