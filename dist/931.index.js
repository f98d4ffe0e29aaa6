export const id = 931;
export const ids = [931];
export const modules = {

/***/ 67416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ decodeBasicAuth),
/* harmony export */   l: () => (/* binding */ encodeBasicAuth)
/* harmony export */ });
/** HTTP Basic credentials (RFC 7617) as docker stores them in `auths[key].auth`. */
function encodeBasicAuth(username, password) {
    return Buffer.from(`${username}:${password}`, 'utf8').toString('base64');
}
/** Splits `base64("user:password")`; docker pads some entries with NULs, which are dropped. */
function decodeBasicAuth(auth) {
    const decoded = Buffer.from(auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0)
        throw new Error('docker config: an "auth" entry is not base64("user:password")');
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1).replace(/\0+$/, '') };
}


/***/ }),

/***/ 65388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cj: () => (/* binding */ parseDockerConfig),
/* harmony export */   Q1: () => (/* binding */ dockerConfigPath),
/* harmony export */   YT: () => (/* binding */ formatDockerConfig)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The docker CLI's config.json as far as registry credentials go (docker/cli
 * `cli/config/configfile/file.go`): `auths` keyed by registry, each with `auth` =
 * base64("user:password") or tokens; `credsStore` and `credHelpers` name credential helpers.
 * Docker Hub is keyed `https://index.docker.io/v1/`. Pure: callers read and write the file.
 */

/**
 * Where docker and buildx read the config: `$DOCKER_CONFIG/config.json`, else
 * `<home>/.docker/config.json` with home from HOME, USERPROFILE, then the OS account's.
 */
function dockerConfigPath(env, accountHome) {
    if (env['DOCKER_CONFIG'])
        return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(env['DOCKER_CONFIG'], 'config.json');
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(env['HOME'] || env['USERPROFILE'] || accountHome, '.docker', 'config.json');
}
/** Parses config text; empty text is an empty config. `where` names the file in errors. */
function parseDockerConfig(text, where) {
    if (text === undefined || text.trim() === '')
        return {};
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`docker config ${where} is not valid JSON: ${error.message}`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new Error(`docker config ${where} is not a JSON object`);
    }
    return parsed;
}
/** docker writes config.json tab-indented, without a trailing newline. */
function formatDockerConfig(config) {
    return JSON.stringify(config, null, '\t');
}


/***/ }),

/***/ 99931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LOGIN_STATE: () => (/* binding */ LOGIN_STATE),
  E: () => (/* binding */ logIn),
  logOut: () => (/* binding */ logOut)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/docker-config/basic-auth.ts
var basic_auth = __webpack_require__(67416);
// EXTERNAL MODULE: ./src/docker-config/config-file.ts
var config_file = __webpack_require__(65388);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(374);
;// CONCATENATED MODULE: ./src/docker-config/logins.ts



/**
 * How the post step recognises an entry it wrote without keeping the credential: a digest of the
 * `auth` value, salted with the credential key so equal passwords on two registries differ.
 */
function entryFingerprint(key, auth) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${key}\n${auth}`).digest('hex');
}
/** Credential key -> fingerprint of the entry `withLogins` writes for each login. */
function loginFingerprints(logins) {
    return Object.fromEntries(logins.map((l) => {
        const key = (0,reference/* credentialKey */.TC)(l.registry);
        return [key, entryFingerprint(key, (0,basic_auth/* encodeBasicAuth */.l)(l.username, l.password))];
    }));
}
/**
 * The config with our logins added; other entries are kept as they were. docker and buildx ask a
 * credential helper before `auths` (`credHelpers[key]`, else `credsStore` for every registry), so
 * those that would hide our entries are taken out for the job; the post step restores them.
 */
function withLogins(config, logins) {
    const auths = { ...(config.auths ?? {}) };
    const credHelpers = { ...(config.credHelpers ?? {}) };
    for (const login of logins) {
        const key = (0,reference/* credentialKey */.TC)(login.registry);
        auths[key] = { auth: (0,basic_auth/* encodeBasicAuth */.l)(login.username, login.password) };
        delete credHelpers[key];
    }
    const { credsStore: _dropped, credHelpers: _old, ...rest } = config;
    const result = { ...rest, auths };
    if (Object.keys(credHelpers).length > 0)
        result.credHelpers = credHelpers;
    return result;
}
/**
 * The config with our logins taken out again, but only entries that still hold what we wrote
 * (`fingerprints` from `loginFingerprints`): a later step that logged in to the same registry
 * keeps its own credentials.
 */
function withoutLogins(config, fingerprints) {
    const auths = { ...(config.auths ?? {}) };
    for (const [key, fingerprint] of Object.entries(fingerprints)) {
        const auth = auths[key]?.auth;
        if (auth !== undefined && entryFingerprint(key, auth) === fingerprint)
            delete auths[key];
    }
    return { ...config, auths };
}
/** The credential helpers `withLogins` sets aside, to say so in the log. */
function helpersSetAside(config, logins) {
    const helpers = logins
        .map((login) => (0,reference/* credentialKey */.TC)(login.registry))
        .filter((key) => config.credHelpers?.[key] !== undefined)
        .map((key) => `credHelpers["${key}"]`);
    return config.credsStore === undefined ? helpers : ['credsStore', ...helpers];
}

;// CONCATENATED MODULE: ./src/login/login.ts







/** Post-step state: where the config is, where its previous bytes are, and what we wrote. */
const LOGIN_STATE = 'docker-login';
const sha256 = (text) => (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
/**
 * Logs in without a Docker daemon, as `docker login` leaves things: the credentials go into the
 * docker config that docker and buildx read. They are checked first, registered as secrets, and
 * the post step (`logOut`) puts the previous config back.
 */
async function logIn(logins, ctx, check) {
    if (logins.length === 0)
        return;
    for (const login of logins) {
        ctx.io.setSecret(login.password);
        ctx.io.setSecret((0,basic_auth/* encodeBasicAuth */.l)(login.username, login.password));
    }
    await ctx.log.group(`Logging in to ${logins.map((l) => l.registry).join(', ')}`, async () => {
        await Promise.all(logins.map(check));
        const configPath = (0,config_file/* dockerConfigPath */.Q1)(ctx.env, (0,external_node_os_.homedir)());
        const previous = (0,external_node_fs_.existsSync)(configPath) ? (0,external_node_fs_.readFileSync)(configPath, 'utf8') : undefined;
        const config = (0,config_file/* parseDockerConfig */.Cj)(previous, configPath);
        const setAside = helpersSetAside(config, logins);
        if (setAside.length > 0) {
            ctx.log.warning(`Docker config ${configPath}: ${setAside.join(', ')} set aside for this job so that docker and buildx use the credentials of this step; the post step restores them.`);
        }
        const tempDir = ctx.env['RUNNER_TEMP'] || (0,external_node_path_.dirname)(configPath);
        const backupPath = previous === undefined ? '' : (0,external_node_path_.join)(tempDir, `docker-config-backup-${process.pid}.json`);
        if (previous !== undefined)
            writePrivate(backupPath, previous);
        const text = (0,config_file/* formatDockerConfig */.YT)(withLogins(config, logins));
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(configPath), { recursive: true });
        writePrivate(configPath, text);
        const state = {
            configPath,
            backupPath,
            writtenHash: sha256(text),
            written: loginFingerprints(logins),
        };
        ctx.io.saveState(LOGIN_STATE, JSON.stringify(state));
        for (const login of logins)
            ctx.log.info(`Login succeeded: ${login.registry} as ${login.username}`);
    });
}
/**
 * Undoes `logIn`: the previous config comes back byte for byte, unless a later step changed the
 * file, in which case only the entries we wrote are removed.
 */
function logOut(savedState, ctx) {
    if (savedState === '')
        return;
    const state = JSON.parse(savedState);
    const current = (0,external_node_fs_.existsSync)(state.configPath) ? (0,external_node_fs_.readFileSync)(state.configPath, 'utf8') : undefined;
    if (current !== undefined && sha256(current) === state.writtenHash) {
        if (state.backupPath === '')
            (0,external_node_fs_.rmSync)(state.configPath);
        else
            writePrivate(state.configPath, (0,external_node_fs_.readFileSync)(state.backupPath, 'utf8'));
        ctx.log.info(`Restored the docker config ${state.configPath} as it was before the login.`);
    }
    else if (current !== undefined) {
        writePrivate(state.configPath, (0,config_file/* formatDockerConfig */.YT)(withoutLogins((0,config_file/* parseDockerConfig */.Cj)(current, state.configPath), state.written)));
        ctx.log.info(`The docker config changed after the login; removed only this action's credentials from ${state.configPath}.`);
    }
    if (state.backupPath !== '')
        (0,external_node_fs_.rmSync)(state.backupPath, { force: true });
}
function writePrivate(path, text) {
    (0,external_node_fs_.writeFileSync)(path, text, { mode: 0o600 });
    (0,external_node_fs_.chmodSync)(path, 0o600);
}


/***/ }),

/***/ 374:
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
