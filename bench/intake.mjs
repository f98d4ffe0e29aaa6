#!/usr/bin/env node
// Times the merge's artifact intake: the bundled `merge` mode with dry-run=true (so nothing is
// pushed and runs stay comparable) reading 2, 8 and 32 digest artifacts of one run from the local
// artifact service, next to the same merge given the same digests as `sources` (pattern none).
// The difference of the medians is what the intake costs (list, parallel downloads, unzip,
// verify, parse). Setup per size: n tiny single-platform images pushed by digest to a real
// registry, then n export-digest steps (each its own job token) upload their records.
// 1 warm-up, then BENCH_RUNS (default 7) interleaved timed runs per row; prints medians.
// Build first: npm run package (or set BENCH_DIST to a private ncc build, see lib/entry.mjs).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../scripts/runner.mjs';
import { startArtifactService } from '../__tests__/support/artifact-service/server.mjs';
import { buildImage } from '../__tests__/support/buildx-double/lib/image.mjs';
import { Pusher } from '../__tests__/support/buildx-double/lib/push.mjs';
import { ENTRY } from './lib/entry.mjs';
import { startBenchRegistry } from './lib/registry.mjs';
import { emit, median, quantile } from './lib/stats.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SIZES = (process.env.BENCH_INTAKE_SIZES ?? '2,8,32').split(',').map(Number);
const dockerConfig = mkdtempSync(join(tmpdir(), 'bench-docker-config-'));
// Distinct platforms; the merge only needs them distinct and well-formed.
const platformOf = (i) => ['linux/amd64', 'linux/arm64'][i] ?? `linux/bench${i}`;

async function pushImages(registry, repository, n) {
  const pusher = new Pusher({ DOCKER_CONFIG: dockerConfig }, `${registry.host}/${repository}`);
  const digests = [];
  for (let i = 0; i < n; i++) {
    const image = buildImage({
      platform: platformOf(i),
      buildArgs: { COMMIT_SHA: `${repository}-${i}` },
      labels: {},
      created: '2024-01-01T00:00:00Z',
      epoch: 1704067200,
      oci: true,
      attest: null,
      manifestAnnotations: {},
      descriptorAnnotations: {},
      indexAnnotations: {},
      subjectName: repository,
      provenance: {},
    });
    for (const blob of image.blobs) await pusher.pushBlob(blob);
    await pusher.pushManifest(image.top ?? image.manifest);
    digests.push((image.top ?? image.manifest).digest);
  }
  return digests;
}

async function exportAll(service, run, context, image, digests) {
  const queue = digests.map((digest, i) => ({ digest, i }));
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const step = await runAction({
        entry: ENTRY,
        inputs: {
          mode: 'export-digest',
          digest: job.digest,
          platform: platformOf(job.i),
          images: image,
          context,
        },
        env: service.clientEnv(run, `build-${job.i}`),
      });
      if (step.exitCode !== 0) throw new Error(`export-digest failed: ${step.errors.join('; ')}`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

async function mergeOnce(service, run, inputs) {
  const step = await runAction({
    entry: ENTRY,
    inputs: { mode: 'merge', tags: 'type=raw,value=bench', 'dry-run': 'true', ...inputs },
    env: { DOCKER_CONFIG: dockerConfig, ...service.clientEnv(run, 'merge') },
  });
  if (step.exitCode !== 0) throw new Error(`merge failed: ${step.errors.join('; ')}\n${step.stdout}`);
  return step;
}

const registry = await startBenchRegistry();
const service = await startArtifactService({ repository: 'langgenius/dify' });
const rows = [];
try {
  for (const n of SIZES) {
    const repository = `bench/intake-${n}-${process.pid}`;
    const image = `${registry.host}/${repository}`;
    const run = `intake-${n}`;
    const context = `n${n}`;
    const digests = await pushImages(registry, repository, n);
    await exportAll(service, run, context, image, digests);
    const fromArtifacts = {
      images: image,
      context,
      'expected-platforms': digests.map((_, i) => platformOf(i)).join(','),
    };
    const fromSources = {
      images: image,
      pattern: 'none',
      sources: [...digests]
        .sort()
        .map((d) => `${image}@${d}`)
        .join('\n'),
    };
    const times = { artifacts: [], sources: [] };
    for (let i = -1; i < RUNS; i++) {
      const a = await mergeOnce(service, run, fromArtifacts);
      const s = await mergeOnce(service, run, fromSources);
      if (a.outputs.digest !== s.outputs.digest) throw new Error('artifacts and sources merged differently');
      if (i < 0) continue;
      times.artifacts.push(a.elapsedMs);
      times.sources.push(s.elapsedMs);
    }
    const ma = median(times.artifacts);
    const ms = median(times.sources);
    console.log(
      `${n} artifacts: merge (dry-run) from artifacts median ${ma.toFixed(1)} ms, from sources median ${ms.toFixed(1)} ms, intake ${(ma - ms).toFixed(1)} ms`,
    );
    rows.push(
      { name: `merge dry-run, ${n} artifacts`, median: ma, p90: quantile(times.artifacts, 0.9), runs: RUNS },
      {
        name: `merge dry-run, ${n} sources (no intake)`,
        median: ms,
        p90: quantile(times.sources, 0.9),
        runs: RUNS,
      },
      { name: `intake of ${n} artifacts (difference)`, median: ma - ms, runs: RUNS },
    );
  }
} finally {
  await Promise.all([registry.stop(), service.close()]);
}
emit(rows);
