#!/usr/bin/env node
// Runs the bundled action exactly as a GitHub runner starts a node action, and reads back what it
// wrote. Used by the tests (import { runAction }) and by people:
//
//   node scripts/runner.mjs --input mode=metadata --input images=ghcr.io/acme/app \
//     --event push --ref refs/heads/main [--payload event.json] [--env KEY=VALUE] [--post]
//
// What a runner does, and so this does: inputs become INPUT_<NAME> (spaces to '_', upper-cased,
// dashes kept); GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE, GITHUB_STEP_SUMMARY and GITHUB_PATH are
// fresh files per step; GITHUB_EVENT_PATH holds the event payload; the post step gets the saved
// state back as STATE_<name> variables.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The name a runner gives the variable of an input. */
export function inputVariable(name) {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Parses a file-command file (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE): `name=value` lines and
 * `name<<DELIMITER` heredocs, as the runner reads them.
 * @param {string} text
 * @returns {Record<string, string>}
 */
export function parseFileCommands(text) {
  /** @type {Record<string, string>} */
  const values = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    if (heredoc && !line.includes('=')) {
      const [, name, delimiter] = heredoc;
      const body = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i]);
      if (i >= lines.length) throw new Error(`unterminated heredoc for ${name}`);
      values[name] = body.join('\n');
    } else {
      const eq = line.indexOf('=');
      if (eq < 0) throw new Error(`malformed file-command line: ${line}`);
      values[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return values;
}

/**
 * The GITHUB_* context of a runner, with neutral defaults a test can override.
 * @param {{eventName?: string, ref?: string, sha?: string, repository?: string, workspace: string, temp: string, eventPath: string}} o
 */
export function runnerContextEnv(o) {
  const ref = o.ref ?? 'refs/heads/main';
  return {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: o.eventName ?? 'push',
    GITHUB_EVENT_PATH: o.eventPath,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ''),
    GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_SHA: o.sha ?? '860c1904a1ce19322e91ac35af1ab07466440c37',
    GITHUB_REPOSITORY: o.repository ?? 'langgenius/dify',
    GITHUB_REPOSITORY_OWNER: (o.repository ?? 'langgenius/dify').split('/')[0],
    GITHUB_RUN_ID: '2000000001',
    GITHUB_RUN_NUMBER: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKFLOW: 'Build and Push',
    GITHUB_JOB: 'build',
    GITHUB_ACTION: '__self',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9/api',
    GITHUB_GRAPHQL_URL: 'http://127.0.0.1:9/api/graphql',
    GITHUB_WORKSPACE: o.workspace,
    RUNNER_TEMP: o.temp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'local-runner',
  };
}

/**
 * Runs one step of the action in a child process, as the runner does.
 * @param {{
 *   inputs?: Record<string, string>,
 *   env?: Record<string, string | undefined>,
 *   eventName?: string, ref?: string, sha?: string, repository?: string,
 *   payload?: unknown,
 *   workdir?: string,
 *   post?: boolean, state?: Record<string, string>,
 *   entry?: string, node?: string, cwd?: string,
 * }} options
 */
export async function runAction(options = {}) {
  const workdir = options.workdir ?? mkdtempSync(join(tmpdir(), 'dia-step-'));
  const temp = join(workdir, 'runner-temp');
  const workspace = join(workdir, 'workspace');
  const files = join(workdir, `files-${randomUUID()}`);
  for (const dir of [temp, workspace, files]) mkdirSync(dir, { recursive: true });
  const path = (name) => {
    const file = join(files, name);
    writeFileSync(file, '');
    return file;
  };
  const eventPath = join(files, 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.payload ?? {}));
  const outputFile = path('output');
  const envFile = path('env');
  const stateFile = path('state');
  const summaryFile = path('summary');
  const pathFile = path('path');

  /** @type {Record<string, string>} */
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    // A step never inherits the test's own INPUT_/STATE_/GITHUB_ variables.
    if (v !== undefined && !/^(INPUT_|STATE_|GITHUB_|ACTIONS_|RUNNER_)/.test(k)) env[k] = v;
  }
  Object.assign(env, runnerContextEnv({ ...options, workspace, temp, eventPath }));
  Object.assign(env, {
    GITHUB_OUTPUT: outputFile,
    GITHUB_ENV: envFile,
    GITHUB_STATE: stateFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_PATH: pathFile,
  });
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[inputVariable(name)] = value;
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value;
  if (options.post) env['STATE_isPost'] = 'true';
  for (const [k, v] of Object.entries(options.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }

  const entry = options.entry ?? join(root, 'dist', 'index.js');
  const started = process.hrtime.bigint();
  const child = spawn(options.node ?? process.execPath, [entry], {
    cwd: options.cwd ?? workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
  const exitCode = await new Promise((done, failed) => {
    child.on('error', failed);
    child.on('close', (code) => done(code ?? 1));
  });
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  const read = (file) => readFileSync(file, 'utf8');
  const errors = [...stdout.matchAll(/^::error(?: [^:]*)?::(.*)$/gm)].map((m) => unescapeCommand(m[1]));
  const warnings = [...stdout.matchAll(/^::warning(?: [^:]*)?::(.*)$/gm)].map((m) => unescapeCommand(m[1]));
  const secrets = [...stdout.matchAll(/^::add-mask::(.*)$/gm)].map((m) => unescapeCommand(m[1]));
  return {
    exitCode,
    stdout,
    stderr,
    elapsedMs,
    errors,
    warnings,
    secrets,
    outputs: parseFileCommands(read(outputFile)),
    exported: parseFileCommands(read(envFile)),
    state: parseFileCommands(read(stateFile)),
    summary: read(summaryFile),
    workdir,
    workspace,
    temp,
  };
}

function unescapeCommand(s) {
  return s
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}

async function cli(argv) {
  /** @type {Record<string, string>} */
  const inputs = {};
  /** @type {Record<string, string>} */
  const env = {};
  const options = { inputs, env };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    const pair = (v) => {
      const eq = v.indexOf('=');
      if (eq < 0) throw new Error(`${arg} takes NAME=VALUE, got ${v}`);
      return [v.slice(0, eq), v.slice(eq + 1)];
    };
    if (arg === '--input') {
      const [k, v] = pair(value());
      inputs[k] = inputs[k] === undefined ? v : `${inputs[k]}\n${v}`;
    } else if (arg === '--env') {
      const [k, v] = pair(value());
      env[k] = v;
    } else if (arg === '--event') options.eventName = value();
    else if (arg === '--ref') options.ref = value();
    else if (arg === '--sha') options.sha = value();
    else if (arg === '--repository') options.repository = value();
    else if (arg === '--payload') options.payload = JSON.parse(readFileSync(value(), 'utf8'));
    else if (arg === '--post') options.post = true;
    else throw new Error(`unknown argument ${arg}`);
  }
  const step = await runAction(options);
  process.stdout.write(step.stdout);
  process.stderr.write(step.stderr);
  console.log(
    JSON.stringify({ exitCode: step.exitCode, outputs: step.outputs, exported: step.exported }, null, 2),
  );
  process.exitCode = step.exitCode;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await cli(process.argv.slice(2));
}
