// The launcher the local pipeline uses to run the service outside vitest.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../../support/paths.js';
import { scopeOfToken } from '../../support/artifact-service/token.mjs';

test('serve.mjs prints its URLs and one env per job, serves, and stops on SIGTERM', async () => {
  const child = spawn(
    process.execPath,
    [
      join(ROOT, '__tests__/support/artifact-service/serve.mjs'),
      '--run',
      '7',
      '--job',
      'a',
      '--run',
      '7',
      '--job',
      'b',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
  const info = JSON.parse(chunk.toString('utf8')) as {
    url: string;
    jobs: Record<string, Record<string, string>>;
  };
  expect(info.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  expect(Object.keys(info.jobs)).toEqual(['7:a', '7:b']);
  const env = info.jobs['7:b'] ?? {};
  expect(env.ACTIONS_RESULTS_URL).toBe(info.url);
  expect(scopeOfToken(env.ACTIONS_RUNTIME_TOKEN ?? '')).toEqual({ run: '7', job: 'b' });
  const res = await fetch(`${info.url}twirp/github.actions.results.api.v1.ArtifactService/ListArtifacts`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${env.ACTIONS_RUNTIME_TOKEN}` },
    body: JSON.stringify({ workflow_run_backend_id: '7', workflow_job_run_backend_id: 'b' }),
  });
  expect(await res.json()).toEqual({ artifacts: [] });
  child.kill('SIGTERM');
  const [code] = (await once(child, 'exit')) as [number | null];
  expect(code).toBe(0);
});
