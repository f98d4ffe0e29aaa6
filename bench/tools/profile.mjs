#!/usr/bin/env node
// Profiles one bundled step (default: the metadata bench's step) (node --cpu-prof dist/index.js, with the env a runner
// gives it; NODE_OPTIONS refuses --cpu-prof) and prints where the time goes: self time per
// bundle chunk / source module, and the top functions. Build first: npm run package.
//   node bench/tools/profile.mjs [--keep]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inputVariable, runnerContextEnv } from '../../scripts/runner.mjs';
import { METADATA_STEP } from '../lib/steps.mjs';

// A step other than the metadata one: BENCH_PROFILE_STEP='{"inputs":{...},"env":{...}}'.
const STEP = process.env.BENCH_PROFILE_STEP ? JSON.parse(process.env.BENCH_PROFILE_STEP) : METADATA_STEP;

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'dia-prof-'));
for (const d of ['temp', 'workspace']) mkdirSync(join(dir, d));
const file = (name, text = '') => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const env = { PATH: process.env.PATH ?? '' };
Object.assign(
  env,
  runnerContextEnv({
    ref: STEP.ref,
    workspace: join(dir, 'workspace'),
    temp: join(dir, 'temp'),
    eventPath: file('event.json', '{}'),
  }),
  {
    GITHUB_OUTPUT: file('output'),
    GITHUB_ENV: file('env'),
    GITHUB_STATE: file('state'),
    GITHUB_STEP_SUMMARY: file('summary'),
    GITHUB_PATH: file('path'),
  },
  STEP.env,
);
for (const [k, v] of Object.entries(STEP.inputs)) env[inputVariable(k)] = v;
const profDir = join(dir, 'prof');
const run = spawnSync(
  process.execPath,
  ['--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', profDir, join(root, 'dist/index.js')],
  { env, cwd: join(dir, 'workspace'), encoding: 'utf8' },
);
if (run.status !== 0) throw new Error(`step failed: ${run.stdout}${run.stderr}`);
const [name] = readdirSync(profDir);
const profile = JSON.parse(readFileSync(join(profDir, name), 'utf8'));

// Self time per node: samples x interval.
const dt = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
const byUrl = new Map();
const byFn = new Map();
let total = 0;
for (const node of profile.nodes) {
  const us = dt.get(node.id) ?? 0;
  total += us;
  const url =
    node.callFrame.url.replace(`file://${root}/`, '') || `(${node.callFrame.functionName || 'native'})`;
  byUrl.set(url, (byUrl.get(url) ?? 0) + us);
  const fn = `${node.callFrame.functionName || '(anon)'} ${url}:${node.callFrame.lineNumber + 1}`;
  byFn.set(fn, (byFn.get(fn) ?? 0) + us);
}
const top = (map, n) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, us]) => `${(us / 1000).toFixed(1).padStart(7)} ms  ${k}`)
    .join('\n');
console.log(`profile ${join(profDir, name)}: ${(total / 1000).toFixed(1)} ms sampled`);
console.log(`self time by script:\n${top(byUrl, 15)}\n\ntop functions:\n${top(byFn, 25)}`);
