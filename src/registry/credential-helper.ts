/**
 * Runs a Docker credential helper (`docker-credential-<name> get`): the server key goes on
 * stdin, JSON `{"ServerURL","Username","Secret"}` comes back on stdout
 * (`docker/docker-credential-helpers` `client/client.go`, `credentials/credentials.go`).
 * The secret never appears in argv or in an error message.
 */
import type { CommandResult, RunCommand } from '../base/command.js';
import type { Env } from '../base/ports.js';

/** A helper asks a keychain or a cloud API; one that hangs must not hold the job. */
const HELPER_TIMEOUT_MS = 30_000;

export interface HelperCredential {
  username: string;
  secret: string;
}

/** `credentials/error.go`: the helper's way of saying "nothing stored". */
const NOT_FOUND = 'credentials not found in native keychain';

/** Returns the stored credential, or undefined when the helper has none for `serverKey`. */
export async function helperGet(
  run: RunCommand,
  helper: string,
  serverKey: string,
  env: Env,
): Promise<HelperCredential | undefined> {
  if (!/^[A-Za-z0-9._-]+$/.test(helper))
    throw new Error(`invalid credential helper name ${JSON.stringify(helper)}`);
  const command = `docker-credential-${helper}`;
  let result: CommandResult;
  try {
    result = await run(command, ['get'], {
      stdin: serverKey,
      env,
      timeoutMs: HELPER_TIMEOUT_MS,
      echo: false,
      allowFailure: true,
    });
  } catch (error) {
    throw new Error(`credential helper ${command} for ${serverKey}: ${(error as Error).message}`);
  }
  const { exitCode, stdout, stderrTail: stderr } = result;
  if (exitCode !== 0) {
    if (stdout.includes(NOT_FOUND) || stderr.includes(NOT_FOUND)) return undefined;
    // stderr is the helper's own message; it never contains the secret we are asking for.
    const detail = (stderr.trim() || stdout.trim()).split('\n')[0] ?? '';
    throw new Error(
      `credential helper ${command} failed for ${serverKey} (exit ${exitCode})${detail ? `: ${detail}` : ''}`,
    );
  }
  let parsed: { Username?: unknown; Secret?: unknown };
  try {
    parsed = JSON.parse(stdout) as typeof parsed;
  } catch {
    throw new Error(`credential helper ${command} printed something that is not JSON for ${serverKey}`);
  }
  const username = typeof parsed.Username === 'string' ? parsed.Username : '';
  const secret = typeof parsed.Secret === 'string' ? parsed.Secret : '';
  if (username === '' && secret === '') return undefined;
  return { username, secret };
}
