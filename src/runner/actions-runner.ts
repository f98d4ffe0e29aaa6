import * as core from '@actions/core';
import type { InputName } from '../inputs/names.js';
import type { RawInputs } from '../inputs/reader.js';
import type { Log, ModeContext, RunnerIO } from '../modes/ports.js';

/** The ports of `ModeContext`, backed by the real runner through `@actions/core`. */
export function runnerContext(): ModeContext {
  const log: Log = {
    debug: (message) => core.debug(message),
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    group: (name, fn) => core.group(name, fn),
  };
  const io: RunnerIO = {
    setOutput: (name, value) => core.setOutput(name, value),
    exportVariable: (name, value) => core.exportVariable(name, value),
    saveState: (name, value) => core.saveState(name, value),
    setSecret: (value) => core.setSecret(value),
    appendSummary: async (markdown) => {
      try {
        await core.summary.addRaw(markdown, true).write();
      } catch (error) {
        core.warning(`Could not write the job summary: ${(error as Error).message}`);
      }
    },
  };
  return { env: process.env, log, io };
}

export const runnerInputs: RawInputs = (name: InputName) => core.getInput(name);

export function fail(error: unknown): void {
  core.setFailed(error instanceof Error ? error.message : String(error));
}

export function savedState(name: string): string {
  return core.getState(name);
}
