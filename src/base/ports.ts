/**
 * The ports a mode receives instead of touching the runner: logs, outputs, state, secrets and the
 * environment as data. `src/runner/` wires them to the real runner; tests pass fakes or records.
 */

export type Env = Readonly<Record<string, string | undefined>>;

export interface Log {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
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
}
