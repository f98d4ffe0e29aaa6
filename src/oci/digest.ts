import { createHash } from 'node:crypto';

/**
 * Content digests (`opencontainers/go-digest`, image-spec `descriptor.md#digests`):
 * `algorithm ":" encoded`; sha256 and sha512 encodings are lowercase hex of fixed length.
 */
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
const HEX_LENGTH: Readonly<Record<string, number>> = { sha256: 64, sha512: 128 };

/** True when `s` is a well-formed digest (and, for sha256/sha512, of the right hex length). */
export function isDigest(s: string): boolean {
  if (!DIGEST.test(s)) return false;
  const [algorithm, encoded] = s.split(':', 2) as [string, string];
  const length = HEX_LENGTH[algorithm];
  return length === undefined || (encoded.length === length && /^[0-9a-f]+$/.test(encoded));
}

/** `sha256:<hex>` of the bytes: what a registry answers as `Docker-Content-Digest`. */
export function sha256Digest(bytes: Uint8Array | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/**
 * Whether `bytes` hash to `digest`. Only sha256 and sha512 can be checked; other algorithms
 * answer `undefined` (unknown) rather than a false "mismatch".
 */
export function digestMatches(digest: string, bytes: Uint8Array): boolean | undefined {
  const [algorithm, encoded] = digest.split(':', 2);
  if (algorithm !== 'sha256' && algorithm !== 'sha512') return undefined;
  return createHash(algorithm).update(bytes).digest('hex') === encoded;
}
