export const id = 438;
export const ids = [438];
export const modules = {

/***/ 57264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J8: () => (/* binding */ buildInvocation),
/* harmony export */   XR: () => (/* binding */ csvField)
/* harmony export */ });
/* unused harmony exports defaultGitContext, resolveContext, isGitContext, defaultOutput, defaultCacheScope, parseGoBool, workflowRunUrl, provenanceValue */
/* harmony import */ var _base_input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91114);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82684);


const DEFAULT_CONTEXT = '{{defaultContext}}';
/** `parseGitRef` of docker/actions-toolkit: the commit sha, except for pull request refs. */
function defaultGitContext(e) {
    const ref = e.ref.startsWith('refs/pull/') || !e.sha ? e.ref : e.sha;
    return `${e.serverUrl.replace(/\/$/, '')}/${e.repository}.git#${ref}`;
}
function resolveContext(context, e) {
    const c = context.trim();
    if (c === '' || c === DEFAULT_CONTEXT)
        return defaultGitContext(e);
    if (c.startsWith(`${DEFAULT_CONTEXT}:`)) {
        const sub = c.slice(DEFAULT_CONTEXT.length + 1).replace(/^\/+|\/+$/g, '');
        return sub === '' ? defaultGitContext(e) : `${defaultGitContext(e)}:${sub}`;
    }
    if (c.includes(DEFAULT_CONTEXT))
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('context', `${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(c)} uses ${DEFAULT_CONTEXT} in the middle`, `"${DEFAULT_CONTEXT}" or "${DEFAULT_CONTEXT}:subdir"`);
    return c;
}
function isGitContext(context) {
    return /^(https?:\/\/|git@|git:\/\/|ssh:\/\/)/.test(context) && /\.git(#|$|:)|#/.test(context);
}
/** buildx's CSV grammar: a field holding a comma or a quote is quoted as a whole. */
function csvField(field) {
    return /[",\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
function defaultOutput(images) {
    return [
        'type=image',
        csvField(`name=${images.join(',')}`),
        'push-by-digest=true',
        'name-canonical=true',
        'push=true',
    ].join(',');
}
function defaultCacheScope(images, platformPair) {
    return `${images[0] ?? 'image'}-${platformPair}`;
}
/** Go's strconv.ParseBool truth values, as buildx and actions-toolkit read env switches. */
function parseGoBool(value) {
    return ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value ?? '');
}
function workflowRunUrl(e) {
    const base = `${e.serverUrl.replace(/\/$/, '')}/${e.repository}/actions/runs/${e.runId ?? '0'}`;
    return e.runAttempt ? `${base}/attempts/${e.runAttempt}` : base;
}
function withBuilderId(attrs, e) {
    const fields = (0,_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCsvRecord */ .b)(attrs);
    if (fields.some((f) => f.startsWith('builder-id=')))
        return attrs;
    return [...fields.map(csvField), `builder-id=${workflowRunUrl(e)}`].join(',');
}
function hasDockerExporter(outputs) {
    return outputs.some((o) => {
        const fields = (0,_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCsvRecord */ .b)(o);
        return fields.includes('type=docker') || o === '-' || (!o.includes('=') && o !== '');
    });
}
/** The `--provenance` value, or undefined for no flag (build-push-action `getProvenanceInput`). */
function provenanceValue(input, outputs, e) {
    const value = (input ?? '').trim();
    if (value === '') {
        if (parseGoBool(e.env.BUILDX_NO_DEFAULT_ATTESTATIONS) || hasDockerExporter(outputs))
            return undefined;
        return e.repositoryPrivate === false
            ? withBuilderId('mode=max', e)
            : withBuilderId('mode=min,inline-only=true', e);
    }
    if (['true', 'True', 'TRUE'].includes(value))
        return `builder-id=${workflowRunUrl(e)}`;
    if (['false', 'False', 'FALSE'].includes(value))
        return 'false';
    return withBuilderId(value, e);
}
function keyValue(input, entry, expected, secret) {
    const eq = entry.indexOf('=');
    if (eq <= 0) {
        const shown = secret ? 'an entry' : (0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(entry);
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, `${shown} is not ${expected}`, expected);
    }
    return [entry.slice(0, eq).trim(), entry.slice(eq + 1)];
}
const isPushing = (output) => {
    const f = (0,_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCsvRecord */ .b)(output);
    return (f.includes('type=registry') ||
        ((f.includes('type=image') || f.includes('type=oci')) && f.includes('push=true')));
};
function validatePushOutputs(outputs) {
    const byDigest = outputs.some((o) => {
        const f = (0,_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCsvRecord */ .b)(o);
        return isPushing(o) && f.includes('push-by-digest=true');
    });
    if (!byDigest) {
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('outputs', `${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(outputs.join('; '))} does not push by digest`, 'an image output with push-by-digest=true and push=true (or leave outputs empty)');
    }
}
function validateLocalOutputs(outputs) {
    const pushing = outputs.find(isPushing);
    if (pushing !== undefined) {
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('outputs', `${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(pushing)} pushes while push is false`, 'outputs that stay on the runner (type=docker, type=oci,dest=…, type=local,dest=…, type=cacheonly)');
    }
}
/**
 * What the build exports: `undefined` for no `--output` flag. A push by digest by default; a
 * validation build keeps nothing but the cache (`type=cacheonly`: no export, no warning) unless
 * it loads or names its outputs; a `--call` other than `build` exports nothing.
 */
function planOutputs(o, evaluating) {
    if (evaluating)
        return undefined;
    let outputs;
    if (o.push !== false) {
        outputs = [...(o.outputs ?? [defaultOutput(o.images)])];
        if (o.outputs !== undefined)
            validatePushOutputs(outputs);
    }
    else if (o.outputs !== undefined) {
        validateLocalOutputs(o.outputs);
        outputs = [...o.outputs];
    }
    else if (o.load) {
        return undefined;
    }
    else {
        outputs = ['type=cacheonly'];
    }
    if (!o.reproducible)
        return outputs;
    return outputs.map((out) => {
        const f = (0,_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCsvRecord */ .b)(out);
        const exportsImage = ['type=image', 'type=registry', 'type=oci', 'type=docker'].some((t) => f.includes(t));
        return exportsImage && !f.some((x) => x.startsWith('rewrite-timestamp='))
            ? `${out},rewrite-timestamp=true`
            : out;
    });
}
const isGhaCache = (entry) => (0,_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCsvRecord */ .b)(entry).includes('type=gha');
function buildInvocation(o, e) {
    const evaluating = o.call !== undefined && o.call !== 'build';
    const pushes = o.push !== false && !evaluating;
    if (pushes && o.images.length === 0 && o.outputs === undefined)
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('images', 'is empty', 'at least one image repository');
    const context = resolveContext(o.context, e);
    const pair = o.platform
        .split(',')
        .map((p) => p.replace(/\//g, '-'))
        .join('_');
    const outputs = planOutputs(o, evaluating);
    const scope = defaultCacheScope(o.images, pair);
    // A validation build reads the cache the release builds write and writes none unless asked.
    let cacheFrom = evaluating ? [] : (o.cacheFrom ?? [`type=gha,scope=${scope}`]);
    let cacheTo = evaluating
        ? []
        : (o.cacheTo ?? (pushes ? [`type=gha,scope=${scope},mode=max,ignore-error=true`] : []));
    const ghaAvailable = Boolean(e.env['ACTIONS_RUNTIME_TOKEN']);
    const droppedGhaCache = !ghaAvailable && [...cacheFrom, ...cacheTo].some(isGhaCache);
    if (!ghaAvailable) {
        cacheFrom = cacheFrom.filter((c) => !isGhaCache(c));
        cacheTo = cacheTo.filter((c) => !isGhaCache(c));
    }
    const hasProvenanceAttest = (o.attests ?? []).some((a) => (0,_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCsvRecord */ .b)(a).includes('type=provenance'));
    // A call other than build exports nothing, so there is nothing to attest.
    const provenance = evaluating
        ? undefined
        : o.reproducible
            ? 'false'
            : hasProvenanceAttest && (o.provenance ?? '') === ''
                ? undefined
                : provenanceValue(o.provenance, outputs ?? [], e);
    const args = ['buildx', 'build'];
    const many = (flag, values) => {
        for (const v of values ?? [])
            args.push(flag, v);
    };
    const one = (flag, value) => {
        if (value !== undefined && value !== '')
            args.push(flag, value);
    };
    many('--add-host', o.addHosts);
    many('--allow', o.allow);
    many('--annotation', o.annotations);
    many('--attest', o.attests);
    many('--build-arg', o.buildArgs);
    many('--build-context', o.buildContexts);
    many('--cache-from', cacheFrom);
    many('--cache-to', cacheTo);
    one('--call', o.call);
    one('--cgroup-parent', o.cgroupParent);
    one('--file', o.file);
    one('--iidfile', o.iidFile);
    many('--label', o.labels);
    many('--no-cache-filter', o.noCacheFilters);
    many('--output', outputs);
    one('--platform', o.platform);
    one('--provenance', provenance);
    one('--sbom', o.sbom);
    const secretFiles = [];
    const secretValues = [];
    const ids = new Set();
    for (const entry of o.secrets ?? []) {
        const [key, value] = keyValue('secrets', entry, 'KEY=value', true);
        const path = `${e.secretDir}/secret-${secretFiles.length + 1}`;
        secretFiles.push({ path, content: value });
        if (value !== '')
            secretValues.push(value);
        ids.add(key);
        args.push('--secret', `id=${key},src=${path}`);
    }
    for (const entry of o.secretFiles ?? []) {
        const [key, path] = keyValue('secret-files', entry, 'KEY=path', false);
        ids.add(key);
        args.push('--secret', csvField(`id=${key}`) + ',' + csvField(`src=${path}`));
    }
    for (const entry of o.secretEnvs ?? []) {
        const [key, name] = keyValue('secret-envs', entry, 'KEY=ENV_NAME', false);
        ids.add(key);
        args.push('--secret', `id=${key},env=${name}`);
    }
    const hasGitToken = [...ids].some((id) => id === 'GIT_AUTH_TOKEN' || id.startsWith('GIT_AUTH_TOKEN.'));
    if (o.githubToken && !hasGitToken && isGitContext(context)) {
        const path = `${e.secretDir}/secret-${secretFiles.length + 1}`;
        secretFiles.push({ path, content: o.githubToken });
        secretValues.push(o.githubToken);
        args.push('--secret', `id=GIT_AUTH_TOKEN,src=${path}`);
    }
    one('--shm-size', o.shmSize);
    many('--ssh', o.ssh);
    one('--target', o.target);
    many('--ulimit', o.ulimit);
    one('--builder', o.builder);
    if (o.load && !evaluating)
        args.push('--load');
    // A call's result is read from stdout; its metadata file would hold nothing we use.
    one('--metadata-file', evaluating ? undefined : o.metadataFile);
    one('--network', o.network);
    if (o.noCache)
        args.push('--no-cache');
    if (o.pull)
        args.push('--pull');
    args.push(context);
    return { args, secretFiles, secretValues, context, pushes, droppedGhaCache };
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
/* harmony import */ var _buildx_build_args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57264);
/* harmony import */ var _buildx_csv_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(82684);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62148);
/* harmony import */ var _base_input_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91114);
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9066);







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
    const lines = (0,_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .readList */ .LD)(raw, 'driver-opts');
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
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(first, `is set together with "builder" ${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(raw('builder'))}`, 'either "builder" (an existing builder, used as it is) or the inputs of a builder this action creates');
    }
    if (driver === 'remote') {
        if (endpoint === undefined)
            throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d('endpoint', 'is empty with driver "remote"', 'the address of the running buildkitd');
        if (!ENDPOINT.test(endpoint))
            throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d('endpoint', `${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(endpoint)} is not a BuildKit address`, 'tcp://host:port or unix:///path/to/buildkitd.sock');
        // These configure a daemon this action starts; a remote one is configured where it runs.
        for (const [name, set] of given.slice(3))
            if (set)
                throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(name, 'is set with driver "remote"', 'it empty: configure the remote buildkitd itself');
    }
    else if (endpoint !== undefined) {
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d('endpoint', `is set with driver "${driver}"`, 'an endpoint only with driver "remote" (the docker-container builder runs on the runner\'s Docker, kubernetes reads KUBECONFIG)');
    }
    if (config !== undefined && inline !== undefined) {
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d('buildkitd-config-inline', 'is set together with "buildkitd-config"', 'one of the two');
    }
    const qemuImage = raw('qemu-image') || DEFAULT_QEMU_IMAGE;
    try {
        (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReference */ .F2)(qemuImage);
    }
    catch (error) {
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d('qemu-image', error.message, `an image reference such as ${DEFAULT_QEMU_IMAGE}`);
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
        : `${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(text)} is not a driver this action can create`;
    throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d('driver', why, DRIVERS.join(', '));
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
        for (const field of (0,_buildx_csv_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCsvRecord */ .b)(line)) {
            const eq = field.indexOf('=');
            const key = field.slice(0, eq);
            if (eq <= 0 || !/^[A-Za-z][\w.-]*$/.test(key))
                throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d('driver-opts', `${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(field)} is not key=value`, 'key=value lines (e.g. image=moby/buildkit:v0.24.0)');
            if (TLS_OPTS.includes(key) && driver !== 'remote')
                throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d('driver-opts', `${key}= is an option of the remote driver, not of ${driver}`, 'TLS options only with driver "remote"');
            if (key === 'image' && driver === 'remote')
                throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d('driver-opts', 'image= is set with driver "remote"', 'no image: the remote driver connects to a running buildkitd');
            const value = TLS_FILES.includes(key)
                ? existingFile('driver-opts', field.slice(eq + 1), key)
                : field.slice(eq + 1);
            keys.add(key);
            out.push((0,_buildx_build_args_js__WEBPACK_IMPORTED_MODULE_2__/* .csvField */ .XR)(`${key}=${value}`));
        }
    }
    if (keys.has('cert') !== keys.has('key'))
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d('driver-opts', `${keys.has('cert') ? 'cert=' : 'key='} is set without ${keys.has('cert') ? 'key=' : 'cert='}`, 'the client certificate and its key together');
    return out;
}
function existingFile(input, path, what) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(absolute) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolute).isFile()) {
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(input, `${what ? `${what}=` : ''}${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(path)} does not exist`, 'the path of a file on the runner');
    }
    return absolute;
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


/***/ })

};
