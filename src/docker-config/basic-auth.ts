/** HTTP Basic credentials (RFC 7617) as docker stores them in `auths[key].auth`. */

export function encodeBasicAuth(username: string, password: string): string {
  return Buffer.from(`${username}:${password}`, 'utf8').toString('base64');
}

/** Splits `base64("user:password")`; docker pads some entries with NULs, which are dropped. */
export function decodeBasicAuth(auth: string): { username: string; password: string } {
  const decoded = Buffer.from(auth, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) throw new Error('docker config: an "auth" entry is not base64("user:password")');
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1).replace(/\0+$/, '') };
}
