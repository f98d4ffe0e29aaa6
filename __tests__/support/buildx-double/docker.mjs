#!/usr/bin/env node
// Test double of the `docker` CLI for the buildx commands this action runs. Behaviour follows the
// recordings in ../../fixtures/buildx/ (see README.md beside this file).
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
        const eq = o.indexOf('=');
        driverOpts[o.slice(0, eq)] = o.slice(eq + 1);
      }
      const use = takeBool(args, '--use');
      const bootstrap = takeBool(args, '--bootstrap');
      takeOpt(args, ['--buildkitd-flags', '--buildkitd-config', '--config', '--platform']);
      if (args.some((a) => a.startsWith('-'))) {
        io.err(
          `unknown flag: ${args.find((a) => a.startsWith('-'))}\n\nUsage:  docker buildx create [OPTIONS] [CONTEXT|ENDPOINT]\n\nRun 'docker buildx create --help' for more information\n`,
        );
        return 125;
      }
      if (!['docker-container', 'remote', 'kubernetes'].includes(driver))
        return fail(`failed to find driver "${driver}"`);
      if (state.builders[name])
        return fail(
          `existing instance for "${name}" but no append mode, specify the node name to make changes for existing instances`,
        );
      if (bootstrap) io.err(bootstrapProgress(name));
      createBuilder(state, { name, driver, driverOpts, use, bootstrap });
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
    case 'build':
      if (rootBuilder) args.unshift('--builder', rootBuilder);
      return build(args, env, state, io);
    case 'history':
      return fail('the buildx double keeps no build records');
    default:
      io.err(
        `docker: unknown command: docker buildx ${sub ?? ''}\n\nRun 'docker buildx --help' for more information\n`,
      );
      return 1;
  }
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
  else if (cmd === 'run') {
    const at = args.indexOf('--install');
    if (!args.includes('tonistiigi/binfmt') || at < 0)
      code = fail('the buildx double only runs tonistiigi/binfmt --install');
    else {
      const r = installBinfmt(state, args[at + 1] ?? 'all');
      io.err(r.err);
      if (r.ok) io.out(r.out);
      code = r.ok ? 0 : 1;
    }
  } else {
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
