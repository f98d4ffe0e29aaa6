#!/usr/bin/env node
// Times the bundled `export-digest` mode as a whole process (node dist/index.js, started as the
// runner starts it) against the local artifact service: the build record a `build` step leaves in
// RUNNER_TEMP, uploaded as a fresh artifact ("fresh"), and the same job re-run, which finds the
// artifact and keeps it ("re-run (kept)"); a bare `node` start with the same runner set-up is the
// baseline. Interleaved, 3 warm-ups, then BENCH_RUNS (default 15) timed runs; prints medians and p90.
// Build first: npm run package (or set BENCH_DIST to a private ncc build, see lib/entry.mjs).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../scripts/runner.mjs';
import { startArtifactService } from '../__tests__/support/artifact-service/server.mjs';
import { ENTRY } from './lib/entry.mjs';
import { emit, median, quantile } from './lib/stats.mjs';

const WARMUPS = 3;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const empty = join(mkdtempSync(join(tmpdir(), 'bench-empty-')), 'empty.mjs');
writeFileSync(empty, '');

const service = await startArtifactService({ repository: 'langgenius/dify' });
let sequence = 0;

/** One export-digest step of job `job` in run `run`, with the build record written first. */
async function exportOnce(run, job, digest, entry = ENTRY) {
  const workdir = mkdtempSync(join(tmpdir(), 'bench-export-'));
  // The record build-record.ts writes (RUNNER_TEMP/dify-image-action/build-record.json).
  const dir = join(workdir, 'runner-temp', 'dify-image-action');
  const record = {
    version: 1,
    digest,
    platform: 'linux/amd64',
    images: ['docker.io/langgenius/dify-api'],
    context: 'api',
  };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'build-record.json'), `${JSON.stringify(record, null, 2)}\n`);
  const step = await runAction({
    workdir,
    entry,
    inputs: { mode: 'export-digest' },
    env: service.clientEnv(run, job),
  });
  if (entry === ENTRY && step.exitCode !== 0)
    throw new Error(`export-digest failed: ${step.errors.join('; ')}\n${step.stdout}`);
  return step;
}

const hex = (n) => n.toString(16).padStart(64, '0');
const times = { fresh: [], kept: [], bare: [] };
try {
  for (let i = -WARMUPS; i < RUNS; i++) {
    const run = `bench-${++sequence}`;
    const digest = `sha256:${hex(sequence)}`;
    const fresh = await exportOnce(run, 'build-1', digest);
    const kept = await exportOnce(run, 'build-2', digest);
    if (!kept.summary.includes('kept'))
      throw new Error(`the re-run did not keep the artifact:\n${kept.stdout}`);
    const bare = await exportOnce(run, 'bare', digest, empty);
    if (i < 0) continue;
    times.fresh.push(fresh.elapsedMs);
    times.kept.push(kept.elapsedMs);
    times.bare.push(bare.elapsedMs);
  }
} finally {
  await service.close();
}
const rows = [
  ['export-digest, fresh upload', times.fresh],
  ['export-digest, re-run (kept)', times.kept],
  ['bare node (empty .mjs)', times.bare],
];
for (const [name, t] of rows)
  console.log(
    `${name}, ${RUNS} runs: median ${median(t).toFixed(1)} ms, p90 ${quantile(t, 0.9).toFixed(1)} ms`,
  );
emit(rows.map(([name, t]) => ({ name, median: median(t), p90: quantile(t, 0.9), runs: RUNS })));
