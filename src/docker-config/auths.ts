import { credentialKey, normaliseRegistry } from '../oci/reference.js';
import { decodeBasicAuth } from './basic-auth.js';
import type { AuthEntry } from './config-file.js';

/** What a registry is told about who we are, from whatever source. */
export interface Credential {
  username?: string;
  password?: string;
  /** OAuth refresh token (`identitytoken`, or a helper's `<token>` user). */
  identityToken?: string;
  /** Sent as-is as `Bearer` (`registrytoken`). */
  registryToken?: string;
}

/**
 * The `auths` entry for a normalised registry name, as docker/cli's `file_store.go` finds it:
 * the exact key first, then any key whose host part is the same registry.
 */
export function credentialFromAuths(
  auths: Readonly<Record<string, AuthEntry>> | undefined,
  registry: string,
): Credential | undefined {
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
  if (entry.auth) Object.assign(credential, decodeBasicAuth(entry.auth));
  if (entry.identitytoken) credential.identityToken = entry.identitytoken;
  if (entry.registrytoken) credential.registryToken = entry.registrytoken;
  return Object.keys(credential).length > 0 ? credential : undefined;
}
