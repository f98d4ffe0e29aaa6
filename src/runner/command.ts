import { getExecOutput } from '@actions/exec';
import { randomUUID } from 'node:crypto';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import {
  CommandFailedError,
  CommandStartError,
  CommandTimeoutError,
  STDERR_TAIL_LINES,
  childEnvironment,
  formatCommandLine,
  type CommandResult,
  type RunCommand,
} from '../base/command.js';
import type { Env, Log } from '../base/ports.js';
import { CHILD_MARKER, stopChild } from './child-kill.js';

/** How long a stopped child gets between TERM and KILL. */
const KILL_GRACE_MS = 5_000;

/**
 * `RunCommand` over @actions/exec. Output is captured and, when echoed, streamed line by line
 * through the log port (so tests see it and untrusted output can be fenced); @actions/exec's own
 * echo stays silent.
 */
export function execCommands(log: Log): RunCommand {
  return async (command, args, options) => {
    const echo = options.echo ?? true;
    if (echo) log.info(`[command]${formatCommandLine(command, args)}`);
    const tail: string[] = [];
    // Marks the child and its descendants, so that a timeout stops exactly them.
    const marker = randomUUID();
    // While untrusted output streams, the runner ignores workflow commands until it sees the token.
    const fence = echo && options.untrustedOutput ? randomUUID().replace(/-/g, '') : undefined;
    if (fence) log.info(`::stop-commands::${fence}`);
    const running = getExecOutput(resolveCommand(command, options.env), [...args], {
      env: { ...childEnvironment(options.env), [CHILD_MARKER]: marker },
      cwd: options.cwd,
      silent: true,
      ignoreReturnCode: true,
      // Only when there is something to say: @actions/exec writes it without an error handler, so
      // a child that exits before reading would raise EPIPE in this process.
      input: options.stdin === undefined ? undefined : Buffer.from(options.stdin, 'utf8'),
      listeners: {
        stdline: (line) => {
          options.onStdoutLine?.(line);
          if (echo && !options.quietStdout) log.info(line);
        },
        errline: (line) => {
          if (echo) log.info(line);
          tail.push(line);
          if (tail.length > STDERR_TAIL_LINES) tail.shift();
        },
      },
    });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), options.timeoutMs);
    });
    let outcome: Awaited<typeof running> | 'timeout';
    try {
      outcome = await Promise.race([running, timedOut]);
    } catch (error) {
      const message = (error as Error).message;
      // @actions/io's wording for a missing tool runs to four sentences; the first says it all.
      throw new CommandStartError(
        command,
        message.startsWith('Unable to locate executable file') ? 'not found on PATH' : message,
      );
    } finally {
      clearTimeout(timer);
      if (fence) log.info(`::${fence}::`);
    }
    if (outcome === 'timeout') {
      stopChild(marker, KILL_GRACE_MS);
      // Let @actions/exec see the exit so it releases its pipes; it is bounded by the grace period.
      await Promise.race([running.catch(() => undefined), delay(KILL_GRACE_MS + 1_000)]);
      throw new CommandTimeoutError(command, args, options.timeoutMs);
    }
    // @actions/exec answers no exit code for a child that a signal ended.
    const killed = (outcome.exitCode as number | null) === null;
    const exitCode = killed ? 137 : outcome.exitCode;
    const result: CommandResult = {
      exitCode,
      stdout: outcome.stdout,
      stderrTail: tail.join('\n'),
      ...(killed ? { killed } : {}),
    };
    if (exitCode !== 0 && !options.allowFailure)
      throw new CommandFailedError(command, args, exitCode, result.stderrTail, killed);
    return result;
  };
}

/**
 * The executable for `command` on the child's PATH. @actions/exec looks it up on this process's
 * PATH, and a caller may give the child another one (a test double, a tool cache directory).
 */
function resolveCommand(command: string, env: Env): string {
  if (command.includes('/') || env['PATH'] === undefined) return command;
  for (const dir of env['PATH'].split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return command;
}

const delay = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms).unref());
