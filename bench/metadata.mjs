#!/usr/bin/env node
// Times the bundled `metadata` mode as a whole process (node dist/index.js, started as the runner
// starts it) next to a bare `node` start (an empty .mjs entry, same runner set-up), so that the
// action's own cost is the difference: 3 warm-up runs, then 30 timed runs of each, interleaved
// so that machine load hits all alike; prints medians and p90 in milliseconds. The step runs
// twice: with a push payload that carries the repository (no API call), and with one that does
// not (repos.get asked, which loads @actions/github).
// Build first: npm run package (or set BENCH_DIST to a private ncc build, see lib/entry.mjs).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../scripts/runner.mjs';
import { ENTRY } from './lib/entry.mjs';
import { emit, median, quantile } from './lib/stats.mjs';
import { METADATA_STEP, METADATA_STEP_ASKING_API } from './lib/steps.mjs';

const WARMUPS = 3;
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const empty = join(mkdtempSync(join(tmpdir(), 'bench-empty-')), 'empty.mjs');
writeFileSync(empty, '');

const step = { ...METADATA_STEP, entry: ENTRY };
const api = { ...METADATA_STEP_ASKING_API, entry: ENTRY };
const bare = { ...METADATA_STEP, entry: empty };
for (let i = 0; i < WARMUPS; i++) {
  for (const s of [step, api, bare]) await runAction(s);
}
const times = { step: [], api: [], bare: [] };
for (let i = 0; i < RUNS; i++) {
  for (const [name, s] of [
    ['step', step],
    ['api', api],
  ]) {
    const result = await runAction(s);
    if (result.exitCode !== 0) throw new Error(`run ${i} failed: ${result.errors.join('; ')}`);
    times[name].push(result.elapsedMs);
  }
  times.bare.push((await runAction(bare)).elapsedMs);
}
const line = (name, t) =>
  `${name}, ${RUNS} runs: median ${median(t).toFixed(1)} ms, p90 ${quantile(t, 0.9).toFixed(1)} ms`;
console.log(line('metadata mode', times.step));
console.log(line('metadata mode, repos.get asked', times.api));
console.log(line('bare node (empty .mjs)', times.bare));
console.log(
  `metadata overhead over node: ${(median(times.step) - median(times.bare)).toFixed(1)} ms (medians)`,
);
emit([
  { name: 'metadata step', median: median(times.step), p90: quantile(times.step, 0.9), runs: RUNS },
  {
    name: 'metadata step, repos.get asked',
    median: median(times.api),
    p90: quantile(times.api, 0.9),
    runs: RUNS,
  },
  { name: 'bare node start', median: median(times.bare), p90: quantile(times.bare, 0.9), runs: RUNS },
]);
