import type { CommandResult, RunCommand } from '../base/command.js';
import type { Env } from '../base/ports.js';

/**
 * The docker CLI, over the `RunCommand` port: an argument array, the command line printed, output
 * streamed live, a bounded time, and an error on a non-zero exit. Secrets travel in files or the
 * environment, never in argv.
 */
export type DockerResult = CommandResult;

/** How long each kind of docker call may take before it is stopped. */
export const DOCKER_TIMEOUTS = {
  /** `buildx version`, `inspect`, `ls`, `rm`, `logs`: answers from the daemon or the builder. */
  probe: 60_000,
  /** Creating a builder pulls BuildKit's image; installing QEMU pulls binfmt's. */
  setUp: 10 * 60_000,
  /** A build: the longest a GitHub-hosted job may run. */
  build: 6 * 60 * 60_000,
} as const;

export interface RunOptions {
  /** Do not echo stdout to the log (e.g. `ls --format json`); stderr still streams. */
  quietStdout?: boolean;
  /** Answer a non-zero exit instead of throwing (for probes such as `inspect`). */
  allowFailure?: boolean;
  /** Defaults to `DOCKER_TIMEOUTS.probe`. */
  timeoutMs?: number;
  /** The output carries text from the Dockerfile: fence it from the runner's command parser. */
  untrustedOutput?: boolean;
}

export interface DockerCli {
  run(args: readonly string[], options?: RunOptions): Promise<DockerResult>;
}

export function createDockerCli(deps: {
  run: RunCommand;
  env: Env;
  command?: string;
  cwd?: string;
}): DockerCli {
  const command = deps.command ?? 'docker';
  return {
    run: (args, options = {}) =>
      deps.run(command, args, {
        env: deps.env,
        cwd: deps.cwd,
        timeoutMs: options.timeoutMs ?? DOCKER_TIMEOUTS.probe,
        quietStdout: options.quietStdout,
        allowFailure: options.allowFailure,
        untrustedOutput: options.untrustedOutput,
      }),
  };
}
