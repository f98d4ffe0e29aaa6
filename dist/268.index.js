export const id = 268;
export const ids = [268];
export const modules = {

/***/ 2932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ splitFields)
/* harmony export */ });
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40712);
/* harmony import */ var _base_input_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91114);


/**
 * Splits one rule line into fields the way docker/metadata-action does: the line is one CSV
 * record (so `"pattern=a,b"` keeps its comma), and each field splits at its first `=`, both
 * sides trimmed.
 */
function splitFields(line, input, expected) {
    const fields = [];
    for (const raw of csvRecord(line, input, expected)) {
        const eq = raw.indexOf('=');
        if (eq < 0) {
            fields.push({ key: undefined, value: raw.trim() });
            continue;
        }
        const key = raw.slice(0, eq).trim().toLowerCase();
        if (key === '')
            throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(input, `${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(line)} has a field with no name (${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(raw)})`, expected);
        fields.push({ key, value: raw.slice(eq + 1).trim() });
    }
    return fields;
}
/**
 * A line without quotes or line breaks is one CSV record split at its commas; only a line with a
 * quote needs the parser (whose first run costs a few ms of a step's start-up).
 */
function csvRecord(line, input, expected) {
    if (!/["\r\n]/.test(line))
        return line === '' ? [] : line.split(',');
    try {
        const records = (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .q)(line, {
            relax_column_count: true,
            relax_quotes: true,
            skip_empty_lines: true,
        });
        return records[0] ?? [];
    }
    catch (error) {
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(input, `cannot read ${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(line)} (${error.message})`, expected);
    }
}


/***/ }),

/***/ 47592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GE: () => (/* binding */ parsePlatformObject),
/* harmony export */   Tp: () => (/* binding */ parseDocument),
/* harmony export */   sM: () => (/* binding */ detectMediaType)
/* harmony export */ });
/* unused harmony exports parseIndex, parseManifest, parseDescriptor */
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68825);
/* harmony import */ var _go_decode_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82882);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29217);



/**
 * The media type of a manifest document as buildx sniffs it when the registry did not say
 * (`util/imagetools/create.go` `detectMediaType`): its `mediaType` field, else `config` present
 * means a Docker schema 2 manifest, `fsLayers` means schema 1, and anything else a Docker list.
 */
function detectMediaType(bytes) {
    const doc = (0,_go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonObject */ .dw)(bytes, 'manifest');
    const f = (0,_go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .goFields */ .sE)(doc, ['mediaType', 'config', 'fsLayers']);
    const declared = (0,_go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .goString */ .WF)(f.mediaType, 'mediaType');
    if (declared !== '')
        return declared;
    if (f.config !== undefined && f.config !== null)
        return _media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.dockerManifest;
    if (Array.isArray(f.fsLayers) && f.fsLayers.length > 0)
        return _media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.dockerSchema1;
    return _media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.dockerList;
}
/**
 * Parses a manifest or index. `mediaType` is what the registry reported (Content-Type); when
 * empty the body is sniffed as buildx does. Schema 1 and non-manifest types are refused.
 */
function parseDocument(bytes, mediaType = '') {
    const type = mediaType === '' ? detectMediaType(bytes) : mediaType;
    if ((0,_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isSchema1 */ .Pr)(type))
        throw new _go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .OciFormatError */ .bj('schema1 manifests are not allowed in manifest lists');
    if ((0,_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndex */ .nw)(type))
        return { kind: 'index', index: parseIndex(bytes, type) };
    if ((0,_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isManifest */ .Yh)(type))
        return { kind: 'manifest', manifest: parseManifest(bytes, type) };
    throw new _go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .OciFormatError */ .bj(`unsupported media type ${JSON.stringify(type)}: expected an image manifest or index`);
}
/** Parses an image index or Docker manifest list; `fallbackMediaType` fills a missing field. */
function parseIndex(bytes, fallbackMediaType = '') {
    const doc = (0,_go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonObject */ .dw)(bytes, 'index');
    const f = (0,_go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .goFields */ .sE)(doc, ['schemaVersion', 'mediaType', 'manifests', 'annotations']);
    if (f.manifests !== undefined && f.manifests !== null && !Array.isArray(f.manifests)) {
        throw new _go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .OciFormatError */ .bj('index: manifests: expected an array');
    }
    const list = (f.manifests ?? []);
    const annotations = (0,_go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .goStringMap */ .KM)(f.annotations, 'index: annotations');
    return {
        schemaVersion: schemaVersion(f.schemaVersion, 'index'),
        mediaType: (0,_go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .goString */ .WF)(f.mediaType, 'index: mediaType') || fallbackMediaType,
        manifests: list.map((d, i) => parseDescriptor(d, `index: manifests[${i}]`)),
        ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
    };
}
/** Parses a single-platform image manifest (OCI or Docker schema 2). */
function parseManifest(bytes, fallbackMediaType = '') {
    const doc = (0,_go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonObject */ .dw)(bytes, 'manifest');
    const f = (0,_go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .goFields */ .sE)(doc, ['schemaVersion', 'mediaType', 'config', 'layers', 'annotations']);
    if (!Array.isArray(f.layers ?? []))
        throw new _go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .OciFormatError */ .bj('manifest: layers: expected an array');
    const layers = (f.layers ?? []);
    const annotations = (0,_go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .goStringMap */ .KM)(f.annotations, 'manifest: annotations');
    return {
        schemaVersion: schemaVersion(f.schemaVersion, 'manifest'),
        mediaType: (0,_go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .goString */ .WF)(f.mediaType, 'manifest: mediaType') || fallbackMediaType,
        config: parseDescriptor(f.config, 'manifest: config'),
        layers: layers.map((d, i) => parseDescriptor(d, `manifest: layers[${i}]`)),
        ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
    };
}
function schemaVersion(value, where) {
    if (value !== 2)
        throw new _go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .OciFormatError */ .bj(`${where}: schemaVersion must be 2`);
    return 2;
}
/** Validates one descriptor object; `where` names it in errors. */
function parseDescriptor(value, where) {
    if (!(0,_go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(value))
        throw new _go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .OciFormatError */ .bj(`${where}: expected a descriptor object`);
    const f = (0,_go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .goFields */ .sE)(value, [
        'mediaType',
        'digest',
        'size',
        'urls',
        'annotations',
        'data',
        'platform',
        'artifactType',
    ]);
    const mediaType = (0,_go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .goString */ .WF)(f.mediaType, `${where}.mediaType`);
    if (mediaType === '')
        throw new _go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .OciFormatError */ .bj(`${where}.mediaType: required`);
    const digest = (0,_go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .goString */ .WF)(f.digest, `${where}.digest`);
    if (!(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .isDigest */ .Bc)(digest))
        throw new _go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .OciFormatError */ .bj(`${where}.digest: ${JSON.stringify(digest)} is not a digest`);
    if (typeof f.size !== 'number' || !Number.isSafeInteger(f.size) || f.size < 0) {
        throw new _go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .OciFormatError */ .bj(`${where}.size: expected a non-negative integer`);
    }
    const out = { mediaType, digest, size: f.size };
    const urls = (0,_go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .goStrings */ .tJ)(f.urls, `${where}.urls`);
    if (urls.length > 0)
        out.urls = urls;
    const annotations = (0,_go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .goStringMap */ .KM)(f.annotations, `${where}.annotations`);
    if (Object.keys(annotations).length > 0)
        out.annotations = annotations;
    const data = (0,_go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .goString */ .WF)(f.data, `${where}.data`);
    if (data !== '') {
        // Go decodes []byte from standard padded base64 and re-encodes it; only canonical input
        // survives that round trip unchanged.
        if (Buffer.from(data, 'base64').toString('base64') !== data) {
            throw new _go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .OciFormatError */ .bj(`${where}.data: not canonical base64`);
        }
        out.data = data;
    }
    if (f.platform !== undefined && f.platform !== null)
        out.platform = parsePlatformObject(f.platform, `${where}.platform`);
    const artifactType = (0,_go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .goString */ .WF)(f.artifactType, `${where}.artifactType`);
    if (artifactType !== '')
        out.artifactType = artifactType;
    return out;
}
/** A `platform` object (descriptor) or the platform fields of an image config. */
function parsePlatformObject(value, where) {
    if (!(0,_go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(value))
        throw new _go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .OciFormatError */ .bj(`${where}: expected an object`);
    const f = (0,_go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .goFields */ .sE)(value, ['architecture', 'os', 'os.version', 'os.features', 'variant']);
    const p = {
        architecture: (0,_go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .goString */ .WF)(f.architecture, `${where}.architecture`),
        os: (0,_go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .goString */ .WF)(f.os, `${where}.os`),
    };
    const osVersion = (0,_go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .goString */ .WF)(f['os.version'], `${where}.os.version`);
    if (osVersion !== '')
        p.osVersion = osVersion;
    const osFeatures = (0,_go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .goStrings */ .tJ)(f['os.features'], `${where}.os.features`);
    if (osFeatures.length > 0)
        p.osFeatures = osFeatures;
    const variant = (0,_go_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .goString */ .WF)(f.variant, `${where}.variant`);
    if (variant !== '')
        p.variant = variant;
    return p;
}


/***/ }),

/***/ 68825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   U2: () => (/* binding */ digestMatches),
/* harmony export */   sI: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Content digests (`opencontainers/go-digest`, image-spec `descriptor.md#digests`):
 * `algorithm ":" encoded`; sha256 and sha512 encodings are lowercase hex of fixed length.
 */
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
const HEX_LENGTH = { sha256: 64, sha512: 128 };
/** True when `s` is a well-formed digest (and, for sha256/sha512, of the right hex length). */
function isDigest(s) {
    if (!DIGEST.test(s))
        return false;
    const [algorithm, encoded] = s.split(':', 2);
    const length = HEX_LENGTH[algorithm];
    return length === undefined || (encoded.length === length && /^[0-9a-f]+$/.test(encoded));
}
/** `sha256:<hex>` of the bytes: what a registry answers as `Docker-Content-Digest`. */
function sha256Digest(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}
/**
 * Whether `bytes` hash to `digest`. Only sha256 and sha512 can be checked; other algorithms
 * answer `undefined` (unknown) rather than a false "mismatch".
 */
function digestMatches(digest, bytes) {
    const [algorithm, encoded] = digest.split(':', 2);
    if (algorithm !== 'sha256' && algorithm !== 'sha512')
        return undefined;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex') === encoded;
}


/***/ }),

/***/ 82882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   KM: () => (/* binding */ goStringMap),
/* harmony export */   WF: () => (/* binding */ goString),
/* harmony export */   bj: () => (/* binding */ OciFormatError),
/* harmony export */   dw: () => (/* binding */ parseJsonObject),
/* harmony export */   sE: () => (/* binding */ goFields),
/* harmony export */   tJ: () => (/* binding */ goStrings)
/* harmony export */ });
/**
 * Helpers that read a parsed JSON document the way Go's `encoding/json` fills a struct, so that
 * what we copy out of a source index is what buildx would copy: unknown fields are dropped, a
 * key matches a field exactly or else case-insensitively, and the last matching key wins.
 */
/** Thrown for a manifest, index or config that is not what its media type promises. */
class OciFormatError extends Error {
    name = 'OciFormatError';
}
/** Parses bytes as a JSON object (a document, not a bare value). */
function parseJsonObject(bytes, what) {
    let value;
    try {
        // Like Go, invalid UTF-8 becomes U+FFFD instead of failing.
        value = JSON.parse(new TextDecoder('utf-8').decode(bytes));
    }
    catch (err) {
        throw new OciFormatError(`${what}: not valid JSON (${err.message})`);
    }
    if (!isObject(value))
        throw new OciFormatError(`${what}: expected a JSON object`);
    return value;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * Picks the struct fields `names` out of `obj` as Go does: per JSON key, an exact field name
 * match, else an ASCII case-insensitive one; a later key overwrites an earlier one.
 */
function goFields(obj, names) {
    const out = {};
    const folded = new Map(names.map((n) => [n.toLowerCase(), n]));
    for (const [key, value] of Object.entries(obj)) {
        const field = names.includes(key) ? key : folded.get(key.toLowerCase());
        if (field !== undefined)
            out[field] = value;
    }
    return out;
}
/** A Go `string` field: absent or null is "", anything but a string is an error. */
function goString(value, where) {
    if (value === undefined || value === null)
        return '';
    if (typeof value !== 'string')
        throw new OciFormatError(`${where}: expected a string`);
    return value;
}
/** A Go `[]string` field: absent or null is empty. */
function goStrings(value, where) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value))
        throw new OciFormatError(`${where}: expected an array of strings`);
    return value.map((v, i) => goString(v, `${where}[${i}]`));
}
/** A Go `map[string]string` field: absent or null is empty. */
function goStringMap(value, where) {
    if (value === undefined || value === null)
        return {};
    if (!isObject(value))
        throw new OciFormatError(`${where}: expected an object of strings`);
    const out = {};
    for (const [k, v] of Object.entries(value))
        out[k] = goString(v, `${where}.${k}`);
    return out;
}


/***/ }),

/***/ 29217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ isDockerType),
/* harmony export */   BJ: () => (/* binding */ MANIFEST_ACCEPT_HEADER),
/* harmony export */   Pr: () => (/* binding */ isSchema1),
/* harmony export */   Yh: () => (/* binding */ isManifest),
/* harmony export */   gp: () => (/* binding */ manifestMediaType),
/* harmony export */   nw: () => (/* binding */ isIndex),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
/* unused harmony export MANIFEST_ACCEPT */
/**
 * Manifest and config media types, as named in image-spec
 * (`opencontainers/image-spec:specs-go/v1/mediatype.go`) and containerd's `images/mediatypes.go`
 * (the Docker ones).
 */
const MediaType = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
    dockerSchema1: 'application/vnd.docker.distribution.manifest.v1+json',
    dockerSchema1Signed: 'application/vnd.docker.distribution.manifest.v1+prettyjws',
    inToto: 'application/vnd.in-toto+json',
    attestationManifest: 'application/vnd.docker.attestation.manifest.v1+json',
};
/**
 * The Accept header containerd's resolver (and so buildx) sends on manifest HEAD/GET
 * (`containerd/v2/core/remotes/docker/resolver.go`): both list types, both manifest types, then
 * anything, so a registry never falls back to a schema1 conversion.
 */
const MANIFEST_ACCEPT = [
    MediaType.dockerManifest,
    MediaType.dockerList,
    MediaType.ociManifest,
    MediaType.ociIndex,
    '*/*',
];
/** `MANIFEST_ACCEPT` joined for an HTTP header. */
const MANIFEST_ACCEPT_HEADER = MANIFEST_ACCEPT.join(', ');
/** An image index or a Docker manifest list: something whose children are manifests. */
function isIndex(mediaType) {
    return mediaType === MediaType.ociIndex || mediaType === MediaType.dockerList;
}
/** A single-platform image manifest (OCI or Docker schema 2). */
function isManifest(mediaType) {
    return mediaType === MediaType.ociManifest || mediaType === MediaType.dockerManifest;
}
/** Docker schema 1, which neither buildx nor we accept inside a list. */
function isSchema1(mediaType) {
    return mediaType === MediaType.dockerSchema1 || mediaType === MediaType.dockerSchema1Signed;
}
/**
 * A Docker (not OCI) media type. buildx makes the result a Docker manifest list only when every
 * child descriptor passes this prefix test (`util/imagetools/create.go`).
 */
function isDockerType(mediaType) {
    return mediaType.startsWith('application/vnd.docker.');
}
/**
 * The media type of manifest bytes a registry served: the `mediaType` field, else the server's
 * Content-Type when it names a manifest or index, else sniffed as buildx does (`config` -> Docker
 * manifest, `manifests` -> Docker list). Schema 1 is refused.
 */
function manifestMediaType(bytes, contentType) {
    try {
        const doc = JSON.parse(Buffer.from(bytes).toString('utf8'));
        if (typeof doc.mediaType === 'string' && doc.mediaType !== '')
            return doc.mediaType;
        if (doc.fsLayers !== undefined)
            throw new Error('schema1 manifests are not supported');
        if (contentType && (isIndex(contentType) || isManifest(contentType)))
            return contentType;
        if (doc.config !== undefined)
            return MediaType.dockerManifest;
        if (Array.isArray(doc.manifests))
            return MediaType.dockerList;
    }
    catch (error) {
        if (error instanceof Error && error.message.startsWith('schema1'))
            throw error;
    }
    return contentType?.split(';')[0]?.trim() ?? '';
}


/***/ }),

/***/ 1890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   FL: () => (/* binding */ normalizePlatform),
/* harmony export */   M3: () => (/* binding */ platformFromConfig),
/* harmony export */   Y8: () => (/* binding */ parsePlatform)
/* harmony export */ });
/* unused harmony exports tryParsePlatform, platformPair, samePlatform */
/* harmony import */ var _descriptor_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47592);
/* harmony import */ var _go_decode_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82882);


/**
 * Platforms as containerd writes and compares them (`containerd/platforms`: `platforms.go`,
 * `database.go`). Only the strict `os/arch[/variant]` form is accepted from users: the short
 * forms containerd also takes (`arm64`, `linux`) depend on the host, which a merge must not.
 */
const PART = /^[a-z0-9_.-]+$/;
/**
 * Parses `os/arch[/variant]`, lower-cased and normalized. Throws a plain Error naming what is
 * wrong; the caller wraps it in an InputError naming the input.
 */
function parsePlatform(text) {
    const parts = text.trim().toLowerCase().split('/');
    if (parts.length < 2 || parts.length > 3 || parts.some((p) => !PART.test(p))) {
        throw new Error(`invalid platform ${JSON.stringify(text)}: expected os/arch or os/arch/variant`);
    }
    const [os, architecture, variant] = parts;
    return normalizePlatform({ os, architecture, ...(variant !== undefined ? { variant } : {}) });
}
/** Like `parsePlatform`, but answers undefined instead of throwing. */
function tryParsePlatform(text) {
    try {
        return parsePlatform(text);
    }
    catch {
        return undefined;
    }
}
/**
 * containerd's `Normalize`: lower-case; `macos` -> `darwin`; `i386` -> `386`; `x86_64`/`x86-64` ->
 * `amd64` (variant `v1` dropped); `aarch64` -> `arm64` (variant `8`/`v8`/`v8.0` dropped, `9`/`9.0`/
 * `v9.0` -> `v9`); `armhf` -> `arm/v7`; `armel` -> `arm/v6`; `arm` without variant (or `7`) -> `v7`,
 * `5`/`6`/`8` -> `v5`/`v6`/`v8`. An empty os stays empty (containerd would use the host's).
 */
function normalizePlatform(p) {
    let os = p.os.toLowerCase();
    if (os === 'macos')
        os = 'darwin';
    let arch = p.architecture.toLowerCase();
    let variant = (p.variant ?? '').toLowerCase();
    switch (arch) {
        case 'i386':
            arch = '386';
            variant = '';
            break;
        case 'x86_64':
        case 'x86-64':
        case 'amd64':
            arch = 'amd64';
            if (variant === 'v1')
                variant = '';
            break;
        case 'aarch64':
        case 'arm64':
            arch = 'arm64';
            if (variant === '8' || variant === 'v8' || variant === 'v8.0')
                variant = '';
            else if (variant === '9' || variant === '9.0' || variant === 'v9.0')
                variant = 'v9';
            break;
        case 'armhf':
            arch = 'arm';
            variant = 'v7';
            break;
        case 'armel':
            arch = 'arm';
            variant = 'v6';
            break;
        case 'arm':
            if (variant === '' || variant === '7')
                variant = 'v7';
            else if (variant === '5' || variant === '6' || variant === '8')
                variant = `v${variant}`;
            break;
    }
    const out = { architecture: arch, os };
    if (p.osVersion !== undefined)
        out.osVersion = p.osVersion;
    if (p.osFeatures !== undefined)
        out.osFeatures = p.osFeatures;
    if (variant !== '')
        out.variant = variant;
    return out;
}
/** containerd's `Format`: `os/arch[/variant]`, `unknown` without an os. */
function formatPlatform(p) {
    if (p.os === '')
        return 'unknown';
    return [p.os, p.architecture, p.variant ?? ''].filter((s) => s !== '').join('/');
}
/** The artifact-name-safe form used by the docs' workflows: `linux/arm/v7` -> `linux-arm-v7`. */
function platformPair(p) {
    return (typeof p === 'string' ? p : formatPlatform(p)).replace(/\//g, '-');
}
/** Two platforms name the same target once normalized (os.version/os.features ignored). */
function samePlatform(a, b) {
    return formatPlatform(normalizePlatform(a)) === formatPlatform(normalizePlatform(b));
}
/**
 * The platform of a single-manifest source, read from its image config blob as buildx does
 * (`util/imagetools/create.go` `loadPlatform`): `architecture`, `os` and `variant`, normalized;
 * `os.version` and `os.features` are not carried over.
 */
function platformFromConfig(configBytes) {
    // An image without os/architecture cannot be placed in a multi-platform index; buildx would
    // fill the os from its own host, which a merge on a runner must not depend on.
    const p = normalizePlatform((0,_descriptor_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePlatformObject */ .GE)((0,_go_decode_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonObject */ .dw)(configBytes, 'image config'), 'image config'));
    if (p.os === '' || p.architecture === '') {
        throw new _go_decode_js__WEBPACK_IMPORTED_MODULE_1__/* .OciFormatError */ .bj('image config: os and architecture are required to place the image in an index');
    }
    return {
        architecture: p.architecture,
        os: p.os,
        ...(p.variant !== undefined ? { variant: p.variant } : {}),
    };
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
