// What a BuildKit builder keeps between builds, on disk beside the state file: its cache mounts
// (a directory per mount, recorded ID like `buildx du`) and the results of RUN steps that used a
// mount (so an unchanged step is CACHED and does not run, as 2-same-build recorded). Without a
// state file each invocation starts from an empty builder.
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stateFile } from './state.mjs';

let scratch;
function storeRoot(env) {
  const file = stateFile(env);
  if (file) return `${file}.d`;
  if (!scratch) {
    scratch = mkdtempSync(join(tmpdir(), 'buildx-double-store-'));
    process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
  }
  return scratch;
}

const digest = (s) => createHash('sha256').update(s).digest('hex');
/** The 25-character IDs `buildx du` shows. */
const recordId = () =>
  [...randomBytes(25)].map((b) => '0123456789abcdefghijklmnopqrstuvwxyz'[b % 36]).join('');

/**
 * BuildKit's identity of a cache mount: `<BUILDKIT_CACHE_MOUNT_NS>/<id>` (the ID defaults to the
 * target), and the base directory that uid/gid/mode create (dockerfile2llb convert_runmount.go).
 */
export function cacheMountKey(mount, namespace = '') {
  const id = mount.id || mount.target.replace(/\/+$/, '');
  const base = ['uid', 'gid', 'mode']
    .filter((k) => mount[k] !== undefined)
    .map((k) => `${k}=${mount[k]}`)
    .join(',');
  return `${namespace}/${id}${base ? `|${base}` : ''}`;
}

/**
 * The host directory of a builder's cache mount. `fresh`: what --no-cache and --no-cache-filter do
 * to a RUN's mounts (observation 10): a new, empty mount with a new ID replaces the old one.
 */
export function cacheMountDir(env, state, builder, key, { fresh = false } = {}) {
  state.cacheMounts ??= {};
  const mounts = (state.cacheMounts[builder] ??= {});
  const existing = mounts[key];
  if (existing && !fresh && existsSync(existing.dir)) return existing.dir;
  if (existing) rmSync(existing.dir, { recursive: true, force: true });
  const id = recordId();
  const dir = join(storeRoot(env), builder, 'cache-mounts', id);
  mkdirSync(dir, { recursive: true });
  mounts[key] = { id, dir };
  return dir;
}

/** `buildx rm`: the builder's container and state volume go, and its mounts with them. */
export function removeBuilderStore(env, state, builder) {
  rmSync(join(storeRoot(env), builder), { recursive: true, force: true });
  if (state.cacheMounts) delete state.cacheMounts[builder];
}

/** The stage's files after a RUN that ran with these inputs before on this builder, if any. */
export function cachedRun(env, builder, key) {
  const dir = join(storeRoot(env), builder, 'runs', digest(key));
  return existsSync(dir) ? dir : undefined;
}

export function rememberRun(env, builder, key, stageRoot) {
  const dir = join(storeRoot(env), builder, 'runs', digest(key));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(stageRoot, dir, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
}
