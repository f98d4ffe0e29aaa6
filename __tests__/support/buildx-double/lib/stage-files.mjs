// The files of a build's stages on one platform, as far as the double tracks them (stages.mjs
// models the Dockerfile, this holds what its steps write): what RUN steps with a cache mount write
// (lib/shell.mjs), COPY between stages and from the context, and the target stage for the image
// files (`--output type=local`, 4-export). A stage from `scratch` starts empty; a stage from an
// image has none of the image's files (the double runs no image: see imageFiles in image.mjs).
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseAttrs } from './csv.mjs';
import { splitFlags } from './dockerfile.mjs';
import { cacheMountDir, cacheMountKey, cachedRun, rememberRun } from './mounts.mjs';
import { runScript } from './shell.mjs';
import { findStage } from './stages.mjs';

const COPY_OPTIONS = { recursive: true, force: true, preserveTimestamps: true, verbatimSymlinks: true };

export class StageFiles {
  /** `model`: readStages' result; `contextDir`: the local build context. */
  constructor(model, contextDir) {
    this.model = model;
    this.contextDir = contextDir;
    this.work = mkdtempSync(join(tmpdir(), 'buildx-double-stages-'));
    this.roots = new Map();
    process.on('exit', () => this.cleanup());
  }

  /** The stage's root directory, made on first use from its base stage's files (if any). */
  root(stage) {
    let dir = this.roots.get(stage.index);
    if (dir) return dir;
    dir = join(this.work, `stage-${stage.index}`);
    mkdirSync(dir);
    const base = findStage(this.model.stages.slice(0, stage.index), stage.base);
    if (base) cpSync(this.root(base), dir, COPY_OPTIONS);
    this.roots.set(stage.index, dir);
    return dir;
  }

  /** Whether the stage starts from nothing (`scratch`, directly or through earlier stages). */
  fromScratch(stage) {
    const base = findStage(this.model.stages.slice(0, stage.index), stage.base);
    return base ? this.fromScratch(base) : stage.base === 'scratch';
  }

  /** The root of a `--from=` / `from=` reference: a stage of this file, else nothing tracked. */
  rootOf(ref) {
    const stage = findStage(this.model.stages, ref);
    return stage ? this.root(stage) : undefined;
  }

  /** `COPY [--from=stage] src... dest` in `stage`; a missing source is skipped (lenient). */
  copy(stage, args) {
    const { flags, rest } = splitFlags(args);
    const from = flags.find((f) => f.name === 'from')?.value;
    const paths = rest.split(/\s+/).filter(Boolean);
    const dest = paths.pop();
    const source = from !== undefined ? this.rootOf(from) : this.contextDir;
    if (!source || !dest) return;
    const target = join(this.root(stage), dest);
    for (const p of paths) {
      const src = join(source, p);
      if (!existsSync(src)) continue;
      if (statSync(src).isDirectory()) cpSync(src, target, COPY_OPTIONS);
      else {
        const into = dest.endsWith('/') || paths.length > 1;
        mkdirSync(into ? target : join(target, '..'), { recursive: true });
        cpSync(src, into ? join(target, basename(p)) : target, COPY_OPTIONS);
      }
    }
  }

  /** The stage's files in the shape of image.mjs (`{ name, dir?, content? }`), parents first. */
  files(stage) {
    const out = [];
    const walk = (dir, rel) => {
      for (const name of readdirSync(dir).sort()) {
        const p = join(dir, name);
        const st = lstatSync(p);
        if (st.isSymbolicLink()) continue;
        if (st.isDirectory()) {
          out.push({ name: `${rel}${name}/`, dir: true });
          walk(p, `${rel}${name}/`);
        } else out.push({ name: `${rel}${name}`, content: readFileSync(p) });
      }
    };
    walk(this.root(stage), '');
    return out;
  }

  cleanup() {
    rmSync(this.work, { recursive: true, force: true });
  }
}

/** `RUN [--mount=...]... script`: the mounts (attribute objects) and the script. */
export function parseRunMounts(args) {
  const { flags, rest } = splitFlags(args);
  const mounts = flags
    .filter((f) => f.name === 'mount')
    .map((f) => {
      const mount = Object.fromEntries(parseAttrs(f.value));
      mount.type ??= 'bind';
      mount.target ??= mount.dst ?? mount.destination;
      mount.source ??= mount.src;
      return mount;
    });
  return { mounts, script: rest };
}

/** Only a RUN with a cache mount runs in the small shell; every other RUN just succeeds. */
export const runsInShell = (run) => run.mounts.some((m) => m.type === 'cache');

function treeDigest(dir) {
  const hash = createHash('sha256');
  const walk = (d, rel) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      hash.update(`${rel}/${name}\0`);
      if (lstatSync(p).isDirectory()) walk(p, `${rel}/${name}`);
      else hash.update(readFileSync(p));
    }
  };
  if (existsSync(dir)) walk(dir, '');
  return hash.digest('hex');
}

/**
 * Runs a RUN step that has a cache mount, as BuildKit would on this builder: answered from the
 * builder's cache when the same step ran with the same inputs before (the mounts are then not
 * touched), else run against the mounts, the cache mounts replaced by empty ones first when
 * `noCache` (7-no-cache). The inputs: the stage's instructions up to this one, the values of the
 * ARGs declared before it, the stage's files, the contents of bind mounts, the platform and the
 * mount namespace. Answers { cached, code, output }.
 */
export function runWithMounts({
  env,
  state,
  builder,
  files,
  stage,
  instruction,
  run,
  platform,
  buildArgs,
  namespace,
  noCache,
}) {
  const root = files.root(stage);
  const declared = {};
  for (const a of stage.args.filter((x) => x.line < instruction.line))
    declared[a.name] = buildArgs[a.name] ?? a.value ?? '';
  const bindRoot = (m) => join(m.from ? (files.rootOf(m.from) ?? '') : files.contextDir, m.source ?? '.');
  const binds = run.mounts.filter((m) => m.type === 'bind').map((m) => treeDigest(bindRoot(m)));
  const upTo = stage.instructions.slice(0, stage.instructions.indexOf(instruction) + 1);
  const key = JSON.stringify({
    platform,
    namespace,
    steps: [stage.instruction, ...upTo].map((i) => `${i.name} ${i.args}`),
    declared,
    files: treeDigest(root),
    binds,
  });
  const hit = noCache ? undefined : cachedRun(env, builder, key);
  if (hit) {
    rmSync(root, { recursive: true, force: true });
    cpSync(hit, root, COPY_OPTIONS);
    return { cached: true, code: 0, output: [] };
  }
  // Mounts the shell can see: cache, bind and tmpfs (secret and ssh mounts hold nothing here).
  const visible = run.mounts.filter((m) => ['cache', 'bind', 'tmpfs'].includes(m.type) && m.target);
  const hostDirs = visible.map((m) => {
    if (m.type === 'cache')
      return cacheMountDir(env, state, builder, cacheMountKey(m, namespace), { fresh: noCache });
    if (m.type === 'bind') return bindRoot(m);
    return mkdtempSync(join(files.work, 'tmpfs-'));
  });
  const targets = visible.map((m) => `/${m.target.replace(/^\/+|\/+$/g, '')}`);
  // A path in the container: inside the mount with the longest matching target, else the stage.
  const resolve = (p) => {
    const abs = p.startsWith('/') ? p : `/${p}`;
    let best = -1;
    targets.forEach((t, i) => {
      const fits = abs === t || abs.startsWith(`${t}/`);
      if (fits && (best < 0 || t.length > targets[best].length)) best = i;
    });
    return best < 0 ? join(root, abs) : join(hostDirs[best], abs.slice(targets[best].length));
  };
  const result = runScript(run.script, resolve);
  if (result.code === 0) rememberRun(env, builder, key, root);
  return { cached: false, ...result };
}
