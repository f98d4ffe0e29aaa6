/**
 * The ports a mode receives instead of touching the runner: logs, outputs, state, secrets, child
 * processes and the environment as data. `src/runner/` wires them to @actions/core and
 * @actions/exec; tests pass fakes or records.
 */
import type { RunCommand } from './command.js';

export type Env = Readonly<Record<string, string | undefined>>;

/** Where an annotation points: a file and line in the repository, and a title. */
export interface Annotation {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
}

export interface Log {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, annotation?: Annotation): void;
  /** An error annotation that does not by itself fail the step. */
  error(message: string, annotation?: Annotation): void;
  /** Runs `fn` inside a collapsible log group. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export interface RunnerIO {
  /** Sets a step output at once, so that a failure later still leaves what was known. */
  setOutput(name: string, value: string): void;
  /** Makes a variable visible to the later steps of the job. */
  exportVariable(name: string, value: string): void;
  /** Keeps a value for this action's post step. */
  saveState(name: string, value: string): void;
  /** Masks a value in every later log line. */
  setSecret(value: string): void;
  /** Appends markdown to the job summary; a failure to write it is a warning, never an error. */
  appendSummary(markdown: string): Promise<void>;
}

export interface ModeContext {
  env: Env;
  log: Log;
  io: RunnerIO;
  /** Runs child processes (docker, git, credential helpers). */
  run: RunCommand;
}
