import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DockerCredentialsOptions } from '../../../src/registry/credentials.js';
import { dockerConfigPath } from '../../../src/docker-config/config-file.js';
import { dockerCredentials as credentialsWith } from '../../../src/registry/credentials.js';
import { execCommands } from '../../../src/runner/command.js';
import { recordingLog } from '../../support/registry/log.js';
import { BUILDX_FIXTURES } from '../../support/paths.js';

/** Credentials over real child processes, as the action runs helpers. */
const dockerCredentials = (options: Omit<DockerCredentialsOptions, 'run'>) =>
  credentialsWith({ ...options, run: execCommands(recordingLog()) });

let dir: string;
let binDir: string;
const b64 = (s: string): string => Buffer.from(s).toString('base64');

// A fake credential helper speaking the docker-credential-helpers protocol: the server key on
// stdin; known keys get JSON on stdout; others the "not found" message and exit 1.
const HELPER = `#!/bin/sh
[ "$1" = get ] || { echo "unexpected action $1" >&2; exit 3; }
read -r key
case "$key" in
  helped.example.com) echo '{"ServerURL":"helped.example.com","Username":"helper-user","Secret":"helper-pass"}' ;;
  https://index.docker.io/v1/) echo '{"ServerURL":"https://index.docker.io/v1/","Username":"<token>","Secret":"hub-identity"}' ;;
  broken.example.com) echo "keychain locked" >&2; exit 2 ;;
  *) echo "credentials not found in native keychain"; exit 1 ;;
esac
`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'creds-'));
  binDir = join(dir, 'bin');
  await mkdir(binDir);
  await writeFile(join(binDir, 'docker-credential-test'), HELPER);
  await chmod(join(binDir, 'docker-credential-test'), 0o755);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function configDir(name: string, config: unknown): Promise<string> {
  const d = join(dir, name);
  await mkdir(d, { recursive: true });
  await writeFile(join(d, 'config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return d;
}

test('reads the config docker login wrote (recorded fixture)', async () => {
  const recorded = await readFile(join(BUILDX_FIXTURES, 'auth', 'config-after-login-5002.json'), 'utf8');
  const d = await configDir('recorded', recorded);
  const get = dockerCredentials({ env: { DOCKER_CONFIG: d } });
  expect(await get('127.0.0.1:5001')).toEqual({ username: 'labuser', password: 'labpass' });
  expect(await get('127.0.0.1:5002')).toEqual({ username: 'labuser', password: 'labpass' });
  expect(await get('127.0.0.1:5003')).toBeUndefined();
});

describe('lookup order and formats', () => {
  let docker: string;
  beforeAll(async () => {
    docker = await configDir('full', {
      auths: {
        'https://index.docker.io/v1/': { auth: b64('hubuser:hubpass') },
        'https://legacy.example.com/v1/': { auth: b64('legacy:pw:with:colons\0\0') },
        'plain.example.com': { username: 'u', password: 'p' },
        'ident.example.com': { auth: b64('user:'), identitytoken: 'refresh-me' },
        'rt.example.com': { registrytoken: 'raw-token' },
        'both.example.com': { auth: b64('file:file') },
      },
      credHelpers: {
        'helped.example.com': 'test',
        'broken.example.com': 'test',
        'missing.example.com': 'test',
      },
    });
  });
  const env = (): Record<string, string> => ({ DOCKER_CONFIG: docker, PATH: `${binDir}:/usr/bin:/bin` });

  test.each([
    ['docker.io', { username: 'hubuser', password: 'hubpass' }],
    ['legacy.example.com', { username: 'legacy', password: 'pw:with:colons' }],
    ['plain.example.com', { username: 'u', password: 'p' }],
    ['ident.example.com', { username: 'user', password: '', identityToken: 'refresh-me' }],
    ['rt.example.com', { registryToken: 'raw-token' }],
    ['helped.example.com', { username: 'helper-user', password: 'helper-pass' }],
    ['missing.example.com', undefined],
    ['unknown.example.com', undefined],
  ])('%s', async (registry, expected) => {
    expect(await dockerCredentials({ env: env() })(registry)).toEqual(expected);
  });

  test('explicit logins win over DOCKER_AUTH_CONFIG, which wins over the file', async () => {
    const get = dockerCredentials({
      env: {
        ...env(),
        DOCKER_AUTH_CONFIG: JSON.stringify({
          auths: {
            'both.example.com': { auth: b64('env:env') },
            'plain.example.com': { auth: b64('env2:env2') },
          },
        }),
      },
      logins: [{ registry: 'https://plain.example.com', username: 'input', password: 'secret' }],
    });
    expect(await get('plain.example.com')).toEqual({ username: 'input', password: 'secret' });
    expect(await get('both.example.com')).toEqual({ username: 'env', password: 'env' });
    expect(await get('docker.io')).toEqual({ username: 'hubuser', password: 'hubpass' });
  });

  test('a failing helper is an error that names the helper, not the secret', async () => {
    await expect(dockerCredentials({ env: env() })('broken.example.com')).rejects.toThrow(
      /docker-credential-test failed for broken\.example\.com \(exit 2\): keychain locked/,
    );
  });
});

test('credsStore serves every registry; <token> user means an identity token', async () => {
  const d = await configDir('store', { auths: { 'helped.example.com': {} }, credsStore: 'test' });
  const get = dockerCredentials({ env: { DOCKER_CONFIG: d, PATH: `${binDir}:/usr/bin:/bin` } });
  expect(await get('index.docker.io')).toEqual({ identityToken: 'hub-identity' });
  expect(await get('helped.example.com')).toEqual({ username: 'helper-user', password: 'helper-pass' });
  expect(await get('other.example.com')).toBeUndefined();
});

test('a helper missing from PATH is a clear error', async () => {
  const d = await configDir('nohelper', { credsStore: 'absent' });
  await expect(dockerCredentials({ env: { DOCKER_CONFIG: d, PATH: binDir } })('x.io')).rejects.toThrow(
    /cannot run docker-credential-absent: not found on PATH/,
  );
});

test('config path: DOCKER_CONFIG, else HOME/.docker; a missing file means anonymous', async () => {
  expect(dockerConfigPath({ DOCKER_CONFIG: '/c' }, '/account')).toBe('/c/config.json');
  expect(dockerConfigPath({ HOME: '/home/u' }, '/account')).toBe('/home/u/.docker/config.json');
  expect(dockerConfigPath({}, '/account')).toBe('/account/.docker/config.json');
  expect(dockerConfigPath({ USERPROFILE: 'C:/Users/u' }, '/account')).toBe('C:/Users/u/.docker/config.json');
  expect(await dockerCredentials({ env: { HOME: join(dir, 'nohome') } })('ghcr.io')).toBeUndefined();
  const home = join(dir, 'home');
  await configDir(join('home', '.docker'), { auths: { 'ghcr.io': { auth: b64('gh:tok') } } });
  expect(await dockerCredentials({ env: { HOME: home } })('ghcr.io')).toEqual({
    username: 'gh',
    password: 'tok',
  });
});

test('broken JSON names the file', async () => {
  const d = await configDir('broken', '{not json');
  await expect(dockerCredentials({ env: { DOCKER_CONFIG: d } })('ghcr.io')).rejects.toThrow(
    /config\.json is not valid JSON/,
  );
});
