/**
 * Where credentials for a registry come from, in order: the action's own logins, env
 * `DOCKER_AUTH_CONFIG`, then `$DOCKER_CONFIG/config.json` or `~/.docker/config.json`
 * (`credHelpers[key]`, else `credsStore`, else `auths`). Follows docker/cli
 * `cli/config/configfile/file.go` and `cli/config/credentials/{file,native}_store.go`.
 * The environment is data (an Env record); nothing here reads `process.env`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { credentialKey, normaliseRegistry } from '../oci/reference.js';
import type { Env } from '../base/ports.js';
import { helperGet } from './credential-helper.js';

export interface Credential {
  username?: string;
  password?: string;
  /** OAuth refresh token (`identitytoken`, or a helper's `<token>` user). */
  identityToken?: string;
  /** Sent as-is as `Bearer` (`registrytoken`). */
  registryToken?: string;
}

/** A login the action was given (inputs `registry`, `username`, `password`). */
export interface Login {
  registry: string;
  username: string;
  password: string;
}

/** Looks up credentials for a normalised registry name (`docker.io`, `host:port`). */
export type CredentialSource = (registry: string) => Promise<Credential | undefined>;

interface AuthEntry {
  auth?: string;
  username?: string;
  password?: string;
  identitytoken?: string;
  registrytoken?: string;
}

interface ConfigFile {
  auths?: Record<string, AuthEntry>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
}

export interface DockerCredentialsOptions {
  env: Env;
  logins?: readonly Login[];
  /** Home directory; defaults to `env.HOME` (or `env.USERPROFILE`). */
  homeDir?: string;
}

/** The path of the docker config file this environment uses. */
export function dockerConfigPath(env: Env, homeDir?: string): string | undefined {
  if (env.DOCKER_CONFIG) return join(env.DOCKER_CONFIG, 'config.json');
  const home = homeDir ?? env.HOME ?? env.USERPROFILE;
  return home ? join(home, '.docker', 'config.json') : undefined;
}

/** Makes a CredentialSource that caches each registry's answer for the life of the run. */
export function dockerCredentials(options: DockerCredentialsOptions): CredentialSource {
  const cache = new Map<string, Promise<Credential | undefined>>();
  let config: Promise<ConfigFile> | undefined;
  const loadConfig = (): Promise<ConfigFile> =>
    (config ??= readConfig(dockerConfigPath(options.env, options.homeDir)));
  return (registry) => {
    const key = normaliseRegistry(registry);
    let hit = cache.get(key);
    if (!hit) {
      hit = lookup(key, options, loadConfig);
      cache.set(key, hit);
    }
    return hit;
  };
}

async function lookup(
  registry: string,
  options: DockerCredentialsOptions,
  loadConfig: () => Promise<ConfigFile>,
): Promise<Credential | undefined> {
  for (const login of options.logins ?? []) {
    if (normaliseRegistry(login.registry) === registry) {
      return { username: login.username, password: login.password };
    }
  }
  const envConfig = options.env.DOCKER_AUTH_CONFIG;
  if (envConfig) {
    const fromEnv = fromAuths(parseConfig(envConfig, 'DOCKER_AUTH_CONFIG').auths, registry);
    if (fromEnv) return fromEnv;
  }
  const file = await loadConfig();
  const key = credentialKey(registry);
  const helper = file.credHelpers?.[key] ?? file.credsStore;
  if (helper) {
    const got = await helperGet(helper, key, options.env);
    if (!got) return undefined;
    // native_store.go: the user name `<token>` marks an identity token.
    return got.username === '<token>'
      ? { identityToken: got.secret }
      : { username: got.username, password: got.secret };
  }
  return fromAuths(file.auths, registry);
}

async function readConfig(path: string | undefined): Promise<ConfigFile> {
  if (!path) return {};
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  return parseConfig(text, path);
}

function parseConfig(text: string, where: string): ConfigFile {
  try {
    const parsed = JSON.parse(text) as unknown;
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new Error('not an object');
    return parsed;
  } catch (error) {
    throw new Error(`docker config ${where} is not valid JSON: ${(error as Error).message}`);
  }
}

/** file_store.go: the exact key first, then any key whose host part is the same registry. */
function fromAuths(auths: Record<string, AuthEntry> | undefined, registry: string): Credential | undefined {
  if (!auths) return undefined;
  const exact = auths[credentialKey(registry)];
  if (exact) return decodeEntry(exact);
  for (const [key, entry] of Object.entries(auths)) {
    let host: string;
    try {
      host = normaliseRegistry(key);
    } catch {
      continue;
    }
    if (host === registry) return decodeEntry(entry);
  }
  return undefined;
}

function decodeEntry(entry: AuthEntry): Credential | undefined {
  const credential: Credential = {};
  if (entry.username) credential.username = entry.username;
  if (entry.password) credential.password = entry.password;
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) throw new Error('docker config: an "auth" entry is not base64("user:password")');
    credential.username = decoded.slice(0, colon);
    credential.password = decoded.slice(colon + 1).replace(/\0+$/, '');
  }
  if (entry.identitytoken) credential.identityToken = entry.identitytoken;
  if (entry.registrytoken) credential.registryToken = entry.registrytoken;
  return Object.keys(credential).length > 0 ? credential : undefined;
}
