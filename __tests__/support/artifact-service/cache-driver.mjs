#!/usr/bin/env node
// Runs one call of the real @actions/cache client in its own process, so that its process.env
// (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL, ACTIONS_CACHE_SERVICE_V2, RUNNER_TEMP, ...) is the
// child's, never the test's.
//
//   node cache-driver.mjs '{"op":"save","paths":[...],"key"}'
//   node cache-driver.mjs '{"op":"restore","paths":[...],"key","restoreKeys"?}'
//
// The client logs workflow commands on stdout; the answer is the one line starting with RESULT_MARK
// (the same mark as client-driver.mjs, so run-driver.ts reads both).
import { restoreCache, saveCache } from '@actions/cache';

const RESULT_MARK = '@@artifact-driver-result ';
const operation = JSON.parse(process.argv[2] ?? '{}');

async function run() {
  switch (operation.op) {
    case 'save':
      return saveCache(operation.paths, operation.key);
    case 'restore':
      return (await restoreCache(operation.paths, operation.key, operation.restoreKeys)) ?? null;
    default:
      throw new Error(`unknown operation ${JSON.stringify(operation.op)}`);
  }
}

try {
  const value = await run();
  process.stdout.write(`\n${RESULT_MARK}${JSON.stringify({ ok: true, value })}\n`);
} catch (error) {
  const e = /** @type {Error} */ (error);
  process.stdout.write(
    `\n${RESULT_MARK}${JSON.stringify({ ok: false, error: { name: e.name, message: e.message } })}\n`,
  );
}
