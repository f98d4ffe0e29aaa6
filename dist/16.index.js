export const id = 16;
export const ids = [16];
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

/***/ 24016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseExportDigestInputs: () => (/* binding */ parseExportDigestInputs)
/* harmony export */ });
/* harmony import */ var _artifact_artifact_name_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80936);
/* harmony import */ var _meta_images_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89059);
/* harmony import */ var _oci_platform_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1890);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62148);
/* harmony import */ var _base_input_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91114);
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9066);






// The artifact service keeps artifacts 1 to 90 days (actions/upload-artifact README, "Limitations").
const MAX_RETENTION_DAYS = 90;
function parseExportDigestInputs(raw) {
    const inputs = { retentionDays: parseRetentionDays(raw('retention-days')) };
    const digest = raw('digest');
    if (digest !== '')
        inputs.given = parseGivenDigest(digest, raw);
    const context = raw('context');
    if (context !== '')
        inputs.context = context;
    const name = raw('artifact-name');
    if (name !== '') {
        const problem = (0,_artifact_artifact_name_js__WEBPACK_IMPORTED_MODULE_0__/* .artifactNameProblem */ .NH)(name);
        if (problem !== undefined) {
            throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d('artifact-name', `${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(name)}: ${problem}`, 'a name without " : < > | * ? \\ / or line breaks');
        }
        inputs.artifactName = name;
    }
    return inputs;
}
function parseRetentionDays(text) {
    if (text === '')
        return 1;
    const days = Number(text);
    if (!/^\d+$/.test(text) || days < 1 || days > MAX_RETENTION_DAYS) {
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d('retention-days', `${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(text)} is not a number of days`, `a whole number from 1 to ${MAX_RETENTION_DAYS}`);
    }
    return days;
}
function parseGivenDigest(digest, raw) {
    if (!(0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .isDigest */ .Bc)(digest) || !/^sha256:[0-9a-f]{64}$/.test(digest)) {
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d('digest', `${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(digest)} is not a sha256 digest`, 'sha256: and 64 lower-case hex digits');
    }
    const platformText = raw('platform');
    if (platformText === '') {
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d('platform', 'is empty, but "digest" is given', 'the platform the digest was built for, os/arch[/variant] (e.g. linux/arm64)');
    }
    let platform;
    try {
        platform = (0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq)((0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePlatform */ .Y8)(platformText));
    }
    catch {
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d('platform', `${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(platformText)} is not a platform`, 'os/arch[/variant], e.g. linux/arm64');
    }
    const images = (0,_meta_images_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImages */ .e)((0,_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .readList */ .LD)(raw, 'images', { comments: true }))
        .filter((image) => image.enable)
        .map((image) => {
        try {
            (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepository */ .SU)(image.name);
        }
        catch (error) {
            throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d('images', error.message, 'image names such as docker.io/langgenius/dify-api');
        }
        return image.name;
    });
    return { digest, platform, images };
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


/***/ })

};
