/**
 * The docker CLI's config.json as far as registry credentials go (docker/cli
 * `cli/config/configfile/file.go`): `auths` keyed by registry, each with `auth` =
 * base64("user:password") or tokens; `credsStore` and `credHelpers` name credential helpers.
 * Docker Hub is keyed `https://index.docker.io/v1/`. Pure: callers read and write the file.
 */
import { join } from 'node:path';
import type { Env } from '../base/ports.js';

export interface AuthEntry {
  auth?: string;
  username?: string;
  password?: string;
  identitytoken?: string;
  registrytoken?: string;
}

export interface DockerConfig {
  auths?: Record<string, AuthEntry>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
  /** Everything else (proxies, plugins, aliases) is kept as it was. */
  [key: string]: unknown;
}

/**
 * Where docker and buildx read the config: `$DOCKER_CONFIG/config.json`, else
 * `<home>/.docker/config.json` with home from HOME, USERPROFILE, then the OS account's.
 */
export function dockerConfigPath(env: Env, accountHome: string): string {
  if (env['DOCKER_CONFIG']) return join(env['DOCKER_CONFIG'], 'config.json');
  return join(env['HOME'] || env['USERPROFILE'] || accountHome, '.docker', 'config.json');
}

/** Parses config text; empty text is an empty config. `where` names the file in errors. */
export function parseDockerConfig(text: string | undefined, where: string): DockerConfig {
  if (text === undefined || text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`docker config ${where} is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`docker config ${where} is not a JSON object`);
  }
  return parsed as DockerConfig;
}

/** docker writes config.json tab-indented, without a trailing newline. */
export function formatDockerConfig(config: DockerConfig): string {
  return JSON.stringify(config, null, '\t');
}
