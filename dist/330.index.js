export const id = 330;
export const ids = [330];
export const modules = {

/***/ 69407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  refuseForeignInputs: () => (/* binding */ refuseForeignInputs)
});

// UNUSED EXPORTS: INPUT_DEFAULTS

// EXTERNAL MODULE: ./src/base/input-error.ts
var input_error = __webpack_require__(91114);
// EXTERNAL MODULE: ./src/inputs/builder.ts
var builder = __webpack_require__(19438);
;// CONCATENATED MODULE: ./src/inputs/names.ts
/**
 * Every input the action reads, in one table. `action.yml` declares exactly these (a test checks
 * it both ways), and the input reader only accepts these names, so a typo is a type error.
 */
const INPUT_NAMES = [
    'mode',
    // shared by several modes
    'images',
    'context',
    'platform',
    'github-token',
    'labels',
    'annotations',
    // registry login
    'registry',
    'username',
    'password',
    'logins',
    'insecure-registries',
    // metadata engine (docker/metadata-action's names)
    'tags',
    'flavor',
    'sep-tags',
    'sep-labels',
    'sep-annotations',
    'bake-target',
    'metadata-source',
    // build (docker/build-push-action's names)
    'file',
    'target',
    'build-args',
    'build-contexts',
    'secrets',
    'secret-files',
    'secret-envs',
    'ssh',
    'provenance',
    'sbom',
    'cache-from',
    'cache-to',
    'cache-mounts',
    'no-cache',
    'pull',
    'network',
    'shm-size',
    'ulimit',
    'builder',
    'outputs',
    'call',
    'push',
    'load',
    'platforms',
    'allow',
    'add-hosts',
    'attests',
    'no-cache-filters',
    'cgroup-parent',
    'reproducible',
    // the builder this action creates (docker/setup-buildx-action's names) and QEMU
    'driver',
    'endpoint',
    'driver-opts',
    'buildkitd-config',
    'buildkitd-config-inline',
    'buildkitd-flags',
    'qemu-image',
    // export-digest
    'digest',
    'artifact-name',
    'retention-days',
    // merge
    'pattern',
    'run-id',
    'sources',
    'attestations',
    'expected-platforms',
    'dry-run',
];
/** The metadata engine's inputs, read by every mode that computes tags and labels. */
const METADATA_INPUTS = [
    'images',
    'tags',
    'flavor',
    'labels',
    'annotations',
    'sep-tags',
    'sep-labels',
    'sep-annotations',
    'bake-target',
    'metadata-source',
    'github-token',
];
/** Registry login inputs (docker/login-action's names, plus `logins`). */
const LOGIN_INPUTS = ['registry', 'username', 'password', 'logins'];
/**
 * The inputs each mode's parser reads, besides `mode` itself (which `main` reads for every mode).
 * An input given to a mode that does not read it is ignored, so the examples' test uses this table
 * to catch a workflow line that would do nothing; a test records what each parser reads and
 * compares it with this table.
 */
const MODE_INPUTS = {
    metadata: METADATA_INPUTS,
    build: [
        ...METADATA_INPUTS,
        ...LOGIN_INPUTS,
        'context',
        'platform',
        'file',
        'target',
        'build-args',
        'build-contexts',
        'secrets',
        'secret-files',
        'secret-envs',
        'ssh',
        'provenance',
        'sbom',
        'cache-from',
        'cache-to',
        'cache-mounts',
        'no-cache',
        'pull',
        'network',
        'shm-size',
        'ulimit',
        'builder',
        'outputs',
        'call',
        'push',
        'load',
        'platforms',
        'allow',
        'add-hosts',
        'attests',
        'no-cache-filters',
        'cgroup-parent',
        'reproducible',
        'driver',
        'endpoint',
        'driver-opts',
        'buildkitd-config',
        'buildkitd-config-inline',
        'buildkitd-flags',
        'qemu-image',
    ],
    // `platform` and `images` are read only when `digest` is given.
    'export-digest': ['context', 'digest', 'platform', 'images', 'artifact-name', 'retention-days'],
    merge: [
        ...METADATA_INPUTS,
        ...LOGIN_INPUTS,
        'insecure-registries',
        'context',
        'pattern',
        'run-id',
        'sources',
        'attestations',
        'expected-platforms',
        'dry-run',
    ],
};

;// CONCATENATED MODULE: ./src/inputs/foreign-inputs.ts



/**
 * The defaults action.yml declares. The runner sets every input that has one, given or not, so
 * only a value other than the default was written in the workflow. (`github-token` defaults to an
 * expression the runner fills in: it cannot be told apart and is never refused.)
 */
const INPUT_DEFAULTS = {
    'sep-tags': '\n',
    'sep-labels': '\n',
    'sep-annotations': '\n',
    'bake-target': 'docker-metadata-action',
    'metadata-source': 'workflow',
    'no-cache': 'false',
    pull: 'false',
    push: 'true',
    load: 'false',
    reproducible: 'false',
    'retention-days': '1',
    attestations: 'keep',
    'dry-run': 'false',
    'qemu-image': builder/* DEFAULT_QEMU_IMAGE */.v,
};
const UNTELLABLE = new Set(['github-token']);
/**
 * Refuses an input the mode never reads: a line that would silently do nothing is a mistake in
 * the workflow (a typo'd mode, a line moved to the wrong step).
 */
function refuseForeignInputs(mode, raw) {
    const reads = new Set(MODE_INPUTS[mode]);
    for (const name of INPUT_NAMES) {
        if (name === 'mode' || reads.has(name) || UNTELLABLE.has(name))
            continue;
        const value = raw(name);
        if (value === '' || value === INPUT_DEFAULTS[name])
            continue;
        const readers = Object.keys(MODE_INPUTS).filter((m) => MODE_INPUTS[m].includes(name));
        const hint = mode === 'metadata' && name === 'context'
            ? `metadata-action's "context" is "metadata-source" here (got ${(0,input_error/* quote */.h)(value)})`
            : `it removed, or a mode that reads it (${readers.join(', ') || 'none'})`;
        throw new input_error/* InputError */.d(name, `is not read by mode "${mode}"`, hint);
    }
}


/***/ }),

/***/ 62148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   Me: () => (/* binding */ normaliseRegistry),
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   Sh: () => (/* binding */ formatRepository),
/* harmony export */   TC: () => (/* binding */ credentialKey),
/* harmony export */   U9: () => (/* binding */ isLoopback),
/* harmony export */   nz: () => (/* binding */ apiHost)
/* harmony export */ });
/* unused harmony exports DOCKER_HUB, HUB_CREDENTIAL_KEY, isTag, formatReference, familiarName */
/**
 * Image references, parsed and normalised the way Docker does it
 * (grammar and normalisation: `distribution/reference` `regexp.go`, `normalize.go`).
 * Pure: no I/O. Errors are plain `Error`s; callers wrap them into an `InputError`.
 */
const DOCKER_HUB = 'docker.io';
const LEGACY_HUB = 'index.docker.io';
/** containerd's `DefaultHost`: the host actually spoken to for `docker.io`. */
const HUB_API_HOST = 'registry-1.docker.io';
/** docker/cli `getAuthConfigKey`: where Hub credentials are stored. */
const HUB_CREDENTIAL_KEY = 'https://index.docker.io/v1/';
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
function isDigest(value) {
    return DIGEST.test(value);
}
/** True for a valid tag (`[A-Za-z0-9_][A-Za-z0-9._-]{0,127}`). */
function isTag(value) {
    return TAG.test(value);
}
/**
 * Parses `[registry/]repository[:tag][@digest]`, applying Docker's defaults
 * (`docker.io`, `library/`, `index.docker.io` -> `docker.io`).
 */
function parseReference(input) {
    const text = input.trim();
    if (text === '')
        throw new Error('image reference is empty');
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!isDigest(digest)) {
            throw new Error(`invalid digest ${JSON.stringify(digest)} in ${JSON.stringify(text)}: expected sha256:<64 lowercase hex>`);
        }
    }
    let tag;
    // A tag follows the last ':' that comes after the last '/' (a ':' before it is a port).
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!isTag(tag)) {
            throw new Error(`invalid tag ${JSON.stringify(tag)} in ${JSON.stringify(text)}: expected [A-Za-z0-9_][A-Za-z0-9._-]{0,127}`);
        }
    }
    const { registry, repository } = parseName(rest, text);
    const ref = { registry, repository };
    if (tag !== undefined)
        ref.tag = tag;
    if (digest !== undefined)
        ref.digest = digest;
    return ref;
}
/** Parses a name without tag or digest (`[registry/]repository`). */
function parseRepository(input) {
    const ref = parseReference(input);
    if (ref.tag !== undefined || ref.digest !== undefined) {
        throw new Error(`${JSON.stringify(input)} is not a repository name: it has a tag or digest`);
    }
    return { registry: ref.registry, repository: ref.repository };
}
function parseName(name, whole) {
    if (name === '')
        throw new Error(`${JSON.stringify(whole)} has no repository name`);
    const slash = name.indexOf('/');
    const first = slash < 0 ? '' : name.slice(0, slash);
    // normalize.go splitDockerDomain: the first component is a domain only when it looks like one.
    const hasDomain = slash >= 0 && (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first);
    let registry = hasDomain ? first : DOCKER_HUB;
    let repository = hasDomain ? name.slice(slash + 1) : name;
    if (hasDomain && !DOMAIN.test(registry)) {
        throw new Error(`invalid registry ${JSON.stringify(registry)} in ${JSON.stringify(whole)}`);
    }
    if (registry === LEGACY_HUB)
        registry = DOCKER_HUB;
    if (registry === DOCKER_HUB && !repository.includes('/'))
        repository = `library/${repository}`;
    if (repository.toLowerCase() !== repository) {
        throw new Error(`invalid repository name ${JSON.stringify(repository)} in ${JSON.stringify(whole)}: must be lowercase`);
    }
    if (HEX64.test(repository) || HEX64.test(name)) {
        throw new Error(`invalid repository name ${JSON.stringify(name)}: cannot be a 64-character hexadecimal string`);
    }
    for (const component of repository.split('/')) {
        if (!PATH_COMPONENT.test(component)) {
            throw new Error(`invalid repository name ${JSON.stringify(repository)} in ${JSON.stringify(whole)}: ` +
                'components are lowercase letters and digits separated by ".", "_", "__" or "-"');
        }
    }
    if (`${registry}/${repository}`.length > NAME_MAX) {
        throw new Error(`repository name ${JSON.stringify(whole)} is longer than ${NAME_MAX} characters`);
    }
    return { registry, repository };
}
/** The full name, `registry/repository`. */
function formatRepository(ref) {
    return `${ref.registry}/${ref.repository}`;
}
/** The full reference, `registry/repository[:tag][@digest]`. */
function formatReference(ref) {
    return `${formatRepository(ref)}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}
/** Docker's short form: `docker.io/library/x` -> `x`, `docker.io/a/b` -> `a/b`. */
function familiarName(ref) {
    if (ref.registry !== DOCKER_HUB)
        return formatRepository(ref);
    const rest = ref.repository.slice('library/'.length);
    return ref.repository.startsWith('library/') && !rest.includes('/') ? rest : ref.repository;
}
/** The host the HTTP API is spoken to. */
function apiHost(registry) {
    return registry === DOCKER_HUB || registry === LEGACY_HUB ? HUB_API_HOST : registry;
}
/** The key under which docker/cli stores credentials for this registry. */
function credentialKey(registry) {
    return registry === DOCKER_HUB || registry === LEGACY_HUB || registry === HUB_API_HOST
        ? HUB_CREDENTIAL_KEY
        : registry;
}
/** Normalises a registry name as a user writes it for login (`index.docker.io`, `https://ghcr.io/`). */
function normaliseRegistry(input) {
    let host = input.trim().replace(/^[a-z]+:\/\//i, '');
    const slash = host.indexOf('/');
    if (slash >= 0)
        host = host.slice(0, slash);
    if (host === '' || !DOMAIN.test(host))
        throw new Error(`invalid registry ${JSON.stringify(input)}`);
    const lower = host.toLowerCase();
    if (lower === LEGACY_HUB || lower === HUB_API_HOST || lower === DOCKER_HUB)
        return DOCKER_HUB;
    return host;
}
/** True for hosts that are this machine (`localhost`, `127.0.0.0/8`, `[::1]`), with or without port. */
function isLoopback(registry) {
    const host = registry.startsWith('[')
        ? registry.slice(0, registry.indexOf(']') + 1)
        : registry.replace(/:\d+$/, '');
    return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}


/***/ })

};
