import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runAction, type StepOptions, type StepResult } from '../../scripts/runner.mjs';
import { startArtifactService, type ArtifactService } from '../support/artifact-service/server.mjs';
import { ROOT } from '../support/paths.js';
import { startRegistry, type TestRegistry } from '../support/registry/index.js';

/**
 * Every mode run through the bundle with every kind of secret, then everything a person or
 * another process could see is searched for them: the log, outputs, state, summary, exported
 * variables, every child's argv and environment, and the files left after the post step.
 */
const GITHUB_TOKEN = 'ghs_scanTokenA1b2C3d4E5f6G7h8I9j0';
const NPM_TOKEN = 'npm_scanSecretValue_7f3a9c';
const PEM_LINE = 'MIIBscanPemSecretLineQwErTy0987';
const ENV_SECRET = 'env-scan-secret-5d2e8b';
const SHA = '4f8e2a9c1b7d3e5f60718293a4b5c6d7e8f90a1b';

let registry: TestRegistry;
let artifacts: ArtifactService;
beforeAll(async () => {
  [registry, artifacts] = await Promise.all([
    startRegistry({ auth: 'token' }),
    startArtifactService({ repository: 'langgenius/dify' }),
  ]);
});
afterAll(async () => Promise.all([registry?.stop(), artifacts?.close()]));

/** A PATH directory whose `docker` records its argv and environment, then runs the double. */
function spyBin(dir: string): string {
  const bin = join(dir, 'spy-bin');
  mkdirSync(join(dir, 'spy'), { recursive: true });
  mkdirSync(bin, { recursive: true });
  const double = join(ROOT, '__tests__', 'support', 'buildx-double', 'bin', 'docker');
  writeFileSync(
    join(bin, 'docker'),
    `#!/bin/sh\nn="$(date +%s%N)-$$"\nenv -0 > "${dir}/spy/$n.env"\nprintf '%s\\0' "$@" > "${dir}/spy/$n.argv"\nexec "${double}" "$@"\n`,
  );
  chmodSync(join(bin, 'docker'), 0o755);
  return bin;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/**
 * The log as the runner shows it: a value registered with `::add-mask::` is replaced in every
 * later line (and the registering line itself is not shown). A secret printed before it was
 * registered stays visible, as it would on a runner.
 */
function asTheRunnerShows(stdout: string): string {
  const masks: string[] = [];
  const shown: string[] = [];
  for (const line of stdout.split('\n')) {
    const mask = /^::add-mask::(.*)$/.exec(line);
    if (mask) {
      if (mask[1]) masks.push(mask[1].replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'));
      continue;
    }
    shown.push(masks.reduce((text, m) => text.split(m).join('***'), line));
  }
  return shown.join('\n');
}

/** A secret and the forms it could leak in. */
function forms(secret: string, user?: string): string[] {
  const out = [secret, Buffer.from(secret).toString('base64'), encodeURIComponent(secret)];
  if (user) out.push(Buffer.from(`${user}:${secret}`).toString('base64'));
  return out;
}

describe('no secret leaks, in any mode', () => {
  test('build, post, export-digest, merge, post, metadata', async () => {
    const workdir = mkdtempSync(join(tmpdir(), 'dia-secrets-'));
    const bin = spyBin(workdir);
    const dockerConfig = join(workdir, 'docker');
    mkdirSync(dockerConfig);
    const image = `${registry.host}/scan/app`;
    const runtimeEnv = artifacts.clientEnv('6000000001', 'scan');
    const env = {
      ...runtimeEnv,
      PATH: `${bin}${delimiter}${process.env['PATH'] ?? ''}`,
      DOCKER_CONFIG: dockerConfig,
      BUILDX_DOUBLE_LOG: join(workdir, 'buildx.jsonl'),
      RUNNER_ARCH: 'X64',
      MY_SECRET_ENV: ENV_SECRET,
    };
    const login = { registry: registry.host, username: registry.username, password: registry.password };
    const step = (inputs: Record<string, string>, options: StepOptions = {}) =>
      runAction({ workdir, sha: SHA, repository: 'langgenius/dify', env, inputs, ...options });

    const steps: StepResult[] = [];
    const build = await step({
      mode: 'build',
      context: '{{defaultContext}}:api',
      platform: 'linux/amd64',
      images: image,
      ...login,
      'github-token': GITHUB_TOKEN,
      secrets: `NPM_TOKEN=${NPM_TOKEN}\n"PEM=-----BEGIN KEY-----\n${PEM_LINE}\n-----END KEY-----"`,
      'secret-envs': 'ENVSEC=MY_SECRET_ENV',
    });
    expect(build.errors).toEqual([]);
    steps.push(build);
    steps.push(await step({}, { post: true, state: build.state }));
    steps.push(await step({ mode: 'export-digest', context: 'api' }));
    const merge = await step({
      mode: 'merge',
      context: 'api',
      images: image,
      tags: 'type=raw,value=scan',
      ...login,
      'github-token': GITHUB_TOKEN,
    });
    expect(merge.errors).toEqual([]);
    steps.push(merge);
    steps.push(await step({}, { post: true, state: merge.state }));
    steps.push(await step({ mode: 'metadata', images: image, 'github-token': GITHUB_TOKEN }));
    for (const s of steps) expect(s.exitCode).toBe(0);

    const seen: Array<[string, string]> = [];
    for (const [i, s] of steps.entries()) {
      seen.push([`step ${i} log`, asTheRunnerShows(s.stdout)]);
      seen.push([`step ${i} stderr`, s.stderr]);
      seen.push([`step ${i} outputs`, JSON.stringify(s.outputs)]);
      seen.push([`step ${i} state`, JSON.stringify(s.state)]);
      seen.push([`step ${i} summary`, s.summary]);
      seen.push([`step ${i} exported`, JSON.stringify(s.exported)]);
    }
    const spied = readdirSync(join(workdir, 'spy'));
    expect(spied.length).toBeGreaterThan(3);
    for (const f of spied.filter((n) => n.endsWith('.argv')))
      seen.push([`argv ${f}`, readFileSync(join(workdir, 'spy', f), 'utf8')]);
    const childEnvs = spied
      .filter((n) => n.endsWith('.env'))
      .map((f) => [`env ${f}`, readFileSync(join(workdir, 'spy', f), 'utf8')] as [string, string]);
    const files = filesUnder(workdir)
      .filter((p) => !p.includes(`${join(workdir, 'spy')}/`) && !p.includes(join(workdir, 'spy-bin')))
      .map((p) => [`file ${p}`, readFileSync(p, 'latin1')] as [string, string]);

    // Never anywhere: the password, the GitHub token, secret build inputs, their encodings.
    const never = [
      ...forms(registry.password, registry.username),
      ...forms(GITHUB_TOKEN, 'x-access-token'),
      ...forms(NPM_TOKEN),
      ...forms(PEM_LINE),
    ];
    for (const [where, text] of [...seen, ...childEnvs, ...files]) {
      for (const secret of never) expect(text.includes(secret), `${secret} in ${where}`).toBe(false);
    }
    // The runtime token, the env secret and registry tokens reach buildx by design (the gha
    // cache, --secret env=, the pushes), never a log, an output, state, argv or a file.
    const registryTokens = /eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/;
    for (const [where, text] of [...seen, ...files]) {
      expect(text.includes(ENV_SECRET), `the env secret in ${where}`).toBe(false);
      expect(text.includes(runtimeEnv['ACTIONS_RUNTIME_TOKEN']!), `the runtime token in ${where}`).toBe(
        false,
      );
      expect(registryTokens.test(text), `a registry token in ${where}`).toBe(false);
      expect(/[?&]sig=(?!\*\*\*)/.test(text), `a signed URL in ${where}`).toBe(false);
    }
    // Every secret was handed to the runner for masking before it could be logged.
    const masked = steps.flatMap((s) => s.secrets);
    for (const secret of [registry.password, GITHUB_TOKEN, NPM_TOKEN]) expect(masked).toContain(secret);
  }, 90_000);
});
