#!/usr/bin/env node
// Runs Dify's release pipeline locally, end to end, with this action's bundle as GitHub's
// runners would run it: 2 contexts (api, web) x 2 platforms (linux/amd64, linux/arm64), each job
// `build` then `export-digest`, then one `merge` job per context that reads the digest artifacts
// and publishes one index under Dify's tags. What is built is examples/project/{api,web}.
//
// Everything is local: a real registry (Debian's docker-registry) on loopback and the test
// artifact service that speaks GitHub's protocol. The builds run on real Docker and buildx when
// `docker buildx version` and `docker info` work here, else on the recorded buildx double. Every
// job runs on this machine's architecture, so the platform that is foreign to it builds under
// QEMU, which the action installs (the double imitates that too).
//
//   npm run pipeline                  (build dist/ first with `npm run package` after changing src/)
//   npm run pipeline -- --tag 1.9.0   (a tag push instead of a push to main)
//   npm run pipeline -- --double      (the buildx double even where Docker is available)
//   npm run pipeline -- --keep        (keep the registry running to inspect the result; Ctrl-C ends)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startBenchRegistry } from '../bench/lib/registry.mjs';
import { startArtifactService } from '../__tests__/support/artifact-service/server.mjs';
import { createPipelineBuilder, describeBackend, detectDocker, hostRunnerArch } from './pipeline-docker.mjs';
import { runAction } from './runner.mjs';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { tag: { type: 'string' }, double: { type: 'boolean' }, keep: { type: 'boolean' } },
});
const ref = values.tag ? `refs/tags/${values.tag}` : 'refs/heads/main';
const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
const RUN = '3000000001';
const DIFY_TAGS = [
  `type=raw,value=latest,enable=${ref.startsWith('refs/tags/') && !ref.includes('-')}`,
  'type=ref,event=branch',
  'type=sha,enable=true,priority=100,prefix=,suffix=,format=long',
  `type=raw,value=${ref.replace(/^refs\/(heads|tags)\//, '')},enable=${ref.startsWith('refs/tags/')}`,
].join('\n');

const docker = detectDocker({ forceDouble: values.double === true });
console.log(describeBackend(docker));

const registry = await startBenchRegistry();
const artifacts = await startArtifactService({ repository: 'langgenius/dify' });
const DOUBLE_PATH = `${join(root, '__tests__', 'support', 'buildx-double', 'bin')}${delimiter}${process.env.PATH ?? ''}`;
const failures = [];
const rows = [];
const published = [];
let builder;

/**
 * One job on its own runner of this machine's architecture: its own RUNNER_TEMP and runtime
 * token. On the double, also its own docker config and buildx state; on real Docker, the user's
 * docker config (where buildx, its builders and the daemon's context are found).
 */
function newJob(name) {
  const workdir = mkdtempSync(join(tmpdir(), `dia-pipeline-${name.replace(/\W+/g, '-')}-`));
  const env = {
    ...artifacts.clientEnv(RUN, name),
    SOURCE_DATE_EPOCH: '1578616200',
    RUNNER_ARCH: hostRunnerArch(),
    ...(docker.real
      ? {}
      : {
          PATH: DOUBLE_PATH,
          DOCKER_CONFIG: join(workdir, 'docker'),
          BUILDX_DOUBLE_LOG: join(workdir, 'buildx.jsonl'),
        }),
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
    if (result.exitCode !== 0) {
      const tail = result.stdout.trim().split('\n').slice(-15).join('\n    ');
      failures.push(`${name} ${step}: ${result.errors.join('; ')}\n    ${tail}`);
    }
    return result;
  };
}

try {
  if (docker.real) builder = createPipelineBuilder({ registry: registry.host, buildx: docker.buildx });
  // On real Docker there is no GitHub cache service: no cache import or export.
  const realInputs = docker.real ? { builder: builder.name, 'cache-from': 'none', 'cache-to': 'none' } : {};
  const images = (context) => `${registry.host}/langgenius/dify-${context}`;
  const contexts = ['api', 'web'];
  // The build jobs run in parallel, as a matrix does.
  await Promise.all(
    contexts.flatMap((context) =>
      ['linux/amd64', 'linux/arm64'].map(async (platform) => {
        const step = newJob(`build (${context}, ${platform})`);
        const build = await step('build', {
          context: join(root, 'examples', 'project', context),
          platform,
          images: images(context),
          'build-args': 'COMMIT_SHA={{sha}}',
          ...realInputs,
        });
        if (build.exitCode === 0) await step('export-digest', { context });
      }),
    ),
  );
  for (const context of contexts) {
    const step = newJob(`create-manifest (${context})`);
    const merge = await step('merge', {
      context,
      images: images(context),
      tags: DIFY_TAGS,
      'expected-platforms': 'linux/amd64,linux/arm64',
    });
    if (merge.exitCode === 0) {
      console.log(`\n${images(context)}: ${merge.outputs.digest} (${merge.outputs.platforms})`);
      for (const tag of merge.outputs.tags.split('\n')) console.log(`  ${tag}`);
      published.push(`${images(context)}:${merge.outputs.version}`);
    }
  }
  console.log('');
  for (const row of rows) console.log(row.map((c, i) => c.padEnd([34, 14, 7, 8][i])).join(' '));
  if (failures.length === 0) {
    console.log('\npipeline: 4 builds, 4 digest artifacts, 2 multi-platform indexes pushed and verified');
    printInspection();
    if (values.keep) await untilInterrupted();
  }
} finally {
  builder?.remove();
  await artifacts.close();
  await registry.stop();
}
if (failures.length > 0) {
  console.error(`\n${failures.join('\n')}`);
  process.exit(1);
}

function printInspection() {
  const hasSkopeo = spawnSync('skopeo', ['--version'], { stdio: 'ignore' }).status === 0;
  const lines = published.flatMap((image) => [
    ...(hasSkopeo ? [`skopeo inspect --tls-verify=false --raw docker://${image}`] : []),
    ...(docker.real ? [`docker buildx imagetools inspect ${image}`] : []),
  ]);
  if (lines.length === 0) return;
  const when = values.keep
    ? 'while this keeps the registry running (Ctrl-C ends)'
    : 'with --keep, which keeps the registry running';
  console.log(`\nInspect the result ${when}:\n  ${lines.join('\n  ')}`);
}

function untilInterrupted() {
  return new Promise((done) => process.once('SIGINT', done));
}
