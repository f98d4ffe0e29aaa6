/**
 * Runs `mode: merge` through the bundle as the runner does (scripts/runner.mjs), with the proxy
 * variables of the test process removed so that only what a test sets applies, and reads back
 * what reached the registry with skopeo.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runAction, type StepOptions, type StepResult } from '../../scripts/runner.mjs';
import { REPLAY } from '../support/paths.js';

export const PROXY_VARIABLES = [
  'HTTP_PROXY',
  'http_proxy',
  'HTTPS_PROXY',
  'https_proxy',
  'NO_PROXY',
  'no_proxy',
];

export interface ReplayCase {
  name: string;
  sources: string[];
  expected: { digest: string; mediaType: string };
}

export function replayCase(name: string): ReplayCase & { pushed: string } {
  const cases = JSON.parse(readFileSync(join(REPLAY, 'cases.json'), 'utf8')) as ReplayCase[];
  const found = cases.find((c) => c.name === name);
  if (!found) throw new Error(`no replay case ${name}`);
  return { ...found, pushed: readFileSync(join(REPLAY, 'cases', name, 'pushed.json'), 'utf8') };
}

/** The case's sources, in `host`'s `replay/app`. */
export const sourcesIn = (host: string, c: ReplayCase): string =>
  c.sources.map((s) => s.replace(/^replay\/app@/, `${host}/replay/app@`)).join('\n');

export function mergeStep(
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = {},
  options: StepOptions = {},
): Promise<StepResult> {
  const cleared = Object.fromEntries(PROXY_VARIABLES.map((name) => [name, undefined]));
  return runAction({
    ...options,
    inputs: { mode: 'merge', ...inputs },
    env: { DOCKER_CONFIG: mkdtempSync(join(tmpdir(), 'dia-docker-config-')), ...cleared, ...env },
  });
}

const run = promisify(execFile);

/** skopeo, asynchronously: token servers and proxies live in the test process. */
export async function skopeo(args: string[]): Promise<string> {
  return (await run('skopeo', args, { encoding: 'utf8', env: { ...process.env, ...noProxy } })).stdout;
}
const noProxy = Object.fromEntries(PROXY_VARIABLES.map((name) => [name, '']));

export interface Reader {
  host: string;
  creds?: string;
}

/** The bytes of a manifest as the registry serves them. */
export function rawManifest(r: Reader, reference: string): Promise<string> {
  return skopeo(['inspect', '--raw', '--tls-verify=false', ...creds(r), `docker://${r.host}/${reference}`]);
}

/**
 * Copies the whole image (every child manifest, config and layer, digests checked) out of the
 * registry: it fails if anything the index names is missing or damaged.
 */
export async function copyAll(r: Reader, reference: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dia-copy-'));
  await skopeo([
    'copy',
    '--all',
    '--quiet',
    '--src-tls-verify=false',
    ...(r.creds ? ['--src-creds', r.creds] : []),
    `docker://${r.host}/${reference}`,
    `oci:${dir}:copy`,
  ]);
}

const creds = (r: Reader): string[] => (r.creds ? ['--creds', r.creds] : []);
