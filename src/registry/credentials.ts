/**
 * Where credentials for a registry come from, in order: the action's own logins, env
 * `DOCKER_AUTH_CONFIG`, then `$DOCKER_CONFIG/config.json` or `~/.docker/config.json`
 * (`credHelpers[key]`, else `credsStore`, else `auths`). Follows docker/cli
 * `cli/config/configfile/file.go` and `cli/config/credentials/{file,native}_store.go`.
 * The environment is data (an Env record); nothing here reads `process.env`.
 */
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import type { RunCommand } from '../base/command.js';
import type { Env } from '../base/ports.js';
import { credentialFromAuths, type Credential } from '../docker-config/auths.js';
import { dockerConfigPath, parseDockerConfig, type DockerConfig } from '../docker-config/config-file.js';
import { credentialKey, normaliseRegistry } from '../oci/reference.js';
import { helperGet } from './credential-helper.js';

export type { Credential } from '../docker-config/auths.js';

/** A login the action was given (inputs `registry`, `username`, `password`). */
export interface Login {
  registry: string;
  username: string;
  password: string;
}

/** Looks up credentials for a normalised registry name (`docker.io`, `host:port`). */
export type CredentialSource = (registry: string) => Promise<Credential | undefined>;

export interface DockerCredentialsOptions {
  env: Env;
  logins?: readonly Login[];
  /** Runs credential helpers. */
  run: RunCommand;
  /** Home directory when the environment names none; defaults to the OS account's. */
  homeDir?: string;
}

/** Makes a CredentialSource that caches each registry's answer for the life of the run. */
export function dockerCredentials(options: DockerCredentialsOptions): CredentialSource {
  const cache = new Map<string, Promise<Credential | undefined>>();
  let config: Promise<DockerConfig> | undefined;
  const loadConfig = (): Promise<DockerConfig> =>
    (config ??= readConfig(dockerConfigPath(options.env, options.homeDir ?? homedir())));
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
  loadConfig: () => Promise<DockerConfig>,
): Promise<Credential | undefined> {
  for (const login of options.logins ?? []) {
    if (normaliseRegistry(login.registry) === registry) {
      return { username: login.username, password: login.password };
    }
  }
  const envConfig = options.env.DOCKER_AUTH_CONFIG;
  if (envConfig) {
    const fromEnv = credentialFromAuths(parseDockerConfig(envConfig, 'DOCKER_AUTH_CONFIG').auths, registry);
    if (fromEnv) return fromEnv;
  }
  const file = await loadConfig();
  const key = credentialKey(registry);
  const helper = file.credHelpers?.[key] ?? file.credsStore;
  if (helper) {
    const setting = file.credHelpers?.[key] !== undefined ? `credHelpers["${key}"]` : 'credsStore';
    let got: Awaited<ReturnType<typeof helperGet>>;
    try {
      got = await helperGet(options.run, helper, key, options.env);
    } catch (error) {
      // Many users do not know their docker config names a helper: say where it comes from.
      throw new Error(
        `${(error as Error).message} (the docker config's ${setting} names this helper: install it, or remove that entry to use "auths")`,
      );
    }
    if (!got) return undefined;
    // native_store.go: the user name `<token>` marks an identity token.
    return got.username === '<token>'
      ? { identityToken: got.secret }
      : { username: got.username, password: got.secret };
  }
  return credentialFromAuths(file.auths, registry);
}

async function readConfig(path: string): Promise<DockerConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  return parseDockerConfig(text, path);
}
