#!/usr/bin/env node
// Runs Dify's release pipeline locally, end to end, with this action's bundle as GitHub's
// runners would run it: 2 contexts (api, web) x 2 platforms (linux/amd64 on an X64 runner,
// linux/arm64 on an ARM64 runner), each job `build` then `export-digest`, then one `merge` job
// per context that reads the digest artifacts and publishes one index under Dify's tags.
//
// Everything is local: a real registry (Debian's docker-registry) on loopback, the test artifact
// service that speaks GitHub's protocol, and the recorded buildx double instead of Docker.
//
//   npm run pipeline            (build dist/ first with `npm run package` after changing src/)
//   npm run pipeline -- --tag 1.9.0      (a tag push instead of a push to main)
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startBenchRegistry } from '../bench/lib/registry.mjs';
import { startArtifactService } from '../__tests__/support/artifact-service/server.mjs';
import { runAction } from './runner.mjs';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { tag: { type: 'string' } } });
const ref = values.tag ? `refs/tags/${values.tag}` : 'refs/heads/main';
const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
const RUN = '3000000001';
const DIFY_TAGS = [
  `type=raw,value=latest,enable=${ref.startsWith('refs/tags/') && !ref.includes('-')}`,
  'type=ref,event=branch',
  'type=sha,enable=true,priority=100,prefix=,suffix=,format=long',
  `type=raw,value=${ref.replace(/^refs\/(heads|tags)\//, '')},enable=${ref.startsWith('refs/tags/')}`,
].join('\n');

const registry = await startBenchRegistry();
const artifacts = await startArtifactService({ repository: 'langgenius/dify' });
const PATH = `${join(root, '__tests__', 'support', 'buildx-double', 'bin')}${delimiter}${process.env.PATH ?? ''}`;
const failures = [];
const rows = [];

/** One job on its own runner: its own RUNNER_TEMP, docker config, runtime token and buildx state. */
function newJob(name, runnerArch) {
  const workdir = mkdtempSync(join(tmpdir(), `dia-pipeline-${name.replace(/\W+/g, '-')}-`));
  const env = {
    ...artifacts.clientEnv(RUN, name),
    PATH,
    RUNNER_ARCH: runnerArch,
    DOCKER_CONFIG: join(workdir, 'docker'),
    BUILDX_DOUBLE_LOG: join(workdir, 'buildx.jsonl'),
    SOURCE_DATE_EPOCH: '1578616200',
  };
  return async (step, inputs) => {
    const result = await runAction({
      workdir,
      ref,
      sha,
      eventName: 'push',
      env,
      inputs: { mode: step, ...inputs },
    });
    rows.push([name, step, result.exitCode === 0 ? 'ok' : 'FAILED', `${result.elapsedMs.toFixed(0)} ms`]);
    if (result.exitCode !== 0) failures.push(`${name} ${step}: ${result.errors.join('; ')}`);
    return result;
  };
}

try {
  const images = (context) => `${registry.host}/langgenius/dify-${context}`;
  const contexts = ['api', 'web'];
  // The build jobs run in parallel, as a matrix does.
  await Promise.all(
    contexts.flatMap((context) =>
      [
        ['linux/amd64', 'X64'],
        ['linux/arm64', 'ARM64'],
      ].map(async ([platform, arch]) => {
        const step = newJob(`build (${context}, ${platform})`, arch);
        const build = await step('build', {
          context: join(root, '__tests__', 'e2e', context),
          platform,
          images: images(context),
          'build-args': 'COMMIT_SHA={{sha}}',
        });
        if (build.exitCode === 0) await step('export-digest', { context });
      }),
    ),
  );
  for (const context of contexts) {
    const step = newJob(`create-manifest (${context})`, 'X64');
    const merge = await step('merge', {
      context,
      images: images(context),
      tags: DIFY_TAGS,
      'expected-platforms': 'linux/amd64,linux/arm64',
    });
    if (merge.exitCode === 0) {
      console.log(`\n${images(context)}: ${merge.outputs.digest} (${merge.outputs.platforms})`);
      for (const tag of merge.outputs.tags.split('\n')) console.log(`  ${tag}`);
    }
  }
} finally {
  console.log('');
  for (const row of rows) console.log(row.map((c, i) => c.padEnd([34, 14, 7, 8][i])).join(' '));
  await artifacts.close();
  await registry.stop();
}
if (failures.length > 0) {
  console.error(`\n${failures.join('\n')}`);
  process.exit(1);
}
console.log('\npipeline: 4 builds, 4 digest artifacts, 2 multi-platform indexes pushed and verified');
