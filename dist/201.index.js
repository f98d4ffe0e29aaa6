export const id = 201;
export const ids = [201,462];
export const modules = {

/***/ 48854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X3: () => (/* binding */ writeBuildRecord),
/* harmony export */   mx: () => (/* binding */ readBuildRecord)
/* harmony export */ });
/* unused harmony export buildRecordPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _digest_record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31676);



/**
 * The hand-off between a job's `build` step and its `export-digest` step: the build writes the
 * digest record of what it pushed into RUNNER_TEMP (one per job: the runner empties it between
 * jobs), and export-digest uploads it without any wiring in the workflow.
 */
const RECORD_DIR = 'dify-image-action';
const RECORD_FILE = 'build-record.json';
function buildRecordPath(env) {
    const temp = env['RUNNER_TEMP'];
    if (!temp)
        throw new Error('RUNNER_TEMP is not set: is this running on a GitHub Actions runner?');
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(temp, RECORD_DIR, RECORD_FILE);
}
function writeBuildRecord(env, record) {
    const path = buildRecordPath(env);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, '..'), { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, (0,_digest_record_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeDigestRecord */ .ur)(record, { artifact: RECORD_FILE }));
    return path;
}
/** The record this job's build wrote, or undefined when no build step ran in this job. */
function readBuildRecord(env) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(buildRecordPath(env), 'utf8');
    }
    catch {
        return undefined;
    }
    const parsed = JSON.parse(text);
    return (0,_digest_record_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDigestFile */ .UC)((0,_digest_record_js__WEBPACK_IMPORTED_MODULE_2__/* .recordFileName */ .Tb)(parsed.digest ?? ''), text, RECORD_FILE);
}


/***/ }),

/***/ 31676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hf: () => (/* binding */ sameImageRecord),
/* harmony export */   Tb: () => (/* binding */ recordFileName),
/* harmony export */   UC: () => (/* binding */ parseDigestFile),
/* harmony export */   a8: () => (/* binding */ DIGEST_RECORD_VERSION),
/* harmony export */   ur: () => (/* binding */ encodeDigestRecord),
/* harmony export */   yT: () => (/* binding */ DigestRecordError)
/* harmony export */ });
/* unused harmony exports digestOfFileName, recordProblems */
/**
 * The digest record: what one build job hands to the merge job, as one file in a workflow artifact.
 *
 * The file is named by the 64-hex digest without `sha256:` (the artifact service forbids `:` in
 * paths), exactly as Docker's multi-platform recipe names its empty files
 * (docker/docs content/manuals/build/ci/github-actions/multi-platform.md: `touch "/tmp/digests/${digest#sha256:}"`).
 * So a recipe shell step (`for f in *; do echo "sha256:$f"; done`) reads our artifacts, and the
 * recipe's empty files parse here as a record holding only the digest.
 *
 * Our content is a small versioned JSON object. Unknown keys are ignored, so that a later
 * version 1 writer may add optional fields; a different `version` is refused.
 */
const DIGEST_RECORD_VERSION = 1;
const HEX_DIGEST = /^[0-9a-f]{64}$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;
// os/arch[/variant] as buildx prints it (linux/amd64, linux/arm/v7, linux/arm64/v8).
const PLATFORM = /^[a-z0-9_.-]+\/[a-z0-9_.-]+(\/[a-z0-9_.-]+)?$/;
const COMMIT = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** A digest record that cannot be read or written; the message names the artifact and the file. */
class DigestRecordError extends Error {
    origin;
    problem;
    name = 'DigestRecordError';
    constructor(origin, problem) {
        const file = origin.file === undefined ? '' : ` file ${JSON.stringify(origin.file)}`;
        super(`digest artifact ${JSON.stringify(origin.artifact)}${file}: ${problem}`);
        this.origin = origin;
        this.problem = problem;
    }
}
/** The file name a record is stored under: the digest's hex. */
function recordFileName(digest) {
    if (!DIGEST.test(digest))
        throw new Error(`not a sha256 digest: ${JSON.stringify(digest)}`);
    return digest.slice('sha256:'.length);
}
/** The digest a file name stands for, or undefined when the name is not 64 lower-case hex digits. */
function digestOfFileName(fileName) {
    return HEX_DIGEST.test(fileName) ? `sha256:${fileName}` : undefined;
}
/**
 * Checks a record's fields; returns the problems (empty when valid). Shared by encode and parse,
 * so we never write what we would refuse to read.
 */
function recordProblems(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return ['the content is not a JSON object'];
    const r = value;
    const problems = [];
    if (r.version !== DIGEST_RECORD_VERSION) {
        problems.push(typeof r.version === 'number' && r.version > DIGEST_RECORD_VERSION
            ? `record version ${r.version} was written by a newer release of this action; this one reads version ${DIGEST_RECORD_VERSION}`
            : `"version" is ${JSON.stringify(r.version)}; expected ${DIGEST_RECORD_VERSION}`);
    }
    if (typeof r.digest !== 'string' || !DIGEST.test(r.digest)) {
        problems.push(`"digest" is ${JSON.stringify(r.digest)}; expected sha256: and 64 lower-case hex digits`);
    }
    if (r.platform !== undefined && (typeof r.platform !== 'string' || !PLATFORM.test(r.platform))) {
        problems.push(`"platform" is ${JSON.stringify(r.platform)}; expected os/arch[/variant]`);
    }
    if (r.images !== undefined &&
        (!Array.isArray(r.images) || r.images.some((i) => typeof i !== 'string' || i === '' || /[\s@]/.test(i)))) {
        problems.push(`"images" is ${JSON.stringify(r.images)}; expected a list of image names without digest`);
    }
    if (r.context !== undefined && typeof r.context !== 'string') {
        problems.push(`"context" is ${JSON.stringify(r.context)}; expected a string`);
    }
    if (r.commit !== undefined && (typeof r.commit !== 'string' || !COMMIT.test(r.commit))) {
        problems.push(`"commit" is ${JSON.stringify(r.commit)}; expected 40 or 64 hex digits`);
    }
    if (r.runId !== undefined && (typeof r.runId !== 'string' || !/^\d+$/.test(r.runId))) {
        problems.push(`"runId" is ${JSON.stringify(r.runId)}; expected a string of digits`);
    }
    if (r.runAttempt !== undefined && (!Number.isInteger(r.runAttempt) || r.runAttempt < 1)) {
        problems.push(`"runAttempt" is ${JSON.stringify(r.runAttempt)}; expected a positive integer`);
    }
    return problems;
}
/** Copies the known fields in a fixed order, so that equal records encode to equal bytes. */
function normalize(r) {
    const out = { version: DIGEST_RECORD_VERSION, digest: r.digest };
    if (r.platform !== undefined)
        out.platform = r.platform;
    if (r.images !== undefined)
        out.images = [...r.images];
    if (r.context !== undefined)
        out.context = r.context;
    if (r.commit !== undefined)
        out.commit = r.commit;
    if (r.runId !== undefined)
        out.runId = r.runId;
    if (r.runAttempt !== undefined)
        out.runAttempt = r.runAttempt;
    return out;
}
/** The file content for a record: JSON with a trailing newline. Throws on an invalid record. */
function encodeDigestRecord(record, origin) {
    const problems = recordProblems(record);
    if (problems.length > 0)
        throw new DigestRecordError(origin, problems.join('; '));
    return `${JSON.stringify(normalize(record), null, 2)}\n`;
}
/**
 * Reads one digest file: `fileName` must be 64 hex digits; empty content (the recipe's `touch`)
 * gives `{version, digest}`; otherwise the JSON record must be valid and carry the same digest.
 */
function parseDigestFile(fileName, content, artifact) {
    const origin = { artifact, file: fileName };
    const digest = digestOfFileName(fileName);
    if (digest === undefined) {
        throw new DigestRecordError(origin, 'the file name is not a digest; expected 64 lower-case hex digits (sha256 without "sha256:")');
    }
    if (content.trim() === '')
        return { version: DIGEST_RECORD_VERSION, digest };
    let value;
    try {
        value = JSON.parse(content);
    }
    catch (error) {
        throw new DigestRecordError(origin, `the content is not JSON (${error.message})`);
    }
    const problems = recordProblems(value);
    if (problems.length > 0)
        throw new DigestRecordError(origin, problems.join('; '));
    const record = normalize(value);
    if (record.digest !== digest) {
        throw new DigestRecordError(origin, `the record says ${record.digest} but the file is named for ${digest}`);
    }
    return record;
}
/**
 * Whether two records describe the same pushed image: everything but the run that wrote them.
 * A re-run that rebuilt the same digest keeps the first record.
 */
function sameImageRecord(a, b) {
    const strip = ({ runId: _r, runAttempt: _a, ...rest }) => ({
        ...rest,
        images: rest.images === undefined ? undefined : [...rest.images].sort(),
    });
    return JSON.stringify(strip(normalize(a))) === JSON.stringify(strip(normalize(b)));
}


/***/ }),

/***/ 27175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ setUpBuilder),
  tearDownBuilder: () => (/* binding */ tearDownBuilder)
});

// UNUSED EXPORTS: checkVersionGates

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/semver/functions/coerce.js
var coerce = __webpack_require__(35385);
var coerce_default = /*#__PURE__*/__webpack_require__.n(coerce);
// EXTERNAL MODULE: ./node_modules/semver/functions/gte.js
var gte = __webpack_require__(41236);
var gte_default = /*#__PURE__*/__webpack_require__.n(gte);
;// CONCATENATED MODULE: ./src/buildx/version.ts


/** Reads `v0.28.0`, `0.14.1-desktop.1`, `v0.8+unknown` (semver's coerce: a missing patch is 0). */
function version_parseVersion(text) {
    const parsed = coerce_default()(text.trim());
    return parsed ? { semver: parsed.version, raw: text.trim() } : undefined;
}
/** `github.com/docker/buildx v0.28.0 b1281b8...` (builders/version.stdout). */
function parseBuildxVersion(stdout) {
    const m = /github\.com\/docker\/buildx\s+(\S+)/.exec(stdout);
    return m?.[1] ? version_parseVersion(m[1]) : undefined;
}
function atLeast(v, min) {
    return gte_default()(v.semver, min);
}
/** Minimum buildx versions of the flags this action may pass (buildx release notes). */
const BUILDX_MINIMUMS = {
    provenance: '0.10.0',
    annotation: '0.12.0',
    call: '0.15.0',
    ghaCacheV2: '0.21.0',
};
/** A user-facing reason when `version` lacks `feature`, else undefined. */
function missingFeature(version, feature) {
    const min = BUILDX_MINIMUMS[feature];
    return atLeast(version, min)
        ? undefined
        : `buildx ${version.raw} is too old for ${feature} (needs >= ${min})`;
}
/**
 * The `type=gha` cache talks to GitHub's cache service v2 only with buildx >= 0.21 (fills
 * `url_v2`) and BuildKit >= 0.20 (speaks v2); the v1 service was retired on 2025-04-15.
 */
function ghaCacheProblem(buildx, buildkit) {
    const problems = [];
    if (buildx && !atLeast(buildx, '0.21.0'))
        problems.push(`buildx ${buildx.raw} < 0.21.0`);
    if (buildkit && !atLeast(buildkit, '0.20.0'))
        problems.push(`BuildKit ${buildkit.raw} < 0.20.0`);
    return problems.length
        ? `the type=gha cache needs buildx >= 0.21.0 and BuildKit >= 0.20.0 (found ${problems.join(', ')}); it will not be used`
        : undefined;
}

;// CONCATENATED MODULE: ./src/buildx/builder.ts

/** Parses `docker buildx inspect [name]` text (builders/inspect*.stdout): first node only. */
function parseInspect(stdout) {
    const top = new Map();
    const node = new Map();
    let inNodes = false;
    for (const line of stdout.split('\n')) {
        if (line.startsWith('Nodes:')) {
            inNodes = true;
            continue;
        }
        const m = /^([A-Za-z][A-Za-z ]*?):\s+(.*)$/.exec(line);
        if (!m?.[1] || m[2] === undefined)
            continue;
        const target = inNodes ? node : top;
        if (!target.has(m[1]))
            target.set(m[1], m[2].trim());
    }
    const name = top.get('Name');
    if (!name)
        throw new Error('docker buildx inspect printed no builder name');
    const bk = node.get('BuildKit version');
    const buildkit = bk ? version_parseVersion(bk) : undefined;
    return {
        name,
        driver: top.get('Driver') ?? '',
        status: node.get('Status') ?? 'unknown',
        ...(buildkit ? { buildkit } : {}),
        platforms: (node.get('Platforms') ?? '')
            .split(',')
            .map((p) => p.trim())
            .filter(Boolean),
    };
}
function parseLsJson(stdout) {
    const out = [];
    for (const line of stdout.split('\n')) {
        if (line.trim() === '')
            continue;
        const o = JSON.parse(line);
        const n = o.Nodes?.[0];
        const buildkit = n?.Version ? parseVersion(n.Version) : undefined;
        out.push({
            name: o.Name ?? '',
            driver: o.Driver ?? '',
            current: o.Current === true,
            status: o.Err ? 'error' : (n?.Status ?? 'unknown'),
            ...(buildkit ? { buildkit } : {}),
            platforms: n?.Platforms ?? [],
            ...(o.Err ? { error: o.Err } : {}),
        });
    }
    return out;
}
/** Drivers that can push by digest and export a cache; the `docker` driver can do neither. */
const CAPABLE_DRIVERS = ['docker-container', 'remote', 'kubernetes'];
/**
 * Reuse the current builder when it can push by digest and export the gha cache, else create a
 * `docker-container` builder (what docker/setup-buildx-action does on a runner).
 */
function chooseBuilder(current, opts) {
    if (!current)
        return { action: 'create', reason: 'there is no current builder' };
    if (!CAPABLE_DRIVERS.includes(current.driver)) {
        return {
            action: 'create',
            reason: `the current builder "${current.name}" uses the ${current.driver || 'unknown'} driver, which cannot push by digest nor export a cache`,
        };
    }
    if (current.status === 'error')
        return { action: 'create', reason: `the current builder "${current.name}" is in error` };
    if (opts.ghaCache && current.buildkit && !atLeast(current.buildkit, '0.20.0')) {
        return {
            action: 'create',
            reason: `the current builder "${current.name}" runs BuildKit ${current.buildkit.raw}, older than 0.20.0 which the gha cache needs`,
        };
    }
    return { action: 'reuse', name: current.name };
}
/**
 * Arguments after `docker` that create and boot a builder. No `--use`: buildx would make it the
 * current builder of the docker context (stored in ~/.docker/buildx/current, observation 8 of the
 * recordings) for every later step of the job; the build names it with `--builder` instead.
 */
function createBuilderArgs(o) {
    return [
        'buildx',
        'create',
        '--name',
        o.name,
        '--driver',
        o.driver,
        ...(o.driverOpts ?? []).flatMap((opt) => ['--driver-opt', opt]),
        ...(o.configFile ? ['--buildkitd-config', o.configFile] : []),
        ...(o.flags ? ['--buildkitd-flags', o.flags] : []),
        '--bootstrap',
        ...(o.endpoint ? [o.endpoint] : []),
    ];
}
function removeBuilderArgs(name) {
    return ['buildx', 'rm', name];
}
/** Runner architecture (`RUNNER_ARCH`: X64, ARM64, ARM, X86) as a Go arch. */
function runnerGoArch(runnerArch) {
    return { X64: 'amd64', ARM64: 'arm64', ARM: 'arm', X86: '386' }[runnerArch ?? ''];
}
/**
 * QEMU is needed only when the target architecture is not the runner's own and the builder does
 * not already list the platform (an emulator is registered). Returns the binfmt arch or undefined.
 */
function qemuArchNeeded(platform, runnerArch, builderPlatforms) {
    const arch = platform.split('/')[1] ?? '';
    if (arch === runnerGoArch(runnerArch))
        return undefined;
    if (listsPlatform(builderPlatforms, platform))
        return undefined;
    return arch;
}
/** Registers the emulator for `arch` with the binfmt installer image (setup-qemu-action's way). */
function qemuInstallArgs(arch, image) {
    return ['run', '--privileged', '--rm', image, '--install', arch];
}
/** Whether a builder's platform list has `platform` (or a variant of it: `linux/arm` for `linux/arm/v7`). */
function listsPlatform(platforms, platform) {
    return platforms.some((p) => p === platform || p.startsWith(`${platform}/`));
}

// EXTERNAL MODULE: ./src/buildx/cli.ts
var cli = __webpack_require__(93462);
// EXTERNAL MODULE: ./src/base/command.ts
var command = __webpack_require__(23472);
;// CONCATENATED MODULE: ./src/build-job/builder-setup.ts






/** Flags of `buildx build` that need a minimum buildx version (`BUILDX_MINIMUMS`). */
const GATED_FLAGS = {
    '--provenance': 'provenance',
    '--annotation': 'annotation',
    '--call': 'call',
};
/** Fails with one line naming the flag and the version needed, before anything is set up. */
function checkVersionGates(buildx, args) {
    if (buildx === undefined)
        return;
    for (const [flag, feature] of Object.entries(GATED_FLAGS)) {
        const problem = args.includes(flag) ? missingFeature(buildx, feature) : undefined;
        if (problem)
            throw new Error(`${problem}: update buildx on the runner (docker/setup-buildx-action or the runner image)`);
    }
}
/**
 * Prepares buildx after the login: QEMU only when the platform is foreign to the runner and not
 * registered yet, then the builder: the named one; a new one when the builder inputs ask for it;
 * else the current one when it can push by digest and export the cache, or a new docker-container
 * builder (what setup-buildx-action does). The current builder of the docker context never changes.
 */
async function setUpBuilder(docker, options, log) {
    const version = await docker.run(['buildx', 'version'], { quietStdout: true });
    const buildx = parseBuildxVersion(version.stdout);
    log.info(`buildx ${buildx?.raw ?? 'of unknown version'}`);
    checkVersionGates(buildx, options.buildArgs);
    const inspectArgs = ['buildx', 'inspect', ...(options.builder ? [options.builder] : [])];
    const inspected = await docker.run(inspectArgs, { quietStdout: true, allowFailure: true });
    if (options.builder && inspected.exitCode !== 0) {
        throw new Error(`builder "${options.builder}" was not found: ${(0,command/* lastMeaningfulLine */.HF)(inspected.stderrTail)}`);
    }
    let current = inspected.exitCode === 0 ? parseInspect(inspected.stdout) : undefined;
    const setup = { buildx, builder: options.builder };
    const wanted = options.newBuilder;
    // QEMU registered on this runner serves builders that run here, not a remote or kubernetes one.
    const local = options.builder !== undefined || !wanted.configured || wanted.driver === 'docker-container';
    // Several platforms (`linux/amd64,linux/arm64`) may each need an emulator.
    for (const platform of local ? options.platform.split(',') : []) {
        const arch = qemuArchNeeded(platform, options.runnerArch, current?.platforms ?? []);
        if (arch === undefined)
            continue;
        log.info(`${platform} does not run natively on this ${options.runnerArch ?? 'unknown'} runner: installing QEMU for ${arch}`);
        await installQemu(docker, arch, wanted.qemuImage);
        setup.qemuInstalled = setup.qemuInstalled ? `${setup.qemuInstalled},${arch}` : arch;
    }
    if (options.builder) {
        log.info(`Using builder "${options.builder}" as requested`);
    }
    else {
        const decision = wanted.configured
            ? { action: 'create', reason: 'the builder inputs ask for one' }
            : chooseBuilder(current, { ghaCache: options.ghaCache });
        if (decision.action === 'reuse') {
            log.info(`Using the current builder "${decision.name}"`);
        }
        else {
            log.info(`Creating a ${wanted.driver} builder: ${decision.reason}`);
            current = await createBuilder(docker, options);
            setup.builder = options.newBuilderName;
            setup.createdBuilder = options.newBuilderName;
            setup.createdDriver = wanted.driver;
            const unlisted = options.platform.split(',').filter((p) => !listsPlatform(current?.platforms ?? [], p));
            if (!local && unlisted.length > 0) {
                log.warning(`the ${wanted.driver} builder lists ${current.platforms.join(', ') || 'no platforms'}, not ${unlisted.join(', ')}: the build fails unless its BuildKit can run ${unlisted.join(', ')}`);
            }
        }
    }
    if (options.ghaCache) {
        const problem = ghaCacheProblem(buildx, current?.buildkit);
        if (problem)
            log.warning(problem);
    }
    return setup;
}
/** `docker run <binfmt image> --install <arch>`; a failure names the daemon's reason. */
async function installQemu(docker, arch, image) {
    try {
        await docker.run(qemuInstallArgs(arch, image), { timeoutMs: cli/* DOCKER_TIMEOUTS */.o.setUp });
    }
    catch (error) {
        if (!(error instanceof command/* CommandFailedError */.ju))
            throw error;
        // docker prints the daemon's error, then a `Run 'docker run --help'` hint (build2/builder/binfmt-*.stderr).
        const reason = (0,command/* lastMeaningfulLine */.HF)(error.stderrTail);
        throw new Error(`QEMU for ${arch} could not be installed with ${image} (exit code ${error.exitCode})${reason ? `: ${reason}` : ''}`);
    }
}
async function createBuilder(docker, options) {
    const { newBuilder: wanted, newBuilderName: name } = options;
    let configFile = wanted.buildkitdConfig;
    if (wanted.buildkitdConfigInline !== undefined) {
        (0,external_node_fs_.mkdirSync)(options.tempDir, { recursive: true, mode: 0o700 });
        configFile = (0,external_node_path_.join)(options.tempDir, 'buildkitd.toml');
        // The runner trims inputs; TOML ends with a newline.
        (0,external_node_fs_.writeFileSync)(configFile, `${wanted.buildkitdConfigInline.trimEnd()}\n`, { mode: 0o600 });
    }
    options.onCreating?.(name, wanted.driver);
    try {
        await docker.run(createBuilderArgs({
            name,
            driver: wanted.driver,
            endpoint: wanted.endpoint,
            driverOpts: wanted.driverOpts,
            configFile,
            flags: wanted.buildkitdFlags,
        }), { timeoutMs: cli/* DOCKER_TIMEOUTS */.o.setUp });
    }
    finally {
        // buildx keeps its own copy of the config in the builder's store (observation 8).
        if (wanted.buildkitdConfigInline !== undefined && configFile)
            (0,external_node_fs_.rmSync)(configFile, { force: true });
    }
    const fresh = await docker.run(['buildx', 'inspect', name], { quietStdout: true });
    return parseInspect(fresh.stdout);
}
/**
 * Removes a builder this action created; prints its logs first when the build failed and the
 * builder is a container on this runner (a remote or kubernetes BuildKit has no such container).
 */
async function tearDownBuilder(docker, name, buildFailed, log, driver = 'docker-container') {
    if (buildFailed && driver === 'docker-container') {
        log.info(`Logs of the builder "${name}" (the build failed):`);
        await docker.run(['logs', `buildx_buildkit_${name}0`], { allowFailure: true });
    }
    await docker.run(removeBuilderArgs(name), { allowFailure: true });
}


/***/ }),

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

/***/ 93462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createDockerCli: () => (/* binding */ createDockerCli),
/* harmony export */   o: () => (/* binding */ DOCKER_TIMEOUTS)
/* harmony export */ });
/** How long each kind of docker call may take before it is stopped. */
const DOCKER_TIMEOUTS = {
    /** `buildx version`, `inspect`, `ls`, `rm`, `logs`: answers from the daemon or the builder. */
    probe: 60_000,
    /** Creating a builder pulls BuildKit's image; installing QEMU pulls binfmt's. */
    setUp: 10 * 60_000,
    /** A build: the longest a GitHub-hosted job may run. */
    build: 6 * 60 * 60_000,
};
function createDockerCli(deps) {
    const command = deps.command ?? 'docker';
    return {
        run: (args, options = {}) => deps.run(command, args, {
            env: deps.env,
            cwd: deps.cwd,
            timeoutMs: options.timeoutMs ?? DOCKER_TIMEOUTS.probe,
            quietStdout: options.quietStdout,
            allowFailure: options.allowFailure,
            untrustedOutput: options.untrustedOutput,
        }),
    };
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

/***/ 72050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runBuild: () => (/* binding */ runBuild)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/artifact/build-record.ts
var build_record = __webpack_require__(48854);
// EXTERNAL MODULE: ./src/buildx/cli.ts
var cli = __webpack_require__(93462);
;// CONCATENATED MODULE: ./src/buildx/metadata-file.ts
const DIGEST = /^sha256:[0-9a-f]{64}$/;
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/**
 * Parses the metadata file; throws an Error saying which key is missing or malformed. A build
 * that exported no image (`type=cacheonly`, `type=local`) has no digest: pass `pushed: false`.
 */
function parseMetadataFile(text, options = { pushed: true }) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        throw new Error('buildx metadata file is not JSON');
    }
    if (!isRecord(doc))
        throw new Error('buildx metadata file is not a JSON object');
    const found = doc['containerimage.digest'];
    const digest = found === undefined && !options.pushed ? '' : found;
    if (typeof digest !== 'string' || (digest !== '' && !DIGEST.test(digest)))
        throw new Error('buildx metadata file has no valid "containerimage.digest"');
    const desc = doc['containerimage.descriptor'];
    let mediaType = '';
    let size;
    if (isRecord(desc)) {
        if (typeof desc.mediaType === 'string')
            mediaType = desc.mediaType;
        if (typeof desc.size === 'number')
            size = desc.size;
        if (typeof desc.digest === 'string' && desc.digest !== digest)
            throw new Error('buildx metadata file: descriptor digest differs from "containerimage.digest"');
    }
    const config = doc['containerimage.config.digest'];
    const name = doc['image.name'];
    const ref = doc['buildx.build.ref'];
    return {
        digest,
        mediaType,
        ...(size !== undefined ? { size } : {}),
        imageName: typeof name === 'string' ? name : '',
        buildRef: typeof ref === 'string' ? ref : '',
        ...(typeof config === 'string' && DIGEST.test(config) ? { configDigest: config } : {}),
        raw: text,
    };
}
/** `history inspect` wants only the last element of `buildx.build.ref` (recordings, obs. 11). */
function historyRef(buildRef) {
    return buildRef.split('/').pop() ?? '';
}

;// CONCATENATED MODULE: ./src/buildx/history.ts
/**
 * Build records (`docker buildx history`): argument lists and the JSON it prints. Wire formats:
 * buildx `commands/history/inspect.go` and `ls.go`, as recorded in fixtures/buildx/history/ and
 * build2/history/. Pure: no I/O.
 */

const builderFlag = (builder) => (builder ? ['--builder', builder] : []);
function historyInspectArgs(ref, builder) {
    return ['buildx', 'history', 'inspect', ...builderFlag(builder), historyRef(ref), '--format', 'json'];
}
/** Writes the record as a Docker Desktop bundle (`.dockerbuild`: a gzip tar in OCI layout). */
function historyExportArgs(ref, file, builder) {
    return ['buildx', 'history', 'export', ...builderFlag(builder), historyRef(ref), '--output', file];
}
function historyListArgs(builder) {
    return ['buildx', 'history', 'ls', ...builderFlag(builder), '--format', 'json'];
}
/** The builder named in `buildx.build.ref` (`<builder>/<node>/<ref>`), if the ref has one. */
function refBuilder(buildRef) {
    const parts = buildRef.split('/');
    return parts.length === 3 && parts[0] ? parts[0] : undefined;
}
function history_isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const str = (v) => (typeof v === 'string' ? v : undefined);
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
/** Parses `history inspect --format json`; throws when it is not a record. */
function parseHistoryInspect(stdout) {
    let doc;
    try {
        doc = JSON.parse(stdout);
    }
    catch {
        throw new Error('docker buildx history inspect printed no JSON');
    }
    if (!history_isRecord(doc) || typeof doc['Ref'] !== 'string') {
        throw new Error('docker buildx history inspect printed no build record');
    }
    const duration = num(doc['Duration']);
    const total = num(doc['NumTotalSteps']);
    const error = history_isRecord(doc['Error']) ? str(doc['Error']['Message']) : undefined;
    return {
        ref: doc['Ref'],
        name: str(doc['Name']) ?? '',
        status: str(doc['Status']) ?? '',
        ...(str(doc['StartedAt']) ? { startedAt: str(doc['StartedAt']) } : {}),
        ...(str(doc['CompletedAt']) ? { completedAt: str(doc['CompletedAt']) } : {}),
        // Go's time.Duration: nanoseconds.
        ...(duration !== undefined ? { durationMs: duration / 1e6 } : {}),
        ...(total !== undefined
            ? {
                steps: {
                    total,
                    completed: num(doc['NumCompletedSteps']) ?? 0,
                    cached: num(doc['NumCachedSteps']) ?? 0,
                },
            }
            : {}),
        ...(error ? { error } : {}),
    };
}
/** Parses `history ls --format json`: one object per line, newest first. */
function parseHistoryList(stdout) {
    const out = [];
    for (const line of stdout.split('\n')) {
        if (line.trim() === '')
            continue;
        const o = JSON.parse(line);
        if (!history_isRecord(o) || typeof o['ref'] !== 'string')
            continue;
        out.push({ ref: o['ref'], createdAt: str(o['created_at']) ?? '', status: str(o['status']) ?? '' });
    }
    return out;
}
/**
 * The record of a build that wrote no metadata file (it failed): the newest one created since
 * the build started. `slackMs` allows for a builder whose clock runs a little behind the runner's.
 */
function recordSince(listing, since, slackMs = 5_000) {
    const from = since.getTime() - slackMs;
    return listing
        .filter((r) => Date.parse(r.createdAt) >= from)
        .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))[0];
}

;// CONCATENATED MODULE: ./src/build-job/build-summary.ts
/** Text a Dockerfile author wrote, safe in a table cell and in prose. */
function code(text) {
    const escaped = text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '&#124;')
        .replace(/\r?\n/g, ' ');
    return `<code>${escaped}</code>`;
}
function formatElapsed(ms) {
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
    const s = Math.round(ms / 1000);
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    return h > 0 ? `${h} h ${m} min` : `${m} min ${s % 60} s`;
}
function cacheCell(record) {
    const steps = record?.steps;
    if (!steps || steps.total === 0)
        return '';
    const percent = Math.round((steps.cached / steps.total) * 100);
    return `${steps.cached} of ${steps.total} (${percent} %)`;
}
function renderBuildSummary(s) {
    const duration = s.record?.durationMs !== undefined ? formatElapsed(s.record.durationMs) : '';
    const builder = s.builder.name
        ? `${code(s.builder.name)}${s.builder.created ? ' (created)' : ''}`
        : 'current';
    const lines = [];
    if (s.failure) {
        const where = s.failure.location ? ` (${s.failure.location.file}:${s.failure.location.line})` : '';
        const step = s.failure.step ? `${code(s.failure.step)}${where}` : '';
        lines.push(`### Build ${s.platform} failed`, '', '| platform | failed step | duration | cached steps | builder |', '|---|---|---|---|---|', `| ${s.platform} | ${step} | ${duration} | ${cacheCell(s.record)} | ${builder} |`, '', `Error: ${code(s.failure.message)}`);
    }
    else {
        lines.push(`### Build ${s.platform}`, '', '| platform | digest | duration | cached steps | builder |', '|---|---|---|---|---|', `| ${s.platform} | ${code(s.digest ?? '')} | ${duration} | ${cacheCell(s.record)} | ${builder} |`, '', `Pushed by digest to ${s.images.map(code).join(', ') || 'the outputs given'}.`);
    }
    if (s.artifact) {
        const name = s.artifact.url ? `[${code(s.artifact.name)}](${s.artifact.url})` : code(s.artifact.name);
        lines.push('', `Build record: ${name} (artifact ${s.artifact.id}); import it in Docker Desktop's Builds view.`);
    }
    for (const note of s.notes ?? [])
        lines.push('', note);
    lines.push('');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/build-job/report-settings.ts
/** Go's strconv.ParseBool, the grammar of build-push-action's boolean variables. */
const TRUE = ['1', 't', 'T', 'TRUE', 'true', 'True'];
const FALSE = ['0', 'f', 'F', 'FALSE', 'false', 'False'];
/** build-push-action's variables (its README, "environment variables"); both default to on. */
function reportSettings(env) {
    const warnings = [];
    const flag = (name) => {
        const value = env[name]?.trim() ?? '';
        if (value === '' || TRUE.includes(value))
            return true;
        if (FALSE.includes(value))
            return false;
        warnings.push(`${name}=${JSON.stringify(value)} is not a boolean; it stays on`);
        return true;
    };
    const settings = {
        summary: flag('DOCKER_BUILD_SUMMARY'),
        upload: flag('DOCKER_BUILD_RECORD_UPLOAD'),
        warnings,
    };
    const days = env['DOCKER_BUILD_RECORD_RETENTION_DAYS']?.trim() ?? '';
    if (/^\d+$/.test(days)) {
        if (Number(days) > 0)
            settings.retentionDays = Number(days);
    }
    else if (days !== '') {
        warnings.push(`DOCKER_BUILD_RECORD_RETENTION_DAYS=${JSON.stringify(days)} is not a number of days; the repository's retention applies`);
    }
    return settings;
}

// EXTERNAL MODULE: ./src/base/command.ts
var command = __webpack_require__(23472);
;// CONCATENATED MODULE: ./src/buildx/failures.ts
/**
 * Failures whose message does not tell the user what to do (build2/outputs/load.stderr: `--load`
 * on a remote BuildKit, which has no docker daemon to load into).
 */
const HINTS = [
    [
        /failed to copy to tar: .*read\/write on closed pipe/,
        'this builder cannot load into the docker daemon (a remote BuildKit): use outputs "type=docker,dest=image.tar" and docker load, "type=oci,dest=image.tar", or a docker-container builder',
    ],
];
const TRANSIENT = [
    /\b5\d\d (?:Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out|[A-Z][a-z]+)/,
    /\b429\b|Too Many Requests|toomanyrequests/i,
    /connection reset by peer/i,
    /i\/o timeout/i,
    /TLS handshake timeout/i,
    /unexpected EOF/i,
    /broken pipe/i,
];
const PUSHING = /failed to push|pushing|unexpected status from (?:PUT|POST|PATCH|HEAD)|failed to copy|failed to do request/i;
function lastErrorLine(stderr) {
    const lines = stderr
        .split('\n')
        .map((l) => l.trimEnd())
        .filter((l) => l !== '');
    const err = [...lines].reverse().find((l) => l.startsWith('ERROR: '));
    return err ? err.slice('ERROR: '.length) : (lines[lines.length - 1] ?? '');
}
/**
 * After a failed step BuildKit prints its log between dashes, headed ` > [2/2] RUN …:`, then the
 * Dockerfile excerpt headed `file:line` (errors/run-fails.stderr).
 */
const FAILED_STEP = /^ > (\[[^\]]+\] .*):$/;
const LOCATION = /^(\S+):(\d+)$/;
function classifyBuildFailure(stderr) {
    const message = lastErrorLine(stderr);
    const transient = PUSHING.test(message) && TRANSIENT.some((re) => re.test(message));
    const failure = { kind: transient ? 'transient-push' : 'build', message };
    const hint = HINTS.find(([pattern]) => pattern.test(message));
    if (hint)
        failure.hint = hint[1];
    const lines = stderr.split('\n').map((l) => l.trimEnd());
    const at = lines.findLastIndex((l) => FAILED_STEP.test(l));
    if (at >= 0) {
        failure.step = FAILED_STEP.exec(lines[at] ?? '')?.[1];
        const where = lines
            .slice(at + 1)
            .map((l) => LOCATION.exec(l))
            .find((m) => m !== null);
        if (where?.[1] && where[2])
            failure.location = { file: where[1], line: Number(where[2]) };
    }
    return failure;
}
/** One line for the step's error: the failing step and where it is, then buildx's reason. */
function describeBuildFailure(failure) {
    const hint = failure.hint ? `; ${failure.hint}` : '';
    if (!failure.step)
        return `${failure.message}${hint}`;
    const where = failure.location ? ` (${failure.location.file}:${failure.location.line})` : '';
    return `${failure.step}${where}: ${failure.message}${hint}`;
}

;// CONCATENATED MODULE: ./src/build-job/run-build.ts





const BUILD_RETRY = { attempts: 3, firstDelayMs: 5_000 };
/** A build that failed, with what buildx said about it (for the job summary). */
class BuildxBuildError extends Error {
    failure;
    name = 'BuildxBuildError';
    constructor(failure) {
        super(`buildx build failed: ${describeBuildFailure(failure)}`);
        this.failure = failure;
    }
}
/**
 * Runs `buildx build`, with its secrets in private files that exist only while it runs. A push
 * that failed for a transient reason (5xx, 429, reset, timeout: `classifyBuildFailure`) is tried
 * again, a bounded number of times; a build error fails at once with buildx's last ERROR line.
 */
async function runBuildx(docker, invocation, log, options = {}) {
    const retry = options.retry ?? BUILD_RETRY;
    const sleep = retry.sleep ?? ((ms) => new Promise((done) => setTimeout(done, ms)));
    for (const file of invocation.secretFiles) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file.path), { recursive: true, mode: 0o700 });
        (0,external_node_fs_.writeFileSync)(file.path, file.content, { mode: 0o600 });
    }
    try {
        for (let attempt = 1;; attempt++) {
            try {
                await docker.run(invocation.args, { timeoutMs: cli/* DOCKER_TIMEOUTS */.o.build, untrustedOutput: true });
                return;
            }
            catch (error) {
                if (!(error instanceof command/* CommandFailedError */.ju))
                    throw error;
                if (error.killed)
                    throw new Error(`buildx build failed: ${error.message}`);
                const failure = classifyBuildFailure(error.stderrTail);
                if (failure.kind !== 'transient-push' || attempt >= retry.attempts) {
                    if (failure.step && failure.location) {
                        log.error(failure.message, {
                            title: `Build step failed: ${failure.step}`,
                            file: options.dockerfile ?? failure.location.file,
                            startLine: failure.location.line,
                        });
                    }
                    throw new BuildxBuildError(failure);
                }
                const delay = retry.firstDelayMs * 2 ** (attempt - 1);
                log.warning(`Push failed (${failure.message}); attempt ${attempt + 1} of ${retry.attempts} in ${delay / 1000} s`);
                await sleep(delay);
            }
        }
    }
    finally {
        for (const file of invocation.secretFiles)
            (0,external_node_fs_.rmSync)(file.path, { force: true });
    }
}

;// CONCATENATED MODULE: ./src/build-job/build-report.ts
/**
 * What docker/build-push-action v6 leaves after a build, failed or not: the build record exported
 * as a Docker Desktop bundle (`.dockerbuild`) and uploaded as a workflow artifact, and a job
 * summary of the build. Its environment variables turn them off. Nothing here fails the build:
 * a record that cannot be read, exported or uploaded is a warning.
 */









const message = (error) => (error instanceof Error ? error.message : String(error));
/**
 * A reporter for the build about to start (the time a failed build's record is looked up from):
 * call it with the metadata or the error once buildx has finished.
 */
function buildReporter(docker, ctx, base, deps = {}) {
    const started = new Date();
    const full = {
        tempDir: deps.tempDir ?? (ctx.env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)()),
        artifacts: deps.artifacts ??
            (async () => {
                const { createFileArtifacts } = await Promise.all(/* import() */[__webpack_require__.e(555), __webpack_require__.e(30), __webpack_require__.e(935), __webpack_require__.e(433)]).then(__webpack_require__.bind(__webpack_require__, 94433));
                return createFileArtifacts();
            }),
    };
    return (result) => reportBuild(docker, ctx, { ...base, started, ...result }, full).catch((error) => {
        ctx.log.warning(`No build summary: ${message(error)}`);
        return undefined;
    });
}
/** Exports and uploads the build record; answers the job summary, undefined when it is off. */
async function reportBuild(docker, ctx, outcome, deps) {
    const settings = reportSettings(ctx.env);
    for (const warning of settings.warnings)
        ctx.log.warning(warning);
    if (!settings.summary) {
        ctx.log.info('DOCKER_BUILD_SUMMARY is false: no build summary, no build record.');
        return undefined;
    }
    return ctx.log.group('Build record', async () => {
        const notes = [];
        const summary = {
            platform: outcome.platform,
            images: outcome.images,
            builder: { ...(outcome.builder ? { name: outcome.builder } : {}), created: outcome.createdBuilder },
            ...failureOf(outcome),
            notes,
        };
        const ref = outcome.metadata?.buildRef || (await failedBuildRef(docker, ctx, outcome));
        if (!ref) {
            notes.push('No build record was found for this build.');
            return renderBuildSummary(summary);
        }
        const builder = refBuilder(ref) ?? outcome.builder;
        if (builder)
            summary.builder.name = builder;
        summary.record = await inspectRecord(docker, ctx, ref, builder);
        if (!settings.upload) {
            ctx.log.info('DOCKER_BUILD_RECORD_UPLOAD is false: the build record is not uploaded.');
        }
        else if (!ctx.env['ACTIONS_RUNTIME_TOKEN']) {
            notes.push('The build record was not uploaded: no artifact service here (ACTIONS_RUNTIME_TOKEN is not set).');
        }
        else {
            try {
                summary.artifact = await uploadRecord(docker, ctx, ref, builder, settings, deps);
            }
            catch (error) {
                ctx.log.warning(`The build record was not uploaded: ${message(error)}`);
                notes.push('The build record could not be uploaded (see the warning in the log).');
            }
        }
        return renderBuildSummary(summary);
    });
}
function failureOf(outcome) {
    if (outcome.error === undefined)
        return outcome.metadata ? { digest: outcome.metadata.digest } : {};
    if (outcome.error instanceof BuildxBuildError) {
        const { step, location, message: reason } = outcome.error.failure;
        return { failure: { ...(step ? { step } : {}), ...(location ? { location } : {}), message: reason } };
    }
    return { failure: { message: message(outcome.error) } };
}
/** A failed build wrote no metadata file: its record is the newest one since it started. */
async function failedBuildRef(docker, ctx, outcome) {
    if (outcome.error === undefined)
        return '';
    try {
        const listed = await docker.run(historyListArgs(outcome.builder), { quietStdout: true });
        return recordSince(parseHistoryList(listed.stdout), outcome.started)?.ref ?? '';
    }
    catch (error) {
        ctx.log.warning(`Could not list the build records: ${message(error)}`);
        return '';
    }
}
async function inspectRecord(docker, ctx, ref, builder) {
    try {
        const inspected = await docker.run(historyInspectArgs(ref, builder), { quietStdout: true });
        return parseHistoryInspect(inspected.stdout);
    }
    catch (error) {
        ctx.log.warning(`Could not read the build record ${historyRef(ref)}: ${message(error)}`);
        return undefined;
    }
}
/**
 * `<owner>~<repo>~<REF>.dockerbuild`, the name build-push-action gives it: unique in a run (each
 * build has its own ref), and never matched by the merge's `digests-*` pattern.
 */
function recordArtifactName(env, ref) {
    const repository = (env['GITHUB_REPOSITORY'] ?? '').replace(/\//g, '~') || 'build';
    return `${repository}~${historyRef(ref).slice(0, 6).toUpperCase()}.dockerbuild`;
}
async function uploadRecord(docker, ctx, ref, builder, settings, deps) {
    const name = recordArtifactName(ctx.env, ref);
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(deps.tempDir, 'build-record-'));
    try {
        const file = (0,external_node_path_.join)(dir, name);
        await docker.run(historyExportArgs(ref, file, builder), { timeoutMs: cli/* DOCKER_TIMEOUTS */.o.setUp });
        const store = await deps.artifacts();
        const { id } = await store.uploadFile({ name, file, retentionDays: settings.retentionDays });
        ctx.log.info(`Uploaded the build record ${name} (artifact ${id})`);
        const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = ctx.env;
        return {
            name,
            id,
            ...(server && repo && run ? { url: `${server}/${repo}/actions/runs/${run}/artifacts/${id}` } : {}),
        };
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./src/artifact/artifact-name.ts
var artifact_name = __webpack_require__(80936);
// EXTERNAL MODULE: ./src/buildx/build-args.ts + 2 modules
var build_args = __webpack_require__(39008);
;// CONCATENATED MODULE: ./src/build-job/build-context.ts



/** Where a build's context and Dockerfile are, as the artifact names and annotations need them. */
/** `api` for `{{defaultContext}}:api`, `./api` or a Git URL ending in `:api`; undefined for the root. */
function buildContextLabel(context) {
    const git = /(?:\{\{defaultContext\}\}|#[^:]*):(.+)$/.exec(context.trim());
    return (0,artifact_name/* contextLabel */.g8)(git ? git[1] : context.replace(/^\{\{defaultContext\}\}$/, ''));
}
/**
 * The Dockerfile as a path in the repository, which is what an annotation needs; undefined for
 * a remote (Git) context, where BuildKit's own name is all there is.
 */
function dockerfileInWorkspace(context, file, workspace) {
    if (!(0,build_args/* isLocalContext */.d9)(context))
        return undefined;
    const path = (0,external_node_path_.resolve)(file ?? (0,external_node_path_.join)(context, 'Dockerfile'));
    return (0,external_node_path_.relative)(workspace || process.cwd(), path);
}

// EXTERNAL MODULE: ./src/base/input-error.ts
var input_error = __webpack_require__(91114);
;// CONCATENATED MODULE: ./src/build-job/source-date-epoch.ts

/**
 * With `reproducible`, the layers and the image config carry SOURCE_DATE_EPOCH: the one given,
 * else the commit's time, so that two builds of one commit push one digest.
 */
function withSourceDateEpoch(inputs, env, commitDate) {
    if (!inputs.reproducible || env['SOURCE_DATE_EPOCH'])
        return env;
    if (commitDate === undefined) {
        throw new input_error/* InputError */.d('reproducible', 'is true but no commit time is known (no SOURCE_DATE_EPOCH, no head commit in the event)', 'SOURCE_DATE_EPOCH set in the environment');
    }
    return { ...env, SOURCE_DATE_EPOCH: String(Math.floor(commitDate.getTime() / 1000)) };
}

// EXTERNAL MODULE: ./src/build-job/builder-setup.ts + 2 modules
var builder_setup = __webpack_require__(27175);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/buildx/csv-field.ts
var csv_field = __webpack_require__(39509);
;// CONCATENATED MODULE: ./src/buildx/cache-mount-builds.ts

/**
 * The two small builds that move a cache mount's contents between the runner and BuildKit
 * (recorded in fixtures/buildx/build2/cache-mount, observation 10): a cache mount belongs to no
 * layer, so a RUN that mounts it copies files in (from a bind-mounted build context) or out (into
 * a stage that the local exporter writes to a directory).
 *
 * Both need a build argument that changes on every run: BuildKit would otherwise answer the RUN
 * from its build cache and not run it. `--no-cache` is no substitute: it hands the RUN a new,
 * empty cache mount and the old contents are gone (7-no-cache, 8-build).
 */
/** Small, and present in every registry mirror; the RUNs need only `cp`, `mkdir` and `chown`. */
const HELPER_IMAGE = 'busybox';
/** Declared in the helper Dockerfiles so that its value is part of the RUN's cache key. */
const RUN_ARG = 'DIFY_IMAGE_ACTION_RUN';
/** Where the helper RUNs see the cache mount; the ID, not the path, decides which mount it is. */
const MOUNT_POINT = '/cache-mount';
/** The `--mount` flag with every attribute that decides the mount's identity. */
function cacheMountFlag(spec, target = MOUNT_POINT) {
    const fields = ['type=cache', `id=${spec.id}`, `target=${target}`];
    if (spec.sharing)
        fields.push(`sharing=${spec.sharing}`);
    if (spec.uid !== undefined)
        fields.push(`uid=${spec.uid}`);
    if (spec.gid !== undefined)
        fields.push(`gid=${spec.gid}`);
    if (spec.mode !== undefined)
        fields.push(`mode=${spec.mode}`);
    return `--mount=${fields.map(csv_field/* csvField */.X).join(',')}`;
}
/**
 * Copies the build context (the restored files) into the mount. The files arrive owned by the
 * runner's user; a mount filled by the build itself belongs to its uid:gid (root by default),
 * so ownership is set to that.
 */
function injectDockerfile(spec) {
    const owner = `${spec.uid ?? 0}:${spec.gid ?? 0}`;
    return [
        `# Generated by dify-image-action: fills the cache mount "${spec.id}" with restored files.`,
        `FROM ${HELPER_IMAGE}`,
        `ARG ${RUN_ARG}`,
        `RUN ${cacheMountFlag(spec)} --mount=type=bind,source=.,target=/restored cp -a /restored/. ${MOUNT_POINT}/ && chown -R ${owner} ${MOUNT_POINT}`,
        '',
    ].join('\n');
}
/** Copies the mount into a stage; the last stage holds only that copy, for `type=local`. */
function extractDockerfile(spec) {
    return [
        `# Generated by dify-image-action: copies the cache mount "${spec.id}" out of BuildKit.`,
        `FROM ${HELPER_IMAGE} AS collect`,
        `ARG ${RUN_ARG}`,
        `RUN ${cacheMountFlag(spec)} mkdir -p /collected && cp -a ${MOUNT_POINT}/. /collected/`,
        'FROM scratch',
        'COPY --from=collect /collected/ /',
        '',
    ].join('\n');
}
function common(b) {
    return [
        'buildx',
        'build',
        '--build-arg',
        `${RUN_ARG}=${b.runId}`,
        ...(b.namespace !== undefined ? ['--build-arg', `BUILDKIT_CACHE_MOUNT_NS=${b.namespace}`] : []),
        '--file',
        b.dockerfile,
        '--platform',
        b.platform,
        ...(b.builder !== undefined ? ['--builder', b.builder] : []),
    ];
}
/** `docker` argv of the injection: the restored directory is the build context. */
function injectArgs(b, restoredDir) {
    return [...common(b), '--output', 'type=cacheonly', restoredDir];
}
/** `docker` argv of the extraction into `dest` (the context is unused: the Dockerfile's folder). */
function extractArgs(b, dest, context) {
    return [...common(b), '--output', `type=local,${(0,csv_field/* csvField */.X)(`dest=${dest}`)}`, context];
}
/** Values of a repeated flag in a buildx argv (`--flag value` and `--flag=value`). */
function flagValues(args, flag) {
    const values = [];
    for (let i = 0; i < args.length; i++) {
        const a = args[i] ?? '';
        if (a === flag && i + 1 < args.length)
            values.push(args[++i] ?? '');
        else if (a.startsWith(`${flag}=`))
            values.push(a.slice(flag.length + 1));
    }
    return values;
}
function cacheMountTraits(args) {
    const traits = {};
    const filters = flagValues(args, '--no-cache-filter');
    if (args.includes('--no-cache') || args.includes('--no-cache=true'))
        traits.noCache = 'no-cache';
    else if (filters.length > 0)
        traits.noCache = `no-cache-filter ${filters.join(',')}`;
    const call = flagValues(args, '--call').at(-1);
    if (call !== undefined && call !== 'build')
        traits.call = call;
    const ns = flagValues(args, '--build-arg')
        .filter((a) => a.startsWith('BUILDKIT_CACHE_MOUNT_NS='))
        .at(-1);
    if (ns !== undefined)
        traits.namespace = ns.slice('BUILDKIT_CACHE_MOUNT_NS='.length);
    return traits;
}

;// CONCATENATED MODULE: ./src/cache/service.ts
/**
 * Why the GitHub Actions cache service cannot be used in this job, or undefined when it can.
 * Mirrors how `@actions/cache` 6.3.0 finds it (`lib/internal/config.js`, `cacheUtils.js`): v2
 * (`ACTIONS_CACHE_SERVICE_V2` set, not GHES) at `ACTIONS_RESULTS_URL`, else v1 at
 * `ACTIONS_CACHE_URL`; a bearer token in `ACTIONS_RUNTIME_TOKEN` either way. The runner gives
 * these to node actions only (artifact-service.md A2), so a local run has none.
 */
function cacheServiceProblem(env) {
    if (!env['ACTIONS_RUNTIME_TOKEN'])
        return 'ACTIONS_RUNTIME_TOKEN is not set';
    const v2 = !isGhes(env['GITHUB_SERVER_URL']) && Boolean(env['ACTIONS_CACHE_SERVICE_V2']);
    if (v2 && !env['ACTIONS_RESULTS_URL'])
        return 'ACTIONS_RESULTS_URL is not set';
    if (!v2 && !env['ACTIONS_CACHE_URL'])
        return 'ACTIONS_CACHE_URL is not set (and the cache service v2 is off)';
    return undefined;
}
/** The client's GHES rule: anything but github.com, *.ghe.com and *.localhost. */
function isGhes(serverUrl) {
    let host;
    try {
        host = new URL(serverUrl || 'https://github.com').hostname.toUpperCase();
    }
    catch {
        return true;
    }
    return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
}

;// CONCATENATED MODULE: ./src/cache/directory-digest.ts




/**
 * Digests a directory tree: each entry's relative path, kind, the executable bit, a file's bytes
 * and a link's target, in sorted order. Owners, timestamps and the other mode bits are left out
 * on purpose: a restore (tar under the runner's umask), an injection (chown) and an export
 * (SOURCE_DATE_EPOCH mtimes) change them without changing what a package manager finds.
 */
async function digestDirectory(root) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const totals = { files: 0, bytes: 0 };
    await walk(root, '', hash, totals);
    return { digest: hash.digest('hex').slice(0, 32), ...totals };
}
async function walk(root, rel, hash, totals) {
    const names = (await (0,promises_.readdir)((0,external_node_path_.join)(root, rel))).sort();
    for (const name of names) {
        const path = rel === '' ? name : `${rel}/${name}`;
        const abs = (0,external_node_path_.join)(root, path);
        const stat = await (0,promises_.lstat)(abs);
        // NUL cannot occur in a path: it keeps "a" + "b/c" apart from "ab" + "/c".
        if (stat.isDirectory()) {
            hash.update(`d\0${path}\0`);
            await walk(root, path, hash, totals);
        }
        else if (stat.isSymbolicLink()) {
            hash.update(`l\0${path}\0${await (0,promises_.readlink)(abs)}\0`);
        }
        else if (stat.isFile()) {
            hash.update(`f\0${path}\0${stat.mode & 0o100 ? 'x' : '-'}\0${stat.size}\0`);
            for await (const chunk of (0,external_node_fs_.createReadStream)(abs))
                hash.update(chunk);
            totals.files++;
            totals.bytes += stat.size;
        }
        else {
            hash.update(`o\0${path}\0`);
        }
    }
}

;// CONCATENATED MODULE: ./src/cache/mount-keys.ts
/**
 * GitHub Actions cache keys of the cache mounts (pure).
 *
 *   dify-image-action-cachemount-v1+<platform-pair>+<mount id>+<image>+<content digest>
 *
 * The last part is a digest of the mount's contents (directory-digest.ts), so a key names exactly
 * one content: a build that changed nothing finds its own key already restored and saves nothing,
 * a changed mount gets a new key (the service never overwrites one), and two jobs that end with
 * the same contents race for one key harmlessly. A restore asks for the newest entry of this image
 * (the service matches a key exactly, then as a prefix), then of any image with this mount on this
 * platform: a changed lockfile, a new branch (which also reads the default branch's entries) or a
 * new image all start warm. Old entries stop being restored once a newer one exists and expire
 * after 7 days unused (GitHub's eviction).
 *
 * `+` separates the parts because it appears in no image name, platform or (validated) mount ID:
 * the restore prefixes cannot match another mount or image whose name merely starts alike. `v1`
 * changes when the archive layout does. The whole key stays under the service's 512 characters
 * (IDs are at most 100 characters, image names at most 255).
 */
const KEY_PREFIX = 'dify-image-action-cachemount-v1';
/**
 * `linux-arm64`; several platforms as `linux-amd64_linux-arm64`, the job's `platform-pair` (a
 * cache key may not contain a comma).
 */
function platformPair(platform) {
    return platform
        .split(',')
        .map((p) => p.replace(/\//g, '-'))
        .join('_');
}
function mountKeys(p) {
    const mount = `${KEY_PREFIX}+${platformPair(p.platform)}+${p.mountId}+`;
    return { primary: `${mount}${p.image}+`, restoreKeys: [mount] };
}
/** The key a mount's contents are saved under. */
function saveKey(p, contentDigest) {
    return `${mountKeys(p).primary}${contentDigest}`;
}

;// CONCATENATED MODULE: ./src/build-job/cache-mount-steps.ts







/**
 * The four steps of one cache mount (cache-mounts.ts runs them): restore from the cache, copy
 * into BuildKit, copy out of BuildKit, save. Each ends in a warning, never a thrown error.
 */
/** The helper builds copy files only; a stuck one must not hold the job for the build's 6 h. */
const HELPER_TIMEOUT_MS = 30 * 60_000;
function cache_mount_steps_message(error) {
    return error instanceof Error ? error.message : String(error);
}
function seconds(since) {
    return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}
function size(d) {
    const amount = d.bytes >= 1e6
        ? `${(d.bytes / 1e6).toFixed(1)} MB`
        : d.bytes >= 1e3
            ? `${(d.bytes / 1e3).toFixed(1)} kB`
            : `${d.bytes} B`;
    return `${d.files} file(s), ${amount}`;
}
/** A directory name for the ID: readable, and distinct for IDs that differ only in `/` or `:`. */
function slug(id) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(id).digest('hex').slice(0, 8);
    return `${id.replace(/[^A-Za-z0-9._-]/g, '_')}-${hash}`;
}
async function restoreOne(m, store, ctx) {
    const started = performance.now();
    const { primary, restoreKeys } = mountKeys(m.keys);
    try {
        await (0,promises_.rm)(m.dir, { recursive: true, force: true });
        const matched = await store.restore(m.dir, primary, restoreKeys);
        if (matched === undefined) {
            m.restored = 'no entry';
            ctx.log.info(`${m.spec.id}: no cache entry for ${primary} (or the restore failed); the mount starts empty`);
            return;
        }
        if (!(0,external_node_fs_.existsSync)(m.dir)) {
            m.restored = 'failed';
            ctx.log.warning(`cache-mounts: ${m.spec.id}: the entry ${matched} did not restore into ${m.dir} (does GITHUB_WORKSPACE sit elsewhere relative to RUNNER_TEMP than when it was saved?)`);
            return;
        }
        const d = await digestDirectory(m.dir);
        m.restoredKey = matched;
        m.restoredDigest = d.digest;
        m.restored = matched.startsWith(primary) ? 'restored' : 'restored from another image';
        ctx.log.info(`${m.spec.id}: restored ${matched} (${size(d)}) in ${seconds(started)}`);
    }
    catch (error) {
        m.restored = 'failed';
        ctx.log.warning(`cache-mounts: could not restore ${m.spec.id}: ${cache_mount_steps_message(error)}`);
    }
}
async function injectOne(m, builds, helper, docker, ctx) {
    const started = performance.now();
    const dockerfile = (0,external_node_path_.join)(builds, `inject-${slug(m.spec.id)}.Dockerfile`);
    try {
        // Outside the restored directory: the build context must hold the cache's files only.
        await (0,promises_.mkdir)(builds, { recursive: true });
        await (0,promises_.writeFile)(dockerfile, injectDockerfile(m.spec));
        await docker.run(injectArgs(helper(dockerfile), m.dir), { timeoutMs: HELPER_TIMEOUT_MS });
        ctx.log.info(`${m.spec.id}: copied into the cache mount in ${seconds(started)}`);
    }
    catch (error) {
        m.restored = 'not injected';
        m.restoredKey = undefined;
        ctx.log.warning(`cache-mounts: could not copy ${m.spec.id} into BuildKit (the build starts with what the builder has): ${cache_mount_steps_message(error)}`);
    }
}
/** Copies the mount out; answers the key to save it under, or undefined when there is nothing to save. */
async function extractOne(m, builds, helper, docker, ctx) {
    const started = performance.now();
    const dockerfile = (0,external_node_path_.join)(builds, `extract-${slug(m.spec.id)}.Dockerfile`);
    const context = (0,external_node_path_.join)(builds, 'empty-context');
    try {
        await (0,promises_.mkdir)(context, { recursive: true });
        await (0,promises_.writeFile)(dockerfile, extractDockerfile(m.spec));
        await (0,promises_.rm)(m.dir, { recursive: true, force: true });
        await docker.run(extractArgs(helper(dockerfile), m.dir, context), { timeoutMs: HELPER_TIMEOUT_MS });
        const d = (0,external_node_fs_.existsSync)(m.dir) ? await digestDirectory(m.dir) : { digest: '', files: 0, bytes: 0 };
        ctx.log.info(`${m.spec.id}: copied out of the cache mount (${size(d)}) in ${seconds(started)}`);
        if (d.files === 0) {
            m.saved = 'empty';
            ctx.log.info(`${m.spec.id}: the mount holds no files (does a RUN use id=${m.spec.id}?); nothing to save`);
            return undefined;
        }
        if (d.digest === m.restoredDigest) {
            m.saved = 'unchanged';
            ctx.log.info(`${m.spec.id}: unchanged since ${m.restoredKey ?? 'the restore'}; nothing to save`);
            return undefined;
        }
        return saveKey(m.keys, d.digest);
    }
    catch (error) {
        m.saved = 'failed';
        ctx.log.warning(`cache-mounts: could not copy ${m.spec.id} out of BuildKit: ${cache_mount_steps_message(error)}`);
        return undefined;
    }
}
async function saveOne(m, key, store, ctx) {
    const started = performance.now();
    try {
        if (await store.save(m.dir, key)) {
            m.saved = 'saved';
            ctx.log.info(`${m.spec.id}: saved as ${key} in ${seconds(started)}`);
        }
        else {
            // The client logs a refused reservation as info only, whether the service failed or the
            // key exists; a key names one content, so only the rare second job with equal contents
            // sees this without a failure.
            m.saved = 'not saved';
            ctx.log.warning(`cache-mounts: ${m.spec.id} was not saved as ${key}: the cache service refused or failed (its answer is above; if another job saved the same contents under this key, nothing is lost)`);
        }
    }
    catch (error) {
        m.saved = 'failed';
        ctx.log.warning(`cache-mounts: could not save ${m.spec.id}: ${cache_mount_steps_message(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/build-job/cache-mounts.ts







const NOTHING = { save: () => Promise.resolve([]) };
async function restoreCacheMounts(job, deps) {
    const { ctx, docker } = deps;
    if (job.mounts.length === 0)
        return NOTHING;
    const traits = cacheMountTraits(job.buildArgs);
    if (traits.call !== undefined) {
        ctx.log.info(`cache-mounts: --call ${traits.call} runs no RUN step; the cache mounts are left alone.`);
        return NOTHING;
    }
    const problem = cacheServiceProblem(ctx.env);
    if (problem !== undefined) {
        ctx.log.warning(`cache-mounts: the GitHub Actions cache service is not available (${problem}); the cache mounts are neither restored nor saved.`);
        return NOTHING;
    }
    const store = deps.store ?? (await Promise.all(/* import() */[__webpack_require__.e(30), __webpack_require__.e(693), __webpack_require__.e(414)]).then(__webpack_require__.bind(__webpack_require__, 50414))).createActionsCacheStore();
    const temp = (0,external_node_path_.join)(ctx.env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(), 'dify-image-action');
    const helper = (dockerfile) => ({
        builder: job.builder,
        platform: job.platforms[0] ?? '',
        namespace: traits.namespace,
        runId: (0,external_node_crypto_.randomUUID)(),
        dockerfile,
    });
    const mounts = job.mounts.map((spec) => ({
        spec,
        keys: { platform: job.platforms.join(','), mountId: spec.id, image: job.images[0] ?? 'image' },
        dir: (0,external_node_path_.join)(temp, 'cache-mounts', slug(spec.id)),
        restored: 'not restored',
        saved: 'not saved',
    }));
    if (traits.noCache !== undefined) {
        ctx.log.warning(`cache-mounts: with ${traits.noCache} BuildKit gives the RUN steps new, empty cache mounts, so restored contents cannot be kept; they are not restored (what the build leaves in the mounts is still saved).`);
        for (const m of mounts)
            m.restored = `skipped (${traits.noCache})`;
    }
    else {
        await ctx.log.group('Restoring cache mounts', async () => {
            await Promise.all(mounts.map((m) => restoreOne(m, store, ctx)));
            const builds = (0,external_node_path_.join)(temp, `cache-mount-builds-${(0,external_node_crypto_.randomUUID)()}`);
            try {
                for (const m of mounts.filter((x) => x.restoredKey !== undefined)) {
                    await injectOne(m, builds, helper, docker, ctx);
                }
            }
            finally {
                await (0,promises_.rm)(builds, { recursive: true, force: true });
                // The files are in BuildKit now; the disk is the build's again.
                await Promise.all(mounts.map((m) => (0,promises_.rm)(m.dir, { recursive: true, force: true })));
            }
        });
    }
    return {
        async save() {
            await ctx.log.group('Saving cache mounts', async () => {
                const builds = (0,external_node_path_.join)(temp, `cache-mount-builds-${(0,external_node_crypto_.randomUUID)()}`);
                const toSave = [];
                try {
                    for (const m of mounts) {
                        const key = await extractOne(m, builds, helper, docker, ctx);
                        if (key !== undefined)
                            toSave.push({ m, key });
                    }
                    await Promise.all(toSave.map(({ m, key }) => saveOne(m, key, store, ctx)));
                }
                finally {
                    await (0,promises_.rm)(builds, { recursive: true, force: true });
                    await Promise.all(mounts.map((m) => (0,promises_.rm)(m.dir, { recursive: true, force: true })));
                }
            });
            return summary(mounts);
        },
    };
}
function summary(mounts) {
    return [
        '| cache mount | before the build | after the build |',
        '|---|---|---|',
        ...mounts.map((m) => `| \`${m.spec.id}\` | ${m.restored} | ${m.saved} |`),
        '',
    ];
}

// EXTERNAL MODULE: ./src/build-job/state.ts
var state = __webpack_require__(43219);
;// CONCATENATED MODULE: ./src/buildx/check-report.ts
const TEXT_HEADER = /^WARNING: (\S+)(?: - (\S+))?$/;
const check_report_LOCATION = /^(\S+):(\d+)$/;
/** Reads a check report in whichever form it came; unknown text gives no findings. */
function parseCheckReport(stdout) {
    const trimmed = stdout.trim();
    if (trimmed.startsWith('{'))
        return parseJsonReport(trimmed);
    return parseTextReport(stdout);
}
function parseTextReport(stdout) {
    const lines = stdout.split('\n').map((l) => l.trimEnd());
    const findings = [];
    for (let i = 0; i < lines.length; i++) {
        const header = TEXT_HEADER.exec(lines[i] ?? '');
        if (!header?.[1])
            continue;
        const finding = { rule: header[1], detail: lines[i + 1] ?? '' };
        if (header[2])
            finding.url = header[2];
        const where = check_report_LOCATION.exec(lines[i + 2] ?? '');
        if (where?.[1] && where[2]) {
            finding.file = where[1];
            finding.line = Number(where[2]);
        }
        findings.push(finding);
    }
    return findings;
}
function parseJsonReport(text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        return [];
    }
    const file = typeof doc.sources?.[0]?.filename === 'string' ? doc.sources[0].filename : undefined;
    return (doc.warnings ?? []).map((w) => {
        const finding = {
            rule: typeof w.ruleName === 'string' ? w.ruleName : 'unknown',
            detail: typeof w.detail === 'string' ? w.detail : typeof w.description === 'string' ? w.description : '',
        };
        if (typeof w.url === 'string')
            finding.url = w.url;
        if (file)
            finding.file = file;
        const line = w.location?.ranges?.[0]?.start?.line;
        if (typeof line === 'number')
            finding.line = line;
        return finding;
    });
}
/** The findings as a job-summary table. */
function checkSummary(findings, dockerfile) {
    if (findings.length === 0)
        return `### Dockerfile check\n\n\`${dockerfile}\`: no warnings.\n`;
    const rows = findings.map((f) => `| ${f.line ?? ''} | ${f.url ? `[${f.rule}](${f.url})` : f.rule} | ${f.detail.replace(/\|/g, '\\|')} |`);
    return [
        `### Dockerfile check: ${findings.length} warning${findings.length === 1 ? '' : 's'}`,
        '',
        `\`${dockerfile}\``,
        '',
        '| line | rule | finding |',
        '|---|---|---|',
        ...rows,
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/build-job/evaluate-call.ts



/**
 * Runs a build with `--call` other than `build` (check, outline, targets): nothing is exported
 * or pushed. A check's findings become warning annotations on their Dockerfile lines and the
 * summary lists them; the step fails when buildx says the check failed (exit 1 with warnings).
 */
async function evaluateCall(docker, invocation, call, log, options = {}) {
    const result = await docker.run(invocation.args, {
        timeoutMs: cli/* DOCKER_TIMEOUTS */.o.build,
        untrustedOutput: true,
        allowFailure: true,
    });
    const isCheck = call === 'check' || call.startsWith('check,');
    const findings = isCheck ? parseCheckReport(result.stdout) : [];
    const dockerfile = options.dockerfile ?? findings[0]?.file ?? 'Dockerfile';
    for (const f of findings) {
        log.warning(f.url ? `${f.detail} (${f.url})` : f.detail, {
            title: f.rule,
            file: options.dockerfile ?? f.file,
            ...(f.line !== undefined ? { startLine: f.line } : {}),
        });
    }
    if (result.exitCode !== 0) {
        if (findings.length > 0) {
            const list = findings.map((f) => `${f.rule}${f.line !== undefined ? ` (line ${f.line})` : ''}`);
            throw new CheckFailedError(`Dockerfile check of ${dockerfile} found ${findings.length} warning${findings.length === 1 ? '' : 's'}: ${list.join(', ')}`, checkSummary(findings, dockerfile));
        }
        throw new Error(`buildx build --call=${call} failed: ${describeBuildFailure(classifyBuildFailure(result.stderrTail))}`);
    }
    const summary = isCheck
        ? checkSummary(findings, dockerfile)
        : `### buildx --call=${call}\n\n\`\`\`\n${result.stdout.trimEnd()}\n\`\`\`\n`;
    return { output: result.stdout, findings, summary };
}
/** A check that found warnings: the step fails, and still shows what it found. */
class CheckFailedError extends Error {
    summary;
    name = 'CheckFailedError';
    constructor(message, summary) {
        super(message);
        this.summary = summary;
    }
}

// EXTERNAL MODULE: ./src/github/event-context.ts
var event_context = __webpack_require__(12641);
// EXTERNAL MODULE: ./src/login/login.ts + 1 modules
var login = __webpack_require__(90032);
// EXTERNAL MODULE: ./src/meta/outputs.ts
var outputs = __webpack_require__(4051);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(62148);
// EXTERNAL MODULE: ./src/registry/client.ts + 17 modules
var registry_client = __webpack_require__(4240);
// EXTERNAL MODULE: ./src/registry/credentials.ts + 2 modules
var registry_credentials = __webpack_require__(17177);
// EXTERNAL MODULE: ./src/github/metadata-sources.ts + 12 modules
var metadata_sources = __webpack_require__(52471);
;// CONCATENATED MODULE: ./src/modes/build.ts























/**
 * The `build` mode: one platform (or several in one index), pushed by digest, or a validation
 * build that pushes nothing, or a `--call` that only evaluates. Login first, then QEMU and the
 * builder only when needed, cache mounts restored, then `buildx build` with the labels and build
 * arguments the metadata engine computed; a pushed digest is handed to `export-digest` through
 * a record in RUNNER_TEMP.
 */
async function runBuild(inputs, ctx, deps = {}) {
    const event = (0,event_context/* readEventContext */.w)(ctx.env);
    const env = withSourceDateEpoch(inputs, ctx.env, event.commitDate);
    // The created label follows SOURCE_DATE_EPOCH too, or a reproducible build would not be.
    const { meta, expand } = await (0,metadata_sources/* resolveMetadataWithExpressions */.LT)(inputs.metadata, { ...ctx, env });
    const buildArgs = inputs.buildArgs.map(expand);
    const temp = (0,external_node_path_.join)(env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(), 'dify-image-action', `build-${(0,external_node_crypto_.randomUUID)()}`);
    const metadataFile = (0,external_node_path_.join)(temp, 'metadata.json');
    const buildEnv = {
        serverUrl: env['GITHUB_SERVER_URL'] || 'https://github.com',
        repository: env['GITHUB_REPOSITORY'] ?? '',
        sha: env['GITHUB_SHA'] ?? '',
        ref: env['GITHUB_REF'] ?? '',
        runId: env['GITHUB_RUN_ID'],
        runAttempt: env['GITHUB_RUN_ATTEMPT'],
        repositoryPrivate: repositoryPrivate(event.payload),
        env,
        secretDir: (0,external_node_path_.join)(temp, 'secrets'),
    };
    // Annotations are applied only when the workflow asked for them; the output says what was.
    const annotations = inputs.metadata.annotations.length > 0 ? meta.annotations : [];
    // Everything is validated (and the argument list built) before anything is set up or pushed.
    const invocation = (0,build_args/* buildInvocation */.J8)({
        ...inputs,
        platform: inputs.platform.text,
        buildArgs,
        // An empty computed label (the API was unreachable) must not blank the Dockerfile's own.
        labels: Object.entries(meta.labels)
            .filter(([, v]) => v !== '')
            .map(([k, v]) => `${k}=${v}`),
        annotations,
        metadataFile,
    }, buildEnv);
    for (const value of invocation.secretValues)
        ctx.io.setSecret(value);
    await signIn(inputs, ctx, invocation.pushes);
    const docker = deps.docker ?? (0,cli.createDockerCli)({ run: ctx.run, env });
    const setup = await ctx.log.group('Setting up buildx', () => (0,builder_setup/* setUpBuilder */.V)(docker, {
        builder: inputs.builder,
        platform: inputs.platform.text,
        runnerArch: env['RUNNER_ARCH'],
        ghaCache: invocation.usesGhaCache,
        newBuilderName: `dify-image-action-${(0,external_node_crypto_.randomUUID)().slice(0, 8)}`,
        buildArgs: invocation.args,
        newBuilder: inputs.builderOptions,
        tempDir: temp,
        onCreating: (name, driver) => {
            ctx.io.saveState(state/* BUILD_STATE */.h.builder, name);
            ctx.io.saveState(state/* BUILD_STATE */.h.builderDriver, driver);
        },
    }, ctx.log));
    if (invocation.droppedGhaCache) {
        ctx.log.info('No ACTIONS_RUNTIME_TOKEN in the environment: the type=gha cache is left out of this build.');
    }
    const cacheMounts = await restoreCacheMounts({
        images: inputs.images,
        mounts: inputs.cacheMounts,
        platforms: inputs.platforms.map((p) => p.text),
        builder: setup.builder,
        buildArgs: invocation.args,
    }, { docker, ctx });
    const args = withBuilder(invocation.args, setup);
    const dockerfile = dockerfileInWorkspace(inputs.context, inputs.file, env['GITHUB_WORKSPACE']);
    if (inputs.call !== undefined && inputs.call !== 'build') {
        try {
            return await evaluate(docker, { ...invocation, args }, inputs, ctx, dockerfile);
        }
        finally {
            (0,external_node_fs_.rmSync)(temp, { recursive: true, force: true });
        }
    }
    // buildx writes the metadata file but does not create its folder.
    (0,external_node_fs_.mkdirSync)(temp, { recursive: true, mode: 0o700 });
    let result;
    // The build record and the job summary, as docker/build-push-action v6 (DOCKER_BUILD_* variables).
    const report = buildReporter(docker, ctx, {
        platform: inputs.platform.text,
        images: inputs.images,
        builder: setup.builder,
        createdBuilder: setup.createdBuilder !== undefined,
    });
    try {
        await ctx.log.group(`Building ${inputs.platform.text}`, () => runBuildx(docker, { ...invocation, args }, ctx.log, { dockerfile }));
        // `--load` on some drivers writes no metadata file; a build that pushes always does.
        if (invocation.pushes || (0,external_node_fs_.existsSync)(metadataFile)) {
            result = parseMetadataFile((0,external_node_fs_.readFileSync)(metadataFile, 'utf8'), { pushed: invocation.pushes });
        }
    }
    catch (error) {
        ctx.io.saveState(state/* BUILD_STATE */.h.failed, 'true');
        const summary = await report({ error });
        if (summary)
            await ctx.io.appendSummary(summary);
        throw error;
    }
    finally {
        (0,external_node_fs_.rmSync)(temp, { recursive: true, force: true });
    }
    const digest = result?.digest ?? '';
    ctx.io.setOutput('digest', digest);
    if (invocation.pushes) {
        const context = buildContextLabel(inputs.context);
        (0,build_record/* writeBuildRecord */.X3)(env, {
            version: 1,
            digest,
            // One platform per record; an index of several is known by its digest alone.
            ...(inputs.platforms.length === 1 ? { platform: inputs.platform.text } : {}),
            images: inputs.images,
            ...(context ? { context } : {}),
            ...(/^[0-9a-f]{40}$/.test(buildEnv.sha) ? { commit: buildEnv.sha } : {}),
            ...(env['GITHUB_RUN_ID'] ? { runId: env['GITHUB_RUN_ID'] } : {}),
            ...(env['GITHUB_RUN_ATTEMPT'] ? { runAttempt: Number(env['GITHUB_RUN_ATTEMPT']) } : {}),
        });
    }
    // Validation builds save too: their RUN steps filled the mounts as well, and a pull request's
    // cache entries are scoped to its own ref, where no other branch restores them.
    const cacheMountSummary = await cacheMounts.save();
    const text = (0,outputs/* textOutputs */.y6)({ ...meta, annotations }, {
        tags: inputs.metadata.sepTags,
        labels: inputs.metadata.sepLabels,
        annotations: inputs.metadata.sepAnnotations,
    });
    return {
        outputs: {
            digest,
            imageid: result?.configDigest ?? digest,
            metadata: result?.raw ?? '',
            platform: inputs.platform.text,
            'platform-pair': inputs.platform.pair,
            ...text,
        },
        summary: [
            await report(result ? { metadata: result } : {}),
            invocation.pushes
                ? undefined
                : 'Validation build: nothing was pushed and no record was written for export-digest.\n',
            cacheMountSummary.length > 0 ? cacheMountSummary.join('\n') : undefined,
        ]
            .filter((part) => part !== undefined)
            .join('\n'),
    };
}
/** A `--call` other than build: nothing pushed, no record; the result is an output. */
async function evaluate(docker, invocation, inputs, ctx, dockerfile) {
    const call = inputs.call ?? 'build';
    try {
        const result = await ctx.log.group(`Evaluating ${call}`, () => evaluateCall(docker, invocation, call, ctx.log, dockerfile !== undefined ? { dockerfile } : {}));
        return { outputs: { 'call-result': result.output }, summary: result.summary };
    }
    catch (error) {
        ctx.io.saveState(state/* BUILD_STATE */.h.failed, 'true');
        if (error instanceof CheckFailedError)
            await ctx.io.appendSummary(error.summary);
        throw error;
    }
}
/**
 * Logs in and checks push rights (read rights for a build that does not push) on every image
 * before the builder is set up (pulling
 * BuildKit anonymously first is what hits Docker Hub's pull limit). A registry other than
 * loopback with no credentials at all stops here with a clear message: on a fork's pull
 * request the secrets are empty, and the push would fail much later and less clearly.
 */
async function signIn(inputs, ctx, pushes) {
    const credentials = (0,registry_credentials/* dockerCredentials */.d)({ env: ctx.env, logins: inputs.logins, run: ctx.run });
    const client = new registry_client/* RegistryClient */.b({ log: ctx.log, credentials, env: ctx.env });
    const repositories = inputs.images.map((image) => (0,reference/* parseRepository */.SU)(image));
    await (0,login/* logIn */.E)(inputs.logins, ctx, async (login) => {
        for (const repo of repositories.filter((r) => r.registry === login.registry))
            await client.checkAccess(repo, pushes);
    });
    // A build that pushes nothing needs no credentials (a fork's pull request has none).
    if (!pushes)
        return;
    for (const repo of repositories) {
        if ((0,reference/* isLoopback */.U9)(repo.registry) || (await credentials(repo.registry)) !== undefined)
            continue;
        throw new Error(`no credentials for ${repo.registry}: set "username" and "password" (secrets are empty on pull requests from forks; guard the job with an "if:")`);
    }
}
function withBuilder(args, setup) {
    if (setup.builder === undefined || args.includes('--builder'))
        return [...args];
    const context = args[args.length - 1] ?? '';
    return [...args.slice(0, -1), '--builder', setup.builder, context];
}
function repositoryPrivate(payload) {
    const repository = payload['repository'];
    if (typeof repository !== 'object' || repository === null)
        return undefined;
    const value = repository['private'];
    return typeof value === 'boolean' ? value : undefined;
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
