/**
 * Helpers that read a parsed JSON document the way Go's `encoding/json` fills a struct, so that
 * what we copy out of a source index is what buildx would copy: unknown fields are dropped, a
 * key matches a field exactly or else case-insensitively, and the last matching key wins.
 */

/** Thrown for a manifest, index or config that is not what its media type promises. */
export class OciFormatError extends Error {
  override readonly name = 'OciFormatError';
}

export type JsonObject = Readonly<Record<string, unknown>>;

/** Parses bytes as a JSON object (a document, not a bare value). */
export function parseJsonObject(bytes: Uint8Array, what: string): JsonObject {
  let value: unknown;
  try {
    // Like Go, invalid UTF-8 becomes U+FFFD instead of failing.
    value = JSON.parse(new TextDecoder('utf-8').decode(bytes));
  } catch (err) {
    throw new OciFormatError(`${what}: not valid JSON (${(err as Error).message})`);
  }
  if (!isObject(value)) throw new OciFormatError(`${what}: expected a JSON object`);
  return value;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Picks the struct fields `names` out of `obj` as Go does: per JSON key, an exact field name
 * match, else an ASCII case-insensitive one; a later key overwrites an earlier one.
 */
export function goFields<K extends string>(
  obj: JsonObject,
  names: readonly K[],
): Partial<Record<K, unknown>> {
  const out: Partial<Record<K, unknown>> = {};
  const folded = new Map(names.map((n) => [n.toLowerCase(), n]));
  for (const [key, value] of Object.entries(obj)) {
    const field = (names as readonly string[]).includes(key) ? (key as K) : folded.get(key.toLowerCase());
    if (field !== undefined) out[field] = value;
  }
  return out;
}

/** A Go `string` field: absent or null is "", anything but a string is an error. */
export function goString(value: unknown, where: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new OciFormatError(`${where}: expected a string`);
  return value;
}

/** A Go `[]string` field: absent or null is empty. */
export function goStrings(value: unknown, where: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new OciFormatError(`${where}: expected an array of strings`);
  return value.map((v, i) => goString(v, `${where}[${i}]`));
}

/** A Go `map[string]string` field: absent or null is empty. */
export function goStringMap(value: unknown, where: string): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (!isObject(value)) throw new OciFormatError(`${where}: expected an object of strings`);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) out[k] = goString(v, `${where}.${k}`);
  return out;
}
