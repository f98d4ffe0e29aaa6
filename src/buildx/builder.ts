import { parseVersion, atLeast, type Version } from './version.js';

/** One builder as `docker buildx inspect` (text) or `docker buildx ls --format json` shows it. */
export interface BuilderInfo {
  name: string;
  driver: string;
  current?: boolean;
  /** Status of the first node: `running`, `inactive`, `stopped`, `error`... */
  status: string;
  buildkit?: Version;
  platforms: string[];
  error?: string;
}

/** Parses `docker buildx inspect [name]` text (builders/inspect*.stdout): first node only. */
export function parseInspect(stdout: string): BuilderInfo {
  const top = new Map<string, string>();
  const node = new Map<string, string>();
  let inNodes = false;
  for (const line of stdout.split('\n')) {
    if (line.startsWith('Nodes:')) {
      inNodes = true;
      continue;
    }
    const m = /^([A-Za-z][A-Za-z ]*?):\s+(.*)$/.exec(line);
    if (!m?.[1] || m[2] === undefined) continue;
    const target = inNodes ? node : top;
    if (!target.has(m[1])) target.set(m[1], m[2].trim());
  }
  const name = top.get('Name');
  if (!name) throw new Error('docker buildx inspect printed no builder name');
  const bk = node.get('BuildKit version');
  const buildkit = bk ? parseVersion(bk) : undefined;
  return {
    name,
    driver: top.get('Driver') ?? '',
    status: node.get('Status') ?? 'unknown',
    ...(buildkit ? { buildkit } : {}),
    platforms: (node.get('Platforms') ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean),
  };
}

/** Wire format of `docker buildx ls --format json`: one object per line (builders/ls-format-json.stdout). */
interface LsLine {
  Name?: string;
  Driver?: string;
  Current?: boolean;
  Err?: string;
  Nodes?: { Status?: string; Version?: string; Platforms?: string[] }[];
}

export function parseLsJson(stdout: string): BuilderInfo[] {
  const out: BuilderInfo[] = [];
  for (const line of stdout.split('\n')) {
    if (line.trim() === '') continue;
    const o = JSON.parse(line) as LsLine;
    const n = o.Nodes?.[0];
    const buildkit = n?.Version ? parseVersion(n.Version) : undefined;
    out.push({
      name: o.Name ?? '',
      driver: o.Driver ?? '',
      current: o.Current === true,
      status: o.Err ? 'error' : (n?.Status ?? 'unknown'),
      ...(buildkit ? { buildkit } : {}),
      platforms: n?.Platforms ?? [],
      ...(o.Err ? { error: o.Err } : {}),
    });
  }
  return out;
}

export type BuilderDecision = { action: 'reuse'; name: string } | { action: 'create'; reason: string };

/** Drivers that can push by digest and export a cache; the `docker` driver can do neither. */
const CAPABLE_DRIVERS = ['docker-container', 'remote', 'kubernetes'];

/**
 * Reuse the current builder when it can push by digest and export the gha cache, else create a
 * `docker-container` builder (what docker/setup-buildx-action does on a runner).
 */
export function chooseBuilder(
  current: BuilderInfo | undefined,
  opts: { ghaCache: boolean },
): BuilderDecision {
  if (!current) return { action: 'create', reason: 'there is no current builder' };
  if (!CAPABLE_DRIVERS.includes(current.driver)) {
    return {
      action: 'create',
      reason: `the current builder "${current.name}" uses the ${current.driver || 'unknown'} driver, which cannot push by digest nor export a cache`,
    };
  }
  if (current.status === 'error')
    return { action: 'create', reason: `the current builder "${current.name}" is in error` };
  if (opts.ghaCache && current.buildkit && !atLeast(current.buildkit, '0.20.0')) {
    return {
      action: 'create',
      reason: `the current builder "${current.name}" runs BuildKit ${current.buildkit.raw}, older than 0.20.0 which the gha cache needs`,
    };
  }
  return { action: 'reuse', name: current.name };
}

/** What `buildx create` gets: setup-buildx-action's inputs, validated in src/inputs/builder.ts. */
export interface CreateBuilder {
  name: string;
  driver: string;
  /** The remote driver's `tcp://` or `unix://` address: buildx's `[CONTEXT|ENDPOINT]` argument. */
  endpoint?: string;
  driverOpts?: readonly string[];
  configFile?: string;
  flags?: string;
}

/**
 * Arguments after `docker` that create and boot a builder. No `--use`: buildx would make it the
 * current builder of the docker context (stored in ~/.docker/buildx/current, observation 8 of the
 * recordings) for every later step of the job; the build names it with `--builder` instead.
 */
export function createBuilderArgs(o: CreateBuilder): string[] {
  return [
    'buildx',
    'create',
    '--name',
    o.name,
    '--driver',
    o.driver,
    ...(o.driverOpts ?? []).flatMap((opt) => ['--driver-opt', opt]),
    ...(o.configFile ? ['--buildkitd-config', o.configFile] : []),
    ...(o.flags ? ['--buildkitd-flags', o.flags] : []),
    '--bootstrap',
    ...(o.endpoint ? [o.endpoint] : []),
  ];
}

export function removeBuilderArgs(name: string): string[] {
  return ['buildx', 'rm', name];
}

/** Runner architecture (`RUNNER_ARCH`: X64, ARM64, ARM, X86) as a Go arch. */
export function runnerGoArch(runnerArch: string | undefined): string | undefined {
  return { X64: 'amd64', ARM64: 'arm64', ARM: 'arm', X86: '386' }[runnerArch ?? ''];
}

/**
 * QEMU is needed only when the target architecture is not the runner's own and the builder does
 * not already list the platform (an emulator is registered). Returns the binfmt arch or undefined.
 */
export function qemuArchNeeded(
  platform: string,
  runnerArch: string | undefined,
  builderPlatforms: readonly string[],
): string | undefined {
  const arch = platform.split('/')[1] ?? '';
  if (arch === runnerGoArch(runnerArch)) return undefined;
  if (listsPlatform(builderPlatforms, platform)) return undefined;
  return arch;
}

/** Registers the emulator for `arch` with the binfmt installer image (setup-qemu-action's way). */
export function qemuInstallArgs(arch: string, image: string): string[] {
  return ['run', '--privileged', '--rm', image, '--install', arch];
}

/** Whether a builder's platform list has `platform` (or a variant of it: `linux/arm` for `linux/arm/v7`). */
export function listsPlatform(platforms: readonly string[], platform: string): boolean {
  return platforms.some((p) => p === platform || p.startsWith(`${platform}/`));
}
