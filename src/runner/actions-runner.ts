import * as core from '@actions/core';
import type { InputName } from '../inputs/names.js';
import type { RawInputs } from '../inputs/reader.js';
import type { Annotation, Log, ModeContext, RunnerIO } from '../base/ports.js';
import { execCommands } from './command.js';

/** The ports of `ModeContext`, backed by @actions/core and @actions/exec. */
export function runnerContext(): ModeContext {
  const log: Log = {
    debug: (message) => core.debug(message),
    info: (message) => core.info(message),
    warning: (message, annotation) => core.warning(message, annotationProperties(annotation)),
    error: (message, annotation) => core.error(message, annotationProperties(annotation)),
    group: (name, fn) => core.group(name, fn),
  };
  const io: RunnerIO = {
    setOutput: (name, value) => core.setOutput(name, value),
    exportVariable: (name, value) => core.exportVariable(name, value),
    saveState: (name, value) => core.saveState(name, value),
    setSecret: (value) => {
      if (value !== '') core.setSecret(value);
    },
    appendSummary: async (markdown) => {
      try {
        await core.summary.addRaw(markdown, true).write();
      } catch (error) {
        core.warning(`Could not write the job summary: ${(error as Error).message}`);
      } finally {
        core.summary.emptyBuffer();
      }
    },
  };
  return { env: process.env, log, io, run: execCommands(log) };
}

function annotationProperties(annotation: Annotation | undefined): core.AnnotationProperties | undefined {
  if (!annotation) return undefined;
  const { title, file, startLine, endLine, startColumn } = annotation;
  return { title, file, startLine, endLine, startColumn };
}

/**
 * Inputs as the runner passes them. Separators keep their whitespace (a newline or a space is
 * a meaningful `sep-tags`); every other input is trimmed.
 */
const UNTRIMMED: ReadonlySet<InputName> = new Set(['sep-tags', 'sep-labels', 'sep-annotations']);
export const runnerInputs: RawInputs = (name: InputName) =>
  core.getInput(name, { trimWhitespace: !UNTRIMMED.has(name) });

export function fail(error: unknown): void {
  core.setFailed(error instanceof Error ? error.message : String(error));
}

export function savedState(name: string): string {
  return core.getState(name);
}
