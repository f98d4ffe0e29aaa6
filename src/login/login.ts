import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { RegistryLogin } from '../inputs/login.js';
import type { ModeContext } from '../base/ports.js';
import { encodeBasicAuth } from '../docker-config/basic-auth.js';
import { dockerConfigPath, formatDockerConfig, parseDockerConfig } from '../docker-config/config-file.js';
import { helpersSetAside, loginFingerprints, withLogins, withoutLogins } from '../docker-config/logins.js';

/** Checks one login against its registry before anything is written; throws a clear error. */
export type CredentialCheck = (login: RegistryLogin) => Promise<void>;

/** Post-step state: where the config is, where its previous bytes are, and what we wrote. */
export const LOGIN_STATE = 'docker-login';

interface LoginState {
  configPath: string;
  /** Path of a copy of the previous config.json, or '' when there was none. */
  backupPath: string;
  /** sha256 of the config we wrote, to tell whether a later step changed it. */
  writtenHash: string;
  /** credential key -> fingerprint of the entry we wrote (never the credential itself). */
  written: Record<string, string>;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Logs in without a Docker daemon, as `docker login` leaves things: the credentials go into the
 * docker config that docker and buildx read. They are checked first, registered as secrets, and
 * the post step (`logOut`) puts the previous config back.
 */
export async function logIn(
  logins: readonly RegistryLogin[],
  ctx: ModeContext,
  check: CredentialCheck,
): Promise<void> {
  if (logins.length === 0) return;
  for (const login of logins) {
    ctx.io.setSecret(login.password);
    ctx.io.setSecret(encodeBasicAuth(login.username, login.password));
  }
  await ctx.log.group(`Logging in to ${logins.map((l) => l.registry).join(', ')}`, async () => {
    await Promise.all(logins.map(check));
    const configPath = dockerConfigPath(ctx.env, homedir());
    const previous = existsSync(configPath) ? readFileSync(configPath, 'utf8') : undefined;
    const config = parseDockerConfig(previous, configPath);
    const setAside = helpersSetAside(config, logins);
    if (setAside.length > 0) {
      ctx.log.warning(
        `Docker config ${configPath}: ${setAside.join(', ')} set aside for this job so that docker and buildx use the credentials of this step; the post step restores them.`,
      );
    }
    const tempDir = ctx.env['RUNNER_TEMP'] || dirname(configPath);
    const backupPath =
      previous === undefined ? '' : join(tempDir, `docker-config-backup-${process.pid}.json`);
    if (previous !== undefined) writePrivate(backupPath, previous);
    const text = formatDockerConfig(withLogins(config, logins));
    mkdirSync(dirname(configPath), { recursive: true });
    writePrivate(configPath, text);
    const state: LoginState = {
      configPath,
      backupPath,
      writtenHash: sha256(text),
      written: loginFingerprints(logins),
    };
    ctx.io.saveState(LOGIN_STATE, JSON.stringify(state));
    for (const login of logins) ctx.log.info(`Login succeeded: ${login.registry} as ${login.username}`);
  });
}

/**
 * Undoes `logIn`: the previous config comes back byte for byte, unless a later step changed the
 * file, in which case only the entries we wrote are removed.
 */
export function logOut(savedState: string, ctx: ModeContext): void {
  if (savedState === '') return;
  const state = JSON.parse(savedState) as LoginState;
  const current = existsSync(state.configPath) ? readFileSync(state.configPath, 'utf8') : undefined;
  if (current !== undefined && sha256(current) === state.writtenHash) {
    if (state.backupPath === '') rmSync(state.configPath);
    else writePrivate(state.configPath, readFileSync(state.backupPath, 'utf8'));
    ctx.log.info(`Restored the docker config ${state.configPath} as it was before the login.`);
  } else if (current !== undefined) {
    writePrivate(
      state.configPath,
      formatDockerConfig(withoutLogins(parseDockerConfig(current, state.configPath), state.written)),
    );
    ctx.log.info(
      `The docker config changed after the login; removed only this action's credentials from ${state.configPath}.`,
    );
  }
  if (state.backupPath !== '') rmSync(state.backupPath, { force: true });
}

function writePrivate(path: string, text: string): void {
  writeFileSync(path, text, { mode: 0o600 });
  chmodSync(path, 0o600);
}
