// The stages of a parsed Dockerfile (see dockerfile.mjs): names, ARG-expanded bases, the comment
// above each FROM/ARG, what a target needs, and the build steps titled the way BuildKit titles
// them (`[1/3] COPY ...`, `[hosts 2/2] RUN ...`, `[linux/arm64 2/3] ...`).
import { splitFlags } from './dockerfile.mjs';

/** docker.io/library/busybox:latest for `busybox`, as in `load metadata for ...` lines. */
export function normalizeImage(ref) {
  const slash = ref.indexOf('/');
  const first = slash < 0 ? '' : ref.slice(0, slash);
  let name = ref;
  if (!(first.includes('.') || first.includes(':') || first === 'localhost'))
    name = `docker.io/${slash < 0 ? 'library/' : ''}${ref}`;
  const last = name.slice(name.lastIndexOf('/') + 1);
  return last.includes(':') || last.includes('@') ? name : `${name}:latest`;
}

/** `$A`, `${A}`, `${A:-x}`, `${A:+x}` with the given values. */
export function expandArgs(s, values) {
  return s.replace(/\$(?:\{(\w+)(?::([-+])([^}]*))?\}|(\w+))/g, (_, braced, op, word, bare) => {
    const v = values[braced ?? bare];
    if (op === '-') return v ? v : word;
    if (op === '+') return v ? word : '';
    return v ?? '';
  });
}

/** Comment lines right above line `lineNo` (1-based), nearest last, without `#`. */
function commentAbove(lines, lineNo) {
  const out = [];
  for (let n = lineNo - 2; n >= 0 && /^\s*#/.test(lines[n]); n--)
    out.unshift(lines[n].replace(/^\s*#\s?/, ''));
  return out;
}

/** BuildKit's description convention: a comment line `<name> <text>` documents `name`. */
export function describe(comments, name) {
  for (const c of comments) if (name && c.startsWith(`${name} `)) return c.slice(name.length + 1).trim();
  return '';
}

function parseArgs(x, lines) {
  const comments = commentAbove(lines, x.line);
  return [...x.args.matchAll(/(\w+)(?:=("[^"]*"|'[^']*'|\S*))?/g)].map((m) => ({
    name: m[1],
    value: m[2] === undefined ? undefined : m[2].replace(/^(["'])(.*)\1$/, '$2'),
    line: x.line,
    description: describe(comments, m[1]),
  }));
}

/**
 * @returns {{ metaArgs: object[], stages: {index:number,name:string,asWord?:string,baseRaw:string,
 *   base:string,platform?:string,instruction:object,description:string,args:object[],
 *   instructions:object[]}[] }}
 */
export function readStages(instructions, text, buildArgs = {}) {
  const lines = text.split('\n');
  const metaArgs = [];
  const stages = [];
  for (const x of instructions) {
    const stage = stages[stages.length - 1];
    if (x.name === 'FROM') {
      const { flags, rest } = splitFlags(x.args);
      const [baseRaw = '', asWord, name = ''] = rest.split(/\s+/);
      const values = { ...Object.fromEntries(metaArgs.map((a) => [a.name, a.value])), ...buildArgs };
      stages.push({
        index: stages.length,
        name,
        asWord,
        baseRaw,
        base: expandArgs(baseRaw, values),
        platform: flags.find((f) => f.name === 'platform')?.value,
        instruction: x,
        description: describe(commentAbove(lines, x.line), name),
        args: [],
        instructions: [],
      });
    } else if (!stage) {
      if (x.name === 'ARG') metaArgs.push(...parseArgs(x, lines));
    } else {
      stage.instructions.push(x);
      if (x.name === 'ARG') stage.args.push(...parseArgs(x, lines));
    }
  }
  return { metaArgs, stages };
}

export const findStage = (stages, name) =>
  stages.find((s) => s.name && s.name.toLowerCase() === String(name).toLowerCase()) ??
  (/^\d+$/.test(String(name)) ? stages[Number(name)] : undefined);

/** Stages `target` needs (its base stages, COPY --from and RUN --mount from=), in file order. */
export function closure(stages, target) {
  const need = new Set();
  const visit = (s) => {
    if (!s || need.has(s)) return;
    need.add(s);
    visit(findStage(stages.slice(0, s.index), s.base));
    for (const x of s.instructions) {
      for (const f of splitFlags(x.args).flags) {
        if (x.name === 'COPY' && f.name === 'from') visit(findStage(stages, f.value));
        const from = f.name === 'mount' && /(?:^|,)from=([^,]+)/.exec(f.value);
        if (from) visit(findStage(stages, from[1]));
      }
    }
  };
  visit(target);
  return stages.filter((s) => need.has(s));
}

const STEPS = ['RUN', 'COPY', 'ADD', 'WORKDIR'];

/** Values of the automatic platform ARGs, for a stage that declares them. */
function platformArgs(platform) {
  const host = `linux/${process.arch === 'arm64' ? 'arm64' : 'amd64'}`;
  const [os, arch, variant = ''] = platform.split('/');
  const [bos, barch] = host.split('/');
  return {
    TARGETPLATFORM: platform,
    TARGETOS: os,
    TARGETARCH: arch,
    TARGETVARIANT: variant,
    BUILDPLATFORM: host,
    BUILDOS: bos,
    BUILDARCH: barch,
    BUILDVARIANT: '',
  };
}

/** Expands the variables a stage knows (ARG, ENV) and leaves the rest to the shell. */
function expandKnown(s, vars) {
  return s.replace(/\$(?:\{(\w+)(?::([-+])([^}]*))?\}|(\w+))/g, (whole, braced, op, word, bare) => {
    const name = braced ?? bare;
    if (!(name in vars)) return whole;
    if (op === '-') return vars[name] ? vars[name] : word;
    if (op === '+') return vars[name] ? word : '';
    return vars[name];
  });
}

/**
 * Build steps of `target` for one platform: [{ title, instruction, stage }], titled as BuildKit
 * titles them: `[<platform> <stage> i/n] RUN ...` with the stage's ARG/ENV values expanded. The
 * platform shows in a multi-platform build; the stage name when the file has several stages or
 * a RUN --mount (which adds one).
 */
export function planSteps(model, target, { platform, buildArgs = {}, prefixPlatform = false } = {}) {
  const { stages, metaArgs } = model;
  const named = stages.length > 1 || stages.some((s) => s.instructions.some((x) => /--mount=/.test(x.args)));
  const meta = Object.fromEntries(metaArgs.map((a) => [a.name, buildArgs[a.name] ?? a.value]));
  const auto = platformArgs(platform);
  const steps = [];
  const froms = new Set();
  for (const s of closure(stages, target)) {
    const fromStage = findStage(stages.slice(0, s.index), s.base);
    const own = s.instructions.filter((x) => STEPS.includes(x.name));
    const total = own.length + 1;
    const head = `${prefixPlatform ? `${platform} ` : ''}${named ? `${s.name || `stage-${s.index}`} ` : ''}`;
    if (!fromStage && s.base !== 'scratch' && !froms.has(s.base)) {
      froms.add(s.base);
      const title = `[${head}1/${total}] FROM ${normalizeImage(s.base)}`;
      steps.push({ title, instruction: s.instruction, stage: s });
    }
    const vars = {};
    let i = 1;
    for (const x of s.instructions) {
      if (x.name === 'ARG')
        for (const m of x.args.matchAll(/(\w+)(?:=("[^"]*"|'[^']*'|\S*))?/g)) {
          const v = buildArgs[m[1]] ?? m[2]?.replace(/^(["'])(.*)\1$/, '$2') ?? meta[m[1]] ?? auto[m[1]];
          if (v !== undefined) vars[m[1]] = expandKnown(v, vars);
        }
      if (x.name === 'ENV')
        for (const m of x.args.matchAll(/(\w+)=("[^"]*"|'[^']*'|\S*)/g))
          vars[m[1]] = expandKnown(m[2].replace(/^(["'])(.*)\1$/, '$2'), vars);
      if (STEPS.includes(x.name))
        steps.push({
          title: `[${head}${++i}/${total}] ${x.name} ${expandKnown(x.args, vars)}`,
          instruction: x,
          stage: s,
        });
    }
  }
  return steps;
}

/**
 * Images whose metadata the build loads (`[internal] load metadata for ...`), first use first;
 * `normalize` false gives them as written (ARGs expanded).
 */
export function baseImages(model, stages = model.stages, normalize = true) {
  const out = [];
  for (const s of stages) {
    if (s.base === 'scratch' || findStage(model.stages.slice(0, s.index), s.base)) continue;
    const n = normalize ? normalizeImage(s.base) : s.base;
    if (!out.includes(n)) out.push(n);
  }
  return out;
}

/** Whether the stages read the build context (COPY/ADD without --from, RUN --mount bind/cache). */
export function usesContext(stages) {
  return stages.some((s) =>
    s.instructions.some((x) => {
      const { flags } = splitFlags(x.args);
      if (x.name === 'COPY' || x.name === 'ADD') return !flags.some((f) => f.name === 'from');
      return flags.some(
        (f) => f.name === 'mount' && /(^|,)type=bind(,|$)/.test(f.value) && !/(^|,)from=/.test(f.value),
      );
    }),
  );
}
