import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

/**
 * The runner's protocol for a node action, written out rather than loaded from @actions/core:
 * that package pulls in an HTTP client and undici at start-up (about 90 ms on a 2-core runner,
 * most of the `metadata` mode's budget). The protocol is small and documented in
 * docs.github.com "Workflow commands for GitHub Actions":
 * - `::name::message` lines on stdout, with `%`, CR and LF escaped in the message;
 * - file commands: `name<<DELIMITER` heredocs appended to GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE;
 * - inputs in `INPUT_<NAME>` (spaces to `_`, upper-cased), saved state in `STATE_<name>`.
 */

export type Env = Record<string, string | undefined>;

const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

export function command(name: string, message: string): void {
  process.stdout.write(`::${name}::${escapeData(message)}${EOL}`);
}

export function inputValue(env: Env, name: string, trim = true): string {
  const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
  return trim ? value.trim() : value;
}

export function stateValue(env: Env, name: string): string {
  return env[`STATE_${name}`] ?? '';
}

/** Appends `name<<delimiter` / value / delimiter, with a delimiter the value cannot contain. */
export function fileCommand(
  env: Env,
  file: 'GITHUB_OUTPUT' | 'GITHUB_ENV' | 'GITHUB_STATE',
  name: string,
  value: string,
): boolean {
  const path = env[file];
  if (!path) return false;
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`${file}: the value of ${name} contains the delimiter`);
  }
  appendFileSync(path, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
  return true;
}

export function appendSummaryFile(env: Env, markdown: string): void {
  const path = env['GITHUB_STEP_SUMMARY'];
  if (!path) throw new Error('GITHUB_STEP_SUMMARY is not set');
  appendFileSync(path, markdown.endsWith(EOL) ? markdown : `${markdown}${EOL}`, 'utf8');
}
