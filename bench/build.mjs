#!/usr/bin/env node
// The action's own overhead in `build` mode, as a whole process: the bundled build step (login
// check, metadata, builder inspection, argv, record) on the buildx double, minus the time of the
// docker calls it made (buildx version, inspect, build), replayed alone with the very same
// arguments; and the export-digest step that follows it in a job. The double stands in for buildx, so "buildx itself" here is the double's
// time, not a real build's; the difference is what the action adds around any buildx.
// Build first: npm run package (or set BENCH_DIST, see lib/entry.mjs).
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { runAction } from '../scripts/runner.mjs';
import { startArtifactService } from '../__tests__/support/artifact-service/server.mjs';
import { ENTRY } from './lib/entry.mjs';
import { startBenchRegistry } from './lib/registry.mjs';
import { emit, median, quantile, table } from './lib/stats.mjs';

const WARMUPS = 2;
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const root = join(import.meta.dirname, '..');
const PATH = `${join(root, '__tests__', 'support', 'buildx-double', 'bin')}${delimiter}${process.env.PATH ?? ''}`;
const context = join(root, '__tests__', 'e2e', 'api');
const registry = await startBenchRegistry();
const artifacts = await startArtifactService({ repository: 'langgenius/dify' });
const times = { step: [], buildx: [], overhead: [], export: [], job: [] };

async function once(i) {
  const workdir = mkdtempSync(join(tmpdir(), 'bench-build-'));
  const log = join(workdir, 'buildx.jsonl');
  const env = {
    ...artifacts.clientEnv(`bench-build-${i}`, 'build'),
    PATH,
    RUNNER_ARCH: 'X64',
    DOCKER_CONFIG: join(workdir, 'docker'),
    BUILDX_DOUBLE_LOG: log,
    // A runner whose current builder can push by digest: the overhead is then the action's alone.
    BUILDX_DOUBLE_DRIVER: 'docker-container',
  };
  mkdirSync(env.DOCKER_CONFIG);
  const inputs = {
    mode: 'build',
    context,
    platform: 'linux/amd64',
    images: `${registry.host}/langgenius/dify-api`,
    'build-args': 'COMMIT_SHA={{sha}}',
  };
  const build = await runAction({ workdir, entry: ENTRY, env, inputs });
  if (build.exitCode !== 0) throw new Error(`build failed: ${build.errors.join('; ')}`);
  const exported = await runAction({
    workdir,
    entry: ENTRY,
    env,
    inputs: { mode: 'export-digest', context: 'api' },
  });
  if (exported.exitCode !== 0) throw new Error(`export-digest failed: ${exported.errors.join('; ')}`);

  // Every docker call the build step made (buildx version, inspect, build), replayed alone with
  // the same arguments: their sum is the double's share of the step.
  const calls = readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l).argv);
  writeFileSync(log, '');
  let buildx = 0;
  for (const argv of calls) {
    // Replayed after the step removed its temporary folders: recreate where files are written.
    for (const flag of ['--metadata-file', '--output']) {
      const at = argv.indexOf(flag);
      if (at >= 0 && (flag === '--metadata-file' || argv[1] === 'history'))
        mkdirSync(join(argv[at + 1], '..'), { recursive: true });
    }
    const started = process.hrtime.bigint();
    await promisify(execFile)('docker', argv, { env: { ...process.env, ...env } });
    buildx += Number(process.hrtime.bigint() - started) / 1e6;
  }
  return { step: build.elapsedMs, buildx, export: exported.elapsedMs };
}

try {
  for (let i = -WARMUPS; i < RUNS; i++) {
    const r = await once(i + WARMUPS);
    if (i < 0) continue;
    times.step.push(r.step);
    times.buildx.push(r.buildx);
    times.overhead.push(r.step - r.buildx);
    times.export.push(r.export);
    times.job.push(r.step - r.buildx + r.export);
  }
} finally {
  await artifacts.close();
  await registry.stop();
}
const rows = [
  ['build step (whole process)', times.step],
  ['its docker calls alone (the double)', times.buildx],
  ['build overhead (step - docker calls)', times.overhead],
  ['export-digest step', times.export],
  ['build overhead + export-digest', times.job],
].map(([name, values]) => ({ name, median: median(values), p90: quantile(values, 0.9) }));
console.log(
  table(
    ['build mode', 'median ms', 'p90 ms'],
    rows.map((r) => [r.name, r.median.toFixed(1), r.p90.toFixed(1)]),
  ),
);
emit(rows);
