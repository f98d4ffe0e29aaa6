// The files of a build's stages, as far as the double tracks them: what RUN steps with mounts
// write (lib/shell.mjs), COPY between stages and from the context, and the last stage for
// `--output type=local` (4-export). Base images contribute no files.
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
  utimesSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseAttrs } from './csv.mjs';
import { cacheMountDir, cacheMountKey, cachedRun, rememberRun } from './mounts.mjs';
import { runScript } from './shell.mjs';

const COPY_OPTIONS = { recursive: true, force: true, preserveTimestamps: true, verbatimSymlinks: true };

export class StageFiles {
  constructor(contextDir) {
    this.contextDir = contextDir;
    this.work = mkdtempSync(join(tmpdir(), 'buildx-double-stages-'));
    this.stages = [];
    process.on('exit', () => this.cleanup());
  }

  get current() {
    return this.stages.at(-1);
  }

  /** `FROM image [AS name]`: an earlier stage's files, or none for an image. */
  from(args) {
    const words = args.split(/\s+/).filter((w) => !w.startsWith('--'));
    const name = words[1]?.toLowerCase() === 'as' ? words[2] : undefined;
    const root = join(this.work, `stage-${this.stages.length}`);
    mkdirSync(root);
    const base = this.stage(words[0]);
    if (base) cpSync(base.root, root, COPY_OPTIONS);
    this.stages.push({ name: name ?? `stage-${this.stages.length}`, root, instructions: [] });
  }

  stage(ref) {
    return this.stages.find((s, i) => s.name === ref || String(i) === ref);
  }

  /** Every instruction of the current stage so far, for RUN cache keys (ARG values among them). */
  note(instruction) {
    this.current?.instructions.push(instruction);
  }

  /** `COPY [--from=stage] src... dest`; a missing source is skipped (the double is lenient here). */
  copy(args) {
    const words = args.split(/\s+/);
    const from = words.find((w) => w.startsWith('--from='))?.slice('--from='.length);
    const paths = words.filter((w) => !w.startsWith('--'));
    const dest = paths.pop();
    const source = from !== undefined ? this.stage(from)?.root : this.contextDir;
    if (!source || !dest || !this.current) return;
    const target = join(this.current.root, dest);
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

  /** The last stage into `dest`; with SOURCE_DATE_EPOCH every file gets that mtime (observation 3). */
  exportLocal(dest, epoch) {
    mkdirSync(dest, { recursive: true });
    const root = this.current?.root;
    if (root) cpSync(root, dest, COPY_OPTIONS);
    let bytes = 0;
    const walk = (dir) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        const st = lstatSync(p);
        if (st.isDirectory()) walk(p);
        else bytes += st.size;
        if (epoch !== undefined && !st.isSymbolicLink()) utimesSync(p, epoch, epoch);
      }
    };
    walk(dest);
    return bytes;
  }

  cleanup() {
    rmSync(this.work, { recursive: true, force: true });
  }
}

/** `RUN [--mount=...]... script`: the mounts (attribute objects) and the script. */
export function parseRunFlags(args) {
  const mounts = [];
  let rest = args;
  for (let m = /^--(\w+)=(\S+)\s*/.exec(rest); m; m = /^--(\w+)=(\S+)\s*/.exec(rest)) {
    if (m[1] === 'mount') mounts.push(Object.fromEntries(parseAttrs(m[2])));
    rest = rest.slice(m[0].length);
  }
  for (const mount of mounts) {
    mount.type ??= 'bind';
    mount.target ??= mount.dst ?? mount.destination;
    mount.source ??= mount.src;
  }
  return { mounts, script: rest };
}

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
 * Runs a RUN step that has mounts, as BuildKit would on this builder: answered from the builder's
 * cache when the same step ran with the same inputs before (the mounts are then not touched), else
 * run against the mounts, the cache mounts replaced by empty ones first when `noCache` (7-no-cache).
 * Answers { cached, code, output }.
 */
export function runWithMounts({ env, state, builder, stages, run, platform, buildArgs, namespace, noCache }) {
  const stage = stages.current;
  const declared = {};
  for (const i of stage.instructions.filter((x) => x.name === 'ARG')) {
    const [name, dflt] = i.args.split('=');
    declared[name] = buildArgs[name] ?? dflt ?? '';
  }
  const binds = run.mounts
    .filter((m) => m.type === 'bind')
    .map((m) =>
      treeDigest(join(m.from ? (stages.stage(m.from)?.root ?? '') : stages.contextDir, m.source ?? '.')),
    );
  const key = JSON.stringify({
    platform,
    namespace,
    steps: stage.instructions.map((i) => `${i.name} ${i.args}`),
    declared,
    binds,
  });
  const hit = noCache ? undefined : cachedRun(env, builder, key);
  if (hit) {
    rmSync(stage.root, { recursive: true, force: true });
    cpSync(hit, stage.root, COPY_OPTIONS);
    return { cached: true, code: 0, output: [] };
  }
  const hostDirs = run.mounts.map((m) => {
    if (m.type === 'cache')
      return cacheMountDir(env, state, builder, cacheMountKey(m, namespace), { fresh: noCache });
    if (m.type === 'bind')
      return join(m.from ? (stages.stage(m.from)?.root ?? '') : stages.contextDir, m.source ?? '.');
    return mkdtempSync(join(stages.work, 'tmpfs-'));
  });
  const targets = run.mounts.map((m) => `/${m.target.replace(/^\/+|\/+$/g, '')}`);
  // A path in the container: inside the mount with the longest matching target, else the stage.
  const resolve = (p) => {
    const abs = p.startsWith('/') ? p : `/${p}`;
    let best = -1;
    targets.forEach((t, i) => {
      const fits = abs === t || abs.startsWith(`${t}/`);
      if (fits && (best < 0 || t.length > targets[best].length)) best = i;
    });
    return best < 0 ? join(stage.root, abs) : join(hostDirs[best], abs.slice(targets[best].length));
  };
  const result = runScript(run.script, resolve);
  if (result.code === 0) rememberRun(env, builder, key, stage.root);
  return { cached: false, ...result };
}
