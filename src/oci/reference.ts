/**
 * Image references, parsed and normalised the way Docker does it
 * (grammar and normalisation: `distribution/reference` `regexp.go`, `normalize.go`).
 * Pure: no I/O. Errors are plain `Error`s; callers wrap them into an `InputError`.
 */

export interface ImageReference {
  /** Normalised registry: `docker.io` for Docker Hub, else `host[:port]` as written. */
  registry: string;
  /** Repository path inside the registry, `library/` added for one-component Hub names. */
  repository: string;
  tag?: string;
  /** `sha256:<64 lowercase hex>`. */
  digest?: string;
}

export const DOCKER_HUB = 'docker.io';
const LEGACY_HUB = 'index.docker.io';
/** containerd's `DefaultHost`: the host actually spoken to for `docker.io`. */
const HUB_API_HOST = 'registry-1.docker.io';
/** docker/cli `getAuthConfigKey`: where Hub credentials are stored. */
export const HUB_CREDENTIAL_KEY = 'https://index.docker.io/v1/';

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
const IPV6 = '\\[(?:[a-fA-F0-9:]+)\\]';
const DOMAIN = new RegExp(`^(?:${DOMAIN_NAME}|${IPV6})(?::[0-9]+)?$`);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
const HEX64 = /^[a-f0-9]{64}$/;
const NAME_MAX = 255;

/** True for `sha256:` followed by 64 lowercase hex digits. */
export function isDigest(value: string): boolean {
  return DIGEST.test(value);
}

/** True for a valid tag (`[A-Za-z0-9_][A-Za-z0-9._-]{0,127}`). */
export function isTag(value: string): boolean {
  return TAG.test(value);
}

/**
 * Parses `[registry/]repository[:tag][@digest]`, applying Docker's defaults
 * (`docker.io`, `library/`, `index.docker.io` -> `docker.io`).
 */
export function parseReference(input: string): ImageReference {
  const text = input.trim();
  if (text === '') throw new Error('image reference is empty');
  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!isDigest(digest)) {
      throw new Error(
        `invalid digest ${JSON.stringify(digest)} in ${JSON.stringify(text)}: expected sha256:<64 lowercase hex>`,
      );
    }
  }
  let tag: string | undefined;
  // A tag follows the last ':' that comes after the last '/' (a ':' before it is a port).
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!isTag(tag)) {
      throw new Error(
        `invalid tag ${JSON.stringify(tag)} in ${JSON.stringify(text)}: expected [A-Za-z0-9_][A-Za-z0-9._-]{0,127}`,
      );
    }
  }
  const { registry, repository } = parseName(rest, text);
  const ref: ImageReference = { registry, repository };
  if (tag !== undefined) ref.tag = tag;
  if (digest !== undefined) ref.digest = digest;
  return ref;
}

/** Parses a name without tag or digest (`[registry/]repository`). */
export function parseRepository(input: string): { registry: string; repository: string } {
  const ref = parseReference(input);
  if (ref.tag !== undefined || ref.digest !== undefined) {
    throw new Error(`${JSON.stringify(input)} is not a repository name: it has a tag or digest`);
  }
  return { registry: ref.registry, repository: ref.repository };
}

function parseName(name: string, whole: string): { registry: string; repository: string } {
  if (name === '') throw new Error(`${JSON.stringify(whole)} has no repository name`);
  const slash = name.indexOf('/');
  const first = slash < 0 ? '' : name.slice(0, slash);
  // normalize.go splitDockerDomain: the first component is a domain only when it looks like one.
  const hasDomain =
    slash >= 0 && (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first);
  let registry = hasDomain ? first : DOCKER_HUB;
  let repository = hasDomain ? name.slice(slash + 1) : name;
  if (hasDomain && !DOMAIN.test(registry)) {
    throw new Error(`invalid registry ${JSON.stringify(registry)} in ${JSON.stringify(whole)}`);
  }
  if (registry === LEGACY_HUB) registry = DOCKER_HUB;
  if (registry === DOCKER_HUB && !repository.includes('/')) repository = `library/${repository}`;
  if (repository.toLowerCase() !== repository) {
    throw new Error(
      `invalid repository name ${JSON.stringify(repository)} in ${JSON.stringify(whole)}: must be lowercase`,
    );
  }
  if (HEX64.test(repository) || HEX64.test(name)) {
    throw new Error(
      `invalid repository name ${JSON.stringify(name)}: cannot be a 64-character hexadecimal string`,
    );
  }
  for (const component of repository.split('/')) {
    if (!PATH_COMPONENT.test(component)) {
      throw new Error(
        `invalid repository name ${JSON.stringify(repository)} in ${JSON.stringify(whole)}: ` +
          'components are lowercase letters and digits separated by ".", "_", "__" or "-"',
      );
    }
  }
  if (`${registry}/${repository}`.length > NAME_MAX) {
    throw new Error(`repository name ${JSON.stringify(whole)} is longer than ${NAME_MAX} characters`);
  }
  return { registry, repository };
}

/** The full name, `registry/repository`. */
export function formatRepository(ref: { registry: string; repository: string }): string {
  return `${ref.registry}/${ref.repository}`;
}

/** The full reference, `registry/repository[:tag][@digest]`. */
export function formatReference(ref: ImageReference): string {
  return `${formatRepository(ref)}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}

/** Docker's short form: `docker.io/library/x` -> `x`, `docker.io/a/b` -> `a/b`. */
export function familiarName(ref: { registry: string; repository: string }): string {
  if (ref.registry !== DOCKER_HUB) return formatRepository(ref);
  const rest = ref.repository.slice('library/'.length);
  return ref.repository.startsWith('library/') && !rest.includes('/') ? rest : ref.repository;
}

/** The host the HTTP API is spoken to. */
export function apiHost(registry: string): string {
  return registry === DOCKER_HUB || registry === LEGACY_HUB ? HUB_API_HOST : registry;
}

/** The key under which docker/cli stores credentials for this registry. */
export function credentialKey(registry: string): string {
  return registry === DOCKER_HUB || registry === LEGACY_HUB || registry === HUB_API_HOST
    ? HUB_CREDENTIAL_KEY
    : registry;
}

/** Normalises a registry name as a user writes it for login (`index.docker.io`, `https://ghcr.io/`). */
export function normaliseRegistry(input: string): string {
  let host = input.trim().replace(/^[a-z]+:\/\//i, '');
  const slash = host.indexOf('/');
  if (slash >= 0) host = host.slice(0, slash);
  if (host === '' || !DOMAIN.test(host)) throw new Error(`invalid registry ${JSON.stringify(input)}`);
  const lower = host.toLowerCase();
  if (lower === LEGACY_HUB || lower === HUB_API_HOST || lower === DOCKER_HUB) return DOCKER_HUB;
  return host;
}

/** True for hosts that are this machine (`localhost`, `127.0.0.0/8`, `[::1]`), with or without port. */
export function isLoopback(registry: string): boolean {
  const host = registry.startsWith('[')
    ? registry.slice(0, registry.indexOf(']') + 1)
    : registry.replace(/:\d+$/, '');
  return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
