#!/usr/bin/env node
// Times the bundled `merge` mode as whole processes (node dist/index.js, started as a runner
// starts it) against real local registries: 2, 8 and 32 single-platform images merged into one
// index under 4 tags, on 1 registry (the sources' own repository) and on 2 registries (the second
// image needs every child copied across). Every timed run gets a fresh repository (so every
// push really happens); a "re-run" row repeats the last run's inputs, when nothing is left to do.
// Prints wall-time medians, the requests the step counted ("<n> registry requests" in its log),
// the requests the registries logged, and the protocol minimum for each row.
// Build first: npm run package.   BENCH_RUNS=<n> sets the timed runs per row (default 7).
/* global setTimeout */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../scripts/runner.mjs';
import { buildImage } from '../__tests__/support/buildx-double/lib/image.mjs';
import { Pusher } from '../__tests__/support/buildx-double/lib/push.mjs';
import { ENTRY } from './lib/entry.mjs';
import { startBenchRegistry } from './lib/registry.mjs';
import { emit, median, table } from './lib/stats.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SIZES = (process.env.BENCH_MERGE_SIZES ?? '2,8,32').split(',').map(Number);
const TAGS = ['1.2.3', '1.2', '1', 'latest'];

/** 32 distinct valid platforms: the usual Linux ones first, then other os/arch/variant combos. */
export const PLATFORMS = [
  'linux/amd64',
  'linux/arm64',
  'linux/arm/v7',
  'linux/386',
  'linux/ppc64le',
  'linux/s390x',
  'linux/riscv64',
  'linux/arm/v6',
  'linux/arm/v5',
  'linux/amd64/v2',
  'linux/amd64/v3',
  'linux/arm64/v9',
  'linux/mips64le',
  'linux/mips64',
  'linux/mipsle',
  'linux/mips',
  'linux/ppc64',
  'linux/loong64',
  'windows/amd64',
  'windows/arm64',
  'windows/386',
  'freebsd/amd64',
  'freebsd/arm64',
  'freebsd/386',
  'netbsd/amd64',
  'openbsd/amd64',
  'openbsd/arm64',
  'darwin/amd64',
  'darwin/arm64',
  'solaris/amd64',
  'illumos/amd64',
  'dragonfly/amd64',
];

const dockerConfig = mkdtempSync(join(tmpdir(), 'bench-docker-config-'));
let sequence = 0;

/** Pushes `n` tiny distinct images (one per platform) by digest; returns their digests. */
async function pushSources(registry, repository, n, nonce) {
  const pusher = new Pusher({ DOCKER_CONFIG: dockerConfig }, `${registry.host}/${repository}`);
  const digests = [];
  await Promise.all(
    PLATFORMS.slice(0, n).map(async (platform, i) => {
      const image = buildImage({
        platform,
        buildArgs: { COMMIT_SHA: `${nonce}-${i}` },
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
      digests[i] = (image.top ?? image.manifest).digest;
    }),
  );
  return digests;
}

/** One merge step; returns its time and request counts (step log and both access logs). */
async function mergeOnce(registries, images, sources) {
  for (const r of registries) r.resetLog();
  const step = await runAction({
    inputs: {
      mode: 'merge',
      images: images.join('\n'),
      sources: sources.join('\n'),
      tags: TAGS.map((t) => `type=raw,value=${t}`).join('\n'),
    },
    ref: 'refs/heads/main',
    env: { DOCKER_CONFIG: dockerConfig, SOURCE_DATE_EPOCH: '1700000000' },
    entry: ENTRY,
  });
  if (step.exitCode !== 0)
    throw new Error(
      `merge failed (${step.exitCode}): ${step.errors.join('; ')}\n${step.stdout}\n${step.stderr}`,
    );
  const m = /; (\d+) registry requests$/m.exec(step.stdout);
  if (!m) throw new Error(`no "<n> registry requests" line in the merge log:\n${step.stdout}`);
  const counted = Number(m[1]);
  // The access log is written after each answer: give it a moment to catch up.
  await Promise.all(registries.map((r) => r.settle(0)));
  await new Promise((r) => setTimeout(r, 20));
  const logged = registries.reduce((sum, r) => sum + r.requests().length, 0);
  return { ms: step.elapsedMs, counted, logged, lines: registries.flatMap((r) => r.requests()) };
}

/**
 * The fewest requests the protocol allows for the same result (no auth challenges): per source a
 * manifest GET and its config GET (the platform lives there); per tag one PUT and, to verify, one
 * HEAD; per source copied across registries a manifest PUT, the config uploaded from the bytes
 * already read (POST + PUT), the layer streamed (GET + POST + PUT). A re-run must still read the
 * sources (to know the index) and HEAD every tag.
 */
function minimum(n, registries, fresh) {
  const tags = TAGS.length * registries;
  if (!fresh) return { floor: 2 * n + tags, verified: 2 * n + tags };
  const copies = (registries - 1) * n * 6;
  return { floor: 2 * n + copies + tags, verified: 2 * n + copies + 2 * tags };
}

async function scenario(registries, n) {
  const regs = registries.slice(0, 2);
  const fresh = [];
  let last;
  // One untimed warm-up run per row, then RUNS timed runs, each on a fresh repository.
  for (let run = -1; run < RUNS; run++) {
    const repo = `bench/app-${n}-${regs.length}-${++sequence}-${process.pid}`;
    const digests = await pushSources(regs[0], repo, n, `${repo}`);
    const images = regs.slice(0, regs.length).map((r) => `${r.host}/${repo}`);
    const sources = digests.map((d) => `${regs[0].host}/${repo}@${d}`);
    const result = await mergeOnce(regs, images, sources);
    if (run >= 0) fresh.push(result);
    last = { images, sources };
  }
  const rerun = [];
  for (let run = 0; run < RUNS; run++) rerun.push(await mergeOnce(regs, last.images, last.sources));
  return { fresh, rerun };
}

const r1 = await startBenchRegistry();
const r2 = await startBenchRegistry();
const rows = [];
const machine = [];
try {
  for (const n of SIZES) {
    for (const count of [1, 2]) {
      const regs = count === 1 ? [r1] : [r1, r2];
      const { fresh, rerun } = await scenario(regs, n);
      for (const [kind, results] of [
        ['fresh', fresh],
        ['re-run', rerun],
      ]) {
        const min = minimum(n, count, kind === 'fresh');
        const counted = median(results.map((r) => r.counted));
        const logged = median(results.map((r) => r.logged));
        const name = `merge ${n} platforms, ${count} registr${count === 1 ? 'y' : 'ies'}, ${kind}`;
        const ms = median(results.map((r) => r.ms));
        rows.push([
          name,
          ms.toFixed(1),
          Math.min(...results.map((r) => r.ms)).toFixed(1),
          String(counted),
          String(logged),
          String(min.floor),
          String(min.verified),
          `${(counted / min.verified).toFixed(2)}x`,
        ]);
        machine.push({ name, median: ms, runs: results.length, requests: counted, minimum: min.verified });
        if (process.env.BENCH_VERBOSE) {
          const tally = {};
          for (const line of results.at(-1).lines) {
            const key = line
              .replace(/sha256:[0-9a-f]{64}/g, '<digest>')
              .replace(/\/v2\/\S+?\/(manifests|blobs)/, '/v2/<repo>/$1')
              .replace(/_state=[^&\s]*/, '')
              .replace(/uploads\/[0-9a-f-]+/, 'uploads/<id>');
            tally[key] = (tally[key] ?? 0) + 1;
          }
          console.log(name, tally);
        }
      }
    }
  }
} finally {
  await r1.stop();
  await r2.stop();
}
console.log(
  `merge into ${TAGS.length} tags, ${RUNS} timed runs per row (each fresh run on a new repository)\n` +
    table(
      [
        'row',
        'median ms',
        'min ms',
        'requests (step)',
        'requests (registry log)',
        'floor',
        'floor+verify',
        'step/floor+verify',
      ],
      rows,
    ),
);
emit(machine);
