import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runAction, type StepOptions } from '../../../scripts/runner.mjs';
import { REPLAY } from '../../support/paths.js';
import { pushReplay, startRegistry, type TestRegistry } from '../../support/registry/index.js';

interface ReplayCase {
  name: string;
  sources: string[];
  expected: { digest: string; mediaType: string };
}
const cases = JSON.parse(readFileSync(join(REPLAY, 'cases.json'), 'utf8')) as ReplayCase[];
const byName = (name: string): ReplayCase => cases.find((c) => c.name === name)!;
const twoPlatform = byName('two-platform-default');

let plain: TestRegistry;
let basic: TestRegistry;
let token: TestRegistry;

beforeAll(async () => {
  [plain, basic, token] = await Promise.all([
    startRegistry({ auth: 'none' }),
    startRegistry({ auth: 'basic' }),
    startRegistry({ auth: 'token' }),
  ]);
  await Promise.all([
    pushReplay(plain.url, 'replay/app'),
    pushReplay(basic.url, 'replay/app', { username: basic.username, password: basic.password }),
    pushReplay(token.url, 'replay/app', { username: token.username, password: token.password }),
  ]);
});
afterAll(async () => Promise.all([plain, basic, token].map((r) => r?.stop())));

const sourcesIn = (registry: TestRegistry, c: ReplayCase): string =>
  c.sources.map((s) => s.replace(/^replay\/app@/, `${registry.host}/replay/app@`)).join('\n');

function merge(inputs: Record<string, string>, options: StepOptions = {}) {
  const dockerConfig = mkdtempSync(join(tmpdir(), 'dia-docker-config-'));
  return runAction({
    ...options,
    inputs: { mode: 'merge', ...inputs },
    env: { DOCKER_CONFIG: dockerConfig, ...options.env },
  });
}

// Asynchronous on purpose: the token server lives in this process and must keep answering.
async function skopeoRaw(registry: TestRegistry, reference: string): Promise<string> {
  const creds = registry.auth === 'none' ? [] : ['--creds', `${registry.username}:${registry.password}`];
  const args = ['inspect', '--raw', '--tls-verify=false', ...creds, `docker://${reference}`];
  return (await promisify(execFile)('skopeo', args, { encoding: 'utf8' })).stdout;
}

describe('merge through the bundled action', () => {
  test('two per-platform indexes become the index buildx pushed, under every tag', async () => {
    const step = await merge({
      images: `${plain.host}/replay/app`,
      sources: sourcesIn(plain, twoPlatform),
      tags: 'type=raw,value=1.9.0\ntype=raw,value=latest',
      'expected-platforms': 'linux/amd64,linux/arm64',
    });
    expect(step.errors).toEqual([]);
    expect(step.exitCode).toBe(0);
    expect(step.outputs.digest).toBe(twoPlatform.expected.digest);
    expect(step.outputs.platforms).toBe('linux/amd64,linux/arm64');
    expect(step.outputs.tags).toBe(`${plain.host}/replay/app:1.9.0\n${plain.host}/replay/app:latest`);
    const expected = readFileSync(join(REPLAY, 'cases', twoPlatform.name, 'pushed.json'), 'utf8');
    for (const tag of ['1.9.0', 'latest'])
      expect(await skopeoRaw(plain, `${plain.host}/replay/app:${tag}`)).toBe(expected);
    expect(step.summary).toContain(twoPlatform.expected.digest);
    expect(step.summary).toContain('| linux/arm64 |');
  });

  test('a re-run changes nothing and succeeds', async () => {
    const inputs = {
      images: `${plain.host}/replay/app`,
      sources: sourcesIn(plain, twoPlatform),
      tags: 'type=raw,value=rerun',
    };
    expect((await merge(inputs)).exitCode).toBe(0);
    const again = await merge(inputs);
    expect(again.exitCode).toBe(0);
    expect(again.stdout).toContain(
      `${plain.host}/replay/app:rerun already points at ${twoPlatform.expected.digest}`,
    );
  });

  test.each([
    ['basic auth', () => basic],
    ['token auth', () => token],
  ])(
    'with %s: logs in, copies into another repository, pushes, and restores the docker config',
    async (_name, registry) => {
      const r = registry();
      const step = await merge({
        images: `${r.host}/other/app`,
        sources: sourcesIn(r, twoPlatform),
        tags: 'type=raw,value=v1',
        registry: r.host,
        username: r.username,
        password: r.password,
      });
      expect(step.errors).toEqual([]);
      expect(step.outputs.digest).toBe(twoPlatform.expected.digest);
      expect(await skopeoRaw(r, `${r.host}/other/app:v1`)).toBe(
        readFileSync(join(REPLAY, 'cases', twoPlatform.name, 'pushed.json'), 'utf8'),
      );
      expect(step.secrets).toContain(r.password);
      expect(step.stdout).not.toContain(`${r.username}:${r.password}`);
    },
  );

  test('copies across registries (plain to basic auth)', async () => {
    const step = await merge({
      images: `${basic.host}/copied/app`,
      sources: sourcesIn(plain, twoPlatform),
      tags: 'type=raw,value=v2',
      registry: basic.host,
      username: basic.username,
      password: basic.password,
    });
    expect(step.errors).toEqual([]);
    expect(step.outputs.digest).toBe(twoPlatform.expected.digest);
    expect(await skopeoRaw(basic, `${basic.host}/copied/app:v2`)).toBe(
      readFileSync(join(REPLAY, 'cases', twoPlatform.name, 'pushed.json'), 'utf8'),
    );
  });

  test('dry-run prints the plan and pushes nothing', async () => {
    const step = await merge({
      images: `${plain.host}/replay/app`,
      sources: sourcesIn(plain, twoPlatform),
      tags: 'type=raw,value=dry',
      'dry-run': 'true',
    });
    expect(step.exitCode).toBe(0);
    expect(step.stdout).toContain(`${plain.host}/replay/app:dry`);
    expect(step.outputs.digest).toBe(twoPlatform.expected.digest);
    const head = await fetch(`${plain.url}/v2/replay/app/manifests/dry`, { method: 'HEAD' });
    expect(head.status).toBe(404);
  });

  test.each([
    [
      'a missing platform',
      { 'expected-platforms': 'linux/amd64,linux/arm64,linux/arm/v7' },
      'input "expected-platforms": the merged index holds linux/amd64, linux/arm64: missing linux/arm/v7',
    ],
    [
      'a digest that does not exist',
      { sources: 'sha256:0000000000000000000000000000000000000000000000000000000000000000' },
      'replay/app@sha256:0000000000000000000000000000000000000000000000000000000000000000: not found',
    ],
    [
      'a malformed source',
      { sources: 'replay/app@sha256:abc' },
      'input "sources": invalid digest "sha256:abc"',
    ],
    [
      'wrong credentials',
      () => ({ registry: basic.host, username: basic.username, password: 'wrong' }),
      'registry 127.0.0.1:',
    ],
    [
      'wrong token credentials',
      () => ({ registry: token.host, username: 'nobody', password: 'wrong' }),
      'registry 127.0.0.1:',
    ],
  ])('%s fails before any tag is pushed', async (_name, overrides, message) => {
    const tag = `fail-${Math.random().toString(36).slice(2, 8)}`;
    const step = await merge({
      images: `${plain.host}/replay/app`,
      sources: sourcesIn(plain, twoPlatform),
      tags: `type=raw,value=${tag}`,
      ...(typeof overrides === 'function' ? overrides() : overrides),
    });
    expect(step.exitCode).toBe(1);
    expect(step.errors).toHaveLength(1);
    expect(step.errors[0]).toContain(message);
    const head = await fetch(`${plain.url}/v2/replay/app/manifests/${tag}`, { method: 'HEAD' });
    expect(head.status).toBe(404);
  });

  test('two sources for one platform are refused', async () => {
    const arm = byName('docker-manifests');
    const step = await merge({
      images: `${plain.host}/replay/app`,
      sources: `${sourcesIn(plain, twoPlatform)}\n${sourcesIn(plain, arm).split('\n')[1]}`,
      tags: 'type=raw,value=dup',
    });
    expect(step.exitCode).toBe(1);
    expect(step.errors[0]).toContain('two sources for one platform: linux/arm64');
  });

  test('a registry refusing the push leaves no tag anywhere, and a re-run with credentials repairs it', async () => {
    const tag = `partial-${Math.random().toString(36).slice(2, 8)}`;
    const inputs = {
      images: `${plain.host}/replay/app\n${basic.host}/partial/app`,
      sources: sourcesIn(plain, twoPlatform),
      tags: `type=raw,value=${tag}`,
    };
    const failed = await merge(inputs);
    expect(failed.exitCode).toBe(1);
    expect(failed.errors[0]).toContain(`registry ${basic.host}`);
    expect((await fetch(`${plain.url}/v2/replay/app/manifests/${tag}`, { method: 'HEAD' })).status).toBe(404);

    const repaired = await merge({
      ...inputs,
      registry: basic.host,
      username: basic.username,
      password: basic.password,
    });
    expect(repaired.errors).toEqual([]);
    expect(await skopeoRaw(basic, `${basic.host}/partial/app:${tag}`)).toBe(
      readFileSync(join(REPLAY, 'cases', twoPlatform.name, 'pushed.json'), 'utf8'),
    );
  });

  test('index annotations on an all-Docker merge are dropped with a warning naming them, as buildx drops them', async () => {
    const docker = byName('docker-list-index-annotation');
    const step = await merge({
      images: `${plain.host}/replay/app`,
      sources: sourcesIn(plain, docker),
      tags: 'type=raw,value=docker-list',
      annotations: 'index:org.opencontainers.image.description=multi',
    });
    expect(step.errors).toEqual([]);
    expect(step.outputs.digest).toBe(docker.expected.digest);
    expect(step.warnings.filter((w) => w.startsWith('annotation '))).toEqual([
      'annotation index:org.opencontainers.image.description=multi dropped: every entry is a Docker manifest, so the result is a Docker manifest list, which has no annotations',
    ]);
  });

  test('attestations: strip publishes the images without their unknown/unknown attestation entries', async () => {
    const step = await merge({
      images: `${plain.host}/replay/app`,
      sources: sourcesIn(plain, twoPlatform),
      tags: 'type=raw,value=stripped',
      attestations: 'strip',
    });
    expect(step.errors).toEqual([]);
    expect(step.outputs.digest).not.toBe(twoPlatform.expected.digest);
    const index = JSON.parse(await skopeoRaw(plain, `${plain.host}/replay/app:stripped`)) as {
      manifests: { platform: { os: string; architecture: string } }[];
    };
    expect(index.manifests.map((m) => `${m.platform.os}/${m.platform.architecture}`)).toEqual([
      'linux/amd64',
      'linux/arm64',
    ]);
    expect(step.outputs.platforms).toBe('linux/amd64,linux/arm64');
  });
});
