/**
 * The fault table: `mode: merge` through the bundle, with faults injected on every kind of
 * request a merge makes. The sources live in a plain registry, the target in a token-auth
 * registry, and each of the three (source, target, token server) sits behind a fault proxy.
 * Every run merges into a new repository, so every request kind really happens.
 *
 * A transient fault is injected on every request kind at once (the first request of each kind
 * meets it): the run must still succeed with nothing lost (the tag holds the exact index buildx
 * pushed, and skopeo copies the whole image out of the target). A permanent fault must end the
 * run with one clear `::error::` line, without retrying what cannot heal, and with no tag.
 */
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StepOptions } from '../../scripts/runner.mjs';
import {
  pushReplay,
  startFaultProxy,
  startRegistry,
  type Fault,
  type FaultProxy,
  type FaultRule,
  type TestRegistry,
} from '../support/registry/index.js';
import { copyAll, mergeStep, rawManifest, replayCase, sourcesIn } from './step.js';
import { FaultTable } from './table.js';

const mixed = replayCase('mixed-index-and-docker-manifest');
/** The Docker manifest's config: read into memory for its platform. */
const CONFIG = 'sha256:8d376a1cb2104bb2e0b2d88963a3e89c05fb06e30746d9e0442372f9708e5f0a';
/** A layer: streamed from the source straight into the upload. */
const LAYER = 'sha256:70cb2f1d0bec58046309e45c90cc89bf0bb48fa63a6c35f714929c804e59a213';

let source: TestRegistry;
let target: TestRegistry;
let sourceProxy: FaultProxy;
let targetProxy: FaultProxy;
let tokenProxy: FaultProxy;
const table = new FaultTable();

beforeAll(async () => {
  [source, target] = await Promise.all([
    startRegistry({ auth: 'none' }),
    startRegistry({ auth: 'token', tokenProxy: true }),
  ]);
  await pushReplay(source.url, 'replay/app');
  [sourceProxy, targetProxy] = await Promise.all([startFaultProxy(source.url), startFaultProxy(target.url)]);
  tokenProxy = target.tokenProxy as FaultProxy;
});
afterAll(async () => {
  console.log(table.markdown());
  await Promise.all([sourceProxy?.stop(), targetProxy?.stop()]);
  await Promise.all([source?.stop(), target?.stop()]);
});

type Where = 'source' | 'target' | 'token';
const proxyOf = (where: Where): FaultProxy =>
  where === 'source' ? sourceProxy : where === 'target' ? targetProxy : tokenProxy;
const proxies = (): FaultProxy[] => [sourceProxy, targetProxy, tokenProxy];

interface Kind {
  name: string;
  where: Where;
  method: string;
  path: string | RegExp;
  /** The answer has a body worth cutting or stalling. */
  body: boolean;
}

const KINDS: Kind[] = [
  { name: 'token POST', where: 'token', method: 'POST', path: '/token', body: true },
  { name: 'ping GET /v2/', where: 'target', method: 'GET', path: /^\/v2\/$/, body: false },
  { name: 'HEAD manifest', where: 'target', method: 'HEAD', path: '/manifests/', body: false },
  { name: 'HEAD blob', where: 'target', method: 'HEAD', path: '/blobs/', body: false },
  { name: 'GET manifest', where: 'source', method: 'GET', path: '/manifests/', body: true },
  { name: 'GET config blob', where: 'source', method: 'GET', path: `/blobs/${CONFIG}`, body: true },
  { name: 'blob copy: GET layer', where: 'source', method: 'GET', path: `/blobs/${LAYER}`, body: true },
  { name: 'blob copy: POST upload', where: 'target', method: 'POST', path: '/blobs/uploads/', body: false },
  { name: 'blob copy: PUT upload', where: 'target', method: 'PUT', path: '/blobs/uploads/', body: false },
  { name: 'PUT child manifest', where: 'target', method: 'PUT', path: '/manifests/sha256:', body: false },
  { name: 'PUT tag', where: 'target', method: 'PUT', path: '/manifests/v1', body: false },
];

const TRANSIENT: { name: string; fault: Fault; needsBody?: boolean; timeout?: boolean }[] = [
  { name: '429 + Retry-After', fault: { status: 429, retryAfter: '2' } },
  { name: '429', fault: { status: 429 } },
  { name: '500', fault: { status: 500 } },
  { name: '502', fault: { status: 502 } },
  { name: '503', fault: { status: 503 } },
  { name: 'reset', fault: 'reset' },
  { name: 'stalled', fault: 'stall', timeout: true },
  { name: 'body stalled', fault: 'stall-body', needsBody: true, timeout: true },
  { name: 'body cut short', fault: 'truncate', needsBody: true },
];

/** Waits shortened a hundredfold: Retry-After 2 s becomes 20 ms. */
const FAST = { DIFY_IMAGE_ACTION_HTTP_RETRY_WAIT_SCALE: '0.01' };
const SHORT_TIMEOUT = { DIFY_IMAGE_ACTION_HTTP_TIMEOUT: '0.5' };
const reader = () => ({ host: target.host, creds: `${target.username}:${target.password}` });
let runs = 0;

/** One merge into a new repository (or `repository`) with these faults set. */
async function merge(
  faults: { where: Where; rule: FaultRule }[],
  env: Record<string, string> = {},
  options: { repository?: string; tags?: string[]; step?: StepOptions } = {},
) {
  const repository = options.repository ?? `faults/r${++runs}`;
  for (const p of proxies()) {
    p.setRules(faults.filter((f) => proxyOf(f.where) === p).map((f) => f.rule));
    p.requests.length = 0;
  }
  const step = await mergeStep(
    {
      images: `${targetProxy.host}/${repository}`,
      sources: sourcesIn(sourceProxy.host, mixed),
      tags: (options.tags ?? ['v1']).map((t) => `type=raw,value=${t}`).join('\n'),
      registry: targetProxy.host,
      username: target.username,
      password: target.password,
    },
    { ...FAST, ...env },
    options.step,
  );
  const seen = proxies().flatMap((p) => p.requests);
  return {
    step,
    repository,
    seen,
    faulted: (label?: string) =>
      seen.filter((r) => r.faulted && (label === undefined || r.rule === label)).length,
    retries: step.stdout.match(/: transient, retrying \(/g)?.length ?? 0,
  };
}

describe('transient faults on every request kind at once: retried, nothing lost', () => {
  test.each(TRANSIENT)('$name', async (f) => {
    const kinds = KINDS.filter((k) => !f.needsBody || k.body);
    const run = await merge(
      kinds.map((k) => ({
        where: k.where,
        rule: { method: k.method, path: k.path, times: 1, fault: f.fault, label: k.name },
      })),
      f.timeout ? SHORT_TIMEOUT : {},
    );
    for (const k of KINDS) table.cell(k.name, f.name, kinds.includes(k) ? String(run.faulted(k.name)) : '–');
    table.run(f.name, run.step, run.faulted(), run.retries, run.seen.length);

    expect(run.step.errors).toEqual([]);
    // Every kind met its fault exactly once, and each was retried.
    expect(Object.fromEntries(kinds.map((k) => [k.name, run.faulted(k.name)]))).toEqual(
      Object.fromEntries(kinds.map((k) => [k.name, 1])),
    );
    expect(run.retries).toBeGreaterThanOrEqual(kinds.length);
    if (f.name === '429 + Retry-After') {
      expect(run.step.stdout.match(/Retry-After 2 s: transient, retrying \(2\/5\) in 20 ms/g)).toHaveLength(
        kinds.length,
      );
    }
    if (f.timeout) expect(run.step.stdout).toContain(': timed out: no ');
    expect(run.step.outputs.digest).toBe(mixed.expected.digest);
    expect(await rawManifest(reader(), `${run.repository}:v1`)).toBe(mixed.pushed);
    await copyAll(reader(), `${run.repository}:v1`);
  });
});

const body = (code: string): string => JSON.stringify({ errors: [{ code, message: 'injected' }] });
const R = '127\\.0\\.0\\.1:\\d+';

const PERMANENT: {
  name: string;
  where: Where;
  rule: FaultRule;
  error: RegExp;
  /** Requests that met the fault: 1 when not retried, 5 when retries ran out. */
  attempts: number;
  env?: Record<string, string>;
}[] = [
  {
    name: 'token POST 403',
    where: 'token',
    rule: { method: 'POST', path: '/token', times: 100, fault: { status: 403 } },
    error: new RegExp(
      `^registry ${R}: not allowed to read from /v2/ \\(HTTP 403 token refused\\): the credentials were refused`,
    ),
    attempts: 1,
  },
  {
    name: 'token POST 503 every time',
    where: 'token',
    rule: { method: 'POST', path: '/token', times: 100, fault: { status: 503 } },
    error: new RegExp(`^registry ${R}: no token: token server ${R} answered HTTP 503 after 5 attempts$`),
    attempts: 5,
  },
  {
    name: 'ping 503 every time',
    where: 'target',
    rule: { method: 'GET', path: /^\/v2\/$/, times: 100, fault: { status: 503 } },
    error: new RegExp(
      `^registry ${R}: GET /v2/ answered HTTP 503 \\(UNAVAILABLE: injected fault\\) after 5 attempts$`,
    ),
    attempts: 5,
  },
  {
    name: 'HEAD manifest 403',
    where: 'target',
    rule: { method: 'HEAD', path: '/manifests/', times: 100, fault: { status: 403 } },
    error: new RegExp(
      `^registry ${R}: not allowed to read from /v2/faults/r\\d+/manifests/v1 \\(HTTP 403\\)`,
    ),
    attempts: 1,
  },
  {
    name: 'HEAD manifest stalled every time',
    where: 'target',
    rule: { method: 'HEAD', path: '/manifests/', times: 100, fault: 'stall' },
    error: new RegExp(
      `^registry ${R}: HEAD /v2/faults/r\\d+/manifests/v1: timed out: no response headers within 0\\.5 s: transient, but still failing after 5 attempts$`,
    ),
    attempts: 5,
    env: SHORT_TIMEOUT,
  },
  {
    name: 'GET manifest 400',
    where: 'source',
    rule: {
      method: 'GET',
      path: '/manifests/',
      times: 1,
      fault: { status: 400, body: body('MANIFEST_INVALID') },
    },
    error: new RegExp(
      `^source ${R}/replay/app@sha256:\\w+: registry ${R}: GET /v2/replay/app/manifests/sha256:\\w+ answered HTTP 400 \\(MANIFEST_INVALID: injected\\)$`,
    ),
    attempts: 1,
  },
  {
    name: 'blob copy: GET layer reset every time',
    where: 'source',
    rule: { method: 'GET', path: `/blobs/${LAYER}`, times: 100, fault: 'reset' },
    error: new RegExp(
      `^registry ${R}: GET /v2/replay/app/blobs/${LAYER}: .* \\(\\w+\\): transient, but still failing after 5 attempts$`,
    ),
    attempts: 5,
  },
  {
    name: 'blob copy: PUT upload 400',
    where: 'target',
    rule: {
      method: 'PUT',
      path: '/blobs/uploads/',
      times: 1,
      fault: { status: 400, body: body('DIGEST_INVALID') },
    },
    error: new RegExp(
      `^registry ${R}: upload of sha256:\\w+ to faults/r\\d+ answered HTTP 400 \\(DIGEST_INVALID: injected\\)$`,
    ),
    attempts: 1,
  },
  {
    name: 'PUT child manifest 400',
    where: 'target',
    rule: {
      method: 'PUT',
      path: '/manifests/sha256:',
      times: 1,
      fault: { status: 400, body: body('MANIFEST_INVALID') },
    },
    error: new RegExp(
      `^registry ${R}: PUT /v2/faults/r\\d+/manifests/sha256:\\w+ answered HTTP 400 \\(MANIFEST_INVALID: injected\\)$`,
    ),
    attempts: 1,
  },
  {
    name: 'PUT tag 400',
    where: 'target',
    rule: {
      method: 'PUT',
      path: '/manifests/v1',
      times: 1,
      fault: { status: 400, body: body('TAG_INVALID') },
    },
    error: new RegExp(
      `^registry ${R}: PUT /v2/faults/r\\d+/manifests/v1 answered HTTP 400 \\(TAG_INVALID: injected\\)$`,
    ),
    attempts: 1,
  },
];

describe('permanent faults: one clear error, no tag', () => {
  test.each(PERMANENT)('$name', async (c) => {
    const run = await merge([{ where: c.where, rule: c.rule }], c.env);
    table.run(`permanent: ${c.name}`, run.step, run.faulted(), run.retries, run.seen.length);
    expect(run.step.exitCode).toBe(1);
    expect(run.step.errors).toHaveLength(1);
    expect(run.step.errors[0]).toMatch(c.error);
    expect(run.faulted()).toBe(c.attempts);
    await expect(rawManifest(reader(), `${run.repository}:v1`)).rejects.toThrow(/manifest unknown/i);
  });
});

test('a permanent failure on one of two tags: the other still moves, and the error says so', async () => {
  const run = await merge(
    [
      {
        where: 'target',
        rule: {
          method: 'PUT',
          path: '/manifests/v2',
          times: 1,
          fault: { status: 400, body: body('TAG_INVALID') },
        },
      },
    ],
    {},
    { tags: ['v1', 'v2'] },
  );
  table.run('permanent: PUT of one of two tags 400', run.step, run.faulted(), run.retries, run.seen.length);
  expect(run.step.exitCode).toBe(1);
  expect(run.step.errors).toEqual([
    `registry ${targetProxy.host}: PUT /v2/${run.repository}/manifests/v2 answered HTTP 400 (TAG_INVALID: injected); ` +
      `already moved to ${mixed.expected.digest}: ${targetProxy.host}/${run.repository}:v1 (a re-run moves the rest)`,
  ]);
  expect(await rawManifest(reader(), `${run.repository}:v1`)).toBe(mixed.pushed);
  await expect(rawManifest(reader(), `${run.repository}:v2`)).rejects.toThrow(/manifest unknown/i);
});

describe('a merge killed after some tags were pushed', () => {
  test('a re-run completes it, and a re-run after success changes nothing', async () => {
    // The runner starts node through this script, which leaves its pid where the proxy finds it.
    const dir = mkdtempSync(join(tmpdir(), 'dia-kill-'));
    const pidFile = join(dir, 'pid');
    const node = join(dir, 'node');
    writeFileSync(node, `#!/bin/sh\necho $$ > '${pidFile}'\nexec '${process.execPath}' "$@"\n`);
    chmodSync(node, 0o755);
    const kill = (): void => {
      process.kill(Number(readFileSync(pidFile, 'utf8')), 'SIGKILL');
    };
    const tags = ['t1', 't2', 't3'];
    const repository = `faults/killed-${++runs}`;
    const at = (tag: string) => rawManifest(reader(), `${repository}:${tag}`);

    // t1 reaches the registry, then the action dies; t2 and t3 are held back until then.
    const killed = await merge(
      [
        { where: 'target', rule: { method: 'PUT', path: '/manifests/t1', times: 1, fault: { after: kill } } },
        { where: 'target', rule: { method: 'PUT', path: '/manifests/t2', times: 1, fault: 'stall' } },
        { where: 'target', rule: { method: 'PUT', path: '/manifests/t3', times: 1, fault: 'stall' } },
      ],
      {},
      { repository, tags, step: { node } },
    );
    table.run(
      'killed after t1 was pushed',
      killed.step,
      killed.faulted(),
      killed.retries,
      killed.seen.length,
    );
    expect(killed.step.exitCode).not.toBe(0);
    expect(killed.step.outputs.digest).toBe(mixed.expected.digest);
    expect(await at('t1')).toBe(mixed.pushed);
    await expect(at('t2')).rejects.toThrow(/manifest unknown/i);
    await expect(at('t3')).rejects.toThrow(/manifest unknown/i);

    const rerun = await merge([], {}, { repository, tags });
    table.run('re-run after the kill', rerun.step, 0, rerun.retries, rerun.seen.length);
    expect(rerun.step.errors).toEqual([]);
    const name = `${targetProxy.host}/${repository}`;
    expect(rerun.step.stdout).toContain(`${name}:t1 already points at ${mixed.expected.digest}`);
    expect(rerun.step.stdout).toContain(`${name}:t2 -> ${mixed.expected.digest}`);
    expect(rerun.step.stdout).toContain(`${name}:t3 -> ${mixed.expected.digest}`);
    for (const tag of tags) {
      expect(await at(tag)).toBe(mixed.pushed);
      await copyAll(reader(), `${repository}:${tag}`);
    }

    const again = await merge([], {}, { repository, tags });
    table.run('re-run after success', again.step, 0, again.retries, again.seen.length);
    expect(again.step.errors).toEqual([]);
    for (const tag of tags) expect(again.step.stdout).toContain(`${name}:${tag} already points at`);
    expect(again.seen.filter((r) => r.method === 'PUT')).toEqual([]);
  });
});
