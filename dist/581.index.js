export const id = 581;
export const ids = [581];
export const modules = {

/***/ 92052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ parseLogins)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62148);
/* harmony import */ var _base_input_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91114);



const DOCKER_HUB = 'docker.io';
/**
 * Reads `registry`/`username`/`password` (docker/login-action's names) and `logins`, a YAML list of
 * the same three keys for several registries at once.
 */
function parseLogins(raw) {
    const logins = [];
    const username = raw('username');
    const password = raw('password');
    const registry = raw('registry');
    if (username !== '' || password !== '') {
        if (username === '')
            throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('username', 'is empty while "password" is set', 'both or neither');
        if (password === '') {
            // The usual cause: a secret that is not available (a fork's pull request).
            throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('password', `is empty while "username" is ${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .h)(username)}`, 'both or neither');
        }
        logins.push({ registry: registryName('registry', registry || DOCKER_HUB), username, password });
    }
    else if (registry !== '') {
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('registry', `${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .h)(registry)} is given without "username" and "password"`, 'credentials');
    }
    logins.push(...parseLoginList(raw('logins')));
    const seen = new Set();
    for (const login of logins) {
        const key = login.registry;
        if (seen.has(key))
            throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('logins', `registry ${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .h)(login.registry)} is listed twice`, 'one login per registry');
        seen.add(key);
    }
    return logins;
}
function parseLoginList(text) {
    if (text === '')
        return [];
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch (error) {
        const firstLine = error.message.split('\n')[0] ?? '';
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('logins', `is not valid YAML (${firstLine})`, 'a YAML list of {registry, username, password}');
    }
    if (!Array.isArray(doc)) {
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('logins', 'is not a list', 'a YAML list of {registry, username, password}');
    }
    return doc.map((entry, index) => {
        const where = `entry ${index + 1}`;
        if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
            throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('logins', `${where} is not a mapping`, 'keys registry, username, password');
        }
        const record = entry;
        const unknown = Object.keys(record).filter((k) => !['registry', 'username', 'password'].includes(k));
        if (unknown.length > 0) {
            throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('logins', `${where} has unknown key ${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .h)(unknown[0] ?? '')}`, 'keys registry, username, password');
        }
        const field = (name) => {
            const value = record[name];
            if (typeof value !== 'string' || value.trim() === '') {
                throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('logins', `${where} has no ${name}`, `a non-empty string for ${name}`);
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
function registryName(input, value) {
    try {
        return (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .normaliseRegistry */ .Me)(value);
    }
    catch {
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(input, `${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .h)(value)} is not a registry`, 'a host name with an optional port, e.g. ghcr.io');
    }
}


/***/ }),

/***/ 53581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseMergeInputs: () => (/* binding */ parseMergeInputs)
/* harmony export */ });
/* harmony import */ var _oci_annotations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62427);
/* harmony import */ var _oci_platform_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1890);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62148);
/* harmony import */ var _base_input_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91114);
/* harmony import */ var _login_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92052);
/* harmony import */ var _tag_references_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37836);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14133);
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9066);








function parseMergeInputs(raw) {
    const attestations = raw('attestations') || 'keep';
    if (attestations !== 'keep' && attestations !== 'strip') {
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('attestations', `${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(attestations)} is not a choice`, '"keep" or "strip"');
    }
    (0,_tag_references_js__WEBPACK_IMPORTED_MODULE_5__/* .refuseImageReferences */ .I)(raw('tags'));
    const runId = raw('run-id');
    if (runId !== '' && !/^\d+$/.test(runId)) {
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('run-id', `${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(runId)} is not a run id`, 'the digits of a workflow run id');
    }
    return {
        ...(raw('pattern') !== '' ? { pattern: raw('pattern') } : {}),
        ...(runId !== '' ? { runId } : {}),
        ...(raw('context') !== '' ? { context: raw('context') } : {}),
        metadata: (0,_metadata_js__WEBPACK_IMPORTED_MODULE_6__.parseMetadataInputs)(raw),
        sources: (0,_reader_js__WEBPACK_IMPORTED_MODULE_7__/* .readList */ .LD)(raw, 'sources', { comments: true }).map(parseSource),
        attestations,
        expectedPlatforms: (0,_reader_js__WEBPACK_IMPORTED_MODULE_7__/* .readList */ .LD)(raw, 'expected-platforms', { splitCommas: true }).map((text) => {
            try {
                return (0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePlatform */ .Y8)(text);
            }
            catch {
                throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('expected-platforms', `${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(text)} is not a platform`, 'os/arch[/variant], e.g. linux/arm64');
            }
        }),
        annotations: indexAnnotations((0,_reader_js__WEBPACK_IMPORTED_MODULE_7__/* .readList */ .LD)(raw, 'annotations')),
        dryRun: (0,_reader_js__WEBPACK_IMPORTED_MODULE_7__/* .readBoolean */ .Vf)(raw, 'dry-run', false),
        logins: (0,_login_js__WEBPACK_IMPORTED_MODULE_4__/* .parseLogins */ .w)(raw),
        insecureRegistries: (0,_reader_js__WEBPACK_IMPORTED_MODULE_7__/* .readList */ .LD)(raw, 'insecure-registries', { splitCommas: true }).map((text) => {
            try {
                return (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRepository */ .SU)(`${text}/x`).registry;
            }
            catch {
                throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('insecure-registries', `${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(text)} is not a registry`, 'host[:port]');
            }
        }),
    };
}
function parseSource(text) {
    if ((0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .isDigest */ .Bc)(text))
        return { text, digest: text };
    let ref;
    try {
        ref = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(text);
    }
    catch (error) {
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('sources', error.message, 'image@sha256:<64 hex> or sha256:<64 hex>');
    }
    if (ref.digest === undefined) {
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('sources', `${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(text)} has no digest`, 'image@sha256:<64 hex> or sha256:<64 hex>');
    }
    return { text, digest: ref.digest, repository: { registry: ref.registry, repository: ref.repository } };
}
/**
 * The merge writes an index, so only annotations for the index or its descriptors can apply;
 * lines without such a level are for `build` and `metadata` and are ignored here.
 */
function indexAnnotations(lines) {
    const typed = lines.filter((line) => /^(index|manifest-descriptor)[^:=]*:/.test(line));
    try {
        return (0,_oci_annotations_js__WEBPACK_IMPORTED_MODULE_0__/* .parseAnnotations */ .KX)(typed);
    }
    catch (error) {
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('annotations', error.message, 'index:key=value or manifest-descriptor[platform]:key=value');
    }
}


/***/ }),

/***/ 14133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseMetadataInputs: () => (/* binding */ parseMetadataInputs)
});

// EXTERNAL MODULE: ./src/base/input-error.ts
var input_error = __webpack_require__(91114);
// EXTERNAL MODULE: ./src/meta/fields.ts
var fields = __webpack_require__(2932);
;// CONCATENATED MODULE: ./src/meta/flavor.ts


const EXPECTED = 'latest=auto|true|false, prefix=<text>[,onlatest=true|false], suffix=<text>[,onlatest=true|false]';
function parseFlavor(lines) {
    const flavor = { latest: 'auto', prefix: '', prefixLatest: false, suffix: '', suffixLatest: false };
    for (const line of lines) {
        let onLatestFor;
        for (const field of (0,fields/* splitFields */.K)(line, 'flavor', EXPECTED)) {
            const bad = (problem, expected = EXPECTED) => {
                throw new input_error/* InputError */.d('flavor', `${(0,input_error/* quote */.h)(line)} ${problem}`, expected);
            };
            switch (field.key) {
                case undefined:
                    return bad(`has ${(0,input_error/* quote */.h)(field.value)} without a key`);
                case 'latest':
                    if (field.value !== 'auto' && field.value !== 'true' && field.value !== 'false') {
                        bad(`has latest=${(0,input_error/* quote */.h)(field.value)}`, 'latest=auto, latest=true or latest=false');
                    }
                    flavor.latest = field.value;
                    break;
                case 'prefix':
                    flavor.prefix = field.value;
                    onLatestFor = 'prefix';
                    break;
                case 'suffix':
                    flavor.suffix = field.value;
                    onLatestFor = 'suffix';
                    break;
                case 'onlatest':
                    if (field.value !== 'true' && field.value !== 'false')
                        bad(`has onlatest=${(0,input_error/* quote */.h)(field.value)}`, 'onlatest=true or onlatest=false');
                    if (onLatestFor === 'prefix')
                        flavor.prefixLatest = field.value === 'true';
                    else if (onLatestFor === 'suffix')
                        flavor.suffixLatest = field.value === 'true';
                    else
                        bad('has onlatest without a prefix or suffix before it');
                    break;
                default:
                    bad(`has unknown key ${(0,input_error/* quote */.h)(field.key)}`);
            }
        }
    }
    return flavor;
}

// EXTERNAL MODULE: ./src/meta/images.ts
var meta_images = __webpack_require__(89059);
// EXTERNAL MODULE: ./src/meta/tag-rules.ts
var tag_rules = __webpack_require__(87607);
// EXTERNAL MODULE: ./src/inputs/reader.ts
var reader = __webpack_require__(9066);
;// CONCATENATED MODULE: ./src/inputs/metadata.ts





// The runner trims inputs, so a newline separator arrives empty: empty means the default.
const separator = (value) => (value === '' ? '\n' : value);
function parseMetadataInputs(raw) {
    const source = raw('metadata-source') || 'workflow';
    if (source !== 'workflow' && source !== 'git') {
        throw new input_error/* InputError */.d('metadata-source', `${(0,input_error/* quote */.h)(source)} is not a source`, '"workflow" or "git"');
    }
    const bakeTarget = raw('bake-target') || 'docker-metadata-action';
    if (/\s/.test(bakeTarget))
        throw new input_error/* InputError */.d('bake-target', `${(0,input_error/* quote */.h)(bakeTarget)} contains spaces`, 'a bake target name');
    return {
        images: (0,meta_images/* parseImages */.e)((0,reader/* readList */.LD)(raw, 'images', { comments: true })),
        tags: (0,tag_rules/* parseTagRules */.hh)((0,reader/* readList */.LD)(raw, 'tags', { comments: true })),
        flavor: parseFlavor((0,reader/* readList */.LD)(raw, 'flavor', { comments: true })),
        labels: (0,reader/* readList */.LD)(raw, 'labels'),
        annotations: (0,reader/* readList */.LD)(raw, 'annotations'),
        sepTags: separator(raw('sep-tags')),
        sepLabels: separator(raw('sep-labels')),
        sepAnnotations: separator(raw('sep-annotations')),
        bakeTarget,
        source,
        githubToken: raw('github-token'),
    };
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

/***/ 37836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ refuseImageReferences)
/* harmony export */ });
/* harmony import */ var _base_input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91114);

/**
 * build-push-action's `tags` are full references (`ghcr.io/org/app:1.2`); here `tags` are
 * metadata-action rules and a bare line is a raw tag, which would mangle such a reference into
 * `ghcr.io-org-app-1.2`. Refuse it and say where each half goes.
 */
function refuseImageReferences(tags) {
    for (const line of tags.split(/\r?\n/).map((l) => l.trim())) {
        if (line === '' || line.startsWith('#') || line.includes('='))
            continue;
        if (/[/:@]/.test(line)) {
            throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('tags', `${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(line)} is an image reference (build-push-action's grammar)`, 'metadata-action tag rules such as "type=raw,value=1.2"; the repository goes in "images"');
        }
    }
}


/***/ }),

/***/ 89059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ parseImages)
/* harmony export */ });
/* harmony import */ var _base_input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91114);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2932);


const EXPECTED = 'an image name such as ghcr.io/owner/app, or name=<image>,enable=<true|false>';
// distribution/reference grammar: optional domain, then lowercase path components; no tag or digest.
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN = '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?';
const NAME = new RegExp(`^(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*$`);
function checkName(name, line) {
    const lower = name.toLowerCase();
    if (lower === '')
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('images', `${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(line)} has an empty name`, EXPECTED);
    if (!NAME.test(lower) || lower.length > 255) {
        const hint = /[:@][^/]*$/.test(lower) && !/^[^/]+:\d+\//.test(lower) ? ' (a tag or digest is not allowed here)' : '';
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('images', `${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(name)} is not a valid image name${hint}`, EXPECTED);
    }
    return lower;
}
/**
 * Parses `images` lines. As in docker/metadata-action, a single line of bare names may be
 * comma-separated (`name/app,ghcr.io/name/app`); otherwise each line is one entry. Names are
 * lower-cased, then checked against the reference grammar.
 */
function parseImages(lines) {
    const first = lines[0];
    if (lines.length === 1 && first !== undefined) {
        const fields = (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .splitFields */ .K)(first, 'images', EXPECTED);
        if (fields.every((f) => f.key === undefined)) {
            return fields
                .filter((f) => f.value !== '')
                .map((f) => ({ name: checkName(f.value, first), enable: true }));
        }
    }
    return lines.map((line) => {
        const image = { name: '', enable: true };
        for (const field of (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .splitFields */ .K)(line, 'images', EXPECTED)) {
            if (field.key === undefined || field.key === 'name')
                image.name = field.value;
            else if (field.key === 'enable') {
                if (field.value !== 'true' && field.value !== 'false') {
                    throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('images', `${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(line)} has enable=${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(field.value)}`, 'enable=true or enable=false');
                }
                image.enable = field.value === 'true';
            }
            else
                throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('images', `${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(line)} has unknown attribute ${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(field.key)}`, EXPECTED);
        }
        image.name = checkName(image.name, line);
        return image;
    });
}


/***/ }),

/***/ 87607:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H0: () => (/* binding */ matchRegExp),
/* harmony export */   NE: () => (/* binding */ partRegExp),
/* harmony export */   hh: () => (/* binding */ parseTagRules)
/* harmony export */ });
/* unused harmony exports DEFAULT_PRIORITIES, TAG_TYPES, DEFAULT_TAG_LINES, parseTagRule */
/* harmony import */ var _base_input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91114);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2932);


/** Tag types and their default priorities (docker/metadata-action README, "priority attribute"). */
const DEFAULT_PRIORITIES = {
    schedule: 1000,
    semver: 900,
    pep440: 900,
    match: 800,
    edge: 700,
    ref: 600,
    raw: 200,
    sha: 100,
};
const TAG_TYPES = Object.keys(DEFAULT_PRIORITIES);
const ATTRIBUTES = [
    'type',
    'enable',
    'priority',
    'prefix',
    'suffix',
    'pattern',
    'value',
    'group',
    'event',
    'format',
    'branch',
    'match',
];
const EXPECTED = 'type=<schedule|semver|pep440|match|edge|ref|raw|sha> with key=value attributes, or a bare tag';
/** The rules metadata-action uses when `tags` is empty. */
const DEFAULT_TAG_LINES = [
    'type=schedule',
    'type=ref,event=branch',
    'type=ref,event=tag',
    'type=ref,event=pr',
];
function fail(line, problem, expected = EXPECTED) {
    throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('tags', `${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(line)} ${problem}`, expected);
}
/** Compiles a `match` pattern: `/re/flags` or a plain regular expression. */
function matchRegExp(pattern) {
    const literal = /^\/(.+)\/(.*)$/.exec(pattern);
    return literal ? new RegExp(literal[1] ?? '', literal[2]) : new RegExp(pattern);
}
/** Compiles a semver or pep440 `match` as metadata-action does (`String.prototype.match`). */
function partRegExp(pattern) {
    return new RegExp(pattern);
}
function parseTagRule(line) {
    let type;
    const attrs = {};
    const ignored = [];
    for (const field of (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .splitFields */ .K)(line, 'tags', EXPECTED)) {
        if (field.key === undefined) {
            attrs['value'] = field.value;
        }
        else if (field.key === 'type') {
            if (!TAG_TYPES.includes(field.value)) {
                fail(line, `has unknown type ${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(field.value)}`, `one of ${TAG_TYPES.join(', ')}`);
            }
            type = field.value;
        }
        else if (!ATTRIBUTES.includes(field.key)) {
            ignored.push(field.key);
        }
        else {
            attrs[field.key] = field.value;
        }
    }
    type ??= 'raw';
    const need = (name) => {
        if (!Object.hasOwn(attrs, name))
            fail(line, `has no ${name} attribute`, `type=${type} with ${name}=...`);
    };
    switch (type) {
        case 'schedule':
            attrs['pattern'] ??= 'nightly';
            break;
        case 'semver':
        case 'pep440':
            need('pattern');
            attrs['value'] ??= '';
            attrs['match'] ??= '';
            try {
                partRegExp(attrs['match'] ?? '');
            }
            catch (error) {
                fail(line, `has an invalid match expression (${error.message})`, 'a JavaScript regular expression');
            }
            break;
        case 'match': {
            need('pattern');
            attrs['group'] ??= '0';
            attrs['value'] ??= '';
            if (!/^\d+$/.test(attrs['group'] ?? ''))
                fail(line, `has group ${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(attrs['group'] ?? '')}`, 'a capture group number');
            try {
                matchRegExp(attrs['pattern'] ?? '');
            }
            catch (error) {
                fail(line, `has an invalid regular expression (${error.message})`, 'a JavaScript regular expression');
            }
            break;
        }
        case 'edge':
            attrs['branch'] ??= '';
            break;
        case 'ref':
            need('event');
            if (!['branch', 'tag', 'pr'].includes(attrs['event'] ?? '')) {
                fail(line, `has event ${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(attrs['event'] ?? '')}`, 'event=branch, event=tag or event=pr');
            }
            if (attrs['event'] === 'pr')
                attrs['prefix'] ??= 'pr-';
            break;
        case 'raw':
            need('value');
            break;
        case 'sha':
            attrs['prefix'] ??= 'sha-';
            attrs['format'] ??= 'short';
            if (!['short', 'long'].includes(attrs['format'] ?? '')) {
                fail(line, `has format ${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(attrs['format'] ?? '')}`, 'format=short or format=long');
            }
            break;
    }
    attrs['enable'] ??= 'true';
    const enable = attrs['enable'] ?? '';
    if (!enable.includes('{{') && !['true', 'false'].includes(enable)) {
        fail(line, `has enable=${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(enable)}`, 'enable=true, enable=false or an expression such as {{is_default_branch}}');
    }
    attrs['priority'] ??= String(DEFAULT_PRIORITIES[type]);
    if (!/^-?\d+$/.test(attrs['priority'] ?? '')) {
        fail(line, `has priority ${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(attrs['priority'] ?? '')}`, 'an integer priority');
    }
    return { type, attrs, source: line, ignored };
}
/** Parses the `tags` lines (defaults when there are none), sorted by priority, highest first (stable). */
function parseTagRules(lines) {
    const rules = (lines.length > 0 ? lines : DEFAULT_TAG_LINES).map(parseTagRule);
    return rules.sort((a, b) => Number(b.attrs['priority']) - Number(a.attrs['priority']));
}


/***/ }),

/***/ 62427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KX: () => (/* binding */ parseAnnotations),
/* harmony export */   n_: () => (/* binding */ applyAnnotations)
/* harmony export */ });
/* unused harmony export parseAnnotation */
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1890);

const TYPE = /^([a-z-]+)(?:\[([A-Za-z0-9_/-]+)\])?$/;
/**
 * Parses one spec into one entry per type. Throws a plain Error whose message is buildx's own
 * wording where buildx has one (the caller wraps it in an InputError).
 */
function parseAnnotation(text) {
    const eq = text.indexOf('=');
    if (eq < 0)
        throw new Error(`invalid annotation ${JSON.stringify(text)}, expected key=value`);
    const left = text.slice(0, eq);
    const value = text.slice(eq + 1);
    const colon = left.indexOf(':');
    // No type at all: buildx accepts it while parsing, then refuses to build the index with it.
    if (colon < 0)
        throw new Error(`"" annotations are not supported yet`);
    const key = left.slice(colon + 1);
    if (key === '')
        throw new Error(`invalid annotation ${JSON.stringify(text)}, expected a non-empty key`);
    return left
        .slice(0, colon)
        .split(',')
        .map((typeAndPlatform) => {
        const m = TYPE.exec(typeAndPlatform);
        if (m === null) {
            throw new Error(`invalid annotation type ${JSON.stringify(typeAndPlatform)}, expected type and optional platform in square brackets`);
        }
        const type = m[1];
        const target = checkType(type);
        const spec = { text, target, key, value };
        if (m[2] !== undefined) {
            try {
                spec.platform = (0,_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePlatform */ .Y8)(m[2]);
            }
            catch (err) {
                throw new Error(`invalid platform ${JSON.stringify(m[2])}: ${err.message}`);
            }
        }
        return spec;
    });
}
function checkType(type) {
    switch (type) {
        case 'index':
        case 'manifest-descriptor':
            return type;
        case 'manifest':
            throw new Error(`"manifest" annotations are not supported yet`);
        case 'index-descriptor':
            throw new Error(`"index-descriptor" annotations are invalid while creating an image`);
        default:
            throw new Error(`unknown annotation type ${JSON.stringify(type)}`);
    }
}
/** Parses a list of specs; empty lines are skipped as buildx skips empty flags. */
function parseAnnotations(texts) {
    return texts.filter((t) => t !== '').flatMap(parseAnnotation);
}
/**
 * Applies specs to an OCI index being built. Later specs override earlier ones for the same key
 * (buildx walks a Go map here, so its order for a key set twice is random; ours is the flag order).
 * A platform-scoped spec matches a descriptor whose platform formats the same, as buildx compares
 * `platforms.Format` strings (the descriptor's platform is not normalized first).
 */
function applyAnnotations(manifests, specs) {
    const index = {};
    const out = manifests.map((d) => ({ ...d, annotations: { ...d.annotations } }));
    for (const spec of specs) {
        if (spec.target === 'index') {
            index[spec.key] = spec.value;
            continue;
        }
        const wanted = spec.platform === undefined ? undefined : (0,_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPlatform */ .Bq)(spec.platform);
        for (const d of out) {
            if (wanted === undefined || (d.platform !== undefined && (0,_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPlatform */ .Bq)(d.platform) === wanted)) {
                d.annotations[spec.key] = spec.value;
            }
        }
    }
    return { index, manifests: out.map(dropEmptyAnnotations) };
}
function dropEmptyAnnotations(d) {
    if (d.annotations === undefined || Object.keys(d.annotations).length > 0)
        return d;
    const { annotations: _unused, ...rest } = d;
    return rest;
}


/***/ })

};
