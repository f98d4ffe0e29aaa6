import { InputError, quote } from '../base/input-error.js';
import { parseCsvRecord } from './csv.js';

/**
 * One line of the `cache-mounts` input: the attributes of a `RUN --mount=type=cache,...` as the
 * Dockerfile writes them (BuildKit `frontend/dockerfile/instructions/commands_runmount.go`), so a
 * user copies them from the Dockerfile. Only what decides which mount BuildKit hands out is kept.
 */
export interface CacheMountSpec {
  /** The cache ID; BuildKit's default is the cleaned target. */
  id: string;
  target: string;
  sharing?: 'shared' | 'private' | 'locked';
  /**
   * uid, gid and mode give the mount a base directory, and that base is part of the mount's
   * identity in BuildKit: the injection and the extraction must repeat them to get the same mount.
   */
  uid?: number;
  gid?: number;
  /** Octal, as written (`0755`). */
  mode?: string;
}

const INPUT = 'cache-mounts';
const EXPECTED =
  'one cache mount per line, e.g. "id=uv,target=/root/.cache/uv" (optional sharing, uid, gid, mode)';
/**
 * IDs and targets end up in cache keys (no commas, `+` separates key parts), in a generated
 * Dockerfile's `--mount` flag (where `$` would be expanded) and in a directory name.
 */
const SAFE = /^[A-Za-z0-9._/:@-]+$/;
const MAX_ID = 100;

function fail(line: string, problem: string): never {
  throw new InputError(INPUT, `${quote(line)} ${problem}`, EXPECTED);
}

/** Go's `path.Clean` for the absolute and relative paths a target holds. */
function cleanPath(p: string): string {
  const rooted = p.startsWith('/');
  const parts: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
      else if (!rooted) parts.push('..');
    } else parts.push(part);
  }
  const joined = parts.join('/');
  return rooted ? `/${joined}` : joined || '.';
}

function integer(line: string, key: string, value: string): number {
  if (!/^\d+$/.test(value)) fail(line, `has ${key}=${value}, not a number`);
  return Number(value);
}

export function parseCacheMountLine(line: string): CacheMountSpec {
  const attrs = new Map<string, string>();
  for (const field of parseCsvRecord(line)) {
    if (field === '') continue;
    const eq = field.indexOf('=');
    // BuildKit lower-cases keys; `ro`/`readonly` may stand alone.
    const key = (eq < 0 ? field : field.slice(0, eq)).trim().toLowerCase();
    const value = eq < 0 ? '' : field.slice(eq + 1).trim();
    if (attrs.has(key)) fail(line, `sets ${key} twice`);
    attrs.set(key, value);
  }
  const spec: Partial<CacheMountSpec> = {};
  for (const [key, value] of attrs) {
    switch (key) {
      case 'type':
        if (value !== 'cache') fail(line, `is type=${value}; only type=cache mounts can be kept`);
        break;
      case 'id':
        spec.id = value;
        break;
      case 'target':
      case 'dst':
      case 'destination':
        if (spec.target !== undefined) fail(line, 'sets the target twice');
        spec.target = value;
        break;
      case 'sharing':
        if (value !== 'shared' && value !== 'private' && value !== 'locked')
          fail(line, `has sharing=${value}; expected shared, private or locked`);
        spec.sharing = value;
        break;
      case 'uid':
      case 'gid':
        spec[key] = integer(line, key, value);
        break;
      case 'mode':
        if (!/^[0-7]{1,4}$/.test(value)) fail(line, `has mode=${value}, not an octal mode`);
        spec.mode = value;
        break;
      case 'ro':
      case 'readonly':
      case 'rw':
      case 'readwrite':
        // Whether the build may write does not change which mount it gets.
        break;
      case 'from':
      case 'source':
      case 'src':
        fail(line, `has ${key}=: a cache mount seeded from another stage or image cannot be restored`);
        break;
      default:
        fail(line, `has the unknown attribute ${JSON.stringify(key)}`);
    }
  }
  if (spec.target === undefined || spec.target === '') fail(line, 'has no target');
  const id = spec.id === undefined || spec.id === '' ? cleanPath(spec.target) : spec.id;
  for (const [what, value] of [
    ['id', id],
    ['target', spec.target],
  ] as const) {
    if (!SAFE.test(value))
      fail(line, `has the ${what} ${JSON.stringify(value)}: use letters, digits and . _ / : @ -`);
  }
  if (id.length > MAX_ID) fail(line, `has an id longer than ${MAX_ID} characters`);
  return { ...spec, id, target: spec.target };
}

/** The whole input: one mount per line, each ID once (two lines would share a cache entry). */
export function parseCacheMounts(lines: readonly string[]): CacheMountSpec[] {
  const mounts = lines.map(parseCacheMountLine);
  const seen = new Set<string>();
  for (const [i, mount] of mounts.entries()) {
    if (seen.has(mount.id)) fail(lines[i] ?? '', `repeats the id ${JSON.stringify(mount.id)}`);
    seen.add(mount.id);
  }
  return mounts;
}
