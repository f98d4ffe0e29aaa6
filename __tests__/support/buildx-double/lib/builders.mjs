// `docker buildx version|inspect|ls|create|rm|use`, `docker version` and the binfmt installer,
// shaped like ../../../fixtures/buildx/builders/*.stdout.
import { nodePlatforms, BUILDKIT_DEFAULT } from './state.mjs';

export const BUILDX_COMMIT = 'b1281b81bba797b21d9eaf256e6a13eb14419836';

export function versionLine(env) {
  const v = env.BUILDX_DOUBLE_VERSION || '0.28.0';
  return `github.com/docker/buildx v${v.replace(/^v/, '')} ${BUILDX_COMMIT}`;
}

const pad = (label, width) => `${label}:`.padEnd(width);

export function inspectText(b, state) {
  const out = [];
  out.push(
    `${pad('Name', 15)}${b.name}`,
    `${pad('Driver', 15)}${b.driver}`,
    `${pad('Last Activity', 15)}2026-11-27 15:16:08 +0000 UTC`,
    '',
    'Nodes:',
  );
  const w = b.driver === 'docker-container' ? 23 : 18;
  out.push(`${pad('Name', w)}${b.driver === 'docker' ? b.name : `${b.name}0`}`);
  out.push(`${pad('Endpoint', w)}${b.endpoint}`);
  const opts = Object.entries(b.driverOpts ?? {});
  if (opts.length > 0)
    out.push(`${pad('Driver Options', w)}${opts.map(([k, v]) => `${k}="${v}"`).join(' ')}`);
  out.push(`${pad('Status', w)}${b.status}`);
  if (b.status === 'running') {
    const flags = nodeFlags(b);
    if (flags.length > 0) out.push(`${pad('BuildKit daemon flags', w)}${flags.join(' ')}`);
    out.push(`${pad('BuildKit version', w)}${b.buildkit}`);
    out.push(`${pad('Platforms', w)}${nodePlatforms(state).join(', ')}`);
  }
  if (b.config !== undefined) out.push('File#buildkitd.toml:', ...b.config.split('\n').map((l) => ` > ${l}`));
  return `${out.join('\n')}\n`;
}

/**
 * Recorded for docker-container builders: buildx adds `--allow-insecure-entitlement=network.host`
 * (build2/builder/inspect-fx-dc.stdout); where it goes among given flags is not recorded.
 */
function nodeFlags(b) {
  return [
    ...(b.flags ?? []),
    ...(b.driver === 'docker-container' ? ['--allow-insecure-entitlement=network.host'] : []),
  ];
}

export function lsJson(state) {
  return Object.values(state.builders)
    .map((b) =>
      JSON.stringify({
        Current: state.current === b.name,
        Driver: b.driver,
        Dynamic: false,
        LastActivity: '2026-11-27T15:16:08Z',
        Name: b.name,
        Nodes: [
          {
            ...(Object.keys(b.driverOpts ?? {}).length > 0 ? { DriverOpts: b.driverOpts } : {}),
            Endpoint: b.endpoint,
            ...(b.config !== undefined
              ? { Files: { 'buildkitd.toml': Buffer.from(b.config).toString('base64') } }
              : {}),
            ...(nodeFlags(b).length > 0 ? { Flags: nodeFlags(b) } : {}),
            Name: b.driver === 'docker' ? b.name : `${b.name}0`,
            ...(b.status === 'running'
              ? { Platforms: nodePlatforms(state), Status: 'running', Version: b.buildkit }
              : { Status: b.status }),
          },
        ],
      }),
    )
    .map((l) => `${l}\n`)
    .join('');
}

export function lsTable(state) {
  const rows = [
    'NAME/NODE         DRIVER/ENDPOINT                           STATUS    BUILDKIT       PLATFORMS',
  ];
  for (const b of Object.values(state.builders)) {
    rows.push(`${(b.name + (state.current === b.name ? '*' : '')).padEnd(18)}${b.driver}`);
    rows.push(
      ` \\_ ${(b.driver === 'docker' ? b.name : `${b.name}0`).padEnd(14)} \\_ ${b.endpoint.padEnd(38)}${b.status.padEnd(10)}${(b.buildkit ?? '').padEnd(15)}${nodePlatforms(state).join(', ')}`,
    );
  }
  return `${rows.join('\n')}\n`;
}

/** build2/builder/create.stderr; buildx's default image unless `--driver-opt image=` names one. */
export function bootstrapProgress(name, image = 'moby/buildkit:buildx-stable-1') {
  return `#1 [internal] booting buildkit\n#1 pulling image ${image}\n#1 pulling image ${image} 0.5s done\n#1 creating container buildx_buildkit_${name}0\n#1 creating container buildx_buildkit_${name}0 0.3s done\n#1 DONE 0.8s\n`;
}

export function createBuilder(state, opts) {
  const b = {
    name: opts.name,
    driver: opts.driver,
    status: opts.bootstrap ? 'running' : 'inactive',
    buildkit: opts.bootstrap ? BUILDKIT_DEFAULT : undefined,
    driverOpts: opts.driverOpts,
    endpoint: opts.endpoint ?? 'unix:///var/run/docker.sock',
    ...(opts.flags ? { flags: opts.flags.split(/\s+/).filter(Boolean) } : {}),
    ...(opts.config !== undefined ? { config: opts.config } : {}),
  };
  state.builders[b.name] = b;
  if (opts.use) state.current = b.name;
  return b;
}

export function dockerVersion(format) {
  const v = {
    Client: { Version: '28.2.2', ApiVersion: '1.50', GitCommit: 'e6534b4' },
    Server: { Version: '28.2.2', ApiVersion: '1.50' },
  };
  if (format) {
    if (format.includes('json')) return `${JSON.stringify(v)}\n`;
    const m = /\.(Client|Server)\.(\w+)/.exec(format);
    return `${m ? (v[m[1]]?.[m[2]] ?? '') : ''}\n`;
  }
  return `Client:\n Version:           28.2.2\n API version:       1.50\n Git commit:        e6534b4\n\nServer:\n Engine:\n  Version:          28.2.2\n  API version:      1.50 (minimum version 1.24)\n`;
}

const BINFMT_ARCHES = {
  arm64: 'linux/arm64',
  amd64: 'linux/amd64',
  arm: 'linux/arm/v7',
  riscv64: 'linux/riscv64',
  ppc64le: 'linux/ppc64le',
  s390x: 'linux/s390x',
  386: 'linux/386',
  mips64: 'linux/mips64',
  all: '*',
};

/** `docker run --privileged --rm tonistiigi/binfmt --install <arch,...>`: JSON status on stdout. */
export function installBinfmt(state, spec) {
  const installed = [];
  for (const raw of spec.split(',')) {
    let arch = raw.trim();
    if (arch.startsWith('linux/')) arch = arch.slice(6).split('/')[0];
    const p = BINFMT_ARCHES[arch];
    if (!p) return { ok: false, err: `installing ${raw}: unsupported architecture\n` };
    const list =
      p === '*'
        ? ['linux/arm64', 'linux/arm/v7', 'linux/riscv64', 'linux/ppc64le', 'linux/s390x', 'linux/386']
        : [p];
    for (const q of list) if (!state.emulators.includes(q)) state.emulators.push(q);
    installed.push(arch);
  }
  const emulators = state.emulators.map((p) => `qemu-${p.split('/')[1]}`);
  return {
    ok: true,
    err: installed.map((a) => `installing: ${a} OK\n`).join(''),
    out: `${JSON.stringify({ supported: nodePlatforms(state), emulators }, null, 2)}\n`,
  };
}
