// `docker buildx history ls|inspect|export`: the records of the builds the double ran, shaped like
// ../../../fixtures/buildx/history/ and build2/history/ (keys, key order, units).
import { copyFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRefId } from './image.mjs';

/** The recorded bundle (build2/history/export.dockerbuild): a real gzip tar in OCI layout. */
const RECORDED_BUNDLE = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'fixtures',
  'buildx',
  'build2',
  'history',
  'export.dockerbuild',
);

const USAGE = (cmd) =>
  `\nUsage:  docker buildx history ${cmd} [OPTIONS]\n\nRun 'docker buildx history ${cmd} --help' for more information\n`;

/** Called after a build that reached BuildKit (`#0 building with …`), failed or not. */
export function recordBuild(state, r, exitCode) {
  const b = r.builder;
  const node = b.driver === 'docker' ? b.name : `${b.name}0`;
  const completed = new Date();
  state.history ??= [];
  state.history.unshift({
    builder: b.name,
    ref: `${b.name}/${node}/${r.refId ?? buildRefId()}`,
    name: r.name,
    context: r.context,
    dockerfile: r.dockerfile,
    platform: r.platform,
    startedAt: r.startedAt.toISOString(),
    completedAt: completed.toISOString(),
    durationNs: (completed.getTime() - r.startedAt.getTime()) * 1e6,
    ok: exitCode === 0,
    error: r.error,
    // Only RUN steps with a cache mount can be CACHED (stage-files.mjs); a failed step is counted
    // but not completed.
    total: r.steps(),
    cachedSteps: r.cachedSteps?.() ?? 0,
    completedSteps: exitCode === 0 ? r.steps() : r.steps() - 1,
    buildArgs: r.buildArgs,
  });
}

function takeFlag(args, names) {
  const i = args.findIndex((a) => names.includes(a) || names.some((n) => a.startsWith(`${n}=`)));
  if (i < 0) return undefined;
  const eq = args[i].indexOf('=');
  const value = eq >= 0 && args[i].startsWith('--') ? args[i].slice(eq + 1) : args[i + 1];
  args.splice(i, eq >= 0 && args[i].startsWith('--') ? 1 : 2);
  return value;
}

/** `history <sub> [--builder X] ...`; `rootBuilder` is `buildx --builder X history ...`. */
export function history(args, env, state, io, rootBuilder) {
  const sub = args.shift();
  const builder = takeFlag(args, ['--builder']) ?? rootBuilder ?? env.BUILDX_BUILDER ?? state.current;
  if (!state.builders[builder]) {
    io.err(`ERROR: no builder "${builder}" found\n`);
    return 1;
  }
  const records = (state.history ?? []).filter((h) => h.builder === builder);
  const find = (ref) => records.find((h) => h.ref.split('/').pop() === ref);
  switch (sub) {
    case 'ls': {
      const format = takeFlag(args, ['--format']);
      if (format !== 'json') {
        io.err('ERROR: the buildx double prints history ls only with --format json\n');
        return 1;
      }
      io.out(records.map((h) => `${JSON.stringify(lsLine(h))}\n`).join(''));
      return 0;
    }
    case 'inspect': {
      const format = takeFlag(args, ['--format']);
      const ref = args.find((a) => !a.startsWith('-'));
      const h = ref === undefined ? records[0] : find(ref);
      if (!h) {
        // recorded: history/inspect-full-ref.stderr
        io.err(`ERROR: no record found for ref ${JSON.stringify(ref)}\n`);
        return 1;
      }
      if (format !== 'json') {
        io.err('ERROR: the buildx double prints history inspect only with --format json\n');
        return 1;
      }
      io.out(`${JSON.stringify(inspectJson(h), null, 2)}\n`);
      return 0;
    }
    case 'export': {
      const output = takeFlag(args, ['--output', '-o']);
      const ref = args.find((a) => !a.startsWith('-'));
      if (args.some((a) => a.startsWith('-'))) {
        io.err(`unknown flag: ${args.find((a) => a.startsWith('-'))}\n${USAGE('export')}`);
        return 125;
      }
      const h = ref === undefined ? records[0] : find(ref);
      if (!h) {
        io.err(`ERROR: no record found for ref ${JSON.stringify(ref)}\n`);
        return 1;
      }
      if (!output || !existsSync(dirname(output))) {
        io.err(`ERROR: open ${output}: no such file or directory\n`);
        return 1;
      }
      // Recorded: nothing on stdout or stderr (build2/history/export.stdout).
      copyFileSync(RECORDED_BUNDLE, output);
      return 0;
    }
    default:
      io.err(
        `docker: unknown command: docker buildx history ${sub ?? ''}\n\nRun 'docker buildx history --help' for more information\n`,
      );
      return 1;
  }
}

/** history/ls-format-json.stdout: sorted keys, full ref, `Completed` or `Error`. */
function lsLine(h) {
  return {
    cached_steps: h.cachedSteps ?? 0,
    completed_at: h.completedAt,
    completed_steps: h.completedSteps,
    created_at: h.startedAt,
    name: h.name,
    ref: h.ref,
    status: h.ok ? 'Completed' : 'Error',
    total_steps: h.total,
  };
}

/** history/inspect-format-json.stdout; Duration in nanoseconds. */
function inspectJson(h) {
  return {
    Name: h.name,
    Ref: h.ref.split('/').pop(),
    Context: h.context,
    Dockerfile: h.dockerfile,
    Platform: [h.platform],
    StartedAt: h.startedAt,
    CompletedAt: h.completedAt,
    Duration: h.durationNs,
    // Not recorded for a failed build: buildx's history inspect says "failed" and adds Error.
    Status: h.ok ? 'completed' : 'failed',
    NumCompletedSteps: h.completedSteps,
    NumTotalSteps: h.total,
    NumCachedSteps: h.cachedSteps ?? 0,
    BuildArgs: Object.entries(h.buildArgs ?? {}).map(([Name, Value]) => ({ Name, Value })),
    ...(h.ok ? {} : { Error: { Message: h.error ?? 'failed to solve' } }),
  };
}
