import { parse as parseYaml } from 'yaml';
import { normaliseRegistry } from '../oci/reference.js';
import { InputError, quote } from '../base/input-error.js';
import type { RawInputs } from './reader.js';

/** One registry to log in to. The password is a secret: it never appears in an error or a log. */
export interface RegistryLogin {
  /** Normalised registry host (`ghcr.io`, `docker.io`, `127.0.0.1:5000`). */
  registry: string;
  username: string;
  password: string;
}

const DOCKER_HUB = 'docker.io';

/**
 * Reads `registry`/`username`/`password` (docker/login-action's names) and `logins`, a YAML list of
 * the same three keys for several registries at once.
 */
export function parseLogins(raw: RawInputs): RegistryLogin[] {
  const logins: RegistryLogin[] = [];
  const username = raw('username');
  const password = raw('password');
  const registry = raw('registry');
  if (username !== '' || password !== '') {
    if (username === '')
      throw new InputError('username', 'is empty while "password" is set', 'both or neither');
    if (password === '') {
      // The usual cause: a secret that is not available (a fork's pull request).
      throw new InputError('password', `is empty while "username" is ${quote(username)}`, 'both or neither');
    }
    logins.push({ registry: registryName('registry', registry || DOCKER_HUB), username, password });
  } else if (registry !== '') {
    throw new InputError(
      'registry',
      `${quote(registry)} is given without "username" and "password"`,
      'credentials',
    );
  }
  logins.push(...parseLoginList(raw('logins')));
  const seen = new Set<string>();
  for (const login of logins) {
    const key = login.registry;
    if (seen.has(key))
      throw new InputError(
        'logins',
        `registry ${quote(login.registry)} is listed twice`,
        'one login per registry',
      );
    seen.add(key);
  }
  return logins;
}

function parseLoginList(text: string): RegistryLogin[] {
  if (text === '') return [];
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (error) {
    const firstLine = (error as Error).message.split('\n')[0] ?? '';
    throw new InputError(
      'logins',
      `is not valid YAML (${firstLine})`,
      'a YAML list of {registry, username, password}',
    );
  }
  if (!Array.isArray(doc)) {
    throw new InputError('logins', 'is not a list', 'a YAML list of {registry, username, password}');
  }
  return doc.map((entry: unknown, index) => {
    const where = `entry ${index + 1}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      throw new InputError('logins', `${where} is not a mapping`, 'keys registry, username, password');
    }
    const record = entry as Record<string, unknown>;
    const unknown = Object.keys(record).filter((k) => !['registry', 'username', 'password'].includes(k));
    if (unknown.length > 0) {
      throw new InputError(
        'logins',
        `${where} has unknown key ${quote(unknown[0] ?? '')}`,
        'keys registry, username, password',
      );
    }
    const field = (name: string): string => {
      const value = record[name];
      if (typeof value !== 'string' || value.trim() === '') {
        throw new InputError('logins', `${where} has no ${name}`, `a non-empty string for ${name}`);
      }
      return value.trim();
    };
    return {
      registry: registryName('logins', field('registry')),
      username: field('username'),
      password: field('password'),
    };
  });
}

function registryName(input: string, value: string): string {
  try {
    return normaliseRegistry(value);
  } catch {
    throw new InputError(
      input,
      `${quote(value)} is not a registry`,
      'a host name with an optional port, e.g. ghcr.io',
    );
  }
}
