import { createHash } from 'node:crypto';
import type { RegistryLogin } from '../inputs/login.js';
import { credentialKey } from '../oci/reference.js';
import { encodeBasicAuth } from './basic-auth.js';
import type { DockerConfig } from './config-file.js';

/**
 * How the post step recognises an entry it wrote without keeping the credential: a digest of the
 * `auth` value, salted with the credential key so equal passwords on two registries differ.
 */
export function entryFingerprint(key: string, auth: string): string {
  return createHash('sha256').update(`${key}\n${auth}`).digest('hex');
}

/** Credential key -> fingerprint of the entry `withLogins` writes for each login. */
export function loginFingerprints(logins: readonly RegistryLogin[]): Record<string, string> {
  return Object.fromEntries(
    logins.map((l) => {
      const key = credentialKey(l.registry);
      return [key, entryFingerprint(key, encodeBasicAuth(l.username, l.password))];
    }),
  );
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
    auths[key] = { auth: encodeBasicAuth(login.username, login.password) };
    delete credHelpers[key];
  }
  const { credsStore: _dropped, credHelpers: _old, ...rest } = config;
  const result: DockerConfig = { ...rest, auths };
  if (Object.keys(credHelpers).length > 0) result.credHelpers = credHelpers;
  return result;
}

/**
 * The config with our logins taken out again, but only entries that still hold what we wrote
 * (`fingerprints` from `loginFingerprints`): a later step that logged in to the same registry
 * keeps its own credentials.
 */
export function withoutLogins(
  config: DockerConfig,
  fingerprints: Readonly<Record<string, string>>,
): DockerConfig {
  const auths = { ...(config.auths ?? {}) };
  for (const [key, fingerprint] of Object.entries(fingerprints)) {
    const auth = auths[key]?.auth;
    if (auth !== undefined && entryFingerprint(key, auth) === fingerprint) delete auths[key];
  }
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
