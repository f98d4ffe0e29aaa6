/**
 * Where a registry may send us for a token. The realm comes from the registry's 401 answer and
 * receives the password (or identity token), so it gets the same rule as registries: https,
 * or plain http only to loopback hosts and hosts the user listed in "insecure-registries".
 */
import { RegistryError } from './errors.js';
import { redactUrl } from './redact.js';

export function checkRealm(
  registry: string,
  realm: string,
  plainHttpAllowed: (host: string) => boolean,
): void {
  let url: URL;
  try {
    url = new URL(realm);
  } catch {
    throw new RegistryError(
      registry,
      401,
      'INVALID_REALM',
      `registry ${registry}: token realm "${realm}" is not a URL`,
    );
  }
  if (url.protocol === 'https:') return;
  if (url.protocol === 'http:' && plainHttpAllowed(url.host)) return;
  throw new RegistryError(
    registry,
    401,
    'INSECURE_REALM',
    `registry ${registry}: refusing its token realm ${redactUrl(url)}: credentials go over https only, ` +
      `or over plain http to loopback hosts and hosts listed in "insecure-registries"`,
  );
}
