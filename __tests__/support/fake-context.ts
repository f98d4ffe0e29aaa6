import type { Env, ModeContext } from '../../src/base/ports.js';
import { execCommands } from '../../src/runner/command.js';

/** A ModeContext that records what a mode did, for tests that call modes directly. */
export interface RecordingContext extends ModeContext {
  lines: string[];
  warnings: string[];
  errors: string[];
  outputs: Record<string, string>;
  variables: Record<string, string>;
  state: Record<string, string>;
  secrets: string[];
  summary: string;
}

export function recordingContext(env: Env = {}): RecordingContext {
  const ctx: RecordingContext = {
    env,
    lines: [],
    warnings: [],
    errors: [],
    outputs: {},
    variables: {},
    state: {},
    secrets: [],
    summary: '',
    log: {
      debug: (m) => ctx.lines.push(`debug: ${m}`),
      info: (m) => ctx.lines.push(m),
      warning: (m) => {
        ctx.warnings.push(m);
        ctx.lines.push(`warning: ${m}`);
      },
      error: (m) => {
        ctx.errors.push(m);
        ctx.lines.push(`error: ${m}`);
      },
      group: async (name, fn) => {
        ctx.lines.push(`group: ${name}`);
        return fn();
      },
    },
    // Real child processes, their output recorded in `lines`.
    run: (command, args, options) => execCommands(ctx.log)(command, args, options),
    io: {
      setOutput: (n, v) => void (ctx.outputs[n] = v),
      exportVariable: (n, v) => void (ctx.variables[n] = v),
      saveState: (n, v) => void (ctx.state[n] = v),
      setSecret: (v) => void ctx.secrets.push(v),
      appendSummary: (m) => {
        ctx.summary += m;
        return Promise.resolve();
      },
    },
  };
  return ctx;
}
