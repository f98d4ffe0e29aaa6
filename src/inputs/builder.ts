import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvField } from '../buildx/csv-field.js';
import { parseCsvRecord } from '../buildx/csv.js';
import { parseReference } from '../oci/reference.js';
import { InputError, quote } from '../base/input-error.js';
import { readList, type RawInputs } from './reader.js';

/**
 * The builder this action creates, configured with docker/setup-buildx-action's input names and
 * grammar, and the binfmt image of the QEMU set-up (setup-qemu-action's `image`, renamed
 * `qemu-image` so that it cannot be mistaken for `images`).
 */
export type BuilderDriver = 'docker-container' | 'remote' | 'kubernetes';

export interface BuilderInputs {
  /** Any builder input given: the action then always creates its builder, as setup-buildx-action. */
  configured: boolean;
  driver: BuilderDriver;
  /** `remote` only: `tcp://host:port` or `unix:///path`. */
  endpoint?: string;
  /** One `key=value` per entry, file paths made absolute. */
  driverOpts: string[];
  /** An existing file, absolute. */
  buildkitdConfig?: string;
  /** TOML text, written to a file only while the builder is created. */
  buildkitdConfigInline?: string;
  buildkitdFlags?: string;
  qemuImage: string;
}

/**
 * setup-qemu-action runs `tonistiigi/binfmt:latest`, a tag that moves (and stayed on an old QEMU
 * for years); a pinned release gives every run the same emulators.
 */
export const DEFAULT_QEMU_IMAGE = 'tonistiigi/binfmt:qemu-v9.2.2';

const DRIVERS: readonly BuilderDriver[] = ['docker-container', 'remote', 'kubernetes'];
/** Driver options of the remote driver (docs.docker.com/build/builders/drivers/remote). */
const TLS_OPTS = ['cacert', 'cert', 'key', 'servername'];
const TLS_FILES = ['cacert', 'cert', 'key'];
const ENDPOINT = /^(tcp:\/\/(\[[0-9A-Fa-f:.]+\]|[^\s/:[\]]+):\d{1,5}\/?|unix:\/\/\/\S+)$/;

const optional = (value: string): string | undefined => (value === '' ? undefined : value);

export function parseBuilderInputs(raw: RawInputs): BuilderInputs {
  const driverText = raw('driver');
  const driver = parseDriver(driverText);
  const endpoint = optional(raw('endpoint'));
  const lines = readList(raw, 'driver-opts');
  const config = optional(raw('buildkitd-config'));
  const inline = optional(raw('buildkitd-config-inline'));
  const flags = optional(raw('buildkitd-flags'));

  const given: Array<[string, boolean]> = [
    ['driver', driverText !== ''],
    ['endpoint', endpoint !== undefined],
    ['driver-opts', lines.length > 0],
    ['buildkitd-config', config !== undefined],
    ['buildkitd-config-inline', inline !== undefined],
    ['buildkitd-flags', flags !== undefined],
  ];
  const first = given.find(([, set]) => set)?.[0];
  if (first !== undefined && raw('builder') !== '') {
    throw new InputError(
      first,
      `is set together with "builder" ${quote(raw('builder'))}`,
      'either "builder" (an existing builder, used as it is) or the inputs of a builder this action creates',
    );
  }

  if (driver === 'remote') {
    if (endpoint === undefined)
      throw new InputError(
        'endpoint',
        'is empty with driver "remote"',
        'the address of the running buildkitd',
      );
    if (!ENDPOINT.test(endpoint))
      throw new InputError(
        'endpoint',
        `${quote(endpoint)} is not a BuildKit address`,
        'tcp://host:port or unix:///path/to/buildkitd.sock',
      );
    // These configure a daemon this action starts; a remote one is configured where it runs.
    for (const [name, set] of given.slice(3))
      if (set)
        throw new InputError(
          name,
          'is set with driver "remote"',
          'it empty: configure the remote buildkitd itself',
        );
  } else if (endpoint !== undefined) {
    throw new InputError(
      'endpoint',
      `is set with driver "${driver}"`,
      'an endpoint only with driver "remote" (the docker-container builder runs on the runner\'s Docker, kubernetes reads KUBECONFIG)',
    );
  }
  if (config !== undefined && inline !== undefined) {
    throw new InputError(
      'buildkitd-config-inline',
      'is set together with "buildkitd-config"',
      'one of the two',
    );
  }

  const qemuImage = raw('qemu-image') || DEFAULT_QEMU_IMAGE;
  try {
    parseReference(qemuImage);
  } catch (error) {
    throw new InputError(
      'qemu-image',
      (error as Error).message,
      `an image reference such as ${DEFAULT_QEMU_IMAGE}`,
    );
  }
  return {
    configured: first !== undefined,
    driver,
    ...(endpoint !== undefined ? { endpoint } : {}),
    driverOpts: parseDriverOpts(lines, driver),
    ...(config !== undefined ? { buildkitdConfig: existingFile('buildkitd-config', config) } : {}),
    ...(inline !== undefined ? { buildkitdConfigInline: inline } : {}),
    ...(flags !== undefined ? { buildkitdFlags: flags } : {}),
    qemuImage,
  };
}

function parseDriver(text: string): BuilderDriver {
  if (text === '') return 'docker-container';
  const driver = DRIVERS.find((d) => d === text);
  if (driver !== undefined) return driver;
  const why =
    text === 'docker'
      ? '"docker" cannot push by digest nor export a cache'
      : `${quote(text)} is not a driver this action can create`;
  throw new InputError('driver', why, DRIVERS.join(', '));
}

/**
 * Each line is a CSV record of `key=value` fields, as buildx reads `--driver-opt`; every field
 * becomes one option. TLS files must exist (buildx wants absolute paths: relative ones are made
 * absolute from the working directory) and belong to the remote driver.
 */
function parseDriverOpts(lines: readonly string[], driver: BuilderDriver): string[] {
  const out: string[] = [];
  const keys = new Set<string>();
  for (const line of lines) {
    for (const field of parseCsvRecord(line)) {
      const eq = field.indexOf('=');
      const key = field.slice(0, eq);
      if (eq <= 0 || !/^[A-Za-z][\w.-]*$/.test(key))
        throw new InputError(
          'driver-opts',
          `${quote(field)} is not key=value`,
          'key=value lines (e.g. image=moby/buildkit:v0.24.0)',
        );
      if (TLS_OPTS.includes(key) && driver !== 'remote')
        throw new InputError(
          'driver-opts',
          `${key}= is an option of the remote driver, not of ${driver}`,
          'TLS options only with driver "remote"',
        );
      if (key === 'image' && driver === 'remote')
        throw new InputError(
          'driver-opts',
          'image= is set with driver "remote"',
          'no image: the remote driver connects to a running buildkitd',
        );
      const value = TLS_FILES.includes(key)
        ? existingFile('driver-opts', field.slice(eq + 1), key)
        : field.slice(eq + 1);
      keys.add(key);
      out.push(csvField(`${key}=${value}`));
    }
  }
  if (keys.has('cert') !== keys.has('key'))
    throw new InputError(
      'driver-opts',
      `${keys.has('cert') ? 'cert=' : 'key='} is set without ${keys.has('cert') ? 'key=' : 'cert='}`,
      'the client certificate and its key together',
    );
  return out;
}

function existingFile(input: string, path: string, what?: string): string {
  const absolute = resolve(path);
  if (!existsSync(absolute) || !statSync(absolute).isFile()) {
    throw new InputError(
      input,
      `${what ? `${what}=` : ''}${quote(path)} does not exist`,
      'the path of a file on the runner',
    );
  }
  return absolute;
}
