import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseLogins } from '../../../src/inputs/login.js';
import { inputsFromRecord } from '../../../src/inputs/reader.js';
import { parseDockerConfig as parseConfig } from '../../../src/docker-config/config-file.js';
import { withLogins } from '../../../src/docker-config/logins.js';

const parseDockerConfig = (text: string) => parseConfig(text, 'config.json');
import { credentialKey } from '../../../src/oci/reference.js';
import { LOGIN_STATE, logIn, logOut } from '../../../src/login/login.js';
import { BUILDX_FIXTURES } from '../../support/paths.js';
import { recordingContext } from '../../support/fake-context.js';

describe('login inputs', () => {
  test('login-action names, Docker Hub by default', () => {
    expect(parseLogins(inputsFromRecord({ username: 'u', password: 'p' }))).toEqual([
      { registry: 'docker.io', username: 'u', password: 'p' },
    ]);
  });

  test('several registries as a YAML list, after the single one', () => {
    const logins = parseLogins(
      inputsFromRecord({
        registry: 'ghcr.io',
        username: 'octo',
        password: 'tok',
        logins: '- registry: docker.io\n  username: hub\n  password: secret\n',
      }),
    );
    expect(logins.map((l) => l.registry)).toEqual(['ghcr.io', 'docker.io']);
  });

  test.each([
    [{ username: 'u' }, 'input "password": is empty while "username" is "u"; expected both or neither'],
    [{ password: 'p' }, 'input "username": is empty while "password" is set; expected both or neither'],
    [
      { registry: 'ghcr.io' },
      'input "registry": "ghcr.io" is given without "username" and "password"; expected credentials',
    ],
    [
      { logins: 'registry: x' },
      'input "logins": is not a list; expected a YAML list of {registry, username, password}',
    ],
    [
      { logins: '- registry: x\n  username: u' },
      'input "logins": entry 1 has no password; expected a non-empty string for password',
    ],
    [
      { logins: '- registry: x\n  user: u' },
      'input "logins": entry 1 has unknown key "user"; expected keys registry, username, password',
    ],
    [
      { username: 'u', password: 'p', logins: '- {registry: docker.io, username: a, password: b}' },
      'input "logins": registry "docker.io" is listed twice; expected one login per registry',
    ],
  ])('%j is refused with one line', (record, message) => {
    expect(() => parseLogins(inputsFromRecord(record))).toThrow(message);
  });

  test.each([
    [
      'an unterminated quote (YAML errors quote the source)',
      '- registry: ghcr.io\n  username: u\n  password: "hunter2',
    ],
    ['a bad registry next to the password', '- registry: "a b"\n  username: u\n  password: hunter2'],
    ['an unknown key next to the password', '- registry: ghcr.io\n  user: u\n  password: hunter2'],
  ])('a password never appears in an error: %s', (_name, logins) => {
    let message = '';
    try {
      parseLogins(inputsFromRecord({ logins }));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^input "logins": /);
    expect(message).not.toContain('hunter2');
  });
});

describe('docker config', () => {
  test.each([
    ['docker.io', 'https://index.docker.io/v1/'],
    ['index.docker.io', 'https://index.docker.io/v1/'],
    ['https://ghcr.io/', 'ghcr.io'],
    ['127.0.0.1:5001', '127.0.0.1:5001'],
  ])('login to %j is stored under %j', (registry, key) => {
    const [login] = parseLogins(inputsFromRecord({ registry, username: 'u', password: 'p' }));
    expect(credentialKey(login?.registry ?? '')).toBe(key);
  });

  test('writes what docker login writes (recorded)', () => {
    const before = parseDockerConfig(
      readFileSync(join(BUILDX_FIXTURES, 'auth/config-before-login.json'), 'utf8'),
    );
    const after = withLogins(before, [
      { registry: '127.0.0.1:5001', username: 'labuser', password: 'labpass' },
      { registry: '127.0.0.1:5002', username: 'labuser', password: 'labpass' },
    ]);
    expect(JSON.stringify(after, null, '\t')).toBe(
      readFileSync(join(BUILDX_FIXTURES, 'auth/config-after-login-5002.json'), 'utf8'),
    );
  });

  test('sets aside credential helpers that would hide our entries', () => {
    const config = withLogins({ credsStore: 'desktop', credHelpers: { 'ghcr.io': 'gh', 'quay.io': 'q' } }, [
      { registry: 'ghcr.io', username: 'u', password: 'p' },
    ]);
    expect(config).toEqual({ auths: { 'ghcr.io': { auth: 'dTpw' } }, credHelpers: { 'quay.io': 'q' } });
  });
});

describe('log in and out', () => {
  const login = { registry: '127.0.0.1:5001', username: 'labuser', password: 'labpass' };

  function setup(previous?: string) {
    const dir = mkdtempSync(join(tmpdir(), 'dia-login-'));
    const configPath = join(dir, 'config.json');
    if (previous !== undefined) writeFileSync(configPath, previous);
    const ctx = recordingContext({ DOCKER_CONFIG: dir, RUNNER_TEMP: dir });
    return { configPath, ctx };
  }

  test('restores the previous config byte for byte and masks the secrets', async () => {
    const previous = '{\n  "auths": {"quay.io": {"auth": "eDp5"}},\n  "detachKeys": "ctrl-x"\n}\n';
    const { configPath, ctx } = setup(previous);
    await logIn([login], ctx, () => Promise.resolve());
    const during = parseDockerConfig(readFileSync(configPath, 'utf8'));
    expect(during.auths).toEqual({
      'quay.io': { auth: 'eDp5' },
      '127.0.0.1:5001': { auth: 'bGFidXNlcjpsYWJwYXNz' },
    });
    expect(ctx.secrets).toEqual(['labpass', 'bGFidXNlcjpsYWJwYXNz']);
    expect(ctx.lines.join('\n')).not.toContain('labpass');
    // The post step's state tells our entries apart by a fingerprint, not by the credential.
    expect(ctx.state[LOGIN_STATE]).not.toContain('labpass');
    expect(ctx.state[LOGIN_STATE]).not.toContain('bGFidXNlcjpsYWJwYXNz');
    logOut(ctx.state[LOGIN_STATE] ?? '', ctx);
    expect(readFileSync(configPath, 'utf8')).toBe(previous);
  });

  test('a later login to the same registry with other credentials is kept', async () => {
    const { configPath, ctx } = setup('{"auths":{}}');
    await logIn([login], ctx, () => Promise.resolve());
    const later = parseDockerConfig(readFileSync(configPath, 'utf8'));
    later.auths = { ...later.auths, '127.0.0.1:5001': { auth: 'b3RoZXI6cGFzcw==' } };
    writeFileSync(configPath, JSON.stringify(later));
    logOut(ctx.state[LOGIN_STATE] ?? '', ctx);
    expect(parseDockerConfig(readFileSync(configPath, 'utf8')).auths).toEqual({
      '127.0.0.1:5001': { auth: 'b3RoZXI6cGFzcw==' },
    });
  });

  test('removes the file when there was none', async () => {
    const { configPath, ctx } = setup();
    await logIn([login], ctx, () => Promise.resolve());
    expect(existsSync(configPath)).toBe(true);
    logOut(ctx.state[LOGIN_STATE] ?? '', ctx);
    expect(existsSync(configPath)).toBe(false);
  });

  test('keeps what a later step changed, removing only our entry', async () => {
    const { configPath, ctx } = setup('{"auths":{}}');
    await logIn([login], ctx, () => Promise.resolve());
    const later = parseDockerConfig(readFileSync(configPath, 'utf8'));
    later.auths = { ...later.auths, 'ghcr.io': { auth: 'Zzp6' } };
    writeFileSync(configPath, JSON.stringify(later));
    logOut(ctx.state[LOGIN_STATE] ?? '', ctx);
    expect(parseDockerConfig(readFileSync(configPath, 'utf8')).auths).toEqual({
      'ghcr.io': { auth: 'Zzp6' },
    });
  });

  test('writes nothing when a credential check fails', async () => {
    const { configPath, ctx } = setup();
    await expect(
      logIn([login], ctx, () => Promise.reject(new Error('127.0.0.1:5001: credentials rejected (401)'))),
    ).rejects.toThrow('credentials rejected');
    expect(existsSync(configPath)).toBe(false);
    expect(ctx.state[LOGIN_STATE]).toBeUndefined();
  });
});
