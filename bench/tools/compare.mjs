#!/usr/bin/env node
// A/B timing of the metadata step between bundles (ncc outputs), interleaved with a bare node
// start so that machine load hits every variant alike:
//   node bench/tools/compare.mjs <distA> <distB> ...     (BENCH_RUNS, default 40)
// BENCH_STEP=api times the step whose payload lacks the repository (repos.get asked).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runAction } from '../../scripts/runner.mjs';
import { median, quantile, table } from '../lib/stats.mjs';
import { METADATA_STEP, METADATA_STEP_ASKING_API } from '../lib/steps.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const STEP = process.env.BENCH_STEP === 'api' ? METADATA_STEP_ASKING_API : METADATA_STEP;
const empty = join(mkdtempSync(join(tmpdir(), 'bench-empty-')), 'empty.mjs');
writeFileSync(empty, '');
const variants = [
  { name: 'bare node', entry: empty },
  ...process.argv.slice(2).map((d) => ({ name: d, entry: join(resolve(d), 'index.js') })),
];
const times = variants.map(() => []);
for (let i = -3; i < RUNS; i++) {
  for (const [v, variant] of variants.entries()) {
    const step = await runAction({ ...STEP, entry: variant.entry });
    if (step.exitCode !== 0) throw new Error(`${variant.name} failed: ${step.errors.join('; ')}`);
    if (i >= 0) times[v]?.push(step.elapsedMs);
  }
}
const bare = median(times[0] ?? []);
console.log(
  `metadata step, ${RUNS} interleaved runs each\n` +
    table(
      ['variant', 'median ms', 'p90 ms', 'over bare node'],
      variants.map((v, i) => [
        v.name,
        median(times[i] ?? []).toFixed(1),
        quantile(times[i] ?? [], 0.9).toFixed(1),
        (median(times[i] ?? []) - bare).toFixed(1),
      ]),
    ),
);
