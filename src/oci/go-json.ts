/**
 * The subset of Go's `encoding/json` output that buildx produces with
 * `json.MarshalIndent(v, "", "  ")`: we must write the same bytes to get the same digest.
 *
 * A value is a string, an integer, a boolean, null, an array, or a `Map` whose insertion order is
 * the output order. Go writes struct fields in declaration order and map keys sorted by their
 * UTF-8 bytes; callers build the Map accordingly (`sortedMap` for Go maps).
 */
export type GoJson = string | number | boolean | null | readonly GoJson[] | ReadonlyMap<string, GoJson>;

const HEX = '0123456789abcdef';

/**
 * Quotes a string like Go's `encoding/json` with HTML escaping on (the default of `Marshal`):
 * `<`, `>` and `&` become `\u003c`, `\u003e`, `\u0026`; U+2028 and U+2029 are escaped because
 * JavaScript would break on them; `\b` and `\f` use the short forms (Go >= 1.22); other control
 * characters become `\u00XX`; an unpaired surrogate (invalid UTF-8 in Go) becomes `\ufffd`.
 */
export function goQuote(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += s[i]! + s[i + 1]!;
        i++;
      } else {
        out += '\\ufffd';
      }
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) {
      out += '\\ufffd';
      continue;
    }
    switch (c) {
      case 0x22:
        out += '\\"';
        break;
      case 0x5c:
        out += '\\\\';
        break;
      case 0x0a:
        out += '\\n';
        break;
      case 0x0d:
        out += '\\r';
        break;
      case 0x09:
        out += '\\t';
        break;
      case 0x08:
        out += '\\b';
        break;
      case 0x0c:
        out += '\\f';
        break;
      case 0x3c:
      case 0x3e:
      case 0x26:
        out += '\\u00' + HEX[c >> 4]! + HEX[c & 0xf]!;
        break;
      case 0x2028:
        out += '\\u2028';
        break;
      case 0x2029:
        out += '\\u2029';
        break;
      default:
        out += c < 0x20 ? '\\u00' + HEX[c >> 4]! + HEX[c & 0xf]! : s[i]!;
    }
  }
  return out + '"';
}

/** Orders keys as Go sorts map keys: by the bytes of their UTF-8 encoding. */
export function compareGoKeys(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** A Go `map[string]V` as a GoJson object: keys sorted the way `encoding/json` writes them. */
export function sortedMap(record: Readonly<Record<string, GoJson>>): ReadonlyMap<string, GoJson> {
  const keys = Object.keys(record).sort(compareGoKeys);
  return new Map(keys.map((k) => [k, record[k]!]));
}

/** `json.MarshalIndent(v, "", "  ")`: two-space indent, `": "` after keys, no trailing newline. */
export function goMarshalIndent(value: GoJson): string {
  return write(value, '');
}

function write(value: GoJson, indent: string): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return goQuote(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    // Every number in an index is an int64 size or the schema version.
    if (!Number.isSafeInteger(value)) throw new Error(`cannot encode ${value} as a Go integer`);
    return String(value);
  }
  const inner = indent + '  ';
  if (value instanceof Map) {
    const map = value as ReadonlyMap<string, GoJson>;
    if (map.size === 0) return '{}';
    const parts = [...map.entries()].map(([k, v]) => `${inner}${goQuote(k)}: ${write(v, inner)}`);
    return `{\n${parts.join(',\n')}\n${indent}}`;
  }
  const list = value as readonly GoJson[];
  if (list.length === 0) return '[]';
  return `[\n${list.map((v) => inner + write(v, inner)).join(',\n')}\n${indent}]`;
}
