// What `npm run pipeline` builds with: real Docker and buildx when this machine has them, else the
// recorded buildx double. And, for real Docker, the builder the pipeline's build steps share.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const firstLine = (text) =>
  String(text ?? '')
    .trim()
    .split('\n')[0]
    .trim() || 'no message';

/**
 * Whether the `docker` on `env.PATH` can build: buildx answers `docker buildx version` and a
 * daemon answers `docker info`. `forceDouble` (the `--double` flag) skips the probe.
 * @param {{ env?: Record<string, string | undefined>, forceDouble?: boolean }} [options]
 * @returns {{ real: true, buildx: string, server: string } | { real: false, reason: string }}
 */
export function detectDocker({ env = process.env, forceDouble = false } = {}) {
  if (forceDouble) return { real: false, reason: '--double given' };
  const docker = (args) => spawnSync('docker', args, { env, encoding: 'utf8', timeout: 30_000 });
  const buildx = docker(['buildx', 'version']);
  if (buildx.error?.code === 'ENOENT') return { real: false, reason: 'no docker command on PATH' };
  if (buildx.error) return { real: false, reason: `docker buildx version: ${buildx.error.message}` };
  if (buildx.status !== 0)
    return {
      real: false,
      reason: `docker buildx version failed: ${firstLine(buildx.stderr || buildx.stdout)}`,
    };
  const info = docker(['info', '--format', '{{.ServerVersion}}']);
  if (info.error || info.status !== 0 || info.stdout.trim() === '')
    return {
      real: false,
      reason: `no Docker daemon: ${firstLine(info.error?.message ?? (info.stderr || info.stdout))}`,
    };
  return { real: true, buildx: buildx.stdout.trim(), server: info.stdout.trim() };
}

/** The one line the pipeline prints about what it builds with. */
export function describeBackend(detected) {
  return detected.real
    ? `Docker ${detected.server} with ${detected.buildx}: building examples/project for real`
    : detected.reason === '--double given'
      ? 'Running on the buildx double (--double given)'
      : `No Docker with buildx here (${detected.reason}): running on the buildx double instead`;
}

/** `buildx create` flag for a buildkitd.toml: `--buildkitd-config` since buildx 0.13, `--config` before. */
export function buildkitdConfigFlag(buildxVersion) {
  const m = /v?(\d+)\.(\d+)\.\d+/.exec(buildxVersion);
  if (!m) return '--buildkitd-config';
  return Number(m[1]) > 0 || Number(m[2]) >= 13 ? '--buildkitd-config' : '--config';
}

/**
 * Creates the docker-container builder the pipeline's build steps use (input `builder`): on the
 * host's network, so that BuildKit reaches the loopback registry, and speaking plain HTTP to it.
 * @param {{ registry: string, buildx: string, env?: Record<string, string | undefined> }} options
 * @returns {{ name: string, remove: () => void }}
 */
export function createPipelineBuilder({ registry, buildx, env = process.env }) {
  const name = `dia-pipeline-${randomBytes(4).toString('hex')}`;
  const config = join(mkdtempSync(join(tmpdir(), 'dia-pipeline-buildkitd-')), 'buildkitd.toml');
  writeFileSync(config, `[registry."${registry}"]\n  http = true\n  insecure = true\n`);
  const args = [
    'buildx',
    'create',
    '--name',
    name,
    '--driver',
    'docker-container',
    '--driver-opt',
    'network=host',
    buildkitdConfigFlag(buildx),
    config,
    '--bootstrap',
  ];
  const created = spawnSync('docker', args, { env, encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] });
  if (created.status !== 0) throw new Error(`docker ${args.join(' ')} failed: ${firstLine(created.stderr)}`);
  return {
    name,
    remove: () => {
      spawnSync('docker', ['buildx', 'rm', name], { env, stdio: 'ignore' });
    },
  };
}

/** The runner architecture (`RUNNER_ARCH`) of this machine, as GitHub names it. */
export function hostRunnerArch(arch = process.arch) {
  return { x64: 'X64', arm64: 'ARM64', arm: 'ARM', ia32: 'X86' }[arch] ?? arch.toUpperCase();
}
