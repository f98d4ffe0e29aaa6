#!/usr/bin/env node
// Runs every benchmark in bench/*.mjs in turn (each in its own process, output passed through)
// and prints one table at the end. A benchmark reports its rows on a last line
// `BENCH {"rows":[{"name", "median", ...}]}` (lib/stats.mjs emit()); for one that does not, each
// printed line with "median <x> ms" becomes a row.
//   npm run bench [-- <name> ...]      e.g. npm run bench -- metadata merge
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { table } from './lib/stats.mjs';

const dir = import.meta.dirname;
const wanted = process.argv.slice(2);
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs') && f !== 'run.mjs')
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace(/\.mjs$/, '')))
  .sort();

function run(file) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(dir, file)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

function rowsOf(out) {
  const bench = out.split('\n').findLast((l) => l.startsWith('BENCH '));
  if (bench) return JSON.parse(bench.slice(6)).rows;
  return out
    .split('\n')
    .map((l) => [l, /median (\d+(?:\.\d+)?) ?ms/.exec(l)])
    .filter(([, m]) => m)
    .map(([l, m]) => ({ name: l.trim(), median: Number(m[1]) }));
}

const rows = [];
let failed = false;
for (const file of benches) {
  console.log(`\n== ${file}`);
  const { code, out } = await run(file);
  if (code !== 0) {
    failed = true;
    rows.push([file, 'FAILED', `exit ${code}`, '', '']);
    continue;
  }
  for (const r of rowsOf(out)) {
    rows.push([
      file.replace(/\.mjs$/, ''),
      r.name,
      r.median.toFixed(1),
      r.p90 !== undefined ? r.p90.toFixed(1) : '',
      r.requests !== undefined ? `${r.requests}${r.minimum !== undefined ? ` (min ${r.minimum})` : ''}` : '',
    ]);
  }
}
console.log(`\n${table(['bench', 'row', 'median ms', 'p90 ms', 'requests'], rows)}`);
process.exitCode = failed ? 1 : 0;
