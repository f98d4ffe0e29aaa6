export const id = 203;
export const ids = [203];
export const modules = {

/***/ 39008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J8: () => (/* binding */ buildInvocation),
  d9: () => (/* binding */ isLocalContext)
});

// UNUSED EXPORTS: defaultCacheScope, defaultGitContext, isGitContext, resolveContext

// EXTERNAL MODULE: ./src/base/input-error.ts
var input_error = __webpack_require__(91114);
// EXTERNAL MODULE: ./src/buildx/csv.ts
var csv = __webpack_require__(82684);
// EXTERNAL MODULE: ./src/buildx/csv-field.ts
var csv_field = __webpack_require__(39509);
;// CONCATENATED MODULE: ./src/buildx/build-outputs.ts



function defaultOutput(images) {
    return [
        'type=image',
        (0,csv_field/* csvField */.X)(`name=${images.join(',')}`),
        'push-by-digest=true',
        'name-canonical=true',
        'push=true',
    ].join(',');
}
const isPushing = (output) => {
    const f = (0,csv/* parseCsvRecord */.b)(output);
    return (f.includes('type=registry') ||
        ((f.includes('type=image') || f.includes('type=oci')) && f.includes('push=true')));
};
function validatePushOutputs(outputs) {
    const byDigest = outputs.some((o) => {
        const f = (0,csv/* parseCsvRecord */.b)(o);
        return isPushing(o) && f.includes('push-by-digest=true');
    });
    if (!byDigest) {
        throw new input_error/* InputError */.d('outputs', `${(0,input_error/* quote */.h)(outputs.join('; '))} does not push by digest`, 'an image output with push-by-digest=true and push=true (or leave outputs empty)');
    }
}
function validateLocalOutputs(outputs) {
    const pushing = outputs.find(isPushing);
    if (pushing !== undefined) {
        throw new input_error/* InputError */.d('outputs', `${(0,input_error/* quote */.h)(pushing)} pushes while push is false`, 'outputs that stay on the runner (type=docker, type=oci,dest=…, type=local,dest=…, type=cacheonly)');
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
        const f = (0,csv/* parseCsvRecord */.b)(out);
        const exportsImage = ['type=image', 'type=registry', 'type=oci', 'type=docker'].some((t) => f.includes(t));
        return exportsImage && !f.some((x) => x.startsWith('rewrite-timestamp='))
            ? `${out},rewrite-timestamp=true`
            : out;
    });
}

;// CONCATENATED MODULE: ./src/buildx/provenance.ts


/*
 * The default provenance of docker/build-push-action (`getProvenanceInput`): a public repository
 * gets `mode=max`, a private one `mode=min,inline-only=true`, each with the workflow run as
 * builder id; none for a docker exporter or with BUILDX_NO_DEFAULT_ATTESTATIONS.
 */
/** Go's strconv.ParseBool truth values, as buildx and actions-toolkit read env switches. */
function parseGoBool(value) {
    return ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value ?? '');
}
function workflowRunUrl(e) {
    const base = `${e.serverUrl.replace(/\/$/, '')}/${e.repository}/actions/runs/${e.runId ?? '0'}`;
    return e.runAttempt ? `${base}/attempts/${e.runAttempt}` : base;
}
function withBuilderId(attrs, e) {
    const fields = (0,csv/* parseCsvRecord */.b)(attrs);
    if (fields.some((f) => f.startsWith('builder-id=')))
        return attrs;
    return [...fields.map(csv_field/* csvField */.X), `builder-id=${workflowRunUrl(e)}`].join(',');
}
function hasDockerExporter(outputs) {
    return outputs.some((o) => {
        const fields = (0,csv/* parseCsvRecord */.b)(o);
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

;// CONCATENATED MODULE: ./src/buildx/build-args.ts





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
        throw new input_error/* InputError */.d('context', `${(0,input_error/* quote */.h)(c)} uses ${DEFAULT_CONTEXT} in the middle`, `"${DEFAULT_CONTEXT}" or "${DEFAULT_CONTEXT}:subdir"`);
    return c;
}
/**
 * Whether the context is a directory on the runner: not the event's Git context (empty or
 * `{{defaultContext}}[:subdir]`) and not a remote one (a URL, `git@...`), which BuildKit fetches.
 */
function isLocalContext(context) {
    const c = context.trim();
    return c !== '' && !c.includes(DEFAULT_CONTEXT) && !/^[a-z]+:\/\/|^git@/.test(c);
}
function isGitContext(context) {
    return /^(https?:\/\/|git@|git:\/\/|ssh:\/\/)/.test(context) && /\.git(#|$|:)|#/.test(context);
}
function defaultCacheScope(images, platformPair) {
    return `${images[0] ?? 'image'}-${platformPair}`;
}
function keyValue(input, entry, expected, secret) {
    const eq = entry.indexOf('=');
    if (eq <= 0) {
        const shown = secret ? 'an entry' : (0,input_error/* quote */.h)(entry);
        throw new input_error/* InputError */.d(input, `${shown} is not ${expected}`, expected);
    }
    return [entry.slice(0, eq).trim(), entry.slice(eq + 1)];
}
const isGhaCache = (entry) => (0,csv/* parseCsvRecord */.b)(entry).includes('type=gha');
function buildInvocation(o, e) {
    const evaluating = o.call !== undefined && o.call !== 'build';
    const pushes = o.push !== false && !evaluating;
    if (pushes && o.images.length === 0 && o.outputs === undefined)
        throw new input_error/* InputError */.d('images', 'is empty', 'at least one image repository');
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
    const hasProvenanceAttest = (o.attests ?? []).some((a) => (0,csv/* parseCsvRecord */.b)(a).includes('type=provenance'));
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
        args.push('--secret', (0,csv_field/* csvField */.X)(`id=${key}`) + ',' + (0,csv_field/* csvField */.X)(`src=${path}`));
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
    const usesGhaCache = [...cacheFrom, ...cacheTo].some(isGhaCache);
    return { args, secretFiles, secretValues, context, pushes, droppedGhaCache, usesGhaCache };
}


/***/ }),

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

/***/ 27203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseBuildInputs: () => (/* binding */ parseBuildInputs)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/base/input-error.ts
var input_error = __webpack_require__(91114);
// EXTERNAL MODULE: ./src/buildx/csv.ts
var csv = __webpack_require__(82684);
;// CONCATENATED MODULE: ./src/buildx/cache-mount-spec.ts


const INPUT = 'cache-mounts';
const EXPECTED = 'one cache mount per line, e.g. "id=uv,target=/root/.cache/uv" (optional sharing, uid, gid, mode)';
/**
 * IDs and targets end up in cache keys (no commas, `+` separates key parts), in a generated
 * Dockerfile's `--mount` flag (where `$` would be expanded) and in a directory name.
 */
const SAFE = /^[A-Za-z0-9._/:@-]+$/;
const MAX_ID = 100;
function fail(line, problem) {
    throw new input_error/* InputError */.d(INPUT, `${(0,input_error/* quote */.h)(line)} ${problem}`, EXPECTED);
}
/** Go's `path.Clean` for the absolute and relative paths a target holds. */
function cleanPath(p) {
    const rooted = p.startsWith('/');
    const parts = [];
    for (const part of p.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (parts.length > 0 && parts[parts.length - 1] !== '..')
                parts.pop();
            else if (!rooted)
                parts.push('..');
        }
        else
            parts.push(part);
    }
    const joined = parts.join('/');
    return rooted ? `/${joined}` : joined || '.';
}
function integer(line, key, value) {
    if (!/^\d+$/.test(value))
        fail(line, `has ${key}=${value}, not a number`);
    return Number(value);
}
function parseCacheMountLine(line) {
    const attrs = new Map();
    for (const field of (0,csv/* parseCsvRecord */.b)(line)) {
        if (field === '')
            continue;
        const eq = field.indexOf('=');
        // BuildKit lower-cases keys; `ro`/`readonly` may stand alone.
        const key = (eq < 0 ? field : field.slice(0, eq)).trim().toLowerCase();
        const value = eq < 0 ? '' : field.slice(eq + 1).trim();
        if (attrs.has(key))
            fail(line, `sets ${key} twice`);
        attrs.set(key, value);
    }
    const spec = {};
    for (const [key, value] of attrs) {
        switch (key) {
            case 'type':
                if (value !== 'cache')
                    fail(line, `is type=${value}; only type=cache mounts can be kept`);
                break;
            case 'id':
                spec.id = value;
                break;
            case 'target':
            case 'dst':
            case 'destination':
                if (spec.target !== undefined)
                    fail(line, 'sets the target twice');
                spec.target = value;
                break;
            case 'sharing':
                if (value !== 'shared' && value !== 'private' && value !== 'locked')
                    fail(line, `has sharing=${value}; expected shared, private or locked`);
                spec.sharing = value;
                break;
            case 'uid':
            case 'gid':
                spec[key] = integer(line, key, value);
                break;
            case 'mode':
                if (!/^[0-7]{1,4}$/.test(value))
                    fail(line, `has mode=${value}, not an octal mode`);
                spec.mode = value;
                break;
            case 'ro':
            case 'readonly':
            case 'rw':
            case 'readwrite':
                // Whether the build may write does not change which mount it gets.
                break;
            case 'from':
            case 'source':
            case 'src':
                fail(line, `has ${key}=: a cache mount seeded from another stage or image cannot be restored`);
                break;
            default:
                fail(line, `has the unknown attribute ${JSON.stringify(key)}`);
        }
    }
    if (spec.target === undefined || spec.target === '')
        fail(line, 'has no target');
    const id = spec.id === undefined || spec.id === '' ? cleanPath(spec.target) : spec.id;
    for (const [what, value] of [
        ['id', id],
        ['target', spec.target],
    ]) {
        if (!SAFE.test(value))
            fail(line, `has the ${what} ${JSON.stringify(value)}: use letters, digits and . _ / : @ -`);
    }
    if (id.length > MAX_ID)
        fail(line, `has an id longer than ${MAX_ID} characters`);
    return { ...spec, id, target: spec.target };
}
/** The whole input: one mount per line, each ID once (two lines would share a cache entry). */
function parseCacheMounts(lines) {
    const mounts = lines.map(parseCacheMountLine);
    const seen = new Set();
    for (const [i, mount] of mounts.entries()) {
        if (seen.has(mount.id))
            fail(lines[i] ?? '', `repeats the id ${JSON.stringify(mount.id)}`);
        seen.add(mount.id);
    }
    return mounts;
}

// EXTERNAL MODULE: ./src/buildx/build-args.ts + 2 modules
var build_args = __webpack_require__(39008);
// EXTERNAL MODULE: ./src/oci/platform.ts
var oci_platform = __webpack_require__(1890);
;// CONCATENATED MODULE: ./src/buildx/platform.ts


/**
 * Several platforms as one value, the way `--platform` takes them (`linux/amd64,linux/arm64`);
 * the pair joins theirs with `_` (`linux-amd64_linux-arm64`), a name that stays one path segment.
 */
function combinedPlatform(platforms) {
    const [first] = platforms;
    if (!first)
        throw new Error('no platform');
    if (platforms.length === 1)
        return first;
    return {
        platform: first.platform,
        text: platforms.map((p) => p.text).join(','),
        pair: platforms.map((p) => p.pair).join('_'),
    };
}
/** Parses the `platform` input: exactly one `os/arch[/variant]` (one platform per job). */
function parseBuildPlatform(value, input = 'platform') {
    const trimmed = value.trim();
    if (trimmed === '')
        throw new input_error/* InputError */.d(input, 'is empty', 'one platform such as "linux/amd64"');
    if (/[,\n]/.test(trimmed)) {
        throw new input_error/* InputError */.d(input, `${(0,input_error/* quote */.h)(trimmed)} names several platforms`, 'one platform per job (use a matrix)');
    }
    let platform;
    try {
        platform = (0,oci_platform/* parsePlatform */.Y8)(trimmed);
    }
    catch {
        throw new input_error/* InputError */.d(input, `${(0,input_error/* quote */.h)(trimmed)} is not a platform`, 'os/arch or os/arch/variant, e.g. "linux/arm64"');
    }
    if (platform.os === '' || platform.architecture === '') {
        throw new input_error/* InputError */.d(input, `${(0,input_error/* quote */.h)(trimmed)} is not a platform`, 'os/arch or os/arch/variant, e.g. "linux/arm64"');
    }
    const text = [platform.os, platform.architecture, ...(platform.variant ? [platform.variant] : [])].join('/');
    return { platform, text, pair: text.replace(/\//g, '-') };
}

// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(62148);
// EXTERNAL MODULE: ./src/inputs/builder.ts
var builder = __webpack_require__(19438);
// EXTERNAL MODULE: ./src/inputs/login.ts
var login = __webpack_require__(92052);
// EXTERNAL MODULE: ./src/inputs/metadata.ts + 1 modules
var inputs_metadata = __webpack_require__(14133);
// EXTERNAL MODULE: ./src/inputs/reader.ts
var reader = __webpack_require__(9066);
// EXTERNAL MODULE: ./src/inputs/tag-references.ts
var tag_references = __webpack_require__(37836);
;// CONCATENATED MODULE: ./src/inputs/build.ts












const optional = (value) => (value === '' ? undefined : value);
/** `none` switches a default list off; an empty input keeps the default. */
function cacheList(raw, name) {
    const list = (0,reader/* readList */.LD)(raw, name);
    if (list.length === 0)
        return undefined;
    return list.length === 1 && list[0] === 'none' ? [] : list;
}
function parseBuildInputs(raw) {
    const metadata = (0,inputs_metadata.parseMetadataInputs)(raw);
    const images = metadata.images.filter((i) => i.enable).map((i) => i.name);
    for (const image of images) {
        try {
            (0,reference/* parseRepository */.SU)(image);
        }
        catch (error) {
            throw new input_error/* InputError */.d('images', error.message, 'image repositories without tag, one per line');
        }
    }
    const outputs = (0,reader/* readList */.LD)(raw, 'outputs');
    const call = optional(raw('call'));
    const push = (0,reader/* readBoolean */.Vf)(raw, 'push', true);
    const load = (0,reader/* readBoolean */.Vf)(raw, 'load', false);
    const evaluating = call !== undefined && call !== 'build';
    if (push && !evaluating && images.length === 0 && outputs.length === 0) {
        throw new input_error/* InputError */.d('images', 'is empty', 'at least one image repository to push the build to (or push: false for a build that pushes nothing)');
    }
    if (load && push && !evaluating) {
        throw new input_error/* InputError */.d('load', 'is true while push is true', 'push: false to load the image into docker');
    }
    (0,tag_references/* refuseImageReferences */.I)(raw('tags'));
    const context = raw('context');
    const file = optional(raw('file'));
    if (file !== undefined)
        checkFileExists(context, file);
    for (const arg of (0,reader/* readList */.LD)(raw, 'build-args')) {
        if (!/^[^=\s]+=/.test(arg))
            throw new input_error/* InputError */.d('build-args', `${(0,input_error/* quote */.h)(arg)} is not NAME=value`, 'NAME=value lines');
    }
    const secrets = (0,reader/* readQuotedList */.HD)(raw, 'secrets');
    for (const secret of secrets) {
        // The value is a secret: never show it.
        if (!/^[^=\s]+=/.test(secret))
            throw new input_error/* InputError */.d('secrets', 'an entry is not id=value', 'id=value lines (quote an entry that holds newlines)');
    }
    const reproducible = (0,reader/* readBoolean */.Vf)(raw, 'reproducible', false);
    if (reproducible && raw('provenance') !== '' && !/^(false|False|FALSE)$/.test(raw('provenance'))) {
        throw new input_error/* InputError */.d('provenance', `${(0,input_error/* quote */.h)(raw('provenance'))} is set while reproducible is true`, 'no provenance with reproducible: true (the attestation records the build time)');
    }
    const platforms = parsePlatforms(raw);
    return {
        metadata,
        platform: combinedPlatform(platforms),
        platforms,
        push: push && !evaluating,
        load,
        reproducible,
        allow: (0,reader/* readList */.LD)(raw, 'allow', { splitCommas: true }),
        addHosts: (0,reader/* readList */.LD)(raw, 'add-hosts', { splitCommas: true }),
        attests: (0,reader/* readList */.LD)(raw, 'attests'),
        noCacheFilters: (0,reader/* readList */.LD)(raw, 'no-cache-filters', { splitCommas: true }),
        cgroupParent: optional(raw('cgroup-parent')),
        images,
        context,
        file,
        target: optional(raw('target')),
        buildArgs: (0,reader/* readList */.LD)(raw, 'build-args'),
        buildContexts: (0,reader/* readList */.LD)(raw, 'build-contexts'),
        secrets,
        secretFiles: (0,reader/* readList */.LD)(raw, 'secret-files'),
        secretEnvs: (0,reader/* readList */.LD)(raw, 'secret-envs'),
        ssh: (0,reader/* readList */.LD)(raw, 'ssh'),
        provenance: raw('provenance'),
        sbom: raw('sbom'),
        cacheFrom: cacheList(raw, 'cache-from'),
        cacheTo: cacheList(raw, 'cache-to'),
        cacheMounts: parseCacheMounts((0,reader/* readList */.LD)(raw, 'cache-mounts', { comments: true })),
        noCache: (0,reader/* readBoolean */.Vf)(raw, 'no-cache', false),
        pull: (0,reader/* readBoolean */.Vf)(raw, 'pull', false),
        network: optional(raw('network')),
        shmSize: optional(raw('shm-size')),
        ulimit: (0,reader/* readList */.LD)(raw, 'ulimit'),
        builder: optional(raw('builder')),
        builderOptions: (0,builder/* parseBuilderInputs */.O)(raw),
        outputs: outputs.length === 0 ? undefined : outputs,
        call,
        githubToken: raw('github-token'),
        logins: (0,login/* parseLogins */.w)(raw),
    };
}
/**
 * For a local context, the Dockerfile must exist. It may sit outside the context (buildx sends
 * it separately), so a relative path is taken from the working directory, as buildx takes it.
 * Git contexts are checked by BuildKit itself.
 */
function checkFileExists(context, file) {
    // From a Git context BuildKit reads the Dockerfile itself, in the repository it fetches.
    if (!(0,build_args/* isLocalContext */.d9)(context))
        return;
    const path = (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)(file);
    if (!(0,external_node_fs_.existsSync)(path) || !(0,external_node_fs_.statSync)(path).isFile()) {
        throw new input_error/* InputError */.d('file', `${(0,input_error/* quote */.h)(file)} does not exist`, `a Dockerfile, e.g. ${(0,external_node_path_.join)(context || '.', 'Dockerfile')}`);
    }
}
/** `platform` (one, this action's shape) or `platforms` (build-push-action's list), not both. */
function parsePlatforms(raw) {
    const list = (0,reader/* readList */.LD)(raw, 'platforms', { splitCommas: true });
    if (list.length === 0)
        return [parseBuildPlatform(raw('platform'))];
    if (raw('platform') !== '') {
        throw new input_error/* InputError */.d('platforms', `is given with platform ${(0,input_error/* quote */.h)(raw('platform'))}`, 'either "platform" (one) or "platforms" (a list)');
    }
    const parsed = list.map((p) => parseBuildPlatform(p, 'platforms'));
    const seen = new Set();
    for (const p of parsed) {
        if (seen.has(p.text))
            throw new input_error/* InputError */.d('platforms', `lists ${(0,input_error/* quote */.h)(p.text)} twice`, 'each platform once');
        seen.add(p.text);
    }
    return parsed;
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


/***/ })

};
