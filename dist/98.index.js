export const id = 98;
export const ids = [98];
export const modules = {

/***/ 80936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NH: () => (/* binding */ artifactNameProblem),
/* harmony export */   Vb: () => (/* binding */ defaultArtifactName),
/* harmony export */   ax: () => (/* binding */ defaultArtifactPattern),
/* harmony export */   g8: () => (/* binding */ contextLabel),
/* harmony export */   wU: () => (/* binding */ matchesArtifactPattern)
/* harmony export */ });
/* unused harmony exports DIGEST_ARTIFACT_PREFIX, platformPair */
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9519);
/**
 * Digest artifact names: the default `digests-<context>-<platform-pair>` of Docker's recipe, the
 * characters the artifact service refuses, and the glob a merge uses to find its artifacts.
 */

const DIGEST_ARTIFACT_PREFIX = 'digests-';
/**
 * Characters @actions/artifact refuses in an artifact name before any request
 * (actions/toolkit packages/artifact/src/internal/upload/path-and-artifact-name-validation.ts).
 */
const FORBIDDEN = new Map([
    ['"', 'double quote "'],
    [':', 'colon :'],
    ['<', 'less than <'],
    ['>', 'greater than >'],
    ['|', 'vertical bar |'],
    ['*', 'asterisk *'],
    ['?', 'question mark ?'],
    ['\r', 'carriage return \\r'],
    ['\n', 'line feed \\n'],
    ['\\', 'backslash \\'],
    ['/', 'forward slash /'],
]);
/** `linux/arm/v7` -> `linux-arm-v7`, the recipe's `${platform//\//-}`. */
function platformPair(platform) {
    return platform.replace(/\//g, '-');
}
/**
 * A context as it appears in a name: `./api/` -> `api`, `web/app` -> `web-app`; `.` or empty
 * means no context. Characters the service refuses become `-`.
 */
function contextLabel(context) {
    if (context === undefined)
        return undefined;
    const trimmed = context
        .trim()
        .replace(/^(\.\/)+/, '')
        .replace(/\/+$/, '');
    if (trimmed === '' || trimmed === '.')
        return undefined;
    let label = '';
    for (const ch of trimmed)
        label += FORBIDDEN.has(ch) || /\s/.test(ch) ? '-' : ch;
    return label.replace(/-+/g, '-');
}
/** `digests-<context>-<platform-pair>`, or `digests-<platform-pair>` without a context. */
function defaultArtifactName(platform, context) {
    const label = contextLabel(context);
    return `${DIGEST_ARTIFACT_PREFIX}${label === undefined ? '' : `${label}-`}${platformPair(platform)}`;
}
/** What is wrong with an artifact name for the service, or undefined when it is acceptable. */
function artifactNameProblem(name) {
    if (name === '')
        return 'the name is empty';
    const bad = [...new Set([...name].filter((ch) => FORBIDDEN.has(ch)))];
    if (bad.length > 0) {
        return `the name contains ${bad.map((ch) => FORBIDDEN.get(ch)).join(', ')}, which the artifact service refuses`;
    }
    return undefined;
}
/** The glob a merge uses by default: `digests-*`, or `digests-<context>-*` with a context. */
function defaultArtifactPattern(context) {
    const label = contextLabel(context);
    return `${DIGEST_ARTIFACT_PREFIX}${label === undefined ? '' : `${label}-`}*`;
}
/** Whether an artifact name matches a glob, as download-artifact's `pattern` matches (minimatch). */
function matchesArtifactPattern(name, pattern) {
    return (0,minimatch__WEBPACK_IMPORTED_MODULE_0__/* .minimatch */ .xF)(name, pattern);
}


/***/ }),

/***/ 19934:
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

/***/ 68658:
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

/***/ 90032:
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
var basic_auth = __webpack_require__(19934);
// EXTERNAL MODULE: ./src/docker-config/config-file.ts
var config_file = __webpack_require__(68658);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(62148);
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

/***/ 4240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ RegistryClient)
});

// UNUSED EXPORTS: sha256Digest

// EXTERNAL MODULE: ./src/oci/reference.ts
var oci_reference = __webpack_require__(62148);
// EXTERNAL MODULE: ./src/registry/errors.ts
var errors = __webpack_require__(6764);
// EXTERNAL MODULE: ./src/oci/media-types.ts
var media_types = __webpack_require__(29217);
;// CONCATENATED MODULE: ./src/registry/scope.ts
function repositoryScope(repository, push) {
    return `repository:${repository}:${push ? 'pull,push' : 'pull'}`;
}
function parseScopes(scopes) {
    const out = new Map();
    for (const scope of scopes) {
        for (const one of scope.split(' ')) {
            const cut = one.lastIndexOf(':');
            if (cut <= 0)
                continue;
            const resource = one.slice(0, cut);
            const actions = out.get(resource) ?? new Set();
            for (const action of one.slice(cut + 1).split(','))
                if (action)
                    actions.add(action);
            out.set(resource, actions);
        }
    }
    return out;
}
function formatScopes(set) {
    return [...set.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([resource, actions]) => `${resource}:${[...actions].sort().join(',')}`);
}
function covers(granted, needed) {
    for (const [resource, actions] of needed) {
        const have = granted.get(resource);
        if (!have)
            return false;
        for (const action of actions)
            if (!have.has(action))
                return false;
    }
    return true;
}

// EXTERNAL MODULE: ./src/docker-config/basic-auth.ts
var basic_auth = __webpack_require__(19934);
;// CONCATENATED MODULE: ./src/registry/challenge.ts
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+/;
function parseChallenges(header) {
    const challenges = [];
    let pos = 0;
    const skip = () => {
        while (pos < header.length && /[\s,]/.test(header.charAt(pos)))
            pos++;
    };
    const ws = () => {
        while (pos < header.length && /\s/.test(header.charAt(pos)))
            pos++;
    };
    skip();
    while (pos < header.length) {
        const scheme = TOKEN.exec(header.slice(pos))?.[0];
        if (!scheme)
            break;
        pos += scheme.length;
        const challenge = { scheme: scheme.toLowerCase(), params: {} };
        challenges.push(challenge);
        // auth-params: name = value | "quoted", comma separated, until the next scheme.
        for (;;) {
            skip();
            const start = pos;
            const name = TOKEN.exec(header.slice(pos))?.[0];
            if (!name)
                break;
            pos += name.length;
            ws();
            if (header.charAt(pos) !== '=') {
                pos = start; // a new scheme begins here
                break;
            }
            pos++;
            if (header.charAt(pos) === '=') {
                // token68 ending in '=' padding: keep it as the `token68` parameter.
                while (header.charAt(pos) === '=')
                    pos++;
                challenge.params.token68 = header.slice(start, pos);
                continue;
            }
            ws();
            let value = '';
            if (header.charAt(pos) === '"') {
                pos++;
                while (pos < header.length && header.charAt(pos) !== '"') {
                    if (header.charAt(pos) === '\\')
                        pos++;
                    value += header.charAt(pos);
                    pos++;
                }
                pos++;
            }
            else {
                value = TOKEN.exec(header.slice(pos))?.[0] ?? '';
                pos += value.length;
            }
            challenge.params[name.toLowerCase()] = value;
        }
        skip();
    }
    return challenges;
}

;// CONCATENATED MODULE: ./src/registry/redact.ts
/**
 * URLs as they may appear in logs and errors. Query values can be secrets (a token in `?token=`,
 * the signature of a storage redirect, an upload session's `_state`), so only names known to be
 * harmless keep their value; user info is dropped.
 */
const HARMLESS = new Set(['digest', 'mount', 'from', 'n', 'last', 'service', 'scope', 'tag']);
function redactUrl(url) {
    const parsed = new URL(url);
    const query = [...parsed.searchParams.keys()]
        .filter((name, i, all) => all.indexOf(name) === i)
        .flatMap((name) => HARMLESS.has(name) ? parsed.searchParams.getAll(name).map((v) => `${name}=${v}`) : [`${name}=***`]);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}${query.length > 0 ? `?${query.join('&')}` : ''}`;
}

;// CONCATENATED MODULE: ./src/registry/realm.ts
/**
 * Where a registry may send us for a token. The realm comes from the registry's 401 answer and
 * receives the password (or identity token), so it gets the same rule as registries: https,
 * or plain http only to loopback hosts and hosts the user listed in "insecure-registries".
 */


function checkRealm(registry, realm, plainHttpAllowed) {
    let url;
    try {
        url = new URL(realm);
    }
    catch {
        throw new errors/* RegistryError */.gl(registry, 401, 'INVALID_REALM', `registry ${registry}: token realm "${realm}" is not a URL`);
    }
    if (url.protocol === 'https:')
        return;
    if (url.protocol === 'http:' && plainHttpAllowed(url.host))
        return;
    throw new errors/* RegistryError */.gl(registry, 401, 'INSECURE_REALM', `registry ${registry}: refusing its token realm ${redactUrl(url)}: credentials go over https only, ` +
        `or over plain http to loopback hosts and hosts listed in "insecure-registries"`);
}

;// CONCATENATED MODULE: ./src/registry/token.ts
/**
 * Bearer token fetch (`distribution/distribution` `docs/spec/auth/token.md`, `oauth.md`;
 * the order follows containerd `core/remotes/docker/auth/fetch.go` as buildx uses it):
 * with a secret, `POST <realm>` form (password or refresh-token grant), falling back to
 * `GET <realm>` with Basic on 400/401/404 (and 405 when a user name is known);
 * without one, an anonymous `GET`.
 */

const CLIENT_ID = 'dify-image-action';
async function fetchToken(params, scopes, credential, send, now) {
    const secret = credential?.identityToken ?? credential?.password;
    if (secret) {
        const form = new URLSearchParams();
        if (credential?.identityToken) {
            form.set('grant_type', 'refresh_token');
            form.set('refresh_token', credential.identityToken);
        }
        else {
            form.set('grant_type', 'password');
            form.set('username', credential?.username ?? '');
            form.set('password', secret);
        }
        if (params.service)
            form.set('service', params.service);
        if (scopes.length > 0)
            form.set('scope', scopes.join(' '));
        form.set('client_id', CLIENT_ID);
        const res = await send(params.realm, { method: 'POST', body: form, headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 'token');
        if (res.ok)
            return readToken(res, now);
        await res.body?.cancel();
        const fallback = [400, 401, 404].includes(res.status) || (res.status === 405 && !!credential?.username);
        if (!fallback)
            throw new TokenError(res.status, params.realm, res);
    }
    const url = new URL(params.realm);
    if (params.service)
        url.searchParams.set('service', params.service);
    for (const scope of scopes)
        url.searchParams.append('scope', scope);
    const headers = {};
    if (credential?.username !== undefined && credential.password !== undefined) {
        headers.authorization = `Basic ${(0,basic_auth/* encodeBasicAuth */.l)(credential.username, credential.password)}`;
    }
    const res = await send(url.toString(), { method: 'GET', headers }, 'token');
    if (!res.ok) {
        await res.body?.cancel();
        throw new TokenError(res.status, params.realm, res);
    }
    return readToken(res, now);
}
class TokenError extends Error {
    status;
    response;
    name = 'TokenError';
    constructor(status, realm, 
    /** The answer, for the sender to tell how many attempts it took. */
    response) {
        const host = new URL(realm).host;
        super(status === 401 || status === 403
            ? `token server ${host} refused the request (HTTP ${status})`
            : `token server ${host} answered HTTP ${status}`);
        this.status = status;
        this.response = response;
    }
}
async function readToken(res, now) {
    const body = (await res.json());
    const token = typeof body.token === 'string' && body.token ? body.token : body.access_token;
    if (typeof token !== 'string' || token === '')
        throw new Error('token server answered without a token');
    // token.md: expires_in defaults to 60 s; issued_at is RFC 3339.
    const expiresIn = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60;
    const issued = typeof body.issued_at === 'string' ? Date.parse(body.issued_at) : NaN;
    const start = Number.isNaN(issued) ? now : Math.min(issued, now);
    return { token, expiresAt: start + expiresIn * 1000 };
}

;// CONCATENATED MODULE: ./src/registry/auth.ts
/**
 * Per-registry authorisation state: which scheme the registry asked for (learnt from its first
 * 401), the credential to answer with, and Bearer tokens cached per scope set until they expire.
 */






/** Tokens are dropped this long before their expiry so that a request never races it. */
const EXPIRY_MARGIN_MS = 5_000;
class Authorizer {
    credentials;
    send;
    now;
    plainHttpAllowed;
    states = new Map();
    constructor(credentials, send, now, 
    /** Hosts a token realm may reach over plain http (loopback and insecure registries). */
    plainHttpAllowed = oci_reference/* isLoopback */.U9) {
        this.credentials = credentials;
        this.send = send;
        this.now = now;
        this.plainHttpAllowed = plainHttpAllowed;
    }
    state(registry) {
        let state = this.states.get(registry);
        if (!state) {
            state = { scheme: 'unknown', tokens: [], wanted: new Map(), pending: new Map() };
            this.states.set(registry, state);
        }
        return state;
    }
    credential(registry) {
        const state = this.state(registry);
        return (state.credential ??= this.credentials(registry));
    }
    /** The `Authorization` value for a request needing `scopes`, or undefined when none is known yet. */
    async header(registry, scopes) {
        const state = this.state(registry);
        const credential = await this.credential(registry);
        if (credential?.registryToken)
            return `Bearer ${credential.registryToken}`;
        if (state.scheme === 'basic') {
            if (credential?.username === undefined || credential.password === undefined)
                return undefined;
            return `Basic ${(0,basic_auth/* encodeBasicAuth */.l)(credential.username, credential.password)}`;
        }
        if (state.scheme === 'bearer' && state.bearer) {
            const needed = parseScopes(scopes);
            addScopes(state.wanted, needed);
            const now = this.now();
            state.tokens = state.tokens.filter((t) => t.expiresAt === undefined || t.expiresAt - EXPIRY_MARGIN_MS > now);
            const cached = state.tokens.find((t) => covers(t.scopes, needed));
            if (cached)
                return `Bearer ${cached.token}`;
            // Ask for every scope this run has needed on this registry, so that one token serves
            // the rest of the run; concurrent requests share one fetch.
            const ask = formatScopes(state.wanted);
            const askKey = ask.join(' ');
            let pending = state.pending.get(askKey);
            if (!pending) {
                const bearer = state.bearer;
                pending = fetchToken(bearer, ask, credential, this.send, now)
                    .then((token) => {
                    const entry = { ...token, scopes: parseScopes(ask) };
                    state.tokens.push(entry);
                    return entry;
                })
                    .finally(() => state.pending.delete(askKey));
                state.pending.set(askKey, pending);
            }
            return `Bearer ${(await pending).token}`;
        }
        return undefined;
    }
    /**
     * Learns from a 401's `WWW-Authenticate`. Returns the scopes to ask for on the retry (the
     * request's own plus any the challenge names), or undefined when retrying cannot help.
     * Throws when the realm is not a place credentials may go (realm.ts).
     */
    challenged(registry, header, scopes) {
        const state = this.state(registry);
        const challenges = parseChallenges(header ?? '');
        const bearer = challenges.find((c) => c.scheme === 'bearer' && c.params.realm);
        const basic = challenges.find((c) => c.scheme === 'basic');
        if (bearer?.params.realm) {
            checkRealm(registry, bearer.params.realm, this.plainHttpAllowed);
            state.scheme = 'bearer';
            state.bearer = { realm: bearer.params.realm };
            if (bearer.params.service)
                state.bearer.service = bearer.params.service;
            const wanted = parseScopes([...scopes, ...(bearer.params.scope ? [bearer.params.scope] : [])]);
            addScopes(state.wanted, wanted);
            // A token that was refused is useless for this scope set from now on.
            state.tokens = state.tokens.filter((t) => !covers(t.scopes, wanted));
            return formatScopes(wanted);
        }
        if (basic) {
            state.scheme = 'basic';
            return [...scopes];
        }
        return undefined;
    }
    /** True when the registry is known to want a scheme (so a request can be sent with auth). */
    knowsScheme(registry) {
        return this.state(registry).scheme !== 'unknown';
    }
}
function addScopes(into, from) {
    for (const [resource, actions] of from) {
        const have = into.get(resource) ?? new Set();
        for (const action of actions)
            have.add(action);
        into.set(resource, have);
    }
}

;// CONCATENATED MODULE: ./src/registry/body.ts
/**
 * Reading answer bodies into memory without trusting their size: reading stops as soon as the
 * limit is passed and the stream is cancelled (which ends the connection), so a registry that
 * sends gigabytes where a manifest was expected costs at most the limit.
 */
class BodyTooLargeError extends Error {
    max;
    name = 'BodyTooLargeError';
    constructor(max) {
        super(`answer larger than ${max} bytes`);
        this.max = max;
    }
}
/** The whole body, or BodyTooLargeError once more than `max` bytes arrived. */
async function readBounded(body, max) {
    const { bytes, complete } = await collect(body, max);
    if (!complete)
        throw new BodyTooLargeError(max);
    return bytes;
}
/** At most the first `max` bytes; the rest is not read (error bodies, shown to people only). */
async function readPrefix(body, max) {
    return (await collect(body, max)).bytes;
}
async function collect(body, max) {
    if (!body)
        return { bytes: new Uint8Array(0), complete: true };
    const reader = body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        if (total + value.byteLength > max) {
            chunks.push(value.subarray(0, max - total));
            total = max;
            await reader.cancel().catch(() => undefined);
            return { bytes: concat(chunks, total), complete: false };
        }
        chunks.push(value);
        total += value.byteLength;
    }
    return { bytes: concat(chunks, total), complete: true };
}
function concat(chunks, total) {
    if (chunks.length === 1 && chunks[0]?.byteLength === total)
        return chunks[0];
    const out = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
        out.set(chunk, at);
        at += chunk.byteLength;
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/proxy.js
var proxy = __webpack_require__(19783);
;// CONCATENATED MODULE: ./src/registry/proxy.ts
/**
 * Which proxy a registry request goes through, by the rules of the GitHub Actions toolkit
 * (`@actions/http-client` `getProxyUrl`: `https_proxy`/`HTTPS_PROXY` for https URLs,
 * `http_proxy`/`HTTP_PROXY` for http ones, `no_proxy`/`NO_PROXY` host and domain-suffix
 * entries, `*`, and loopback hosts never proxied), so the action behaves like every toolkit
 * client on a self-hosted runner behind a proxy.
 *
 * A proxied request goes through undici's own `fetch` with a `ProxyAgent` (the undici bundled with
 * this action, not the one inside Node, whose dispatcher interface differs between Node 20 and 24).
 * It is loaded only when a proxy applies.
 */


/** The toolkit's rules, on the process environment (as every `@actions/*` client reads them). */
const toolkitProxy = (url) => (0,proxy/* getProxyUrl */.s)(url);
class FetchRouter {
    direct;
    lookup;
    log;
    proxied = new Map();
    announced = new Set();
    constructor(direct, lookup, log) {
        this.direct = direct;
        this.lookup = lookup;
        this.log = log;
    }
    fetchFor(url) {
        const proxy = this.lookup(url);
        if (!proxy)
            return Promise.resolve(this.direct);
        if (!this.announced.has(url.host)) {
            this.announced.add(url.host);
            this.log.info(`${url.host}: requests go through the proxy ${redactUrl(proxy)}`);
        }
        let pending = this.proxied.get(proxy.href);
        if (!pending) {
            pending = proxiedFetch(proxy);
            this.proxied.set(proxy.href, pending);
        }
        return pending;
    }
}
async function proxiedFetch(proxy) {
    const undici = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 46752, 19));
    // http:// registries as absolute-URI requests to the proxy (what curl, Go and docker do; many
    // proxies allow CONNECT to port 443 only), https:// ones through a CONNECT tunnel.
    const dispatcher = new undici.ProxyAgent({ uri: proxy.href, proxyTunnel: false });
    const send = (input, init) => undici.fetch(input, { ...init, dispatcher });
    return send;
}

;// CONCATENATED MODULE: ./src/registry/retry.ts
const DEFAULT_RETRY_POLICY = {
    attempts: 5,
    baseDelayMs: 500,
    maxDelayMs: 15_000,
    maxRetryAfterMs: 120_000,
    readAfterWriteAttempts: 4,
    readAfterWriteDelayMs: 250,
    waitScale: 1,
};
/** Exponential delay for attempt `n` (1 = the first retry) with "equal jitter" in [d/2, d]. */
function backoffDelay(policy, n, random) {
    const full = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (n - 1));
    return Math.round(full / 2 + (full / 2) * random());
}
/** `Retry-After` as milliseconds (delta-seconds or an HTTP date), or undefined. */
function parseRetryAfter(value, now) {
    if (value === null || value.trim() === '')
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

;// CONCATENATED MODULE: ./src/registry/settings.ts
const HTTP_TIMEOUT_VARIABLE = 'DIFY_IMAGE_ACTION_HTTP_TIMEOUT';
const RETRY_WAIT_SCALE_VARIABLE = 'DIFY_IMAGE_ACTION_HTTP_RETRY_WAIT_SCALE';
const DEFAULT_TIMEOUT_MS = 30_000;
/**
 * After the last byte of an upload, a registry verifies the digest and moves the blob into place
 * (on S3-backed registries, a server-side copy): the wait for its answer grows with the size.
 */
const COMMIT_BYTES_PER_MS = (10 * 1024 * 1024) / 1000; // 10 MiB/s
function httpSettings(env) {
    return {
        timeoutMs: seconds(env, HTTP_TIMEOUT_VARIABLE, 0.001, 3600) ?? DEFAULT_TIMEOUT_MS,
        retryWaitScale: number(env, RETRY_WAIT_SCALE_VARIABLE, 0, 1) ?? 1,
    };
}
/** How long a registry may take to answer once it has `bytes` of request body. */
function answerWaitMs(timeoutMs, bytes) {
    return Math.round(timeoutMs + bytes / COMMIT_BYTES_PER_MS);
}
function seconds(env, name, min, max) {
    const value = number(env, name, min, max);
    return value === undefined ? undefined : Math.round(value * 1000);
}
function number(env, name, min, max) {
    const text = env[name]?.trim();
    if (!text)
        return undefined;
    const value = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
    if (!(value >= min && value <= max)) {
        throw new Error(`environment variable ${name}: "${text}" is not a number from ${min} to ${max}`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/registry/watchdog.ts
/**
 * Bounds one HTTP exchange by silence rather than by total time, so that a 2 GB layer may take
 * as long as it needs while a stuck peer is dropped quickly: the peer must connect and answer,
 * read our request body and send its answer's body without pausing longer than the timeout.
 * Time spent waiting on *our* side (a consumer not reading, an upload whose source is another
 * download) never counts: that other side has its own watchdog.
 */
/** A watchdog ended the exchange. The message names the request and what it waited for. */
class RequestTimeout extends Error {
    what;
    waited;
    name = 'RequestTimeout';
    code = 'TIMEOUT';
    constructor(
    /** `METHOD url` (url without secrets). */
    what, 
    /** `no response headers within 30 s`, ... */
    waited) {
        super(`${what} timed out: ${waited}`);
        this.what = what;
        this.waited = waited;
    }
}
/** An answer's body broke off (connection closed or reset) before its end. */
class BodyCutError extends Error {
    what;
    name = 'BodyCutError';
    constructor(
    /** `METHOD url` (url without secrets). */
    what, cause) {
        super(`${what}: body cut short`, { cause });
        this.what = what;
    }
}
const formatSeconds = (ms) => `${Number((ms / 1000).toFixed(3))} s`;
class Watchdog {
    what;
    controller = new AbortController();
    timer;
    signal = this.controller.signal;
    constructor(what) {
        this.what = what;
    }
    /** Starts (or restarts) the clock: the peer has `ms` to do `what`, or the exchange is aborted. */
    arm(waitingFor, ms) {
        this.disarm();
        if (this.signal.aborted)
            return;
        this.timer = setTimeout(() => this.controller.abort(new RequestTimeout(this.what, `${waitingFor} within ${formatSeconds(ms)}`)), ms);
    }
    disarm() {
        if (this.timer !== undefined)
            clearTimeout(this.timer);
        this.timer = undefined;
    }
    /** The timeout that ended the exchange, if one did. */
    get timedOut() {
        const reason = this.signal.reason;
        return reason instanceof RequestTimeout ? reason : undefined;
    }
}
/**
 * The request body as fetch pulls it. While fetch holds a chunk it has not finished sending,
 * the clock runs (the registry must keep reading); once the last chunk went out, the registry has
 * `afterBody(bytes)` to answer (it verifies the digest and moves the blob into place).
 */
function watchUpload(source, dog, ms, afterBody) {
    const reader = source.getReader();
    let sent = 0;
    let finished = false;
    const body = new ReadableStream({
        async pull(controller) {
            if (finished)
                return;
            dog.disarm();
            const { done, value } = await reader.read();
            if (finished)
                return;
            if (done) {
                finished = true;
                controller.close();
                dog.arm('no response after the request body', afterBody(sent));
                return;
            }
            sent += value.byteLength;
            controller.enqueue(value);
            dog.arm('no progress sending the request body', ms);
        },
        cancel(reason) {
            finished = true;
            return reader.cancel(reason);
        },
    }, { highWaterMark: 0 });
    return {
        body,
        release: () => {
            if (finished)
                return;
            finished = true;
            reader.cancel().catch(() => undefined);
        },
    };
}
/** The answer's body, with the clock running only while someone waits for the next chunk. */
function watchDownload(source, dog, ms) {
    const reader = source.getReader();
    return new ReadableStream({
        async pull(controller) {
            dog.arm('no body data received', ms);
            try {
                const { done, value } = await reader.read();
                if (done)
                    controller.close();
                else
                    controller.enqueue(value);
            }
            catch (error) {
                throw dog.timedOut ?? new BodyCutError(dog.what, error);
            }
            finally {
                dog.disarm();
            }
        },
        cancel(reason) {
            dog.disarm();
            return reader.cancel(reason);
        },
    }, { highWaterMark: 0 });
}

;// CONCATENATED MODULE: ./src/registry/classify.ts
/**
 * Which registry failures a retry can heal. A retry costs back-off and, with bounded attempts,
 * at most a few seconds; retrying what cannot heal only delays the error a user must act on.
 *
 * Transient: the connection broke or timed out, the peer is overloaded or restarting
 * (408, 429, 500, 502, 503, 504; 520-524 are CDN "origin unreachable" answers), a DNS server
 * that did not answer (EAI_AGAIN), a refused connection (a registry restarting behind its load
 * balancer refuses for seconds; a wrong port costs only the few seconds of back-off).
 * Permanent: a name that does not exist (ENOTFOUND is the resolver's definite "no such host";
 * an unreachable DNS server says EAI_AGAIN instead), certificate and TLS failures, a proxy
 * refusing us, and every other 4xx, whose answer a retry would not change.
 */

const TRANSIENT_STATUSES = new Set([408, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524]);
function isTransientStatus(status) {
    return TRANSIENT_STATUSES.has(status);
}
const TRANSIENT_CODES = {
    ECONNRESET: 'connection reset',
    ECONNREFUSED: 'connection refused',
    ECONNABORTED: 'connection aborted',
    EPIPE: 'connection closed while sending',
    ETIMEDOUT: 'connection timed out',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    ENETDOWN: 'network down',
    EAI_AGAIN: 'DNS lookup failed for now',
    UND_ERR_SOCKET: 'connection closed by the other side',
    UND_ERR_CLOSED: 'connection closed',
    UND_ERR_CONNECT_TIMEOUT: 'connect timed out',
    UND_ERR_HEADERS_TIMEOUT: 'no response headers in time',
    UND_ERR_BODY_TIMEOUT: 'no body data in time',
};
const TLS_CODE = /^(CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH|ERR_TLS_|ERR_SSL_|EPROTO$)/;
/** The error and its causes, outermost first (fetch wraps the socket error in `cause`). */
function chain(error) {
    const links = [];
    let timeout;
    let cut;
    let current = error;
    for (let depth = 0; current instanceof Error && depth < 8; depth++) {
        if (current instanceof RequestTimeout)
            timeout ??= current;
        if (current instanceof BodyCutError)
            cut ??= current;
        const { code, hostname } = current;
        links.push({
            name: current.name,
            message: current.message,
            code: typeof code === 'string' ? code : '',
            ...(typeof hostname === 'string' ? { hostname } : {}),
        });
        current = current.cause;
    }
    return { links, ...(timeout ? { timeout } : {}), ...(cut ? { cut } : {}) };
}
/**
 * The verdict on an exception from fetch or from reading a body, or undefined when it is not
 * a network failure at all (a bug, which must surface unchanged).
 */
function classifyError(error) {
    const { links, timeout, cut } = chain(error);
    if (timeout)
        return { transient: true, reason: `timed out: ${timeout.waited}`, source: timeout.what };
    if (cut) {
        const inner = classifyError(cut.cause);
        const reason = `body cut short${inner ? `: ${inner.reason}` : ''}`;
        return { transient: inner?.transient ?? true, reason, source: cut.what };
    }
    for (const link of links) {
        if (link.code === 'ENOTFOUND')
            return { transient: false, reason: `host name not found (ENOTFOUND ${link.hostname ?? ''})`.trim() };
        if (TLS_CODE.test(link.code))
            return { transient: false, reason: tlsReason(link) };
        const proxy = /Proxy response \((\d{3})\)|Proxy Authentication Required \((\d{3})\)/.exec(link.message);
        if (proxy) {
            const status = Number(proxy[1] ?? proxy[2]);
            return { transient: isTransientStatus(status), reason: `the proxy answered HTTP ${status}` };
        }
        const known = TRANSIENT_CODES[link.code];
        if (known)
            return { transient: true, reason: `${known} (${link.code})` };
    }
    if (links.some((l) => l.message === 'bad port'))
        return { transient: false, reason: 'port refused by fetch (bad port)' };
    const top = links[0];
    // Anything else fetch reports as a network failure: retried, since each attempt is bounded.
    if (top && top.name === 'TypeError' && (top.message === 'fetch failed' || top.message === 'terminated')) {
        const inner = links[links.length - 1];
        const detail = inner && inner !== top ? `${inner.message}${inner.code ? ` (${inner.code})` : ''}` : '';
        return { transient: true, reason: `network error${detail ? `: ${detail}` : ''}` };
    }
    return undefined;
}
function tlsReason(link) {
    if (link.code.startsWith('ERR_SSL_') || link.code === 'EPROTO') {
        return `TLS handshake failed (${link.code}); if this registry speaks plain http, list it in "insecure-registries"`;
    }
    return `TLS certificate not accepted: ${link.message} (${link.code})`;
}

;// CONCATENATED MODULE: ./src/registry/exchange.ts
/**
 * One HTTP exchange with a registry or token server, bounded in time by a watchdog (see
 * watchdog.ts), through the proxy the environment names. The answer comes back with a watched
 * body, or read into memory when the caller asked for that, so that a body cut short or stalled
 * fails inside the exchange, where it can be retried.
 */




/** Statuses whose answers have no body (fetch spec "null body status"). */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
async function exchange(x, options) {
    const { timeoutMs } = options;
    const dog = new Watchdog(`${x.method} ${redactUrl(x.url)}`);
    const init = {
        method: x.method,
        headers: x.headers,
        redirect: 'manual',
        signal: dog.signal,
    };
    let upload;
    if (x.body instanceof ReadableStream) {
        upload = watchUpload(x.body, dog, timeoutMs, (n) => answerWaitMs(timeoutMs, n));
        init.body = upload.body;
        init.duplex = 'half';
        dog.arm('no response', timeoutMs);
    }
    else {
        if (x.body !== undefined)
            init.body = x.body;
        dog.arm('no response headers', answerWaitMs(timeoutMs, sizeOf(x.body)));
    }
    let res;
    try {
        const send = await options.fetchFor(x.url);
        res = await send(x.url, init);
    }
    catch (error) {
        throw dog.timedOut ?? error;
    }
    finally {
        dog.disarm();
        upload?.release();
    }
    if (!res.body || NULL_BODY.has(res.status) || x.method === 'HEAD')
        return res;
    const body = watchDownload(res.body, dog, timeoutMs);
    const answer = { status: res.status, statusText: res.statusText, headers: res.headers };
    if (x.buffer !== undefined && res.ok)
        return new Response(await readBounded(body, x.buffer), answer);
    return new Response(body, answer);
}
function sizeOf(body) {
    if (body === undefined)
        return 0;
    if (typeof body === 'string')
        return Buffer.byteLength(body);
    if (ArrayBuffer.isView(body) || body instanceof ArrayBuffer)
        return body.byteLength;
    return 0;
}

;// CONCATENATED MODULE: ./src/registry/sender.ts







class Sender {
    options;
    counts = new Map();
    /** Answers returned after more than one attempt, for error messages. */
    attempts = new WeakMap();
    router;
    constructor(options) {
        this.options = options;
        this.router = new FetchRouter(options.fetch, options.proxy, options.log);
    }
    /** How many attempts an answer took, when more than one. */
    attemptsFor(res) {
        return this.attempts.get(res);
    }
    async send(out) {
        const { policy } = this.options;
        let url = out.url;
        for (let attempt = 1;; attempt++) {
            if (attempt > 1 && out.retryUrl)
                url = await out.retryUrl();
            const what = `${out.method} ${url.origin === out.origin ? url.pathname : redactUrl(url)}`;
            const body = out.body ? await out.body() : undefined;
            this.count(`${out.method} ${out.kind}`);
            let res;
            try {
                res = await exchange({
                    url,
                    method: out.method,
                    headers: out.headers(url),
                    ...(body !== undefined ? { body } : {}),
                    ...(out.buffer !== undefined ? { buffer: out.buffer } : {}),
                }, { timeoutMs: this.options.timeoutMs, fetchFor: (u) => this.router.fetchFor(u) });
            }
            catch (error) {
                if (error instanceof BodyTooLargeError)
                    throw new errors/* RegistryError */.gl(out.registry, 0, 'SIZE_INVALID', `${out.label}: ${what}: ${error.message}`);
                const verdict = classifyError(error);
                if (!verdict)
                    throw error;
                // A failure in another exchange (the download feeding an upload) names that one.
                const own = verdict.source === undefined || verdict.source === `${out.method} ${redactUrl(url)}`;
                const reason = own ? verdict.reason : `${verdict.source}: ${verdict.reason}`;
                if (!verdict.transient || attempt >= policy.attempts) {
                    const end = verdict.transient
                        ? `transient, but still failing after ${attempt} attempts`
                        : 'permanent, not retried';
                    throw new errors/* RegistryError */.gl(out.registry, 0, 'NETWORK', `${out.label}: ${what}: ${reason}: ${end}`);
                }
                await this.pause(`${out.label}: ${what}: ${reason}`, attempt, this.backoff(attempt));
                continue;
            }
            if (!isTransientStatus(res.status))
                return this.settle(res, attempt);
            // distribution-spec: 429 "should" carry Retry-After; RFC 9110 allows it on 503 too.
            const retryAfter = res.status === 429 || res.status === 503
                ? parseRetryAfter(res.headers.get('retry-after'), this.options.now())
                : undefined;
            const reason = `${out.label}: ${what}: HTTP ${res.status}${res.status === 429 ? ' Too Many Requests' : ''}${retryAfter !== undefined ? `, Retry-After ${retryAfter / 1000} s` : ''}`;
            if (retryAfter !== undefined && retryAfter > policy.maxRetryAfterMs) {
                this.options.log.info(`${reason}, longer than the ${policy.maxRetryAfterMs / 1000} s this action waits: not retried`);
                return this.settle(res, attempt);
            }
            if (attempt >= policy.attempts) {
                this.options.log.info(`${reason}: transient, but still failing after ${attempt} attempts`);
                return this.settle(res, attempt);
            }
            await res.body?.cancel();
            await this.pause(reason, attempt, retryAfter ?? this.backoff(attempt));
        }
    }
    backoff(attempt) {
        return backoffDelay(this.options.policy, attempt, this.options.random);
    }
    settle(res, attempt) {
        if (attempt > 1)
            this.attempts.set(res, attempt);
        return res;
    }
    async pause(reason, attempt, ms) {
        const delay = Math.round(ms * this.options.policy.waitScale);
        this.options.log.info(`${reason}: transient, retrying (${attempt + 1}/${this.options.policy.attempts}) in ${delay} ms`);
        await this.options.sleep(delay);
    }
    count(key) {
        this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    }
}

;// CONCATENATED MODULE: ./src/registry/transport.ts
/**
 * One registry HTTP exchange as the client sees it: picks http or https, attaches auth
 * (answering one 401 challenge), follows redirects without carrying `Authorization` to another
 * origin, and counts every request per method and kind. Retries, time bounds and proxies are
 * the sender's (sender.ts). Never logs headers, bodies or query values.
 */




const MAX_REDIRECTS = 5;
const MAX_TOKEN_BYTES = 1024 * 1024;
class Transport {
    options;
    authorizer;
    sender;
    /** Requests sent so far per `METHOD kind`, retries included. */
    counts;
    constructor(options) {
        this.options = options;
        this.sender = new Sender(options);
        this.counts = this.sender.counts;
    }
    /** `http://` for loopback and listed insecure registries, `https://` otherwise. */
    baseUrl(registry) {
        const plain = (0,oci_reference/* isLoopback */.U9)(registry) || this.options.insecure.has(registry);
        return `${plain ? 'http' : 'https'}://${(0,oci_reference/* apiHost */.nz)(registry)}`;
    }
    /** Whether plain http may be spoken to `host` (a token realm): loopback or an insecure registry's host. */
    plainHttpAllowed = (host) => {
        const hostname = (h) => new URL(`http://${h}`).hostname;
        return (0,oci_reference/* isLoopback */.U9)(host) || [...this.options.insecure].some((entry) => hostname(entry) === hostname(host));
    };
    /** How many attempts an answer took, when more than one. */
    attemptsFor(res) {
        return this.sender.attemptsFor(res);
    }
    /** Runs the request; throws RegistryAuthError on a 401/403 that credentials cannot fix. */
    async request(req) {
        let scopes = req.scopes;
        for (let round = 0;; round++) {
            const auth = await this.authHeader(req, scopes);
            const res = await this.follow(req, auth);
            if (req.answerChallenge === false && (res.status === 401 || res.status === 403))
                return res;
            if (res.status === 401 && round === 0) {
                const next = this.authorizer.challenged(req.registry, res.headers.get('www-authenticate'), scopes);
                await res.body?.cancel();
                if (next) {
                    scopes = next;
                    continue;
                }
                throw await this.authError(req, 401, '');
            }
            if (res.status === 401 || res.status === 403) {
                const { code, message } = (0,errors/* parseErrorBody */.kW)(await res.text());
                throw await this.authError(req, res.status, code || message);
            }
            return res;
        }
    }
    async authHeader(req, scopes) {
        try {
            return await this.authorizer.header(req.registry, scopes);
        }
        catch (error) {
            if (error instanceof TokenError && (error.status === 401 || error.status === 403)) {
                throw await this.authError(req, error.status, 'token refused');
            }
            if (error instanceof TokenError) {
                const attempts = error.response && this.attemptsFor(error.response);
                const after = attempts ? ` after ${attempts} attempts` : '';
                throw new errors/* RegistryError */.gl(req.registry, error.status, 'TOKEN', `registry ${req.registry}: no token: ${error.message}${after}`);
            }
            throw error;
        }
    }
    async authError(req, status, detail) {
        const hadCredentials = (await this.authorizer.credential(req.registry)) !== undefined;
        return (0,errors/* accessError */.$2)(req.registry, req.method, req.path, status, detail, hadCredentials);
    }
    /** Sends with retries and follows redirects (auth only to the registry's own origin). */
    async follow(req, auth) {
        let url = new URL(req.path, this.baseUrl(req.registry));
        for (let hop = 0;; hop++) {
            const res = await this.send(req, url, hop === 0 ? req.method : 'GET', auth, hop === 0);
            const location = res.headers.get('location');
            if (res.status >= 300 &&
                res.status < 400 &&
                location &&
                (req.method === 'GET' || req.method === 'HEAD')) {
                if (hop >= MAX_REDIRECTS)
                    throw new errors/* RegistryError */.gl(req.registry, res.status, '', `registry ${req.registry}: too many redirects for ${req.path}`);
                await res.body?.cancel();
                url = new URL(location, url);
                continue;
            }
            return res;
        }
    }
    send(req, url, method, auth, firstHop) {
        const base = new URL(this.baseUrl(req.registry)).origin;
        const retryPath = req.retryPath;
        return this.sender.send({
            label: req.kind === 'token' ? `token server ${req.registry}` : `registry ${req.registry}`,
            registry: req.registry,
            kind: req.kind,
            method,
            url,
            // Credentials only to the registry's own origin (a redirect may point at blob storage).
            headers: (to) => ({
                'user-agent': this.options.userAgent,
                ...req.headers,
                ...(auth && to.origin === base ? { authorization: auth } : {}),
            }),
            ...(firstHop && req.body ? { body: req.body } : {}),
            ...(req.buffer !== undefined ? { buffer: req.buffer } : {}),
            ...(firstHop && retryPath ? { retryUrl: async () => new URL(await retryPath(), base) } : {}),
            origin: req.kind === 'token' ? '' : base,
        });
    }
    /** Sends a request that carries no registry auth (token server). */
    sendPlain = async (url, init, kind) => {
        const target = new URL(url);
        const req = {
            registry: target.host,
            method: (init.method ?? 'GET'),
            path: url,
            kind,
            scopes: [],
            headers: { ...init.headers },
            buffer: MAX_TOKEN_BYTES,
        };
        if (init.body)
            req.body = () => init.body;
        return this.send(req, target, req.method, undefined, true);
    };
}

// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __webpack_require__(68825);
;// CONCATENATED MODULE: ./src/registry/core.ts









const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** Error bodies are only shown to people: the start is enough. */
const MAX_ERROR_BODY_BYTES = 16 * 1024;
class RegistryCore {
    transport;
    log;
    policy;
    sleep;
    pushTargets = new Set();
    /** Manifests are content-addressed: once read or written in a repository, the bytes are known. */
    manifests = new Map();
    /** Refs this client wrote, for the read-after-write retry. */
    written = new Set();
    constructor(options) {
        this.log = options.log;
        const settings = httpSettings(options.env ?? process.env);
        this.policy = { ...DEFAULT_RETRY_POLICY, waitScale: settings.retryWaitScale, ...options.retry };
        this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
        const now = options.now ?? Date.now;
        this.transport = new Transport({
            log: options.log,
            policy: this.policy,
            fetch: options.fetch ?? globalThis.fetch,
            sleep: this.sleep,
            random: options.random ?? Math.random,
            now,
            insecure: new Set(options.insecureRegistries ?? []),
            userAgent: options.userAgent ?? 'dify-image-action',
            timeoutMs: options.timeoutMs ?? settings.timeoutMs,
            proxy: options.proxy ?? toolkitProxy,
        });
        this.transport.authorizer = new Authorizer(options.credentials ?? (() => Promise.resolve(undefined)), this.transport.sendPlain, now, this.transport.plainHttpAllowed);
    }
    /** Asks for push rights on this repository from the start, so one token serves every request. */
    markPushTarget(repo) {
        this.pushTargets.add(key(repo));
    }
    /** Requests sent so far, per `METHOD kind` (e.g. `HEAD manifest-by-digest`), retries and 401s included. */
    requestCounts() {
        return Object.fromEntries([...this.transport.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
    }
    totalRequests() {
        let total = 0;
        for (const n of this.transport.counts.values())
            total += n;
        return total;
    }
    resetCounts() {
        this.transport.counts.clear();
    }
    scopes(repo) {
        return [repositoryScope(repo.repository, this.pushTargets.has(key(repo)))];
    }
    async startUpload(repo) {
        const res = await this.call({
            registry: repo.registry,
            method: 'POST',
            path: `/v2/${repo.repository}/blobs/uploads/`,
            kind: 'upload',
            scopes: this.scopes(repo),
        }, [202]);
        await res.body?.cancel();
        return this.location(repo, res);
    }
    location(repo, res) {
        const location = res.headers.get('location');
        if (!location)
            throw new errors/* RegistryError */.gl(repo.registry, res.status, '', `registry ${repo.registry}: upload answer without a Location`);
        return new URL(location, this.transport.baseUrl(repo.registry)).toString();
    }
    /** Sends and insists on one of the expected statuses. */
    async call(req, expected) {
        const res = await this.transport.request(req);
        if (expected.includes(res.status))
            return res;
        throw await this.failure(req.registry, `${req.method} ${new URL(req.path, 'http://registry').pathname}`, res);
    }
    async failure(registry, what, res) {
        const text = await readPrefix(res.body, MAX_ERROR_BODY_BYTES)
            .then((bytes) => Buffer.from(bytes).toString('utf8'))
            .catch(() => '');
        const { code, message } = (0,errors/* parseErrorBody */.kW)(text);
        const detail = [code, message].filter(Boolean).join(': ');
        const attempts = this.transport.attemptsFor(res);
        return new errors/* RegistryError */.gl(registry, res.status, code, `registry ${registry}: ${what} answered HTTP ${res.status}${detail ? ` (${detail})` : ''}${attempts ? ` after ${attempts} attempts` : ''}`);
    }
}
function key(repo) {
    return `${repo.registry}/${repo.repository}`;
}
/** The body in memory; reading stops (and the connection ends) as soon as it passes `max` bytes. */
async function readLimited(res, max, registry) {
    const length = Number(res.headers.get('content-length') ?? 0);
    const tooLarge = (message) => new errors/* RegistryError */.gl(registry, res.status, 'SIZE_INVALID', `registry ${registry}: ${message}`);
    if (length > max) {
        await res.body?.cancel();
        throw tooLarge(`answer of ${length} bytes is larger than ${max}`);
    }
    try {
        return await readBounded(res.body, max);
    }
    catch (error) {
        if (error instanceof BodyTooLargeError)
            throw tooLarge(`answer larger than ${max} bytes`);
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/registry/blobs.ts
/**
 * Blob operations (OCI distribution-spec `spec.md`): HEAD, streamed GET, small verified GET,
 * cross-repository mount and monolithic streamed upload, and the copy of one blob.
 */



class BlobClient extends RegistryCore {
    /** Small blobs read and verified (image configs), by digest: their bytes are the same everywhere. */
    knownBlobs = new Map();
    /** The blob's size (HEAD), or undefined when the repository does not have it. */
    async headBlob(repo, digest) {
        const res = await this.call({
            registry: repo.registry,
            method: 'HEAD',
            path: `/v2/${repo.repository}/blobs/${digest}`,
            kind: 'blob',
            scopes: this.scopes(repo),
        }, [200, 404]);
        await res.body?.cancel();
        return res.status === 404 ? undefined : Number(res.headers.get('content-length') ?? 0);
    }
    /** The blob as a stream (not verified here: an upload with `?digest=` makes the target verify it). */
    async getBlob(repo, digest) {
        const res = await this.call({
            registry: repo.registry,
            method: 'GET',
            path: `/v2/${repo.repository}/blobs/${digest}`,
            kind: 'blob',
            scopes: this.scopes(repo),
        }, [200]);
        if (!res.body)
            throw new errors/* RegistryError */.gl(repo.registry, res.status, '', `registry ${repo.registry}: blob ${digest} has no body`);
        return { size: Number(res.headers.get('content-length') ?? -1), body: res.body };
    }
    /** A small blob (an image config) in memory, sha256 verified. */
    async getBlobBytes(repo, digest, maxBytes = MAX_MANIFEST_BYTES) {
        const res = await this.call({
            registry: repo.registry,
            method: 'GET',
            path: `/v2/${repo.repository}/blobs/${digest}`,
            kind: 'blob',
            scopes: this.scopes(repo),
            buffer: maxBytes,
        }, [200]);
        const bytes = await readLimited(res, maxBytes, repo.registry);
        if ((0,oci_digest/* sha256Digest */.sI)(bytes) !== digest) {
            throw new errors/* RegistryError */.gl(repo.registry, res.status, 'DIGEST_INVALID', `registry ${repo.registry}: blob ${repo.repository}@${digest} does not match its digest`);
        }
        this.knownBlobs.set(digest, bytes);
        return bytes;
    }
    /** Cross-repository mount: 201 mounted; 202 = not mounted, an upload session was started instead. */
    async mountBlob(repo, digest, fromRepository) {
        this.markPushTarget(repo);
        const res = await this.call({
            registry: repo.registry,
            method: 'POST',
            path: `/v2/${repo.repository}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(fromRepository)}`,
            kind: 'mount',
            scopes: [...this.scopes(repo), repositoryScope(fromRepository, false)],
        }, [201, 202]);
        await res.body?.cancel();
        if (res.status === 201)
            return { mounted: true };
        return { mounted: false, location: this.location(repo, res) };
    }
    /**
     * Monolithic upload: POST (unless a session `location` is given) then one streamed
     * `PUT <location>?digest=` with Content-Length. `open` is called again for each attempt, and
     * each retry starts a new session: the registry may have appended part of the failed
     * attempt's body to the old one, which would then never match the digest.
     */
    async uploadBlob(repo, digest, size, open, location) {
        this.markPushTarget(repo);
        const withDigest = (at) => `${at}${at.includes('?') ? '&' : '?'}digest=${encodeURIComponent(digest)}`;
        for (let session = 1;; session++) {
            const start = session === 1 && location !== undefined ? location : await this.startUpload(repo);
            const res = await this.transport.request({
                registry: repo.registry,
                method: 'PUT',
                path: withDigest(start),
                retryPath: async () => withDigest(await this.startUpload(repo)),
                kind: 'upload',
                scopes: this.scopes(repo),
                headers: {
                    'content-type': 'application/octet-stream',
                    ...(size >= 0 ? { 'content-length': String(size) } : {}),
                },
                body: open,
            });
            if (res.status === 201) {
                await res.body?.cancel();
                return;
            }
            const error = await this.failure(repo.registry, `upload of ${digest} to ${repo.repository}`, res);
            // A session the registry lost (restart, load balancer) is worth one fresh start.
            if (error.code !== 'BLOB_UPLOAD_UNKNOWN' || session >= 2)
                throw error;
            this.log.info(`registry ${repo.registry}: upload session for ${digest} was lost (BLOB_UPLOAD_UNKNOWN); starting a new one`);
        }
    }
    /** Copies one blob unless present: mount within a registry, else GET streamed into PUT. */
    async copyBlob(from, to, blob) {
        this.markPushTarget(to);
        if ((await this.headBlob(to, blob.digest)) !== undefined)
            return 'present';
        let location;
        if (from.registry === to.registry && from.repository !== to.repository) {
            const mount = await this.mountBlob(to, blob.digest, from.repository);
            if (mount.mounted)
                return 'mounted';
            location = mount.location;
        }
        // A config already read (for its platform) is uploaded from memory instead of read again.
        const known = this.knownBlobs.get(blob.digest);
        await this.uploadBlob(to, blob.digest, blob.size, async () => known ?? (await this.getBlob(from, blob.digest)).body, location);
        return 'uploaded';
    }
}

;// CONCATENATED MODULE: ./src/registry/client.ts
/**
 * The registry client the modes use (OCI distribution-spec `spec.md` endpoints): access check
 * and manifests by tag or digest (sha256 verified on every GET); blobs come from BlobClient.
 */







class RegistryClient extends BlobClient {
    /**
     * Fails with a RegistryAuthError naming the registry unless the credentials may read (and,
     * with `push`, write) the repository. A missing repository is fine.
     */
    async checkAccess(repo, push) {
        if (push)
            this.markPushTarget(repo);
        const scopes = this.scopes(repo);
        const ping = await this.call({ registry: repo.registry, method: 'GET', path: '/v2/', kind: 'ping', scopes }, [200]);
        await ping.body?.cancel();
        if (push) {
            // Starting (and cancelling) an upload is the one request that proves push rights.
            const location = await this.startUpload(repo);
            // Cancelling may need a `delete` right the user need not have: best effort, no new token.
            const res = await this.call({
                registry: repo.registry,
                method: 'DELETE',
                path: location,
                kind: 'upload',
                scopes,
                answerChallenge: false,
            }, [204, 401, 403, 404, 405]);
            await res.body?.cancel();
        }
        else {
            const res = await this.call({
                registry: repo.registry,
                method: 'GET',
                path: `/v2/${repo.repository}/tags/list?n=1`,
                kind: 'tags',
                scopes,
            }, [200, 404]);
            await res.body?.cancel();
        }
    }
    /** The descriptor of a manifest (HEAD), or undefined when the registry does not have it. */
    async headManifest(repo, reference) {
        const known = this.manifests.get(`${key(repo)}@${reference}`);
        if (known)
            return { mediaType: known.mediaType, digest: known.digest, size: known.size };
        const res = await this.manifestRequest(repo, reference, 'HEAD');
        if (res.status === 404)
            return undefined;
        const digest = res.headers.get('docker-content-digest');
        const length = res.headers.get('content-length');
        const type = res.headers.get('content-type')?.split(';')[0]?.trim();
        // containerd falls back to a GET when a header is missing.
        if (!digest || !(0,oci_reference/* isDigest */.Bc)(digest) || length === null || !type) {
            const got = await this.getManifest(repo, reference);
            return { mediaType: got.mediaType, digest: got.digest, size: got.size };
        }
        return { mediaType: type, digest, size: Number(length) };
    }
    /** The manifest bytes and descriptor; throws RegistryError (code MANIFEST_UNKNOWN) when missing. */
    async getManifest(repo, reference) {
        const cacheKey = `${key(repo)}@${reference}`;
        const known = this.manifests.get(cacheKey);
        if (known)
            return known;
        const res = await this.manifestRequest(repo, reference, 'GET');
        if (res.status === 404)
            throw await this.failure(repo.registry, `GET ${repo.repository} manifest ${reference}`, res);
        const bytes = await readLimited(res, MAX_MANIFEST_BYTES, repo.registry);
        const digest = (0,oci_digest/* sha256Digest */.sI)(bytes);
        const expected = (0,oci_reference/* isDigest */.Bc)(reference) ? reference : res.headers.get('docker-content-digest');
        if (expected && expected !== digest) {
            throw new errors/* RegistryError */.gl(repo.registry, res.status, 'DIGEST_INVALID', `registry ${repo.registry}: manifest ${repo.repository}@${reference} has digest ${digest}, expected ${expected}`);
        }
        const got = {
            mediaType: (0,media_types/* manifestMediaType */.gp)(bytes, res.headers.get('content-type') ?? undefined),
            digest,
            size: bytes.length,
            bytes,
        };
        this.manifests.set(`${key(repo)}@${digest}`, got);
        return got;
    }
    /** PUTs manifest bytes unchanged under a tag or digest; checks the registry's digest. */
    async putManifest(repo, reference, bytes, mediaType) {
        this.markPushTarget(repo);
        const digest = (0,oci_digest/* sha256Digest */.sI)(bytes);
        if ((0,oci_reference/* isDigest */.Bc)(reference) && reference !== digest)
            throw new Error(`manifest bytes have digest ${digest}, not ${reference}`);
        const res = await this.call({
            registry: repo.registry,
            method: 'PUT',
            path: `/v2/${repo.repository}/manifests/${reference}`,
            kind: kindOf(reference),
            scopes: this.scopes(repo),
            headers: { 'content-type': mediaType },
            body: () => bytes,
        }, [201]);
        await res.body?.cancel();
        const answered = res.headers.get('docker-content-digest');
        if (answered && answered !== digest) {
            throw new errors/* RegistryError */.gl(repo.registry, res.status, 'DIGEST_INVALID', `registry ${repo.registry}: stored ${repo.repository}:${reference} as ${answered}, but its bytes are ${digest}`);
        }
        const descriptor = { mediaType, digest, size: bytes.length };
        this.manifests.set(`${key(repo)}@${digest}`, { ...descriptor, bytes });
        this.written.add(`${key(repo)}@${reference}`).add(`${key(repo)}@${digest}`);
        return descriptor;
    }
    /** HEAD/GET a manifest; a 404 for something this client just wrote is retried briefly. */
    async manifestRequest(repo, reference, method) {
        const req = {
            registry: repo.registry,
            method,
            path: `/v2/${repo.repository}/manifests/${reference}`,
            kind: kindOf(reference),
            scopes: this.scopes(repo),
            headers: { accept: media_types/* MANIFEST_ACCEPT_HEADER */.BJ },
            ...(method === 'GET' ? { buffer: MAX_MANIFEST_BYTES } : {}),
        };
        for (let attempt = 1;; attempt++) {
            const res = await this.call(req, [200, 404]);
            if (res.status !== 404 ||
                !this.written.has(`${key(repo)}@${reference}`) ||
                attempt >= this.policy.readAfterWriteAttempts)
                return res;
            await res.body?.cancel();
            const delay = Math.round(this.policy.readAfterWriteDelayMs * 2 ** (attempt - 1) * this.policy.waitScale);
            this.log.info(`registry ${repo.registry}: ${repo.repository}:${reference} was just pushed but is not visible yet (MANIFEST_UNKNOWN); retry ${attempt}/${this.policy.readAfterWriteAttempts - 1} in ${delay} ms`);
            await this.sleep(delay);
        }
    }
}
function kindOf(reference) {
    return (0,oci_reference/* isDigest */.Bc)(reference) ? 'manifest-by-digest' : 'manifest-by-tag';
}


/***/ }),

/***/ 17177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ dockerCredentials)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(62148);
// EXTERNAL MODULE: ./src/docker-config/basic-auth.ts
var basic_auth = __webpack_require__(19934);
;// CONCATENATED MODULE: ./src/docker-config/auths.ts


/**
 * The `auths` entry for a normalised registry name, as docker/cli's `file_store.go` finds it:
 * the exact key first, then any key whose host part is the same registry.
 */
function credentialFromAuths(auths, registry) {
    if (!auths)
        return undefined;
    const exact = auths[(0,reference/* credentialKey */.TC)(registry)];
    if (exact)
        return decodeEntry(exact);
    for (const [key, entry] of Object.entries(auths)) {
        let host;
        try {
            host = (0,reference/* normaliseRegistry */.Me)(key);
        }
        catch {
            continue;
        }
        if (host === registry)
            return decodeEntry(entry);
    }
    return undefined;
}
function decodeEntry(entry) {
    const credential = {};
    if (entry.username)
        credential.username = entry.username;
    if (entry.password)
        credential.password = entry.password;
    if (entry.auth)
        Object.assign(credential, (0,basic_auth/* decodeBasicAuth */.Z)(entry.auth));
    if (entry.identitytoken)
        credential.identityToken = entry.identitytoken;
    if (entry.registrytoken)
        credential.registryToken = entry.registrytoken;
    return Object.keys(credential).length > 0 ? credential : undefined;
}

// EXTERNAL MODULE: ./src/docker-config/config-file.ts
var config_file = __webpack_require__(68658);
;// CONCATENATED MODULE: ./src/registry/credential-helper.ts
/** A helper asks a keychain or a cloud API; one that hangs must not hold the job. */
const HELPER_TIMEOUT_MS = 30_000;
/** `credentials/error.go`: the helper's way of saying "nothing stored". */
const NOT_FOUND = 'credentials not found in native keychain';
/** Returns the stored credential, or undefined when the helper has none for `serverKey`. */
async function helperGet(run, helper, serverKey, env) {
    if (!/^[A-Za-z0-9._-]+$/.test(helper))
        throw new Error(`invalid credential helper name ${JSON.stringify(helper)}`);
    const command = `docker-credential-${helper}`;
    let result;
    try {
        result = await run(command, ['get'], {
            stdin: serverKey,
            env,
            timeoutMs: HELPER_TIMEOUT_MS,
            echo: false,
            allowFailure: true,
        });
    }
    catch (error) {
        throw new Error(`credential helper ${command} for ${serverKey}: ${error.message}`);
    }
    const { exitCode, stdout, stderrTail: stderr } = result;
    if (exitCode !== 0) {
        if (stdout.includes(NOT_FOUND) || stderr.includes(NOT_FOUND))
            return undefined;
        // stderr is the helper's own message; it never contains the secret we are asking for.
        const detail = (stderr.trim() || stdout.trim()).split('\n')[0] ?? '';
        throw new Error(`credential helper ${command} failed for ${serverKey} (exit ${exitCode})${detail ? `: ${detail}` : ''}`);
    }
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        throw new Error(`credential helper ${command} printed something that is not JSON for ${serverKey}`);
    }
    const username = typeof parsed.Username === 'string' ? parsed.Username : '';
    const secret = typeof parsed.Secret === 'string' ? parsed.Secret : '';
    if (username === '' && secret === '')
        return undefined;
    return { username, secret };
}

;// CONCATENATED MODULE: ./src/registry/credentials.ts
/**
 * Where credentials for a registry come from, in order: the action's own logins, env
 * `DOCKER_AUTH_CONFIG`, then `$DOCKER_CONFIG/config.json` or `~/.docker/config.json`
 * (`credHelpers[key]`, else `credsStore`, else `auths`). Follows docker/cli
 * `cli/config/configfile/file.go` and `cli/config/credentials/{file,native}_store.go`.
 * The environment is data (an Env record); nothing here reads `process.env`.
 */






/** Makes a CredentialSource that caches each registry's answer for the life of the run. */
function dockerCredentials(options) {
    const cache = new Map();
    let config;
    const loadConfig = () => (config ??= readConfig((0,config_file/* dockerConfigPath */.Q1)(options.env, options.homeDir ?? (0,external_node_os_.homedir)())));
    return (registry) => {
        const key = (0,reference/* normaliseRegistry */.Me)(registry);
        let hit = cache.get(key);
        if (!hit) {
            hit = lookup(key, options, loadConfig);
            cache.set(key, hit);
        }
        return hit;
    };
}
async function lookup(registry, options, loadConfig) {
    for (const login of options.logins ?? []) {
        if ((0,reference/* normaliseRegistry */.Me)(login.registry) === registry) {
            return { username: login.username, password: login.password };
        }
    }
    const envConfig = options.env.DOCKER_AUTH_CONFIG;
    if (envConfig) {
        const fromEnv = credentialFromAuths((0,config_file/* parseDockerConfig */.Cj)(envConfig, 'DOCKER_AUTH_CONFIG').auths, registry);
        if (fromEnv)
            return fromEnv;
    }
    const file = await loadConfig();
    const key = (0,reference/* credentialKey */.TC)(registry);
    const helper = file.credHelpers?.[key] ?? file.credsStore;
    if (helper) {
        const setting = file.credHelpers?.[key] !== undefined ? `credHelpers["${key}"]` : 'credsStore';
        let got;
        try {
            got = await helperGet(options.run, helper, key, options.env);
        }
        catch (error) {
            // Many users do not know their docker config names a helper: say where it comes from.
            throw new Error(`${error.message} (the docker config's ${setting} names this helper: install it, or remove that entry to use "auths")`);
        }
        if (!got)
            return undefined;
        // native_store.go: the user name `<token>` marks an identity token.
        return got.username === '<token>'
            ? { identityToken: got.secret }
            : { username: got.username, password: got.secret };
    }
    return credentialFromAuths(file.auths, registry);
}
async function readConfig(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return {};
        throw error;
    }
    return (0,config_file/* parseDockerConfig */.Cj)(text, path);
}


/***/ }),

/***/ 6764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ accessError),
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   kW: () => (/* binding */ parseErrorBody)
/* harmony export */ });
/* unused harmony export RegistryAuthError */
/**
 * Errors from a registry, with the registry named in the message. The body follows the
 * distribution-spec error format `{"errors":[{"code","message","detail"}]}`.
 */
class RegistryError extends Error {
    registry;
    status;
    code;
    name = 'RegistryError';
    constructor(registry, status, 
    /** The first distribution error code (`MANIFEST_UNKNOWN`, `DENIED`, ...) or ''. */
    code, message) {
        super(message);
        this.registry = registry;
        this.status = status;
        this.code = code;
    }
}
/** Credentials missing, wrong or lacking a permission (HTTP 401/403). */
class RegistryAuthError extends RegistryError {
    name = 'RegistryAuthError';
}
/** A 401/403 the credentials cannot fix, with what to do about it. */
function accessError(registry, method, path, status, detail, hadCredentials) {
    const action = method === 'GET' || method === 'HEAD' ? 'read from' : 'push to';
    const hint = hadCredentials
        ? 'the credentials were refused or lack permission; check the login for this registry'
        : 'no credentials were found for this registry; log in first';
    return new RegistryAuthError(registry, status, detail, `registry ${registry}: not allowed to ${action} ${new URL(path, 'http://registry').pathname} (HTTP ${status}${detail ? ` ${detail}` : ''}): ${hint}`);
}
/** Reads the first error code and message of a distribution error body, if any. */
function parseErrorBody(text) {
    try {
        const parsed = JSON.parse(text);
        const first = parsed.errors?.[0];
        if (first) {
            return {
                code: typeof first.code === 'string' ? first.code : '',
                message: typeof first.message === 'string' ? first.message : '',
            };
        }
    }
    catch {
        // not JSON: fall through
    }
    return { code: '', message: text.trim().slice(0, 200) };
}


/***/ })

};
