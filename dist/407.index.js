export const id = 407;
export const ids = [407];
export const modules = {

/***/ 39509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ csvField)
/* harmony export */ });
/** buildx's CSV grammar: a field holding a comma or a quote is quoted as a whole. */
function csvField(field) {
    return /[",\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}


/***/ }),

/***/ 82684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ parseCsvRecord)
/* harmony export */ });
/**
 * One CSV record as Go's encoding/csv reads it, the grammar buildx uses for `--output`,
 * `--cache-to`, `--secret`, `--provenance` values: fields split on commas, a field may be quoted
 * as a whole and `""` inside quotes is one quote.
 */
function parseCsvRecord(value) {
    const fields = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < value.length; i++) {
        const c = value[i];
        if (quoted) {
            if (c === '"' && value[i + 1] === '"') {
                cur += '"';
                i++;
            }
            else if (c === '"')
                quoted = false;
            else
                cur += c;
        }
        else if (c === '"')
            quoted = true;
        else if (c === ',') {
            fields.push(cur);
            cur = '';
        }
        else
            cur += c;
    }
    fields.push(cur);
    return fields.map((f) => f.trim());
}


/***/ }),

/***/ 19438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ parseBuilderInputs),
/* harmony export */   v: () => (/* binding */ DEFAULT_QEMU_IMAGE)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _buildx_csv_field_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(39509);
/* harmony import */ var _buildx_csv_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(82684);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62148);
/* harmony import */ var _base_input_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91114);
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9066);







/**
 * setup-qemu-action runs `tonistiigi/binfmt:latest`, a tag that moves (and stayed on an old QEMU
 * for years); a pinned release gives every run the same emulators.
 */
const DEFAULT_QEMU_IMAGE = 'tonistiigi/binfmt:qemu-v9.2.2';
const DRIVERS = ['docker-container', 'remote', 'kubernetes'];
/** Driver options of the remote driver (docs.docker.com/build/builders/drivers/remote). */
const TLS_OPTS = ['cacert', 'cert', 'key', 'servername'];
const TLS_FILES = ['cacert', 'cert', 'key'];
const ENDPOINT = /^(tcp:\/\/(\[[0-9A-Fa-f:.]+\]|[^\s/:[\]]+):\d{1,5}\/?|unix:\/\/\/\S+)$/;
const optional = (value) => (value === '' ? undefined : value);
function parseBuilderInputs(raw) {
    const driverText = raw('driver');
    const driver = parseDriver(driverText);
    const endpoint = optional(raw('endpoint'));
    const lines = (0,_reader_js__WEBPACK_IMPORTED_MODULE_4__/* .readList */ .LD)(raw, 'driver-opts');
    const config = optional(raw('buildkitd-config'));
    const inline = optional(raw('buildkitd-config-inline'));
    const flags = optional(raw('buildkitd-flags'));
    const given = [
        ['driver', driverText !== ''],
        ['endpoint', endpoint !== undefined],
        ['driver-opts', lines.length > 0],
        ['buildkitd-config', config !== undefined],
        ['buildkitd-config-inline', inline !== undefined],
        ['buildkitd-flags', flags !== undefined],
    ];
    const first = given.find(([, set]) => set)?.[0];
    if (first !== undefined && raw('builder') !== '') {
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(first, `is set together with "builder" ${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(raw('builder'))}`, 'either "builder" (an existing builder, used as it is) or the inputs of a builder this action creates');
    }
    if (driver === 'remote') {
        if (endpoint === undefined)
            throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('endpoint', 'is empty with driver "remote"', 'the address of the running buildkitd');
        if (!ENDPOINT.test(endpoint))
            throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('endpoint', `${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(endpoint)} is not a BuildKit address`, 'tcp://host:port or unix:///path/to/buildkitd.sock');
        // These configure a daemon this action starts; a remote one is configured where it runs.
        for (const [name, set] of given.slice(3))
            if (set)
                throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(name, 'is set with driver "remote"', 'it empty: configure the remote buildkitd itself');
    }
    else if (endpoint !== undefined) {
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('endpoint', `is set with driver "${driver}"`, 'an endpoint only with driver "remote" (the docker-container builder runs on the runner\'s Docker, kubernetes reads KUBECONFIG)');
    }
    if (config !== undefined && inline !== undefined) {
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('buildkitd-config-inline', 'is set together with "buildkitd-config"', 'one of the two');
    }
    const qemuImage = raw('qemu-image') || DEFAULT_QEMU_IMAGE;
    try {
        (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(qemuImage);
    }
    catch (error) {
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('qemu-image', error.message, `an image reference such as ${DEFAULT_QEMU_IMAGE}`);
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
function parseDriver(text) {
    if (text === '')
        return 'docker-container';
    const driver = DRIVERS.find((d) => d === text);
    if (driver !== undefined)
        return driver;
    const why = text === 'docker'
        ? '"docker" cannot push by digest nor export a cache'
        : `${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(text)} is not a driver this action can create`;
    throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('driver', why, DRIVERS.join(', '));
}
/**
 * Each line is a CSV record of `key=value` fields, as buildx reads `--driver-opt`; every field
 * becomes one option. TLS files must exist (buildx wants absolute paths: relative ones are made
 * absolute from the working directory) and belong to the remote driver.
 */
function parseDriverOpts(lines, driver) {
    const out = [];
    const keys = new Set();
    for (const line of lines) {
        for (const field of (0,_buildx_csv_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCsvRecord */ .b)(line)) {
            const eq = field.indexOf('=');
            const key = field.slice(0, eq);
            if (eq <= 0 || !/^[A-Za-z][\w.-]*$/.test(key))
                throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('driver-opts', `${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(field)} is not key=value`, 'key=value lines (e.g. image=moby/buildkit:v0.24.0)');
            if (TLS_OPTS.includes(key) && driver !== 'remote')
                throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('driver-opts', `${key}= is an option of the remote driver, not of ${driver}`, 'TLS options only with driver "remote"');
            if (key === 'image' && driver === 'remote')
                throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('driver-opts', 'image= is set with driver "remote"', 'no image: the remote driver connects to a running buildkitd');
            const value = TLS_FILES.includes(key)
                ? existingFile('driver-opts', field.slice(eq + 1), key)
                : field.slice(eq + 1);
            keys.add(key);
            out.push((0,_buildx_csv_field_js__WEBPACK_IMPORTED_MODULE_6__/* .csvField */ .X)(`${key}=${value}`));
        }
    }
    if (keys.has('cert') !== keys.has('key'))
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('driver-opts', `${keys.has('cert') ? 'cert=' : 'key='} is set without ${keys.has('cert') ? 'key=' : 'cert='}`, 'the client certificate and its key together');
    return out;
}
function existingFile(input, path, what) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(absolute) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolute).isFile()) {
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(input, `${what ? `${what}=` : ''}${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(path)} does not exist`, 'the path of a file on the runner');
    }
    return absolute;
}


/***/ }),

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
/*
 * Every input the action reads, in one table, grouped by who reads it. `action.yml` declares
 * exactly these (a test checks it both ways), and the input reader only accepts these names, so a
 * typo is a type error.
 */
/** The metadata engine's inputs (docker/metadata-action's names), read by every mode that computes tags. */
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
/** `build` alone: docker/build-push-action's names, then setup-buildx-action's and QEMU's. */
const BUILD_INPUTS = [
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
];
const EXPORT_DIGEST_INPUTS = ['digest', 'artifact-name', 'retention-days'];
const MERGE_INPUTS = [
    'insecure-registries',
    'pattern',
    'run-id',
    'sources',
    'attestations',
    'expected-platforms',
    'dry-run',
];
const INPUT_NAMES = [
    'mode',
    // read by several modes
    'context',
    'platform',
    ...METADATA_INPUTS,
    ...LOGIN_INPUTS,
    ...BUILD_INPUTS,
    ...EXPORT_DIGEST_INPUTS,
    ...MERGE_INPUTS,
];
/**
 * The inputs each mode's parser reads, besides `mode` itself (which `main` reads for every mode).
 * Any other input given is refused (src/inputs/foreign-inputs.ts); a test records what each
 * parser reads and compares it with this table.
 */
const MODE_INPUTS = {
    metadata: METADATA_INPUTS,
    build: [...METADATA_INPUTS, ...LOGIN_INPUTS, 'context', 'platform', ...BUILD_INPUTS],
    // `platform` and `images` are read only when `digest` is given.
    'export-digest': ['context', 'platform', 'images', ...EXPORT_DIGEST_INPUTS],
    merge: [...METADATA_INPUTS, ...LOGIN_INPUTS, 'context', ...MERGE_INPUTS],
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

/***/ 9066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HD: () => (/* binding */ readQuotedList),
/* harmony export */   LD: () => (/* binding */ readList),
/* harmony export */   Vf: () => (/* binding */ readBoolean)
/* harmony export */ });
/* unused harmony exports inputsFromRecord, parseList */
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40712);
/* harmony import */ var _base_input_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91114);


/** Builds a reader over a plain record, as tests and the runner harness see inputs. */
function inputsFromRecord(record) {
    return (name) => (record[name] ?? '').trim();
}
/**
 * The list grammar of docker/metadata-action and docker/build-push-action: one item per line,
 * optionally also comma-separated with CSV quoting (`"a,b",c`), blank items dropped.
 */
function readList(raw, name, options = {}) {
    return parseList(raw(name), name, options);
}
function parseList(text, name, options = {}) {
    const items = [];
    for (const rawLine of text.split(/\r?\n/)) {
        const line = rawLine.trim();
        if (line === '' || (options.comments && line.startsWith('#')))
            continue;
        if (!options.splitCommas) {
            items.push(line);
            continue;
        }
        // Printable ASCII without quotes splits at its commas alike (csv-parse's `trim` removes the
        // spaces around each item); only other lines need the parser, whose first run costs ms.
        if (/^[\x20\x21\x23-\x7e]*$/.test(line)) {
            for (const item of line.split(','))
                if (item.trim() !== '')
                    items.push(item.trim());
            continue;
        }
        let records;
        try {
            records = (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .q)(line, { relax_quotes: true, skip_empty_lines: true, trim: true });
        }
        catch (error) {
            throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(name, `cannot split ${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(line)} (${error.message})`, 'comma-separated values');
        }
        for (const record of records)
            for (const item of record)
                if (item !== '')
                    items.push(item);
    }
    return items;
}
/** YAML 1.2 core booleans, as `core.getBooleanInput` accepts them. */
function readBoolean(raw, name, fallback) {
    const value = raw(name);
    if (value === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(name, `${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(value)} is not a boolean`, '"true" or "false"');
}
/**
 * build-push-action's grammar for values that may hold commas and newlines (`secrets`): the
 * whole input is CSV, so a quoted entry can span lines (a PEM key, a JSON document); each record
 * is one entry, its fields joined back with commas. Parse errors never show the value.
 */
function readQuotedList(raw, name) {
    const text = raw(name);
    if (text.trim() === '')
        return [];
    let records;
    try {
        records = (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .q)(text, {
            columns: false,
            relax_quotes: true,
            relax_column_count: true,
            skip_empty_lines: true,
        });
    }
    catch (error) {
        const where = /line \d+/.exec(error.message)?.[0] ?? 'somewhere';
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(name, `cannot be read as CSV (${where})`, 'one entry a line, an entry holding newlines or commas in double quotes');
    }
    return records.map((r) => r.join(',').trim()).filter((entry) => entry !== '');
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
