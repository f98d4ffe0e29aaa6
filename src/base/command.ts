/**
 * The port for child processes. Every child (docker, git, credential helpers) runs through one
 * `RunCommand`: an argument array, never a shell string; secrets on stdin or in files, never in
 * argv; a bounded time; a non-zero exit is an error unless the caller expects one.
 */
import type { Env } from './ports.js';

export interface CommandOptions {
  /** What the child reads on stdin (a server key, a password); never logged. */
  stdin?: string;
  /** The child's whole environment. `INPUT_*` values are removed before it starts. */
  env: Env;
  cwd?: string;
  /** Longest time the child may run before it is stopped and the call fails. */
  timeoutMs: number;
  /** Print `[command]…` and stream each output line to the log (default: true). */
  echo?: boolean;
  /** With `echo`, do not stream stdout (large JSON answers); stderr still streams. */
  quietStdout?: boolean;
  /**
   * The output may contain text a Dockerfile author wrote (`RUN echo "::add-mask::…"`): the runner
   * must not take its lines for workflow commands while it streams.
   */
  untrustedOutput?: boolean;
  /** Answer a non-zero exit instead of throwing (probes such as `inspect`). */
  allowFailure?: boolean;
  /** Called with each stdout line as it arrives, echoed or not. */
  onStdoutLine?: (line: string) => void;
}

export interface CommandResult {
  /** 128 + 9 for a child killed by a signal (the shell's convention; the signal is not known). */
  exitCode: number;
  /** The child ended on a signal (the OOM killer, a cancelled job), not by exiting. */
  killed?: boolean;
  stdout: string;
  /** The last lines of stderr: enough for a final `ERROR:` line and its context. */
  stderrTail: string;
}

export type RunCommand = (
  command: string,
  args: readonly string[],
  options: CommandOptions,
) => Promise<CommandResult>;

/** How many lines of stderr a result keeps. */
export const STDERR_TAIL_LINES = 200;

export class CommandFailedError extends Error {
  override readonly name = 'CommandFailedError';
  constructor(
    readonly command: string,
    readonly args: readonly string[],
    readonly exitCode: number,
    readonly stderrTail: string,
    readonly killed = false,
  ) {
    const last = lastMeaningfulLine(stderrTail);
    super(
      killed
        ? `${command} ${args.slice(0, 2).join(' ')} was killed by a signal before it finished (out of memory, or the job was cancelled)`
        : `${command} ${args.slice(0, 2).join(' ')} failed with exit code ${exitCode}${last ? `: ${last}` : ''}`,
    );
  }
}

export class CommandTimeoutError extends Error {
  override readonly name = 'CommandTimeoutError';
  constructor(
    readonly command: string,
    readonly args: readonly string[],
    readonly timeoutMs: number,
  ) {
    super(
      `${command} ${args.slice(0, 2).join(' ')} timed out after ${formatDuration(timeoutMs)} and was stopped`,
    );
  }
}

export class CommandStartError extends Error {
  override readonly name = 'CommandStartError';
  constructor(
    readonly command: string,
    cause: string,
  ) {
    super(`cannot run ${command}: ${cause}`);
  }
}

/**
 * The line of stderr that says what went wrong. Docker prints its reason first and then a hint
 * (`Run 'docker run --help' for more information`), so hints are skipped.
 */
export function lastMeaningfulLine(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^(Run '.*--help'|See '.*--help')/.test(l));
  return lines.at(-1) ?? '';
}

export function formatDuration(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  if (ms % 60_000 === 0) return `${ms / 60_000} min`;
  if (ms % 1000 === 0) return `${ms / 1000} s`;
  return `${ms} ms`;
}

/** Quotes argv for the log the way a shell user would type it. */
export function formatCommandLine(command: string, args: readonly string[]): string {
  return [command, ...args]
    .map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`))
    .join(' ');
}

/** The environment a child gets: the action's own `INPUT_*` values (passwords, secrets) removed. */
export function childEnvironment(env: Env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && !/^INPUT_/i.test(k)) out[k] = v;
  return out;
}
