import { spawn } from 'node:child_process';
import type { Env, Log } from '../base/ports.js';

/**
 * The one adapter to the `docker` CLI: runs it with an argument array (never a shell string),
 * prints the command line, streams its output live to the log, keeps stdout and the tail of stderr,
 * and throws on a non-zero exit. Secrets travel in files or the environment, never in argv.
 */
export interface DockerResult {
  exitCode: number;
  stdout: string;
  /** The last lines of stderr (enough for the final `ERROR:` line and its context). */
  stderrTail: string;
}

export interface RunOptions {
  /** Do not echo stdout to the log (e.g. `ls --format json`); stderr still streams. */
  quietStdout?: boolean;
  /** Answer a non-zero exit instead of throwing (for probes such as `inspect`). */
  allowFailure?: boolean;
}

export interface DockerCli {
  run(args: readonly string[], options?: RunOptions): Promise<DockerResult>;
}

export class DockerCommandError extends Error {
  override readonly name = 'DockerCommandError';
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number,
    readonly stderrTail: string,
  ) {
    const last = stderrTail.trimEnd().split('\n').pop() ?? '';
    super(`docker ${args.slice(0, 2).join(' ')} failed with exit code ${exitCode}${last ? `: ${last}` : ''}`);
  }
}

const TAIL_LINES = 200;

export function formatCommandLine(command: string, args: readonly string[]): string {
  return [command, ...args]
    .map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`))
    .join(' ');
}

function lineSplitter(onLine: (line: string) => void) {
  let rest = '';
  return {
    push(chunk: string) {
      rest += chunk;
      let nl = rest.indexOf('\n');
      while (nl >= 0) {
        onLine(rest.slice(0, nl));
        rest = rest.slice(nl + 1);
        nl = rest.indexOf('\n');
      }
    },
    end() {
      if (rest !== '') onLine(rest);
      rest = '';
    },
  };
}

export function createDockerCli(deps: { log: Log; env: Env; command?: string; cwd?: string }): DockerCli {
  const command = deps.command ?? 'docker';
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(deps.env)) if (v !== undefined) env[k] = v;
  return {
    run(args, options = {}) {
      deps.log.info(`[command]${formatCommandLine(command, args)}`);
      return new Promise<DockerResult>((resolve, reject) => {
        const child = spawn(command, [...args], { env, cwd: deps.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        const tail: string[] = [];
        const out = lineSplitter((l) => {
          if (!options.quietStdout) deps.log.info(l);
        });
        const err = lineSplitter((l) => {
          deps.log.info(l);
          tail.push(l);
          if (tail.length > TAIL_LINES) tail.shift();
        });
        child.stdout.setEncoding('utf8').on('data', (c: string) => {
          stdout += c;
          out.push(c);
        });
        child.stderr.setEncoding('utf8').on('data', (c: string) => err.push(c));
        child.on('error', (e) => reject(new Error(`cannot run ${command}: ${e.message}`)));
        child.on('close', (code, signal) => {
          out.end();
          err.end();
          const exitCode = code ?? (signal ? 128 : 1);
          const stderrTail = tail.join('\n');
          if (exitCode !== 0 && !options.allowFailure)
            reject(new DockerCommandError(args, exitCode, stderrTail));
          else resolve({ exitCode, stdout, stderrTail });
        });
      });
    },
  };
}
