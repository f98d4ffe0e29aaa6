#!/usr/bin/env node
// Times the bundled `metadata` mode as a whole process (node dist/index.js, started as the runner
// starts it): 3 warm-up runs, then 30 timed runs; prints the median and p90 in milliseconds.
// Build first: npm run package.
import { runAction } from '../scripts/runner.mjs';

const WARMUPS = 3;
const RUNS = 30;
const options = {
  inputs: {
    mode: 'metadata',
    images: 'langgenius/dify-api\nlanggenius/dify-web',
    tags: 'type=ref,event=branch\ntype=sha,enable=true,priority=100,prefix=,suffix=,format=long',
  },
  ref: 'refs/heads/main',
  env: { SOURCE_DATE_EPOCH: '1700000000' },
};

for (let i = 0; i < WARMUPS; i++) await runAction(options);
const times = [];
for (let i = 0; i < RUNS; i++) {
  const step = await runAction(options);
  if (step.exitCode !== 0) throw new Error(`run ${i} failed: ${step.errors.join('; ')}`);
  times.push(step.elapsedMs);
}
times.sort((a, b) => a - b);
const at = (q) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
console.log(`metadata mode, ${RUNS} runs: median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms`);
