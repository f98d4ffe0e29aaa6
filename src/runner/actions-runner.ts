import type { InputName } from '../inputs/names.js';
import type { RawInputs } from '../inputs/reader.js';
import type { Log, ModeContext, RunnerIO } from '../base/ports.js';
import { appendSummaryFile, command, fileCommand, inputValue, stateValue } from './workflow-commands.js';

/** The ports of `ModeContext`, backed by the real runner. */
export function runnerContext(): ModeContext {
  const env = process.env;
  const log: Log = {
    debug: (message) => command('debug', message),
    info: (message) => void process.stdout.write(`${message}\n`),
    warning: (message) => command('warning', message),
    group: async (name, fn) => {
      command('group', name);
      try {
        return await fn();
      } finally {
        command('endgroup', '');
      }
    },
  };
  const io: RunnerIO = {
    setOutput: (name, value) => {
      if (!fileCommand(env, 'GITHUB_OUTPUT', name, value)) command(`set-output name=${name}`, value);
    },
    exportVariable: (name, value) => {
      process.env[name] = value;
      if (!fileCommand(env, 'GITHUB_ENV', name, value)) command(`set-env name=${name}`, value);
    },
    saveState: (name, value) => {
      if (!fileCommand(env, 'GITHUB_STATE', name, value)) command(`save-state name=${name}`, value);
    },
    setSecret: (value) => {
      if (value !== '') command('add-mask', value);
    },
    appendSummary: (markdown) => {
      try {
        appendSummaryFile(env, markdown);
      } catch (error) {
        command('warning', `Could not write the job summary: ${(error as Error).message}`);
      }
      return Promise.resolve();
    },
  };
  return { env, log, io };
}

/**
 * Inputs as the runner passes them. Separators keep their whitespace (a newline or a space is
 * a meaningful `sep-tags`), every other input is trimmed, as `core.getInput` does.
 */
const UNTRIMMED: ReadonlySet<InputName> = new Set(['sep-tags', 'sep-labels', 'sep-annotations']);
export const runnerInputs: RawInputs = (name: InputName) =>
  inputValue(process.env, name, !UNTRIMMED.has(name));

export function fail(error: unknown): void {
  command('error', error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}

export function savedState(name: string): string {
  return stateValue(process.env, name);
}
