/**
 * Runs a Docker credential helper (`docker-credential-<name> get`): the server key goes on
 * stdin, JSON `{"ServerURL","Username","Secret"}` comes back on stdout
 * (`docker/docker-credential-helpers` `client/client.go`, `credentials/credentials.go`).
 * The secret never appears in argv or in an error message.
 */
import { spawn } from 'node:child_process';
import type { Env } from '../base/ports.js';

export interface HelperCredential {
  username: string;
  secret: string;
}

/** `credentials/error.go`: the helper's way of saying "nothing stored". */
const NOT_FOUND = 'credentials not found in native keychain';

/** Returns the stored credential, or undefined when the helper has none for `serverKey`. */
export async function helperGet(
  helper: string,
  serverKey: string,
  env: Env,
): Promise<HelperCredential | undefined> {
  if (!/^[A-Za-z0-9._-]+$/.test(helper))
    throw new Error(`invalid credential helper name ${JSON.stringify(helper)}`);
  const command = `docker-credential-${helper}`;
  const childEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) childEnv[k] = v;
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (resolve, reject) => {
      const child = spawn(command, ['get'], { env: childEnv, stdio: ['pipe', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (c: Buffer) => out.push(c));
      child.stderr.on('data', (c: Buffer) => err.push(c));
      child.on('error', (e) =>
        reject(new Error(`credential helper ${command} could not be started: ${e.message}`)),
      );
      child.on('close', (c) =>
        resolve({
          code: c,
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: Buffer.concat(err).toString('utf8'),
        }),
      );
      child.stdin.on('error', () => undefined); // a helper that exits early closes stdin
      child.stdin.end(serverKey);
    },
  );
  if (code !== 0) {
    if (stdout.includes(NOT_FOUND) || stderr.includes(NOT_FOUND)) return undefined;
    // stderr is the helper's own message; it never contains the secret we are asking for.
    const detail = (stderr.trim() || stdout.trim()).split('\n')[0] ?? '';
    throw new Error(
      `credential helper ${command} failed for ${serverKey} (exit ${code})${detail ? `: ${detail}` : ''}`,
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
