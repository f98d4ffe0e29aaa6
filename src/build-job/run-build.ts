import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BuildInvocation } from '../buildx/build-args.js';
import { CommandFailedError } from '../base/command.js';
import { DOCKER_TIMEOUTS, type DockerCli } from '../buildx/cli.js';
import { classifyBuildFailure, describeBuildFailure, type BuildFailure } from '../buildx/failures.js';
import type { Log } from '../base/ports.js';

export interface RetryOptions {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Wait before the second attempt; doubles each time. */
  firstDelayMs: number;
  sleep?: (ms: number) => Promise<void>;
}

export const BUILD_RETRY: RetryOptions = { attempts: 3, firstDelayMs: 5_000 };

/** A build that failed, with what buildx said about it (for the job summary). */
export class BuildxBuildError extends Error {
  override readonly name = 'BuildxBuildError';
  constructor(readonly failure: BuildFailure) {
    super(`buildx build failed: ${describeBuildFailure(failure)}`);
  }
}

/**
 * Runs `buildx build`, with its secrets in private files that exist only while it runs. A push
 * that failed for a transient reason (5xx, 429, reset, timeout: `classifyBuildFailure`) is tried
 * again, a bounded number of times; a build error fails at once with buildx's last ERROR line.
 */
export async function runBuildx(
  docker: DockerCli,
  invocation: BuildInvocation,
  log: Log,
  options: {
    retry?: RetryOptions;
    /** The Dockerfile's path in the repository, for annotations on a failed step. */
    dockerfile?: string;
  } = {},
): Promise<void> {
  const retry = options.retry ?? BUILD_RETRY;
  const sleep = retry.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  for (const file of invocation.secretFiles) {
    mkdirSync(dirname(file.path), { recursive: true, mode: 0o700 });
    writeFileSync(file.path, file.content, { mode: 0o600 });
  }
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await docker.run(invocation.args, { timeoutMs: DOCKER_TIMEOUTS.build, untrustedOutput: true });
        return;
      } catch (error) {
        if (!(error instanceof CommandFailedError)) throw error;
        const failure = classifyBuildFailure(error.stderrTail);
        if (failure.kind !== 'transient-push' || attempt >= retry.attempts) {
          if (failure.step && failure.location) {
            log.error(failure.message, {
              title: `Build step failed: ${failure.step}`,
              file: options.dockerfile ?? failure.location.file,
              startLine: failure.location.line,
            });
          }
          throw new BuildxBuildError(failure);
        }
        const delay = retry.firstDelayMs * 2 ** (attempt - 1);
        log.warning(
          `Push failed (${failure.message}); attempt ${attempt + 1} of ${retry.attempts} in ${delay / 1000} s`,
        );
        await sleep(delay);
      }
    }
  } finally {
    for (const file of invocation.secretFiles) rmSync(file.path, { force: true });
  }
}
