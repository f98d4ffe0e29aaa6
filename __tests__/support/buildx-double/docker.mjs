#!/usr/bin/env node
// Test double of the `docker` CLI for the buildx commands this action runs. Behaviour follows the
// recordings in ../../fixtures/buildx/ (see README.md beside this file).
import { existsSync, readFileSync } from 'node:fs';
import { build } from './lib/build.mjs';
import {
  bootstrapProgress,
  createBuilder,
  dockerVersion,
  inspectText,
  installBinfmt,
  lsJson,
  lsTable,
  versionLine,
} from './lib/builders.mjs';
import { parseCsv } from './lib/csv.mjs';
import { history, recordBuild } from './lib/history.mjs';
import { removeBuilderStore } from './lib/mounts.mjs';
import { loadState, logInvocation, saveState } from './lib/state.mjs';

const env = process.env;
const io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };
const fail = (msg, code = 1) => {
  io.err(`ERROR: ${msg}\n`);
  return code;
};

function takeOpt(args, names) {
  const i = args.findIndex((a) => names.includes(a) || names.some((n) => a.startsWith(`${n}=`)));
  if (i < 0) return undefined;
  const a = args[i];
  const eq = a.indexOf('=');
  if (eq >= 0) {
    args.splice(i, 1);
    return a.slice(eq + 1);
  }
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
}
function takeBool(args, name) {
  const i = args.indexOf(name);
  if (i < 0) return false;
  args.splice(i, 1);
  return true;
}

async function buildx(args, state) {
  const rootBuilder = args[0] === '--builder' ? (args.shift(), args.shift()) : undefined;
  const sub = args.shift();
  switch (sub) {
    case 'version':
      io.out(`${versionLine(env)}\n`);
      return 0;
    case 'inspect': {
      const boot = takeBool(args, '--bootstrap');
      const name = args[0] ?? rootBuilder ?? env.BUILDX_BUILDER ?? state.current;
      const b = state.builders[name];
      if (!b) return fail(`no builder "${name}" found`);
      if (boot && b.status !== 'running') {
        io.err(bootstrapProgress(b.name));
        b.status = 'running';
        b.buildkit = 'v0.24.0';
      }
      io.out(inspectText(b, state));
      return 0;
    }
    case 'ls': {
      const format = takeOpt(args, ['--format']);
      io.out(format === 'json' ? lsJson(state) : lsTable(state));
      return 0;
    }
    case 'create': {
      const name = takeOpt(args, ['--name']) ?? `builder-${Math.random().toString(36).slice(2, 10)}`;
      const driver = takeOpt(args, ['--driver']) ?? 'docker-container';
      const driverOpts = {};
      for (let o = takeOpt(args, ['--driver-opt']); o !== undefined; o = takeOpt(args, ['--driver-opt'])) {
        // buildx reads each --driver-opt as one CSV record of k=v fields
        for (const field of parseCsv(o)) {
          const eq = field.indexOf('=');
          if (eq < 0) return fail(`invalid value ${JSON.stringify(field)}, expecting k=v`);
          driverOpts[field.slice(0, eq)] = field.slice(eq + 1);
        }
      }
      const use = takeBool(args, '--use');
      const bootstrap = takeBool(args, '--bootstrap');
      const flags = takeOpt(args, ['--buildkitd-flags']);
      const config = takeOpt(args, ['--buildkitd-config', '--config']);
      takeOpt(args, ['--platform']);
      if (args.some((a) => a.startsWith('-'))) {
        io.err(
          `unknown flag: ${args.find((a) => a.startsWith('-'))}\n\nUsage:  docker buildx create [OPTIONS] [CONTEXT|ENDPOINT]\n\nRun 'docker buildx create --help' for more information\n`,
        );
        return 125;
      }
      const endpoint = args.find((a) => !a.startsWith('-'));
      if (!['docker-container', 'remote', 'kubernetes'].includes(driver))
        return fail(`failed to find driver "${driver}"`);
      if (state.builders[name])
        return fail(
          `existing instance for "${name}" but no append mode, specify the node name to make changes for existing instances`,
        );
      // Not recorded (the double's own wording): what buildx cannot do without a file or an address.
      if (config !== undefined && !existsSync(config))
        return fail(`open ${config}: no such file or directory`);
      if (driver === 'remote' && !/^(tcp|unix|ssh|docker-container|kube-pod):\/\//.test(endpoint ?? ''))
        return fail(`remote driver needs an endpoint, got ${JSON.stringify(endpoint ?? '')}`);
      if (bootstrap && env.BUILDX_DOUBLE_FAIL_BOOTSTRAP) {
        // buildx stores the builder before it boots it: a failed boot leaves it behind.
        createBuilder(state, { name, driver, driverOpts, use, bootstrap: false, endpoint, flags });
        return fail(`failed to bootstrap builder "${name}" (BUILDX_DOUBLE_FAIL_BOOTSTRAP)`);
      }
      if (bootstrap && driver !== 'remote') io.err(bootstrapProgress(name, driverOpts.image));
      createBuilder(state, {
        name,
        driver,
        driverOpts,
        use,
        bootstrap,
        endpoint,
        flags,
        // recorded: buildx keeps the config re-encoded, comments dropped (observation 8)
        config: config === undefined ? undefined : dropComments(readFileSync(config, 'utf8')),
      });
      io.out(`${name}\n`);
      return 0;
    }
    case 'rm': {
      const name = args.find((a) => !a.startsWith('-')) ?? state.current;
      if (!state.builders[name]) return fail(`no builder "${name}" found`);
      if (state.builders[name].driver === 'docker')
        return fail(`cannot remove ${name} instance, docker driver`);
      delete state.builders[name];
      removeBuilderStore(env, state, name);
      if (state.current === name) state.current = Object.keys(state.builders)[0];
      io.err(`${name} removed\n`);
      return 0;
    }
    case 'use': {
      const name = args.find((a) => !a.startsWith('-'));
      if (!name || !state.builders[name])
        return fail(`run \`docker buildx create --name ${name}\` to create a new builder instance`);
      state.current = name;
      return 0;
    }
    case 'build': {
      if (rootBuilder) args.unshift('--builder', rootBuilder);
      const record = {};
      const code = await build(args, env, state, io, record);
      if (record.builder) recordBuild(state, record, code);
      return code;
    }
    case 'history':
      return history(args, env, state, io, rootBuilder);
    default:
      io.err(
        `docker: unknown command: docker buildx ${sub ?? ''}\n\nRun 'docker buildx --help' for more information\n`,
      );
      return 1;
  }
}

/** `docker run --privileged --rm <…/binfmt[:tag]> --install <arch>`, any binfmt image or tag. */
function runBinfmt(args, state) {
  const image = args.find((a) => /(^|\/)binfmt(:[\w.-]+)?(@sha256:[0-9a-f]{64})?$/.test(a));
  const at = args.indexOf('--install');
  if (image === undefined || at < 0) return fail('the buildx double only runs a binfmt image with --install');
  if (env.BUILDX_DOUBLE_OFFLINE && !(state.pulled ?? []).includes(image)) {
    // recorded: build2/builder/binfmt-lab-dockerd.stderr (the daemon cannot reach Docker Hub)
    const tagged = /:[\w.-]+$|@/.test(image.split('/').pop()) ? image : `${image}:latest`;
    io.err(
      `Unable to find image '${tagged}' locally\ndocker: Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 10.255.255.53:53: no such host\n\nRun 'docker run --help' for more information\n`,
    );
    return 125;
  }
  state.pulled = [...new Set([...(state.pulled ?? []), image])];
  const r = installBinfmt(state, args[at + 1] ?? 'all');
  io.err(r.err);
  if (r.ok) io.out(r.out);
  return r.ok ? 0 : 1;
}

/** TOML comment lines, which buildx drops when it stores a config. */
function dropComments(text) {
  return text
    .split('\n')
    .filter((l) => !/^\s*#/.test(l))
    .join('\n');
}

async function main(argv) {
  const args = [...argv];
  while (args[0] === '--context' || args[0] === '-c' || args[0] === '--debug' || args[0] === '-D')
    args.splice(0, args[0].startsWith('--d') || args[0] === '-D' ? 1 : 2);
  const state = loadState(env);
  let code;
  const cmd = args.shift();
  if (cmd === 'buildx') code = await buildx(args, state);
  else if (cmd === 'version') code = (io.out(dockerVersion(takeOpt(args, ['--format', '-f']))), 0);
  else if (cmd === 'run') code = runBinfmt(args, state);
  else {
    io.err(`docker: unknown command: docker ${cmd ?? ''}\n\nRun 'docker --help' for more information\n`);
    code = 1;
  }
  saveState(env, state);
  return code;
}

logInvocation(process.argv.slice(2), env);
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`ERROR: buildx double crashed: ${err.stack ?? err}\n`);
    process.exit(2);
  },
);
