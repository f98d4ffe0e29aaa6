// Invocation log and the double's persistent state (builders, installed emulators, failure budget).
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';

const ENV_RECORDED = [
  'DOCKER_CONFIG',
  'BUILDX_BUILDER',
  'BUILDX_NO_DEFAULT_ATTESTATIONS',
  'SOURCE_DATE_EPOCH',
  'BUILDX_DOUBLE_DRIVER',
  'BUILDX_DOUBLE_VERSION',
];

/** One JSON line per invocation: argv, which ACTIONS_* variables were present, a few values, cwd. */
export function logInvocation(argv, env) {
  const file = env.BUILDX_DOUBLE_LOG;
  if (!file) return;
  const actions = Object.keys(env)
    .filter((k) => k.startsWith('ACTIONS_'))
    .sort();
  const selected = {};
  for (const k of ENV_RECORDED) if (env[k] !== undefined) selected[k] = env[k];
  appendFileSync(
    file,
    `${JSON.stringify({ argv, actionsEnv: actions, env: selected, cwd: process.cwd() })}\n`,
  );
}

export const BUILDKIT_DEFAULT = 'v0.24.0';

function initialState(env) {
  const driver = env.BUILDX_DOUBLE_DRIVER || 'docker';
  const buildkit = env.BUILDX_DOUBLE_BUILDKIT_VERSION || (driver === 'docker' ? 'v0.20.2' : BUILDKIT_DEFAULT);
  const name = driver === 'docker' ? 'default' : driver === 'remote' ? 'remote-builder' : 'container-builder';
  return {
    current: name,
    builders: {
      [name]: {
        name,
        driver,
        status: 'running',
        buildkit,
        driverOpts: {},
        endpoint:
          driver === 'remote'
            ? 'unix:///run/buildkit/buildkitd.sock'
            : driver === 'docker'
              ? 'default'
              : 'unix:///var/run/docker.sock',
      },
    },
    emulators: [],
    pushFailures: 0,
    pushes: 0,
  };
}

export function stateFile(env) {
  if (env.BUILDX_DOUBLE_STATE) return env.BUILDX_DOUBLE_STATE;
  if (env.BUILDX_DOUBLE_LOG) return `${env.BUILDX_DOUBLE_LOG}.state.json`;
  return undefined;
}

export function loadState(env) {
  const file = stateFile(env);
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  return initialState(env);
}

export function saveState(env, state) {
  const file = stateFile(env);
  if (file) writeFileSync(file, JSON.stringify(state, null, 2));
}

/** Platforms a node reports: native ones for the host arch plus installed QEMU emulators. */
export function nodePlatforms(state) {
  const native =
    process.arch === 'arm64'
      ? ['linux/arm64', 'linux/arm/v7', 'linux/arm/v6']
      : ['linux/amd64', 'linux/amd64/v2', 'linux/amd64/v3', 'linux/386'];
  const out = [...native];
  for (const p of state.emulators) if (!out.includes(p)) out.push(p);
  return out;
}
