import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { InputError } from '../../../src/base/input-error.js';
import { DEFAULT_QEMU_IMAGE, parseBuilderInputs } from '../../../src/inputs/builder.js';
import type { InputName } from '../../../src/inputs/names.js';
import { inputsFromRecord } from '../../../src/inputs/reader.js';
import { ROOT } from '../../support/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'dia-builder-inputs-'));
const file = (name: string) => {
  const path = join(dir, name);
  writeFileSync(path, name);
  return path;
};
const ca = file('ca.pem');
const cert = file('cert.pem');
const key = file('key.pem');
const toml = file('buildkitd.toml');
const parseWith = (record: Partial<Record<InputName, string>>) =>
  parseBuilderInputs(inputsFromRecord(record));

describe('builder inputs (setup-buildx-action names)', () => {
  test('nothing given: a docker-container builder only if needed, the pinned binfmt image', () => {
    expect(parseWith({})).toEqual({
      configured: false,
      driver: 'docker-container',
      driverOpts: [],
      qemuImage: DEFAULT_QEMU_IMAGE,
    });
  });

  test('the action.yml default of qemu-image is the pinned image', () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
    };
    expect(action.inputs['qemu-image']?.default).toBe(DEFAULT_QEMU_IMAGE);
    expect(DEFAULT_QEMU_IMAGE).toMatch(/^tonistiigi\/binfmt:qemu-v\d+\.\d+\.\d+$/);
  });

  test('docker-container: each CSV field one option, the config file made absolute', () => {
    expect(
      parseWith({
        'driver-opts': 'image=moby/buildkit:v0.24.0,network=host\n"env.NO_PROXY=a,b"',
        'buildkitd-config': toml,
        'buildkitd-flags': '--debug',
        'qemu-image': 'ghcr.io/mirror/binfmt:qemu-v9.2.2',
      }),
    ).toEqual({
      configured: true,
      driver: 'docker-container',
      driverOpts: ['image=moby/buildkit:v0.24.0', 'network=host', '"env.NO_PROXY=a,b"'],
      buildkitdConfig: toml,
      buildkitdFlags: '--debug',
      qemuImage: 'ghcr.io/mirror/binfmt:qemu-v9.2.2',
    });
  });

  test('remote over TLS: the endpoint and the three files', () => {
    expect(
      parseWith({
        driver: 'remote',
        endpoint: 'tcp://buildkitd.example:1234',
        'driver-opts': `cacert=${ca}\ncert=${cert}\nkey=${key}\nservername=buildkitd`,
      }),
    ).toMatchObject({
      configured: true,
      driver: 'remote',
      endpoint: 'tcp://buildkitd.example:1234',
      driverOpts: [`cacert=${ca}`, `cert=${cert}`, `key=${key}`, 'servername=buildkitd'],
    });
    expect(parseWith({ driver: 'remote', endpoint: 'unix:///run/buildkit/buildkitd.sock' }).endpoint).toBe(
      'unix:///run/buildkit/buildkitd.sock',
    );
  });

  test('kubernetes with its options', () => {
    expect(parseWith({ driver: 'kubernetes', 'driver-opts': 'namespace=ci\nreplicas=2' })).toMatchObject({
      driver: 'kubernetes',
      driverOpts: ['namespace=ci', 'replicas=2'],
    });
  });

  test.each([
    [
      { driver: 'remote' },
      'input "endpoint": is empty with driver "remote"; expected the address of the running buildkitd',
    ],
    [
      { driver: 'docker' },
      'input "driver": "docker" cannot push by digest nor export a cache; expected docker-container, remote, kubernetes',
    ],
    [
      { driver: 'cloud' },
      'input "driver": "cloud" is not a driver this action can create; expected docker-container, remote, kubernetes',
    ],
    [{ endpoint: 'tcp://buildkitd:1234' }, 'input "endpoint": is set with driver "docker-container"'],
    [
      { driver: 'kubernetes', endpoint: 'tcp://buildkitd:1234' },
      'input "endpoint": is set with driver "kubernetes"',
    ],
    [
      { driver: 'remote', endpoint: 'http://buildkitd' },
      'input "endpoint": "http://buildkitd" is not a BuildKit address; expected tcp://host:port or unix:///path/to/buildkitd.sock',
    ],
    [
      { driver: 'remote', endpoint: 'tcp://buildkitd' },
      'input "endpoint": "tcp://buildkitd" is not a BuildKit address',
    ],
    [
      { 'buildkitd-config': '/nonexistent/buildkitd.toml' },
      'input "buildkitd-config": "/nonexistent/buildkitd.toml" does not exist; expected the path of a file on the runner',
    ],
    [
      { 'buildkitd-config': toml, 'buildkitd-config-inline': 'debug = true' },
      'input "buildkitd-config-inline": is set together with "buildkitd-config"; expected one of the two',
    ],
    [
      { driver: 'remote', endpoint: 'tcp://b:1', 'buildkitd-flags': '--debug' },
      'input "buildkitd-flags": is set with driver "remote"',
    ],
    [
      { driver: 'remote', endpoint: 'tcp://b:1', 'buildkitd-config-inline': 'debug = true' },
      'input "buildkitd-config-inline": is set with driver "remote"',
    ],
    [{ 'driver-opts': 'network' }, 'input "driver-opts": "network" is not key=value'],
    [
      { 'driver-opts': `cacert=${ca}` },
      'input "driver-opts": cacert= is an option of the remote driver, not of docker-container',
    ],
    [
      { driver: 'remote', endpoint: 'tcp://b:1', 'driver-opts': 'image=moby/buildkit' },
      'input "driver-opts": image= is set with driver "remote"',
    ],
    [
      { driver: 'remote', endpoint: 'tcp://b:1', 'driver-opts': 'cacert=/nonexistent/ca.pem' },
      'input "driver-opts": cacert="/nonexistent/ca.pem" does not exist',
    ],
    [
      { driver: 'remote', endpoint: 'tcp://b:1', 'driver-opts': `cert=${cert}` },
      'input "driver-opts": cert= is set without key=',
    ],
    [
      { builder: 'mine', 'driver-opts': 'network=host' },
      'input "driver-opts": is set together with "builder" "mine"',
    ],
    [{ 'qemu-image': 'Not An Image' }, 'input "qemu-image":'],
  ])('%j: one line naming the input', (record, messageStart) => {
    let error: unknown;
    try {
      parseWith(record);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toContain(messageStart);
    expect((error as Error).message).not.toContain('\n');
  });
});
