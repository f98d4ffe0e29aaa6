import type { RegistryLogin } from '../inputs/login.js';
import { credentialKey } from '../oci/reference.js';

/**
 * The docker CLI's config.json, as far as logins are concerned
 * (docker/cli `cli/config/configfile/file.go`): `auths` keyed by registry, each with
 * `auth` = base64("user:password"); Docker Hub is keyed `https://index.docker.io/v1/`.
 */
export interface DockerConfig {
  auths?: Record<string, { auth?: string; identitytoken?: string; registrytoken?: string }>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
  [key: string]: unknown;
}

export function basicAuth(login: Pick<RegistryLogin, 'username' | 'password'>): string {
  return Buffer.from(`${login.username}:${login.password}`, 'utf8').toString('base64');
}

export function parseDockerConfig(text: string | undefined): DockerConfig {
  if (text === undefined || text.trim() === '') return {};
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error('the docker config is not a JSON object');
  }
  return parsed as DockerConfig;
}

/** docker writes config.json tab-indented, without a trailing newline. */
export function formatDockerConfig(config: DockerConfig): string {
  return JSON.stringify(config, null, '\t');
}

/**
 * The config with our logins added; other entries are kept as they were. docker and buildx ask a
 * credential helper before `auths` (`credHelpers[key]`, else `credsStore` for every registry), so
 * those that would hide our entries are taken out for the job; the post step restores them.
 */
export function withLogins(config: DockerConfig, logins: readonly RegistryLogin[]): DockerConfig {
  const auths = { ...(config.auths ?? {}) };
  const credHelpers = { ...(config.credHelpers ?? {}) };
  for (const login of logins) {
    const key = credentialKey(login.registry);
    auths[key] = { auth: basicAuth(login) };
    delete credHelpers[key];
  }
  const { credsStore: _dropped, credHelpers: _old, ...rest } = config;
  const result: DockerConfig = { ...rest, auths };
  if (Object.keys(credHelpers).length > 0) result.credHelpers = credHelpers;
  return result;
}

/**
 * The config with our logins taken out again, but only entries that still hold what we wrote:
 * a later step that logged in to the same registry keeps its own credentials.
 */
export function withoutLogins(config: DockerConfig, written: Readonly<Record<string, string>>): DockerConfig {
  const auths = { ...(config.auths ?? {}) };
  for (const [key, auth] of Object.entries(written)) if (auths[key]?.auth === auth) delete auths[key];
  return { ...config, auths };
}

/** The credential helpers `withLogins` sets aside, to say so in the log. */
export function helpersSetAside(config: DockerConfig, logins: readonly RegistryLogin[]): string[] {
  const helpers = logins
    .map((login) => credentialKey(login.registry))
    .filter((key) => config.credHelpers?.[key] !== undefined)
    .map((key) => `credHelpers["${key}"]`);
  return config.credsStore === undefined ? helpers : ['credsStore', ...helpers];
}
