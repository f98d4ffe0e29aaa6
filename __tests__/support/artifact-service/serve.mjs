#!/usr/bin/env node
// Starts the test artifact service outside vitest, for the local pipeline script:
//
//   node __tests__/support/artifact-service/serve.mjs [--port N] [--run ID --job ID]...
//
// Prints one JSON line on stdout: {"url","apiUrl","port","restToken","jobs":{"<run>:<job>":{env}}}
// and serves until SIGINT/SIGTERM. Each --run/--job pair gets the env a node action of that job needs.
import { parseArgs } from 'node:util';
import { startArtifactService } from './server.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    repository: { type: 'string' },
    run: { type: 'string', multiple: true, default: [] },
    job: { type: 'string', multiple: true, default: [] },
  },
});
if (values.run.length !== values.job.length) {
  console.error('serve.mjs: give --run and --job in pairs');
  process.exit(2);
}
const service = await startArtifactService({ port: Number(values.port), repository: values.repository });
/** @type {Record<string, Record<string, string>>} */
const jobs = {};
values.run.forEach((run, i) => {
  const job = values.job[i] ?? '';
  jobs[`${run}:${job}`] = service.clientEnv(run, job);
});
process.stdout.write(
  `${JSON.stringify({ url: service.url, apiUrl: service.apiUrl, port: service.port, restToken: service.restToken, jobs })}\n`,
);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void service.close().then(() => process.exit(0));
  });
}
